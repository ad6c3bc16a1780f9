// Representations: every kind and expression is a homomorphism with orthogonal matrices, the
// element conventions of grid:K and std, and parse errors.

#include <QTest>

#include "compute/core/error.h"
#include "compute/groups/catalogue.h"
#include "compute/groups/closure.h"
#include "compute/groups/representation.h"
#include "suite/suite.h"

using namespace eqlab::groups;
using eqlab::Error;
using eqlab::ErrorKind;

class TestRepresentation : public QObject {
    Q_OBJECT
private slots:
    void homomorphism_data() {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("rep");
        QTest::addColumn<int>("dim");
        QTest::addColumn<bool>("permutation");
        const struct {
            const char *g, *r;
            int dim;
            bool perm;
        } rows[] = {
            {"C1", "std", 2, false},
            {"C5", "std", 2, false},
            {"C5", "perm", 5, true},
            {"C5", "regular", 5, true},
            {"C4", "sign", 1, false},
            {"D4", "std", 2, false},
            {"D4", "perm", 4, true},
            {"D4", "sign", 1, false},
            {"D5", "perm+trivial", 6, true},
            {"D4", "(std^2)+sign", 5, false},
            {"D4", "std*std", 4, false},
            {"D6", "dual(std)", 2, false},
            {"S3", "2*perm", 6, true},
            {"S4", "std", 4, true},
            {"S4", "sign", 1, false},
            {"S4", "std*perm+3", 19, true},
            {"S5", "perm*sign", 5, false},
            {"A5", "perm", 5, true},
            {"A4", "regular", 12, true},
            {"V4", "std", 2, false},
            {"V4", "perm", 4, true},
            {"Q8", "std", 4, false},
            {"Q8", "std^3", 64, false},
            {"Q8", "perm", 8, true},
            {"T", "std", 3, false},
            {"T", "perm", 4, true},
            {"O", "std", 3, false},
            {"O", "perm", 6, true},
            {"O", "(std+trivial)^3", 64, false},
            {"I", "std", 3, false},
            {"I", "perm", 12, true},
            {"I", "std*std", 9, false},
            {"C3xC4", "std", 4, false},
            {"C3xC4", "perm", 7, true},
            {"D4xC2", "std", 4, false},
            {"D4xC2", "perm", 6, true},
            {"D4xC2", "sign*std", 4, false},
            {"C4", "grid:4", 16, true},
            {"D4", "grid:5", 25, true},
            {"D4", "grid:2*trivial + grid:1", 5, true},
            {"V4", "grid:3", 9, true},
            {"C2", "grid:2", 4, true},
            {"D2", "grid:3", 9, true},
            {"D1", "grid:4", 16, true},
            {"C1", "grid:3", 9, true},
            {"S3", "std^0", 1, true},
            {"D3", " ( std + trivial ) * sign ", 3, false},
        };
        for (const auto& r : rows) {
            QTest::newRow((std::string(r.g) + " " + r.r).c_str())
                << QString(r.g) << QString(r.r) << r.dim << r.perm;
        }
    }
    void homomorphism() {
        QFETCH(QString, group);
        QFETCH(QString, rep);
        QFETCH(int, dim);
        QFETCH(bool, permutation);
        const GroupPtr g = makeGroup(group.toStdString());
        const Representation r = makeRepresentation(g, rep.toStdString());
        QCOMPARE(r.dim(), dim);
        QCOMPARE(r.isPermutation(), permutation);
        QCOMPARE(r.text(), rep.trimmed().toStdString());
        QCOMPARE(&r.group(), g.get());
        QVERIFY2(homomorphismError(r, true) < 1e-10,
                 qPrintable(QString::number(homomorphismError(r, true))));
        QVERIFY(r.isOrthogonal());
        for (int a = 0; a < g->order(); ++a) {
            const Eigen::MatrixXd& m = r.matrix(a);
            QCOMPARE(m.rows(), Eigen::Index(dim));
            QVERIFY((m.transpose() * m - Eigen::MatrixXd::Identity(dim, dim)).norm() < 1e-12);
            QVERIFY(std::abs(r.character(a) - m.trace()) < 1e-12);
        }
        QVERIFY((r.matrix(0) - Eigen::MatrixXd::Identity(dim, dim)).norm() == 0.0);
    }

    // A broken "representation" must be caught by the check (the check can fail).
    void homomorphismCheckDetectsErrors() {
        const GroupPtr c4 = makeGroup("C4");
        std::vector<Eigen::MatrixXd> m;
        for (int a = 0; a < 4; ++a)
            m.push_back(c4->standardMatrix(a));
        std::swap(m[1], m[3]);  // still orthogonal matrices, but r ↦ r⁻¹ only if done consistently
        m[2] = Eigen::MatrixXd::Identity(2, 2);
        const Representation bad = Representation::fromMatrices(c4, m, "bad");
        QVERIFY(homomorphismError(bad) > 0.5);
        std::vector<Permutation> p(4, Permutation{0, 1});
        p[1] = {1, 0};
        QVERIFY(homomorphismError(Representation::fromPermutations(c4, p, "bad")) > 0.5);
    }

    void standardConventions() {
        // C_n: element k is the rotation by 2πk/n; D_n: element n + k is r^k s, s = diag(1, −1).
        const GroupPtr d4 = makeGroup("D4");
        Eigen::MatrixXd r(2, 2), s(2, 2);
        r << 0, -1, 1, 0;
        s << 1, 0, 0, -1;
        QCOMPARE(d4->standardMatrix(1), r);  // exact, no round-off
        QCOMPARE(d4->standardMatrix(4), s);
        QCOMPARE(d4->standardMatrix(5), Eigen::MatrixXd(r * s));
        QCOMPARE(d4->naturalPermutation(1), (Permutation{1, 2, 3, 0}));
        QCOMPARE(d4->naturalPermutation(4), (Permutation{0, 3, 2, 1}));
        // Q8: left multiplication by i sends 1 ↦ i, i ↦ −1.
        const GroupPtr q8 = makeGroup("Q8");
        const Eigen::MatrixXd& li = q8->standardMatrix(q8->generators()[0]);
        QCOMPARE(Eigen::VectorXd(li.col(0)), Eigen::VectorXd(Eigen::Vector4d(0, 1, 0, 0)));
        QCOMPARE(Eigen::VectorXd(li.col(1)), Eigen::VectorXd(Eigen::Vector4d(-1, 0, 0, 0)));
        // S_n: std is the permutation matrix of the natural action, sign its determinant.
        const GroupPtr s4 = makeGroup("S4");
        const Representation sign = makeRepresentation(s4, "sign");
        for (int a = 0; a < 24; ++a) {
            QCOMPARE(sign.matrix(a)(0, 0), double(permutationSign(s4->naturalPermutation(a))));
        }
    }

    void gridConventions() {
        // Pixel index row·K + col; element r of D4 rotates the image by 90° counter-clockwise,
        // s = diag(1, −1) flips it upside down.
        const GroupPtr d4 = makeGroup("D4");
        const Representation grid = makeRepresentation(d4, "grid:3");
        QCOMPARE(grid.permutation(1), (Permutation{6, 3, 0, 7, 4, 1, 8, 5, 2}));
        QCOMPARE(grid.permutation(4), (Permutation{6, 7, 8, 3, 4, 5, 0, 1, 2}));
        Eigen::VectorXd img = Eigen::VectorXd::Zero(9);
        img[0] = 1.0;                              // top-left pixel
        QCOMPARE((grid.matrix(1) * img)[6], 1.0);  // moves to bottom-left
        // Even K: the centre is between pixels, still a permutation of the grid.
        const Representation g4 = makeRepresentation(d4, "grid:4");
        QCOMPARE(g4.permutation(2)[0], 15);  // 180°: top-left ↔ bottom-right
        QCOMPARE(g4.permutation(1)[1], 8);   // (row 0, col 1) → (row 2, col 0)
    }

    void lazyPermutationMatrices() {
        const GroupPtr s6 = makeGroup("S6");
        const Representation reg = makeRepresentation(s6, "regular");
        QCOMPARE(reg.dim(), 720);
        QCOMPARE(reg.character(0), 720.0);
        QCOMPARE(reg.character(5), 0.0);
        const Eigen::MatrixXd& m = reg.matrix(7);
        QCOMPARE(m.sum(), 720.0);
        QCOMPARE(m(s6->multiply(7, 3), 3), 1.0);
        QVERIFY(&reg.matrix(7) == &m);  // built once
    }

    void customMatrixGroupWithoutOrthogonality() {
        Eigen::MatrixXd a(2, 2);
        a << 0, -1, 1, -1;  // order 3, not orthogonal
        const GroupPtr g = groupFromMatrices("c3int", {a});
        QCOMPARE(g->order(), 3);
        const Representation r = makeRepresentation(g, "std+trivial");
        QVERIFY(!r.isOrthogonal());
        QVERIFY(homomorphismError(r, true) < 1e-12);
        QVERIFY_EXCEPTION_THROWN(makeRepresentation(g, "perm"), Error);
    }

    void parseErrors_data() {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("rep");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("mention");
        const int parse = static_cast<int>(ErrorKind::Parse);
        QTest::newRow("std**") << "S3"
                               << "std**" << parse
                               << "expected a representation name or '(' at position 5";
        QTest::newRow("std*^2") << "S3"
                                << "std*^2" << parse << "at position 5";
        QTest::newRow("(std") << "S3"
                              << "(std" << parse
                              << "expected ')' at position 5 to close the '(' at position 1";
        QTest::newRow("std)") << "S3"
                              << "std)" << parse << "unmatched ')'";
        QTest::newRow("empty") << "S3"
                               << "  " << parse << "expected a representation";
        QTest::newRow("foo") << "S3"
                             << "std+foo" << parse << "unknown name 'foo' at position 5";
        QTest::newRow("grid on S3") << "S3"
                                    << "grid:4" << parse << "grid:K needs";
        QTest::newRow("grid on D3") << "D3"
                                    << "grid:4" << parse << "'D3'";
        QTest::newRow("grid on C8") << "C8"
                                    << "grid:4" << parse << "grid:K needs";
        QTest::newRow("grid:0") << "D4"
                                << "grid:0" << parse << "1 <= K <= 256";
        QTest::newRow("grid") << "D4"
                              << "grid" << parse << "expected ':'";
        QTest::newRow("grid:") << "D4"
                               << "grid:" << parse << "image size K";
        QTest::newRow("std^") << "S3"
                              << "std^" << parse << "integer exponent";
        QTest::newRow("std^x") << "S3"
                               << "std^x" << parse << "integer exponent";
        QTest::newRow("0*std") << "S3"
                               << "0*std" << parse << "positive";
        QTest::newRow("dual std") << "S3"
                                  << "dual std" << parse << "expected '(' after 'dual'";
        QTest::newRow("std perm") << "S3"
                                  << "std perm" << parse << "expected '+', '*', '^' or the end";
        QTest::newRow("std+") << "S3"
                              << "std+" << parse << "position 5";
        QTest::newRow("deep") << "S3" << QString(100, '(') + "std" + QString(100, ')') << parse
                              << "nested";
        QTest::newRow("too large")
            << "S6"
            << "regular^2" << static_cast<int>(ErrorKind::Unsupported) << "too large";
    }
    void parseErrors() {
        QFETCH(QString, group);
        QFETCH(QString, rep);
        QFETCH(int, kind);
        QFETCH(QString, mention);
        try {
            makeRepresentation(makeGroup(group.toStdString()), rep.toStdString());
            QFAIL("expected an error");
        } catch (const Error& e) {
            QCOMPARE(static_cast<int>(e.kind()), kind);
            QVERIFY2(QString(e.detail()).contains(mention), e.detail());
        }
    }
};

EQLAB_TEST_APPLESS_MAIN(TestRepresentation)
#include "test_representation.moc"
