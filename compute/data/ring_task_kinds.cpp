// Task kinds on a ring / circle: the NLGP data of Ingrosso & Goldt and its Gaussian clone
// (nlgp.h), and random band-limited signals with a rotation-invariant target
// (band_limited_signals.h).

#include <memory>
#include <string>

#include "compute/data/band_limited_signals.h"
#include "compute/data/nlgp.h"
#include "compute/data/task_kinds.h"

namespace eqlab::data {

namespace {

NlgpTaskConfig nlgpConfig(const Params& p) {
    NlgpTaskConfig c;
    c.D = static_cast<int>(p.integer("pixels"));
    c.xi0 = p.number("xi0");
    c.xi1 = p.number("xi1");
    c.gain = p.number("gain");
    c.samples = static_cast<int>(p.integer("samples"));
    c.distribution =
        p.flag("gaussian_clone") ? RingDistribution::GaussianClone : RingDistribution::Nlgp;
    return c;
}

void describeRing(TaskData& task, int D) {
    // Both distributions are invariant under cyclic shifts of the ring, and so is the class:
    // C_D acting by 'perm' (the rotations of the D-gon) is the task's symmetry.
    task.group = "C" + std::to_string(D);
    task.inputRep = "perm";
    // A 1 × D image, so that first-layer weights show as receptive fields.
    task.imageChannels = 1;
    task.imageHeight = 1;
    task.imageWidth = D;
}

}  // namespace

void appendRingTaskKinds(std::vector<TaskKind>& kinds) {
    kinds.push_back(
        {"nlgp",
         "two correlation lengths on a ring of pixels: non-Gaussian x = erf(g z/sqrt "
         "2)/sqrt(gamma) "
         "(Ingrosso & Goldt) or its Gaussian clone",
         {integerParam("pixels", 40, 4, 1024, "pixels D on the ring"),
          numberParam("xi0", 1.0, 0.0, 1000.0, "correlation length of class 0", true),
          numberParam("xi1", 2.0, 0.0, 1000.0, "correlation length of class 1", true),
          numberParam("gain", 10.0, 0.0, 1000.0, "g: larger is further from Gaussian", true),
          integerParam("samples", 8000, 2, 1 << 20, "samples, half of each class"),
          flagParam("gaussian_clone", false,
                    "sample the Gaussian with the same covariance (the clone) instead")},
         [](const Params& p, std::uint64_t seed) {
             const NlgpTaskConfig c = nlgpConfig(p);
             TaskData task = makeNlgpTask(c, seed);
             describeRing(task, c.D);
             return task;
         }});
    // Online learning: fresh ring samples every step, the covariances factored once.
    kinds.back().makeSampler = [](const Params& p) -> TaskKind::Sampler {
        const auto sampler = std::make_shared<const NlgpSampler>(nlgpConfig(p));
        const int D = nlgpConfig(p).D;
        return [sampler, D](std::uint64_t seed, int samples) {
            TaskData task = sampler->draw(samples, seed);
            describeRing(task, D);
            return task;
        };
    };
    kinds.push_back(
        {"band-limited-signals",
         "random band-limited functions on the circle (Fourier coefficients up to K); target "
         "their third moment <f^3>, invariant under every rotation",
         {integerParam("band_limit", 4, 1, 64, "K: harmonics 1..K"),
          integerParam("samples", 2000, 1, 1 << 20, "samples"),
          flagParam("classify", false, "classes sign(<f^3>) instead of regressing <f^3>")},
         [](const Params& p, std::uint64_t seed) {
             BandLimitedTaskConfig c;
             c.K = static_cast<int>(p.integer("band_limit"));
             c.samples = static_cast<int>(p.integer("samples"));
             c.classification = p.flag("classify");
             TaskData task = makeBandLimitedTask(c, seed);
             task.bandLimit = c.K;
             return task;
         }});
}

}  // namespace eqlab::data
