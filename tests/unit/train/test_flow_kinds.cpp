// The registered kinds of issue 5 through the experiment runner (ExperimentSession), as a lesson
// file uses them: tasks (parity-function, mirror-image, quaternion-action, spiral-rotation,
// involution), layers (involutive, group-action, parity) and metrics (group-law, log-det,
// involution, parity). Short runs: the constructions' metrics are at round-off after training
// steps, a plain net's are not; wrong combinations are refused with the field and the reason.

#include <QTest>

#include "compute/core/error.h"
#include "compute/io/experiment.h"
#include "compute/train/session.h"
#include "suite/suite.h"
#include "unit/error_of.h"

using namespace eqlab;

namespace {

// JSON written with single quotes (easier to read in C++ strings), turned into JSON.
std::string q(std::string text) {
    for (char& ch : text)
        if (ch == '\'')
            ch = '"';
    return text;
}

QString Q(const char* text) {
    return QString::fromStdString(q(text));
}

const std::string kMlp =
    q("[{'type': 'dense', 'out': 16}, {'type': 'activation', 'function': 'tanh'},"
      "{'type': 'dense', 'out': OUT}]");

std::string mlp(int out) {
    std::string s = kMlp;
    s.replace(s.find("OUT"), 3, std::to_string(out));
    return s;
}

// An experiment with runs "plain" (an MLP) and "net" (`net`), on `task`, with `metrics`.
std::string experiment(const std::string& task, const std::string& net, int outputs,
                       const std::string& metrics, const std::string& extra = "") {
    return q("{'eqlab_experiment': 1, 'name': 't', 'task': ") + task +
           q(", 'runs': [{'label': 'plain', 'model': ") + mlp(outputs) +
           q("}, {'label': 'net', 'model': [") + net +
           q("]}], 'steps': 40, 'batch': 16,"
             "'metrics': {'every': 20, 'compute':") +
           metrics + "}" + extra + "}";
}

std::vector<train::RunOutcome> runSession(const std::string& text) {
    train::ExperimentSession session(io::parseExperiment(text, "test.eqlab.json"), {1});
    while (session.step()) {
    }
    return session.outcomes();
}

double final(const std::vector<train::RunOutcome>& runs, const char* label, const char* metric) {
    for (const auto& r : runs)
        if (r.label == label) {
            if (r.divergence)
                qFatal("run %s diverged", label);
            const auto v = r.finalValue(metric);
            if (!v)
                qFatal("no %s for %s", metric, label);
            return *v;
        }
    qFatal("no run %s", label);
}

std::string runErrorOf(const std::string& text) {
    return tests::errorOf([&] { runSession(text); });
}

}  // namespace

class TestFlowKinds : public QObject {
    Q_OBJECT
private slots:
    void involutiveNet() {
        const auto r = runSession(experiment(q("{'kind': 'involution', 'samples': 64}"),
                                             q("{'type': 'involutive', 'hidden': 8}"), 4,
                                             q("['loss', 'involution']")));
        QVERIFY(final(r, "net", "involution_error_max") <= 1e-12);
        QVERIFY(final(r, "plain", "involution_error") > 1e-2);
        // 'negate' and affine couplings too
        const auto n = runSession(experiment(
            q("{'kind': 'involution', 'samples': 64}"),
            q("{'type': 'involutive', 'involution': 'negate', 'coupling': 'affine', 'hidden': 8}"),
            4, q("['involution']")));
        QVERIFY(final(n, "net", "involution_error_max") <= 1e-12);
    }

    void groupActions_data() {
        QTest::addColumn<QString>("task");
        QTest::addColumn<QString>("net");
        QTest::addColumn<int>("dim");
        QTest::addColumn<QString>("dtype");
        QTest::newRow("Q8 volume-preserving")
            << Q("{'kind': 'quaternion-action', 'samples': 64}")
            << Q("{'type': 'group-action', 'hidden': 8}") << 4 << "double";
        QTest::newRow("Q8 affine") << Q("{'kind': 'quaternion-action', 'samples': 64}")
                                   << Q("{'type': 'group-action', 'hidden': 8,"
                                        "'volume_preserving': false}")
                                   << 4 << "double";
        QTest::newRow("C4 spiral") << Q("{'kind': 'spiral-rotation', 'n': 4, 'samples': 64}")
                                   << Q("{'type': 'group-action', 'hidden': 8}") << 2 << "double";
        QTest::newRow("Q8 float") << Q("{'kind': 'quaternion-action', 'samples': 64}")
                                  << Q("{'type': 'group-action', 'hidden': 8}") << 4 << "float";
    }
    void groupActions() {
        QFETCH(QString, task);
        QFETCH(QString, net);
        QFETCH(int, dim);
        QFETCH(QString, dtype);
        const bool affine = net.contains("false");
        const bool single = eqlab::io::parseDtype(dtype.toStdString()) == eqlab::io::Dtype::Float;
        const auto r = runSession(experiment(task.toStdString(), net.toStdString(), dim,
                                             q("['loss', 'group-law', 'log-det']"),
                                             ", \"dtype\": \"" + dtype.toStdString() + "\""));
        QVERIFY(final(r, "net", "group_law_violation_max") <= (single ? 1e-5 : 1e-12));
        QVERIFY(final(r, "plain", "group_law_violation") > 1e-2);
        if (!affine)
            QCOMPARE(final(r, "net", "log_det_max_abs"), 0.0);
        else
            QVERIFY(final(r, "net", "log_det_max_abs") > 0.0);
        QVERIFY(final(r, "net", "train_loss") < final(r, "plain", "train_loss"));
    }

    void parityNets_data() {
        QTest::addColumn<QString>("task");
        QTest::addColumn<QString>("involution");
        QTest::addColumn<int>("parity");
        QTest::newRow("odd 2-D") << Q("{'kind': 'parity-function', 'dim': 2, 'parity': 'odd'}")
                                 << "negate" << -1;
        QTest::newRow("even 1-D") << Q("{'kind': 'parity-function', 'parity': 'even'}") << "negate"
                                  << 1;
        QTest::newRow("odd mirror 5x5")
            << Q("{'kind': 'mirror-image', 'size': 5, 'parity': 'odd', 'samples': 64}") << "mirror"
            << -1;
    }
    void parityNets() {
        QFETCH(QString, task);
        QFETCH(QString, involution);
        QFETCH(int, parity);
        const std::string net = q("{'type': 'parity', 'parity': '") +
                                std::string(parity > 0 ? "even" : "odd") + q("', 'involution': '") +
                                involution.toStdString() + q("', 'model': ") + mlp(1) + "}";
        const auto r = runSession(experiment(task.toStdString(), net, 1, q("['loss', 'parity']")));
        QVERIFY(final(r, "net", "parity_error_max") <= 1e-12);
        QVERIFY(final(r, "plain", "parity_error") > 1e-3);
    }

    // A user-given affine involution: T x = A x + c with A the swap of R², c = (1, −1).
    void parityWithMatrix() {
        const std::string net =
            q("{'type': 'parity', 'involution': 'matrix', 'matrix': [0, 1, 1, 0],"
              "'offset': [1, -1], 'model':") +
            mlp(1) + "}";
        const auto r = runSession(
            experiment(q("{'kind': 'parity-function', 'dim': 2}"), net, 1, q("['loss']")));
        QVERIFY(std::isfinite(final(r, "net", "train_loss")));
        // A c = c is refused, naming the layer and the condition
        const std::string bad =
            q("{'type': 'parity', 'involution': 'matrix', 'matrix': [0, 1, 1, 0],"
              "'offset': [1, 1], 'model':") +
            mlp(1) + "}";
        const std::string e = runErrorOf(
            experiment(q("{'kind': 'parity-function', 'dim': 2}"), bad, 1, q("['loss']")));
        QVERIFY2(e.find("runs[1].model[0]") != std::string::npos &&
                     e.find("A c = -c") != std::string::npos,
                 e.c_str());
    }

    void refusals_data() {
        QTest::addColumn<QString>("task");
        QTest::addColumn<QString>("net");
        QTest::addColumn<int>("outputs");
        QTest::addColumn<QString>("metrics");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("extra");
        QTest::newRow("group action without a group")
            << Q("{'kind': 'involution'}") << Q("{'type': 'group-action'}") << 4 << Q("['loss']")
            << "needs the experiment's"
            << "";
        QTest::newRow("group action without [x; g]")
            << Q("{'kind': 'involution'}") << Q("{'type': 'group-action'}") << 4 << Q("['loss']")
            << "carry the group element"
            << ", \"group\": \"Q8\"";
        QTest::newRow("C3 rotations are no signed permutations")
            << Q("{'kind': 'spiral-rotation', 'n': 3}") << Q("{'type': 'group-action'}") << 2
            << Q("['loss']") << "not a signed permutation"
            << "";
        QTest::newRow("action of the wrong dimension")
            << Q("{'kind': 'quaternion-action'}")
            << Q("{'type': 'group-action', 'action': 'regular'}") << 4 << Q("['loss']")
            << "has dimension 8 but the points have 4"
            << "";
        QTest::newRow("swap on an odd dimension")
            << Q("{'kind': 'mirror-image', 'size': 5}") << Q("{'type': 'involutive'}") << 1
            << Q("['loss']") << "even dimension"
            << "";
        QTest::newRow("mirror of a non-image") << Q("{'kind': 'parity-function', 'dim': 4}")
                                               << Q("{'type': 'parity', 'involution': 'mirror', "
                                                    "'model': [{'type': 'dense', 'out': 1}]}")
                                               << 1 << Q("['loss']") << "square image"
                                               << "";
        QTest::newRow("matrix of the wrong size")
            << Q("{'kind': 'parity-function', 'dim': 2}")
            << Q("{'type': 'parity', 'involution': 'matrix', 'matrix': [1, 0, 0],"
                 "'model': [{'type': 'dense', 'out': 1}]}")
            << 1 << Q("['loss']") << "must list 4 numbers"
            << "";
        QTest::newRow("group-law on a parity task")
            << Q("{'kind': 'parity-function'}") << Q("{'type': 'dense', 'out': 1}") << 1
            << Q("['group-law']") << "needs a group-action task"
            << "";
        QTest::newRow("unknown element encoding")
            << Q("{'kind': 'quaternion-action', 'element_encoding': 'onehot'}")
            << Q("{'type': 'dense', 'out': 4}") << 4 << Q("['loss']") << "element_encoding"
            << "";
        QTest::newRow("group action on a one-hot element")
            << Q("{'kind': 'quaternion-action', 'element_encoding': 'one-hot'}")
            << Q("{'type': 'group-action'}") << 4 << Q("['loss']")
            << "\"element_encoding\": \"index\""
            << "";
        QTest::newRow("parity on an involution task")
            << Q("{'kind': 'involution'}") << Q("{'type': 'dense', 'out': 4}") << 4
            << Q("['parity']") << "needs a task with a parity"
            << "";
    }
    void refusals() {
        QFETCH(QString, task);
        QFETCH(QString, net);
        QFETCH(int, outputs);
        QFETCH(QString, metrics);
        QFETCH(QString, expected);
        QFETCH(QString, extra);
        const std::string e = runErrorOf(experiment(task.toStdString(), net.toStdString(), outputs,
                                                    metrics.toStdString(), extra.toStdString()));
        QVERIFY2(e.find(expected.toStdString()) != std::string::npos, e.c_str());
    }
};

EQLAB_TEST_APPLESS_MAIN(TestFlowKinds)
#include "test_flow_kinds.moc"
