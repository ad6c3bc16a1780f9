#include "compute/metrics/descramble.h"

#include <algorithm>
#include <limits>
#include <numeric>

#include "compute/core/decompositions.h"
#include "compute/core/error.h"

namespace eqlab::metrics {

namespace {

constexpr int kExactLimit = 13;

void checkSignal(const Eigen::MatrixXd& S, const char* what) {
    if (S.rows() < 1 || !S.allFinite())
        throw Error(ErrorKind::InvalidArgument,
                    std::string(what) + ": expected a finite h × N signal with h >= 1, got " +
                        std::to_string(S.rows()) + " x " + std::to_string(S.cols()) +
                        (S.allFinite() ? "" : " with a NaN or infinite entry"));
}

double pathCost(const std::vector<int>& order, const Eigen::MatrixXd& d) {
    double c = 0;
    for (std::size_t k = 1; k < order.size(); ++k)
        c += d(order[k - 1], order[k]);
    return c;
}

// Shortest Hamiltonian path, exactly: best[mask][j] = the shortest path visiting the units of
// mask and ending at j.
std::vector<int> heldKarp(const Eigen::MatrixXd& d) {
    const int h = static_cast<int>(d.rows());
    const std::size_t masks = std::size_t(1) << h;
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<double> best(masks * h, inf);
    std::vector<signed char> prev(masks * h, -1);
    for (int j = 0; j < h; ++j)
        best[(std::size_t(1) << j) * h + j] = 0.0;
    for (std::size_t mask = 1; mask < masks; ++mask)
        for (int j = 0; j < h; ++j) {
            const double here = best[mask * h + j];
            if (!(mask >> j & 1) || here == inf)
                continue;
            for (int k = 0; k < h; ++k) {
                if (mask >> k & 1)
                    continue;
                const std::size_t next = mask | (std::size_t(1) << k);
                const double c = here + d(j, k);
                if (c < best[next * h + k]) {
                    best[next * h + k] = c;
                    prev[next * h + k] = static_cast<signed char>(j);
                }
            }
        }
    const std::size_t full = masks - 1;
    int last = 0;
    for (int j = 1; j < h; ++j)
        if (best[full * h + j] < best[full * h + last])
            last = j;
    std::vector<int> order;
    std::size_t mask = full;
    for (int j = last; j >= 0;) {
        order.push_back(j);
        const int p = prev[mask * h + j];
        mask &= ~(std::size_t(1) << j);
        j = p;
    }
    std::reverse(order.begin(), order.end());
    return order;
}

// Reverses segments [i, j] while that shortens the open path.
void twoOpt(std::vector<int>& o, const Eigen::MatrixXd& d) {
    const int h = static_cast<int>(o.size());
    const double tol = 1e-12 * std::max(1.0, d.maxCoeff());
    for (bool improved = true; improved;) {
        improved = false;
        for (int i = 0; i < h; ++i)
            for (int j = i + 1; j < h; ++j) {
                double before = 0, after = 0;
                if (i > 0) {
                    before += d(o[i - 1], o[i]);
                    after += d(o[i - 1], o[j]);
                }
                if (j < h - 1) {
                    before += d(o[j], o[j + 1]);
                    after += d(o[i], o[j + 1]);
                }
                if (after < before - tol) {
                    std::reverse(o.begin() + i, o.begin() + j + 1);
                    improved = true;
                }
            }
    }
}

std::vector<int> heuristicPath(const Eigen::MatrixXd& d) {
    const int h = static_cast<int>(d.rows());
    std::vector<int> best;
    double bestCost = std::numeric_limits<double>::infinity();
    // Every unit as a start for small layers; 32 evenly spaced ones beyond (time O(starts·h²)
    // per 2-opt pass). The last candidate is the given order: 2-opt only shortens it, so the
    // result is never rougher than S.
    const int starts = std::min(h, 32);
    for (int s = 0; s <= starts; ++s) {
        std::vector<int> o;
        if (s == starts) {
            o.resize(static_cast<std::size_t>(h));
            std::iota(o.begin(), o.end(), 0);
        } else {
            const int start = static_cast<int>(static_cast<long long>(s) * h / starts);
            o.push_back(start);
            std::vector<char> used(static_cast<std::size_t>(h), 0);
            used[start] = 1;
            while (static_cast<int>(o.size()) < h) {
                int next = -1;
                for (int k = 0; k < h; ++k)
                    if (!used[k] && (next < 0 || d(o.back(), k) < d(o.back(), next)))
                        next = k;
                used[next] = 1;
                o.push_back(next);
            }
        }
        twoOpt(o, d);
        const double c = pathCost(o, d);
        if (c < bestCost) {
            bestCost = c;
            best = std::move(o);
        }
    }
    return best;
}

}  // namespace

Eigen::MatrixXd firstDifferences(int h) {
    Eigen::MatrixXd D = Eigen::MatrixXd::Zero(std::max(0, h - 1), std::max(0, h));
    for (int k = 0; k + 1 < h; ++k) {
        D(k, k) = -1.0;
        D(k, k + 1) = 1.0;
    }
    return D;
}

double roughness(const Eigen::MatrixXd& S) {
    if (S.rows() < 2)
        return 0.0;
    return (S.bottomRows(S.rows() - 1) - S.topRows(S.rows() - 1)).squaredNorm();
}

Descrambling descrambleOrthogonal(const Eigen::MatrixXd& S) {
    checkSignal(S, "descramble");
    const int h = static_cast<int>(S.rows());
    const Eigen::MatrixXd D = firstDifferences(h);
    // Both eigen-solvers return eigenvalues in increasing order.
    const SymmetricEigen laplacian = symmetricEigen(D.transpose() * D);
    const SymmetricEigen gram = symmetricEigen(S * S.transpose());
    const Eigen::MatrixXd U = laplacian.vectors;           // lowest frequency first
    Eigen::MatrixXd V = gram.vectors.rowwise().reverse();  // largest first
    // Row j of U^T Q S is V_j^T S: its largest entry made positive (ties: the first).
    const Eigen::MatrixXd components = V.transpose() * S;
    for (int j = 0; j < h; ++j) {
        Eigen::Index at = 0;
        components.row(j).cwiseAbs().maxCoeff(&at);
        if (components(j, at) < 0)
            V.col(j) = -V.col(j);
    }
    Descrambling r;
    r.Q = U * V.transpose();
    r.roughnessBefore = roughness(S);
    r.roughnessAfter = roughness(r.Q * S);
    return r;
}

namespace {

// The shortest path through the rows of S (with sign flips allowed when `flips`), oriented with
// the smaller end first, its signs, and Q.
Descrambling descramblePath(const Eigen::MatrixXd& S, bool flips) {
    checkSignal(S, "descramble");
    const int h = static_cast<int>(S.rows());
    // d(i, j) = ‖S_i − S_j‖² (or ‖S_i + S_j‖² when smaller and flips are allowed), computed
    // directly (no cancellation).
    Eigen::MatrixXd d(h, h);
    Eigen::MatrixXi flip = Eigen::MatrixXi::Zero(h, h);
    for (int j = 0; j < h; ++j)
        for (int i = 0; i < h; ++i) {
            if (i == j) {
                d(i, j) = 0.0;
                continue;
            }
            d(i, j) = (S.row(i) - S.row(j)).squaredNorm();
            if (flips) {
                const double opposite = (S.row(i) + S.row(j)).squaredNorm();
                if (opposite < d(i, j)) {
                    d(i, j) = opposite;
                    flip(i, j) = 1;
                }
            }
        }
    Descrambling r;
    r.exact = h <= kExactLimit;
    r.order = r.exact ? heldKarp(d) : heuristicPath(d);
    // One orientation of the path: the smaller end first.
    if (r.order.front() > r.order.back())
        std::reverse(r.order.begin(), r.order.end());
    r.signs.assign(static_cast<std::size_t>(h), 1);
    for (int k = 1; k < h; ++k)
        r.signs[k] = flip(r.order[k - 1], r.order[k]) ? -r.signs[k - 1] : r.signs[k - 1];
    r.Q = Eigen::MatrixXd::Zero(h, h);
    for (int k = 0; k < h; ++k)
        r.Q(k, r.order[static_cast<std::size_t>(k)]) = r.signs[k];
    if (flips) {
        // The one free sign: the largest entry of Q S positive.
        const Eigen::MatrixXd out = r.Q * S;
        Eigen::Index row = 0, col = 0;
        out.cwiseAbs().maxCoeff(&row, &col);
        if (out(row, col) < 0) {
            r.Q = -r.Q;
            for (int& s : r.signs)
                s = -s;
        }
    }
    r.roughnessBefore = roughness(S);
    r.roughnessAfter = roughness(r.Q * S);
    return r;
}

}  // namespace

Descrambling descramblePermutation(const Eigen::MatrixXd& S) {
    return descramblePath(S, false);
}

Descrambling descrambleSignedPermutation(const Eigen::MatrixXd& S) {
    return descramblePath(S, true);
}

}  // namespace eqlab::metrics
