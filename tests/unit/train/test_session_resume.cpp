// A session continued from saved weights and histories (what the window's autosave restores):
// the histories go through their JSON text bit for bit, the restored session is at the saved
// step with the saved curves, and with a stateless optimiser (SGD) it then trains to exactly the
// numbers of a session that was never interrupted. Histories that do not fit are refused naming
// the file.

#include <QTest>
#include <cmath>
#include <cstring>

#include "compute/core/error.h"
#include "compute/io/experiment.h"
#include "compute/train/run_history.h"
#include "compute/train/session.h"
#include "suite/suite.h"

using eqlab::Error;
namespace train = eqlab::train;

namespace {

eqlab::io::ExperimentSpec lesson() {
    auto spec = eqlab::io::readExperimentFile(EQLAB_LESSONS_DIR "/deepsets.eqlab.json");
    spec.optimizer = eqlab::io::OptimizerKind::Sgd;  // no state beyond the weights
    spec.steps = 40;
    spec.metricEvery = 4;
    return spec;
}

bool sameBits(const std::vector<double>& a, const std::vector<double>& b) {
    return a.size() == b.size() &&
           (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0);
}

bool sameHistories(const std::vector<train::RunHistory>& a,
                   const std::vector<train::RunHistory>& b) {
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].label != b[i].label || !sameBits(a[i].losses, b[i].losses) ||
            a[i].metrics.size() != b[i].metrics.size() ||
            a[i].tables.size() != b[i].tables.size()) {
            return false;
        }
        for (std::size_t r = 0; r < a[i].metrics.size(); ++r) {
            const auto &x = a[i].metrics[r], &y = b[i].metrics[r];
            if (x.step != y.step || x.values.size() != y.values.size()) {
                return false;
            }
            for (std::size_t v = 0; v < x.values.size(); ++v) {
                const double p = x.values[v].value, q = y.values[v].value;
                if (x.values[v].name != y.values[v].name ||
                    !(std::memcmp(&p, &q, sizeof p) == 0 || (std::isnan(p) && std::isnan(q)))) {
                    return false;
                }
            }
        }
        for (std::size_t t = 0; t < a[i].tables.size(); ++t) {
            if (a[i].tables[t].name != b[i].tables[t].name ||
                !sameBits(a[i].tables[t].values, b[i].tables[t].values)) {
                return false;
            }
        }
    }
    return true;
}

}  // namespace

class TestSessionResume : public QObject {
    Q_OBJECT

private slots:
    void restoredSessionTrainsOnLikeAnUninterruptedOne() {
        const auto spec = lesson();
        train::ExperimentSession straight(spec, {1, 0, false, false});
        for (int i = 0; i < 10; ++i) {
            straight.step();
        }
        std::vector<eqlab::io::SafetensorsFile> weights;
        for (int run = 0; run < straight.runCount(); ++run) {
            weights.push_back(straight.weights(run));
        }
        const std::string text = train::historiesToJson(straight.histories());
        const auto histories = train::historiesFromJson(text, "history.json");
        QVERIFY(sameHistories(histories, straight.histories()));

        train::ExperimentSession restored(spec, {1, 0, false, false});
        for (int run = 0; run < restored.runCount(); ++run) {
            restored.loadWeights(run, weights[static_cast<std::size_t>(run)], "w.safetensors");
        }
        restored.restoreHistories(histories, "history.json");
        QCOMPARE(restored.stepsDone(), std::int64_t{10});
        QVERIFY(sameHistories(restored.histories(), straight.histories()));
        QCOMPARE(restored.snapshot()->step, std::int64_t{10});
        QCOMPARE(restored.snapshot()->runs.at(0).losses.size(), std::size_t{10});

        while (straight.step()) {
        }
        while (restored.step()) {
        }
        QCOMPARE(restored.stepsDone(), std::int64_t{40});
        QVERIFY(sameHistories(restored.histories(), straight.histories()));
    }

    void historiesThatDoNotFitAreRefused() {
        const auto spec = lesson();
        train::ExperimentSession session(spec, {1, 0, false, false});
        session.step();
        auto histories = session.histories();
        histories.at(0).label = "other";
        try {
            session.restoreHistories(histories, "saved/history.json");
            QFAIL("a history of another run was accepted");
        } catch (const Error& error) {
            QVERIFY2(QString::fromUtf8(error.detail()).contains("saved/history.json"),
                     error.detail());
        }
        QCOMPARE(session.stepsDone(), std::int64_t{1});
        histories.pop_back();
        QVERIFY_THROWS_EXCEPTION(Error, session.restoreHistories(histories, "h.json"));

        try {
            train::historiesFromJson(R"({"format": "eqlab-history 1", "runs": [{"label": "a",
                "losses": [1, "x"], "metrics": [], "tables": []}]})",
                                     "broken.json");
            QFAIL("a string loss was accepted");
        } catch (const Error& error) {
            const QString detail = QString::fromUtf8(error.detail());
            QVERIFY2(detail.contains("broken.json") && detail.contains("runs[0].losses[1]"),
                     error.detail());
        }
    }
};

EQLAB_TEST_GUILESS_MAIN(TestSessionResume)
#include "test_session_resume.moc"
