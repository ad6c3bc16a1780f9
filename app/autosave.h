#pragma once

// Autosave: the window's session — the experiment (even unsaved), every run's trained weights and
// metric history, the layout — saved every few seconds into the user's data folder
// (QStandardPaths::AppDataLocation/session), so that after a crash the next start can restore it.
// A SIGKILL mid-training loses at most the last interval.
//
// Atomic by construction: each save writes new files named by its save number (experiment-N,
// layout-N, history-N, weights-N-<run>), each atomically, and the manifest (manifest.json, which
// names them) last; only then are the previous save's files removed. A save cut short leaves the
// previous manifest and its files intact, and a folder without a manifest is never offered.
//
// The weights and histories are taken on the training thread between two steps
// (TrainingController::runOnSession), so the GUI thread only writes the small files. A save is
// made only when something changed (training advanced, the experiment or the layout was edited).
//
// A clean exit (finish()) removes the autosave. A window that did not start its autosave, or did
// not restore or discard the one it found, leaves that one alone. A manifest or file that cannot
// be read is reported naming the file and the problem, and the folder is set aside
// (session-broken-<time>), never deleted silently.

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>
#include <cstdint>
#include <memory>

namespace eqlab::app {

class MainWindow;

class Autosave : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 5000;

    explicit Autosave(MainWindow* window);

    // <AppDataLocation>/session.
    static QString defaultFolder();
    void setFolder(const QString& folder);
    QString folder() const { return folder_; }
    void setInterval(int milliseconds);
    int interval() const { return timer_.interval(); }

    // An autosave left by a session that did not end cleanly.
    bool isPending() const;
    // Saves every interval() from now on; the autosave is this window's.
    void start();
    // Saves now if anything changed since the last save (the manifest follows from the training
    // thread: see saved()).
    void saveNow();
    bool isSaving() const { return saving_; }
    // The session ended cleanly: stops saving and removes this window's autosave.
    void finish();
    // The user chose not to restore: the pending autosave is removed.
    void discard();

    // Opens the pending autosave in the window: the experiment (modified if it was), then, on
    // the training thread, every run's weights and history (restored() or restoreFailed()
    // follows), and the layout. False, with problem() naming the file, when the autosave cannot
    // be read; the folder is set aside then and the window is left as it was.
    bool restore();
    QString problem() const { return problem_; }
    // Where the last broken autosave was moved to.
    QString setAsideFolder() const { return setAside_; }

signals:
    void saved(qint64 step);
    // A save did not happen (the problem, or empty when the experiment changed under it).
    void saveFailed(const QString& problem);
    void restored(qint64 step);
    void restoreFailed(const QString& message);

private:
    void writeSave();
    void finishSave(qint64 number, qint64 step, const QString& problem);
    void removeOtherSaves(qint64 keep) const;
    void setAside();
    QString path(const QString& name) const;

    struct Guard;  // shared with the training thread's manifest write

    MainWindow* window_;
    std::shared_ptr<Guard> guard_;
    QTimer timer_;
    QString folder_;
    bool owned_ = false;   // started, restored or discarded here: finish() may remove it
    bool saving_ = false;  // a save waits for the training thread
    qint64 number_ = 0;    // of the next save
    // What the last save held: a save is made when any of it changed.
    QString savedText_;
    QByteArray savedLayout_;
    std::uint64_t savedHistory_ = 0;
    qint64 savedStep_ = -1;
    QString problem_;
    QString setAside_;
};

}  // namespace eqlab::app
