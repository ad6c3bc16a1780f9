#pragma once

// Controls made after their window was built (a form rebuilt for another task, a point's sliders
// for another dimension) join the end of the window's Tab chain, so Tab would reach them only
// after every other pane. This puts them back where their container sits.

#include <QList>

class QWidget;

namespace eqlab::widgets {

// Places `controls`, in this order, right after the last control before `container` in the Tab
// chain (the container's position is where it was made). Nothing when no control precedes it.
void placeInTabOrder(QWidget* container, const QList<QWidget*>& controls);

}  // namespace eqlab::widgets
