#pragma once

#include <QString>

namespace eqlab::app {

// Loads Qt's and eqlab's translations for a language ("de", "nl"; empty: the system's locale) into
// the running application. English needs nothing. Returns false when eqlab has no translation.
bool installTranslations(const QString& language);

}  // namespace eqlab::app
