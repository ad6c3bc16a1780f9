#pragma once

// Editor: one way of working in the main window, as in Tiled. The explorer studies a group (its
// orbits, Cayley graph, tables and weight sharing); the lab edits and trains an experiment. The
// main window hosts each editor's side panels in docks, asks the active one to bring its views
// forward, and otherwise knows nothing of its insides: the window stays thin, and a new way of
// working is a new editor, not a bigger window.

#include <QList>
#include <QObject>
#include <QString>

class QWidget;

namespace eqlab::app {

class Editor : public QObject {
    Q_OBJECT

public:
    struct Panel {
        QString id;     // dock object name (saved layouts name docks by it)
        QString title;  // the dock's title, translated
        QWidget* widget;
        bool wide = false;  // wants more room than a fifth of the window when shown
    };

    using QObject::QObject;

    virtual QString id() const = 0;  // "lab", "explorer"
    // The panels the window docks on its left, in tab order; the first is the editor's main one.
    virtual QList<Panel> panels() const = 0;
    // The editor's panels and views to the front (the window raised its dock already).
    virtual void activate() = 0;
    // Whether the editor's work may be discarded (the window closes or opens another editor's
    // document); may ask the user.
    virtual bool mayClose() { return true; }

signals:
    // A line for the window's status bar.
    void statusMessage(const QString& message);
    // The editor wants to be the active one (it opened a lesson or a document).
    void activationRequested();
};

}  // namespace eqlab::app
