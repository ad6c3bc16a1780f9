#include "compute/data/grid_tasks.h"

#include <cmath>

#include "compute/core/error.h"
#include "compute/core/rng.h"

namespace eqlab::data {

TaskData makeGridRoughness(int K, int samples, std::uint64_t seed) {
    if (K < 2 || samples < 1)
        throw Error(ErrorKind::InvalidArgument,
                    "task 'grid-roughness': size must be >= 2 and samples >= 1, got " +
                        std::to_string(K) + " and " + std::to_string(samples));
    Rng rng = Rng(seed).split(0xda7a5e7);
    TaskData task;
    task.X.resize(K * K, samples);
    task.Y.resize(1, samples);
    const double pairs = 2.0 * K * (K - 1);
    for (int s = 0; s < samples; ++s) {
        for (int p = 0; p < K * K; ++p)
            task.X(p, s) = rng.uniform(-1.0, 1.0);
        double sum = 0;
        for (int r = 0; r < K; ++r)
            for (int c = 0; c < K; ++c) {
                const double v = task.X(r * K + c, s);
                if (c + 1 < K)
                    sum += std::pow(v - task.X(r * K + c + 1, s), 2);
                if (r + 1 < K)
                    sum += std::pow(v - task.X((r + 1) * K + c, s), 2);
            }
        task.Y(0, s) = sum / pairs;
    }
    const double rms = std::sqrt(task.Y.squaredNorm() / samples);
    task.Y /= rms;
    task.group = "D4";
    task.inputRep = "grid:" + std::to_string(K);
    task.imageChannels = 1;
    task.imageHeight = task.imageWidth = K;
    return task;
}

void appendGridTaskKinds(std::vector<TaskKind>& kinds) {
    kinds.push_back({"grid-roughness",
                     "K x K image x in [-1,1], y = mean squared difference of 4-neighbouring "
                     "pixels (invariant under D4 acting on the grid)",
                     {integerParam("size", 5, 2, 64, "K, the side of the image"),
                      integerParam("samples", 256, 1, 1 << 20, "number of training samples")},
                     [](const Params& p, std::uint64_t seed) {
                         return makeGridRoughness(static_cast<int>(p.integer("size")),
                                                  static_cast<int>(p.integer("samples")), seed);
                     }});
}

}  // namespace eqlab::data
