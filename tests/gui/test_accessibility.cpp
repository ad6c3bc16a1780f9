// Accessibility of the window for keyboard users and for readers of tooltips: every control of
// the lab (a training lesson, each panel and view brought to the front in turn), the explorer, the
// figure export dialog and the lesson browser has a tooltip; F6 / Shift+F6 move the focus into
// each pane shown in turn and back round; Tab from a pane's first control reaches every control of
// that pane before it leaves it. Any Qt warning fails.

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSlider>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>

#include "app/figure_export_dialog.h"
#include "app/lab_views.h"
#include "app/main_window.h"
#include "app/pane_focus.h"
#include "app/training_controller.h"
#include "suite/suite.h"
#include "widgets/lesson_browser.h"
#include "window_suite.h"

using eqlab::app::MainWindow;
using eqlab::tests::warnings;
using State = eqlab::app::TrainingController::State;

namespace {

// A control a user operates (menus are left out: their actions need no tooltip).
bool isControl(const QWidget* w) {
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QComboBox*>(w) ||
           qobject_cast<const QAbstractSpinBox*>(w) || qobject_cast<const QSlider*>(w) ||
           qobject_cast<const QLineEdit*>(w);
}

// The parts Qt builds inside a control (a spin box's or combo box's line edit, a tab bar's scroll
// arrows, a line edit's clear button): the control's own tooltip serves them.
bool isPartOfAControl(const QWidget* w) {
    const QWidget* parent = w->parentWidget();
    return parent &&
           (qobject_cast<const QAbstractSpinBox*>(parent) ||
            qobject_cast<const QComboBox*>(parent) || qobject_cast<const QTabBar*>(parent) ||
            qobject_cast<const QLineEdit*>(parent));
}

// "QPushButton 'train' "Train" in ExperimentPanel < QDockWidget 'experiment' < ...".
QString describe(const QWidget* w, const QString& text) {
    QString chain;
    for (const QWidget* p = w->parentWidget(); p && !p->isWindow(); p = p->parentWidget()) {
        chain += QStringLiteral(" < %1").arg(QLatin1String(p->metaObject()->className()));
        if (!p->objectName().isEmpty()) {
            chain += QStringLiteral(" '%1'").arg(p->objectName());
        }
    }
    return QStringLiteral("%1 '%2' \"%3\"%4")
        .arg(QLatin1String(w->metaObject()->className()), w->objectName(), text, chain);
}

QString textOf(const QWidget* w) {
    if (const auto* b = qobject_cast<const QAbstractButton*>(w)) {
        return b->text();
    }
    if (const auto* c = qobject_cast<const QComboBox*>(w)) {
        return c->currentText();
    }
    if (const auto* e = qobject_cast<const QLineEdit*>(w)) {
        return e->placeholderText().isEmpty() ? e->text() : e->placeholderText();
    }
    if (const auto* s = qobject_cast<const QAbstractSpinBox*>(w)) {
        return s->text();
    }
    return {};
}

// Adds to `missing` every control shown in root (and every tab of a tab bar shown) without a
// tooltip.
void collectMissingTooltips(const QWidget* root, QSet<QString>& missing) {
    for (const QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisible()) {
            continue;
        }
        if (isControl(w) && !isPartOfAControl(w) && w->toolTip().isEmpty()) {
            missing << describe(w, textOf(w));
        }
        if (const auto* bar = qobject_cast<const QTabBar*>(w)) {
            for (int i = 0; i < bar->count(); ++i) {
                if (bar->isTabVisible(i) && bar->tabToolTip(i).isEmpty()) {
                    missing << describe(bar, QStringLiteral("tab ") + bar->tabText(i));
                }
            }
        }
    }
}

// Every dock of the window and of its views to the front in turn, collecting.
void collectFromEveryDock(MainWindow& window, QSet<QString>& missing) {
    window.views()->focusOn({});  // every view shown (a lesson hides the ones it does not name)
    QList<QDockWidget*> docks = window.findChildren<QDockWidget*>();
    for (QDockWidget* dock : docks) {
        dock->show();
        dock->raise();
        QCoreApplication::processEvents();
        collectMissingTooltips(&window, missing);
    }
}

QString report(const QSet<QString>& missing) {
    QStringList lines(missing.begin(), missing.end());
    lines.sort();
    return QStringLiteral("%1 controls without a tooltip:\n  ").arg(lines.size()) +
           lines.join(QStringLiteral("\n  "));
}

// The control the focus is in (a spin box for its line edit).
QWidget* focusedControl() {
    QWidget* w = QApplication::focusWidget();
    if (w && isPartOfAControl(w)) {
        return w->parentWidget();
    }
    return w;
}

// The controls of a pane a Tab may stop at: shown, enabled, taking Tab.
QSet<QWidget*> tabStops(QDockWidget* pane) {
    QSet<QWidget*> stops;
    for (QWidget* w : pane->widget()->findChildren<QWidget*>()) {
        // A widget with a focus proxy (a tab widget: its tab bar) hands the focus on.
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus &&
            !isPartOfAControl(w) && !w->focusProxy()) {
            stops << w;
        }
    }
    return stops;
}

void showWindow(MainWindow& window) {
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
}

// A training lesson, trained a few steps so that every view has its controls.
void openTrainedLesson(MainWindow& window) {
    QVERIFY(window.openLessonNamed(QStringLiteral("averaging")));
    QVERIFY(eqlab::tests::waitForState(window.controller(), State::Paused));
    window.controller()->step(5);
    QTRY_VERIFY_WITH_TIMEOUT(
        window.controller()->latest() && window.controller()->latest()->step == 5, 60000);
    QVERIFY(eqlab::tests::waitForState(window.controller(), State::Paused));
    window.views()->flushSnapshots();
    QCoreApplication::processEvents();
}

}  // namespace

class TestAccessibility : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void init() { warnings.clear(); }
    void cleanup() { QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join('\n'))); }

    void everyControlHasATooltip() {
        QSet<QString> missing;
        MainWindow window;
        showWindow(window);
        openTrainedLesson(window);
        collectFromEveryDock(window, missing);
        QVERIFY(window.openLessonNamed(QStringLiteral("orbits")));  // the explorer
        collectFromEveryDock(window, missing);
        QVERIFY(window.openLessonNamed(QStringLiteral("equivariant-basis")));
        collectFromEveryDock(window, missing);

        for (const bool threeD : {false, true}) {
            eqlab::app::FigureExportDialog dialog(threeD, true, &window);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            collectMissingTooltips(&dialog, missing);
        }
        auto* browser = window.showLessonBrowser();
        QVERIFY(QTest::qWaitForWindowExposed(browser));
        collectMissingTooltips(browser, missing);
        browser->close();
        if (!missing.isEmpty()) {
            qInfo("%s", qPrintable(report(missing)));  // in full (a failure message is cut short)
        }
        QVERIFY2(missing.isEmpty(), qPrintable(report(missing)));
    }

    // F6 visits every pane shown once and comes back to the first; Shift+F6 goes the other way.
    void f6MovesTheFocusThroughThePanes() {
        MainWindow window;
        showWindow(window);
        openTrainedLesson(window);
        eqlab::app::PaneFocus* focus = window.findChild<eqlab::app::PaneFocus*>();
        QVERIFY(focus);
        const QList<QDockWidget*> panes = focus->panes();
        // The lab's three panels share a tab: one of them, the lesson, and the lesson's views.
        QVERIFY2(panes.size() >= 4, qPrintable(QString::number(panes.size())));
        QVERIFY(panes.contains(window.findChild<QDockWidget*>(QStringLiteral("lesson"))));
        QVERIFY(panes.contains(window.findChild<QDockWidget*>(QStringLiteral("experiment"))));

        if (QWidget* w = QApplication::focusWidget()) {
            w->clearFocus();  // from outside every pane, F6 goes to the first
        }
        QList<QDockWidget*> visited;
        for (int i = 0; i < panes.size(); ++i) {
            QTest::keyClick(&window, Qt::Key_F6);
            QDockWidget* pane = focus->paneWithFocus();
            QVERIFY2(
                pane,
                qPrintable(QStringLiteral("F6 number %1 left the focus in no pane").arg(i + 1)));
            visited << pane;
        }
        QCOMPARE(visited, panes);  // each once, in reading order
        QTest::keyClick(&window, Qt::Key_F6);
        QCOMPARE(focus->paneWithFocus(), panes.front());  // round again

        QList<QDockWidget*> back;
        for (int i = 0; i < panes.size(); ++i) {
            QTest::keyClick(&window, Qt::Key_F6, Qt::ShiftModifier);
            back.prepend(focus->paneWithFocus());
        }
        // From the first pane, Shift+F6 went to the last, then backwards down to the first.
        QCOMPARE(back, panes);
    }

    // The run list takes Tab now: with the focus in it, S still steps (the window's shortcut goes
    // before the list's type-ahead search).
    void theRunListKeepsTheSingleKeys() {
        MainWindow window;
        showWindow(window);
        openTrainedLesson(window);
        window.showView(QStringLiteral("model"));
        auto* list =
            window.findChild<QDockWidget*>(QStringLiteral("model"))->findChild<QListWidget*>();
        QVERIFY(list && (list->focusPolicy() & Qt::TabFocus));
        list->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(list->hasFocus());
        QTest::keyClick(list, Qt::Key_S);
        QTRY_VERIFY_WITH_TIMEOUT(window.controller()->latest()->step == 6, 60000);
    }

    // From a pane's first control, Tab stops at each of its controls before it leaves the pane.
    void tabReachesEveryControlOfAPane() {
        MainWindow window;
        showWindow(window);
        openTrainedLesson(window);
        window.views()->focusOn({});
        QStringList problems;
        for (QDockWidget* dock : window.findChildren<QDockWidget*>()) {
            dock->show();
            dock->raise();
            QCoreApplication::processEvents();
            const QSet<QWidget*> stops = tabStops(dock);
            QWidget* first = eqlab::app::firstTabStop(dock);
            if (stops.isEmpty()) {
                continue;  // a picture without controls
            }
            if (!first) {
                problems << dock->objectName() + QStringLiteral(": no first control");
                continue;
            }
            first->setFocus(Qt::TabFocusReason);
            QSet<QWidget*> reached = {focusedControl()};
            for (int i = 0; i < 4 * stops.size() + 4; ++i) {
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
                QWidget* now = focusedControl();
                if (!now || !dock->isAncestorOf(now) || reached.contains(now)) {
                    break;  // left the pane, or came round
                }
                reached << now;
            }
            for (QWidget* w : stops) {
                if (!reached.contains(w)) {
                    problems << dock->objectName() + QStringLiteral(": Tab never reaches ") +
                                    describe(w, textOf(w));
                }
            }
        }
        if (!problems.isEmpty()) {
            qInfo("%s", qPrintable(problems.join('\n')));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
    }
};

EQLAB_TEST_SUITE_MAIN(eqlab::tests::runWindowSuite<TestAccessibility>)

#include "test_accessibility.moc"
