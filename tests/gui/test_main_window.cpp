// GUI flow: open the default lesson, check the orbit view, switch groups, type a bad name.
// Any Qt warning during the flow fails the test.

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QSettings>
#include <QTest>

#include <QTableWidget>
#include "app/lessons.h"
#include "app/main_window.h"
#include "app/weight_sharing_solver.h"
#include "compute/groups/catalogue.h"
#include "gui/window_suite.h"
#include "suite/suite.h"
#include "widgets/cayley_table_view.h"
#include "widgets/group_panel.h"
#include "widgets/group_view.h"
#include "widgets/matrix_pattern_view.h"
#include "widgets/orbit_view.h"
#include "widgets/vtk_view.h"
#include "widgets/weight_sharing_view.h"

using eqlab::tests::warnings;

namespace {}  // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    // Presentation mode's large fonts must not let the experiment and lesson docks take half of
    // the window: they are sized to about a fifth each.
    void presentationModeKeepsTheSideDocksNarrow() {
        // A first start: no arrangement saved by the windows of the tests before (the test-mode
        // settings of QtTest, not the user's).
        QSettings(QStringLiteral("eqlab"), QStringLiteral("eqlab")).clear();
        eqlab::app::MainWindow window;
        window.setTheme(false, true);  // as `eqlab --presentation` starts
        QVERIFY(window.openLessonNamed(QStringLiteral("group-convolution")));  // long run lines
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* experiment = window.findChild<QDockWidget*>(QStringLiteral("experiment"));
        auto* lesson = window.findChild<QDockWidget*>(QStringLiteral("lesson"));
        QVERIFY(experiment && lesson);
        QTest::qWait(500);  // the layout settles over a few turns (the docks grew only then)
        QVERIFY2(experiment->width() <= window.width() / 4 && lesson->width() <= window.width() / 4,
                 qPrintable(QStringLiteral("docks %1 and %2 px of %3")
                                .arg(experiment->width())
                                .arg(lesson->width())
                                .arg(window.width())));
        QVERIFY(window.centralWidget()->width() >= window.width() / 2);
        window.setTheme(false, false);  // the application font is global: back for other tests
        QSettings(QStringLiteral("eqlab"), QStringLiteral("eqlab")).clear();
    }

    void init() { warnings.clear(); }
    void cleanup() { QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join('\n'))); }

    void orbitsLessonShowsTheIcosahedralOrbit() {
        const auto lesson = eqlab::app::loadLesson(QStringLiteral("orbits"));
        QVERIFY(lesson.has_value());
        eqlab::app::MainWindow window;
        window.openLesson(*lesson);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.orbitView()->pointCount(), 60);
        // One edge per element and generator: the Cayley graph drawn on the orbit.
        const auto generators = eqlab::groups::makeGroup("I")->generators().size();
        QCOMPARE(window.orbitView()->edgeCount(), static_cast<int>(60 * generators));
        QTRY_VERIFY(window.orbitView()->framesPainted() > 0);
    }

    void pickingAGroupShowsOnePointPerElement_data() {
        QTest::addColumn<QString>("group");
        QTest::addColumn<int>("order");
        QTest::newRow("C4") << "C4" << 4;
        QTest::newRow("D6") << "D6" << 12;
        QTest::newRow("T") << "T" << 12;
        QTest::newRow("O") << "O" << 24;
        QTest::newRow("I") << "I" << 60;
    }

    void pickingAGroupShowsOnePointPerElement() {
        QFETCH(QString, group);
        QFETCH(int, order);
        eqlab::app::MainWindow window;
        window.openLesson(*eqlab::app::loadLesson(QStringLiteral("orbits")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* picker = window.groupPanel()->findChild<QComboBox*>();
        QVERIFY(picker);
        picker->setCurrentText(group);  // as a user typing or picking
        QCOMPARE(window.orbitView()->pointCount(), order);
    }

    void switchingDimensionStartsFromAGenericPoint() {
        eqlab::app::MainWindow window;
        window.openLesson(*eqlab::app::loadLesson(QStringLiteral("orbits")));  // I on R^3
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectGroup(QStringLiteral("D4")));  // D4 on R^2: new point editors
        QCOMPARE(window.groupPanel()->point().size(), 2);
        QVERIFY2(window.orbitView()->scene().title.contains(QStringLiteral("orbit of 8 points")),
                 qPrintable(window.orbitView()->scene().title));
    }

    void groupViewShowsGraphTableAndCharacters_data() {
        QTest::addColumn<QString>("group");
        QTest::addColumn<int>("order");
        QTest::addColumn<int>("classes");
        QTest::newRow("D4") << "D4" << 8 << 5;
        QTest::newRow("Q8") << "Q8" << 8 << 5;
        QTest::newRow("I") << "I" << 60 << 5;
        QTest::newRow("C3xC4") << "C3xC4" << 12 << 12;
    }

    void groupViewShowsGraphTableAndCharacters() {
        QFETCH(QString, group);
        QFETCH(int, order);
        QFETCH(int, classes);
        eqlab::app::MainWindow window;
        window.openLesson(*eqlab::app::loadLesson(QStringLiteral("orbits")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectGroup(group));
        QVERIFY(window.showView(QStringLiteral("group")));
        auto* view = window.groupView();
        const auto generators = eqlab::groups::makeGroup(group.toStdString())->generators().size();
        QCOMPARE(view->cayleyGraphView()->pointCount(), order);
        QCOMPARE(view->cayleyGraphView()->edgeCount(), static_cast<int>(order * generators));
        QCOMPARE(view->tableView()->order(), order);
        QCOMPARE(view->characterTableView()->rowCount(), classes);
        QCOMPARE(view->characterTableView()->columnCount(), classes);
        // The trivial character: 1 on every class; the identity's column: the dimensions.
        int sumOfSquares = 0;
        for (int j = 0; j < classes; ++j) {
            QCOMPARE(view->characterTableView()->item(0, j)->text(), QStringLiteral("1"));
        }
        for (int i = 0; i < classes; ++i) {
            const int dim = view->characterTableView()->item(i, 0)->text().toInt();
            sumOfSquares += dim * dim;
        }
        QCOMPARE(sumOfSquares, order);
    }

    void weightSharingViewShowsTheBasis_data() {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::addColumn<int>("dimension");
        QTest::addColumn<int>("rows");
        QTest::newRow("S4 perm") << "S4"
                                 << "perm"
                                 << "perm" << 2 << 4;
        QTest::newRow("D4 square") << "D4"
                                   << "perm"
                                   << "perm" << 3 << 4;
        QTest::newRow("C4 square") << "C4"
                                   << "perm"
                                   << "perm" << 4 << 4;
        QTest::newRow("O std to std*std") << "O"
                                          << "std"
                                          << "std*std" << 1 << 9;
        QTest::newRow("D4 grid:28") << "D4"
                                    << "grid:28"
                                    << "grid:28" << 77028 << 784;
    }

    void weightSharingViewShowsTheBasis() {
        QFETCH(QString, group);
        QFETCH(QString, in);
        QFETCH(QString, out);
        QFETCH(int, dimension);
        QFETCH(int, rows);
        eqlab::app::MainWindow window;
        window.openLesson(*eqlab::app::loadLesson(QStringLiteral("orbits")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectGroup(group));
        auto* view = window.weightSharingView();
        view->setRepresentations(in, out);
        emit view->representationsChanged(in, out);
        // Solved on a pool thread: the view says so at once, the answer follows.
        QVERIFY2(view->summaryText().contains(QStringLiteral("Solving")),
                 qPrintable(view->summaryText()));
        QTRY_VERIFY_WITH_TIMEOUT(!window.weightSharingSolver()->busy(), 60000);
        QVERIFY2(view->summaryText().contains(QStringLiteral("<b>%1</b> free").arg(dimension)),
                 qPrintable(view->summaryText()));
        const QImage& cells = view->matrixView()->cellImage();
        QCOMPARE(cells.height(), rows);
        if (dimension <= 4) {  // the picture has exactly one colour per basis element
            QSet<QRgb> colours;
            for (int y = 0; y < cells.height(); ++y) {
                for (int x = 0; x < cells.width(); ++x) {
                    colours.insert(cells.pixel(x, y));
                }
            }
            QCOMPARE(colours.size(), dimension + (group == "O" ? 1 : 0));  // O: zero cells too
        }
    }

    void aBadRepresentationIsReportedInTheView() {
        eqlab::app::MainWindow window;
        window.openLesson(*eqlab::app::loadLesson(QStringLiteral("orbits")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* view = window.weightSharingView();
        view->setRepresentations(QStringLiteral("std**"), QStringLiteral("std"));
        emit view->representationsChanged(QStringLiteral("std**"), QStringLiteral("std"));
        QTRY_VERIFY_WITH_TIMEOUT(!window.weightSharingSolver()->busy(), 60000);
        QVERIFY2(view->summaryText().contains(QStringLiteral("Cannot solve")) &&
                     view->summaryText().contains(QStringLiteral("std**")),
                 qPrintable(view->summaryText()));
    }

    // A slow solve (a dense 784-dimensional pair) superseded by a quick one: the window stays
    // responsive meanwhile, and the late result of the slow one does not overwrite the new one.
    void theNewestWeightSharingRequestWins() {
        eqlab::app::MainWindow window;
        window.openLesson(*eqlab::app::loadLesson(QStringLiteral("orbits")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectGroup(QStringLiteral("D4")));
        QTRY_VERIFY_WITH_TIMEOUT(!window.weightSharingSolver()->busy(), 60000);
        auto* view = window.weightSharingView();
        view->setRepresentations(QStringLiteral("grid:28"), QStringLiteral("grid:28"));
        emit view->representationsChanged(view->inRepresentation(), view->outRepresentation());
        view->setRepresentations(QStringLiteral("perm"), QStringLiteral("perm"));
        emit view->representationsChanged(view->inRepresentation(), view->outRepresentation());
        QVERIFY(window.weightSharingSolver()->busy());
        QTRY_VERIFY_WITH_TIMEOUT(!window.weightSharingSolver()->busy(), 60000);
        QVERIFY2(view->summaryText().contains(QStringLiteral("<b>3</b> free")),
                 qPrintable(view->summaryText()));
        QCOMPARE(view->matrixView()->cellImage().height(), 4);
    }

    void aBadGroupNameKeepsTheLastGoodOrbit() {
        eqlab::app::MainWindow window;
        window.openLesson(*eqlab::app::loadLesson(QStringLiteral("orbits")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* picker = window.groupPanel()->findChild<QComboBox*>();
        picker->setCurrentText(QStringLiteral("Z9"));
        QCOMPARE(window.orbitView()->pointCount(), 60);
        QVERIFY(!window.selectGroup(QStringLiteral("D0")));
    }
};

EQLAB_TEST_SUITE_MAIN(eqlab::tests::runWindowSuite<TestMainWindow>)

#include "test_main_window.moc"
