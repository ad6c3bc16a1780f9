#include "compute/metrics/rotation_curve.h"

#include "compute/core/error.h"
#include "compute/data/image_transform.h"

namespace eqlab::metrics {

namespace {

template <class S>
Eigen::MatrixXd evaluate(const nn::Model<S>& model, const Eigen::MatrixXd& X) {
    nn::Matrix<S> Y;
    nn::Cache<S> cache;
    model.forward(X.cast<S>(), Y, cache);
    return Y.template cast<double>();
}

}  // namespace

std::vector<double> angleGrid(double stepDegrees) {
    if (!(stepDegrees > 0.0))
        throw Error(ErrorKind::InvalidArgument, "angle grid: the step must be > 0 degrees");
    std::vector<double> angles;
    for (int k = 0; k * stepDegrees < 360.0; ++k)
        angles.push_back(k * stepDegrees);
    return angles;
}

template <class S>
AngleCurve rotationInvarianceCurve(const nn::Model<S>& model, const Eigen::MatrixXd& X, int n,
                                   int channels, const std::vector<double>& degrees) {
    if (X.rows() != model.inDim() || X.cols() == 0)
        throw Error(ErrorKind::InvalidArgument, "rotation curve: expected inputs of " +
                                                    std::to_string(model.inDim()) +
                                                    " rows and at least one column");
    const Eigen::MatrixXd base = evaluate(model, X);
    AngleCurve curve;
    curve.degrees = degrees;
    for (double deg : degrees) {
        const Eigen::MatrixXd out = evaluate(model, data::rotateImages(X, n, channels, deg));
        double sum = 0;
        for (Eigen::Index s = 0; s < X.cols(); ++s)
            sum += (out.col(s) - base.col(s)).norm() / std::max(base.col(s).norm(), 1e-12);
        curve.error.push_back(sum / static_cast<double>(X.cols()));
    }
    return curve;
}

template AngleCurve rotationInvarianceCurve<float>(const nn::Model<float>&, const Eigen::MatrixXd&,
                                                   int, int, const std::vector<double>&);
template AngleCurve rotationInvarianceCurve<double>(const nn::Model<double>&,
                                                    const Eigen::MatrixXd&, int, int,
                                                    const std::vector<double>&);

}  // namespace eqlab::metrics
