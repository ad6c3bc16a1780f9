#include "compute/train/run_history.h"

#include <cmath>
#include <limits>

#include "compute/core/error.h"
#include "compute/core/json.h"

namespace eqlab::train {

namespace {

using json::Value;

Value numbers(const std::vector<double>& values) {
    std::vector<Value> items;
    items.reserve(values.size());
    for (double v : values) {
        items.push_back(Value::makeNumber(v));
    }
    return Value::makeArray(std::move(items));
}

Value strings(const std::vector<std::string>& values) {
    std::vector<Value> items;
    for (const auto& v : values) {
        items.push_back(Value::makeString(v));
    }
    return Value::makeArray(std::move(items));
}

Value tableValue(const metrics::MetricTable& t) {
    return Value::makeObject({{"name", Value::makeString(t.name)},
                              {"rowTitle", Value::makeString(t.rowTitle)},
                              {"columnTitle", Value::makeString(t.columnTitle)},
                              {"valueTitle", Value::makeString(t.valueTitle)},
                              {"rowLabels", strings(t.rowLabels)},
                              {"columnLabels", strings(t.columnLabels)},
                              {"rows", Value::makeNumber(t.rows)},
                              {"cols", Value::makeNumber(t.cols)},
                              {"values", numbers(t.values)}});
}

// Reads fields and names the one that is wrong: "<source>: runs[1].metrics[3].step: ...".
class Reader {
public:
    explicit Reader(std::string source) : source_(std::move(source)) {}

    [[noreturn]] void fail(const std::string& field, const std::string& problem) const {
        throw Error(ErrorKind::Parse, source_ + ": " + field + ": " + problem);
    }
    const Value& member(const Value& object, const std::string& key,
                        const std::string& field) const {
        if (!object.isObject()) {
            fail(field, "expected an object");
        }
        const Value* v = object.find(key);
        if (!v) {
            fail(field + "." + key, "missing");
        }
        return *v;
    }
    const std::vector<Value>& array(const Value& v, const std::string& field) const {
        if (!v.isArray()) {
            fail(field, "expected an array");
        }
        return v.asArray();
    }
    std::string string(const Value& v, const std::string& field) const {
        if (!v.isString()) {
            fail(field, "expected a string");
        }
        return v.asString();
    }
    double number(const Value& v, const std::string& field) const {
        if (v.isNull()) {
            return std::numeric_limits<double>::quiet_NaN();  // written for a non-finite value
        }
        if (!v.isNumber()) {
            fail(field, "expected a number");
        }
        return v.asNumber();
    }
    std::int64_t count(const Value& v, const std::string& field) const {
        const double x = number(v, field);
        if (!(x >= 0) || x != std::floor(x) || x > 1e15) {
            fail(field, "expected a whole number >= 0");
        }
        return static_cast<std::int64_t>(x);
    }
    std::vector<double> numbers(const Value& v, const std::string& field) const {
        std::vector<double> out;
        const auto& items = array(v, field);
        out.reserve(items.size());
        for (std::size_t i = 0; i < items.size(); ++i) {
            out.push_back(number(items[i], field + "[" + std::to_string(i) + "]"));
        }
        return out;
    }
    std::vector<std::string> strings(const Value& v, const std::string& field) const {
        std::vector<std::string> out;
        const auto& items = array(v, field);
        for (std::size_t i = 0; i < items.size(); ++i) {
            out.push_back(string(items[i], field + "[" + std::to_string(i) + "]"));
        }
        return out;
    }

    metrics::MetricTable table(const Value& v, const std::string& field) const {
        metrics::MetricTable t;
        t.name = string(member(v, "name", field), field + ".name");
        t.rowTitle = string(member(v, "rowTitle", field), field + ".rowTitle");
        t.columnTitle = string(member(v, "columnTitle", field), field + ".columnTitle");
        t.valueTitle = string(member(v, "valueTitle", field), field + ".valueTitle");
        t.rowLabels = strings(member(v, "rowLabels", field), field + ".rowLabels");
        t.columnLabels = strings(member(v, "columnLabels", field), field + ".columnLabels");
        t.rows = static_cast<int>(count(member(v, "rows", field), field + ".rows"));
        t.cols = static_cast<int>(count(member(v, "cols", field), field + ".cols"));
        t.values = numbers(member(v, "values", field), field + ".values");
        if (t.values.size() !=
            static_cast<std::size_t>(t.rows) * static_cast<std::size_t>(t.cols)) {
            fail(field + ".values", std::to_string(t.values.size()) + " values for a " +
                                        std::to_string(t.rows) + " x " + std::to_string(t.cols) +
                                        " table");
        }
        return t;
    }

    RunHistory run(const Value& v, const std::string& field) const {
        RunHistory h;
        h.label = string(member(v, "label", field), field + ".label");
        h.losses = numbers(member(v, "losses", field), field + ".losses");
        const auto& records = array(member(v, "metrics", field), field + ".metrics");
        for (std::size_t r = 0; r < records.size(); ++r) {
            const std::string at = field + ".metrics[" + std::to_string(r) + "]";
            metrics::MetricRecord record;
            record.step = count(member(records[r], "step", at), at + ".step");
            if (record.step > static_cast<std::int64_t>(h.losses.size())) {
                fail(at + ".step", "step " + std::to_string(record.step) + " after the last of " +
                                       std::to_string(h.losses.size()) + " losses");
            }
            const auto& values = array(member(records[r], "values", at), at + ".values");
            for (std::size_t i = 0; i < values.size(); ++i) {
                const std::string vf = at + ".values[" + std::to_string(i) + "]";
                record.values.push_back({string(member(values[i], "name", vf), vf + ".name"),
                                         number(member(values[i], "value", vf), vf + ".value")});
            }
            h.metrics.push_back(std::move(record));
        }
        const auto& tables = array(member(v, "tables", field), field + ".tables");
        for (std::size_t t = 0; t < tables.size(); ++t) {
            h.tables.push_back(table(tables[t], field + ".tables[" + std::to_string(t) + "]"));
        }
        return h;
    }

private:
    std::string source_;
};

}  // namespace

std::string historiesToJson(const std::vector<RunHistory>& histories) {
    std::vector<Value> runs;
    for (const RunHistory& h : histories) {
        std::vector<Value> records;
        for (const metrics::MetricRecord& record : h.metrics) {
            std::vector<Value> values;
            for (const metrics::MetricValue& v : record.values) {
                values.push_back(Value::makeObject(
                    {{"name", Value::makeString(v.name)}, {"value", Value::makeNumber(v.value)}}));
            }
            records.push_back(
                Value::makeObject({{"step", Value::makeNumber(static_cast<double>(record.step))},
                                   {"values", Value::makeArray(std::move(values))}}));
        }
        std::vector<Value> tables;
        for (const metrics::MetricTable& t : h.tables) {
            tables.push_back(tableValue(t));
        }
        runs.push_back(Value::makeObject({{"label", Value::makeString(h.label)},
                                          {"losses", numbers(h.losses)},
                                          {"metrics", Value::makeArray(std::move(records))},
                                          {"tables", Value::makeArray(std::move(tables))}}));
    }
    return json::write(Value::makeObject({{"format", Value::makeString(kHistoryFormat)},
                                          {"runs", Value::makeArray(std::move(runs))}})) +
           "\n";
}

std::vector<RunHistory> historiesFromJson(std::string_view text, const std::string& source) {
    const Value document = json::parse(text, source);
    const Reader read(source);
    const std::string format = read.string(read.member(document, "format", "document"), "format");
    if (format != kHistoryFormat) {
        read.fail("format", "'" + format + "', expected '" + kHistoryFormat + "'");
    }
    std::vector<RunHistory> histories;
    const auto& runs = read.array(read.member(document, "runs", "document"), "runs");
    for (std::size_t i = 0; i < runs.size(); ++i) {
        histories.push_back(read.run(runs[i], "runs[" + std::to_string(i) + "]"));
    }
    return histories;
}

}  // namespace eqlab::train
