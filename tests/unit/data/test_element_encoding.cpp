// The element encoding of the group-action tasks ("element_encoding", compute/data/action_tasks.h):
// one-hot gives the same points, targets and elements as the index encoding, with the index row
// replaced by |G| rows holding exactly one 1, in the row of the element; withElementRows builds the
// same rows for probes; indices out of range are named.

#include <QTest>

#include "compute/core/error.h"
#include "compute/data/action_tasks.h"
#include "compute/data/task_kinds.h"
#include "suite/suite.h"
#include "unit/error_of.h"

using namespace eqlab;
using Eigen::MatrixXd;

using eqlab::tests::errorOf;

namespace {

data::TaskData task(const char* kind, const char* encoding, int order) {
    const data::TaskKind* k = data::findTaskKind(kind);
    if (!k)
        qFatal("no task kind %s", kind);
    Params p = defaultParams(k->params);
    p.setText("element_encoding", encoding);
    p.setNumber("samples", 200);
    p.setNumber("test_samples", 50);
    if (p.has("n"))
        p.setNumber("n", order);
    return data::makeTask(*k, p, 11);
}

// Every column of the element block of X (rows d.., one-hot) against the index row of I.
void checkOneHot(const MatrixXd& X, const MatrixXd& I, int order) {
    const Eigen::Index d = I.rows() - 1;
    QCOMPARE(X.rows(), d + order);
    QCOMPARE(X.cols(), I.cols());
    QCOMPARE(X.topRows(d), I.topRows(d));
    for (Eigen::Index s = 0; s < X.cols(); ++s) {
        const auto block = X.col(s).tail(order);
        QCOMPARE(block.sum(), 1.0);
        QCOMPARE(block.cwiseAbs().maxCoeff(), 1.0);
        QCOMPARE(block(static_cast<Eigen::Index>(I(d, s))), 1.0);  // the row of its element
    }
}

}  // namespace

class TestElementEncoding : public QObject {
    Q_OBJECT
private slots:
    void oneHotRows_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("order");
        QTest::newRow("quaternion-action") << "quaternion-action" << 8;
        QTest::newRow("spiral-rotation C6") << "spiral-rotation" << 6;
    }
    void oneHotRows() {
        QFETCH(QString, kind);
        QFETCH(int, order);
        const std::string k = kind.toStdString();
        const data::TaskData index = task(k.c_str(), "index", order);
        const data::TaskData hot = task(k.c_str(), "one-hot", order);
        QVERIFY(index.carriesElement && !index.elementOneHot);
        QCOMPARE(index.elementRows, 1);
        QVERIFY(hot.carriesElement && hot.elementOneHot);
        QCOMPARE(hot.elementRows, order);
        checkOneHot(hot.X, index.X, order);
        checkOneHot(hot.testX, index.testX, order);
        QCOMPARE(hot.Y, index.Y);
        QCOMPARE(hot.testY, index.testY);
        // every element occurs (200 uniform draws over at most 8)
        QCOMPARE((hot.X.bottomRows(order).rowwise().sum().array() > 0).count(),
                 Eigen::Index(order));
    }

    void probes() {
        const MatrixXd x = MatrixXd::Random(3, 4);
        const MatrixXd hot = data::withElementRows(x, 2, 5);
        QCOMPARE(hot.rows(), Eigen::Index(8));
        QCOMPARE(hot.topRows(3), x);
        MatrixXd block = MatrixXd::Zero(5, 4);
        block.row(2).setOnes();
        QCOMPARE(MatrixXd(hot.bottomRows(5)), block);
        const MatrixXd index = data::withElementRows(x, 2, 0);
        QCOMPARE(index.rows(), Eigen::Index(4));
        QCOMPARE(MatrixXd(index.bottomRows(1)), MatrixXd::Constant(1, 4, 2.0));
    }

    void errors() {
        std::string e = errorOf([] { data::withElementRows(MatrixXd::Zero(2, 1), 5, 5); });
        QVERIFY2(e.find("one-hot element encoding") != std::string::npos &&
                     e.find("0..4") != std::string::npos,
                 e.c_str());
        data::TaskData t = data::spiralRotationTask(4, 100, 1);
        e = errorOf([&] { data::setElementEncoding(t, 3, true); });  // C4's indices, 3 rows
        QVERIFY2(e.find("not an index in 0..2") != std::string::npos, e.c_str());
    }
};

EQLAB_TEST_APPLESS_MAIN(TestElementEncoding)
#include "test_element_encoding.moc"
