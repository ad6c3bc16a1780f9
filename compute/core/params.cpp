#include "compute/core/params.h"

#include <cmath>

#include "compute/core/error.h"

namespace eqlab {

ParamSpec integerParam(std::string name, std::int64_t fallback, std::int64_t minimum,
                       std::int64_t maximum, std::string help) {
    ParamSpec p;
    p.name = std::move(name);
    p.type = ParamSpec::Type::Integer;
    p.help = std::move(help);
    p.defaultNumber = static_cast<double>(fallback);
    p.minimum = static_cast<double>(minimum);
    p.maximum = static_cast<double>(maximum);
    return p;
}

ParamSpec numberParam(std::string name, double fallback, double minimum, double maximum,
                      std::string help, bool exclusiveMinimum) {
    ParamSpec p;
    p.name = std::move(name);
    p.type = ParamSpec::Type::Number;
    p.help = std::move(help);
    p.defaultNumber = fallback;
    p.minimum = minimum;
    p.maximum = maximum;
    p.exclusiveMinimum = exclusiveMinimum;
    return p;
}

ParamSpec textParam(std::string name, std::string fallback, std::string help) {
    ParamSpec p;
    p.name = std::move(name);
    p.type = ParamSpec::Type::Text;
    p.help = std::move(help);
    p.defaultText = std::move(fallback);
    return p;
}

ParamSpec fileParam(std::string name, std::string help) {
    ParamSpec p = textParam(std::move(name), "", std::move(help));
    p.file = true;
    return p;
}

ParamSpec choiceParam(std::string name, std::string fallback, std::vector<std::string> choices,
                      std::string help) {
    ParamSpec p;
    p.name = std::move(name);
    p.type = ParamSpec::Type::Choice;
    p.help = std::move(help);
    p.defaultText = std::move(fallback);
    p.choices = std::move(choices);
    return p;
}

ParamSpec flagParam(std::string name, bool fallback, std::string help) {
    ParamSpec p;
    p.name = std::move(name);
    p.type = ParamSpec::Type::Flag;
    p.help = std::move(help);
    p.defaultNumber = fallback ? 1.0 : 0.0;
    return p;
}

ParamSpec numbersParam(std::string name, std::vector<double> fallback, double minimum,
                       double maximum, std::string help) {
    ParamSpec p;
    p.name = std::move(name);
    p.type = ParamSpec::Type::Numbers;
    p.help = std::move(help);
    p.defaultNumbers = std::move(fallback);
    p.minimum = minimum;
    p.maximum = maximum;
    return p;
}

ParamSpec layersParam(std::string name, std::string help) {
    ParamSpec p;
    p.name = std::move(name);
    p.type = ParamSpec::Type::Layers;
    p.help = std::move(help);
    return p;
}

ParamSpec required(ParamSpec spec) {
    spec.required = true;
    return spec;
}

const Params::Value& Params::at(const std::string& name) const {
    auto it = values_.find(name);
    if (it == values_.end()) {
        throw Error(ErrorKind::InvalidArgument, "parameter '" + name + "' was not declared");
    }
    return it->second;
}

std::int64_t Params::integer(const std::string& name) const {
    return static_cast<std::int64_t>(std::llround(at(name).number));
}
double Params::number(const std::string& name) const {
    return at(name).number;
}
const std::string& Params::text(const std::string& name) const {
    return at(name).text;
}
bool Params::flag(const std::string& name) const {
    return at(name).number != 0.0;
}
const std::vector<double>& Params::numbers(const std::string& name) const {
    return at(name).numbers;
}
const std::vector<LayerSpec>& Params::layers(const std::string& name) const {
    return at(name).layers;
}

void Params::setNumber(const std::string& name, double value) {
    values_[name].number = value;
}
void Params::setText(const std::string& name, std::string value) {
    values_[name].text = std::move(value);
}
void Params::setNumbers(const std::string& name, std::vector<double> value) {
    values_[name].numbers = std::move(value);
}
void Params::setLayers(const std::string& name, std::vector<LayerSpec> value) {
    values_[name].layers = std::move(value);
}

Params defaultParams(const std::vector<ParamSpec>& specs) {
    Params params;
    for (const auto& s : specs) {
        switch (s.type) {
            case ParamSpec::Type::Integer:
            case ParamSpec::Type::Number:
            case ParamSpec::Type::Flag:
                params.setNumber(s.name, s.defaultNumber);
                break;
            case ParamSpec::Type::Text:
            case ParamSpec::Type::Choice:
                params.setText(s.name, s.defaultText);
                break;
            case ParamSpec::Type::Numbers:
                params.setNumbers(s.name, s.defaultNumbers);
                break;
            case ParamSpec::Type::Layers:
                params.setLayers(s.name, {});
                break;
        }
    }
    return params;
}

}  // namespace eqlab
