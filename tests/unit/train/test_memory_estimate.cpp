// A model too large for memory is refused before anything is allocated, with a message naming the
// run's model, what it needs and what is available (compute/train/memory_estimate.h).

#include <QTest>
#include <optional>

#include "compute/core/error.h"
#include "compute/io/experiment.h"
#include "compute/train/memory_estimate.h"
#include "compute/train/session.h"
#include "suite/suite.h"

using namespace eqlab;
using namespace eqlab::train;

namespace {

QString messageOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const Error& e) {
        return QString::fromUtf8(e.detail());
    }
    return {};
}

// XOR through `hidden` dense layers of `width` units (the widest a dense layer may be) in float32.
io::ExperimentSpec xorThrough(int hidden, int width) {
    std::string model = R"({"type": "dense", "out": )" + std::to_string(width) + "}";
    for (int i = 0; i < hidden; ++i)
        model += R"(, {"type": "dense", "out": )" + std::to_string(width) + "}";
    model += R"(, {"type": "dense", "out": 2})";
    const std::string text = R"({"eqlab_experiment": 1, "name": "wide", "task": {"kind": "xor"},
  "model": [)" + model + R"(], "loss": "cross-entropy", "seed": 1, "steps": 1, "batch": 4,
  "chunk": 2})";
    return io::parseExperiment(text, "wide.eqlab.json");
}

}  // namespace

class TestMemoryEstimate : public QObject {
    Q_OBJECT
private slots:
    void countsWhatTheTrainerKeeps() {
        // 1000 parameters, layers giving 100 values per sample, batch 64 in chunks of 16 (4
        // chunks), float32: (5 + 4 chunk gradients) copies of the parameters, and per chunk each
        // output and its gradient for 16 samples.
        const MemoryEstimate e = estimateTrainingMemory(1000, 100, 64, 16, 4);
        QCOMPARE(e.parameters, std::int64_t(1000));
        QCOMPARE(e.parameterBytes, 1000.0 * 9 * 4);
        QCOMPARE(e.activationBytes, 2.0 * 100 * 16 * 4 * 4);
        QCOMPARE(e.total(), 36000.0 + 51200.0);
        // A last, partial chunk counts as a chunk; float64 doubles everything.
        QCOMPARE(estimateTrainingMemory(1000, 100, 65, 16, 8).parameterBytes, 1000.0 * 10 * 8);
    }

    void bytesAreWrittenAsPeopleReadThem() {
        QCOMPARE(QString::fromStdString(bytesText(999)), QStringLiteral("999 bytes"));
        QCOMPARE(QString::fromStdString(bytesText(1.5e9)), QStringLiteral("1.5 GB"));
        QCOMPARE(QString::fromStdString(bytesText(820e6)), QStringLiteral("820.0 MB"));
        QCOMPARE(QString::fromStdString(bytesText(3.6e12)), QStringLiteral("3.6 TB"));
    }

    void refusesOnlyWhatDoesNotFit() {
        const MemoryEstimate e = estimateTrainingMemory(1'000'000, 0, 1, 1, 4);  // 24 MB
        QVERIFY(messageOf([&] { checkFitsInMemory(e, 1e9, "model"); }).isEmpty());
        QVERIFY(messageOf([&] { checkFitsInMemory(e, std::nullopt, "model"); }).isEmpty());
        const QString message = messageOf([&] { checkFitsInMemory(e, 1e6, "runs[1].model"); });
        QCOMPARE(message, QStringLiteral(
                              "runs[1].model: training this model needs at least 24.0 MB of "
                              "memory (1000000 parameters with their gradients and optimiser "
                              "state: 24.0 MB; layer outputs for a batch: 0 bytes), more than the "
                              "1.0 MB available; use fewer or narrower layers, or a smaller batch "
                              "or chunk"));
    }

    void thisMachineSaysWhatIsAvailable() {
        const auto available = availableMemoryBytes();
        QVERIFY(available.has_value());  // Linux: /proc/meminfo
        QVERIFY(*available > 1e6);
    }

    // 3.4·10^10 parameters in float32 need almost a terabyte: the session refuses the run before
    // its model allocates them (the test would otherwise be killed or throw std::bad_alloc).
    void aSessionRefusesAModelTooLargeForMemory() {
        const auto spec = xorThrough(8, 65536);
        const QString message = messageOf([&] { ExperimentSession session(spec); });
        QVERIFY2(message.startsWith(QStringLiteral("model: training this model needs at least ")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("34360590338 parameters")), qPrintable(message));
        // ... while a small one trains as before.
        ExperimentSession fits(xorThrough(1, 8));
        fits.step();
        QCOMPARE(fits.snapshot()->step, std::int64_t(1));
    }
};

EQLAB_TEST_APPLESS_MAIN(TestMemoryEstimate)
#include "test_memory_estimate.moc"
