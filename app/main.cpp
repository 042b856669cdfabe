// taizhang: the desktop application. Start-up only; the window lives in ui/.

#include "i18n.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>

#include <cstring>

namespace {

// --help and --version only print: they are answered before any window system is touched, so
// they work in a terminal without a display (over ssh, in the package test). The Qt-specific
// --help-all lists the GUI's own options and so still takes the windowed start.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        for (const char *o : { "-h", "--help", "-?", "-v", "--version" })
            if (std::strcmp(argv[i], o) == 0)
                return true;
    return false;
}

const QString ReadOnly = QStringLiteral("read-only");

// Names, translations and the command line, the same for the text-only and the windowed start.
void setUp(QCoreApplication &app, QCommandLineParser &parser)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Taizhang"));
    QCoreApplication::setApplicationName(QStringLiteral("taizhang"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TZ_VERSION));
    tz::installTranslations(app);
    parser.setApplicationDescription(QCoreApplication::translate("main", "重大科技创新项目台账"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ ReadOnly, QCoreApplication::translate("main", "以只读方式打开台账") });
    parser.addPositionalArgument(QStringLiteral("ledger"), QCoreApplication::translate("main", "台账文件（.tzdb）"));
    parser.process(app);
}

} // namespace

int main(int argc, char *argv[])
{
    QCommandLineParser parser;
    if (onlyPrints(argc, argv)) {
        QCoreApplication text(argc, argv);
        setUp(text, parser); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    setUp(app, parser);
    QApplication::setApplicationDisplayName(QApplication::translate("main", "台账"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/taizhang.svg")));
    // Wayland desktops find the launcher, and its icon, by this name (packaging/README.md).
    QGuiApplication::setDesktopFileName(QStringLiteral("invalid.taizhang.taizhang"));

    tz::ui::MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) {
        const QString path = files.first();
        // A name that does not exist yet is created, so `taizhang new.tzdb` starts a ledger.
        const bool ok = QFileInfo::exists(path) ? window.openLedger(path, parser.isSet(ReadOnly))
                                                : window.createLedger(path, 0);
        if (!ok && !window.openInitial())
            return 1;
    } else if (!window.openInitial()) {
        return 0;
    }
    window.show();
    return app.exec();
}
