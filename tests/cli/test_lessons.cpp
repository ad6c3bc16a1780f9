// Every lesson compiled into eqlab: it loads, says what it is about, runs headless to the end
// without diverging, and its headline effect shows (summary.json: headline.holds). docs/lessons.md
// describes each. This runs every lesson in full, as `eqlab run NAME` would.

#include <QFile>
#include <QTest>
#include <cmath>

#include "app/experiment_lessons.h"
#include "compute/core/error.h"
#include "compute/data/task_kinds.h"
#include "compute/io/experiment.h"
#include "compute/train/experiment_run.h"
#include "compute/train/run_files.h"
#include "suite/suite.h"

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

        // Every lesson's task has a held-out test set, and metrics.csv reports the loss on it
        // beside the training loss.
        const auto* kind = eqlab::data::findTaskKind(lesson->spec.task.kind);
        QVERIFY(kind && kind->test != eqlab::data::TestSplit::None);
        const std::string csv = eqlab::train::metricsCsv(result);
        const std::string header = csv.substr(0, csv.find('\n'));
        QVERIFY2(header.find(",train_loss") != std::string::npos &&
                     header.find(",test_loss") != std::string::npos,
                 qPrintable(name + ": metrics.csv header " + QString::fromStdString(header)));
        for (const auto& run : result.runs) {
            const auto test = run.finalValue("test_loss");
            QVERIFY2(test && std::isfinite(*test), qPrintable(name + ": no final test_loss"));
        }
    }

    // Every variant of every lesson (its things to try) gives a valid experiment that builds and
    // takes a step; the lesson with its variants survives the canonical round trip.
    void everyVariantOfEveryLessonApplies() {
        int variants = 0;
        for (const QString& name : experimentLessonNames()) {
            const auto lesson = loadExperimentLesson(name);
            const eqlab::io::ExperimentSpec& spec = lesson->spec;
            QVERIFY2(!spec.variants.empty(), qPrintable(name + " has no variants"));
            const std::string canonical = eqlab::io::experimentToJson(spec);
            const auto again = eqlab::io::parseExperiment(canonical, "canonical");
            QCOMPARE(eqlab::io::experimentToJson(again), canonical);
            QCOMPARE(again.variants.size(), spec.variants.size());
            for (const auto& variant : spec.variants) {
                QVERIFY(!variant.text.empty());
                try {
                    eqlab::io::ExperimentSpec edited = eqlab::io::applyVariant(spec, variant);
                    QVERIFY(edited.variants.empty() && !edited.headline);
                    QVERIFY(eqlab::io::experimentToJson(edited) !=
                            eqlab::io::experimentToJson(eqlab::io::applyVariant(spec, {})));
                    edited.steps = 1;
                    edited.warmup = 0;
                    const auto result = eqlab::train::runExperiment(edited, 0, nullptr);
                    QVERIFY(!result.divergence());
                } catch (const eqlab::Error& error) {
                    QFAIL(qPrintable(name + " / " + QString::fromStdString(variant.name) + ": " +
                                     error.detail()));
                }
                ++variants;
            }
        }
        qInfo() << variants << "variants";
        QVERIFY(variants >= 13);
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

EQLAB_TEST_GUILESS_MAIN(TestLessons)
#include "test_lessons.moc"
