// The plain summaries the command line and the views use, and the small JSON reader behind
// custom groups.

#include <QTest>

#include "compute/core/error.h"
#include "compute/core/json.h"
#include "compute/groups/catalogue.h"
#include "compute/groups/summary.h"
#include "suite/suite.h"

using namespace eqlab::groups;
namespace json = eqlab::json;

class TestSummaryJson : public QObject {
    Q_OBJECT
private slots:
    void groupSummary_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("order");
        QTest::addColumn<QList<int>>("classSizes");
        QTest::addColumn<QList<int>>("irrepDims");
        QTest::addColumn<bool>("abelian");
        QTest::newRow("D4") << "D4" << 8 << QList<int>{1, 2, 1, 2, 2} << QList<int>{1, 1, 1, 1, 2}
                            << false;
        QTest::newRow("Q8") << "Q8" << 8 << QList<int>{1, 2, 2, 1, 2} << QList<int>{1, 1, 1, 1, 2}
                            << false;
        QTest::newRow("I") << "I" << 60 << QList<int>{1, 20, 15, 12, 12}
                           << QList<int>{1, 3, 3, 4, 5} << false;
        QTest::newRow("C3xC4") << "C3xC4" << 12 << QList<int>(12, 1) << QList<int>(12, 1) << true;
    }
    void groupSummary() {
        QFETCH(QString, name);
        QFETCH(int, order);
        QFETCH(QList<int>, classSizes);
        QFETCH(QList<int>, irrepDims);
        QFETCH(bool, abelian);
        const GroupPtr g = makeGroup(name.toStdString());
        const GroupSummary s = summarizeGroup(*g);
        QCOMPARE(s.name, name.toStdString());
        QCOMPARE(s.order, order);
        QCOMPARE(s.abelian, abelian);
        QCOMPARE(s.numClasses, static_cast<int>(classSizes.size()));
        // Class sizes as a multiset (the order of classes is by smallest element).
        QList<int> sizes(s.classSizes.begin(), s.classSizes.end());
        std::sort(sizes.begin(), sizes.end());
        std::sort(classSizes.begin(), classSizes.end());
        QCOMPARE(sizes, classSizes);
        QCOMPARE(QList<int>(s.irrepDims.begin(), s.irrepDims.end()), irrepDims);
        QCOMPARE(static_cast<int>(s.characterTable.size()), s.numClasses);
        QCOMPARE(static_cast<int>(s.elementLabels.size()), order);
        QCOMPARE(static_cast<int>(s.cayleyEdges.size()),
                 order * static_cast<int>(s.generators.size()));
        for (const auto& e : s.cayleyEdges) {
            QCOMPARE(e.to, g->multiply(e.from, g->generators()[static_cast<size_t>(e.generator)]));
        }
    }

    void basisSummary() {
        const GroupPtr d4 = makeGroup("D4");
        const Representation grid = makeRepresentation(d4, "grid:28");
        const BasisSummary big = summarizeBasis(grid, grid, true);
        QCOMPARE(big.method, std::string("orbits"));
        QCOMPARE(big.dimension, big.characterDimension);
        QCOMPARE(big.dimension, 77028);
        QCOMPARE(big.orbitOf.size(), size_t(784 * 784));
        QVERIFY(!big.basis.has_value());  // too large densely: orbit data only
        const Representation stdr = makeRepresentation(d4, "std"),
                             perm = makeRepresentation(d4, "perm");
        const BasisSummary small = summarizeBasis(stdr, perm, true);
        QCOMPARE(small.method, std::string("isotypic"));
        QCOMPARE(small.dimension, 1);
        QCOMPARE(small.characterDimension, 1);
        QVERIFY(small.basis.has_value());
        QCOMPARE(small.basis->matrix(0).rows(), Eigen::Index(4));
        const BasisSummary pp = summarizeBasis(perm, perm, true);
        QCOMPARE(pp.dimension, 3);
        QVERIFY(pp.basis.has_value());
        QCOMPARE(pp.orbitSize, (std::vector<int>{4, 8, 4}));
    }

    void jsonValues() {
        // A plain string literal on purpose: moc misreads raw strings that contain \".
        const json::Value v = json::parse(
            " {\"a\": [1, -2.5e1, true, false, null],\n"
            "  \"s\": \"q\\\"\\\\\\/\\n\\u00e9\\ud83d\\ude00\", \"o\": {}} ");
        QVERIFY(v.isObject());
        const auto& a = v.find("a")->asArray();
        QCOMPARE(a.size(), size_t(5));
        QCOMPARE(a[0].asNumber(), 1.0);
        QCOMPARE(a[1].asNumber(), -25.0);
        QCOMPARE(a[2].asBool(), true);
        QVERIFY(a[4].isNull());
        QCOMPARE(v.find("s")->asString(), std::string("q\"\\/\n\xC3\xA9\xF0\x9F\x98\x80"));
        QVERIFY(v.find("o")->asObject().empty());
        QVERIFY(v.find("missing") == nullptr);
    }

    void jsonErrors_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mention");
        QTest::newRow("empty") << ""
                               << "expected a value";
        QTest::newRow("trailing") << "[1] 2"
                                  << "expected end of document";
        QTest::newRow("comma") << "[1,]"
                               << "expected a value";
        QTest::newRow("unterminated") << "\"abc"
                                      << "unterminated string";
        QTest::newRow("bad key") << "{1: 2}"
                                 << "member name";
        QTest::newRow("missing colon") << "{\"a\" 2}"
                                       << "expected ':'";
        QTest::newRow("line 2") << "[1,\n  x]"
                                << "line 2, column 3";
        QTest::newRow("number") << "-"
                                << "expected a digit";
        QTest::newRow("deep") << QString(300, '[') << "nesting too deep";
    }
    void jsonErrors() {
        QFETCH(QString, text);
        QFETCH(QString, mention);
        try {
            json::parse(text.toStdString());
            QFAIL("expected an error");
        } catch (const eqlab::Error& e) {
            QCOMPARE(e.kind(), eqlab::ErrorKind::Parse);
            QVERIFY2(QString(e.detail()).contains(mention), e.detail());
        }
        try {
            json::parse("[1]").asArray()[0].asString();
            QFAIL("expected a type error");
        } catch (const eqlab::Error& e) {
            QVERIFY(QString(e.detail()).contains("expected string, found number"));
        }
    }
};

EQLAB_TEST_APPLESS_MAIN(TestSummaryJson)
#include "test_summary_json.moc"
