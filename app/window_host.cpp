#include "app/window_host.h"

#include <QAction>
#include <QDir>
#include <QEventLoop>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

#include "app/autosave.h"
#include "app/language.h"
#include "app/lessons.h"
#include "app/main_window.h"
#include "app/training_controller.h"
#include "widgets/group_panel.h"

namespace eqlab::app {

namespace {

// Runs the event loop until `done` holds or `ms` passed; whether it holds.
template <typename Done>
bool waitFor(Done done, int ms) {
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done()) {
            loop.quit();
        }
    });
    timeout.start(ms);
    poll.start(10);
    if (!done()) {
        loop.exec();
    }
    return done();
}

constexpr int kHandOverTimeoutMs = 60000;  // a large run's weights on a slow disk

}  // namespace

WindowHost::WindowHost(SessionMaker sessions) : sessions_(std::move(sessions)) {
    adopt(std::make_unique<MainWindow>(nullptr, sessions_));
}

WindowHost::~WindowHost() = default;

QString WindowHost::handOverFolder() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("language-switch"));
}

void WindowHost::adopt(std::unique_ptr<MainWindow> window) {
    window_ = std::move(window);
    // Queued: the window is replaced (deleted) after its menu action has returned.
    connect(
        window_.get(), &MainWindow::languageRequested, this,
        [this](const QString& language) { switchLanguage(language); }, Qt::QueuedConnection);
}

bool WindowHost::saveHandOver(MainWindow& old, QString& problem) {
    TrainingController* controller = old.controller();
    if (controller->state() == TrainingController::State::Running) {
        controller->pause();
        if (!waitFor(
                [controller] { return controller->state() != TrainingController::State::Running; },
                kHandOverTimeoutMs)) {
            problem = tr("the training did not pause");
            return false;
        }
    }
    QDir(handOverFolder()).removeRecursively();
    Autosave handOver(&old);
    handOver.setFolder(handOverFolder());
    handOver.start();
    bool done = false, failed = false;
    connect(&handOver, &Autosave::saved, this, [&done] { done = true; });
    connect(&handOver, &Autosave::saveFailed, this, [&failed, &problem](const QString& why) {
        failed = true;
        problem = why;
    });
    handOver.saveNow();
    if (!waitFor([&] { return done || failed; }, kHandOverTimeoutMs) || failed) {
        if (problem.isEmpty()) {
            problem = tr("the session could not be saved into %1")
                          .arg(QDir::toNativeSeparators(handOverFolder()));
        }
        handOver.finish();
        return false;
    }
    return true;
}

bool WindowHost::switchLanguage(const QString& language) {
    MainWindow& old = *window_;
    const auto state = old.controller()->state();
    const bool hasSession = state != TrainingController::State::Empty;
    QString problem;
    if (hasSession && !saveHandOver(old, problem)) {
        QMessageBox::warning(&old, tr("Cannot switch the language"),
                             tr("The session could not be handed over to a window in the new "
                                "language: %1. Nothing changed.")
                                 .arg(problem));
        return false;
    }
    const QByteArray geometry = old.saveGeometry();
    const bool dark = old.darkAction()->isChecked();
    const bool presentation = old.presentationAction()->isChecked();
    const QString lesson = old.lessonName().isEmpty() ? defaultLessonName() : old.lessonName();
    const QString group = old.groupPanel()->group();
    const QString representation = old.groupPanel()->representation();
    const bool visible = old.isVisible();

    setChosenLanguage(language);
    installTranslations(language);
    auto fresh = std::make_unique<MainWindow>(nullptr, sessions_);
    fresh->restoreGeometry(geometry);
    if (dark || presentation) {
        fresh->setTheme(dark, presentation);
    }
    if (hasSession) {
        Autosave* autosave = fresh->autosave();
        autosave->setFolder(handOverFolder());
        const auto settle = [autosave, ms = autosaveMs_] {
            QDir(handOverFolder()).removeRecursively();
            autosave->setFolder(Autosave::defaultFolder());
            if (ms > 0) {
                autosave->setInterval(ms);
                autosave->start();
            }
        };
        MainWindow* shown = fresh.get();
        connect(autosave, &Autosave::restored, shown, [settle, shown](qint64 step) {
            settle();
            shown->statusBar()->showMessage(
                tr("Language changed; the session goes on at step %1").arg(step));
        });
        connect(autosave, &Autosave::restoreFailed, shown, [settle, shown](const QString& why) {
            settle();
            QMessageBox::warning(shown, tr("Cannot restore the session"), why);
        });
        if (!autosave->restore()) {
            settle();
            fresh->openLessonNamed(lesson);
            QMessageBox::warning(fresh.get(), tr("Cannot restore the session"),
                                 autosave->problem());
        }
    } else {
        fresh->openLessonNamed(lesson);
        fresh->groupPanel()->setSelection(group, representation);
        if (autosaveMs_ > 0) {
            fresh->autosave()->setInterval(autosaveMs_);
            fresh->autosave()->start();
        }
    }
    std::unique_ptr<MainWindow> retired = std::move(window_);
    adopt(std::move(fresh));
    if (visible) {
        window_->show();
    }
    retired->hide();
    retired.reset();  // joins its training thread; the session lives on in the new window
    emit windowReplaced(window_.get());
    return true;
}

}  // namespace eqlab::app
