#include "compute/data/band_limited_signals.h"

#include <cmath>
#include <string>

#include "compute/core/error.h"
#include "compute/core/rng.h"
#include "compute/nn/band_limited.h"

namespace eqlab::data {

TaskData makeBandLimitedTask(const BandLimitedTaskConfig& config, std::uint64_t seed) {
    if (config.K < 1)
        throw Error(
            ErrorKind::InvalidArgument,
            "band-limited task: band limit K must be >= 1, got " + std::to_string(config.K));
    if (config.samples < 1)
        throw Error(ErrorKind::InvalidArgument, "band-limited task: samples must be >= 1, got " +
                                                    std::to_string(config.samples));
    const int K = config.K;
    Rng rng = Rng(seed).split(0xda7ab1);
    TaskData task;
    task.X = Eigen::MatrixXd::Zero(nn::bandWidth(K), config.samples);
    const double sd = 1.0 / std::sqrt(double(K));
    for (int s = 0; s < config.samples; ++s)
        for (Eigen::Index r = 1; r < task.X.rows(); ++r)
            task.X(r, s) = sd * rng.normal();
    const Eigen::MatrixXd F = nn::synthesisMatrix(K, 3 * K + 1) * task.X;
    const Eigen::RowVectorXd m3 = F.array().cube().colwise().mean();
    task.Y.resize(1, config.samples);
    if (config.classification) {
        task.Y = (m3.array() > 0).cast<double>();
        task.classification = true;
        task.classes = 2;
    } else {
        task.Y = m3;
    }
    return task;
}

}  // namespace eqlab::data
