# Tests of the packaging, label `packaging`. Included from tests/CMakeLists.txt so that
# tz_add_test is at hand. The validators are the ones software centres and distributions run.
if(NOT (UNIX AND NOT APPLE))
    return()
endif()

set(tz_pkg ${CMAKE_CURRENT_LIST_DIR})
get_directory_property(tz_app_id DIRECTORY ${tz_pkg} DEFINITION TZ_APP_ID)
set(tz_desktop ${tz_pkg}/${tz_app_id}.desktop)
set(tz_metainfo ${tz_pkg}/${tz_app_id}.metainfo.xml)
set(tz_mime ${tz_pkg}/taizhang-mime.xml)

# desktop-file-validate exits 0 on warnings and hints: any of them fails the test too.
add_test(NAME packaging_desktop_entry COMMAND desktop-file-validate ${tz_desktop})
set_tests_properties(packaging_desktop_entry PROPERTIES FAIL_REGULAR_EXPRESSION "error|warning|hint")

# Errors and warnings fail; infos (the placeholder domain's TLD is unknown) do not.
add_test(NAME packaging_metainfo COMMAND appstreamcli validate --no-net --explain ${tz_metainfo})

add_test(NAME packaging_mime_xml COMMAND xmllint --noout ${tz_mime})

# The files name the same type and the same launcher, and so does the GUI (for Wayland).
add_test(NAME packaging_consistent COMMAND sh -c [=[
id=$(basename "$1" .desktop)
grep -qx 'MimeType=application/x-taizhang-ledger;' "$1" &&
grep -q '<mediatype>application/x-taizhang-ledger</mediatype>' "$2" &&
grep -q "<id>$id</id>" "$2" &&
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$2" &&
grep -q '<mime-type type="application/x-taizhang-ledger">' "$3" &&
grep -q "setDesktopFileName(QStringLiteral(\"$id\"))" "$4"
]=] sh ${tz_desktop} ${tz_metainfo} ${tz_mime} ${PROJECT_SOURCE_DIR}/app/main.cpp)

# Manual pages: groff's warnings (unknown macros, bad escapes) fail the test.
add_test(NAME packaging_man_pages COMMAND sh -c
    "groff -K utf8 -man -ww -z -Tutf8 \"$1\" && groff -K utf8 -man -ww -z -Tutf8 \"$2\""
    sh ${tz_pkg}/taizhang-cli.1 ${tz_pkg}/taizhang.1)
set_tests_properties(packaging_man_pages PROPERTIES FAIL_REGULAR_EXPRESSION "warning|error")

set_tests_properties(packaging_desktop_entry packaging_metainfo packaging_mime_xml
    packaging_consistent packaging_man_pages PROPERTIES LABELS packaging)

tz_add_test(NAME test_mimetype SOURCES test_mimetype.cpp LABELS packaging LIBS taizhang_core)
target_compile_definitions(test_mimetype PRIVATE TZ_MIME_XML="${tz_mime}")

# The installed programs, from `cmake --install` to a fresh prefix and from the .deb.
foreach(mode install deb)
    add_test(NAME packaging_${mode}
        COMMAND sh ${PROJECT_SOURCE_DIR}/tests/test_package.sh ${mode}
            ${PROJECT_BINARY_DIR} ${PROJECT_VERSION} ${tz_app_id})
    set_tests_properties(packaging_${mode} PROPERTIES LABELS packaging TIMEOUT 300
        ENVIRONMENT "CMAKE=${CMAKE_COMMAND};CPACK=${CMAKE_CPACK_COMMAND};TZ=Asia/Shanghai;LANG=C.UTF-8;LC_ALL=C.UTF-8")
endforeach()

# Every command taizhang-cli dispatches has its entry in the manual page.
add_test(NAME packaging_man_commands COMMAND sh -c [=[
commands=$(sed -n 's/.*command == QStringLiteral("\([a-z-]*\)").*/\1/p' "$1")
[ "$(echo "$commands" | wc -w)" -ge 7 ] || { echo "no commands found in $1"; exit 1; }
for c in $commands; do
    grep -q "^\.BI \"$c " "$2" || { echo "$2 does not document the command $c"; exit 1; }
done
]=] sh ${PROJECT_SOURCE_DIR}/app/cli.cpp ${tz_pkg}/taizhang-cli.1)
set_tests_properties(packaging_man_commands PROPERTIES LABELS packaging)
