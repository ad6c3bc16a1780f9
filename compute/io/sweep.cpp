#include "compute/io/sweep.h"

#include <cmath>
#include <set>
#include <sstream>

#include "compute/core/error.h"
#include "compute/io/field_path.h"
#include "compute/io/number_format.h"

namespace eqlab::io {

namespace {

[[noreturn]] void fail(std::string_view source, const std::string& field, const std::string& what) {
    throw Error(ErrorKind::Parse, std::string(source) + ": field '" +
                                      (field.empty() ? std::string("(top)") : field) +
                                      "': " + what);
}

// Names that become folder names: letters, digits, '.', '_', '+', '-', '=', not starting with '.'.
bool safeName(const std::string& text) {
    if (text.empty() || text.front() == '.' || text.size() > 200) {
        return false;
    }
    for (char c : text) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '+' || c == '-' ||
                        c == '=';
        if (!ok) {
            return false;
        }
    }
    return true;
}

// The label of a value in run names: numbers in their shortest form, strings and booleans as they
// are; characters a folder name should not hold become '_'. Arrays and objects need "labels".
bool labelOf(const json::Value& value, std::string& label) {
    switch (value.type()) {
        case json::Value::Type::Number:
            label = formatNumber(value.asNumber());
            break;
        case json::Value::Type::Bool:
            label = value.asBool() ? "true" : "false";
            break;
        case json::Value::Type::String:
            label = value.asString();
            break;
        default:
            return false;
    }
    for (char& c : label) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '+' || c == '-';
        if (!ok) {
            c = '_';
        }
    }
    if (label.empty() || label.front() == '.') {
        label = "_" + label;
    }
    return true;
}

// The axis name a path gets by default: its last key ("runs[1].augment" -> "augment").
std::string defaultAxisName(const std::string& path) {
    const std::vector<PathStep> steps = parseFieldPath(path);
    for (auto it = steps.rbegin(); it != steps.rend(); ++it) {
        if (!it->isIndex()) {
            return it->key;
        }
    }
    return path;
}

const std::set<std::string> kTopKeys{"eqlab_sweep", "name", "experiment", "lesson", "axes"};
const std::set<std::string> kAxisKeys{"path", "name", "values", "labels"};

SweepAxis parseAxis(const json::Value& value, const std::string& field, std::string_view source) {
    if (!value.isObject()) {
        fail(source, field, std::string("expected an object, got ") + json::typeName(value.type()));
    }
    for (const auto& [key, member] : value.asObject()) {
        if (!kAxisKeys.count(key)) {
            fail(source, field + "." + key, "unknown field (expected path, name, values, labels)");
        }
    }
    SweepAxis axis;
    const json::Value* path = value.find("path");
    if (!path || !path->isString()) {
        fail(source, field + ".path",
             "missing (expected a field path such as \"seed\" or "
             "\"task.samples\")");
    }
    axis.path = path->asString();
    try {
        parseFieldPath(axis.path);
    } catch (const Error& error) {
        fail(source, field + ".path", error.detail());
    }
    if (const json::Value* name = value.find("name")) {
        if (!name->isString() || !safeName(name->asString()) ||
            name->asString().find('=') != std::string::npos) {
            fail(source, field + ".name",
                 "expected a short name of letters, digits, '.', '_', '+', '-', got " +
                     json::write(*name));
        }
        axis.name = name->asString();
    } else {
        axis.name = defaultAxisName(axis.path);
    }
    const json::Value* values = value.find("values");
    if (!values) {
        fail(source, field + ".values",
             "missing (expected a list of values, or {\"from\": a, \"to\": b} for whole numbers)");
    }
    if (values->isObject()) {
        // {"from": 1, "to": 10}: the whole numbers from..to (seeds).
        const json::Value* from = values->find("from");
        const json::Value* to = values->find("to");
        const auto whole = [](const json::Value* v) {
            return v && v->isNumber() && std::floor(v->asNumber()) == v->asNumber() &&
                   std::abs(v->asNumber()) < 1e9;
        };
        if (!whole(from) || !whole(to) || values->asObject().size() != 2 ||
            to->asNumber() < from->asNumber() || to->asNumber() - from->asNumber() >= 100000) {
            fail(source, field + ".values",
                 "expected {\"from\": a, \"to\": b} with whole numbers a <= b (at most 100000 "
                 "values), got " +
                     json::write(*values));
        }
        for (double v = from->asNumber(); v <= to->asNumber(); v += 1) {
            axis.values.push_back(json::Value::makeNumber(v));
        }
    } else if (values->isArray() && !values->asArray().empty()) {
        axis.values = values->asArray();
    } else {
        fail(source, field + ".values",
             "expected a non-empty list of values, or {\"from\": a, \"to\": b}, got " +
                 json::write(*values));
    }
    if (const json::Value* labels = value.find("labels")) {
        if (!labels->isArray() || labels->asArray().size() != axis.values.size()) {
            fail(source, field + ".labels",
                 "expected a list of " + std::to_string(axis.values.size()) +
                     " names, one per value");
        }
        for (std::size_t i = 0; i < axis.values.size(); ++i) {
            const json::Value& label = labels->asArray()[i];
            if (!label.isString() || !safeName(label.asString()) ||
                label.asString().find('=') != std::string::npos) {
                fail(source, field + ".labels[" + std::to_string(i) + "]",
                     "expected a name of letters, digits, '.', '_', '+', '-', got " +
                         json::write(label));
            }
            axis.labels.push_back(label.asString());
        }
    } else {
        for (std::size_t i = 0; i < axis.values.size(); ++i) {
            std::string label;
            if (!labelOf(axis.values[i], label)) {
                fail(source, field + ".values[" + std::to_string(i) + "]",
                     "a list or an object needs \"labels\" (a name per value for the run names)");
            }
            axis.labels.push_back(label);
        }
    }
    std::set<std::string> seen;
    for (std::size_t i = 0; i < axis.labels.size(); ++i) {
        if (!seen.insert(axis.labels[i]).second) {
            fail(source, field + ".values[" + std::to_string(i) + "]",
                 "two values have the label '" + axis.labels[i] +
                     "' (each value needs its own; give \"labels\")");
        }
    }
    return axis;
}

}  // namespace

SweepSpec parseSweep(std::string_view text, std::string_view source) {
    const json::Value root = json::parse(text, source);
    if (!root.isObject()) {
        fail(source, "", std::string("expected an object, got ") + json::typeName(root.type()));
    }
    for (const auto& [key, member] : root.asObject()) {
        if (!kTopKeys.count(key)) {
            fail(source, key,
                 "unknown field (expected eqlab_sweep, name, experiment, lesson, axes)");
        }
    }
    const json::Value* schema = root.find("eqlab_sweep");
    if (!schema || !schema->isNumber() || schema->asNumber() != kSweepSchemaVersion) {
        fail(source, "eqlab_sweep",
             "expected " + std::to_string(kSweepSchemaVersion) +
                 " (the sweep format's version), got " +
                 (schema ? json::write(*schema) : std::string("nothing")));
    }
    SweepSpec sweep;
    const json::Value* name = root.find("name");
    if (!name || !name->isString() || !safeName(name->asString())) {
        fail(
            source, "name",
            "expected a name of letters, digits, '.', '_', '+', '-', '=' (it names folders), got " +
                (name ? json::write(*name) : std::string("nothing")));
    }
    sweep.name = name->asString();
    const json::Value* file = root.find("experiment");
    const json::Value* lesson = root.find("lesson");
    if ((file != nullptr) == (lesson != nullptr)) {
        fail(source, file ? "lesson" : "experiment",
             "expected exactly one of \"experiment\" (a file, relative to the sweep file) and "
             "\"lesson\" (a lesson's name: eqlab presets)");
    }
    if (file) {
        if (!file->isString() || file->asString().empty()) {
            fail(source, "experiment", "expected a file name, got " + json::write(*file));
        }
        sweep.experimentFile = file->asString();
    } else {
        if (!lesson->isString() || lesson->asString().empty()) {
            fail(source, "lesson", "expected a lesson's name, got " + json::write(*lesson));
        }
        sweep.lesson = lesson->asString();
    }
    const json::Value* axes = root.find("axes");
    if (!axes || !axes->isArray() || axes->asArray().empty()) {
        fail(source, "axes",
             "expected a non-empty list of axes ({\"path\": ..., \"values\": [...]})");
    }
    std::size_t count = 1;
    for (std::size_t i = 0; i < axes->asArray().size(); ++i) {
        const std::string field = "axes[" + std::to_string(i) + "]";
        SweepAxis axis = parseAxis(axes->asArray()[i], field, source);
        for (const auto& other : sweep.axes) {
            if (other.name == axis.name) {
                fail(source, field + ".name",
                     "two axes are named '" + axis.name + "' (give one a \"name\")");
            }
            if (other.path == axis.path) {
                fail(source, field + ".path", "two axes set '" + axis.path + "'");
            }
        }
        count *= axis.values.size();
        if (count > 1000000) {
            fail(source, "axes", "more than 1000000 runs");
        }
        sweep.axes.push_back(std::move(axis));
    }
    return sweep;
}

SweepSpec readSweepFile(const std::string& path) {
    return parseSweep(json::readFile(path), path);
}

std::vector<SweepRun> expandSweep(const SweepSpec& sweep, const ExperimentSpec& base,
                                  std::string_view source) {
    // The canonical document of the base without its variants: a variant edits the base, and an
    // axis may change what a variant's edit refers to.
    json::Value canonical = experimentToValue(base);
    {
        auto members = canonical.asObject();
        members.erase("variants");
        canonical = json::Value::makeObject(std::move(members));
    }
    std::vector<SweepRun> runs;
    std::vector<std::size_t> indices(sweep.axes.size(), 0);
    std::set<std::string> names;
    for (;;) {
        SweepRun run;
        run.indices = indices;
        json::Value document = canonical;
        for (std::size_t a = 0; a < sweep.axes.size(); ++a) {
            const SweepAxis& axis = sweep.axes[a];
            run.name += (a ? "-" : "") + axis.name + "=" + axis.labels[indices[a]];
            try {
                document = setField(document, axis.path, axis.values[indices[a]]);
            } catch (const Error& error) {
                fail(source, "axes[" + std::to_string(a) + "].path", error.detail());
            }
        }
        if (!names.insert(run.name).second) {
            throw Error(ErrorKind::Parse,
                        std::string(source) + ": two runs are named '" + run.name + "'");
        }
        try {
            run.spec =
                parseExperimentValue(document, std::string(source) + " run '" + run.name + "'");
        } catch (const Error& error) {
            throw Error(ErrorKind::Parse, error.detail());
        }
        runs.push_back(std::move(run));
        // The next index tuple: the last axis fastest, like nested loops in the file's order.
        std::size_t a = sweep.axes.size();
        while (a > 0) {
            --a;
            if (++indices[a] < sweep.axes[a].values.size()) {
                break;
            }
            indices[a] = 0;
            if (a == 0) {
                return runs;
            }
        }
    }
}

SweepManifest manifestOf(const SweepSpec& sweep, const std::vector<SweepRun>& runs) {
    SweepManifest manifest;
    manifest.name = sweep.name;
    for (const auto& axis : sweep.axes) {
        manifest.axes.push_back({axis.name, axis.path});
    }
    for (const auto& run : runs) {
        SweepManifest::Run entry;
        entry.name = run.name;
        for (std::size_t a = 0; a < sweep.axes.size(); ++a) {
            entry.labels.push_back(sweep.axes[a].labels[run.indices[a]]);
            entry.values.push_back(sweep.axes[a].values[run.indices[a]]);
        }
        manifest.runs.push_back(std::move(entry));
    }
    return manifest;
}

std::string manifestToJson(const SweepManifest& manifest) {
    std::ostringstream out;
    out << "{\n  \"eqlab_sweep_manifest\": 1,\n  \"name\": " << quoteJson(manifest.name)
        << ",\n  \"axes\": [";
    for (std::size_t a = 0; a < manifest.axes.size(); ++a) {
        out << (a ? ", " : "") << "{\"name\": " << quoteJson(manifest.axes[a].name)
            << ", \"path\": " << quoteJson(manifest.axes[a].path) << "}";
    }
    out << "],\n  \"runs\": [\n";
    for (std::size_t r = 0; r < manifest.runs.size(); ++r) {
        const auto& run = manifest.runs[r];
        std::vector<json::Value> labels;
        for (const auto& label : run.labels) {
            labels.push_back(json::Value::makeString(label));
        }
        out << "    {\"name\": " << quoteJson(run.name)
            << ", \"labels\": " << json::write(json::Value::makeArray(labels))
            << ", \"values\": " << json::write(json::Value::makeArray(run.values)) << "}"
            << (r + 1 < manifest.runs.size() ? "," : "") << "\n";
    }
    out << "  ]\n}\n";
    return out.str();
}

SweepManifest parseManifest(std::string_view text, std::string_view source) {
    const json::Value root = json::parse(text, source);
    SweepManifest manifest;
    try {
        if (!root.find("eqlab_sweep_manifest") || !root.find("name") || !root.find("axes") ||
            !root.find("runs")) {
            throw Error(ErrorKind::Parse, "expected eqlab_sweep_manifest, name, axes and runs");
        }
        manifest.name = root.find("name")->asString();
        for (const auto& axis : root.find("axes")->asArray()) {
            if (!axis.find("name") || !axis.find("path")) {
                throw Error(ErrorKind::Parse, "an axis without name or path");
            }
            manifest.axes.push_back({axis.find("name")->asString(), axis.find("path")->asString()});
        }
        for (const auto& run : root.find("runs")->asArray()) {
            if (!run.find("name") || !run.find("labels") || !run.find("values")) {
                throw Error(ErrorKind::Parse, "a run without name, labels or values");
            }
            SweepManifest::Run entry;
            entry.name = run.find("name")->asString();
            if (!safeName(entry.name)) {
                throw Error(ErrorKind::Parse,
                            "the run name '" + entry.name + "' is not a folder name");
            }
            for (const auto& label : run.find("labels")->asArray()) {
                entry.labels.push_back(label.asString());
            }
            entry.values = run.find("values")->asArray();
            if (entry.labels.size() != manifest.axes.size() ||
                entry.values.size() != manifest.axes.size()) {
                throw Error(ErrorKind::Parse,
                            "run '" + entry.name + "' has not one value per axis");
            }
            manifest.runs.push_back(std::move(entry));
        }
    } catch (const Error& error) {
        throw Error(ErrorKind::Parse,
                    std::string(source) + ": not a sweep manifest: " + error.detail());
    }
    return manifest;
}

}  // namespace eqlab::io
