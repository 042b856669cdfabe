#pragma once

#include <QString>

class QCoreApplication;

namespace tz {

// Loads the interface language. Chinese is the source language of every string, so Chinese
// needs no file; English (or any other .qm we ship) is chosen by the TAIZHANG_LANG
// environment variable or the "language" setting, never silently from the system locale,
// because office PCs in China often run an English Windows.
void installTranslations(QCoreApplication &app, const QString &language = {});
QString currentLanguage();

} // namespace tz
