#include "compute/data/image_transform.h"

#include <cmath>
#include <numbers>
#include <string>

#include "compute/core/error.h"

namespace eqlab::data {

void cosSinDegrees(double degrees, double& c, double& s) {
    const double quarter = degrees / 90.0;
    if (quarter == std::floor(quarter)) {
        // Exact values: cos(π/2) in floating point is 6e-17, which would blur a 90° rotation.
        const long k = ((static_cast<long>(std::fmod(quarter, 4.0)) % 4) + 4) % 4;
        static constexpr double cs[4][2] = {{1, 0}, {0, 1}, {-1, 0}, {0, -1}};
        c = cs[k][0];
        s = cs[k][1];
        return;
    }
    const double a = degrees * std::numbers::pi / 180.0;
    c = std::cos(a);
    s = std::sin(a);
}

Eigen::MatrixXd rotateImages(const Eigen::Ref<const Eigen::MatrixXd>& X, int n, int channels,
                             double degrees) {
    if (n < 1 || channels < 1 || X.rows() != static_cast<Eigen::Index>(n) * n * channels)
        throw Error(ErrorKind::InvalidArgument,
                    "rotate images: expected " + std::to_string(n) + "x" + std::to_string(n) +
                        " pixels with " + std::to_string(channels) + " channel(s) per column (" +
                        std::to_string(n * n * channels) + " rows), got " +
                        std::to_string(X.rows()) + " rows");
    double c = 1, s = 0;
    cosSinDegrees(degrees, c, s);
    const double h = 0.5 * (n - 1);
    Eigen::MatrixXd out = Eigen::MatrixXd::Zero(X.rows(), X.cols());
    for (int row = 0; row < n; ++row)
        for (int col = 0; col < n; ++col) {
            // Target q in centred coordinates (y up); source p = R(−θ) q.
            const double qx = col - h, qy = h - row;
            const double px = c * qx + s * qy, py = -s * qx + c * qy;
            // Back to (fractional) column and row.
            const double fc = px + h, fr = h - py;
            const double c0 = std::floor(fc), r0 = std::floor(fr);
            const double tc = fc - c0, tr = fr - r0;
            const int ci = static_cast<int>(c0), ri = static_cast<int>(r0);
            const Eigen::Index target = (static_cast<Eigen::Index>(row) * n + col) * channels;
            // The four neighbours with their bilinear weights; those outside count as zero.
            const int dr[4] = {0, 0, 1, 1}, dc[4] = {0, 1, 0, 1};
            const double w[4] = {(1 - tr) * (1 - tc), (1 - tr) * tc, tr * (1 - tc), tr * tc};
            for (int k = 0; k < 4; ++k) {
                const int r = ri + dr[k], cc = ci + dc[k];
                if (w[k] == 0.0 || r < 0 || r >= n || cc < 0 || cc >= n)
                    continue;
                const Eigen::Index source = (static_cast<Eigen::Index>(r) * n + cc) * channels;
                out.middleRows(target, channels) += w[k] * X.middleRows(source, channels);
            }
        }
    return out;
}

}  // namespace eqlab::data
