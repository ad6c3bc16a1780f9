#pragma once

// WindowHost: owns the main window, and rebuilds it when the user picks another language (View >
// Language). Every string of the window — menus, panels, dialogs, the lesson's text and guide —
// comes from tr() or the lesson's translation when a widget is made, so a window made after the
// switch is entirely in the new language, without a restart and without each panel having to
// re-set its texts in place.
//
// Nothing is lost on the way: the training is paused, the session (the experiment even if unsaved
// or modified, every run's weights and metric history, the layout) is saved with the autosave's
// machinery into a hand-over folder, and the new window restores it from there, at the same step;
// theme and geometry are carried over. A window without an experiment (the group explorer)
// reopens its lesson and group. When the hand-over cannot be saved the old window stays, with a
// dialog saying why.

#include <QObject>
#include <QString>
#include <memory>

#include "app/lab_editor.h"  // SessionMaker

namespace eqlab::app {

class MainWindow;

class WindowHost : public QObject {
    Q_OBJECT

public:
    explicit WindowHost(SessionMaker sessions = {});
    ~WindowHost() override;

    MainWindow* window() const { return window_.get(); }
    // Rebuilds the window in `language` ("en", "de", "nl") and remembers the choice. False when
    // the session could not be handed over (the old window stays, in the old language).
    bool switchLanguage(const QString& language);
    // The autosave interval the current window's autosave runs at (0: not started); a new window
    // starts its own with it.
    void setAutosaveInterval(int milliseconds) { autosaveMs_ = milliseconds; }

    // Where the hand-over goes (a folder of its own beside the autosave's).
    static QString handOverFolder();

signals:
    // The new window is shown; the old one is gone.
    void windowReplaced(MainWindow* window);

private:
    void adopt(std::unique_ptr<MainWindow> window);
    // Saves the old window's session into handOverFolder(); false with a message on failure.
    bool saveHandOver(MainWindow& old, QString& problem);

    SessionMaker sessions_;
    std::unique_ptr<MainWindow> window_;
    int autosaveMs_ = 0;
};

}  // namespace eqlab::app
