#include "compute/core/assignment.h"

#include <cmath>
#include <limits>

#include "compute/core/error.h"

namespace eqlab {

namespace {

// The rows ≤ cols case. Rows are added one at a time; for each, a Dijkstra-like search over the
// columns in reduced costs C(i, j) − u(i) − v(j) ≥ 0 finds the shortest augmenting path, and the
// potentials are updated so that every matched pair keeps reduced cost 0. Indices are 1-based
// inside, with column 0 a virtual start column (the classic formulation).
std::vector<int> solveWide(const Eigen::MatrixXd& c) {
    const int n = static_cast<int>(c.rows());
    const int m = static_cast<int>(c.cols());
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<double> u(n + 1, 0.0), v(m + 1, 0.0), minv(m + 1);
    std::vector<int> rowOfCol(m + 1, 0), way(m + 1, 0);
    std::vector<char> used(m + 1);
    for (int i = 1; i <= n; ++i) {
        rowOfCol[0] = i;
        int j0 = 0;
        std::fill(minv.begin(), minv.end(), inf);
        std::fill(used.begin(), used.end(), 0);
        do {
            used[j0] = 1;
            const int i0 = rowOfCol[j0];
            double delta = inf;
            int j1 = 0;
            for (int j = 1; j <= m; ++j) {
                if (used[j])
                    continue;
                const double cur = c(i0 - 1, j - 1) - u[i0] - v[j];
                if (cur < minv[j]) {
                    minv[j] = cur;
                    way[j] = j0;
                }
                if (minv[j] < delta) {
                    delta = minv[j];
                    j1 = j;
                }
            }
            for (int j = 0; j <= m; ++j) {
                if (used[j]) {
                    u[rowOfCol[j]] += delta;
                    v[j] -= delta;
                } else {
                    minv[j] -= delta;
                }
            }
            j0 = j1;
        } while (rowOfCol[j0] != 0);
        // Flip the matched/unmatched edges along the path back to the start column.
        do {
            const int j1 = way[j0];
            rowOfCol[j0] = rowOfCol[j1];
            j0 = j1;
        } while (j0 != 0);
    }
    std::vector<int> colOfRow(n, -1);
    for (int j = 1; j <= m; ++j)
        if (rowOfCol[j] != 0)
            colOfRow[rowOfCol[j] - 1] = j - 1;
    return colOfRow;
}

}  // namespace

Assignment minCostAssignment(const Eigen::MatrixXd& cost) {
    if (!cost.allFinite())
        throw Error(ErrorKind::InvalidArgument,
                    "assignment: every cost must be a finite number (the " +
                        std::to_string(cost.rows()) + " x " + std::to_string(cost.cols()) +
                        " cost matrix has a NaN or infinite entry)");
    Assignment a;
    a.columnOfRow.assign(static_cast<std::size_t>(cost.rows()), -1);
    if (cost.size() == 0)
        return a;
    if (cost.rows() <= cost.cols()) {
        a.columnOfRow = solveWide(cost);
    } else {
        const Eigen::MatrixXd t = cost.transpose();
        const std::vector<int> rowOfCol = solveWide(t);
        for (std::size_t j = 0; j < rowOfCol.size(); ++j)
            a.columnOfRow[static_cast<std::size_t>(rowOfCol[j])] = static_cast<int>(j);
    }
    for (std::size_t i = 0; i < a.columnOfRow.size(); ++i)
        if (a.columnOfRow[i] >= 0)
            a.cost += cost(static_cast<Eigen::Index>(i), a.columnOfRow[i]);
    return a;
}

Assignment maxGainAssignment(const Eigen::MatrixXd& gain) {
    Assignment a = minCostAssignment(-gain);
    a.cost = -a.cost;
    return a;
}

}  // namespace eqlab
