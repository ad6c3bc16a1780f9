#include "compute/io/experiment.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <filesystem>
#include <set>
#include <sstream>

#include "compute/core/error.h"
#include "compute/core/json.h"
#include "compute/data/task_kinds.h"
#include "compute/io/field_path.h"
#include "compute/io/file_name.h"
#include "compute/io/json_fields.h"
#include "compute/io/number_format.h"
#include "compute/io/run_inputs.h"
#include "compute/metrics/metric_kinds.h"
#include "compute/nn/layer_kinds.h"

namespace eqlab::io {

namespace {

std::string joined(const std::vector<std::string>& names) {
    std::string list;
    for (const auto& n : names) {
        list += (list.empty() ? "" : ", ") + n;
    }
    return list;
}

std::vector<std::string> layerKindNames() {
    std::vector<std::string> names;
    for (const auto& k : nn::layerKinds()) {
        names.push_back(k.name);
    }
    return names;
}

std::vector<LayerSpec> parseLayers(const json::Value* value, const std::string& path,
                                   const std::string& src);

// Reads the declared parameters of a kind from an object (every problem named by field path).
Params parseParams(Fields& f, const std::vector<ParamSpec>& specs) {
    Params params;
    for (const auto& s : specs) {
        switch (s.type) {
            case ParamSpec::Type::Integer:
                params.setNumber(s.name, static_cast<double>(f.integer(
                                             s.name, static_cast<std::int64_t>(s.defaultNumber),
                                             static_cast<std::int64_t>(s.minimum),
                                             static_cast<std::int64_t>(s.maximum), s.required)));
                break;
            case ParamSpec::Type::Number:
                params.setNumber(s.name, f.number(s.name, s.defaultNumber, s.minimum, s.maximum,
                                                  s.exclusiveMinimum, s.required));
                break;
            case ParamSpec::Type::Text:
                params.setText(s.name, f.string(s.name, s.defaultText, s.required));
                break;
            case ParamSpec::Type::Choice:
                params.setText(s.name, f.choice(s.name, s.defaultText, s.choices, s.required));
                break;
            case ParamSpec::Type::Flag:
                params.setNumber(s.name, f.boolean(s.name, s.defaultNumber != 0.0) ? 1.0 : 0.0);
                break;
            case ParamSpec::Type::Numbers: {
                const json::Value* v = f.get(s.name);
                if (!v) {
                    if (s.required) {
                        f.fail(s.name, "missing (expected a list of numbers)");
                    }
                    params.setNumbers(s.name, s.defaultNumbers);
                    break;
                }
                if (!v->isArray()) {
                    f.fail(s.name, std::string("expected a list of numbers, got ") +
                                       json::typeName(v->type()));
                }
                std::vector<double> numbers;
                for (const auto& item : v->asArray()) {
                    if (!item.isNumber() || !std::isfinite(item.asNumber()) ||
                        item.asNumber() < s.minimum || item.asNumber() > s.maximum) {
                        f.fail(s.name, "expected numbers from " + formatNumber(s.minimum) + " to " +
                                           formatNumber(s.maximum));
                    }
                    numbers.push_back(item.asNumber());
                }
                params.setNumbers(s.name, std::move(numbers));
                break;
            }
            case ParamSpec::Type::Layers: {
                const json::Value* v = f.get(s.name);
                const std::string path = f.path().empty() ? s.name : f.path() + "." + s.name;
                params.setLayers(s.name, parseLayers(v, path, f.source()));
                break;
            }
        }
    }
    return params;
}

LayerSpec parseLayer(const json::Value& value, const std::string& path, const std::string& src) {
    Fields f(value, path, src);
    LayerSpec layer;
    layer.type = f.choice("type", "", layerKindNames(), true);
    layer.params = parseParams(f, nn::findLayerKind(layer.type)->params);
    f.rejectUnknown();
    return layer;
}

std::vector<LayerSpec> parseLayers(const json::Value* value, const std::string& path,
                                   const std::string& src) {
    if (!value || !value->isArray() || value->asArray().empty()) {
        throw Error(ErrorKind::Parse,
                    src + ": field '" + path +
                        "': expected a non-empty list of layers, e.g. [{\"type\": \"dense\", "
                        "\"out\": 8}, {\"type\": \"activation\", \"function\": \"tanh\"}]");
    }
    std::vector<LayerSpec> layers;
    for (std::size_t i = 0; i < value->asArray().size(); ++i) {
        layers.push_back(
            parseLayer(value->asArray()[i], path + "[" + std::to_string(i) + "]", src));
    }
    return layers;
}

// path: "task", or "runs[1].task" for a run's own task.
TaskSpec parseTask(const json::Value& value, const std::string& src,
                   const std::string& path = "task") {
    Fields t(value, path, src);
    std::vector<std::string> names;
    for (const auto& k : data::taskKinds()) {
        names.push_back(k.name);
    }
    TaskSpec task;
    task.kind = t.choice("kind", "", names, true);
    task.params = parseParams(t, data::findTaskKind(task.kind)->params);
    t.rejectUnknown();
    return task;
}

MetricSpec parseMetric(const json::Value& value, const std::string& path, const std::string& src) {
    std::vector<std::string> names;
    for (const auto& k : metrics::metricKinds()) {
        names.push_back(k.name);
    }
    MetricSpec metric;
    if (value.isString()) {
        // The short form: just the kind's name, with its default parameters.
        metric.kind = value.asString();
        if (!metrics::findMetricKind(metric.kind)) {
            throw Error(ErrorKind::Parse, src + ": field '" + path + "': expected one of " +
                                              joined(names) + ", got '" + metric.kind + "'");
        }
        metric.params = defaultParams(metrics::findMetricKind(metric.kind)->params);
        return metric;
    }
    Fields m(value, path, src);
    metric.kind = m.choice("kind", "", names, true);
    metric.params = parseParams(m, metrics::findMetricKind(metric.kind)->params);
    m.rejectUnknown();
    return metric;
}

// The names of an enum setting, in the order of its values.
template <class E>
struct SettingNames;
template <>
struct SettingNames<LossKind> {
    static constexpr std::array<std::string_view, 2> names{"mse", "cross-entropy"};
};
template <>
struct SettingNames<OptimizerKind> {
    static constexpr std::array<std::string_view, 3> names{"sgd", "momentum", "adam"};
};
template <>
struct SettingNames<ScheduleKind> {
    static constexpr std::array<std::string_view, 2> names{"constant", "cosine"};
};
template <>
struct SettingNames<Dtype> {
    static constexpr std::array<std::string_view, 2> names{"double", "float"};
};
template <>
struct SettingNames<TargetEncoding> {
    static constexpr std::array<std::string_view, 2> names{"index", "sign"};
};

template <class E>
E parseSetting(std::string_view name, std::string_view field, std::string_view source = {}) {
    const auto& names = SettingNames<E>::names;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (names[i] == name) {
            return static_cast<E>(i);
        }
    }
    std::string list;
    for (const auto& n : names) {
        list += (list.empty() ? "" : ", ") + std::string(n);
    }
    throw Error(ErrorKind::Parse, (source.empty() ? std::string() : std::string(source) + ": ") +
                                      "field '" + std::string(field) + "': expected one of " +
                                      list + ", got '" + std::string(name) + "'");
}

// A setting read from an object member (absent: the fallback).
template <class E>
E settingField(Fields& f, const std::string& key, E fallback) {
    const std::string name = f.string(key, std::string(settingName(fallback)));
    const std::string field = f.path().empty() ? key : f.path() + "." + key;
    return parseSetting<E>(name, field, f.source());
}

// Checks a variant's edits: every path well-formed, the edited document a valid experiment.
void checkVariant(const json::Value& root, const VariantSpec& variant, std::size_t index,
                  const std::string& src);

}  // namespace

std::string_view settingName(LossKind value) {
    return SettingNames<LossKind>::names.at(static_cast<std::size_t>(value));
}
std::string_view settingName(OptimizerKind value) {
    return SettingNames<OptimizerKind>::names.at(static_cast<std::size_t>(value));
}
std::string_view settingName(ScheduleKind value) {
    return SettingNames<ScheduleKind>::names.at(static_cast<std::size_t>(value));
}
std::string_view settingName(Dtype value) {
    return SettingNames<Dtype>::names.at(static_cast<std::size_t>(value));
}
std::string_view settingName(TargetEncoding value) {
    return SettingNames<TargetEncoding>::names.at(static_cast<std::size_t>(value));
}
LossKind parseLossKind(std::string_view name, std::string_view field) {
    return parseSetting<LossKind>(name, field);
}
OptimizerKind parseOptimizerKind(std::string_view name, std::string_view field) {
    return parseSetting<OptimizerKind>(name, field);
}
ScheduleKind parseScheduleKind(std::string_view name, std::string_view field) {
    return parseSetting<ScheduleKind>(name, field);
}
Dtype parseDtype(std::string_view name, std::string_view field) {
    return parseSetting<Dtype>(name, field);
}

ExperimentSpec parseExperiment(std::string_view text, std::string_view source) {
    const std::string src(source);
    return parseExperimentValue(json::parse(text, src), src);
}

ExperimentSpec parseExperimentValue(const json::Value& root, std::string_view source) {
    const std::string src(source);
    Fields f(root, "", src);
    ExperimentSpec spec;
    spec.schema =
        static_cast<int>(f.integer("eqlab_experiment", 0, 1, kExperimentSchemaVersion, true));
    spec.name = f.string("name", "experiment");
    if (const std::string why = whyNotAFileName(spec.name); !why.empty()) {
        f.fail("name", why);
    }
    spec.group = f.string("group", "");
    spec.seed = static_cast<std::uint64_t>(f.integer("seed", 1, 0, (std::int64_t{1} << 53)));
    spec.steps = f.integer("steps", 500, 1, 100'000'000);
    spec.batch = f.integer("batch", 32, 1, 1 << 20);
    spec.chunk = f.integer("chunk", 16, 1, 1 << 20);
    spec.dtype = settingField(f, "dtype", Dtype::Double);
    spec.loss = settingField(f, "loss", LossKind::Mse);
    spec.targets = settingField(f, "targets", TargetEncoding::Index);
    if (spec.targets == TargetEncoding::Sign && spec.loss != LossKind::Mse) {
        f.fail("targets", "\"sign\" targets (one output, labels -1 and +1) need \"loss\": \"mse\"");
    }
    spec.online = f.boolean("online", false);

    const json::Value* task = f.get("task");
    if (!task) {
        f.fail("task", "missing (expected an object such as {\"kind\": \"xor\"})");
    }
    spec.task = parseTask(*task, src);

    const json::Value* model = f.get("model");
    const bool augment = f.boolean("augment", false);
    const json::Value* runs = f.get("runs");
    std::vector<LayerSpec> topLayers;
    if (model || !runs) {
        topLayers = parseLayers(model, "model", src);
    }
    if (!runs) {
        spec.runs.push_back({"model", topLayers, augment, std::nullopt, std::nullopt});
    } else {
        spec.explicitRuns = true;
        if (!runs->isArray() || runs->asArray().empty()) {
            f.fail("runs",
                   "expected a non-empty list of runs, e.g. [{\"label\": \"mlp\", "
                   "\"model\": [...]}]");
        }
        if (f.has("augment")) {
            f.fail("augment", "with \"runs\", say \"augment\" in each run");
        }
        for (std::size_t i = 0; i < runs->asArray().size(); ++i) {
            const std::string path = "runs[" + std::to_string(i) + "]";
            Fields r(runs->asArray()[i], path, src);
            RunSpec run;
            run.label = r.string("label", "", true);
            if (const std::string why = whyNotAFileName(run.label); !why.empty()) {
                r.fail("label", why);
            }
            for (const auto& other : spec.runs) {
                if (other.label == run.label) {
                    r.fail("label", "two runs are labelled '" + run.label + "'");
                }
            }
            if (const json::Value* own = r.get("model")) {
                run.layers = parseLayers(own, path + ".model", src);
            } else if (model) {
                run.layers = topLayers;
            } else {
                r.fail("model", "missing (no top-level \"model\" to inherit)");
            }
            run.augment = r.boolean("augment", false);
            if (r.has("lr")) {
                run.learningRate = r.number("lr", 0.0, 0.0, kMaxLearningRate, true);
            }
            if (const json::Value* task = r.get("task")) {
                run.task = parseTask(*task, src, path + ".task");
            }
            run.seedOffset =
                static_cast<std::uint64_t>(r.integer("seed_offset", 0, 0, std::int64_t{1} << 30));
            if (const json::Value* inputs = r.get("inputs")) {
                run.inputs = parseRunInputs(*inputs, path, src, spec.runs);
                if (const std::string why = whyNotOnCodes(run); !why.empty()) {
                    r.fail("inputs", why);
                }
            }
            r.rejectUnknown();
            spec.runs.push_back(std::move(run));
        }
    }

    if (const json::Value* optimizer = f.get("optimizer")) {
        Fields o(*optimizer, "optimizer", src);
        spec.optimizer = settingField(o, "kind", OptimizerKind::Adam);
        spec.learningRate = o.number("lr", 1e-2, 0.0, kMaxLearningRate, true);
        spec.momentum = o.number("momentum", 0.9, 0.0, 0.999999);
        spec.weightDecay = o.number("weight_decay", 0.0, 0.0, 1e6);
        o.rejectUnknown();
    }
    if (const json::Value* schedule = f.get("schedule")) {
        Fields s(*schedule, "schedule", src);
        spec.schedule = settingField(s, "kind", ScheduleKind::Constant);
        spec.warmup = s.integer("warmup", 0, 0, spec.steps);
        s.rejectUnknown();
    }
    if (const json::Value* metricsValue = f.get("metrics")) {
        Fields m(*metricsValue, "metrics", src);
        spec.metricEvery = m.integer("every", 50, 1, 100'000'000);
        if (const json::Value* compute = m.get("compute")) {
            if (!compute->isArray()) {
                m.fail("compute",
                       "expected a list of metric kinds, e.g. [\"loss\", \"invariance\"]");
            }
            for (std::size_t i = 0; i < compute->asArray().size(); ++i) {
                spec.metrics.push_back(parseMetric(
                    compute->asArray()[i], "metrics.compute[" + std::to_string(i) + "]", src));
            }
        }
        m.rejectUnknown();
    }
    if (const json::Value* lesson = f.get("lesson")) {
        Fields l(*lesson, "lesson", src);
        LessonInfo info;
        info.title = l.string("title", "", true);
        info.watch = l.string("watch", "");
        info.tryThis = l.string("try", "");
        info.source = l.string("source", "");
        l.rejectUnknown();
        spec.lesson = info;
    }
    if (const json::Value* headline = f.get("headline")) {
        Fields h(*headline, "headline", src);
        Headline head;
        head.text = h.string("text", "", true);
        const json::Value* checks = h.get("checks");
        if (!checks || !checks->isArray() || checks->asArray().empty()) {
            h.fail("checks",
                   "expected a non-empty list such as [{\"run\": \"mlp\", \"metric\": "
                   "\"invariance_error\", \"above\": 0.01}]");
        }
        for (std::size_t i = 0; i < checks->asArray().size(); ++i) {
            Fields c(checks->asArray()[i], "headline.checks[" + std::to_string(i) + "]", src);
            HeadlineCheck check;
            std::vector<std::string> labels;
            for (const auto& run : spec.runs) {
                labels.push_back(run.label);
            }
            check.run = c.choice("run", spec.runs.front().label, labels);
            check.metric = c.string("metric", "", true);
            const bool below = c.has("below") != nullptr;
            const bool above = c.has("above") != nullptr;
            if (below == above) {
                c.fail("", "expected exactly one of \"below\" and \"above\"");
            }
            check.below = below;
            check.threshold = c.number(below ? "below" : "above", 0.0, -1e300, 1e300, false, true);
            c.rejectUnknown();
            head.checks.push_back(check);
        }
        h.rejectUnknown();
        spec.headline = head;
    }
    if (const json::Value* variants = f.get("variants")) {
        if (!variants->isArray()) {
            f.fail("variants",
                   "expected a list such as [{\"name\": \"C4 transforms\", \"text\": \"...\", "
                   "\"set\": {\"task.transforms\": \"C4\"}}]");
        }
        for (std::size_t i = 0; i < variants->asArray().size(); ++i) {
            Fields v(variants->asArray()[i], "variants[" + std::to_string(i) + "]", src);
            VariantSpec variant;
            variant.name = v.string("name", "", true);
            if (variant.name.empty()) {
                v.fail("name", "expected a non-empty name");
            }
            for (const auto& other : spec.variants) {
                if (other.name == variant.name) {
                    v.fail("name", "two variants are named '" + variant.name + "'");
                }
            }
            variant.text = v.string("text", "");
            const json::Value* set = v.get("set");
            if (!set || !set->isObject() || set->asObject().empty()) {
                v.fail("set",
                       "expected a non-empty object of field paths and values, e.g. "
                       "{\"task.transforms\": \"C4\", \"runs[1].augment\": true}");
            }
            for (const auto& [path, value] : set->asObject()) {
                try {
                    parseFieldPath(path);
                } catch (const Error& e) {
                    v.fail("set", e.detail());
                }
                variant.set.emplace_back(path, value);
            }
            v.rejectUnknown();
            spec.variants.push_back(std::move(variant));
        }
    }
    f.rejectUnknown();
    if (!spec.variants.empty()) {
        // The edits apply to the canonical form (every field written), as applyVariant does, so
        // a path may name a field the file left at its default.
        const json::Value canonical = experimentToValue(spec);
        for (std::size_t i = 0; i < spec.variants.size(); ++i) {
            checkVariant(canonical, spec.variants[i], i, src);
        }
    }
    return spec;
}

namespace {

// The document a variant edits: the experiment without its variants and headline.
json::Value withoutVariants(const json::Value& root) {
    std::map<std::string, json::Value> members = root.asObject();
    members.erase("variants");
    members.erase("headline");
    return json::Value::makeObject(std::move(members));
}

json::Value applyEdits(const json::Value& root, const VariantSpec& variant,
                       const std::string& where) {
    json::Value document = withoutVariants(root);
    for (const auto& [path, value] : variant.set) {
        try {
            document = setField(document, path, value);
        } catch (const Error& e) {
            throw Error(ErrorKind::Parse, where + ": " + e.detail());
        }
    }
    return document;
}

void checkVariant(const json::Value& root, const VariantSpec& variant, std::size_t index,
                  const std::string& src) {
    const std::string where = src + ": field 'variants[" + std::to_string(index) + "].set'";
    parseExperimentValue(applyEdits(root, variant, where),
                         src + " with variant '" + variant.name + "'");
}

}  // namespace

json::Value experimentToValue(const ExperimentSpec& spec) {
    return json::parse(experimentToJson(spec), "canonical experiment");
}

ExperimentSpec applyVariant(const ExperimentSpec& spec, const VariantSpec& variant) {
    const std::string where = spec.name + ": variant '" + variant.name + "'";
    ExperimentSpec edited =
        parseExperimentValue(applyEdits(experimentToValue(spec), variant, where),
                             spec.name + " with variant '" + variant.name + "'");
    edited.directory = spec.directory;
    return edited;
}

const VariantSpec* findVariant(const ExperimentSpec& spec, std::string_view name) {
    for (const auto& variant : spec.variants) {
        if (variant.name == name) {
            return &variant;
        }
    }
    return nullptr;
}

std::optional<std::size_t> findRun(const ExperimentSpec& spec, std::string_view label) {
    for (std::size_t i = 0; i < spec.runs.size(); ++i) {
        if (spec.runs[i].label == label) {
            return i;
        }
    }
    return std::nullopt;
}

ExperimentSpec readExperimentFile(const std::string& path) {
    ExperimentSpec spec = parseExperiment(json::readFile(path), path);
    spec.directory = std::filesystem::path(path).parent_path().string();
    return spec;
}

namespace {

std::string resolvePath(const std::string& file, const std::string& directory) {
    const std::filesystem::path path(file);
    if (directory.empty() || file.empty() || path.is_absolute()) {
        return file;
    }
    return (std::filesystem::path(directory) / path).lexically_normal().string();
}

}  // namespace

TaskSpec resolveTaskFiles(const TaskSpec& task, const std::string& directory) {
    TaskSpec resolved = task;
    const data::TaskKind* kind = data::findTaskKind(task.kind);
    if (!kind) {
        return resolved;
    }
    for (const ParamSpec& param : kind->params) {
        if (param.file && task.params.has(param.name)) {
            resolved.params.setText(param.name,
                                    resolvePath(task.params.text(param.name), directory));
        }
        if (param.name == "group" && task.params.has("group")) {
            resolved.params.setText("group",
                                    resolveGroupFile(task.params.text("group"), directory));
        }
    }
    return resolved;
}

ExperimentSpec withFilesResolved(const ExperimentSpec& spec) {
    const std::string directory =
        std::filesystem::absolute(spec.directory.empty() ? "." : spec.directory)
            .lexically_normal()
            .string();
    ExperimentSpec resolved = spec;
    resolved.directory = directory;
    resolved.group = resolveGroupFile(spec.group, directory);
    resolved.task = resolveTaskFiles(spec.task, directory);
    for (auto& run : resolved.runs) {
        if (run.task) {
            run.task = resolveTaskFiles(*run.task, directory);
        }
    }
    return resolved;
}

std::string resolveGroupFile(const std::string& group, const std::string& directory) {
    constexpr std::string_view prefix = "custom:";
    if (!group.starts_with(prefix)) {
        return group;
    }
    return std::string(prefix) + resolvePath(group.substr(prefix.size()), directory);
}

namespace {

void writeParams(std::ostream& out, const Params& params, const std::vector<ParamSpec>& specs,
                 const std::string& indent);

void writeLayers(std::ostream& out, const std::vector<LayerSpec>& layers,
                 const std::string& indent) {
    out << "[\n";
    for (std::size_t i = 0; i < layers.size(); ++i) {
        out << indent << "  {\"type\": " << quoteJson(layers[i].type);
        writeParams(out, layers[i].params, nn::findLayerKind(layers[i].type)->params,
                    indent + "  ");
        out << "}" << (i + 1 < layers.size() ? "," : "") << "\n";
    }
    out << indent << "]";
}

// ", name: value" for every declared parameter, in declaration order.
void writeParams(std::ostream& out, const Params& params, const std::vector<ParamSpec>& specs,
                 const std::string& indent) {
    for (const auto& s : specs) {
        out << ", " << quoteJson(s.name) << ": ";
        switch (s.type) {
            case ParamSpec::Type::Integer:
                out << params.integer(s.name);
                break;
            case ParamSpec::Type::Number:
                out << formatNumber(params.number(s.name));
                break;
            case ParamSpec::Type::Text:
            case ParamSpec::Type::Choice:
                out << quoteJson(params.text(s.name));
                break;
            case ParamSpec::Type::Flag:
                out << (params.flag(s.name) ? "true" : "false");
                break;
            case ParamSpec::Type::Numbers: {
                out << "[";
                const auto& numbers = params.numbers(s.name);
                for (std::size_t i = 0; i < numbers.size(); ++i) {
                    out << (i ? ", " : "") << formatNumber(numbers[i]);
                }
                out << "]";
                break;
            }
            case ParamSpec::Type::Layers:
                writeLayers(out, params.layers(s.name), indent + "  ");
                break;
        }
    }
}

}  // namespace

std::string experimentToJson(const ExperimentSpec& s) {
    std::ostringstream out;
    out << "{\n";
    out << "  \"eqlab_experiment\": " << s.schema << ",\n";
    out << "  \"name\": " << quoteJson(s.name) << ",\n";
    if (s.lesson) {
        out << "  \"lesson\": {\"title\": " << quoteJson(s.lesson->title)
            << ", \"watch\": " << quoteJson(s.lesson->watch)
            << ", \"try\": " << quoteJson(s.lesson->tryThis)
            << ", \"source\": " << quoteJson(s.lesson->source) << "},\n";
    }
    if (!s.group.empty()) {
        out << "  \"group\": " << quoteJson(s.group) << ",\n";
    }
    out << "  \"task\": {\"kind\": " << quoteJson(s.task.kind);
    writeParams(out, s.task.params, data::findTaskKind(s.task.kind)->params, "  ");
    out << "},\n";
    if (!s.explicitRuns) {
        out << "  \"model\": ";
        writeLayers(out, s.runs.front().layers, "  ");
        out << ",\n";
        out << "  \"augment\": " << (s.runs.front().augment ? "true" : "false") << ",\n";
    } else {
        out << "  \"runs\": [\n";
        for (std::size_t i = 0; i < s.runs.size(); ++i) {
            const auto& run = s.runs[i];
            out << "    {\"label\": " << quoteJson(run.label)
                << ", \"augment\": " << (run.augment ? "true" : "false");
            if (run.learningRate) {
                out << ", \"lr\": " << formatNumber(*run.learningRate);
            }
            if (run.task) {
                out << ", \"task\": {\"kind\": " << quoteJson(run.task->kind);
                writeParams(out, run.task->params, data::findTaskKind(run.task->kind)->params,
                            "    ");
                out << "}";
            }
            if (run.seedOffset != 0) {
                out << ", \"seed_offset\": " << run.seedOffset;
            }
            if (run.inputs) {
                out << ", \"inputs\": " << runInputsJson(*run.inputs);
            }
            out << ", \"model\": ";
            writeLayers(out, run.layers, "    ");
            out << "}" << (i + 1 < s.runs.size() ? "," : "") << "\n";
        }
        out << "  ],\n";
    }
    out << "  \"loss\": " << quoteJson(std::string(settingName(s.loss))) << ",\n";
    // Written only when set, so the canonical text of every other experiment stays as it was.
    if (s.targets != TargetEncoding::Index) {
        out << "  \"targets\": " << quoteJson(std::string(settingName(s.targets))) << ",\n";
    }
    if (s.online) {
        out << "  \"online\": true,\n";
    }
    out << "  \"optimizer\": {\"kind\": " << quoteJson(std::string(settingName(s.optimizer)))
        << ", \"lr\": " << formatNumber(s.learningRate)
        << ", \"momentum\": " << formatNumber(s.momentum)
        << ", \"weight_decay\": " << formatNumber(s.weightDecay) << "},\n";
    out << "  \"schedule\": {\"kind\": " << quoteJson(std::string(settingName(s.schedule)))
        << ", \"warmup\": " << s.warmup << "},\n";
    out << "  \"seed\": " << s.seed << ",\n";
    out << "  \"steps\": " << s.steps << ",\n";
    out << "  \"batch\": " << s.batch << ",\n";
    out << "  \"chunk\": " << s.chunk << ",\n";
    out << "  \"dtype\": " << quoteJson(std::string(settingName(s.dtype))) << ",\n";
    out << "  \"metrics\": {\"every\": " << s.metricEvery;
    if (!s.metrics.empty()) {
        out << ", \"compute\": [";
        for (std::size_t i = 0; i < s.metrics.size(); ++i) {
            out << (i ? ", " : "") << "{\"kind\": " << quoteJson(s.metrics[i].kind);
            writeParams(out, s.metrics[i].params,
                        metrics::findMetricKind(s.metrics[i].kind)->params, "  ");
            out << "}";
        }
        out << "]";
    }
    out << "}";
    if (s.headline) {
        out << ",\n  \"headline\": {\"text\": " << quoteJson(s.headline->text) << ", \"checks\": [";
        for (std::size_t i = 0; i < s.headline->checks.size(); ++i) {
            const auto& c = s.headline->checks[i];
            out << (i ? ", " : "") << "{\"run\": " << quoteJson(c.run)
                << ", \"metric\": " << quoteJson(c.metric) << ", "
                << (c.below ? "\"below\": " : "\"above\": ") << formatNumber(c.threshold) << "}";
        }
        out << "]}";
    }
    if (!s.variants.empty()) {
        out << ",\n  \"variants\": [\n";
        for (std::size_t i = 0; i < s.variants.size(); ++i) {
            const auto& v = s.variants[i];
            out << "    {\"name\": " << quoteJson(v.name) << ", \"text\": " << quoteJson(v.text)
                << ", \"set\": {";
            for (std::size_t k = 0; k < v.set.size(); ++k) {
                out << (k ? ", " : "") << quoteJson(v.set[k].first) << ": "
                    << json::write(v.set[k].second);
            }
            out << "}}" << (i + 1 < s.variants.size() ? "," : "") << "\n";
        }
        out << "  ]";
    }
    out << "\n}\n";
    return out.str();
}

namespace {

Params paramsFrom(const std::vector<ParamSpec>& specs,
                  const std::vector<std::pair<std::string, double>>& numbers,
                  const std::vector<std::pair<std::string, std::string>>& texts) {
    Params params = defaultParams(specs);
    for (const auto& [name, value] : numbers) {
        params.setNumber(name, value);
    }
    for (const auto& [name, value] : texts) {
        params.setText(name, value);
    }
    return params;
}

}  // namespace

LayerSpec layer(const std::string& type, const std::vector<std::pair<std::string, double>>& numbers,
                const std::vector<std::pair<std::string, std::string>>& texts) {
    const nn::LayerKind* kind = nn::findLayerKind(type);
    if (!kind) {
        throw Error(ErrorKind::InvalidArgument, "unknown layer type '" + type + "'");
    }
    return {type, paramsFrom(kind->params, numbers, texts)};
}

TaskSpec task(const std::string& kind, const std::vector<std::pair<std::string, double>>& numbers,
              const std::vector<std::pair<std::string, std::string>>& texts) {
    const data::TaskKind* k = data::findTaskKind(kind);
    if (!k) {
        throw Error(ErrorKind::InvalidArgument, "unknown task kind '" + kind + "'");
    }
    return {kind, paramsFrom(k->params, numbers, texts)};
}

}  // namespace eqlab::io
