#pragma once

// What the window tests share: the Qt warnings a test collects (it fails on any), waiting for the
// training controller to reach a state, and the main of a suite whose windows hold VTK views.

#include <QApplication>
#include <QStringList>
#include <QTest>

#include "app/training_controller.h"
#include "widgets/vtk_view.h"

namespace eqlab::tests {

// Every warning, critical or fatal message Qt logged since a test cleared the list.
inline QStringList warnings;

// A Qt message handler that collects warnings (debug and info messages pass).
inline void collectWarnings(QtMsgType type, const QMessageLogContext&, const QString& message) {
    if (type != QtDebugMsg && type != QtInfoMsg)
        warnings << message;
}

inline bool waitForState(app::TrainingController* controller, app::TrainingController::State state,
                         int ms = 60000) {
    return QTest::qWaitFor([&] { return controller->state() == state; }, ms);
}

// The main of a window suite: VTK's surface format before the application, warnings collected.
template <class Test>
int runWindowSuite(int argc, char** argv) {
    widgets::VtkView::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    qInstallMessageHandler(collectWarnings);
    Test test;
    return QTest::qExec(&test, argc, argv);
}

}  // namespace eqlab::tests
