#pragma once

// A small valid experiment (xor, three runs, metrics and a headline) that the io tests edit to make
// malformed ones and expand into sweeps.

namespace {

const char* kValid = R"({
  "eqlab_experiment": 1,
  "name": "xor",
  "task": {"kind": "xor"},
  "model": [{"type": "dense", "out": 8}, {"type": "activation", "function": "tanh"},
            {"type": "dense", "out": 2}],
  "loss": "cross-entropy",
  "optimizer": {"kind": "adam", "lr": 0.05},
  "seed": 1, "steps": 300, "batch": 4, "chunk": 2,
  "metrics": {"every": 25}
})";

}  // namespace
