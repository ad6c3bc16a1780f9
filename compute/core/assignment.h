#pragma once

// The linear assignment problem: given a cost matrix C (rows × cols), choose for every row a
// distinct column so that the total cost Σ_i C(i, col(i)) is minimal. Solved exactly by the
// Hungarian (Kuhn–Munkres) algorithm with row/column potentials and shortest augmenting paths,
// O(rows² · cols) time for rows ≤ cols. Used to match the hidden units of two nets
// (compute/metrics/alignment.h).
//
// When rows > cols the problem is solved on the transpose: every column gets a distinct row and
// the rows left over are unassigned (-1).

#include <vector>

#include <Eigen/Core>

namespace eqlab {

struct Assignment {
    std::vector<int> columnOfRow;  // rows entries: the column assigned to row i, or -1
    double cost = 0.0;             // Σ over assigned rows of C(i, columnOfRow[i])
};

// Throws Error(InvalidArgument) when an entry is not finite. An empty matrix gives an empty
// assignment of cost 0.
Assignment minCostAssignment(const Eigen::MatrixXd& cost);

// The same for a gain to be maximised (minCostAssignment of −gain); cost is then the total gain.
Assignment maxGainAssignment(const Eigen::MatrixXd& gain);

}  // namespace eqlab
