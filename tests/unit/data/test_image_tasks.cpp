// Image tasks: polyomino classes (known counts), polyomino images whose label is invariant under
// the group that made them (and, for C4, not under flips), rotation by interpolation (exact at
// multiples of 90°, the right direction in between), and glyphs drawn at θ + 90° equal to the grid
// rotation of the glyph drawn at θ.

#include <QTest>

#include <cmath>
#include <set>

#include "compute/core/error.h"
#include "compute/core/rng.h"
#include "compute/data/glyphs.h"
#include "compute/data/image_transform.h"
#include "compute/data/polyominoes.h"
#include "compute/groups/catalogue.h"
#include "compute/groups/representation.h"
#include "suite/suite.h"

using namespace eqlab;
using namespace eqlab::data;

namespace {

int classOf(const std::vector<PolyominoClass>& classes, const Polyomino& canonical) {
    for (std::size_t k = 0; k < classes.size(); ++k)
        if (classes[k].cells == canonical)
            return static_cast<int>(k);
    return -1;
}

// An isotropic Gaussian blob centred at (x, y) in centred pixel coordinates (y up), n × n.
Eigen::VectorXd blob(int n, double x, double y, double sigma) {
    Eigen::VectorXd img(n * n);
    const double h = 0.5 * (n - 1);
    for (int row = 0; row < n; ++row)
        for (int col = 0; col < n; ++col) {
            const double dx = col - h - x, dy = h - row - y;
            img(row * n + col) = std::exp(-(dx * dx + dy * dy) / (2 * sigma * sigma));
        }
    return img;
}

}  // namespace

class TestImageTasks : public QObject {
    Q_OBJECT
private slots:
    // OEIS A000105 (free) and A000988 (one-sided).
    void polyominoCounts_data() {
        QTest::addColumn<int>("cells");
        QTest::addColumn<int>("free");
        QTest::addColumn<int>("oneSided");
        const int free[] = {1, 1, 2, 5, 12, 35, 108}, one[] = {1, 1, 2, 7, 18, 60, 196};
        for (int n = 1; n <= 7; ++n)
            QTest::newRow(qPrintable(QString("n=%1").arg(n))) << n << free[n - 1] << one[n - 1];
    }
    void polyominoCounts() {
        QFETCH(int, cells);
        QFETCH(int, free);
        QFETCH(int, oneSided);
        QCOMPARE(int(polyominoClasses(cells, false).size()), free);
        QCOMPARE(int(polyominoClasses(cells, true).size()), oneSided);
        // Distinct canonical forms.
        std::set<Polyomino> seen;
        for (const auto& c : polyominoClasses(cells, true))
            QVERIFY(seen.insert(c.cells).second);
    }

    void polyominoNames() {
        QStringList names;
        for (const auto& c : polyominoClasses(4, true))
            names << QString::fromStdString(c.name);
        QCOMPARE(names, (QStringList{"I", "O", "T", "S", "Z", "L", "J"}));
        names.clear();
        for (const auto& c : polyominoClasses(5, false))
            names << QString::fromStdString(c.name);
        QCOMPARE(names.join(""), QString("FILNPTUVWXYZ"));
        // S and Z are mirror images: one free class, two one-sided classes.
        const Polyomino S{{1, 0}, {2, 0}, {0, 1}, {1, 1}}, Z{{0, 0}, {1, 0}, {1, 1}, {2, 1}};
        QCOMPARE(canonicalPolyomino(S, false), canonicalPolyomino(Z, false));
        QVERIFY(canonicalPolyomino(S, true) != canonicalPolyomino(Z, true));
        QVERIFY_THROWS_EXCEPTION(Error, polyominoClasses(8, false));
    }

    void polyominoImagesDeterministic() {
        PolyominoParams p;
        p.samples = 64;
        p.noise = 0.1;
        const auto a = makePolyominoImages(p, 5), b = makePolyominoImages(p, 5),
                   c = makePolyominoImages(p, 6);
        QCOMPARE(a.X, b.X);
        QCOMPARE(a.Y, b.Y);
        QVERIFY(a.X != c.X);
        QCOMPARE(a.inputRep, std::string("grid:9"));
        QCOMPARE(a.imageHeight, 9);
        QCOMPARE(a.imageWidth, 9);
        QCOMPARE(a.imageChannels, 1);
        QCOMPARE(a.classes, 5);
        PolyominoParams bad = p;
        bad.size = 8;
        QVERIFY_THROWS_EXCEPTION(Error, makePolyominoImages(bad, 1));
        bad = p;
        bad.group = "S3";
        QVERIFY_THROWS_EXCEPTION(Error, makePolyominoImages(bad, 1));
    }

    // Every image shows its class; every group element maps it to an image of the same class.
    void polyominoLabelsInvariant_data() {
        QTest::addColumn<QString>("group");
        QTest::addColumn<int>("cells");
        QTest::addColumn<int>("size");
        QTest::newRow("D4 tetrominoes 9x9") << "D4" << 4 << 9;
        QTest::newRow("C4 tetrominoes 7x7") << "C4" << 4 << 7;
        QTest::newRow("D4 pentominoes 9x9") << "D4" << 5 << 9;
        QTest::newRow("C4 pentominoes 11x11") << "C4" << 5 << 11;
    }
    void polyominoLabelsInvariant() {
        QFETCH(QString, group);
        QFETCH(int, cells);
        QFETCH(int, size);
        PolyominoParams p;
        p.group = group.toStdString();
        p.cells = cells;
        p.size = size;
        p.samples = 200;
        const bool oneSided = p.group == "C4";
        const auto task = makePolyominoImages(p, 3);
        const auto classes = polyominoClasses(cells, oneSided);
        const auto G = groups::makeGroup(task.group);
        const auto grid = groups::makeRepresentation(G, task.inputRep);
        std::set<int> seen;
        for (Eigen::Index s = 0; s < task.X.cols(); ++s) {
            const int label = int(task.Y(0, s));
            seen.insert(label);
            QCOMPARE(task.X.col(s).sum(), double(cells));
            for (int g = 0; g < G->order(); ++g) {
                const Eigen::VectorXd moved = grid.matrix(g) * task.X.col(s);
                QCOMPARE(
                    classOf(classes, canonicalPolyomino(polyominoOfImage(moved, size), oneSided)),
                    label);
            }
        }
        QCOMPARE(int(seen.size()), int(classes.size()));
        if (oneSided) {
            // Not invariant under flips: D4's s maps a sample of a chiral class to its mirror.
            const auto D4 = groups::makeGroup("D4");
            const auto flip = groups::gridRep(D4, size).matrix(4);
            int changed = 0;
            for (Eigen::Index s = 0; s < task.X.cols(); ++s) {
                const Eigen::VectorXd moved = flip * task.X.col(s);
                const int k =
                    classOf(classes, canonicalPolyomino(polyominoOfImage(moved, size), true));
                changed += k != int(task.Y(0, s)) ? 1 : 0;
            }
            QVERIFY(changed > 0);
        }
    }

    // Rotating by a multiple of 90° is exactly the grid:n permutation (with channels: grid:n*C).
    void rotationExactAtQuarterTurns_data() {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("channels");
        QTest::newRow("7x7") << 7 << 1;
        QTest::newRow("6x6") << 6 << 1;
        QTest::newRow("5x5, 3 channels") << 5 << 3;
    }
    void rotationExactAtQuarterTurns() {
        QFETCH(int, n);
        QFETCH(int, channels);
        const auto C4 = groups::makeGroup("C4");
        const auto rep = groups::makeRepresentation(
            C4, "grid:" + std::to_string(n) + "*" + std::to_string(channels));
        Rng rng(4);
        Eigen::MatrixXd X(n * n * channels, 3);
        for (Eigen::Index i = 0; i < X.size(); ++i)
            X(i) = rng.normal();
        for (int k = -4; k <= 8; ++k) {
            const Eigen::MatrixXd expected = rep.matrix(((k % 4) + 4) % 4) * X;
            QCOMPARE(rotateImages(X, n, channels, 90.0 * k), expected);
        }
        QVERIFY_THROWS_EXCEPTION(Error, rotateImages(X, n + 1, channels, 10.0));
    }

    // In between, a blob moves counter-clockwise to the rotated position, blurred only a little.
    void rotationDirection() {
        const int n = 21;
        const double x = 5.0, y = 2.0;
        for (double deg : {30.0, 45.0, 130.0}) {
            const double a = deg * M_PI / 180.0;
            const Eigen::VectorXd rotated = rotateImages(blob(n, x, y, 1.6), n, 1, deg);
            const Eigen::VectorXd right =
                blob(n, std::cos(a) * x - std::sin(a) * y, std::sin(a) * x + std::cos(a) * y, 1.6);
            const Eigen::VectorXd wrong =
                blob(n, std::cos(a) * x + std::sin(a) * y, -std::sin(a) * x + std::cos(a) * y, 1.6);
            const double err = (rotated - right).norm() / right.norm();
            qInfo("%.0f degrees: relative error %.4f (wrong direction %.2f)", deg, err,
                  (rotated - wrong).norm() / wrong.norm());
            QVERIFY(err < 0.05);
            QVERIFY((rotated - wrong).norm() / wrong.norm() > 0.5);
        }
        // 45° is not a permutation of pixels: a single pixel spreads over several.
        Eigen::VectorXd dot = Eigen::VectorXd::Zero(n * n);
        dot(3 * n + 4) = 1.0;
        const Eigen::VectorXd r = rotateImages(dot, n, 1, 45.0);
        QVERIFY((r.array() > 1e-12).count() > 1);
        QVERIFY(r.maxCoeff() < 1.0);
    }

    void glyphsDeterministic() {
        GlyphParams p;
        p.samples = 48;
        const auto a = makeGlyphImages(p, 9), b = makeGlyphImages(p, 9), c = makeGlyphImages(p, 10);
        QCOMPARE(a.X, b.X);
        QCOMPARE(a.Y, b.Y);
        QVERIFY(a.X != c.X);
        QCOMPARE(a.classes, 6);
        QCOMPARE(a.inputRep, std::string("grid:15"));
        QVERIFY(a.X.minCoeff() >= 0.0 && a.X.maxCoeff() <= 1.0);
        std::set<int> labels;
        for (Eigen::Index s = 0; s < a.Y.cols(); ++s)
            labels.insert(int(a.Y(0, s)));
        QCOMPARE(int(labels.size()), 6);
        p.size = 3;
        QVERIFY_THROWS_EXCEPTION(Error, makeGlyphImages(p, 1));
    }

    // The rasteriser depends on distances only, so drawing at θ + 90° is the grid rotation of
    // drawing at θ, to round-off, for any θ, pose and grid size.
    void glyphRotationMatchesGrid() {
        for (int n : {15, 16}) {
            const auto rep = groups::gridRep(groups::makeGroup("C4"), n);
            for (int cls = 0; cls < 6; ++cls)
                for (double deg : {0.0, 17.0, 250.5}) {
                    GlyphPose pose{deg, 0.93, 0.05, -0.04, 0.17};
                    const Eigen::VectorXd base = renderGlyph(cls, n, pose);
                    QVERIFY(base.sum() > 5.0);  // there is ink
                    for (int k = 1; k < 4; ++k) {
                        pose.degrees = deg + 90.0 * k;
                        const double err = (renderGlyph(cls, n, pose) - rep.matrix(k) * base)
                                               .cwiseAbs()
                                               .maxCoeff();
                        QVERIFY2(err < 1e-12, qPrintable(QString("class %1, %2 + %3*90 degrees: %4")
                                                             .arg(cls)
                                                             .arg(deg)
                                                             .arg(k)
                                                             .arg(err)));
                    }
                }
        }
    }

    // No glyph is a rotation of another: the distance to every rotation of another class is large.
    void glyphClassesDistinct() {
        const int n = 15;
        for (int a = 0; a < 6; ++a) {
            const Eigen::VectorXd upright = renderGlyph(a, n, {});
            for (int b = 0; b < 6; ++b) {
                if (a == b)
                    continue;
                double best = 1e300;
                for (int deg = 0; deg < 360; deg += 5)
                    best = std::min(best, (renderGlyph(b, n, {double(deg)}) - upright).norm());
                QVERIFY2(best > 0.3 * upright.norm(),
                         qPrintable(QString("%1 vs %2: %3").arg(a).arg(b).arg(best)));
            }
        }
    }
};

EQLAB_TEST_APPLESS_MAIN(TestImageTasks)
#include "test_image_tasks.moc"
