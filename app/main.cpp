// taizhang: the desktop application. Start-up only; the window lives in ui/.

#include "i18n.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Taizhang"));
    QApplication::setApplicationName(QStringLiteral("taizhang"));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "台账"));
    QApplication::setApplicationVersion(QStringLiteral(TZ_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/taizhang.svg")));
    tz::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "重大科技创新项目台账"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption readOnly(QStringLiteral("read-only"),
                                      QApplication::translate("main", "以只读方式打开台账"));
    parser.addOption(readOnly);
    parser.addPositionalArgument(QStringLiteral("ledger"), QApplication::translate("main", "台账文件（.tzdb）"));
    parser.process(app);

    tz::ui::MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) {
        const QString path = files.first();
        // A name that does not exist yet is created, so `taizhang new.tzdb` starts a ledger.
        const bool ok = QFileInfo::exists(path) ? window.openLedger(path, parser.isSet(readOnly))
                                                : window.createLedger(path, 0);
        if (!ok && !window.openInitial())
            return 1;
    } else if (!window.openInitial()) {
        return 0;
    }
    window.show();
    return app.exec();
}
