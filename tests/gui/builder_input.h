#pragma once

// Driving the model builder as a user does, for the GUI tests: pick a kind from its Add menu, type
// into a parameter editor and press Enter.

#include <QAbstractSpinBox>
#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QTest>

#include "widgets/model_builder.h"

namespace eqlab::testing {

inline void triggerKind(widgets::ModelBuilder& builder, const QString& kind) {
    for (QAction* action : builder.kindMenu()->actions()) {
        if (action->data().toString() == kind) {
            QVERIFY(!action->toolTip().isEmpty());  // the kind's summary
            action->trigger();
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no menu entry for ") + kind));
}

inline void typeInto(QWidget* editor, const QString& text) {
    QVERIFY(editor);
    editor->setFocus();
    if (auto* spin = qobject_cast<QAbstractSpinBox*>(editor)) {
        spin->selectAll();
        QTest::keyClick(spin, Qt::Key_Backspace);
        QTest::keyClicks(spin, text);
        QTest::keyClick(spin, Qt::Key_Return);
    } else if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }
}

}  // namespace eqlab::testing
