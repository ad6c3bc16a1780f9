// Every lesson compiled into eqlab: it loads, says what it is about, runs headless to the end
// without diverging, and its headline effect shows (summary.json: headline.holds). docs/lessons.md
// describes each. This runs every lesson in full, as `eqlab run NAME` would.

#include <QFile>
#include <QtTest>

#include "app/experiment_lessons.h"
#include "compute/core/error.h"
#include "compute/train/experiment_run.h"

using eqlab::app::experimentLessonNames;
using eqlab::app::loadExperimentLesson;

class TestLessons : public QObject {
    Q_OBJECT

private slots:
    void thereAreLessons() { QVERIFY(!experimentLessonNames().isEmpty()); }

    void eachLessonShowsItsHeadline_data() {
        QTest::addColumn<QString>("name");
        for (const QString& name : experimentLessonNames()) {
            QTest::newRow(qPrintable(name)) << name;
        }
    }

    void eachLessonShowsItsHeadline() {
        QFETCH(QString, name);
        std::optional<eqlab::app::ExperimentLesson> lesson;
        try {
            lesson = loadExperimentLesson(name);
        } catch (const eqlab::Error& error) {
            QFAIL(error.detail());
        }
        QVERIFY(lesson);
        const auto& info = *lesson->spec.lesson;
        QVERIFY(!info.title.empty() && !info.watch.empty() && !info.tryThis.empty() &&
                !info.source.empty());
        QVERIFY2(lesson->html.size() > 200, "the lesson's text is missing or too short");

        const auto result = eqlab::train::runExperiment(lesson->spec, 0, nullptr);
        if (const eqlab::Error* divergence = result.divergence()) {
            QFAIL(divergence->detail());
        }
        QVERIFY(result.headline);
        QString report;
        for (const auto& check : result.headline->checks) {
            report += QStringLiteral("\n  %1 %2 = %3 (%4 %5): %6")
                          .arg(QString::fromStdString(check.check.run),
                               QString::fromStdString(check.check.metric))
                          .arg(check.value ? *check.value : qQNaN(), 0, 'g', 4)
                          .arg(check.check.below ? "below" : "above")
                          .arg(check.check.threshold, 0, 'g', 4)
                          .arg(check.holds ? "holds" : "DOES NOT HOLD");
        }
        qInfo().noquote() << name << report;
        QVERIFY2(result.headline->holds, qPrintable(name + ": headline not shown" + report));
    }

    void docsDescribeEveryLesson() {
        QFile docs(QStringLiteral(EQLAB_SOURCE_DIR "/docs/lessons.md"));
        QVERIFY(docs.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(docs.readAll());
        for (const QString& name : experimentLessonNames()) {
            QVERIFY2(text.contains(QStringLiteral("`%1`").arg(name)),
                     qPrintable(name + " is not described in docs/lessons.md"));
        }
    }
};

QTEST_GUILESS_MAIN(TestLessons)
#include "test_lessons.moc"
