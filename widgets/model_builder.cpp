#include "widgets/model_builder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QStandardItemModel>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "compute/core/error.h"
#include "compute/nn/layer_kinds.h"
#include "compute/train/model_templates.h"
#include "widgets/compute_names.h"
#include "widgets/param_form.h"
#include "widgets/view_style.h"

namespace eqlab::widgets {

namespace {

const QColor kErrorColour(208, 52, 44);

enum Column { KindColumn, ParamsColumn, ShapeColumn, CountColumn };

// The name of the kind's nested-layers parameter, or empty for a plain layer.
std::string layersParam(const std::string& type) {
    if (const nn::LayerKind* kind = nn::findLayerKind(type)) {
        for (const auto& p : kind->params) {
            if (p.type == ParamSpec::Type::Layers) {
                return p.name;
            }
        }
    }
    return {};
}

const LayerSpec* layerAt(const std::vector<LayerSpec>& list, const std::vector<int>& path,
                         std::size_t depth = 0) {
    if (path.empty() || path[depth] < 0 || path[depth] >= static_cast<int>(list.size())) {
        return nullptr;
    }
    const LayerSpec& l = list[static_cast<std::size_t>(path[depth])];
    if (depth + 1 == path.size()) {
        return &l;
    }
    const std::string nested = layersParam(l.type);
    return nested.empty() ? nullptr : layerAt(l.params.layers(nested), path, depth + 1);
}

// Calls f on the list that holds the layer at path (Params hold nested lists by value, so each
// level is copied out, edited and written back).
template <class F>
void editList(std::vector<LayerSpec>& list, const std::vector<int>& path, F f,
              std::size_t depth = 0) {
    if (depth + 1 >= path.size()) {
        f(list);
        return;
    }
    LayerSpec& wrapper = list.at(static_cast<std::size_t>(path[depth]));
    const std::string nested = layersParam(wrapper.type);
    std::vector<LayerSpec> inner = wrapper.params.layers(nested);
    editList(inner, path, f, depth + 1);
    wrapper.params.setLayers(nested, std::move(inner));
}

const train::LayerOutline* outlineAt(const std::vector<train::LayerOutline>& list,
                                     const std::vector<int>& path, std::size_t depth = 0) {
    if (path.empty() || path[depth] >= static_cast<int>(list.size())) {
        return nullptr;
    }
    const auto& o = list[static_cast<std::size_t>(path[depth])];
    return depth + 1 == path.size() ? &o : outlineAt(o.nested, path, depth + 1);
}

QString formatNumber(double v) {
    return QLocale::c().toString(v, 'g', 6);
}

// The parameters worth a glance: the required ones and those changed from the default.
QString summary(const LayerSpec& layer) {
    const nn::LayerKind* kind = nn::findLayerKind(layer.type);
    if (!kind) {
        return {};
    }
    QStringList parts;
    for (const auto& s : kind->params) {
        const QString name = QString::fromStdString(s.name);
        switch (s.type) {
            case ParamSpec::Type::Integer:
            case ParamSpec::Type::Number:
                if (s.required || layer.params.number(s.name) != s.defaultNumber) {
                    parts << name + QLatin1Char('=') + formatNumber(layer.params.number(s.name));
                }
                break;
            case ParamSpec::Type::Text:
            case ParamSpec::Type::Choice:
                if (s.required || layer.params.text(s.name) != s.defaultText) {
                    parts << name + QLatin1Char('=') +
                                 QString::fromStdString(layer.params.text(s.name));
                }
                break;
            case ParamSpec::Type::Flag:
                if (layer.params.flag(s.name) != (s.defaultNumber != 0.0)) {
                    parts << (layer.params.flag(s.name) ? name
                                                        : ModelBuilder::tr("no %1").arg(name));
                }
                break;
            case ParamSpec::Type::Numbers:
                if (!layer.params.numbers(s.name).empty()) {
                    parts << name + QStringLiteral("=[…]");
                }
                break;
            case ParamSpec::Type::Layers:
                break;
        }
    }
    return parts.join(QStringLiteral(", "));
}

QString templateTitle(train::ModelTemplate id) {
    using T = train::ModelTemplate;
    switch (id) {
        case T::PlainMlp:
            return ModelBuilder::tr("Plain MLP");
        case T::AugmentedMlp:
            return ModelBuilder::tr("MLP + augmentation");
        case T::GroupAveraged:
            return ModelBuilder::tr("Group-averaged MLP");
        case T::EquivariantMlp:
            return ModelBuilder::tr("Equivariant MLP");
        case T::DeepSets:
            return ModelBuilder::tr("DeepSets");
        case T::C4Gcnn:
            return ModelBuilder::tr("C4 G-CNN");
        case T::D4Gcnn:
            return ModelBuilder::tr("D4 G-CNN");
        case T::FirstOrderInvariant:
            return ModelBuilder::tr("First-order invariant net");
        case T::SecondOrderInvariant:
            return ModelBuilder::tr("Second-order invariant net");
        case T::Involutive:
            return ModelBuilder::tr("Involutive net");
        case T::GroupAction:
            return ModelBuilder::tr("Group action");
        case T::Parity:
            return ModelBuilder::tr("Parity net");
        case T::BandLimitedSo2:
            return ModelBuilder::tr("Band-limited SO(2) net");
    }
    return {};
}

}  // namespace

ModelBuilder::ModelBuilder(QWidget* parent) : QWidget(parent) {
    auto* column = new QVBoxLayout(this);

    auto* templateRow = new QHBoxLayout;
    templates_ = new QComboBox(this);
    templates_->setObjectName(QStringLiteral("templates"));
    templates_->setToolTip(tr("Architecture templates for the experiment's task and group"));
    apply_ = new QPushButton(tr("Apply"), this);
    apply_->setObjectName(QStringLiteral("apply-template"));
    apply_->setToolTip(tr("Replace this run's layers with the template"));
    templateRow->addWidget(new QLabel(tr("Template:"), this));
    templateRow->addWidget(templates_, 1);
    templateRow->addWidget(apply_);
    column->addLayout(templateRow);
    connect(apply_, &QPushButton::clicked, this,
            [this] { applyTemplate(templates_->currentData().toString()); });

    tree_ = new QTreeWidget(this);
    tree_->setObjectName(QStringLiteral("layers"));
    tree_->setColumnCount(4);
    tree_->setHeaderLabels({tr("Layer"), tr("Parameters"), tr("Shape after"), tr("Weights")});
    tree_->setRootIsDecorated(true);
    tree_->setUniformRowHeights(true);
    tree_->setSelectionMode(QAbstractItemView::SingleSelection);
    tree_->header()->setStretchLastSection(false);
    tree_->header()->setSectionResizeMode(ParamsColumn, QHeaderView::Stretch);
    for (int c : {KindColumn, ShapeColumn, CountColumn}) {
        tree_->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    column->addWidget(tree_, 3);
    connect(tree_, &QTreeWidget::itemSelectionChanged, this, [this] { showSelected(); });

    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("message"));
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    column->addWidget(message_);

    auto* buttons = new QHBoxLayout;
    add_ = new QToolButton(this);
    add_->setObjectName(QStringLiteral("add-layer"));
    add_->setText(tr("Add layer"));
    add_->setPopupMode(QToolButton::InstantPopup);
    kindMenu_ = new QMenu(add_);
    kindMenu_->setToolTipsVisible(true);
    for (const auto& kind : nn::layerKinds()) {
        QAction* action = kindMenu_->addAction(QString::fromStdString(kind.name));
        action->setData(QString::fromStdString(kind.name));
        action->setToolTip(layerSummary(kind.summary));
        connect(action, &QAction::triggered, this,
                [this, name = QString::fromStdString(kind.name)] { addLayer(name); });
    }
    add_->setMenu(kindMenu_);
    add_->setToolTip(tr("Add a layer after the selected one"));
    remove_ = new QPushButton(tr("Remove"), this);
    remove_->setObjectName(QStringLiteral("remove-layer"));
    remove_->setToolTip(tr("Remove the selected layer (Delete)"));
    up_ = new QPushButton(tr("Up"), this);
    up_->setObjectName(QStringLiteral("move-up"));
    up_->setToolTip(tr("Move the selected layer up (Alt+Up)"));
    down_ = new QPushButton(tr("Down"), this);
    down_->setObjectName(QStringLiteral("move-down"));
    down_->setToolTip(tr("Move the selected layer down (Alt+Down)"));
    augment_ = new QCheckBox(tr("Augment"), this);
    augment_->setObjectName(QStringLiteral("augment"));
    augment_->setToolTip(
        tr("Train on g·x for a random group element g per sample and step (needs a group acting "
           "on the input)"));
    buttons->addWidget(add_);
    buttons->addWidget(remove_);
    buttons->addWidget(up_);
    buttons->addWidget(down_);
    buttons->addStretch(1);
    buttons->addWidget(augment_);
    column->addLayout(buttons);
    connect(remove_, &QPushButton::clicked, this, &ModelBuilder::removeSelectedLayer);
    connect(up_, &QPushButton::clicked, this, [this] { moveSelectedLayer(-1); });
    connect(down_, &QPushButton::clicked, this, [this] { moveSelectedLayer(1); });
    connect(augment_, &QCheckBox::toggled, this, [this](bool on) {
        spec_.augment = on;
        edited(selectedPath());
    });

    const auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* s = new QShortcut(keys, tree_);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence::Delete, [this] { removeSelectedLayer(); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveSelectedLayer(-1); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveSelectedLayer(1); });

    formTitle_ = new QLabel(this);
    formTitle_->setWordWrap(true);
    column->addWidget(formTitle_);
    form_ = new ParamForm(this);
    form_->setObjectName(QStringLiteral("parameters"));
    column->addWidget(form_, 2);
    column->addStretch(0);
    connect(form_, &ParamForm::paramsEdited, this,
            [this](const Params& params) { paramsEdited(params); });

    showSelected();
}

void ModelBuilder::setExperiment(const io::ExperimentSpec& spec, int run) {
    experiment_ = spec;
    if (experiment_.runs.empty()) {
        experiment_.runs.push_back({});
    }
    task_.reset();
    taskError_.clear();
    run_ = -1;
    setRun(run);
}

void ModelBuilder::setRun(int run) {
    run = std::clamp(run, 0, static_cast<int>(experiment_.runs.size()) - 1);
    // Runs with a task of their own, or on another run's codes, have shapes of their own.
    const auto ownShape = [this](int r) {
        const io::RunSpec& spec = experiment_.runs[static_cast<std::size_t>(r)];
        return spec.task.has_value() || spec.inputs.has_value();
    };
    const bool taskChanges = run_ < 0 || ownShape(run) || ownShape(run_);
    run_ = run;
    spec_ = experiment_.runs[static_cast<std::size_t>(run)];
    if (taskChanges) {
        task_.reset();
        taskError_.clear();
        try {
            task_ = train::runTaskShape(experiment_, static_cast<std::size_t>(run));
        } catch (const Error& e) {
            taskError_ = QString::fromStdString(e.detail());
        }
    }
    {
        const QSignalBlocker block(augment_);
        augment_->setChecked(spec_.augment);
    }
    updateTemplates();
    formPath_.clear();
    outline_ = {};
    if (task_) {
        outline_ = train::outlineModel(spec_.layers, *task_,
                                       experiment_.explicitRuns || experiment_.runs.size() > 1
                                           ? "runs[" + std::to_string(run_) + "].model"
                                           : std::string("model"));
    }
    checkAugmentation();
    rebuildTree({});
    showSelected();
}

void ModelBuilder::checkAugmentation() {
    // The session refuses augmentation without a group acting on the input: say so here.
    if (task_ && outline_.ok() && spec_.augment && (!task_->group || task_->input.rep.empty())) {
        outline_.error = tr("Augmentation needs a group acting on the task's input.").toStdString();
    }
}

void ModelBuilder::updateTemplates() {
    const QString current = templates_->currentData().toString();
    templates_->clear();
    auto* model = qobject_cast<QStandardItemModel*>(templates_->model());
    for (const auto& info : train::modelTemplates()) {
        templates_->addItem(templateTitle(info.id), QString::fromStdString(info.name));
        if (!task_) {
            continue;
        }
        const auto result = train::makeTemplate(info.id, *task_);
        const int row = templates_->count() - 1;
        if (!result.applies()) {
            if (model) {
                model->item(row)->setEnabled(false);
            }
            templates_->setItemData(row, QString::fromStdString(result.whyNot), Qt::ToolTipRole);
        }
    }
    const int keep = templates_->findData(current);
    templates_->setCurrentIndex(keep >= 0 ? keep : 0);
}

QString ModelBuilder::message() const {
    return message_->text();
}

void ModelBuilder::edited(const Path& select) {
    if (task_) {
        outline_ = train::outlineModel(spec_.layers, *task_,
                                       experiment_.explicitRuns || experiment_.runs.size() > 1
                                           ? "runs[" + std::to_string(run_) + "].model"
                                           : std::string("model"));
    }
    experiment_.runs[static_cast<std::size_t>(run_)] = spec_;
    checkAugmentation();
    rebuildTree(select);
    if (task_ && outline_.ok()) {
        emit runEdited(run_, spec_);
    }
}

void ModelBuilder::rebuildTree(const Path& select) {
    {
        const QSignalBlocker block(tree_);
        tree_->clear();
        // Adds the rows of a list under parent (null: top level).
        const std::function<void(QTreeWidgetItem*, const std::vector<LayerSpec>&,
                                 const std::vector<train::LayerOutline>*, Path)>
            addRows = [&](QTreeWidgetItem* parent, const std::vector<LayerSpec>& list,
                          const std::vector<train::LayerOutline>* outlines, Path path) {
                for (std::size_t i = 0; i < list.size(); ++i) {
                    const LayerSpec& layer = list[i];
                    const train::LayerOutline* o =
                        outlines && i < outlines->size() ? &(*outlines)[i] : nullptr;
                    auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree_);
                    item->setText(KindColumn, QString::fromStdString(layer.type));
                    item->setText(ParamsColumn, summary(layer));
                    item->setToolTip(ParamsColumn, summary(layer));
                    if (const nn::LayerKind* kind = nn::findLayerKind(layer.type)) {
                        item->setToolTip(KindColumn, layerSummary(kind->summary));
                    }
                    if (o && o->built) {
                        item->setText(ShapeColumn, QString::fromStdString(o->shapeText));
                        item->setText(CountColumn, QLocale().toString(qlonglong(o->parameters)));
                        item->setTextAlignment(CountColumn, Qt::AlignRight | Qt::AlignVCenter);
                    } else if (o && o->error.empty()) {
                        item->setText(ShapeColumn, QStringLiteral("—"));  // after a failing layer
                        item->setToolTip(ShapeColumn,
                                         tr("Not built: an earlier layer does not fit"));
                    } else if (o) {
                        item->setText(ShapeColumn, tr("does not fit"));
                        for (int c = 0; c < tree_->columnCount(); ++c) {
                            item->setForeground(c, kErrorColour);
                            item->setToolTip(c, QString::fromStdString(o->error));
                        }
                    }
                    Path here = path;
                    here.push_back(static_cast<int>(i));
                    const std::string nested = layersParam(layer.type);
                    if (!nested.empty()) {
                        addRows(item, layer.params.layers(nested), o ? &o->nested : nullptr, here);
                        item->setExpanded(true);
                    }
                }
            };
        addRows(nullptr, spec_.layers, task_ ? &outline_.layers : nullptr, {});
        if (QTreeWidgetItem* item = itemAt(select)) {
            tree_->setCurrentItem(item);
            item->setSelected(true);
        }
    }
    // The message line: the task's or the model's problem, or the total.
    QString text;
    bool bad = true;
    if (!task_) {
        text = tr("The task cannot be made: %1").arg(taskError_);
    } else if (!outline_.ok()) {
        text = QString::fromStdString(outline_.error);
    } else {
        bad = false;
        text = tr("Input %1 → output %2; %3 weights in all.")
                   .arg(QString::fromStdString(train::shapeText(task_->input)))
                   .arg(task_->outputs)
                   .arg(QLocale().toString(qlonglong(outline_.parameters)));
    }
    message_->setText(text);
    message_->setStyleSheet(bad ? QString::fromLatin1(kErrorStyle) : QString());
    const bool selected = !selectedPath().empty();
    remove_->setEnabled(selected);
    up_->setEnabled(selected);
    down_->setEnabled(selected);
    add_->setEnabled(task_.has_value());
    apply_->setEnabled(task_.has_value());
    if (selectedPath() != formPath_) {
        showSelected();
    }
}

QTreeWidgetItem* ModelBuilder::itemAt(const Path& path) const {
    QTreeWidgetItem* item = nullptr;
    for (std::size_t d = 0; d < path.size(); ++d) {
        item = d == 0 ? tree_->topLevelItem(path[0]) : (item ? item->child(path[d]) : nullptr);
        if (!item) {
            return nullptr;
        }
    }
    return item;
}

ModelBuilder::Path ModelBuilder::selectedPath() const {
    Path path;
    const auto items = tree_->selectedItems();
    if (items.isEmpty()) {
        return path;
    }
    for (QTreeWidgetItem* item = items.front(); item; item = item->parent()) {
        path.insert(path.begin(), item->parent() ? item->parent()->indexOfChild(item)
                                                 : tree_->indexOfTopLevelItem(item));
    }
    return path;
}

void ModelBuilder::showSelected() {
    formPath_ = selectedPath();
    const LayerSpec* layer = layerAt(spec_.layers, formPath_);
    const nn::LayerKind* kind = layer ? nn::findLayerKind(layer->type) : nullptr;
    if (!kind) {
        formPath_.clear();
        formTitle_->setText(tr("Select a layer to edit its parameters."));
        form_->setParams({}, Params{});
        form_->hide();
    } else {
        formTitle_->setText(tr("<b>%1</b> — %2")
                                .arg(QString::fromStdString(kind->name),
                                     layerSummary(kind->summary).toHtmlEscaped()));
        form_->setParams(kind->params, layer->params);
        form_->show();
    }
    const bool selected = !formPath_.empty();
    remove_->setEnabled(selected);
    up_->setEnabled(selected);
    down_->setEnabled(selected);
}

void ModelBuilder::paramsEdited(const Params& params) {
    const Path path = formPath_;
    if (path.empty()) {
        return;
    }
    editList(spec_.layers, path, [&](std::vector<LayerSpec>& list) {
        LayerSpec& layer = list.at(static_cast<std::size_t>(path.back()));
        Params merged = params;
        // The form has no editor for nested layers: keep them.
        const std::string nested = layersParam(layer.type);
        if (!nested.empty()) {
            merged.setLayers(nested, layer.params.layers(nested));
        }
        layer.params = std::move(merged);
    });
    edited(path);
}

void ModelBuilder::addLayer(const QString& kindName) {
    if (!task_ || !nn::findLayerKind(kindName.toStdString())) {
        return;
    }
    Path path = selectedPath();
    // What the new layer receives: what the selected layer gives (or the last top-level layer).
    nn::FeatureShape in = task_->input;
    if (path.empty()) {
        if (!outline_.layers.empty() && outline_.layers.back().built) {
            in = outline_.layers.back().shape;
        }
        path = {static_cast<int>(spec_.layers.size()) - 1};
    } else if (const train::LayerOutline* o = outlineAt(outline_.layers, path); o && o->built) {
        in = o->shape;
    }
    const LayerSpec layer = train::defaultLayer(kindName.toStdString(), in, task_->outputs);
    Path added = path;
    added.back() += 1;
    editList(spec_.layers, added, [&](std::vector<LayerSpec>& list) {
        list.insert(list.begin() + added.back(), layer);
    });
    edited(added);
}

void ModelBuilder::removeSelectedLayer() {
    Path path = selectedPath();
    if (path.empty()) {
        return;
    }
    std::size_t remaining = 0;
    editList(spec_.layers, path, [&](std::vector<LayerSpec>& list) {
        list.erase(list.begin() + path.back());
        remaining = list.size();
    });
    // Select the layer that took its place, else the one before, else the wrapper.
    if (static_cast<std::size_t>(path.back()) >= remaining) {
        path.back() -= 1;
    }
    if (path.back() < 0) {
        path.pop_back();
    }
    formPath_ = {};  // the form showed the removed layer
    edited(path);
}

void ModelBuilder::moveSelectedLayer(int delta) {
    Path path = selectedPath();
    if (path.empty()) {
        return;
    }
    bool moved = false;
    const int to = path.back() + delta;
    editList(spec_.layers, path, [&](std::vector<LayerSpec>& list) {
        if (to >= 0 && to < static_cast<int>(list.size())) {
            std::swap(list[static_cast<std::size_t>(path.back())],
                      list[static_cast<std::size_t>(to)]);
            moved = true;
        }
    });
    if (moved) {
        path.back() = to;
        formPath_ = {};
        edited(path);
    }
}

bool ModelBuilder::applyTemplate(const QString& name) {
    if (!task_) {
        return false;
    }
    for (const auto& info : train::modelTemplates()) {
        if (QString::fromStdString(info.name) != name) {
            continue;
        }
        const auto result = train::makeTemplate(info.id, *task_);
        if (!result.applies()) {
            message_->setText(
                tr("%1 does not apply: %2")
                    .arg(templateTitle(info.id), QString::fromStdString(result.whyNot)));
            message_->setStyleSheet(QString::fromLatin1(kErrorStyle));
            return false;
        }
        spec_.label = result.run.label;
        spec_.layers = result.run.layers;
        spec_.augment = result.run.augment;
        {
            const QSignalBlocker block(augment_);
            augment_->setChecked(spec_.augment);
        }
        formPath_ = {};
        edited({});
        return true;
    }
    return false;
}

}  // namespace eqlab::widgets
