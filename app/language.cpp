#include "app/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>
#include <memory>

namespace eqlab::app {

namespace {

struct Installed {
    QString language = QStringLiteral("en");
    std::unique_ptr<QTranslator> qt;   // Qt's own dialogs and buttons
    std::unique_ptr<QTranslator> own;  // eqlab's strings
};

Installed& installed() {
    static Installed state;
    return state;
}

void removeInstalled() {
    Installed& state = installed();
    for (auto* translator : {state.qt.get(), state.own.get()}) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
        }
    }
    state.qt.reset();
    state.own.reset();
    state.language = QStringLiteral("en");
}

const QString kLanguageKey = QStringLiteral("language");

}  // namespace

bool installTranslations(const QString& language) {
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    removeInstalled();
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        return true;
    }
    Installed& state = installed();
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        state.qt = std::move(qt);
    }
    auto own = std::make_unique<QTranslator>();
    if (own->load(locale, QStringLiteral("eqlab"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own.get());
        state.own = std::move(own);
        state.language = QLocale::languageToCode(locale.language());
        return true;
    }
    return false;
}

QString currentLanguage() {
    return installed().language;
}

QStringList availableLanguages() {
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("nl")};
}

QString languageName(const QString& language) {
    // Each in its own language: a user who cannot read the current one still finds theirs.
    if (language == QLatin1String("de")) {
        return QStringLiteral("Deutsch");
    }
    if (language == QLatin1String("nl")) {
        return QStringLiteral("Nederlands");
    }
    return QStringLiteral("English");
}

QString chosenLanguage() {
    return QSettings().value(kLanguageKey).toString();
}

void setChosenLanguage(const QString& language) {
    QSettings().setValue(kLanguageKey, language);
}

}  // namespace eqlab::app
