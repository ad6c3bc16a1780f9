#include "compute/core/decompositions.h"

#include <Eigen/Eigenvalues>
#include <Eigen/QR>
#include <Eigen/SVD>

namespace eqlab {

namespace {

// Result: SymmetricEigen or HermitianEigen; Matrix: its matrix type.
template <class Result, class Matrix>
Result selfAdjointEigen(const Matrix& A) {
    const Eigen::SelfAdjointEigenSolver<Matrix> solver(A);
    Result r;
    r.ok = solver.info() == Eigen::Success;
    r.values = solver.eigenvalues();
    r.vectors = solver.eigenvectors();
    return r;
}

}  // namespace

SymmetricEigen symmetricEigen(const Eigen::MatrixXd& A) {
    return selfAdjointEigen<SymmetricEigen>(A);
}

HermitianEigen hermitianEigen(const Eigen::MatrixXcd& A) {
    return selfAdjointEigen<HermitianEigen>(A);
}

LeftSingular leftSingular(const Eigen::MatrixXd& M) {
    const Eigen::BDCSVD<Eigen::MatrixXd> svd(M, Eigen::ComputeThinU);
    return {svd.singularValues(), svd.matrixU()};
}

Eigen::MatrixXd orthonormalBasis(const Eigen::MatrixXd& Y) {
    const Eigen::HouseholderQR<Eigen::MatrixXd> qr(Y);
    return qr.householderQ() * Eigen::MatrixXd::Identity(Y.rows(), Y.cols());
}

}  // namespace eqlab
