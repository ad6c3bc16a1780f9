#pragma once

// Figures from the window: Right-click > Export… on a view writes the figure(s) it shows now;
// File > Export All… writes the whole lesson's set into a folder. A small dialog asks for the
// format, the size in cm, the font size, the PNG scale and the paper style. The figures come from
// widgets/figure_builders.h, the code `eqlab run --figures` uses.

#include <QDialog>
#include <QPoint>
#include <vector>

#include "widgets/figure.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace eqlab::app {

class LabViews;

class FigureExportDialog : public QDialog {
    Q_OBJECT

public:
    // allFormats: the folder export (SVG, PDF, PNG at once) is offered as well.
    FigureExportDialog(bool threeD, bool allFormats, QWidget* parent = nullptr);
    widgets::figure::Style style() const;
    // "svg", "pdf", "png", "csv", "glb", or "all" (svg, pdf and png).
    QString format() const;

private:
    QComboBox* format_ = nullptr;
    QDoubleSpinBox* width_ = nullptr;
    QDoubleSpinBox* height_ = nullptr;
    QDoubleSpinBox* font_ = nullptr;
    QSpinBox* scale_ = nullptr;
    QCheckBox* paper_ = nullptr;
};

// The figures a view shows now (its chosen run, table, layer; the 3-D views with their camera).
// Empty for a view with nothing to export.
std::vector<widgets::figure::Figure> viewFigures(const LabViews& views, const QString& viewName);
// Every view's figures: the lesson's training figures at the shown snapshot, the explorer's orbit,
// the group's Cayley graph and tables, the weight sharing.
std::vector<widgets::figure::Figure> allFigures(const LabViews& views);

void showExportMenu(LabViews& views, const QString& viewName, QPoint globalPosition);
void exportViewInteractively(LabViews& views, const QString& viewName);
void exportAllInteractively(LabViews& views, QWidget* parent);

}  // namespace eqlab::app
