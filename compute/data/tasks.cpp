#include "compute/data/tasks.h"

#include "compute/core/error.h"
#include "compute/core/rng.h"

namespace eqlab::data {

TaskData makeTask(const std::string& kind, int setSize, int samples, std::uint64_t seed) {
    TaskData task;
    if (kind == "xor") {
        task.X.resize(2, 4);
        task.X << -1, -1, 1, 1,  //
            -1, 1, -1, 1;
        task.Y.resize(1, 4);
        task.Y << 0, 1, 1, 0;
        task.classification = true;
        task.classes = 2;
        return task;
    }
    if (kind == "set-sum-of-squares" || kind == "set-max") {
        // The data stream is split off the experiment's seed, so the model's initialisation
        // (other splits) and the data never share random numbers.
        Rng rng = Rng(seed).split(0xda7a5e7);
        task.X.resize(setSize, samples);
        task.Y.resize(1, samples);
        for (int s = 0; s < samples; ++s) {
            for (int i = 0; i < setSize; ++i) {
                task.X(i, s) = rng.uniform(-1.0, 1.0);
            }
            task.Y(0, s) =
                kind == "set-max" ? task.X.col(s).maxCoeff() : task.X.col(s).squaredNorm();
        }
        return task;
    }
    throw Error(ErrorKind::InvalidArgument, "unknown task '" + kind + "'");
}

}  // namespace eqlab::data
