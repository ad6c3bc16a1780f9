// German and Dutch: the .ts files hold every string of the code, each translated, with the same
// placeholders and accelerators; every lesson has its texts and guided steps in both languages;
// the program shows them when the language is set.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

#include "app/experiment_lessons.h"
#include "app/language.h"
#include "app/lesson_texts.h"
#include "app/lessons.h"
#include "suite/suite.h"

using namespace eqlab;

namespace {

const QString kSourceDir = QStringLiteral(EQLAB_SOURCE_DIR);
const QStringList kLanguages{QStringLiteral("de"), QStringLiteral("nl")};

struct TsMessage {
    QString context;
    QString source;
    QStringList translations;  // one, or the numerus forms
    QString type;              // "", "unfinished", "obsolete", "vanished"
};

QList<TsMessage> readTs(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            message = {context, {}, {}, {}};
        } else if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.name() == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            // A numerus message holds <numerusform>s; a plain one its text.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) &&
                   !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters()) {
                    text += xml.text();
                } else if (xml.isEndElement() && xml.name() == QLatin1String("numerusform")) {
                    message.translations << text;
                    text.clear();
                }
            }
            if (message.translations.isEmpty()) {
                message.translations << text;
            }
            messages << message;
        }
    }
    if (xml.hasError()) {
        qWarning("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
        return {};
    }
    return messages;
}

QSet<QString> placeholders(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (const auto& match : pattern.globalMatch(text)) {
        found << match.captured(0);
    }
    return found;
}

// A keyboard accelerator: '&' before a letter ("&&" is a literal ampersand).
bool hasAccelerator(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("(^|[^&])&[^&\\s]"));
    return pattern.match(text).hasMatch();
}

QJsonObject readJson(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError) {
        qWarning("%s: %s", qPrintable(path), qPrintable(error.errorString()));
    }
    return document.object();
}

QStringList allLessons() {
    return app::experimentLessonNames() + app::lessonNames();
}

}  // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    // scripts/update-translations --check: the .ts files hold exactly the strings of app/ and
    // widgets/ (nothing missing, nothing stale) and none is unfinished.
    void tsFilesMatchTheCode() {
        QProcess check;
        check.setProcessChannelMode(QProcess::MergedChannels);
        check.start(QStringLiteral("python3"),
                    {kSourceDir + QStringLiteral("/scripts/update-translations"),
                     QStringLiteral("--check")});
        QVERIFY(check.waitForFinished(120000));
        QVERIFY2(check.exitCode() == 0, check.readAll().constData());
    }

    void everyMessageIsTranslatedFaithfully() {
        for (const QString& language : kLanguages) {
            const QString path =
                kSourceDir + QStringLiteral("/translations/eqlab_%1.ts").arg(language);
            const QList<TsMessage> messages = readTs(path);
            QVERIFY2(messages.size() > 400, qPrintable(path));
            for (const TsMessage& message : messages) {
                const QString where = QStringLiteral("%1, %2: '%3'")
                                          .arg(path, message.context, message.source.left(60));
                QVERIFY2(message.type.isEmpty(),
                         qPrintable(where + QStringLiteral(" is ") + message.type));
                for (const QString& translation : message.translations) {
                    QVERIFY2(!translation.trimmed().isEmpty() || message.source.trimmed().isEmpty(),
                             qPrintable(where + QStringLiteral(" has an empty translation")));
                    QSet<QString> expected = placeholders(message.source);
                    QSet<QString> got = placeholders(translation);
                    // A plural form may leave the number out ("one run" for %n).
                    expected.remove(QStringLiteral("%n"));
                    got.remove(QStringLiteral("%n"));
                    QVERIFY2(expected == got,
                             qPrintable(where + QStringLiteral(": placeholders differ in '") +
                                        translation + QLatin1Char('\'')));
                    QVERIFY2(hasAccelerator(message.source) == hasAccelerator(translation),
                             qPrintable(where + QStringLiteral(": accelerator lost or added in '") +
                                        translation + QLatin1Char('\'')));
                }
            }
        }
    }

    // Every lesson: in each language its texts (title, watch, try, headline, one name and text
    // per variant, the HTML) and its guide (aim, part, as many steps as in English, 3 to 5).
    void everyLessonIsTranslated() {
        const QString dir = kSourceDir + QStringLiteral("/resources/lessons/");
        for (const QString& name : allLessons()) {
            const bool experiment = app::experimentLessonNames().contains(name);
            const QJsonObject english =
                readJson(dir + name +
                         (experiment ? QStringLiteral(".eqlab.json") : QStringLiteral(".json")));
            const QJsonObject englishGuide = readJson(dir + name + QStringLiteral(".guide.json"));
            const qsizetype steps = englishGuide.value(QStringLiteral("steps")).toArray().size();
            QVERIFY2(steps >= 3 && steps <= 5, qPrintable(name + QStringLiteral(": guide steps")));
            for (const QString& language : kLanguages) {
                const QString stem = dir + language + QLatin1Char('/') + name;
                const QJsonObject texts = readJson(stem + QStringLiteral(".json"));
                const QStringList keys =
                    experiment ? QStringList{QStringLiteral("title"), QStringLiteral("watch"),
                                             QStringLiteral("try"), QStringLiteral("headline")}
                               : QStringList{QStringLiteral("title")};
                for (const QString& key : keys) {
                    QVERIFY2(!texts.value(key).toString().isEmpty(),
                             qPrintable(stem + QStringLiteral(".json: no ") + key));
                }
                QCOMPARE(texts.value(QStringLiteral("variants")).toArray().size(),
                         english.value(QStringLiteral("variants")).toArray().size());
                QVERIFY2(QFile::exists(stem + QStringLiteral(".html")),
                         qPrintable(stem + QStringLiteral(".html")));
                const QJsonObject guide = readJson(stem + QStringLiteral(".guide.json"));
                QVERIFY2(!guide.value(QStringLiteral("aim")).toString().isEmpty(),
                         qPrintable(stem + QStringLiteral(".guide.json: no aim")));
                QCOMPARE(guide.value(QStringLiteral("steps")).toArray().size(), steps);
                for (const auto& step : guide.value(QStringLiteral("steps")).toArray()) {
                    for (const char* key : {"do", "watch", "ask"}) {
                        QVERIFY2(!step.toObject().value(QLatin1String(key)).toString().isEmpty(),
                                 qPrintable(stem + QStringLiteral(".guide.json: a step without ") +
                                            QLatin1String(key)));
                    }
                }
            }
        }
    }

    // The course names every lesson exactly once, in each language.
    void theCourseHoldsEveryLessonOnce() {
        for (const QString& language : QStringList{QStringLiteral("en")} + kLanguages) {
            QStringList named;
            const QList<app::CoursePart> course = app::loadCourse(language);
            QVERIFY(course.size() >= 3);
            for (const app::CoursePart& part : course) {
                QVERIFY(!part.title.isEmpty());
                named += part.lessons;
            }
            QStringList sortedNamed = named;
            QStringList lessons = allLessons();
            sortedNamed.sort();
            lessons.sort();
            QCOMPARE(sortedNamed, lessons);
        }
    }

    // With German installed, the program's strings and a lesson's texts are German; the lesson's
    // experiment is unchanged (translations are display text only).
    void theProgramShowsTheInstalledLanguage() {
        const auto english = app::loadExperimentLesson(QStringLiteral("averaging"));
        QVERIFY(english);
        QCOMPARE(app::currentLanguage(), QStringLiteral("en"));
        QVERIFY(app::installTranslations(QStringLiteral("de")));
        QCOMPARE(app::currentLanguage(), QStringLiteral("de"));
        const auto german = app::loadExperimentLesson(QStringLiteral("averaging"));
        QVERIFY(german);
        const QJsonObject texts =
            readJson(kSourceDir + QStringLiteral("/resources/lessons/de/averaging.json"));
        QCOMPARE(german->texts.title, texts.value(QStringLiteral("title")).toString());
        QVERIFY(german->texts.title != english->texts.title);
        QVERIFY(german->html != english->html);
        QCOMPARE(german->guide.steps.size(), english->guide.steps.size());
        QVERIFY(german->guide.steps.front().action != english->guide.steps.front().action);
        QCOMPARE(german->spec.lesson->title, english->spec.lesson->title);  // the file's own
        QCOMPARE(QCoreApplication::translate("eqlab::widgets::LessonPanel", "&Next ›"),
                 QStringLiteral("&Weiter ›"));
    }
};

EQLAB_TEST_GUILESS_MAIN(TestTranslations)

#include "test_translations.moc"
