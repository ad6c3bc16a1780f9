#pragma once

// Experiment files (.eqlab.json): what to train, on what, how — a versioned schema documented in
// docs/experiment-format.md. parseExperiment() validates every field and throws
// Error(Parse) with a detail that names the field and what was expected, e.g.
//   "field 'optimizer.lr': expected a positive number, got -0.1".

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace eqlab::io {

inline constexpr int kExperimentSchemaVersion = 1;

struct LayerSpec {
    std::string type;  // "dense", "activation", "equivariant"
    int out = 0;       // dense: output width
    bool bias = true;  // dense
    std::string
        function;        // activation: relu, leaky-relu, tanh, sigmoid, gelu, softplus, erf, square
    std::string inRep;   // equivariant: representation of the input (text)
    std::string outRep;  // equivariant: representation of the output (text)
};

struct TaskSpec {
    std::string kind;   // "xor", "set-sum-of-squares", "set-max"
    int setSize = 5;    // set tasks: n, the input is a point of R^n, invariant under S_n
    int samples = 256;  // set tasks
};

struct ExperimentSpec {
    int schema = kExperimentSchemaVersion;
    std::string name;
    std::string group;  // optional: the group equivariant layers and metrics use
    TaskSpec task;
    std::vector<LayerSpec> layers;
    std::string loss = "mse";        // "mse", "cross-entropy"
    std::string optimizer = "adam";  // "sgd", "momentum", "adam"
    double learningRate = 1e-2;
    double momentum = 0.9;
    double weightDecay = 0.0;
    std::string schedule = "constant";  // "constant", "cosine"
    std::int64_t warmup = 0;
    std::uint64_t seed = 1;
    std::int64_t steps = 500;
    std::int64_t batch = 32;
    std::int64_t chunk = 16;
    std::string dtype = "double";  // "double", "float"
    std::int64_t metricEvery = 50;
};

// source: the file name, used in messages.
ExperimentSpec parseExperiment(std::string_view text, std::string_view source);
ExperimentSpec readExperimentFile(const std::string& path);

// The canonical JSON text of a spec (fixed key order, shortest round-trip numbers): the copy a run
// writes next to its results, and what parseExperiment reads back unchanged.
std::string experimentToJson(const ExperimentSpec& spec);

}  // namespace eqlab::io
