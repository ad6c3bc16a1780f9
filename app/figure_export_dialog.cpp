#include "app/figure_export_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

#include "app/lab_views.h"
#include "widgets/choice_bar.h"
#include "widgets/compute_names.h"
#include "widgets/error_map_panel.h"
#include "widgets/figure_builders.h"
#include "widgets/figure_files.h"
#include "widgets/filter_panel.h"
#include "widgets/group_view.h"
#include "widgets/heat_map_view.h"
#include "widgets/layer_orbit_panel.h"
#include "widgets/orbit_view.h"
#include "widgets/weight_sharing_view.h"

namespace eqlab::app {

namespace fig = widgets::figure;

namespace {

// The last choices, for the next export in this session.
fig::Style& lastStyle() {
    static fig::Style style;
    return style;
}

bool isScene(const fig::Figure& figure) {
    return std::holds_alternative<fig::Scene>(figure.content);
}

std::vector<fig::Figure> withPrefix(const std::vector<fig::Figure>& figures,
                                    const QString& prefix) {
    std::vector<fig::Figure> kept;
    for (const auto& f : figures) {
        if (f.name.startsWith(prefix)) {
            kept.push_back(f);
        }
    }
    return kept;
}

}  // namespace

FigureExportDialog::FigureExportDialog(bool threeD, bool allFormats, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Export Figure"));
    const fig::Style& last = lastStyle();
    auto* form = new QFormLayout(this);
    format_ = new QComboBox(this);
    if (allFormats) {
        format_->addItem(tr("SVG, PDF and PNG"), QStringLiteral("all"));
    }
    format_->addItem(tr("SVG (vector)"), QStringLiteral("svg"));
    format_->addItem(tr("PDF (vector)"), QStringLiteral("pdf"));
    format_->addItem(tr("PNG (image)"), QStringLiteral("png"));
    format_->addItem(tr("CSV (the plotted numbers only)"), QStringLiteral("csv"));
    if (threeD) {
        format_->addItem(tr("glTF binary (3-D, for a browser or slides)"), QStringLiteral("glb"));
    }
    format_->setToolTip(
        tr("The file format: SVG and PDF stay sharp at any size, PNG is a picture, "
           "CSV holds the numbers"));
    form->addRow(tr("Format:"), format_);
    const auto spin = [this](double value, double low, double high, const QString& suffix) {
        auto* box = new QDoubleSpinBox(this);
        box->setRange(low, high);
        box->setDecimals(1);
        box->setSingleStep(0.5);
        box->setValue(value);
        box->setSuffix(suffix);
        return box;
    };
    width_ = spin(last.widthCm, 1, 100, tr(" cm"));
    height_ = spin(last.heightCm, 1, 100, tr(" cm"));
    font_ = spin(last.fontPt, 2, 72, tr(" pt"));
    width_->setToolTip(tr("The figure's width on paper"));
    height_->setToolTip(tr("The figure's height on paper"));
    font_->setToolTip(tr("The size of the figure's text, as in the paper's body text"));
    form->addRow(tr("Width:"), width_);
    form->addRow(tr("Height:"), height_);
    form->addRow(tr("Font size:"), font_);
    scale_ = new QSpinBox(this);
    scale_->setRange(1, 4);
    scale_->setValue(last.scale);
    scale_->setSuffix(tr("×"));
    scale_->setToolTip(tr("PNG only: the size at 96 dpi times this, text and lines drawn finer"));
    form->addRow(tr("PNG scale:"), scale_);
    paper_ = new QCheckBox(tr("Paper style (white, black text, colours for print and "
                              "colour-blind readers)"),
                           this);
    paper_->setChecked(last.paper);
    paper_->setToolTip(tr("Otherwise the figure looks as the view does, in the window's theme"));
    form->addRow(paper_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
        ->setToolTip(tr("Choose where to write the figure (Enter)"));
    buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without exporting (Esc)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

fig::Style FigureExportDialog::style() const {
    fig::Style style;
    style.widthCm = width_->value();
    style.heightCm = height_->value();
    style.fontPt = font_->value();
    style.scale = scale_->value();
    style.paper = paper_->isChecked();
    style.dark = palette().color(QPalette::Window).lightness() < 128;
    return style;
}

QString FigureExportDialog::format() const {
    return format_->currentData().toString();
}

std::vector<fig::Figure> viewFigures(const LabViews& views, const QString& name) {
    const auto snapshot = views.shownSnapshot();
    for (const auto& spec : fig::metricChartSpecs()) {
        if (spec.name == name) {
            fig::Figure f = fig::metricChart(*snapshot, spec);
            return std::get<fig::Chart>(f.content).series.empty() ? std::vector<fig::Figure>{}
                                                                  : std::vector{f};
        }
    }
    if (name == QLatin1String("error-map")) {
        const metrics::MetricTable& table = views.errorMap()->heatMap()->table();
        if (table.rows == 0) {
            return {};
        }
        return {fig::tableHeatMap(
            table, QStringLiteral("error-map-") + fig::fileStem(widgets::displayName(table.name)),
            widgets::metricName(table.name))};
    }
    if (name == QLatin1String("curves")) {
        return withPrefix(fig::lessonFigures(*snapshot), QStringLiteral("curves-"));
    }
    if (name == QLatin1String("alignment")) {
        return withPrefix(fig::lessonFigures(*snapshot), QStringLiteral("alignment-"));
    }
    if (name == QLatin1String("descramble")) {
        return withPrefix(fig::lessonFigures(*snapshot), QStringLiteral("descramble-"));
    }
    if (name == QLatin1String("layer-orbits")) {
        const auto* panel = views.layerOrbits();
        fig::Figure f =
            fig::layerOrbit(*snapshot, panel->runChoice(), panel->layerChoice(),
                            QStringLiteral("layer-orbit"), panel->orbitView()->camera());
        return std::get<fig::Scene>(f.content).points.empty() ? std::vector<fig::Figure>{}
                                                              : std::vector{f};
    }
    if (name == QLatin1String("orbit-explorer")) {
        const auto* view = views.explorerOrbit();
        if (view->scene().points.empty()) {
            return {};
        }
        return {fig::sceneFigure(view->scene(), QStringLiteral("orbit"), view->camera())};
    }
    if (name == QLatin1String("group")) {
        const auto& data = views.groupView()->data();
        if (data.order == 0) {
            return {};
        }
        return {fig::sceneFigure(data.cayleyGraph, QStringLiteral("cayley"),
                                 views.groupView()->cayleyGraphView()->camera()),
                fig::multiplicationTable(data), fig::characterTable(data)};
    }
    if (name == QLatin1String("weight-sharing")) {
        const auto& data = views.weightSharingView()->data();
        if (data.rows == 0) {
            return {};
        }
        return {fig::weightSharing(data)};
    }
    if (name == QLatin1String("filters")) {
        const QString chosen = views.filters()->choices()->currentText(0);
        for (const auto& run : snapshot->runs) {
            if (QString::fromStdString(run.label) == chosen && !run.filters.empty()) {
                return {fig::filters(run, QStringLiteral("filters-") + fig::fileStem(chosen))};
            }
        }
    }
    return {};
}

std::vector<fig::Figure> allFigures(const LabViews& views) {
    std::vector<fig::Figure> figures = fig::lessonFigures(*views.shownSnapshot());
    for (const QString& name : {QStringLiteral("orbit-explorer"), QStringLiteral("group"),
                                QStringLiteral("weight-sharing")}) {
        for (auto& f : viewFigures(views, name)) {
            figures.push_back(std::move(f));
        }
    }
    return figures;
}

void showExportMenu(LabViews& views, const QString& viewName, QPoint globalPosition) {
    QMenu menu(&views);
    QAction* exportAction = menu.addAction(LabViews::tr("Export…"));
    exportAction->setEnabled(!viewFigures(views, viewName).empty());
    if (menu.exec(globalPosition) == exportAction) {
        exportViewInteractively(views, viewName);
    }
}

void exportViewInteractively(LabViews& views, const QString& viewName) {
    const std::vector<fig::Figure> figures = viewFigures(views, viewName);
    if (figures.empty()) {
        return;
    }
    const bool threeD = std::any_of(figures.begin(), figures.end(), isScene);
    FigureExportDialog dialog(threeD, figures.size() > 1, &views);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const fig::Style style = dialog.style();
    lastStyle() = style;
    const QString format = dialog.format();
    QStringList problems;
    if (figures.size() > 1 || format == QLatin1String("all")) {
        const QString dir = QFileDialog::getExistingDirectory(&views, LabViews::tr("Export into"));
        if (dir.isEmpty()) {
            return;
        }
        const QStringList formats =
            format == QLatin1String("all")
                ? QStringList{QStringLiteral("svg"), QStringLiteral("pdf"), QStringLiteral("png")}
                : QStringList{format};
        for (const auto& f : figures) {
            problems += fig::writeFigureSet(f, dir, formats, style);
        }
    } else {
        const fig::Figure& figure = figures.front();
        const QString path = QFileDialog::getSaveFileName(
            &views, LabViews::tr("Export Figure"),
            QDir::home().filePath(figure.name + QLatin1Char('.') + format),
            LabViews::tr("%1 files (*.%2)").arg(format.toUpper(), format));
        if (path.isEmpty()) {
            return;
        }
        const QFileInfo info(path);
        // The CSV beside the picture: the plotted numbers.
        problems << fig::writeFigure(
            figure,
            info.path() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".csv"),
            style);
        if (format != QLatin1String("csv")) {
            problems << fig::writeFigure(figure, path, style);
        }
        problems.removeAll(QString());
    }
    if (!problems.isEmpty()) {
        QMessageBox::warning(&views, LabViews::tr("Export Figure"),
                             problems.join(QLatin1Char('\n')));
    }
}

void exportAllInteractively(LabViews& views, QWidget* parent) {
    FigureExportDialog dialog(true, true, parent);
    dialog.setWindowTitle(LabViews::tr("Export All Figures"));
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const fig::Style style = dialog.style();
    lastStyle() = style;
    const QString dir = QFileDialog::getExistingDirectory(parent, LabViews::tr("Export all into"));
    if (dir.isEmpty()) {
        return;
    }
    const QString format = dialog.format();
    const QStringList formats =
        format == QLatin1String("all")
            ? QStringList{QStringLiteral("svg"), QStringLiteral("pdf"), QStringLiteral("png")}
            : QStringList{format};
    QStringList problems;
    const auto figures = allFigures(views);
    for (const auto& f : figures) {
        problems += fig::writeFigureSet(f, dir, formats, style);
    }
    if (!problems.isEmpty()) {
        QMessageBox::warning(parent, LabViews::tr("Export All Figures"),
                             problems.join(QLatin1Char('\n')));
    }
}

}  // namespace eqlab::app
