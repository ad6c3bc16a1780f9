#include "app/explorer_editor.h"

#include <numeric>

#include "app/group_study.h"
#include "app/lab_views.h"
#include "app/orbit_study.h"
#include "app/weight_sharing_solver.h"
#include "compute/core/error.h"
#include "widgets/chart_view.h"
#include "widgets/group_panel.h"
#include "widgets/group_view.h"
#include "widgets/lesson_panel.h"
#include "widgets/orbit_view.h"
#include "widgets/weight_sharing_view.h"

namespace eqlab::app {

ExplorerEditor::ExplorerEditor(LabViews* views, widgets::LessonPanel* lessonPanel, QWidget* parent)
    : Editor(parent), views_(views), lessonPanel_(lessonPanel) {
    groupPanel_ = new widgets::GroupPanel(parent);
    solver_ = new WeightSharingSolver(this);
    auto* sharing = views_->weightSharingView();
    connect(solver_, &WeightSharingSolver::solved, sharing, &widgets::WeightSharingView::setData);
    connect(solver_, &WeightSharingSolver::failed, this, [sharing](const QString& why) {
        sharing->showProblem(tr("Cannot solve for this pair: %1").arg(why));
    });
    connect(sharing, &widgets::WeightSharingView::representationsChanged, this,
            [this] { showWeightSharing(); });
    connect(groupPanel_, &widgets::GroupPanel::selectionChanged, this, [this] {
        showOrbit();
        showGroup();
    });
    connect(groupPanel_, &widgets::GroupPanel::pointChanged, this, [this] { showOrbit(); });
}

QList<Editor::Panel> ExplorerEditor::panels() const {
    return {{QStringLiteral("explore"), tr("Explore"), groupPanel_}};
}

void ExplorerEditor::activate() {
    views_->showExplorerViews();
}

void ExplorerEditor::openLesson(const Lesson& lesson) {
    lessonPanel_->showLesson(lesson.title, lesson.html, lesson.guide);
    views_->focusOn(lesson.views);
    if (!lesson.point.isEmpty()) {
        groupPanel_->setPoint(lesson.point);
    }
    groupPanel_->setSelection(lesson.group, lesson.representation);
    if (!lesson.point.isEmpty()) {
        groupPanel_->setPoint(lesson.point);
        showOrbit();
    }
    emit activationRequested();
}

bool ExplorerEditor::selectGroup(const QString& group) {
    return groupPanel_->setSelection(group, groupPanel_->representation());
}

void ExplorerEditor::followGroup(const QString& group) {
    if (!group.isEmpty()) {
        groupPanel_->setSelection(group, QStringLiteral("perm")) ||
            groupPanel_->setSelection(group, QStringLiteral("std"));
    } else if (shownGroup_.isEmpty()) {
        // No finite group in this experiment (SO(2), say) and none explored yet: the group views
        // start on the rotations of the plane by multiples of 45°, a finite stand-in for SO(2).
        groupPanel_->setSelection(QStringLiteral("C8"), QStringLiteral("std"));
    }
}

void ExplorerEditor::showOrbit() {
    try {
        const OrbitStudy study =
            studyOrbit(groupPanel_->group(), groupPanel_->representation(), groupPanel_->point());
        if (groupPanel_->point().size() != study.point.size()) {
            groupPanel_->setPoint(
                QVector<double>(study.point.data(), study.point.data() + study.point.size()));
        }
        views_->explorerOrbit()->setScene(orbitScene(study));

        std::vector<double> elements(study.displacement.size());
        std::iota(elements.begin(), elements.end(), 0.0);
        views_->factsChart()->setSeries(tr("|g·x − x|"), elements, study.displacement,
                                        widgets::ChartView::Style::Points);

        const int order = study.group->order();
        const int orbit = study.embedding.distinctPoints;
        groupPanel_->setFacts(tr("order %1, %2 generators; orbit %3 points, stabilizer order %4")
                                  .arg(order)
                                  .arg(study.group->generators().size())
                                  .arg(orbit)
                                  .arg(study.stabilizerOrder()));
        emit statusMessage(tr("%1: |G| = %2, |Orb(x)| = %3, |Stab(x)| = %4")
                               .arg(QString::fromStdString(study.group->name()))
                               .arg(order)
                               .arg(orbit)
                               .arg(study.stabilizerOrder()));
    } catch (const Error& error) {
        emit statusMessage(tr("Cannot show this orbit: %1").arg(error.detail()));
    }
}

void ExplorerEditor::showGroup() {
    const QString group = groupPanel_->group();
    if (group == shownGroup_) {
        return;
    }
    try {
        views_->groupView()->setGroup(groupViewData(group));
        shownGroup_ = group;
        const auto [in, out] = defaultWeightSharingPair(group);
        views_->weightSharingView()->setRepresentations(in, out);
        showWeightSharing();
    } catch (const Error& error) {
        emit statusMessage(tr("Cannot show the group: %1").arg(error.detail()));
    }
}

void ExplorerEditor::showWeightSharing() {
    auto* view = views_->weightSharingView();
    view->showBusy(tr("Solving for the equivariant maps %1 → %2…")
                       .arg(view->inRepresentation(), view->outRepresentation()));
    solver_->solve(groupPanel_->group(), view->inRepresentation(), view->outRepresentation());
}

}  // namespace eqlab::app
