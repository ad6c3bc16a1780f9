#pragma once

// F6 / Shift+F6, the usual "next pane" keys: the keyboard focus moves to the next (previous) pane
// of the window — the panels on the left, each view the centre shows, the lesson on the right —
// so a keyboard user reaches every dock without the mouse. Within a pane, Tab goes on.

#include <QList>
#include <QObject>

class QDockWidget;
class QMainWindow;
class QWidget;

namespace eqlab::app {

class PaneFocus : public QObject {
    Q_OBJECT

public:
    // window: the main window (its docks at the sides); views: the main window in its centre
    // (a dock per view).
    PaneFocus(QMainWindow* window, QMainWindow* views);

    // The panes shown now, in reading order: the left side's, then the centre's (top row first,
    // each row left to right), then the right side's, then floating ones. A dock behind another
    // (its tab not chosen) is not shown.
    QList<QDockWidget*> panes() const;
    // The pane holding the keyboard focus; null when the focus is in none (the menu bar, nothing).
    QDockWidget* paneWithFocus() const;
    // The focus into the next (previous) pane, to its first control that takes Tab (or to the pane
    // itself when it has none, a picture); from outside every pane, into the first (last).
    void next();
    void previous();

signals:
    // The pane that received the focus (the window names it in the status bar).
    void focused(QDockWidget* pane);

private:
    void move(int direction);

    QMainWindow* window_;
    QMainWindow* views_;
};

// The first widget of the pane's content, in the Tab order, that takes the focus by Tab and is
// shown and enabled; null when none does.
QWidget* firstTabStop(QDockWidget* pane);

}  // namespace eqlab::app
