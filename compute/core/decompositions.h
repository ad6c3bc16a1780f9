#pragma once

// Eigen's dense decompositions that compute/ uses, compiled once (decompositions.cpp). Each is a
// large template: every source that instantiated one was among the slowest of the build (a thin
// BDCSVD ~70 s at -O3 and ~115 s under the sanitizers, a symmetric eigen-solver ~25 s), and
// several sources instantiated the same ones (Householder QR: ~15 s). Callers include this small
// header instead.

#include <Eigen/Core>

namespace eqlab {

// The first k columns of Q in Y = QR (Y n × k, k <= n; Householder QR): orthonormal columns
// spanning those of Y when Y has full column rank (n × k).
Eigen::MatrixXd orthonormalBasis(const Eigen::MatrixXd& Y);

// A = V diag(values) Vᵀ for a symmetric A (n × n; only its lower triangle is read): values
// ascending (n), eigenvectors as the columns of V (n × n). ok is false when the solver did not
// converge.
struct SymmetricEigen {
    Eigen::VectorXd values;
    Eigen::MatrixXd vectors;
    bool ok = false;
};
SymmetricEigen symmetricEigen(const Eigen::MatrixXd& A);

// The same for a Hermitian A (n × n complex): real values ascending, unitary V.
struct HermitianEigen {
    Eigen::VectorXd values;
    Eigen::MatrixXcd vectors;
    bool ok = false;
};
HermitianEigen hermitianEigen(const Eigen::MatrixXcd& A);

// M = U diag(values) Wᵀ (M m × n): singular values descending (min(m, n)) and the thin U
// (m × min(m, n)); W is not computed.
struct LeftSingular {
    Eigen::VectorXd values;
    Eigen::MatrixXd U;
};
LeftSingular leftSingular(const Eigen::MatrixXd& M);

}  // namespace eqlab
