#pragma once

// A model's parameters as named tensors and back (docs/interop.md). Top-level layer i's tensors
// are named "<i>.<name>" with the names of Layer::paramTensors(), so an MLP
// [dense 4->8, tanh, dense 8->3] gives "0.weight" [8, 4], "0.bias" [8], "2.weight" [3, 8],
// "2.bias" [3]: PyTorch nn.Sequential's state_dict names and layouts. Values are row-major.

#include <string>
#include <vector>

#include "compute/core/tensor.h"
#include "compute/nn/model.h"

namespace eqlab::nn {

// Every named tensor of the model with its current values, with dtype F32 for a float model and
// F64 for a double one.
template <class S>
std::vector<Tensor> modelTensors(const Model<S>& model);

// Sets the model's parameters from the tensors, then prepare()s. Every tensor the model needs
// must be present with exactly its shape, and there must be no other tensor: Error(Parse) naming
// the tensor, the file (`fileForMessages`) and both shapes otherwise ("'2.weight' has shape
// [3, 7] but the model's layer 2 (dense 8->3) needs [3, 8]"). The dtype of a tensor need not
// match the model's: F64 values load into a float model rounded to float32, F32 values into a
// double model exactly. The parameters are changed only when everything checks out.
template <class S>
void loadModelTensors(Model<S>& model, const std::vector<Tensor>& tensors,
                      const std::string& fileForMessages);

extern template std::vector<Tensor> modelTensors(const Model<float>&);
extern template std::vector<Tensor> modelTensors(const Model<double>&);
extern template void loadModelTensors(Model<float>&, const std::vector<Tensor>&,
                                      const std::string&);
extern template void loadModelTensors(Model<double>&, const std::vector<Tensor>&,
                                      const std::string&);

}  // namespace eqlab::nn
