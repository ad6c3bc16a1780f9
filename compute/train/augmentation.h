#pragma once

// Ready-made augmentations for Trainer::setAugmentation (trainer.h): the "MLP with data
// augmentation" baseline of docs/math.md §3.2, whose invariance is only approximate.
//
//   groupAugmentation(in):        x ← ρ_in(g)x with g uniform on G (targets unchanged: for
//                                 invariant tasks such as classification);
//   groupAugmentation(in, out):   also y ← ρ_out(g)y (equivariant targets);
//   rotationAugmentation(n, C, max): rotate an n × n image with C channels by an angle uniform in
//                                 [0, max) degrees, by bilinear interpolation
//                                 (data/image_transform.h).
// Permutation representations are applied as gathers, others as dense products. All draws come
// from the rng the trainer passes (one stream per sample), so augmented training is deterministic.

#include "compute/groups/representation.h"
#include "compute/train/trainer.h"

namespace eqlab::train {

template <class S>
Augmentation<S> groupAugmentation(const groups::Representation& in);
template <class S>
Augmentation<S> groupAugmentation(const groups::Representation& in,
                                  const groups::Representation& out);
template <class S>
Augmentation<S> rotationAugmentation(int n, int channels, double maxDegrees = 360.0);

extern template Augmentation<float> groupAugmentation<float>(const groups::Representation&);
extern template Augmentation<double> groupAugmentation<double>(const groups::Representation&);
extern template Augmentation<float> groupAugmentation<float>(const groups::Representation&,
                                                             const groups::Representation&);
extern template Augmentation<double> groupAugmentation<double>(const groups::Representation&,
                                                               const groups::Representation&);
extern template Augmentation<float> rotationAugmentation<float>(int, int, double);
extern template Augmentation<double> rotationAugmentation<double>(int, int, double);

}  // namespace eqlab::train
