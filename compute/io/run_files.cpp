#include "compute/io/run_files.h"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "compute/core/error.h"
#include "compute/io/number_format.h"

namespace eqlab::io {

namespace {

std::string optionalNumber(double value) {
    return value < 0 ? std::string() : formatNumber(value);
}

// JSON has no NaN or infinity: a diverged value is null.
std::string jsonNumber(double value) {
    return std::isfinite(value) ? formatNumber(value) : std::string("null");
}

void writeAtomically(const std::filesystem::path& path, const std::string& text) {
    const std::filesystem::path temporary = path.string() + ".part";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << text;
        out.flush();
        if (!out) {
            throw Error(ErrorKind::Io, "cannot write " + temporary.string());
        }
    }
    std::error_code error;
    std::filesystem::rename(temporary, path, error);
    if (error) {
        throw Error(ErrorKind::Io, "cannot write " + path.string() + ": " + error.message());
    }
}

}  // namespace

std::string metricsCsv(const train::ExperimentResult& result) {
    std::string csv = "step,train_loss,accuracy,invariance_error\n";
    for (const auto& row : result.metrics) {
        csv += std::to_string(row.step) + ',' + formatNumber(row.trainLoss) + ',' +
               optionalNumber(row.accuracy) + ',' + optionalNumber(row.invarianceError) + '\n';
    }
    return csv;
}

std::string lossesCsv(const train::ExperimentResult& result) {
    std::string csv = "step,batch_loss\n";
    for (std::size_t i = 0; i < result.batchLosses.size(); ++i) {
        csv += std::to_string(i + 1) + ',' + formatNumber(result.batchLosses[i]) + '\n';
    }
    return csv;
}

std::string summaryJson(const train::ExperimentResult& result) {
    std::ostringstream out;
    const auto& s = result.spec;
    out << "{\n";
    out << "  \"name\": " << quoteJson(s.name) << ",\n";
    out << "  \"status\": " << quoteJson(result.divergence ? "diverged" : "finished") << ",\n";
    if (result.divergence) {
        out << "  \"divergence\": " << quoteJson(result.divergence->detail()) << ",\n";
    }
    out << "  \"seed\": " << s.seed << ",\n";
    out << "  \"dtype\": " << quoteJson(s.dtype) << ",\n";
    out << "  \"steps\": " << s.steps << ",\n";
    out << "  \"steps_done\": " << result.stepsDone << ",\n";
    out << "  \"parameters\": " << result.parameterCount << ",\n";
    out << "  \"model\": " << quoteJson(result.modelDescription) << ",\n";
    if (!result.metrics.empty()) {
        const auto& last = result.metrics.back();
        out << "  \"final_step\": " << last.step << ",\n";
        out << "  \"final_train_loss\": " << jsonNumber(last.trainLoss) << ",\n";
        if (last.accuracy >= 0) {
            out << "  \"final_accuracy\": " << formatNumber(last.accuracy) << ",\n";
        }
        if (last.invarianceError >= 0) {
            out << "  \"final_invariance_error\": " << jsonNumber(last.invarianceError) << ",\n";
        }
    }
    out << "  \"files\": [\"metrics.csv\", \"losses.csv\", \"experiment.json\"]\n";
    out << "}\n";
    return out.str();
}

void writeRunFiles(const train::ExperimentResult& result, const std::string& folder) {
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (error) {
        throw Error(ErrorKind::Io, "cannot create the folder " + folder + ": " + error.message());
    }
    const std::filesystem::path dir(folder);
    writeAtomically(dir / "metrics.csv", metricsCsv(result));
    writeAtomically(dir / "losses.csv", lossesCsv(result));
    writeAtomically(dir / "experiment.json", experimentToJson(result.spec));
    writeAtomically(dir / "summary.json", summaryJson(result));
}

}  // namespace eqlab::io
