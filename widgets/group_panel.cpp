#include "widgets/group_panel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>
#include <cmath>

#include "compute/core/error.h"
#include "compute/groups/catalogue.h"
#include "compute/groups/representation.h"
#include "compute/metrics/orbit_embedding.h"
#include "widgets/tab_order.h"

namespace eqlab::widgets {

namespace {
constexpr int kSliderSteps = 400;  // slider positions across [-2, 2]
constexpr double kRange = 2.0;
}  // namespace

GroupPanel::GroupPanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);

    auto* groupBox = new QGroupBox(tr("Group and representation"), this);
    auto* form = new QFormLayout(groupBox);
    groupBox_ = new QComboBox(groupBox);
    groupBox_->setEditable(true);
    groupBox_->setInsertPolicy(QComboBox::NoInsert);
    for (const auto& name : groups::catalogueExamples()) {
        groupBox_->addItem(QString::fromStdString(name));
    }
    groupBox_->setToolTip(
        tr("A catalogue name: Cn, Dn, Sn, An, V4, Q8, T, O, I, or a product "
           "such as C3xC4"));
    form->addRow(tr("&Group:"), groupBox_);
    representationEdit_ = new QLineEdit(QStringLiteral("std"), groupBox);
    representationEdit_->setToolTip(
        tr("trivial, sign, std, perm, regular, grid:K, combined with + (direct sum), "
           "* (tensor product), ^k and parentheses"));
    form->addRow(tr("&Representation:"), representationEdit_);
    problemLabel_ = new QLabel(groupBox);
    problemLabel_->setWordWrap(true);
    problemLabel_->setStyleSheet(QStringLiteral("color: #b00020;"));
    problemLabel_->hide();
    form->addRow(problemLabel_);
    factsLabel_ = new QLabel(groupBox);
    factsLabel_->setWordWrap(true);
    form->addRow(factsLabel_);
    layout->addWidget(groupBox);

    auto* pointGroup = new QGroupBox(tr("Point x"), this);
    pointLayout_ = new QFormLayout(pointGroup);
    pointBox_ = pointGroup;
    layout->addWidget(pointGroup);
    layout->addStretch(1);

    connect(groupBox_, &QComboBox::currentTextChanged, this, [this] { validateAndEmit(); });
    connect(representationEdit_, &QLineEdit::textChanged, this, [this] { validateAndEmit(); });
}

QString GroupPanel::group() const {
    return groupBox_->currentText().trimmed();
}

QString GroupPanel::representation() const {
    return representationEdit_->text().trimmed();
}

QVector<double> GroupPanel::point() const {
    QVector<double> values;
    for (const auto* box : spinBoxes_) {
        values << box->value();
    }
    return values;
}

void GroupPanel::showProblem(QLineEdit* edit, const QString& problem) {
    const bool bad = !problem.isEmpty();
    edit->setStyleSheet(bad ? QStringLiteral("border: 1px solid #b00020;") : QString());
    problemLabel_->setText(problem);
    problemLabel_->setVisible(bad);
}

void GroupPanel::validateAndEmit() {
    if (updating_) {
        return;
    }
    // Validation as you type: parse with the compute library, show its detail, emit only valid
    // input.
    try {
        const auto group = groups::makeGroup(this->group().toStdString());
        showProblem(groupBox_->lineEdit(), QString());
        try {
            const auto rep = groups::makeRepresentation(group, representation().toStdString());
            showProblem(representationEdit_, QString());
            if (rep.dim() != spinBoxes_.size()) {
                rebuildPointEditors(rep.dim());
                resetPoint();
            }
        } catch (const Error& error) {
            showProblem(representationEdit_, tr("Representation: %1").arg(error.detail()));
            return;
        }
    } catch (const Error& error) {
        showProblem(groupBox_->lineEdit(), tr("Group: %1").arg(error.detail()));
        return;
    }
    emit selectionChanged(group(), representation());
}

bool GroupPanel::setSelection(const QString& group, const QString& representation) {
    try {
        const auto g = groups::makeGroup(group.toStdString());
        const auto rep = groups::makeRepresentation(g, representation.toStdString());
        updating_ = true;
        groupBox_->setCurrentText(group);
        representationEdit_->setText(representation);
        updating_ = false;
        if (rep.dim() != spinBoxes_.size()) {
            rebuildPointEditors(rep.dim());
            resetPoint();
        }
        showProblem(representationEdit_, QString());
        emit selectionChanged(group, representation);
        return true;
    } catch (const Error&) {
        updating_ = false;
        return false;
    }
}

void GroupPanel::rebuildPointEditors(int dimension) {
    while (pointLayout_->rowCount() > 0) {
        pointLayout_->removeRow(0);
    }
    spinBoxes_.clear();
    sliders_.clear();
    QList<QWidget*> order;
    for (int i = 0; i < dimension; ++i) {
        auto* row = new QWidget(pointBox_);
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto* slider = new QSlider(Qt::Horizontal, row);
        slider->setRange(-kSliderSteps / 2, kSliderSteps / 2);
        auto* spin = new QDoubleSpinBox(row);
        spin->setRange(-kRange, kRange);
        spin->setDecimals(3);
        spin->setSingleStep(0.01);
        rowLayout->addWidget(slider, 1);
        rowLayout->addWidget(spin);
        const QString label = dimension <= 3 ? QString(QChar(u'x' + static_cast<char16_t>(i)))
                                             : QStringLiteral("x%1").arg(i + 1);
        slider->setToolTip(
            tr("Coordinate %1 of the point whose orbit is drawn (arrow keys: small steps)")
                .arg(label));
        spin->setToolTip(tr("Coordinate %1 of the point whose orbit is drawn, typed").arg(label));
        pointLayout_->addRow(label + QLatin1Char(':'), row);
        spinBoxes_ << spin;
        sliders_ << slider;
        order << slider << spin;

        connect(slider, &QSlider::valueChanged, this, [this, spin](int position) {
            const QSignalBlocker blocker(spin);
            spin->setValue(position * (2 * kRange / kSliderSteps));
            if (!updating_) {
                emit pointChanged(point());
            }
        });
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, slider](double value) {
            const QSignalBlocker blocker(slider);
            slider->setValue(static_cast<int>(std::lround(value / (2 * kRange / kSliderSteps))));
            if (!updating_) {
                emit pointChanged(point());
            }
        });
    }
    placeInTabOrder(pointBox_, order);  // after Representation, not after the whole window
}

void GroupPanel::resetPoint() {
    // A new dimension starts from a point in general position (trivial stabilizer for the
    // catalogue's defining actions), not from the origin, which every element fixes.
    const Eigen::VectorXd x = metrics::genericPoint(static_cast<int>(spinBoxes_.size()));
    updating_ = true;
    for (int i = 0; i < spinBoxes_.size(); ++i) {
        spinBoxes_[i]->setValue(x[i]);
    }
    updating_ = false;
}

void GroupPanel::setPoint(const QVector<double>& point) {
    if (point.size() != spinBoxes_.size()) {
        rebuildPointEditors(static_cast<int>(point.size()));
    }
    updating_ = true;
    for (int i = 0; i < point.size(); ++i) {
        spinBoxes_[i]->setValue(point[i]);
    }
    updating_ = false;
}

void GroupPanel::setFacts(const QString& facts) {
    factsLabel_->setText(facts);
}

}  // namespace eqlab::widgets
