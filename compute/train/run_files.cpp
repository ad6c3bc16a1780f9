#include "compute/train/run_files.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "compute/core/error.h"
#include "compute/io/atomic_file.h"
#include "compute/io/number_format.h"
#include "compute/io/safetensors.h"

namespace eqlab::train {

namespace {

// JSON has no NaN or infinity: a diverged value is null.
std::string jsonNumber(double value) {
    return std::isfinite(value) ? io::formatNumber(value) : std::string("null");
}

// The metric names of all runs, in order of first appearance (the CSV's columns).
std::vector<std::string> metricNames(const ExperimentResult& result) {
    std::vector<std::string> names;
    for (const auto& run : result.runs) {
        for (const auto& record : run.metrics) {
            for (const auto& value : record.values) {
                if (std::find(names.begin(), names.end(), value.name) == names.end()) {
                    names.push_back(value.name);
                }
            }
        }
    }
    return names;
}

std::string csvField(const std::string& text) {
    if (text.find_first_of(",\"\n") == std::string::npos) {
        return text;
    }
    std::string quoted = "\"";
    for (char c : text) {
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    }
    return quoted + "\"";
}

}  // namespace

std::string metricsCsv(const ExperimentResult& result) {
    const std::vector<std::string> names = metricNames(result);
    std::string csv = "run,step";
    for (const auto& name : names) {
        csv += ',' + name;
    }
    csv += '\n';
    for (const auto& run : result.runs) {
        for (const auto& record : run.metrics) {
            csv += csvField(run.label) + ',' + std::to_string(record.step);
            for (const auto& name : names) {
                csv += ',';
                for (const auto& value : record.values) {
                    if (value.name == name) {
                        csv += io::formatNumber(value.value);
                        break;
                    }
                }
            }
            csv += '\n';
        }
    }
    return csv;
}

std::string lossesCsv(const ExperimentResult& result) {
    std::string csv = "run,step,batch_loss\n";
    for (const auto& run : result.runs) {
        for (std::size_t i = 0; i < run.batchLosses.size(); ++i) {
            csv += csvField(run.label) + ',' + std::to_string(i + 1) + ',' +
                   io::formatNumber(run.batchLosses[i]) + '\n';
        }
    }
    return csv;
}

std::string summaryJson(const ExperimentResult& result) {
    std::ostringstream out;
    const auto& s = result.spec;
    out << "{\n";
    out << "  \"name\": " << io::quoteJson(s.name) << ",\n";
    if (s.lesson) {
        out << "  \"title\": " << io::quoteJson(s.lesson->title) << ",\n";
    }
    out << "  \"status\": " << io::quoteJson(result.divergence() ? "diverged" : "finished")
        << ",\n";
    out << "  \"seed\": " << s.seed << ",\n";
    out << "  \"dtype\": " << io::quoteJson(std::string(io::settingName(s.dtype))) << ",\n";
    out << "  \"steps\": " << s.steps << ",\n";
    out << "  \"runs\": [\n";
    const std::vector<std::string> names = metricNames(result);
    for (std::size_t r = 0; r < result.runs.size(); ++r) {
        const auto& run = result.runs[r];
        out << "    {\"label\": " << io::quoteJson(run.label)
            << ", \"status\": " << io::quoteJson(run.divergence ? "diverged" : "finished");
        if (run.divergence) {
            out << ", \"divergence\": " << io::quoteJson(run.divergence->detail());
        }
        out << ", \"steps_done\": " << run.stepsDone << ", \"parameters\": " << run.parameterCount
            << ",\n     \"model\": " << io::quoteJson(run.modelDescription)
            << ",\n     \"final\": {";
        bool first = true;
        for (const auto& name : names) {
            if (const auto value = run.finalValue(name)) {
                out << (first ? "" : ", ") << io::quoteJson(name) << ": " << jsonNumber(*value);
                first = false;
            }
        }
        out << "}}" << (r + 1 < result.runs.size() ? "," : "") << "\n";
    }
    out << "  ],\n";
    if (result.headline) {
        const auto& h = *result.headline;
        out << "  \"headline\": {\"text\": " << io::quoteJson(h.text)
            << ", \"holds\": " << (h.holds ? "true" : "false") << ", \"checks\": [\n";
        for (std::size_t i = 0; i < h.checks.size(); ++i) {
            const auto& c = h.checks[i];
            out << "    {\"run\": " << io::quoteJson(c.check.run)
                << ", \"metric\": " << io::quoteJson(c.check.metric) << ", \""
                << (c.check.below ? "below" : "above")
                << "\": " << io::formatNumber(c.check.threshold)
                << ", \"value\": " << (c.value ? jsonNumber(*c.value) : std::string("null"))
                << ", \"holds\": " << (c.holds ? "true" : "false") << "}"
                << (i + 1 < h.checks.size() ? "," : "") << "\n";
        }
        out << "  ]},\n";
    }
    out << "  \"files\": [\"metrics.csv\", \"losses.csv\", \"experiment.json\"]\n";
    out << "}\n";
    return out.str();
}

std::string weightsFileName(const std::string& label) {
    std::string name = label.empty() ? std::string("run") : label;
    for (char& c : name) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                           (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
        if (!plain) {
            c = '_';
        }
    }
    if (name.front() == '.') {
        name.front() = '_';  // no hidden files, no ".."
    }
    return name + ".safetensors";
}

void writeRunFiles(const ExperimentResult& result, const std::string& folder) {
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (error) {
        throw Error(ErrorKind::Io, "cannot create the folder " + folder + ": " + error.message());
    }
    const std::filesystem::path dir(folder);
    io::writeFileAtomically((dir / "metrics.csv").string(), metricsCsv(result));
    io::writeFileAtomically((dir / "losses.csv").string(), lossesCsv(result));
    io::writeFileAtomically((dir / "experiment.json").string(),
                            io::experimentToJson(io::withFilesResolved(result.spec)));
    io::writeFileAtomically((dir / "summary.json").string(), summaryJson(result));
    for (std::size_t i = 0; i < result.weights.size() && i < result.runs.size(); ++i) {
        io::writeSafetensors((dir / weightsFileName(result.runs[i].label)).string(),
                             result.weights[i]);
    }
}

}  // namespace eqlab::train
