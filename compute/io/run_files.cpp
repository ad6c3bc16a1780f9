#include "compute/io/run_files.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "compute/core/error.h"
#include "compute/io/number_format.h"
#include "compute/io/safetensors.h"

namespace eqlab::io {

namespace {

// JSON has no NaN or infinity: a diverged value is null.
std::string jsonNumber(double value) {
    return std::isfinite(value) ? formatNumber(value) : std::string("null");
}

// The metric names of all runs, in order of first appearance (the CSV's columns).
std::vector<std::string> metricNames(const train::ExperimentResult& result) {
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

std::string metricsCsv(const train::ExperimentResult& result) {
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
                        csv += formatNumber(value.value);
                        break;
                    }
                }
            }
            csv += '\n';
        }
    }
    return csv;
}

std::string lossesCsv(const train::ExperimentResult& result) {
    std::string csv = "run,step,batch_loss\n";
    for (const auto& run : result.runs) {
        for (std::size_t i = 0; i < run.batchLosses.size(); ++i) {
            csv += csvField(run.label) + ',' + std::to_string(i + 1) + ',' +
                   formatNumber(run.batchLosses[i]) + '\n';
        }
    }
    return csv;
}

std::string summaryJson(const train::ExperimentResult& result) {
    std::ostringstream out;
    const auto& s = result.spec;
    out << "{\n";
    out << "  \"name\": " << quoteJson(s.name) << ",\n";
    if (s.lesson) {
        out << "  \"title\": " << quoteJson(s.lesson->title) << ",\n";
    }
    out << "  \"status\": " << quoteJson(result.divergence() ? "diverged" : "finished") << ",\n";
    out << "  \"seed\": " << s.seed << ",\n";
    out << "  \"dtype\": " << quoteJson(std::string(settingName(s.dtype))) << ",\n";
    out << "  \"steps\": " << s.steps << ",\n";
    out << "  \"runs\": [\n";
    const std::vector<std::string> names = metricNames(result);
    for (std::size_t r = 0; r < result.runs.size(); ++r) {
        const auto& run = result.runs[r];
        out << "    {\"label\": " << quoteJson(run.label)
            << ", \"status\": " << quoteJson(run.divergence ? "diverged" : "finished");
        if (run.divergence) {
            out << ", \"divergence\": " << quoteJson(run.divergence->detail());
        }
        out << ", \"steps_done\": " << run.stepsDone << ", \"parameters\": " << run.parameterCount
            << ",\n     \"model\": " << quoteJson(run.modelDescription) << ",\n     \"final\": {";
        bool first = true;
        for (const auto& name : names) {
            if (const auto value = run.finalValue(name)) {
                out << (first ? "" : ", ") << quoteJson(name) << ": " << jsonNumber(*value);
                first = false;
            }
        }
        out << "}}" << (r + 1 < result.runs.size() ? "," : "") << "\n";
    }
    out << "  ],\n";
    if (result.headline) {
        const auto& h = *result.headline;
        out << "  \"headline\": {\"text\": " << quoteJson(h.text)
            << ", \"holds\": " << (h.holds ? "true" : "false") << ", \"checks\": [\n";
        for (std::size_t i = 0; i < h.checks.size(); ++i) {
            const auto& c = h.checks[i];
            out << "    {\"run\": " << quoteJson(c.check.run)
                << ", \"metric\": " << quoteJson(c.check.metric) << ", \""
                << (c.check.below ? "below" : "above") << "\": " << formatNumber(c.check.threshold)
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

void writeFileAtomically(const std::string& path, const std::string& text) {
    const std::filesystem::path target(path);
    const std::filesystem::path temporary = target.string() + ".part";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << text;
        out.flush();
        if (!out) {
            throw Error(ErrorKind::Io, "cannot write " + temporary.string());
        }
    }
    std::error_code error;
    std::filesystem::rename(temporary, target, error);
    if (error) {
        std::error_code ignored;  // the half-way file goes too; the rename's error is the news
        std::filesystem::remove(temporary, ignored);
        throw Error(ErrorKind::Io, "cannot write " + target.string() + ": " + error.message());
    }
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

void writeRunFiles(const train::ExperimentResult& result, const std::string& folder) {
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (error) {
        throw Error(ErrorKind::Io, "cannot create the folder " + folder + ": " + error.message());
    }
    const std::filesystem::path dir(folder);
    writeFileAtomically((dir / "metrics.csv").string(), metricsCsv(result));
    writeFileAtomically((dir / "losses.csv").string(), lossesCsv(result));
    writeFileAtomically((dir / "experiment.json").string(),
                        experimentToJson(withFilesResolved(result.spec)));
    writeFileAtomically((dir / "summary.json").string(), summaryJson(result));
    for (std::size_t i = 0; i < result.weights.size() && i < result.runs.size(); ++i) {
        writeSafetensors((dir / weightsFileName(result.runs[i].label)).string(), result.weights[i]);
    }
}

}  // namespace eqlab::io
