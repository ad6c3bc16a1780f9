#include "widgets/compute_names.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstring>
#include <iterator>

#include "widgets/snapshot_view.h"

namespace eqlab::widgets {

namespace {

// The English of compute/ that the window shows, each marked for lupdate under its context. A new
// kind, column or table of compute/ gets its line here (tests/gui/test_compute_names.cpp fails
// until it does); the translations live in translations/eqlab_*.ts.

// The value names of metric_kinds.h's columns and the names of the tables the metrics make, as
// displayName() writes them.
constexpr const char* kMetricNames[] = {
    QT_TRANSLATE_NOOP("MetricNames", "train loss"),
    QT_TRANSLATE_NOOP("MetricNames", "accuracy"),
    QT_TRANSLATE_NOOP("MetricNames", "invariance error"),
    QT_TRANSLATE_NOOP("MetricNames", "equivariance error"),
    QT_TRANSLATE_NOOP("MetricNames", "test loss"),
    QT_TRANSLATE_NOOP("MetricNames", "test accuracy"),
    QT_TRANSLATE_NOOP("MetricNames", "test invariance error"),
    QT_TRANSLATE_NOOP("MetricNames", "test equivariance error"),
    QT_TRANSLATE_NOOP("MetricNames", "rotation error"),
    QT_TRANSLATE_NOOP("MetricNames", "rotation error max"),
    QT_TRANSLATE_NOOP("MetricNames", "harmonic distortion"),
    QT_TRANSLATE_NOOP("MetricNames", "aliased power"),
    QT_TRANSLATE_NOOP("MetricNames", "aliasing error"),
    QT_TRANSLATE_NOOP("MetricNames", "ipr"),
    QT_TRANSLATE_NOOP("MetricNames", "layer error max"),
    QT_TRANSLATE_NOOP("MetricNames", "layer error mean"),
    QT_TRANSLATE_NOOP("MetricNames", "invariance error quarter turns"),
    QT_TRANSLATE_NOOP("MetricNames", "invariance error 45deg"),
    QT_TRANSLATE_NOOP("MetricNames", "orbit spread output"),
    QT_TRANSLATE_NOOP("MetricNames", "recon error stab1"),
    QT_TRANSLATE_NOOP("MetricNames", "recon error stab2"),
    QT_TRANSLATE_NOOP("MetricNames", "recon error stab4"),
    QT_TRANSLATE_NOOP("MetricNames", "recon error stab8"),
    QT_TRANSLATE_NOOP("MetricNames", "recon error stab ratio"),
    QT_TRANSLATE_NOOP("MetricNames", "stab gamma"),
    QT_TRANSLATE_NOOP("MetricNames", "stab gamma same count"),
    QT_TRANSLATE_NOOP("MetricNames", "stab gamma shuffled"),
    QT_TRANSLATE_NOOP("MetricNames", "stab gamma orbits"),
    QT_TRANSLATE_NOOP("MetricNames", "stab gamma progress"),
    QT_TRANSLATE_NOOP("MetricNames", "count gamma"),
    QT_TRANSLATE_NOOP("MetricNames", "group law violation"),
    QT_TRANSLATE_NOOP("MetricNames", "group law violation max"),
    QT_TRANSLATE_NOOP("MetricNames", "log det mean"),
    QT_TRANSLATE_NOOP("MetricNames", "log det max abs"),
    QT_TRANSLATE_NOOP("MetricNames", "involution error"),
    QT_TRANSLATE_NOOP("MetricNames", "involution error max"),
    QT_TRANSLATE_NOOP("MetricNames", "parity error"),
    QT_TRANSLATE_NOOP("MetricNames", "parity error max"),
    QT_TRANSLATE_NOOP("MetricNames", "parameters"),
    QT_TRANSLATE_NOOP("MetricNames", "symmetry error"),
    QT_TRANSLATE_NOOP("MetricNames", "outside error"),
    QT_TRANSLATE_NOOP("MetricNames", "distance before"),
    QT_TRANSLATE_NOOP("MetricNames", "distance after"),
    QT_TRANSLATE_NOOP("MetricNames", "alignment ratio"),
    QT_TRANSLATE_NOOP("MetricNames", "matched correlation"),
    QT_TRANSLATE_NOOP("MetricNames", "roughness before"),
    QT_TRANSLATE_NOOP("MetricNames", "roughness after"),
    QT_TRANSLATE_NOOP("MetricNames", "roughness ratio"),
    QT_TRANSLATE_NOOP("MetricNames", "weight roughness ratio"),
    QT_TRANSLATE_NOOP("MetricNames", "input roughness"),
    QT_TRANSLATE_NOOP("MetricNames", "rotation error vs angle"),
    QT_TRANSLATE_NOOP("MetricNames", "harmonic spectrum"),
    QT_TRANSLATE_NOOP("MetricNames", "aliased power vs n square"),
    QT_TRANSLATE_NOOP("MetricNames", "aliased power vs n relu"),
    QT_TRANSLATE_NOOP("MetricNames", "aliasing error vs n square"),
    QT_TRANSLATE_NOOP("MetricNames", "aliasing error vs n relu"),
    QT_TRANSLATE_NOOP("MetricNames", "symmetry error per element and layer"),
    QT_TRANSLATE_NOOP("MetricNames", "symmetry error per layer over training"),
    QT_TRANSLATE_NOOP("MetricNames", "invariance error vs angle"),
    QT_TRANSLATE_NOOP("MetricNames", "orbit spread per layer"),
    QT_TRANSLATE_NOOP("MetricNames", "reconstruction error by stabilizer"),
    QT_TRANSLATE_NOOP("MetricNames", "reconstruction error by count and stabilizer"),
    QT_TRANSLATE_NOOP("MetricNames", "ranking of the error"),
    QT_TRANSLATE_NOOP("MetricNames", "alignment correlation"),
    QT_TRANSLATE_NOOP("MetricNames", "descramble weights trained"),
    QT_TRANSLATE_NOOP("MetricNames", "descramble weights descrambled"),
    QT_TRANSLATE_NOOP("MetricNames", "stitched loss before"),
    QT_TRANSLATE_NOOP("MetricNames", "stitched loss after"),
    QT_TRANSLATE_NOOP("MetricNames", "stitched loss fitted"),
    QT_TRANSLATE_NOOP("MetricNames", "own loss"),
    QT_TRANSLATE_NOOP("MetricNames", "peer loss"),
    QT_TRANSLATE_NOOP("MetricNames", "stitching ratio"),
    QT_TRANSLATE_NOOP("MetricNames", "aligned distance per layer"),
    QT_TRANSLATE_NOOP("MetricNames", "orientation error quarter"),
    QT_TRANSLATE_NOOP("MetricNames", "orientation error mean"),
    QT_TRANSLATE_NOOP("MetricNames", "orientation error grid"),
    QT_TRANSLATE_NOOP("MetricNames", "orientation error between"),
    QT_TRANSLATE_NOOP("MetricNames", "conv parameters"),
    QT_TRANSLATE_NOOP("MetricNames", "cnn parameters same channels"),
    QT_TRANSLATE_NOOP("MetricNames", "cnn parameters same maps"),
    QT_TRANSLATE_NOOP("MetricNames", "orientation error vs angle"),
};

// Axis titles and row/column labels of those tables; "%1" stands for the rest of the text (a run's
// label, a layer's description).
constexpr const char* kTableTexts[] = {
    QT_TRANSLATE_NOOP("MetricNames", "rotation angle (degrees)"),
    QT_TRANSLATE_NOOP("MetricNames", "layer"),
    QT_TRANSLATE_NOOP("MetricNames", "harmonic order k"),
    QT_TRANSLATE_NOOP("MetricNames", "share of the power of sigma(f)"),
    QT_TRANSLATE_NOOP("MetricNames", "samples N"),
    QT_TRANSLATE_NOOP("MetricNames", "nonlinearity"),
    QT_TRANSLATE_NOOP("MetricNames", "aliased share of sigma(f)'s power"),
    QT_TRANSLATE_NOOP("MetricNames", "|L(R x) - R L(x)| / |L(x)|"),
    QT_TRANSLATE_NOOP("MetricNames", "group element g"),
    QT_TRANSLATE_NOOP("MetricNames", "layer (output of)"),
    QT_TRANSLATE_NOOP("MetricNames", "mean |f(g.x) - g.f(x)| / |f(x)|"),
    QT_TRANSLATE_NOOP("MetricNames", "step"),
    QT_TRANSLATE_NOOP("MetricNames", "mean error over the elements g != e"),
    QT_TRANSLATE_NOOP("MetricNames", "mean |f(R x) - f(x)| / |f(x)|, R bilinear"),
    QT_TRANSLATE_NOOP("MetricNames", "orbit spread / rms norm (0 = collapsed)"),
    QT_TRANSLATE_NOOP("MetricNames", "stabilizer size |Stab(x)|"),
    QT_TRANSLATE_NOOP("MetricNames", "mean squared reconstruction error"),
    QT_TRANSLATE_NOOP("MetricNames", "pixels on"),
    QT_TRANSLATE_NOOP("MetricNames", "ranked by"),
    QT_TRANSLATE_NOOP("MetricNames", "gamma (+1: ranked higher, reconstructed better)"),
    QT_TRANSLATE_NOOP("MetricNames", "gamma"),
    QT_TRANSLATE_NOOP("MetricNames", "pixel count"),
    QT_TRANSLATE_NOOP("MetricNames", "stabilizer"),
    QT_TRANSLATE_NOOP("MetricNames", "stabilizer, same count"),
    QT_TRANSLATE_NOOP("MetricNames", "stabilizer, shuffled"),
    QT_TRANSLATE_NOOP("MetricNames", "stabilizer, orbits"),
    QT_TRANSLATE_NOOP("MetricNames", "stabilizer, orbits, progress"),
    QT_TRANSLATE_NOOP("MetricNames", "hidden unit of this run"),
    QT_TRANSLATE_NOOP("MetricNames", "matched hidden unit of '%1'"),
    QT_TRANSLATE_NOOP("MetricNames", "%1 (invariance)"),  // a layer without a known representation
    QT_TRANSLATE_NOOP("MetricNames", "layer %1"),         // "layer 2 (fft-nonlinearity ...)"
    QT_TRANSLATE_NOOP("MetricNames", "|correlation| of the activations"),
    QT_TRANSLATE_NOOP("MetricNames", "hidden unit, as trained"),
    QT_TRANSLATE_NOOP("MetricNames", "hidden unit, descrambled"),
    QT_TRANSLATE_NOOP("MetricNames", "input"),
    QT_TRANSLATE_NOOP("MetricNames", "incoming weight"),
    QT_TRANSLATE_NOOP("MetricNames", "error"),
    QT_TRANSLATE_NOOP("MetricNames", "invariance error"),
    QT_TRANSLATE_NOOP("MetricNames", "relative orbit spread"),
    QT_TRANSLATE_NOOP("MetricNames", "reconstruction error"),
    QT_TRANSLATE_NOOP("MetricNames", "weight layer"),
    QT_TRANSLATE_NOOP("MetricNames", "alignment"),
    QT_TRANSLATE_NOOP("MetricNames", "before"),
    QT_TRANSLATE_NOOP("MetricNames", "after"),
    QT_TRANSLATE_NOOP("MetricNames", "relative weight distance"),
};

// TaskKind::summary of every kind in task_kinds.h.
constexpr const char* kTaskSummaries[] = {
    QT_TRANSLATE_NOOP("TaskKinds", "2 inputs in {-1,1}^2, class x1 != x2 (4 samples)"),
    QT_TRANSLATE_NOOP("TaskKinds", "x in [-1,1]^n, y = sum of x_i^2 (invariant under S_n)"),
    QT_TRANSLATE_NOOP("TaskKinds", "x in [-1,1]^n, y = max_i x_i (invariant under S_n)"),
    QT_TRANSLATE_NOOP("TaskKinds",
                      "two correlation lengths on a ring of pixels: non-Gaussian x = erf(g z/sqrt "
                      "2)/sqrt(gamma) (Ingrosso & Goldt) or its Gaussian clone"),
    QT_TRANSLATE_NOOP("TaskKinds",
                      "random band-limited functions on the circle (Fourier coefficients up to K); "
                      "target their third moment <f^3>, invariant under every rotation"),
    QT_TRANSLATE_NOOP("TaskKinds",
                      "a polyomino on a K x K grid, randomly placed and transformed by C4 "
                      "(one-sided classes) or D4 (free classes); class = the polyomino"),
    QT_TRANSLATE_NOOP(
        "TaskKinds",
        "six stroke glyphs (L T C Z J V) drawn anti-aliased on an n x n grid at random angles"),
    QT_TRANSLATE_NOOP("TaskKinds",
                      "vertices of a Platonic solid with noise, shuffled and rotated by T, O, I or "
                      "any rotation; class = the solid"),
    QT_TRANSLATE_NOOP("TaskKinds",
                      "every binary K x K pattern once, or a few complete orbits, target = the "
                      "pattern (an autoencoder's task); orbits and stabilizers under C4 or D4"),
    QT_TRANSLATE_NOOP(
        "TaskKinds",
        "x in [-2,2]^dim, an even (f(-x) = f(x)) or odd (f(-x) = -f(x)) function of x"),
    QT_TRANSLATE_NOOP(
        "TaskKinds", "K x K images of two blobs; a target even or odd under the left-right mirror"),
    QT_TRANSLATE_NOOP("TaskKinds",
                      "triples (g, x, g.x): Q8 acting on R^4 by a nonlinear conjugate of left "
                      "multiplication; input [x; g]"),
    QT_TRANSLATE_NOOP("TaskKinds",
                      "triples (g, x, g.x): C_n rotating points of a spiral in R^2; input [x; g]"),
    QT_TRANSLATE_NOOP(
        "TaskKinds",
        "x in R^4, y = an involution of R^4 (a nonlinear conjugate of swapping halves)"),
    QT_TRANSLATE_NOOP("TaskKinds",
                      "x in [-1,1]^n, y = mean over pairs of |x_i - x_j| (invariant under S_n)"),
    QT_TRANSLATE_NOOP("TaskKinds",
                      "y = Vandermonde product of x in [-1,1]^n, normalised: invariant under A_n, "
                      "odd under transpositions; samples in pairs (x, (0 1)x)"),
    QT_TRANSLATE_NOOP(
        "TaskKinds",
        "targets of a random two-layer teacher net y = w2 . s(W1 x + b1), x ~ N(0, I): a student "
        "of the same shape can match it in many ways (its intertwiner group)"),
    QT_TRANSLATE_NOOP("TaskKinds",
                      "a linear map y = T x of white noise x on a ring of D samples: a Gaussian "
                      "low-pass filter (filter) or the same gains between two random orthonormal "
                      "bases (random)"),
    QT_TRANSLATE_NOOP("TaskKinds",
                      "a CSV file: a header, then one sample per line, features first and the "
                      "target column(s) last (docs/data-formats.md)"),
    QT_TRANSLATE_NOOP("TaskKinds",
                      "two NumPy .npy arrays: x (samples x features) and y (samples x targets, or "
                      "1-D), float64 or float32, C order (docs/data-formats.md)"),
    QT_TRANSLATE_NOOP("TaskKinds",
                      "K x K image x in [-1,1], y = mean squared difference of 4-neighbouring "
                      "pixels (invariant under D4 acting on the grid)"),
};

// LayerKind::summary of every kind in layer_kinds.h.
constexpr const char* kLayerSummaries[] = {
    QT_TRANSLATE_NOOP("LayerKinds", "fully connected layer, W x + b (breaks any symmetry)"),
    QT_TRANSLATE_NOOP("LayerKinds",
                      "pointwise nonlinearity (commutes with permutation representations)"),
    QT_TRANSLATE_NOOP(
        "LayerKinds",
        "linear map in the basis of equivariant maps between two representations of the group"),
    QT_TRANSLATE_NOOP("LayerKinds",
                      "mixes channels frequency by frequency (a complex weight per k): commutes "
                      "with every rotation"),
    QT_TRANSLATE_NOOP(
        "LayerKinds",
        "samples each channel at N points, applies a pointwise function, keeps harmonics up to K "
        "(exact for every angle when N is large enough, else only at multiples of 2pi/N)"),
    QT_TRANSLATE_NOOP("LayerKinds",
                      "rotation-invariant readout: per channel the mean a0 and the power a_k^2 + "
                      "b_k^2 of each harmonic"),
    QT_TRANSLATE_NOOP(
        "LayerKinds",
        "lifting convolution: correlate an image with the |H| rotated/flipped filters"),
    QT_TRANSLATE_NOOP("LayerKinds",
                      "group convolution on maps over (H, pixels); exactly H-equivariant"),
    QT_TRANSLATE_NOOP("LayerKinds",
                      "max or mean over the group axis at every pixel (invariant to H on it)"),
    QT_TRANSLATE_NOOP("LayerKinds", "mean over all pixels of each channel (and group element)"),
    QT_TRANSLATE_NOOP("LayerKinds",
                      "lifting to an orientation stack: correlate an image with N filters rotated "
                      "by 360/N degrees (bilinear, on a disc)"),
    QT_TRANSLATE_NOOP("LayerKinds",
                      "group convolution over an orientation stack: rotated filters, orientation "
                      "axis rolled; exact at quarter turns when 4 divides N"),
    QT_TRANSLATE_NOOP("LayerKinds",
                      "Reynolds average of a nested model over the experiment's group: invariant "
                      "(mean_g f(g.x)) or equivariant (mean_g g^-1.f(g.x)), exactly"),
    QT_TRANSLATE_NOOP("LayerKinds", "N = Φ⁻¹ ∘ σ ∘ Φ with coupling layers: N(N(x)) = x exactly"),
    QT_TRANSLATE_NOOP(
        "LayerKinds",
        "N_g = Φ⁻¹ ∘ P(g) ∘ Φ on inputs [x; g]: N_e = id and N_g ∘ N_h = N_gh exactly"),
    QT_TRANSLATE_NOOP("LayerKinds",
                      "f(x) = ½[g(x) + p·g(T x)] for a nested model g and an involution T x = A x "
                      "+ c: f(T x) = p·f(x) exactly"),
    QT_TRANSLATE_NOOP(
        "LayerKinds",
        "scales each block of the features by a function of its norm: equivariant for any "
        "orthogonal representation (use it after rotations, where a pointwise one is not)"),
    QT_TRANSLATE_NOOP("LayerKinds",
                      "x -> x (x) x (all products x_i x_j): from a representation to its square"),
    QT_TRANSLATE_NOOP("LayerKinds",
                      "a G-invariant net of order 1 (features like x) or 2 (like x x^T) for a "
                      "permutation action (Maron et al. 2019); gives 1 value"),
};

// ParamSpec::help of the task and layer kinds' parameters (the forms' tooltips).
constexpr const char* kParamHelps[] = {
    QT_TRANSLATE_NOOP("KindParameters", "n, the number of elements of the set"),
    QT_TRANSLATE_NOOP("KindParameters", "number of training samples"),
    QT_TRANSLATE_NOOP("KindParameters",
                      "held-out test samples, drawn from their own stream (0: no test set)"),
    QT_TRANSLATE_NOOP("KindParameters", "pixels D on the ring"),
    QT_TRANSLATE_NOOP("KindParameters", "correlation length of class 0"),
    QT_TRANSLATE_NOOP("KindParameters", "correlation length of class 1"),
    QT_TRANSLATE_NOOP("KindParameters", "g: larger is further from Gaussian"),
    QT_TRANSLATE_NOOP("KindParameters", "samples, half of each class"),
    QT_TRANSLATE_NOOP("KindParameters",
                      "sample the Gaussian with the same covariance (the clone) instead"),
    QT_TRANSLATE_NOOP("KindParameters", "K: harmonics 1..K"),
    QT_TRANSLATE_NOOP("KindParameters", "samples"),
    QT_TRANSLATE_NOOP("KindParameters", "classes sign(<f^3>) instead of regressing <f^3>"),
    QT_TRANSLATE_NOOP("KindParameters", "cells of each polyomino (4: tetrominoes)"),
    QT_TRANSLATE_NOOP("KindParameters", "image size K (odd, at least cells)"),
    QT_TRANSLATE_NOOP("KindParameters", "random rotations (C4) or rotations and flips (D4)"),
    QT_TRANSLATE_NOOP("KindParameters", "number of samples"),
    QT_TRANSLATE_NOOP("KindParameters", "standard deviation of Gaussian pixel noise"),
    QT_TRANSLATE_NOOP("KindParameters", "image size n"),
    QT_TRANSLATE_NOOP("KindParameters", "angles uniform in [0, max_degrees); 0 = upright"),
    QT_TRANSLATE_NOOP("KindParameters", "random scale, shift and stroke width"),
    QT_TRANSLATE_NOOP("KindParameters", "points per sample (repeating vertices)"),
    QT_TRANSLATE_NOOP("KindParameters",
                      "the random rotations: a catalogue group, or uniform on SO(3)"),
    QT_TRANSLATE_NOOP("KindParameters", "standard deviation of noise per coordinate"),
    QT_TRANSLATE_NOOP("KindParameters", "pattern size K (2^(K*K) patterns)"),
    QT_TRANSLATE_NOOP("KindParameters", "the group on the grid"),
    QT_TRANSLATE_NOOP("KindParameters",
                      "all patterns; equal-count (two orbits per stabilizer order at pixel counts "
                      "K*K/2-1 and K*K/2); or seed patterns, numbers separated by commas: their "
                      "complete orbits"),
    QT_TRANSLATE_NOOP("KindParameters",
                      "each pattern once, or each pattern |Stab| times (every orbit |G| samples)"),
    QT_TRANSLATE_NOOP("KindParameters",
                      "fraction of the samples held out as the test set (0: no test set)"),
    QT_TRANSLATE_NOOP("KindParameters", "dimension of x"),
    QT_TRANSLATE_NOOP("KindParameters", "p = +1 (even) or -1 (odd)"),
    QT_TRANSLATE_NOOP("KindParameters", "training samples"),
    QT_TRANSLATE_NOOP("KindParameters", "K, the image side"),
    QT_TRANSLATE_NOOP("KindParameters", "the order of the cyclic group C_n"),
    QT_TRANSLATE_NOOP("KindParameters",
                      "the element g in the input: its index as one number (what a group-action "
                      "layer reads), or one-hot in |G| rows (a fair input for plain nets)"),
    QT_TRANSLATE_NOOP("KindParameters", "number of training samples (even)"),
    QT_TRANSLATE_NOOP("KindParameters", "d, input dimension"),
    QT_TRANSLATE_NOOP("KindParameters", "h, hidden units of the teacher"),
    QT_TRANSLATE_NOOP("KindParameters", "the teacher's s"),
    QT_TRANSLATE_NOOP("KindParameters", "D, samples around the ring"),
    QT_TRANSLATE_NOOP(
        "KindParameters",
        "translation-invariant low-pass filter, or the same spectrum in random bases"),
    QT_TRANSLATE_NOOP("KindParameters", "w: gain exp(-f^2 / 2w^2) at ring frequency f"),
    QT_TRANSLATE_NOOP("KindParameters", "the CSV file"),
    QT_TRANSLATE_NOOP("KindParameters", "how many trailing columns are targets"),
    QT_TRANSLATE_NOOP("KindParameters", "the target column holds class indices 0, 1, ..."),
    QT_TRANSLATE_NOOP("KindParameters", "the group the data is posed under, e.g. S5"),
    QT_TRANSLATE_NOOP("KindParameters",
                      "its action on one sample, e.g. perm (docs/representations.md)"),
    QT_TRANSLATE_NOOP("KindParameters", "the .npy file of the inputs"),
    QT_TRANSLATE_NOOP("KindParameters", "the .npy file of the targets"),
    QT_TRANSLATE_NOOP("KindParameters", "K, the side of the image"),
    QT_TRANSLATE_NOOP("KindParameters", "output width"),
    QT_TRANSLATE_NOOP("KindParameters", "add a bias"),
    QT_TRANSLATE_NOOP("KindParameters", "the nonlinearity"),
    QT_TRANSLATE_NOOP("KindParameters", "representation of the input, e.g. perm"),
    QT_TRANSLATE_NOOP("KindParameters", "representation of the output, e.g. 4*perm"),
    QT_TRANSLATE_NOOP("KindParameters", "output channels"),
    QT_TRANSLATE_NOOP("KindParameters", "a bias on the rotation-invariant part (k = 0)"),
    QT_TRANSLATE_NOOP("KindParameters", "the pointwise function"),
    QT_TRANSLATE_NOOP("KindParameters",
                      "N samples per channel, at least 2K+1; 0 means 3K+1 (exact for square)"),
    QT_TRANSLATE_NOOP("KindParameters", "rotations (C4) or rotations and flips (D4) of the grid"),
    QT_TRANSLATE_NOOP("KindParameters", "output channels (each with |H| maps)"),
    QT_TRANSLATE_NOOP("KindParameters", "kernel size k (odd)"),
    QT_TRANSLATE_NOOP("KindParameters", "zero padding on each side; -1 = k/2 (same size)"),
    QT_TRANSLATE_NOOP("KindParameters", "a bias per output channel"),
    QT_TRANSLATE_NOOP("KindParameters", "number N of filter orientations (360/N degrees apart)"),
    QT_TRANSLATE_NOOP("KindParameters", "output channels (each with N orientations)"),
    QT_TRANSLATE_NOOP("KindParameters", "kernel size k (odd; the disc |z| <= k/2)"),
    QT_TRANSLATE_NOOP("KindParameters", "max or mean over the group"),
    QT_TRANSLATE_NOOP("KindParameters", "the averaged net f"),
    QT_TRANSLATE_NOOP("KindParameters", "invariant output, or equivariant with out_rep"),
    QT_TRANSLATE_NOOP("KindParameters", "representation of the output (equivariant)"),
    QT_TRANSLATE_NOOP("KindParameters", "coupling layers in the flow Φ"),
    QT_TRANSLATE_NOOP("KindParameters", "hidden width of each coupling's net"),
    QT_TRANSLATE_NOOP("KindParameters", "nonlinearity of those nets"),
    QT_TRANSLATE_NOOP("KindParameters", "σ: swap the two halves of x, or negate its second half"),
    QT_TRANSLATE_NOOP("KindParameters", "coupling layers of Φ (additive: volume-preserving)"),
    QT_TRANSLATE_NOOP("KindParameters",
                      "P: a faithful representation of the group by signed permutations, e.g. std "
                      "(Q8, C4, D4), perm, regular"),
    QT_TRANSLATE_NOOP("KindParameters",
                      "additive couplings only: log|det J| = 0 exactly (else affine)"),
    QT_TRANSLATE_NOOP("KindParameters", "the wrapped net g"),
    QT_TRANSLATE_NOOP(
        "KindParameters",
        "T: x -> -x, the left-right mirror of an image, or A x + c from 'matrix' and 'offset'"),
    QT_TRANSLATE_NOOP("KindParameters", "A, row by row (involution 'matrix'), A^2 = I"),
    QT_TRANSLATE_NOOP("KindParameters", "c with A c = -c (default 0)"),
    QT_TRANSLATE_NOOP("KindParameters", "relu: x relu(|x| - b)/|x|; sigmoid: x sigmoid(|x| - b)"),
    QT_TRANSLATE_NOOP("KindParameters", "tensor order of the hidden features"),
    QT_TRANSLATE_NOOP("KindParameters", "copies of the order-1 or order-2 features"),
    QT_TRANSLATE_NOOP("KindParameters", "equivariant hidden layers"),
    QT_TRANSLATE_NOOP("KindParameters", "invariant features before the output layer"),
    QT_TRANSLATE_NOOP("KindParameters", "the pointwise nonlinearity"),
    QT_TRANSLATE_NOOP("KindParameters", "order 2: start with x -> x (x) x (else a linear lift)"),
};

template <std::size_t N>
bool contains(const char* const (&table)[N], const std::string& english) {
    return std::any_of(std::begin(table), std::end(table),
                       [&](const char* entry) { return english == entry; });
}

QString translated(const char* context, const std::string& english) {
    // QCoreApplication::translate gives the source back when there is no translation: compute's
    // English for anything unknown.
    return QCoreApplication::translate(context, english.c_str());
}

}  // namespace

QString metricName(const std::string& id) {
    const auto slash = id.rfind('/');
    if (slash != std::string::npos) {
        return displayName(id.substr(0, slash + 1)) + metricName(id.substr(slash + 1));
    }
    return translated("MetricNames", displayName(id).toStdString());
}

QString tableText(const std::string& english) {
    if (contains(kTableTexts, english)) {
        return translated("MetricNames", english);
    }
    // Texts with a part of their own: "matched hidden unit of 'mlp'" is the entry with %1 = "mlp",
    // "dense 4->8 (invariance)" the one with %1 = "dense 4->8".
    for (const char* entry : kTableTexts) {
        const char* hole = std::strstr(entry, "%1");
        if (!hole) {
            continue;
        }
        const std::string before(entry, hole), after(hole + 2);
        if (english.size() >= before.size() + after.size() && english.starts_with(before) &&
            english.ends_with(after)) {
            const std::string value =
                english.substr(before.size(), english.size() - before.size() - after.size());
            return QCoreApplication::translate("MetricNames", entry)
                .arg(QString::fromStdString(value));
        }
    }
    return QString::fromStdString(english);
}

QString taskSummary(const std::string& english) {
    return translated("TaskKinds", english);
}

QString layerSummary(const std::string& english) {
    return translated("LayerKinds", english);
}

QString paramHelp(const std::string& english) {
    return translated("KindParameters", english);
}

QString filterLabel(const train::FilterImage& image) {
    switch (image.subject) {
        case train::FilterImage::Subject::Unit:
            return QCoreApplication::translate("MetricNames", "unit %1").arg(image.index);
        case train::FilterImage::Subject::Sample:
            return QCoreApplication::translate("MetricNames", "sample %1").arg(image.index);
        case train::FilterImage::Subject::GroupFilter:
            return QCoreApplication::translate("MetricNames", "out %1, in %2, %3")
                .arg(image.index)
                .arg(image.inChannel)
                .arg(QString::fromStdString(image.element));
        case train::FilterImage::Subject::Other:
            break;
    }
    return QString::fromStdString(image.label);
}

QString filterCaption(const train::FilterImage& image) {
    if (image.subject != train::FilterImage::Subject::GroupFilter) {
        return filterLabel(image);
    }
    const QString element = QString::fromStdString(image.element);
    if (image.copy != 0) {
        return element;
    }
    //: A G-CNN filter's identity copy (or an orientation filter's 0° copy): input channel →
    //: output channel: group element or angle
    return QCoreApplication::translate("MetricNames", "%1→%2: %3")
        .arg(image.inChannel)
        .arg(image.index)
        .arg(element);
}

QString basisMethod(const std::string& id) {
    if (id == "orbits") {
        return QCoreApplication::translate("BasisMethods", "orbits");
    }
    if (id == "isotypic") {
        return QCoreApplication::translate("BasisMethods", "isotypic");
    }
    return QString::fromStdString(id);
}

namespace computenames {

bool knowsMetric(const std::string& id) {
    return contains(kMetricNames, displayName(id).toStdString());
}

bool knowsTableText(const std::string& english) {
    return contains(kTableTexts, english);
}

bool knowsTaskSummary(const std::string& english) {
    return contains(kTaskSummaries, english);
}

bool knowsLayerSummary(const std::string& english) {
    return contains(kLayerSummaries, english);
}

bool knowsParamHelp(const std::string& english) {
    return contains(kParamHelps, english);
}

}  // namespace computenames

}  // namespace eqlab::widgets
