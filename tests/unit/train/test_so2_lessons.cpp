// The SO(2) and receptive-field pieces as registered kinds, and their two lessons end to end:
//   - the layer kinds need band-limited features and say so (naming the layer);
//   - a run may have its own task (the Gaussian clone), which round-trips through the canonical
//     JSON;
//   - resources/lessons/harmonic-distortion: the 3K+1-sample net is invariant to round-off at
//     every angle, the 2K+1-sample one is not (headline thresholds 1e-10 and 1e-2; over seeds
//     1–6 the measured values were ≤ 1.6e-13 and 0.094–3.7), and its aliased power is round-off
//     at N = 3K+1 and equals the harmonic distortion at N = 2K+1;
//   - resources/lessons/receptive-fields: the first layer's mean IPR ends above 0.12 on NLGP data
//     and below 0.10 on the Gaussian clone (random rows: 3/(D+2) = 0.071; over seeds 1–8 the
//     measured values were 0.143–0.193 and 0.062–0.078).

#include <QTest>

#include <cmath>

#include "compute/core/error.h"
#include "compute/io/experiment.h"
#include "compute/metrics/metric_kinds.h"
#include "compute/nn/layer_kinds.h"
#include "compute/train/experiment_run.h"
#include "suite/suite.h"

using namespace eqlab;

namespace {

std::string lesson(const char* name) {
    return std::string(EQLAB_LESSONS_DIR) + "/" + name + ".eqlab.json";
}

double finalValue(const train::ExperimentResult& r, const std::string& run,
                  const std::string& metric) {
    for (const auto& o : r.runs) {
        if (o.label == run) {
            const auto v = o.finalValue(metric);
            if (v) {
                return *v;
            }
        }
    }
    throw Error(ErrorKind::Internal, "no " + metric + " for run " + run);
}

const char* kBandLimitedExperiment = R"({
  "eqlab_experiment": 1,
  "task": {"kind": "band-limited-signals", "band_limit": 3, "samples": 64},
  "model": [%1],
  "steps": 2, "metrics": {"compute": ["loss", "rotation-invariance"]}
})";

io::ExperimentSpec bandLimited(const QString& model) {
    const QByteArray text = QString(kBandLimitedExperiment).arg(model).toUtf8();
    return io::parseExperiment(std::string_view(text.data(), std::size_t(text.size())), "t.json");
}

}  // namespace

class TestSo2Lessons : public QObject {
    Q_OBJECT
private slots:
    void kindsAreRegistered() {
        for (const char* name : {"band-limited-linear", "fft-nonlinearity", "band-power"}) {
            QVERIFY2(nn::findLayerKind(name), name);
        }
        for (const char* name : {"rotation-invariance", "harmonic-distortion", "ipr"}) {
            QVERIFY2(metrics::findMetricKind(name), name);
        }
    }

    // A whole SO(2) net from the experiment file trains two steps and is invariant to round-off.
    void so2NetFromAnExperiment() {
        const io::ExperimentSpec spec = bandLimited(
            R"({"type": "band-limited-linear", "channels": 3},
               {"type": "fft-nonlinearity", "function": "square"},
               {"type": "band-power"}, {"type": "dense", "out": 1})");
        const auto r = train::runExperiment(spec, 1, {});
        QVERIFY(finalValue(r, "model", "rotation_error_max") < 1e-10);
    }

    void layerKindsCheckTheirInput() {
        // A dense layer's output is not band-limited any more.
        try {
            train::ExperimentSession s(bandLimited(
                R"({"type": "dense", "out": 7}, {"type": "fft-nonlinearity", "function": "relu"},
                   {"type": "dense", "out": 1})"));
            QFAIL("expected an error");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), ErrorKind::Parse);
            QVERIFY2(QString(e.detail()).contains("model[1]"), e.detail());
            QVERIFY2(QString(e.detail()).contains("band-limited"), e.detail());
        }
        try {
            train::ExperimentSession s(bandLimited(
                R"({"type": "fft-nonlinearity", "function": "relu", "samples": 6},
                   {"type": "band-power"}, {"type": "dense", "out": 1})"));
            QFAIL("expected an error");
        } catch (const Error& e) {
            QVERIFY2(QString(e.detail()).contains("below 2K+1 = 7"), e.detail());
        }
    }

    // runs[i].task overrides the task; the canonical JSON keeps it and reads back the same.
    void aRunMayHaveItsOwnTask() {
        const io::ExperimentSpec spec = io::readExperimentFile(lesson("receptive-fields"));
        QVERIFY(!spec.runs[0].task);
        QVERIFY(spec.runs[1].task);
        QVERIFY(spec.runs[1].task->params.flag("gaussian_clone"));
        const std::string json = io::experimentToJson(spec);
        const io::ExperimentSpec again = io::parseExperiment(json, "canonical");
        QVERIFY(again.runs[1].task);
        QVERIFY(again.runs[1].task->params.flag("gaussian_clone"));
        QCOMPARE(io::experimentToJson(again), json);
    }

    void harmonicDistortionLesson() {
        const auto r =
            train::runExperiment(io::readExperimentFile(lesson("harmonic-distortion")), 0, {});
        const double exact = finalValue(r, "N=3K+1", "rotation_error_max");
        const double under = finalValue(r, "N=2K+1", "rotation_error");
        qInfo("rotation error: N=3K+1 max %.3g, N=2K+1 mean %.3g", exact, under);
        QVERIFY(r.headline && r.headline->holds);
        QVERIFY(exact < 1e-10);
        QVERIFY(under > 1e-2);
        // u² on these features puts about a fifth of the power above K (0.19–0.24 over seeds).
        const double hd = finalValue(r, "N=3K+1", "harmonic_distortion");
        QVERIFY2(hd > 0.1 && hd < 0.4, qPrintable(QString::number(hd)));
        // u² folds nothing back at N = 3K+1 (measured ≤ 3.1e-31 over seeds 1–6); at N = 2K+1 every
        // harmonic above K folds onto one kept harmonic, so the aliased power is the distortion.
        const double exactAliasing = finalValue(r, "N=3K+1", "aliased_power");
        const double underAliasing = finalValue(r, "N=2K+1", "aliased_power");
        QVERIFY2(exactAliasing < 1e-12, qPrintable(QString::number(exactAliasing)));
        QVERIFY2(std::abs(underAliasing - finalValue(r, "N=2K+1", "harmonic_distortion")) < 1e-12,
                 qPrintable(QString::number(underAliasing)));
        QVERIFY(finalValue(r, "N=2K+1", "aliasing_error") > 1e-2);
    }

    void receptiveFieldsLesson() {
        const auto r =
            train::runExperiment(io::readExperimentFile(lesson("receptive-fields")), 0, {});
        const double nlgp = finalValue(r, "nlgp", "ipr");
        const double clone = finalValue(r, "clone", "ipr");
        qInfo("mean IPR: nlgp %.3f, clone %.3f (random rows 3/(D+2) = %.3f)", nlgp, clone,
              3.0 / 42);
        QVERIFY(r.headline && r.headline->holds);
        QVERIFY(nlgp > 0.12);
        QVERIFY(clone < 0.10);
    }
};

EQLAB_TEST_APPLESS_MAIN(TestSo2Lessons)
#include "test_so2_lessons.moc"
