#pragma once

// Which patterns an autoencoder reconstructs first, ranked by the order of their stabilizer
// (docs/math.md §5; Paul & Venkatasubramanian, arXiv 1504.02462). The ranking is a rank
// correlation between a pattern's stabilizer order and its reconstruction error, counted over
// pairs of patterns. Patterns with many pixels on, or with few, lie far out along the all-ones
// direction (the direction of the data mean); the pairs of equal pixel count cancel that
// direction, so their correlation is the part of the ranking the mean cannot explain.

#include <cstdint>
#include <vector>

#include <Eigen/Dense>

#include "compute/metrics/metric_values.h"

namespace eqlab::metrics {

// Goodman–Kruskal γ of "larger rank, smaller error" over the pairs (i, j) with
// rank[i] ≠ rank[j] (and, when `strata` is not empty, strata[i] == strata[j]): C counts the pairs
// in which the pattern of larger rank has the strictly smaller error, D those in which it has the
// strictly larger one (ties in the error count in neither); γ = (C − D) / (C + D), 0 when no pair
// counts. +1: every higher-ranked pattern is reconstructed better. Sizes must agree
// (Error(InvalidArgument) otherwise).
double rankGamma(const std::vector<int>& rank, const std::vector<double>& error,
                 const std::vector<int>& strata = {});

// γ over orbits rather than patterns: each orbit (orbit[i] labels pattern i) counts once, with the
// mean error of its patterns, and the rank and stratum of its first pattern (both are constant on
// an orbit when they are the stabilizer order and the pixel count). Over patterns a pair of orbits
// counts |O₁|·|O₂| times, so the pairs of the large orbits of small stabilizers outweigh the rest;
// over orbits every orbit weighs the same. Sizes must agree (Error(InvalidArgument) otherwise).
double orbitGamma(const std::vector<int>& orbit, const std::vector<int>& rank,
                  const std::vector<double>& error, const std::vector<int>& strata = {});

// The same labels in an order fixed by `seed` (Fisher–Yates, eqlab::Rng): every label keeps its
// count, the assignment to patterns is broken (the control "same counts, labels shuffled").
std::vector<int> shuffledLabels(std::vector<int> labels, std::uint64_t seed);

// The index of the first of each distinct column of X, in increasing order. The rankings count a
// pattern the training set repeats (the binary-patterns task's orbit weighting) once: otherwise
// its pairs would count as often as it is repeated and γ would weigh patterns by frequency, the
// confound the weighting is there to separate.
std::vector<std::size_t> distinctColumns(const Eigen::MatrixXd& X);

// Number of entries above 1/2 of each column (the pixels that are on, for 0/1 patterns).
std::vector<int> onPixelCounts(const Eigen::MatrixXd& X);

// Mean error per pixel count (rows 0..max count) and rank value (columns, ascending); NaN where no
// pattern has that count and rank. Rows/cols labels are the counts and rank values.
MetricTable errorByCountAndRank(const std::vector<int>& count, const std::vector<int>& rank,
                                const std::vector<double>& error);

}  // namespace eqlab::metrics
