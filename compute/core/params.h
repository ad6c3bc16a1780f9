#pragma once

// Declared parameters of a registered kind (a task, a layer, a metric) and their validated values.
//
// Every kind of task, layer and metric declares its parameters once (name, type, default, range,
// help). The experiment reader validates a JSON object against that declaration — naming the field
// and what was expected on any problem, rejecting unknown fields — and fills in defaults, so a
// kind's builder only ever sees complete, valid Params. The same declaration writes the canonical
// JSON back and documents the kind (`eqlab kinds`, docs/experiment-format.md).

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace eqlab {

struct LayerSpec;

struct ParamSpec {
    enum class Type {
        Integer,  // whole number in [minimum, maximum]
        Number,   // finite number in [minimum, maximum] (or (minimum, maximum] if exclusiveMinimum)
        Text,     // any string (e.g. a representation, a file name)
        Choice,   // one of `choices`
        Flag,     // true / false
        Numbers,  // list of numbers, each in [minimum, maximum]
        Layers,   // a nested list of layers (wrappers: group average, parity, involutive, ...)
    };
    std::string name;
    Type type = Type::Number;
    std::string help;  // one line, shown by `eqlab kinds`
    bool required = false;
    double defaultNumber = 0.0;  // Integer, Number, Flag (0/1)
    std::string defaultText;     // Text, Choice
    std::vector<double> defaultNumbers;
    double minimum = -1e300, maximum = 1e300;
    bool exclusiveMinimum = false;
    std::vector<std::string> choices;
    // Text naming a file: a relative name is resolved against the experiment file's folder.
    bool file = false;
};

// Declaration helpers, e.g. integerParam("channels", 8, 1, 512, "feature channels").
ParamSpec integerParam(std::string name, std::int64_t fallback, std::int64_t minimum,
                       std::int64_t maximum, std::string help);
ParamSpec numberParam(std::string name, double fallback, double minimum, double maximum,
                      std::string help, bool exclusiveMinimum = false);
ParamSpec textParam(std::string name, std::string fallback, std::string help);
// A Text parameter naming a file the kind reads (see ParamSpec::file).
ParamSpec fileParam(std::string name, std::string help);
ParamSpec choiceParam(std::string name, std::string fallback, std::vector<std::string> choices,
                      std::string help);
ParamSpec flagParam(std::string name, bool fallback, std::string help);
ParamSpec numbersParam(std::string name, std::vector<double> fallback, double minimum,
                       double maximum, std::string help);
ParamSpec layersParam(std::string name, std::string help);
// Marks a declaration as required (no default).
ParamSpec required(ParamSpec spec);

// Validated values by name. Getters throw Error(InvalidArgument) for a name the kind did not
// declare (a programming error, not a user error).
class Params {
public:
    std::int64_t integer(const std::string& name) const;
    double number(const std::string& name) const;
    const std::string& text(const std::string& name) const;
    bool flag(const std::string& name) const;
    const std::vector<double>& numbers(const std::string& name) const;
    const std::vector<LayerSpec>& layers(const std::string& name) const;
    bool has(const std::string& name) const { return values_.count(name) != 0; }

    void setNumber(const std::string& name, double value);
    void setText(const std::string& name, std::string value);
    void setNumbers(const std::string& name, std::vector<double> value);
    void setLayers(const std::string& name, std::vector<LayerSpec> value);

private:
    struct Value {
        double number = 0.0;
        std::string text;
        std::vector<double> numbers;
        std::vector<LayerSpec> layers;
    };
    const Value& at(const std::string& name) const;
    std::map<std::string, Value> values_;
};

// One layer of a model as the experiment names it: a registered layer kind and its parameters.
struct LayerSpec {
    std::string type;
    Params params;
};

// Params holding every declared default (for kinds built from code, e.g. in tests).
Params defaultParams(const std::vector<ParamSpec>& specs);

}  // namespace eqlab
