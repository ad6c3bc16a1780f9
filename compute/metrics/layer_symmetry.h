#pragma once

// Symmetry errors per layer and per group element (docs/math.md §4.4), averaged over a batch: the
// |G| × layers table of the researcher's view ("which layer breaks the symmetry, and for which
// element?").
//
// For layer l with output f_l (the first l+1 layers of the model) and group element g:
//   with a representation ρ_l of the layer's output (layer_representations.h):
//       e_l(g) = mean_s ‖f_l(ρ_in(g)x_s) − ρ_l(g) f_l(x_s)‖ / ‖f_l(x_s)‖   (equivariance error)
//   without one:
//       e_l(g) = mean_s ‖f_l(ρ_in(g)x_s) − f_l(x_s)‖ / ‖f_l(x_s)‖          (invariance error)
// A norm below 1e-12 is replaced by 1e-12, as in the run's invariance metric. The identity's row
// is 0. One forward pass of the batch per element; the model must be prepared (Model::predict or
// prepare() after the last parameter change).

#include <string>
#include <vector>

#include <Eigen/Core>

#include "compute/groups/representation.h"
#include "compute/nn/model.h"

namespace eqlab::metrics {

struct LayerSymmetryTable {
    std::vector<std::string> layerNames;       // columns: "layer 0 (gconv ...)"
    std::vector<std::string> representations;  // per layer: its representation's text, or ""
    std::vector<bool> equivariance;            // per layer: equivariance (true) or invariance
    std::vector<std::string> elementLabels;    // rows: "e", "r", "r^2 s", ...
    Eigen::MatrixXd error;                     // |G| × layers

    // Mean over the non-identity elements, per layer (the one-number summary of a column).
    Eigen::VectorXd meanOverElements() const;
};

// X: input × n (double; cast to S). input: the group's action on the model's input.
template <class S>
LayerSymmetryTable layerSymmetryTable(const nn::Model<S>& model,
                                      const groups::Representation& input,
                                      const Eigen::MatrixXd& X);

extern template LayerSymmetryTable layerSymmetryTable<float>(const nn::Model<float>&,
                                                             const groups::Representation&,
                                                             const Eigen::MatrixXd&);
extern template LayerSymmetryTable layerSymmetryTable<double>(const nn::Model<double>&,
                                                              const groups::Representation&,
                                                              const Eigen::MatrixXd&);

}  // namespace eqlab::metrics
