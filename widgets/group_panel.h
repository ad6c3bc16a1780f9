#pragma once

// GroupPanel: the left-hand panel that chooses what the orbit view shows — a group from the
// catalogue (or typed by name), a representation (typed, checked as you type) and a point (one
// slider and one spin box per coordinate). It validates input and emits commands; it computes
// nothing itself beyond parsing names.

#include <QVector>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QFormLayout;
class QDoubleSpinBox;
class QSlider;

namespace eqlab::widgets {

class GroupPanel : public QWidget {
    Q_OBJECT

public:
    explicit GroupPanel(QWidget* parent = nullptr);

    QString group() const;
    QString representation() const;
    QVector<double> point() const;

    // Returns false (and leaves the panel as it was) when the name or representation is invalid.
    bool setSelection(const QString& group, const QString& representation);
    // Shows the point's coordinates; the number of editors follows the point's length.
    void setPoint(const QVector<double>& point);
    // One line of facts under the picker, e.g. "order 60, 2 generators".
    void setFacts(const QString& facts);

signals:
    void selectionChanged(const QString& group, const QString& representation);
    void pointChanged(const QVector<double>& point);

private:
    void validateAndEmit();
    void rebuildPointEditors(int dimension);
    void resetPoint();
    void showProblem(QLineEdit* edit, const QString& problem);

    QComboBox* groupBox_ = nullptr;
    QLineEdit* representationEdit_ = nullptr;
    QLabel* problemLabel_ = nullptr;
    QLabel* factsLabel_ = nullptr;
    QFormLayout* pointLayout_ = nullptr;
    QWidget* pointBox_ = nullptr;
    QVector<QDoubleSpinBox*> spinBoxes_;
    QVector<QSlider*> sliders_;
    bool updating_ = false;
};

}  // namespace eqlab::widgets
