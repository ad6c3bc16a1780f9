#include "widgets/weight_sharing_view.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include "widgets/matrix_pattern_view.h"

namespace eqlab::widgets {

WeightSharingView::WeightSharingView(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* form = new QHBoxLayout();
    in_ = new QLineEdit(QStringLiteral("perm"), this);
    out_ = new QLineEdit(QStringLiteral("perm"), this);
    in_->setToolTip(tr("The representation of the layer's input, e.g. perm, std, grid:5"));
    out_->setToolTip(tr("The representation of the layer's output"));
    colouring_ = new QComboBox(this);
    colouring_->addItem(tr("by basis element"));
    colouring_->addItem(tr("by value"));
    colouring_->setToolTip(
        tr("Colour each weight by the basis element it belongs to (tied "
           "weights share a colour) or by its value (blue < 0 < red)"));
    auto* inLabel = new QLabel(tr("&In:"), this);
    inLabel->setBuddy(in_);
    auto* outLabel = new QLabel(tr("&Out:"), this);
    outLabel->setBuddy(out_);
    form->addWidget(inLabel);
    form->addWidget(in_, 1);
    form->addWidget(outLabel);
    form->addWidget(out_, 1);
    form->addWidget(colouring_);
    layout->addLayout(form);
    summary_ = new QLabel(this);
    summary_->setWordWrap(true);
    layout->addWidget(summary_);
    matrix_ = new MatrixPatternView(this);
    layout->addWidget(matrix_, 1);

    const auto changed = [this] {
        emit representationsChanged(in_->text().trimmed(), out_->text().trimmed());
    };
    connect(in_, &QLineEdit::editingFinished, this, changed);
    connect(out_, &QLineEdit::editingFinished, this, changed);
    connect(colouring_, &QComboBox::currentIndexChanged, this, [this](int index) {
        matrix_->setColouring(index == 0 ? MatrixPatternView::Colouring::ByCategory
                                         : MatrixPatternView::Colouring::ByValue);
    });
}

QString WeightSharingView::inRepresentation() const {
    return in_->text().trimmed();
}
QString WeightSharingView::outRepresentation() const {
    return out_->text().trimmed();
}

void WeightSharingView::setRepresentations(const QString& in, const QString& out) {
    in_->setText(in);
    out_->setText(out);
}

void WeightSharingView::setData(const WeightSharingData& data) {
    data_ = data;
    in_->setStyleSheet(QString());
    out_->setStyleSheet(QString());
    summary_->setText(tr("<b>%1</b>: %2 × %3 weights tied into <b>%4</b> free parameters "
                         "(%5 basis; the character formula gives %6).")
                          .arg(data.title.toHtmlEscaped())
                          .arg(data.rows)
                          .arg(data.cols)
                          .arg(data.dimension)
                          .arg(data.method)
                          .arg(data.characterDimension));
    matrix_->setMatrix(data.rows, data.cols, data.cellBasis, data.values, data.dimension);
    matrix_->show();
}

void WeightSharingView::showProblem(const QString& problem) {
    summary_->setText(
        QStringLiteral("<span style='color:#b00020'>%1</span>").arg(problem.toHtmlEscaped()));
}

void WeightSharingView::showBusy(const QString& what) {
    summary_->setText(QStringLiteral("<i>%1</i>").arg(what.toHtmlEscaped()));
}

QString WeightSharingView::summaryText() const {
    return summary_->text();
}

}  // namespace eqlab::widgets
