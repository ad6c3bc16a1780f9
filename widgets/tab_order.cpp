#include "widgets/tab_order.h"

#include <QWidget>

namespace eqlab::widgets {

void placeInTabOrder(QWidget* container, const QList<QWidget*>& controls) {
    // The container itself takes no focus (QWidget::setTabOrder ignores such widgets): start from
    // the nearest widget before it that takes the focus and lies outside it.
    QWidget* before = container->previousInFocusChain();
    while (before && before != container &&
           (before->focusPolicy() == Qt::NoFocus || container->isAncestorOf(before))) {
        before = before->previousInFocusChain();
    }
    if (!before || before == container) {
        return;
    }
    for (QWidget* control : controls) {
        if (control && control->focusPolicy() != Qt::NoFocus) {
            QWidget::setTabOrder(before, control);
            before = control;
        }
    }
}

}  // namespace eqlab::widgets
