#include "compute/metrics/layer_symmetry.h"

#include "compute/core/error.h"
#include "compute/metrics/layer_representations.h"

namespace eqlab::metrics {

namespace {

// Every top-level layer's output for the columns of X, in double: outputs[l] is dim_l × n.
template <class S>
std::vector<Eigen::MatrixXd> layerOutputs(const nn::Model<S>& model, const Eigen::MatrixXd& X) {
    const nn::Matrix<S> Xs = X.cast<S>();
    nn::Matrix<S> Y;
    nn::Cache<S> cache;
    model.forward(Xs, Y, cache);
    const std::size_t L = model.net().size();
    std::vector<Eigen::MatrixXd> out;
    for (std::size_t l = 0; l + 1 < L; ++l)
        out.push_back(nn::Sequential<S>::hiddenOutput(cache, l).template cast<double>());
    out.push_back(Y.template cast<double>());
    return out;
}

}  // namespace

Eigen::VectorXd LayerSymmetryTable::meanOverElements() const {
    if (error.rows() < 2)
        return Eigen::VectorXd::Zero(error.cols());
    return error.bottomRows(error.rows() - 1).colwise().mean().transpose();
}

template <class S>
LayerSymmetryTable layerSymmetryTable(const nn::Model<S>& model,
                                      const groups::Representation& input,
                                      const Eigen::MatrixXd& X) {
    if (X.rows() != model.inDim() || X.cols() == 0)
        throw Error(ErrorKind::InvalidArgument,
                    "layer symmetry: expected inputs of " + std::to_string(model.inDim()) +
                        " rows and at least one column, got " + std::to_string(X.rows()) + " x " +
                        std::to_string(X.cols()));
    const auto reps = layerRepresentations(model.net(), input);
    const groups::Group& G = input.group();
    const std::size_t L = reps.size();

    LayerSymmetryTable table;
    for (std::size_t l = 0; l < L; ++l) {
        table.layerNames.push_back(model.layerName(l));
        table.representations.push_back(reps[l] ? reps[l]->text() : std::string());
        table.equivariance.push_back(reps[l].has_value());
    }
    for (int g = 0; g < G.order(); ++g)
        table.elementLabels.push_back(G.elementLabel(g));
    table.error = Eigen::MatrixXd::Zero(G.order(), static_cast<Eigen::Index>(L));

    const auto base = layerOutputs(model, X);
    const auto n = static_cast<double>(X.cols());
    for (int g = 1; g < G.order(); ++g) {
        const auto moved = layerOutputs(model, applyRepresentation(input, g, X));
        for (std::size_t l = 0; l < L; ++l) {
            const Eigen::MatrixXd expected =
                reps[l] ? applyRepresentation(*reps[l], g, base[l]) : base[l];
            double sum = 0;
            for (Eigen::Index s = 0; s < X.cols(); ++s)
                sum += (moved[l].col(s) - expected.col(s)).norm() /
                       std::max(base[l].col(s).norm(), 1e-12);
            table.error(g, static_cast<Eigen::Index>(l)) = sum / n;
        }
    }
    return table;
}

template LayerSymmetryTable layerSymmetryTable<float>(const nn::Model<float>&,
                                                      const groups::Representation&,
                                                      const Eigen::MatrixXd&);
template LayerSymmetryTable layerSymmetryTable<double>(const nn::Model<double>&,
                                                       const groups::Representation&,
                                                       const Eigen::MatrixXd&);

}  // namespace eqlab::metrics
