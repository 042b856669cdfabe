#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace tz {

namespace {
QString g_language = QStringLiteral("zh_CN");
}

QString currentLanguage()
{
    return g_language;
}

void installTranslations(QCoreApplication &app, const QString &language)
{
    QString lang = language;
    if (lang.isEmpty())
        lang = qEnvironmentVariable("TAIZHANG_LANG");
    if (lang.isEmpty())
        lang = QSettings().value(QStringLiteral("language")).toString();
    if (lang.isEmpty())
        lang = QStringLiteral("zh_CN");
    g_language = lang;
    // Dates and numbers as the interface language writes them (2026年11月25日).
    QLocale::setDefault(lang.startsWith(QStringLiteral("zh")) ? QLocale(QLocale::Chinese, QLocale::China)
                                                              : QLocale(lang));
    // Qt's own strings (dialog buttons, context menus) in the same language.
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    if (lang.startsWith(QStringLiteral("zh")))
        return;
    auto *ours = new QTranslator(&app);
    if (ours->load(QStringLiteral("taizhang_%1").arg(lang), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
}

} // namespace tz
