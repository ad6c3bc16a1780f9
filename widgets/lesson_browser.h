#pragma once

// LessonBrowser: every lesson as a card, ordered as a course — the lecture's parts in order, each
// with its lessons. A card shows the lesson's picture (taken from the lesson itself by
// scripts/screenshots), its title, its group and the one line of what it should make clear; a
// click, or Enter on the focused card, opens it. The cards are buttons: Tab and the arrow keys go
// through them, and each has the aim as its tooltip and accessible description.

#include <QDialog>
#include <QList>
#include <QPixmap>
#include <QString>

class QGridLayout;
class QToolButton;

namespace eqlab::widgets {

struct LessonCard {
    QString name;   // what opening it takes ("averaging")
    QString title;  // in the language eqlab is shown in
    QString group;  // "D4"
    QString aim;    // one line
    QPixmap picture;
};

struct CoursePartCards {
    QString title;
    QList<LessonCard> lessons;
};

class LessonBrowser : public QDialog {
    Q_OBJECT

public:
    explicit LessonBrowser(QWidget* parent = nullptr);
    void setCourse(const QList<CoursePartCards>& parts, const QString& current);
    // The card of a lesson (for tests and keyboard focus); null when there is none.
    QToolButton* card(const QString& name) const;

signals:
    void lessonChosen(const QString& name);

private:
    QWidget* content_ = nullptr;
    QList<QToolButton*> cards_;
};

}  // namespace eqlab::widgets
