#include "widgets/lesson_browser.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace eqlab::widgets {

namespace {
constexpr int kColumns = 3;
constexpr int kPictureWidth = 240;
constexpr int kLineLength = 40;  // characters: about the picture's width

// A button's text does not wrap by itself: the aim broken into lines at spaces.
QString wrapped(const QString& text) {
    QStringList lines;
    QString line;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > kLineLength) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty()) {
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}
}  // namespace

LessonBrowser::LessonBrowser(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Lessons"));
    setObjectName(QStringLiteral("lesson-browser"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    content_ = new QWidget(scroll);
    scroll->setWidget(content_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)
        ->setToolTip(tr("Close without opening a lesson (Esc)"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(buttons);
    resize(3 * kPictureWidth + 120, 720);
}

void LessonBrowser::setCourse(const QList<CoursePartCards>& parts, const QString& current) {
    delete content_->layout();
    qDeleteAll(content_->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly));
    cards_.clear();
    auto* layout = new QVBoxLayout(content_);
    int number = 0;
    for (const CoursePartCards& part : parts) {
        auto* heading =
            new QLabel(QStringLiteral("<h3>%1</h3>").arg(part.title.toHtmlEscaped()), content_);
        layout->addWidget(heading);
        auto* grid = new QGridLayout;
        layout->addLayout(grid);
        int index = 0;
        for (const LessonCard& lesson : part.lessons) {
            ++number;
            auto* card = new QToolButton(content_);
            card->setObjectName(lesson.name);
            card->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
            card->setAutoRaise(false);
            card->setCheckable(true);
            card->setChecked(lesson.name == current);
            if (!lesson.picture.isNull()) {
                const QPixmap picture =
                    lesson.picture.scaledToWidth(kPictureWidth, Qt::SmoothTransformation);
                card->setIcon(picture);
                card->setIconSize(picture.size());
            }
            card->setText(
                tr("%1. %2\nGroup %3").arg(number).arg(wrapped(lesson.title), lesson.group) +
                (lesson.aim.isEmpty() ? QString() : QStringLiteral("\n\n") + wrapped(lesson.aim)));
            card->setToolTip(lesson.aim.isEmpty() ? lesson.title : lesson.aim);
            card->setAccessibleName(lesson.title);
            card->setAccessibleDescription(lesson.aim);
            card->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
            connect(card, &QToolButton::clicked, this, [this, name = lesson.name] {
                emit lessonChosen(name);
                accept();
            });
            grid->addWidget(card, index / kColumns, index % kColumns);
            cards_ << card;
            ++index;
        }
    }
    layout->addStretch(1);
    for (QToolButton* card : cards_) {
        if (card->isChecked()) {
            card->setFocus();
        }
    }
}

QToolButton* LessonBrowser::card(const QString& name) const {
    for (QToolButton* card : cards_) {
        if (card->objectName() == name) {
            return card;
        }
    }
    return nullptr;
}

}  // namespace eqlab::widgets
