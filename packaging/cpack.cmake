# Packages, built from the install rules by CPack: a .deb on Debian-like systems (Debian, Ubuntu,
# UOS, Kylin) and an NSIS installer on Windows. Included at the end of the top-level
# CMakeLists.txt, after every install rule. How to build them: packaging/README.md.

set(CPACK_PACKAGE_NAME taizhang)
set(CPACK_PACKAGE_VENDOR "The Taizhang developers")
set(CPACK_PACKAGE_CONTACT "The Taizhang developers <maintainers@taizhang.invalid>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "ledger of major science and technology innovation projects")
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
# Values reach the generators as written, without a second round of CMake escaping (the NSIS
# commands below are full of backslashes and quotes).
set(CPACK_VERBATIM_VARIABLES ON)
# `package_source` must not sweep up build trees and the repository's history.
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build/" "/\\.cache/")

if(WIN32)
    set(CPACK_GENERATOR NSIS)
    set(CPACK_PACKAGE_INSTALL_DIRECTORY Taizhang)
    # The upgrade identity of Taizhang on Windows. NSIS finds an installed older version through
    # this registry key and removes it before installing; a WiX build would use the GUID as its
    # UpgradeCode. Never change it, or a new version installs beside the old one.
    set(TZ_UPGRADE_GUID 2AB5B77A-17F3-4D4A-BF3D-3A71C4E4AC2F)
    set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "Taizhang-{${TZ_UPGRADE_GUID}}")
    set(CPACK_WIX_UPGRADE_GUID ${TZ_UPGRADE_GUID})
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_DISPLAY_NAME "Taizhang ${PROJECT_VERSION}")
    set(CPACK_NSIS_PACKAGE_NAME Taizhang)
    set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\taizhang.exe")
    # Start menu shortcut: executable name, then the shortcut's label.
    set(CPACK_PACKAGE_EXECUTABLES taizhang Taizhang)
    # Double-clicking a .tzdb opens it in Taizhang. SHCTX is HKLM or HKCU depending on whether the
    # installation is for all users; SHChangeNotify makes Explorer pick the association up now.
    set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr SHCTX "Software\Classes\.tzdb" "" "Taizhang.Ledger"
  WriteRegStr SHCTX "Software\Classes\Taizhang.Ledger" "" "Taizhang ledger"
  WriteRegStr SHCTX "Software\Classes\Taizhang.Ledger\DefaultIcon" "" "$INSTDIR\bin\taizhang.exe,0"
  WriteRegStr SHCTX "Software\Classes\Taizhang.Ledger\shell\open\command" "" '"$INSTDIR\bin\taizhang.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
    set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  ReadRegStr $0 SHCTX "Software\Classes\.tzdb" ""
  StrCmp $0 "Taizhang.Ledger" 0 +2
  DeleteRegKey SHCTX "Software\Classes\.tzdb"
  DeleteRegKey SHCTX "Software\Classes\Taizhang.Ledger"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
else()
    set(CPACK_GENERATOR DEB)
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    # The Debian revision; it must match the newest entry of packaging/changelog.Debian.
    set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
    set(CPACK_DEBIAN_PACKAGE_SECTION misc)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${CPACK_PACKAGE_CONTACT})
    # Shared libraries are found by dpkg-shlibdeps. Qt's plugins are loaded at run time and so
    # must be named: the SQLite driver (a ledger is an SQLite file) and the SVG icon engine.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite (>= 6.4), libqt6svg6 (>= 6.4)")
    # Chinese fonts (UOS and Kylin bring their own) and Qt's own strings in Chinese.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk | fonts-wqy-microhei, qt6-translations-l10n")
    # The synopsis line is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the extended description.
    set(CPACK_DEBIAN_PACKAGE_DESCRIPTION [=[Taizhang (台账) keeps the ledger of a city's major science and technology
innovation projects in one local SQLite file: investment figures, dated
milestones, the leader and the unit responsible for each project, its needs
for funds, land, labour and environmental review, monthly progress reports
and supervision findings. Every project gets a red, yellow or green warning
light with the reasons behind it.
.
The package contains the desktop application (Simplified Chinese, with an
English translation) and taizhang-cli, the command line for scripts:
creating, checking, exporting, importing and printing ledgers.]=])
endif()

include(CPack)
