#pragma once

// ExplorerEditor: the group explorer. Its panel picks a group, a representation and a point; its
// views show the point's orbit in 3-D with |g·x − x| per element, the group's Cayley graph,
// multiplication and character tables, and the weight sharing of equivariant maps between two
// representations (solved on a pool thread, the newest request winning). The orbit lessons
// (app/lessons.h) open here; the lab asks it to follow an experiment's group.

#include <QString>

#include "app/editor.h"
#include "app/lessons.h"

namespace eqlab::widgets {
class GroupPanel;
class LessonPanel;
}  // namespace eqlab::widgets

namespace eqlab::app {

class LabViews;
class WeightSharingSolver;

class ExplorerEditor : public Editor {
    Q_OBJECT

public:
    ExplorerEditor(LabViews* views, widgets::LessonPanel* lessonPanel, QWidget* parent);

    QString id() const override { return QStringLiteral("explorer"); }
    QList<Panel> panels() const override;
    void activate() override;

    void openLesson(const Lesson& lesson);
    // The group (with the representation kept when it exists for the group); false for an
    // unknown name, leaving the selection as it was.
    bool selectGroup(const QString& group);
    // An experiment's group in the group views (its permutation or standard representation); a
    // null group starts them on C8 unless a group is shown already.
    void followGroup(const QString& group);

    widgets::GroupPanel* groupPanel() const { return groupPanel_; }
    WeightSharingSolver* weightSharingSolver() const { return solver_; }

private:
    void showOrbit();
    void showGroup();
    void showWeightSharing();

    LabViews* views_;
    widgets::LessonPanel* lessonPanel_;
    widgets::GroupPanel* groupPanel_ = nullptr;
    WeightSharingSolver* solver_ = nullptr;
    QString shownGroup_;  // the group the group and weight-sharing views show
};

}  // namespace eqlab::app
