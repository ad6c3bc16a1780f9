#include "widgets/lesson_panel.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

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

bool LessonPanel::guideFits() const {
    if (guideBox_->isHidden()) {
        return true;
    }
    // The text wrapped at the label's width fits the label, the label the box, the box the panel.
    return stepBody_->height() >= stepBody_->heightForWidth(stepBody_->width()) &&
           guideBox_->contentsRect().contains(stepBody_->geometry()) &&
           rect().contains(guideBox_->geometry());
}

void LessonPanel::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitGuide();
}

void LessonPanel::fitGuide() {
    if (guideBox_->isHidden()) {
        return;
    }
    // The label's width once laid out: the panel's, less the box's frame and margins (the label's
    // own width is stale before the layout has run).
    const QMargins margins = guideBox_->layout()->contentsMargins();
    const int width =
        this->width() - 2 * guideBox_->frameWidth() - margins.left() - margins.right();
    const int height = stepBody_->heightForWidth(std::max(width, 50));
    if (height > 0 && height != stepBody_->minimumHeight()) {  // -1: no text yet
        stepBody_->setMinimumHeight(height);
        // Now, not at some later layout request, which a panel opened before its window was
        // laid out may never get: the box grows and the text below gives way.
        guideBox_->layout()->invalidate();
        layout()->invalidate();
        layout()->activate();
    }
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
    fitGuide();
    // Again once the window has laid the panel out (a lesson opened before the window is shown
    // has no width of its own yet).
    QTimer::singleShot(0, this, &LessonPanel::fitGuide);
}

}  // namespace eqlab::widgets
