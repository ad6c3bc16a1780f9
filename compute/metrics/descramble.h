#pragma once

// Descrambling a hidden layer (docs/math.md §4.12; Amey et al., arXiv 1912.01498).
//
// S (h × N) holds the outputs of h hidden units on N inputs: row i is unit i's signal. A layer's
// units can be mixed by any Q of its symmetry group without changing the net (an orthogonal Q
// when nothing pointwise follows, a permutation when a pointwise σ does), so the order in which
// they come out of training is arbitrary. Descrambling picks the Q that makes the units vary
// smoothly from one to the next, i.e. minimises the roughness
//     R(Q) = ‖D Q S‖²_F = Σ_k ‖(QS)(k+1, :) − (QS)(k, :)‖²,
// D the (h−1) × h first-difference matrix.
//
// Orthogonal Q, closed form: R(Q) = tr(Qᵀ DᵀD Q · S Sᵀ), and by von Neumann's trace inequality
// its minimum over orthogonal Q is Σ_i λ_i(DᵀD)↑ λ_i(SSᵀ)↓, reached by Q = U Vᵀ with U the
// eigenvectors of DᵀD from the lowest frequency up and V those of SSᵀ from the largest eigenvalue
// down: the strongest component of the signal is put on the smoothest pattern across units.
//
// The eigenvectors' signs are free; each is fixed so that the largest entry of its row of Q S is
// positive, so Q S does not depend on how S was scrambled (nor flicker from one step to the next).
//
// Permutation Q: R is the length of the path through the rows of S in the chosen order with
// squared Euclidean edge lengths — a shortest Hamiltonian path. Solved exactly (Held–Karp dynamic
// programming, O(2^h h²)) for h ≤ 13, otherwise by nearest-neighbour paths from every start
// (32 spread starts for h > 32) and the order S came in, each refined by 2-opt segment reversals
// until no reversal helps (a local optimum, never rougher than S itself).
//
// Signed permutation Q (an odd σ such as tanh: flipping a unit's sign is a symmetry too): the
// same path with edge lengths min(‖S_i − S_j‖², ‖S_i + S_j‖²). The signs follow along the path —
// each unit takes the sign that puts it nearer its predecessor — so the path's length is the
// roughness reached; the one sign left free makes the largest entry of Q S positive.

#include <vector>

#include <Eigen/Core>

namespace eqlab::metrics {

// (h−1) × h, row k = e_{k+1} − e_k (0 × h for h ≤ 1).
Eigen::MatrixXd firstDifferences(int h);

// ‖D S‖²_F for S h × N.
double roughness(const Eigen::MatrixXd& S);

struct Descrambling {
    Eigen::MatrixXd Q;           // h × h; the descrambled signal is Q S
    std::vector<int> order;      // permutation variants: row k of Q S is row order[k] of S
    std::vector<int> signs;      // ... times signs[k] (all +1 for plain permutations)
    double roughnessBefore = 0;  // ‖D S‖²_F
    double roughnessAfter = 0;   // ‖D Q S‖²_F
    bool exact = true;           // false when the permutation was found by the heuristic
};

// S: h × N, h ≥ 1, finite (Error(InvalidArgument) otherwise).
Descrambling descrambleOrthogonal(const Eigen::MatrixXd& S);
Descrambling descramblePermutation(const Eigen::MatrixXd& S);
Descrambling descrambleSignedPermutation(const Eigen::MatrixXd& S);

}  // namespace eqlab::metrics
