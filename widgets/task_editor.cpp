#include "widgets/task_editor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "compute/core/error.h"
#include "compute/data/task_kinds.h"
#include "widgets/compute_names.h"
#include "widgets/param_form.h"
#include "widgets/view_style.h"

namespace eqlab::widgets {

TaskEditor::TaskEditor(QWidget* parent) : QWidget(parent) {
    auto* column = new QVBoxLayout(this);
    auto* top = new QFormLayout;
    kind_ = new QComboBox(this);
    kind_->setObjectName(QStringLiteral("task-kind"));
    for (const auto& kind : data::taskKinds()) {
        kind_->addItem(QString::fromStdString(kind.name));
        kind_->setItemData(kind_->count() - 1, taskSummary(kind.summary), Qt::ToolTipRole);
    }
    kind_->setToolTip(tr("What the runs learn: the data, its symmetry and the loss"));
    auto* label = new QLabel(tr("Task:"), this);
    label->setBuddy(kind_);
    top->addRow(label, kind_);
    column->addLayout(top);
    summary_ = new QLabel(this);
    summary_->setWordWrap(true);
    summary_->setEnabled(false);
    column->addWidget(summary_);
    form_ = new ParamForm(this);
    form_->setObjectName(QStringLiteral("task-parameters"));
    column->addWidget(form_);
    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("task-message"));
    message_->setWordWrap(true);
    message_->setStyleSheet(QString::fromLatin1(kErrorStyle));
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    message_->hide();
    column->addWidget(message_);
    column->addStretch(1);
    connect(kind_, &QComboBox::currentIndexChanged, this, [this] { kindChosen(); });
    connect(form_, &ParamForm::paramsEdited, this,
            [this](const Params& params) { paramsEdited(params); });
    kindChosen();
}

void TaskEditor::setTask(const io::TaskSpec& task) {
    const data::TaskKind* kind = data::findTaskKind(task.kind);
    if (!kind) {
        kindChosen();
        return;
    }
    task_ = task;
    {
        const QSignalBlocker block(kind_);
        kind_->setCurrentIndex(kind_->findText(QString::fromStdString(task.kind)));
    }
    summary_->setText(taskSummary(kind->summary));
    form_->setParams(kind->params, task.params);
    message_->clear();
    message_->hide();
}

QString TaskEditor::message() const {
    return message_->text();
}

void TaskEditor::kindChosen() {
    const data::TaskKind* kind = data::findTaskKind(kind_->currentText().toStdString());
    if (!kind) {
        return;
    }
    task_ = {kind->name, defaultParams(kind->params)};
    summary_->setText(taskSummary(kind->summary));
    form_->setParams(kind->params, task_.params);
    message_->clear();
    message_->hide();
    // A kind with required parameters (a file name) waits for them.
    if (form_->isValid() && check()) {
        emit taskEdited(task_);
    }
}

void TaskEditor::paramsEdited(const Params& params) {
    task_.params = params;
    if (check()) {
        emit taskEdited(task_);
    }
}

bool TaskEditor::check() {
    const data::TaskKind* kind = data::findTaskKind(task_.kind);
    QString problem;
    try {
        kind->make(task_.params, 1);
    } catch (const Error& e) {
        problem = QString::fromStdString(e.detail());
    }
    message_->setText(problem);
    message_->setVisible(!problem.isEmpty());
    return problem.isEmpty();
}

}  // namespace eqlab::widgets
