// The linear-map task (compute/data/linear_map_tasks.h): the ring's real Fourier basis is
// orthonormal; the filter is circulant and symmetric with gain exp(−f²/2w²) on each frequency;
// the random map has the filter's singular values but no translation invariance; the targets are
// T x for training and test samples alike; bad options get a message.

#include <QTest>

#include <algorithm>
#include <cmath>
#include <numbers>

#include "compute/core/decompositions.h"
#include "compute/core/error.h"
#include "compute/data/linear_map_tasks.h"
#include "compute/data/task_kinds.h"
#include "suite/suite.h"

using namespace eqlab;

namespace {

Eigen::VectorXd singularValues(const Eigen::MatrixXd& T) {
    return eqlab::leftSingular(T).values;  // descending
}

const data::TaskKind& linearMapKind() {
    for (const auto& k : data::taskKinds())
        if (k.name == "linear-map")
            return k;
    throw Error(ErrorKind::Internal, "no linear-map task kind");
}

}  // namespace

class TestLinearMap : public QObject {
    Q_OBJECT
private slots:
    void fourierBasis() {
        for (int D : {2, 7, 8, 24}) {
            std::vector<int> f;
            const Eigen::MatrixXd F = data::ringFourierBasis(D, &f);
            QCOMPARE(int(f.size()), D);
            QVERIFY((F.transpose() * F - Eigen::MatrixXd::Identity(D, D)).norm() < 1e-12);
            // Column k has f[k] cycles: shifting the ring by one sample rotates it by 2π f/D,
            // so ⟨F_k, shift F_k⟩ = cos(2π f/D).
            for (int k = 0; k < D; ++k) {
                double overlap = 0;
                for (int n = 0; n < D; ++n)
                    overlap += F(n, k) * F((n + 1) % D, k);
                QVERIFY(std::abs(overlap - std::cos(2 * std::numbers::pi * f[k] / D)) < 1e-12);
            }
        }
    }

    void filterIsACirculantGaussianBlur() {
        data::LinearMapOptions o;
        o.inputs = 12;
        o.width = 1.5;
        const Eigen::MatrixXd T = data::linearMap(o, 1);
        QVERIFY((T - T.transpose()).norm() < 1e-12);
        for (int i = 0; i < 12; ++i)
            for (int j = 0; j < 12; ++j)
                QVERIFY(std::abs(T((i + 1) % 12, (j + 1) % 12) - T(i, j)) < 1e-12);
        // A sinusoid of frequency k comes out scaled by exp(−k²/2w²), its phase kept.
        for (int k = 0; k <= 6; ++k) {
            Eigen::VectorXd x(12);
            for (int n = 0; n < 12; ++n)
                x[n] = std::cos(2 * std::numbers::pi * k * n / 12 + 0.3);
            const double gain = std::exp(-double(k * k) / (2 * 1.5 * 1.5));
            QVERIFY((T * x - gain * x).norm() < 1e-12 * x.norm() + 1e-14);
        }
        // The seed does not enter the filter.
        QVERIFY((data::linearMap(o, 2) - T).norm() == 0.0);
    }

    void randomMapHasTheFiltersSpectrumOnly() {
        data::LinearMapOptions o;
        o.inputs = 12;
        o.width = 1.5;
        const Eigen::MatrixXd filter = data::linearMap(o, 1);
        o.map = "random";
        const Eigen::MatrixXd T = data::linearMap(o, 1);
        QVERIFY((singularValues(T) - singularValues(filter)).norm() < 1e-12);
        // Not translation invariant: shifting input and output changes it by its own size.
        Eigen::MatrixXd shifted(12, 12);
        for (int i = 0; i < 12; ++i)
            for (int j = 0; j < 12; ++j)
                shifted(i, j) = T((i + 1) % 12, (j + 1) % 12);
        QVERIFY((shifted - T).norm() > 0.5 * T.norm());
        // The seed draws the bases: the same seed the same map, another seed another one.
        QVERIFY((data::linearMap(o, 1) - T).norm() == 0.0);
        QVERIFY((data::linearMap(o, 2) - T).norm() > 0.5 * T.norm());
    }

    void targetsAreTheMapOfTheInputs() {
        const auto& kind = linearMapKind();
        for (const char* map : {"filter", "random"}) {
            Params p = defaultParams(kind.params);
            p.setText("map", map);
            p.setNumber("samples", 64);
            p.setNumber("test_samples", 32);
            const data::TaskData task = data::makeTask(kind, p, 5);
            data::LinearMapOptions o;
            o.map = map;
            const Eigen::MatrixXd T = data::linearMap(o, 5);
            QCOMPARE(int(task.X.rows()), 24);
            QCOMPARE(int(task.X.cols()), 64);
            QCOMPARE(int(task.testX.cols()), 32);
            QVERIFY((task.Y - T * task.X).norm() < 1e-12 * task.Y.norm());
            QVERIFY((task.testY - T * task.testX).norm() < 1e-12 * task.testY.norm());
            // White inputs: the mean square of an input entry near 1.
            QVERIFY(std::abs(task.X.squaredNorm() / task.X.size() - 1.0) < 0.2);
        }
    }

    void badOptions() {
        data::LinearMapOptions o;
        o.map = "smooth";
        try {
            data::linearMap(o, 1);
            QFAIL("no error for map 'smooth'");
        } catch (const Error& e) {
            QVERIFY(std::string(e.detail())
                        .find("map 'filter' or 'random', got 24, 2048, "
                              "2.000000, 'smooth'") != std::string::npos);
        }
        o.map = "filter";
        o.inputs = 1;
        QVERIFY_THROWS_EXCEPTION(Error, data::linearMap(o, 1));
    }
};

EQLAB_TEST_APPLESS_MAIN(TestLinearMap)
#include "test_linear_map.moc"
