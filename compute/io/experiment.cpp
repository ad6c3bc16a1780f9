#include "compute/io/experiment.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <sstream>

#include "compute/core/error.h"
#include "compute/core/json.h"
#include "compute/io/number_format.h"

namespace eqlab::io {

namespace {

// Reads the members of one JSON object, naming every problem by its dotted field path, and
// rejecting members it was not asked for (a misspelt "optimiser" must not be silently ignored).
class Fields {
public:
    Fields(const json::Value& value, std::string path, std::string source)
        : path_(std::move(path)), source_(std::move(source)) {
        if (!value.isObject()) {
            fail("", std::string("expected an object, got ") + json::typeName(value.type()));
        }
        object_ = &value.asObject();
    }

    [[noreturn]] void fail(const std::string& key, const std::string& what) const {
        const std::string field = key.empty() ? path_ : (path_.empty() ? key : path_ + "." + key);
        throw Error(ErrorKind::Parse,
                    source_ + ": field '" + (field.empty() ? "(top)" : field) + "': " + what);
    }

    const json::Value* get(const std::string& key) {
        seen_.insert(key);
        auto it = object_->find(key);
        return it == object_->end() ? nullptr : &it->second;
    }

    std::string string(const std::string& key, std::string fallback, bool required = false) {
        const json::Value* v = get(key);
        if (!v) {
            if (required) {
                fail(key, "missing (expected a string)");
            }
            return fallback;
        }
        if (!v->isString()) {
            fail(key, std::string("expected a string, got ") + json::typeName(v->type()));
        }
        return v->asString();
    }

    std::string choice(const std::string& key, std::string fallback,
                       const std::vector<std::string>& allowed, bool required = false) {
        std::string value = string(key, fallback, required);
        if (std::find(allowed.begin(), allowed.end(), value) == allowed.end()) {
            std::string list;
            for (const auto& a : allowed) {
                list += (list.empty() ? "" : ", ") + a;
            }
            fail(key, "expected one of " + list + ", got '" + value + "'");
        }
        return value;
    }

    double number(const std::string& key, double fallback, double minimum, double maximum,
                  bool exclusiveMinimum = false) {
        const json::Value* v = get(key);
        if (!v) {
            return fallback;
        }
        if (!v->isNumber()) {
            fail(key, std::string("expected a number, got ") + json::typeName(v->type()));
        }
        const double x = v->asNumber();
        const bool low = exclusiveMinimum ? !(x > minimum) : !(x >= minimum);
        if (!std::isfinite(x) || low || x > maximum) {
            std::ostringstream what;
            what << "expected a number " << (exclusiveMinimum ? "> " : ">= ")
                 << formatNumber(minimum) << " and <= " << formatNumber(maximum) << ", got "
                 << formatNumber(x);
            fail(key, what.str());
        }
        return x;
    }

    std::int64_t integer(const std::string& key, std::int64_t fallback, std::int64_t minimum,
                         std::int64_t maximum, bool required = false) {
        const json::Value* v = get(key);
        if (!v) {
            if (required) {
                fail(key, "missing (expected an integer)");
            }
            return fallback;
        }
        if (!v->isNumber() || std::floor(v->asNumber()) != v->asNumber()) {
            fail(key, "expected an integer, got " + (v->isNumber()
                                                         ? formatNumber(v->asNumber())
                                                         : std::string(json::typeName(v->type()))));
        }
        const double x = v->asNumber();
        if (x < static_cast<double>(minimum) || x > static_cast<double>(maximum)) {
            fail(key, "expected an integer from " + std::to_string(minimum) + " to " +
                          std::to_string(maximum) + ", got " + formatNumber(x));
        }
        return static_cast<std::int64_t>(x);
    }

    bool boolean(const std::string& key, bool fallback) {
        const json::Value* v = get(key);
        if (!v) {
            return fallback;
        }
        if (v->type() != json::Value::Type::Bool) {
            fail(key, std::string("expected true or false, got ") + json::typeName(v->type()));
        }
        return v->asBool();
    }

    void rejectUnknown() const {
        for (const auto& [key, value] : *object_) {
            if (!seen_.count(key)) {
                std::string known;
                for (const auto& k : seen_) {
                    known += (known.empty() ? "" : ", ") + k;
                }
                fail(key, "unknown field (expected one of: " + known + ")");
            }
        }
    }

    const std::string& path() const { return path_; }
    const std::string& source() const { return source_; }

private:
    const std::map<std::string, json::Value>* object_ = nullptr;
    std::string path_;
    std::string source_;
    std::set<std::string> seen_;
};

const std::vector<std::string> kActivations = {
    "relu", "leaky-relu", "tanh", "sigmoid", "gelu", "softplus", "erf", "square", "identity"};

LayerSpec parseLayer(const json::Value& value, const std::string& path, const std::string& src) {
    Fields f(value, path, src);
    LayerSpec layer;
    layer.type = f.choice("type", "", {"dense", "activation", "equivariant"}, true);
    if (layer.type == "dense") {
        layer.out = static_cast<int>(f.integer("out", 0, 1, 1 << 16, true));
        layer.bias = f.boolean("bias", true);
    } else if (layer.type == "activation") {
        layer.function = f.choice("function", "", kActivations, true);
    } else {
        layer.inRep = f.string("in", "", true);
        layer.outRep = f.string("out", "", true);
    }
    f.rejectUnknown();
    return layer;
}

}  // namespace

ExperimentSpec parseExperiment(std::string_view text, std::string_view source) {
    const std::string src(source);
    const json::Value root = json::parse(text, src);
    Fields f(root, "", src);
    ExperimentSpec spec;
    spec.schema =
        static_cast<int>(f.integer("eqlab_experiment", 0, 1, kExperimentSchemaVersion, true));
    spec.name = f.string("name", "experiment");
    spec.group = f.string("group", "");
    spec.seed = static_cast<std::uint64_t>(f.integer("seed", 1, 0, (std::int64_t{1} << 53)));
    spec.steps = f.integer("steps", 500, 1, 100'000'000);
    spec.batch = f.integer("batch", 32, 1, 1 << 20);
    spec.chunk = f.integer("chunk", 16, 1, 1 << 20);
    spec.dtype = f.choice("dtype", "double", {"double", "float"});
    spec.loss = f.choice("loss", "mse", {"mse", "cross-entropy"});

    const json::Value* task = f.get("task");
    if (!task) {
        f.fail("task", "missing (expected an object such as {\"kind\": \"xor\"})");
    }
    {
        Fields t(*task, "task", src);
        spec.task.kind = t.choice("kind", "", {"xor", "set-sum-of-squares", "set-max"}, true);
        if (spec.task.kind != "xor") {
            spec.task.setSize = static_cast<int>(t.integer("set_size", 5, 1, 64));
            spec.task.samples = static_cast<int>(t.integer("samples", 256, 1, 1 << 20));
        }
        t.rejectUnknown();
    }

    const json::Value* model = f.get("model");
    if (!model || !model->isArray() || model->asArray().empty()) {
        f.fail("model",
               "expected a non-empty list of layers, e.g. [{\"type\": \"dense\", "
               "\"out\": 8}, {\"type\": \"activation\", \"function\": \"tanh\"}]");
    }
    for (std::size_t i = 0; i < model->asArray().size(); ++i) {
        spec.layers.push_back(
            parseLayer(model->asArray()[i], "model[" + std::to_string(i) + "]", src));
    }

    if (const json::Value* optimizer = f.get("optimizer")) {
        Fields o(*optimizer, "optimizer", src);
        spec.optimizer = o.choice("kind", "adam", {"sgd", "momentum", "adam"});
        spec.learningRate = o.number("lr", 1e-2, 0.0, 1e6, true);
        spec.momentum = o.number("momentum", 0.9, 0.0, 0.999999);
        spec.weightDecay = o.number("weight_decay", 0.0, 0.0, 1e6);
        o.rejectUnknown();
    }
    if (const json::Value* schedule = f.get("schedule")) {
        Fields s(*schedule, "schedule", src);
        spec.schedule = s.choice("kind", "constant", {"constant", "cosine"});
        spec.warmup = s.integer("warmup", 0, 0, spec.steps);
        s.rejectUnknown();
    }
    if (const json::Value* metrics = f.get("metrics")) {
        Fields m(*metrics, "metrics", src);
        spec.metricEvery = m.integer("every", 50, 1, 100'000'000);
        m.rejectUnknown();
    }
    f.rejectUnknown();

    if (spec.loss == "cross-entropy" && spec.task.kind != "xor") {
        f.fail("loss", "cross-entropy needs a classification task (xor); '" + spec.task.kind +
                           "' is a regression task: use \"mse\"");
    }
    for (std::size_t i = 0; i < spec.layers.size(); ++i) {
        if (spec.layers[i].type == "equivariant" && spec.group.empty()) {
            f.fail("model[" + std::to_string(i) + "]",
                   "an equivariant layer needs the experiment's \"group\"");
        }
    }
    return spec;
}

ExperimentSpec readExperimentFile(const std::string& path) {
    return parseExperiment(json::readFile(path), path);
}

std::string experimentToJson(const ExperimentSpec& s) {
    std::ostringstream out;
    out << "{\n";
    out << "  \"eqlab_experiment\": " << s.schema << ",\n";
    out << "  \"name\": " << quoteJson(s.name) << ",\n";
    if (!s.group.empty()) {
        out << "  \"group\": " << quoteJson(s.group) << ",\n";
    }
    out << "  \"task\": {\"kind\": " << quoteJson(s.task.kind);
    if (s.task.kind != "xor") {
        out << ", \"set_size\": " << s.task.setSize << ", \"samples\": " << s.task.samples;
    }
    out << "},\n";
    out << "  \"model\": [\n";
    for (std::size_t i = 0; i < s.layers.size(); ++i) {
        const auto& l = s.layers[i];
        out << "    {\"type\": " << quoteJson(l.type);
        if (l.type == "dense") {
            out << ", \"out\": " << l.out << ", \"bias\": " << (l.bias ? "true" : "false");
        } else if (l.type == "activation") {
            out << ", \"function\": " << quoteJson(l.function);
        } else {
            out << ", \"in\": " << quoteJson(l.inRep) << ", \"out\": " << quoteJson(l.outRep);
        }
        out << "}" << (i + 1 < s.layers.size() ? "," : "") << "\n";
    }
    out << "  ],\n";
    out << "  \"loss\": " << quoteJson(s.loss) << ",\n";
    out << "  \"optimizer\": {\"kind\": " << quoteJson(s.optimizer)
        << ", \"lr\": " << formatNumber(s.learningRate)
        << ", \"momentum\": " << formatNumber(s.momentum)
        << ", \"weight_decay\": " << formatNumber(s.weightDecay) << "},\n";
    out << "  \"schedule\": {\"kind\": " << quoteJson(s.schedule) << ", \"warmup\": " << s.warmup
        << "},\n";
    out << "  \"seed\": " << s.seed << ",\n";
    out << "  \"steps\": " << s.steps << ",\n";
    out << "  \"batch\": " << s.batch << ",\n";
    out << "  \"chunk\": " << s.chunk << ",\n";
    out << "  \"dtype\": " << quoteJson(s.dtype) << ",\n";
    out << "  \"metrics\": {\"every\": " << s.metricEvery << "}\n";
    out << "}\n";
    return out.str();
}

}  // namespace eqlab::io
