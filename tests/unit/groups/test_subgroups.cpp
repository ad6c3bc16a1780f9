// The subgroup lattice: numbers of subgroups and of their conjugacy classes for known groups,
// Lagrange, closure, generating sets, names, and the covering relation.

#include <QTest>

#include <chrono>
#include <set>

#include "compute/core/error.h"
#include "compute/groups/catalogue.h"
#include "compute/groups/subgroups.h"
#include "suite/suite.h"

using namespace eqlab::groups;

namespace {

// The subgroups named `name`.
std::vector<const Subgroup*> named(const SubgroupLattice& l, const std::string& name) {
    std::vector<const Subgroup*> out;
    for (const Subgroup& s : l.subgroups) {
        if (s.name == name)
            out.push_back(&s);
    }
    return out;
}

int indexOf(const SubgroupLattice& l, const std::vector<int>& elements) {
    for (size_t i = 0; i < l.subgroups.size(); ++i) {
        if (l.subgroups[i].elements == elements)
            return static_cast<int>(i);
    }
    return -1;
}

}  // namespace

class TestSubgroups : public QObject {
    Q_OBJECT
private slots:
    void counts_data() {
        QTest::addColumn<QString>("group");
        QTest::addColumn<int>("subgroups");
        QTest::addColumn<int>("classes");
        QTest::newRow("C1") << "C1" << 1 << 1;
        QTest::newRow("C12") << "C12" << 6 << 6;
        QTest::newRow("D4") << "D4" << 10 << 8;
        QTest::newRow("Q8") << "Q8" << 6 << 6;
        QTest::newRow("S3") << "S3" << 6 << 4;
        QTest::newRow("D6") << "D6" << 16 << 10;
        QTest::newRow("A4") << "A4" << 10 << 5;
        QTest::newRow("T") << "T" << 10 << 5;
        QTest::newRow("S4") << "S4" << 30 << 11;
        QTest::newRow("O") << "O" << 30 << 11;
        QTest::newRow("A5") << "A5" << 59 << 9;
        QTest::newRow("I") << "I" << 59 << 9;
        QTest::newRow("S5") << "S5" << 156 << 19;
        QTest::newRow("C2xC2xC2") << "C2xC2xC2" << 16 << 16;
        QTest::newRow("S6") << "S6" << 1455 << 56;
    }
    void counts() {
        QFETCH(QString, group);
        QFETCH(int, subgroups);
        QFETCH(int, classes);
        const GroupPtr g = makeGroup(group.toStdString());
        const auto start = std::chrono::steady_clock::now();
        const SubgroupLattice l = subgroupLattice(*g);
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        qInfo("%s: %zu subgroups, %d classes, %zu covers in %.3f s", qPrintable(group),
              l.subgroups.size(), l.numClasses, l.covers.size(), seconds);
        QCOMPARE(static_cast<int>(l.subgroups.size()), subgroups);
        QCOMPARE(l.numClasses, classes);
        QCOMPARE(l.subgroups.front().order, 1);
        QCOMPARE(l.subgroups.back().order, g->order());
        QVERIFY(l.subgroups.back().normal);
        for (size_t i = 0; i < l.subgroups.size(); ++i) {
            const Subgroup& s = l.subgroups[i];
            QCOMPARE(g->order() % s.order, 0);  // Lagrange
            QCOMPARE(static_cast<int>(s.elements.size()), s.order);
            QVERIFY(std::is_sorted(s.elements.begin(), s.elements.end()));
            for (int a : s.elements) {  // closed under products
                for (int b : s.elements)
                    QVERIFY(std::binary_search(s.elements.begin(), s.elements.end(),
                                               g->multiply(a, b)));
            }
            QCOMPARE(g->subgroupGeneratedBy(s.generators), s.elements);
            QCOMPARE(s.generatorLabels.size(), s.generators.size());
            QVERIFY(s.generators.size() <= 4);
            if (i > 0) {
                const Subgroup& p = l.subgroups[i - 1];
                QVERIFY(p.order < s.order || (p.order == s.order && p.elements < s.elements));
            }
        }
        // Conjugate subgroups have the same name; a normal one is alone in its class.
        for (const auto& members : l.classMembers()) {
            QVERIFY(!members.empty());
            for (int j : members) {
                QCOMPARE(l.subgroups[static_cast<size_t>(j)].name,
                         l.subgroups[static_cast<size_t>(members[0])].name);
                QCOMPARE(l.subgroups[static_cast<size_t>(j)].normal, members.size() == 1);
            }
        }
    }

    void coversHaveNothingBetween_data() {
        QTest::addColumn<QString>("group");
        for (const char* name : {"D4", "S4", "Q8", "D6", "A5"})
            QTest::newRow(name) << name;
    }
    void coversHaveNothingBetween() {
        QFETCH(QString, group);
        const SubgroupLattice l = subgroupLattice(*makeGroup(group.toStdString()));
        const int n = static_cast<int>(l.subgroups.size());
        std::set<std::pair<int, int>> covers(l.covers.begin(), l.covers.end());
        // Brute force: h ⊂ k is a cover exactly when no m lies strictly between.
        for (int h = 0; h < n; ++h) {
            for (int k = 0; k < n; ++k) {
                if (h == k || !l.contains(k, h))
                    continue;
                bool between = false;
                for (int m = 0; m < n && !between; ++m)
                    between = m != h && m != k && l.contains(m, h) && l.contains(k, m);
                QCOMPARE(covers.count({h, k}) == 1, !between);
            }
        }
        for (auto [h, k] : l.covers)
            QVERIFY(l.contains(k, h) && h != k);
    }

    void dihedralD4() {
        const GroupPtr g = makeGroup("D4");  // element k + 4j is r^k s^j
        const SubgroupLattice l = subgroupLattice(*g);
        QCOMPARE(static_cast<int>(l.covers.size()), 15);
        const int rotations = indexOf(l, {0, 1, 2, 3});
        QVERIFY(rotations >= 0);
        QCOMPARE(l.subgroups[static_cast<size_t>(rotations)].name, std::string("C4"));
        QVERIFY(l.subgroups[static_cast<size_t>(rotations)].normal);
        // The two Klein four-subgroups {e, r², s, r²s} and {e, r², rs, r³s}: one name, each
        // normal (index 2), so in classes of their own.
        const auto klein = named(l, "C2xC2");
        QCOMPARE(static_cast<int>(klein.size()), 2);
        QCOMPARE(klein[0]->elements, (std::vector<int>{0, 2, 4, 6}));
        QCOMPARE(klein[1]->elements, (std::vector<int>{0, 2, 5, 7}));
        QVERIFY(klein[0]->normal && klein[1]->normal);
        QVERIFY(klein[0]->conjugacyClass != klein[1]->conjugacyClass);
        // The reflections {e, s} and {e, r²s} are conjugate (by r), {e, rs} and {e, r³s} too.
        const int s = indexOf(l, {0, 4}), r2s = indexOf(l, {0, 6}), rs = indexOf(l, {0, 5});
        QCOMPARE(l.subgroups[static_cast<size_t>(s)].conjugacyClass,
                 l.subgroups[static_cast<size_t>(r2s)].conjugacyClass);
        QVERIFY(l.subgroups[static_cast<size_t>(s)].conjugacyClass !=
                l.subgroups[static_cast<size_t>(rs)].conjugacyClass);
        QVERIFY(!l.subgroups[static_cast<size_t>(s)].normal);
        QCOMPARE(static_cast<int>(named(l, "C2").size()), 5);
        QCOMPARE(l.subgroups.back().name, std::string("D4"));
        QCOMPARE(l.subgroups.back().generatorLabels.size(), size_t{2});
        QCOMPARE(l.subgroups[static_cast<size_t>(rotations)].generatorLabels,
                 (std::vector<std::string>{g->elementLabel(1)}));
    }

    void namesInS4() {
        const SubgroupLattice l = subgroupLattice(*makeGroup("S4"));
        const auto a4 = named(l, "A4");
        QCOMPARE(static_cast<int>(a4.size()), 1);
        QCOMPARE(a4[0]->order, 12);
        QVERIFY(a4[0]->normal && a4[0]->nameProven);
        const auto sylow = named(l, "D4");  // the Sylow 2-subgroups: three conjugate D4
        QCOMPARE(static_cast<int>(sylow.size()), 3);
        for (const Subgroup* s : sylow) {
            QCOMPARE(s->order, 8);
            QVERIFY(!s->normal);
            QCOMPARE(s->conjugacyClass, sylow[0]->conjugacyClass);
        }
        QCOMPARE(static_cast<int>(named(l, "S3").size()), 0);  // S3 is D3 here
        QCOMPARE(static_cast<int>(named(l, "D3").size()), 4);
        QCOMPARE(static_cast<int>(named(l, "C4").size()), 3);
        QCOMPARE(static_cast<int>(named(l, "C2xC2").size()), 4);  // the normal one and 3 others
        QCOMPARE(static_cast<int>(named(l, "C3").size()), 4);
        QCOMPARE(l.subgroups.back().name, std::string("S4"));
        for (const Subgroup& s : l.subgroups)
            QVERIFY2(s.nameProven, s.name.c_str());
    }

    void namesOfOtherGroups() {
        QCOMPARE(subgroupLattice(*makeGroup("O")).subgroups.back().name, std::string("S4"));
        QCOMPARE(subgroupLattice(*makeGroup("I")).subgroups.back().name, std::string("A5"));
        QCOMPARE(subgroupLattice(*makeGroup("T")).subgroups.back().name, std::string("A4"));
        QCOMPARE(subgroupLattice(*makeGroup("Q8")).subgroups.back().name, std::string("Q8"));
        QCOMPARE(subgroupLattice(*makeGroup("C3xC4")).subgroups.back().name, std::string("C12"));
        QCOMPARE(subgroupLattice(*makeGroup("C2xC6")).subgroups.back().name, std::string("C2xC6"));
        QCOMPARE(subgroupLattice(*makeGroup("C2xC2xC4")).subgroups.back().name,
                 std::string("C2xC2xC4"));
        QCOMPARE(subgroupLattice(*makeGroup("V4")).subgroups.back().name, std::string("C2xC2"));
        QCOMPARE(subgroupLattice(*makeGroup("S3xC2")).subgroups.back().name, std::string("D6"));
        // No structural name: the whole group keeps its own, its proper subgroups say the order.
        const SubgroupLattice d3s3 = subgroupLattice(*makeGroup("D3xS3"));
        QCOMPARE(d3s3.subgroups.back().name, std::string("D3xS3"));
        const auto s5 = subgroupLattice(*makeGroup("S5"));
        QCOMPARE(s5.subgroups.back().name, std::string("S5"));
        QVERIFY(!s5.subgroups.back().nameProven);
        QCOMPARE(static_cast<int>(named(s5, "A5").size()), 1);
        QCOMPARE(static_cast<int>(named(s5, "S4").size()), 5);
        QCOMPARE(static_cast<int>(named(s5, "order 20").size()), 6);  // the Frobenius groups
    }

    void refusesTooLargeGroups() {
        try {
            subgroupLattice(*makeGroup("A7"));
            QFAIL("A7 accepted");
        } catch (const eqlab::Error& e) {
            QCOMPARE(e.kind(), eqlab::ErrorKind::Unsupported);
            QVERIFY2(QString(e.what()).contains("720"), e.what());
        }
        try {
            subgroupLattice(*makeGroup("C2xC2xC2xC2xC2xC2xC2"));
            QFAIL("C2^7 accepted");
        } catch (const eqlab::Error& e) {
            QCOMPARE(e.kind(), eqlab::ErrorKind::Unsupported);
            QVERIFY2(QString(e.what()).contains("more than"), e.what());
        }
    }
};

EQLAB_TEST_APPLESS_MAIN(TestSubgroups)
#include "test_subgroups.moc"
