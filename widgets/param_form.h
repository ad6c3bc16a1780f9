#pragma once

// Editors for a kind's declared parameters (compute/core/params.h): integer → spin box with the
// declared range, number → line edit checked against the range (and an exclusive minimum),
// choice → combo box, flag → check box, text → line edit, numbers → line edit of comma-separated
// numbers. Layers parameters get no editor (the model builder shows them as nested rows).
//
// The help of each parameter is its tooltip. While an editor holds something invalid, a red line
// under it says why, as you type; nothing is emitted until the value is valid. paramsEdited()
// carries every parameter's last valid value once an edit is committed (Enter or leaving a line
// edit, any change of a spin box, combo or check box) and the whole form is valid.

#include <QString>
#include <QWidget>
#include <map>
#include <vector>

#include "compute/core/params.h"

class QFormLayout;
class QLabel;

namespace eqlab::widgets {

class ParamForm : public QWidget {
    Q_OBJECT

public:
    explicit ParamForm(QWidget* parent = nullptr);

    // Replaces the editors with those of specs, showing values (which holds every declared
    // parameter, e.g. from defaultParams() or a parsed file). Emits nothing.
    void setParams(const std::vector<ParamSpec>& specs, const Params& values);
    // The last valid value of every parameter (Layers parameters as given to setParams()).
    const Params& params() const { return values_; }
    // Every editor holds a valid value.
    bool isValid() const;

    // For tests and the caller's layout: the editor of a parameter (QSpinBox, QLineEdit,
    // QComboBox or QCheckBox; also found by objectName = the parameter's name), and the inline
    // message under it ("" when valid).
    QWidget* editor(const QString& name) const;
    QString errorText(const QString& name) const;
    bool isEmpty() const { return fields_.empty(); }

signals:
    void paramsEdited(const eqlab::Params& params);

private:
    struct Field {
        ParamSpec spec;
        QWidget* editor = nullptr;
        QLabel* error = nullptr;
    };
    // Checks the editor's current text; shows or clears its message. True when valid.
    bool check(Field& field);
    // Stores a valid value and emits when the whole form is valid.
    void commit(Field& field);
    void clear();

    QFormLayout* layout_ = nullptr;
    QLabel* empty_ = nullptr;
    std::vector<Field> fields_;
    Params values_;
};

}  // namespace eqlab::widgets
