// GUI flow: open the default lesson, check the orbit view, switch groups, type a bad name.
// Any Qt warning during the flow fails the test.

#include <QApplication>
#include <QComboBox>
#include <QtTest>

#include "app/lessons.h"
#include "app/main_window.h"
#include "compute/groups/catalogue.h"
#include "widgets/group_panel.h"
#include "widgets/orbit_view.h"
#include "widgets/vtk_view.h"

namespace {

QStringList warnings;

void failOnWarnings(QtMsgType type, const QMessageLogContext&, const QString& message) {
    if (type != QtDebugMsg && type != QtInfoMsg) {
        warnings << message;
    }
}

}  // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void init() { warnings.clear(); }
    void cleanup() { QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join('\n'))); }

    void defaultLessonShowsTheIcosahedralOrbit() {
        const auto lesson = eqlab::app::loadLesson(eqlab::app::defaultLessonName());
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

int main(int argc, char** argv) {
    eqlab::widgets::VtkView::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    qInstallMessageHandler(failOnWarnings);
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_main_window.moc"
