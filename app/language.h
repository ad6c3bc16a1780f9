#pragma once

#include <QString>
#include <QStringList>

namespace eqlab::app {

// Loads Qt's and eqlab's translations for a language ("de", "nl", "en"; empty: the system's
// locale) into the running application, replacing the ones installed before (a switch at run
// time). English needs nothing. Returns false when eqlab has no translation for it (the texts
// are English then).
bool installTranslations(const QString& language);

// The language eqlab's texts are shown in: "de", "nl", or "en" (also when eqlab has no
// translation for the system's language). Lesson texts follow it (app/lesson_texts.h).
QString currentLanguage();

// The languages eqlab speaks, and each one's name in itself ("Deutsch").
QStringList availableLanguages();
QString languageName(const QString& language);

// The language the user picked in the window (View > Language), kept in the settings; empty:
// the system's.
QString chosenLanguage();
void setChosenLanguage(const QString& language);

}  // namespace eqlab::app
