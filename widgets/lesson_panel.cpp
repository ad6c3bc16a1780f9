#include "widgets/lesson_panel.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace eqlab::widgets {

LessonPanel::LessonPanel(QWidget* parent) : QWidget(parent) {
    setMinimumWidth(260);
    guideBox_ = new QFrame(this);
    guideBox_->setObjectName(QStringLiteral("lesson-guide"));
    guideBox_->setFrameShape(QFrame::StyledPanel);
    stepTitle_ = new QLabel(guideBox_);
    stepBody_ = new QLabel(guideBox_);
    stepBody_->setWordWrap(true);
    stepBody_->setTextFormat(Qt::RichText);
    stepBody_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    back_ = new QPushButton(tr("‹ &Back"), guideBox_);
    next_ = new QPushButton(tr("&Next ›"), guideBox_);
    back_->setToolTip(tr("The previous step of the lesson's guide (Alt+B)"));
    next_->setToolTip(tr("The next step of the lesson's guide (Alt+N)"));
    connect(back_, &QPushButton::clicked, this, &LessonPanel::previousStep);
    connect(next_, &QPushButton::clicked, this, &LessonPanel::nextStep);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(stepTitle_, 1);
    buttons->addWidget(back_);
    buttons->addWidget(next_);
    auto* guideLayout = new QVBoxLayout(guideBox_);
    guideLayout->addLayout(buttons);
    guideLayout->addWidget(stepBody_);

    text_ = new QTextBrowser(this);
    text_->setOpenExternalLinks(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(guideBox_);
    layout->addWidget(text_, 1);
    guideBox_->hide();
}

void LessonPanel::showLesson(const QString& title, const QString& html, const LessonGuide& guide) {
    const QString aim = guide.aim.isEmpty()
                            ? QString()
                            : QStringLiteral("<p><i>%1</i></p>").arg(guide.aim.toHtmlEscaped());
    // A lesson text that opens with its own heading gets the aim under it; otherwise the title
    // heads the text.
    const QString trimmed = html.trimmed();
    const qsizetype headingEnd = trimmed.indexOf(QStringLiteral("</h2>"));
    if (trimmed.startsWith(QStringLiteral("<h2")) && headingEnd > 0) {
        const qsizetype cut = headingEnd + 5;
        text_->setHtml(trimmed.left(cut) + aim + trimmed.mid(cut));
    } else {
        text_->setHtml(QStringLiteral("<h3>%1</h3>%2%3").arg(title.toHtmlEscaped(), aim, html));
    }
    guide_ = guide;
    step_ = 0;
    guideBox_->setVisible(!guide_.steps.isEmpty());
    showStep();
}

QString LessonPanel::text() const {
    return text_->toPlainText();
}

QString LessonPanel::guideText() const {
    QTextDocument body;
    body.setHtml(stepBody_->text());
    return stepTitle_->text() + QLatin1Char('\n') + body.toPlainText();
}

void LessonPanel::nextStep() {
    if (step_ + 1 < stepCount()) {
        ++step_;
        showStep();
    }
}

void LessonPanel::previousStep() {
    if (step_ > 0) {
        --step_;
        showStep();
    }
}

void LessonPanel::showStep() {
    if (guide_.steps.isEmpty()) {
        return;
    }
    const GuideStep& step = guide_.steps.at(step_);
    stepTitle_->setText(tr("<b>Step %1 of %2</b>").arg(step_ + 1).arg(stepCount()));
    stepBody_->setText(tr("<p><b>Do:</b> %1</p><p><b>Watch:</b> %2</p><p><b>Ask:</b> %3</p>")
                           .arg(step.action.toHtmlEscaped(), step.watch.toHtmlEscaped(),
                                step.question.toHtmlEscaped()));
    back_->setEnabled(step_ > 0);
    next_->setEnabled(step_ + 1 < stepCount());
}

}  // namespace eqlab::widgets
