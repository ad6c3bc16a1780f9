#include "app/pane_focus.h"

#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <algorithm>
#include <tuple>
#include <utility>
#include <vector>

namespace eqlab::app {

namespace {

// Where a pane sits in the reading order: which part of the window, then its row, then its column.
struct Place {
    int part;
    int y;
    int x;
    bool operator<(const Place& o) const {
        return std::tie(part, y, x) < std::tie(o.part, o.y, o.x);
    }
};

bool shown(const QDockWidget* dock) {
    return dock->isVisible() && dock->widget() && !dock->visibleRegion().isEmpty();
}

}  // namespace

PaneFocus::PaneFocus(QMainWindow* window, QMainWindow* views)
    : QObject(window), window_(window), views_(views) {}

QList<QDockWidget*> PaneFocus::panes() const {
    std::vector<std::pair<Place, QDockWidget*>> placed;
    const auto add = [&](QMainWindow* owner, bool centre) {
        for (auto* dock :
             owner->findChildren<QDockWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
            if (!shown(dock)) {
                continue;
            }
            const QPoint at = dock->mapToGlobal(QPoint(0, 0));
            const Qt::DockWidgetArea area = owner->dockWidgetArea(dock);
            int part = 1;  // the centre
            if (dock->isFloating()) {
                part = 3;
            } else if (!centre) {
                part = area == Qt::LeftDockWidgetArea || area == Qt::TopDockWidgetArea ? 0 : 2;
            }
            placed.push_back({{part, at.y(), at.x()}, dock});
        }
    };
    add(window_, false);
    add(views_, true);
    std::stable_sort(placed.begin(), placed.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    QList<QDockWidget*> result;
    for (const auto& [place, dock] : placed) {
        result << dock;
    }
    return result;
}

QDockWidget* PaneFocus::paneWithFocus() const {
    const QWidget* focus = QApplication::focusWidget();
    QDockWidget* inner = nullptr;
    for (QDockWidget* pane : panes()) {
        if (focus && (pane == focus || pane->isAncestorOf(focus))) {
            inner = pane;  // the centre's docks lie inside no side dock, but be exact anyway
        }
    }
    return inner;
}

void PaneFocus::next() {
    move(+1);
}

void PaneFocus::previous() {
    move(-1);
}

void PaneFocus::move(int direction) {
    const QList<QDockWidget*> all = panes();
    if (all.isEmpty()) {
        return;
    }
    const int at = static_cast<int>(all.indexOf(paneWithFocus()));
    const int count = static_cast<int>(all.size());
    const int index = at < 0 ? (direction > 0 ? 0 : count - 1) : (at + direction + count) % count;
    QDockWidget* pane = all[index];
    QWidget* target = firstTabStop(pane);
    if (!target) {
        target = pane->widget();  // a picture without controls: the pane itself holds the focus
    }
    target->setFocus(direction > 0 ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    emit focused(pane);
}

QWidget* firstTabStop(QDockWidget* pane) {
    QWidget* content = pane->widget();
    if (!content) {
        return nullptr;
    }
    // The focus chain runs through every widget of the window; follow it from the content until
    // it leaves the content.
    QWidget* w = content;
    do {
        if (w != pane && (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && w->isVisible() &&
            w->isEnabled() && (w == content || content->isAncestorOf(w))) {
            return w;
        }
        w = w->nextInFocusChain();
    } while (w && w != content);
    return nullptr;
}

}  // namespace eqlab::app
