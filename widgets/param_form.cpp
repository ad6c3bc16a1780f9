#include "widgets/param_form.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>
#include <climits>
#include <cmath>

#include "widgets/compute_names.h"
#include "widgets/tab_order.h"
#include "widgets/view_style.h"

namespace eqlab::widgets {

namespace {

// A red that reads on the light and the dark theme.

// A spin box that lets any whole number be typed, so an out-of-range one can be named inline
// instead of the keystroke being swallowed. Leaving it with such a number restores the last
// valid value (QAbstractSpinBox::CorrectToPreviousValue).
class IntegerSpinBox : public QSpinBox {
public:
    using QSpinBox::QSpinBox;
    // The text as typed: QSpinBox reports only acceptable values.
    QLineEdit* edit() const { return lineEdit(); }

protected:
    QValidator::State validate(QString& text, int& pos) const override {
        const QValidator::State state = QSpinBox::validate(text, pos);
        if (state != QValidator::Invalid) {
            return state;
        }
        static const QRegularExpression whole(QStringLiteral("^[+-]?\\d{1,18}$"));
        return whole.match(text.trimmed()).hasMatch() ? QValidator::Intermediate
                                                      : QValidator::Invalid;
    }
};

QString number(double v) {
    return QLocale::c().toString(v, 'g', 15);
}

// Numbers as the user types them: the C locale's form (the files' form), or the user's locale.
bool parseNumber(const QString& text, double& value) {
    bool ok = false;
    value = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok) {
        value = QLocale().toDouble(text.trimmed(), &ok);
    }
    return ok && std::isfinite(value);
}

QString rangeText(const ParamSpec& s) {
    const bool low = s.minimum > -1e299, high = s.maximum < 1e299;
    if (low && high) {
        return s.exclusiveMinimum ? ParamForm::tr("a number > %1 and ≤ %2")
                                        .arg(number(s.minimum), number(s.maximum))
                                  : ParamForm::tr("a number from %1 to %2")
                                        .arg(number(s.minimum), number(s.maximum));
    }
    if (low) {
        return s.exclusiveMinimum ? ParamForm::tr("a number > %1").arg(number(s.minimum))
                                  : ParamForm::tr("a number ≥ %1").arg(number(s.minimum));
    }
    if (high) {
        return ParamForm::tr("a number ≤ %1").arg(number(s.maximum));
    }
    return ParamForm::tr("a number");
}

bool inRange(const ParamSpec& s, double v) {
    const bool aboveMinimum = s.exclusiveMinimum ? v > s.minimum : v >= s.minimum;
    return aboveMinimum && v <= s.maximum;
}

}  // namespace

ParamForm::ParamForm(QWidget* parent) : QWidget(parent) {
    layout_ = new QFormLayout(this);
    layout_->setContentsMargins(0, 0, 0, 0);
    layout_->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    empty_ = new QLabel(tr("No parameters."), this);
    empty_->setEnabled(false);
    layout_->addRow(empty_);
}

void ParamForm::clear() {
    // deleteLater: the form may be rebuilt from a slot of one of its own editors' signals.
    while (layout_->rowCount() > 0) {
        const QFormLayout::TakeRowResult row = layout_->takeRow(0);
        for (QLayoutItem* item : {row.labelItem, row.fieldItem}) {
            if (item && item->widget()) {
                item->widget()->hide();
                item->widget()->deleteLater();
            }
            delete item;
        }
    }
    empty_ = nullptr;
    fields_.clear();
}

void ParamForm::setParams(const std::vector<ParamSpec>& specs, const Params& values) {
    clear();
    values_ = values;
    fields_.reserve(specs.size());
    for (const auto& s : specs) {
        if (s.type == ParamSpec::Type::Layers) {
            continue;
        }
        Field field;
        field.spec = s;
        const QString name = QString::fromStdString(s.name);
        const QString help = paramHelp(s.help);
        const std::size_t index = fields_.size();
        switch (s.type) {
            case ParamSpec::Type::Integer: {
                auto* spin = new IntegerSpinBox(this);
                spin->setRange(static_cast<int>(std::max<double>(s.minimum, INT_MIN)),
                               static_cast<int>(std::min<double>(s.maximum, INT_MAX)));
                spin->setValue(static_cast<int>(values.integer(s.name)));
                // valueChanged once the number is entered, not at every digit typed.
                spin->setKeyboardTracking(false);
                connect(spin->edit(), &QLineEdit::textChanged, this,
                        [this, index] { check(fields_[index]); });
                connect(spin, &QSpinBox::valueChanged, this,
                        [this, index] { commit(fields_[index]); });
                field.editor = spin;
                break;
            }
            case ParamSpec::Type::Number:
            case ParamSpec::Type::Text:
            case ParamSpec::Type::Numbers: {
                auto* edit = new QLineEdit(this);
                if (s.type == ParamSpec::Type::Number) {
                    edit->setText(number(values.number(s.name)));
                } else if (s.type == ParamSpec::Type::Text) {
                    edit->setText(QString::fromStdString(values.text(s.name)));
                    if (s.required) {
                        edit->setPlaceholderText(tr("required"));
                    }
                } else {
                    QStringList items;
                    for (double v : values.numbers(s.name)) {
                        items << number(v);
                    }
                    edit->setText(items.join(QStringLiteral(", ")));
                    edit->setPlaceholderText(tr("numbers separated by commas"));
                }
                connect(edit, &QLineEdit::textEdited, this,
                        [this, index] { check(fields_[index]); });
                connect(edit, &QLineEdit::editingFinished, this, [this, index, edit] {
                    if (edit->isModified()) {  // leaving an untouched editor changes nothing
                        edit->setModified(false);
                        commit(fields_[index]);
                    }
                });
                field.editor = edit;
                break;
            }
            case ParamSpec::Type::Choice: {
                auto* combo = new QComboBox(this);
                for (const auto& c : s.choices) {
                    combo->addItem(QString::fromStdString(c));
                }
                combo->setCurrentIndex(
                    combo->findText(QString::fromStdString(values.text(s.name))));
                connect(combo, &QComboBox::currentIndexChanged, this,
                        [this, index] { commit(fields_[index]); });
                field.editor = combo;
                break;
            }
            case ParamSpec::Type::Flag: {
                auto* box = new QCheckBox(this);
                box->setChecked(values.flag(s.name));
                connect(box, &QCheckBox::toggled, this, [this, index] { commit(fields_[index]); });
                field.editor = box;
                break;
            }
            case ParamSpec::Type::Layers:
                break;
        }
        field.editor->setObjectName(name);
        field.editor->setToolTip(help);
        field.error = new QLabel(this);
        field.error->setObjectName(name + QStringLiteral("-error"));
        field.error->setStyleSheet(QString::fromLatin1(kErrorStyle));
        field.error->setWordWrap(true);
        field.error->hide();
        auto* cell = new QWidget(this);
        auto* column = new QVBoxLayout(cell);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(1);
        column->addWidget(field.editor);
        column->addWidget(field.error);
        auto* label = new QLabel(name, this);
        label->setToolTip(help);
        label->setBuddy(field.editor);
        layout_->addRow(label, cell);
        fields_.push_back(field);
    }
    if (fields_.empty()) {
        empty_ = new QLabel(tr("No parameters."), this);
        empty_->setEnabled(false);
        layout_->addRow(empty_);
    }
    QList<QWidget*> editors;
    for (auto& f : fields_) {
        check(f);
        editors << f.editor;
    }
    placeInTabOrder(this, editors);  // Tab goes on from the task's kind into its parameters
}

bool ParamForm::check(Field& f) {
    const ParamSpec& s = f.spec;
    QString message;
    switch (s.type) {
        case ParamSpec::Type::Integer: {
            auto* spin = static_cast<QSpinBox*>(f.editor);
            bool ok = false;
            const qlonglong v = spin->cleanText().trimmed().toLongLong(&ok);
            if (!ok || v < s.minimum || v > s.maximum) {
                message = tr("Expected a whole number from %1 to %2%3.")
                              .arg(number(s.minimum), number(s.maximum),
                                   ok ? tr(", got %1").arg(v) : QString());
            }
            break;
        }
        case ParamSpec::Type::Number: {
            const QString text = static_cast<QLineEdit*>(f.editor)->text();
            double v = 0;
            if (!parseNumber(text, v)) {
                message = text.trimmed().isEmpty()
                              ? tr("Expected %1.").arg(rangeText(s))
                              : tr("Expected %1, got “%2”.").arg(rangeText(s), text.trimmed());
            } else if (!inRange(s, v)) {
                message = tr("Expected %1, got %2.").arg(rangeText(s), number(v));
            }
            break;
        }
        case ParamSpec::Type::Text:
            if (s.required && static_cast<QLineEdit*>(f.editor)->text().trimmed().isEmpty()) {
                message = tr("Required.");
            }
            break;
        case ParamSpec::Type::Numbers: {
            const QString text = static_cast<QLineEdit*>(f.editor)->text();
            const QStringList items = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (int i = 0; i < items.size() && message.isEmpty(); ++i) {
                double v = 0;
                if (!parseNumber(items[i], v)) {
                    message = tr("Item %1: expected a number, got “%2”.")
                                  .arg(i + 1)
                                  .arg(items[i].trimmed());
                } else if (v < s.minimum || v > s.maximum) {
                    message = tr("Item %1: expected a number from %2 to %3, got %4.")
                                  .arg(i + 1)
                                  .arg(number(s.minimum), number(s.maximum), number(v));
                }
            }
            if (message.isEmpty() && s.required && items.isEmpty()) {
                message = tr("Required.");
            }
            break;
        }
        default:
            break;
    }
    f.error->setText(message);
    f.error->setVisible(!message.isEmpty());
    return message.isEmpty();
}

void ParamForm::commit(Field& f) {
    if (!check(f)) {
        return;
    }
    const ParamSpec& s = f.spec;
    switch (s.type) {
        case ParamSpec::Type::Integer:
            values_.setNumber(s.name, static_cast<QSpinBox*>(f.editor)->value());
            break;
        case ParamSpec::Type::Number: {
            double v = 0;
            parseNumber(static_cast<QLineEdit*>(f.editor)->text(), v);
            values_.setNumber(s.name, v);
            break;
        }
        case ParamSpec::Type::Text:
            values_.setText(s.name,
                            static_cast<QLineEdit*>(f.editor)->text().trimmed().toStdString());
            break;
        case ParamSpec::Type::Numbers: {
            std::vector<double> numbers;
            for (const QString& item : static_cast<QLineEdit*>(f.editor)->text().split(
                     QLatin1Char(','), Qt::SkipEmptyParts)) {
                double v = 0;
                parseNumber(item, v);
                numbers.push_back(v);
            }
            values_.setNumbers(s.name, std::move(numbers));
            break;
        }
        case ParamSpec::Type::Choice:
            values_.setText(s.name, static_cast<QComboBox*>(f.editor)->currentText().toStdString());
            break;
        case ParamSpec::Type::Flag:
            values_.setNumber(s.name, static_cast<QCheckBox*>(f.editor)->isChecked() ? 1.0 : 0.0);
            break;
        case ParamSpec::Type::Layers:
            break;
    }
    if (isValid()) {
        emit paramsEdited(values_);
    }
}

bool ParamForm::isValid() const {
    for (const auto& f : fields_) {
        if (!f.error->text().isEmpty()) {
            return false;
        }
    }
    return true;
}

QWidget* ParamForm::editor(const QString& name) const {
    for (const auto& f : fields_) {
        if (f.spec.name == name.toStdString()) {
            return f.editor;
        }
    }
    return nullptr;
}

QString ParamForm::errorText(const QString& name) const {
    for (const auto& f : fields_) {
        if (f.spec.name == name.toStdString()) {
            return f.error->text();
        }
    }
    return {};
}

}  // namespace eqlab::widgets
