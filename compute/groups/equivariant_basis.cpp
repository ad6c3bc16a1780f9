#include "compute/groups/equivariant_basis.h"

#include <cmath>
#include <random>

#include <Eigen/Cholesky>

#include "compute/core/decompositions.h"
#include "compute/core/error.h"
#include "compute/groups/characters.h"

namespace eqlab::groups {

namespace {

constexpr long long kMaxDenseBasisEntries = 1LL << 26;

using Eigen::MatrixXd;
using Eigen::VectorXd;

void sameGroup(const Representation& in, const Representation& out) {
    if (in.groupPtr() != out.groupPtr() &&
        (in.group().name() != out.group().name() || in.group().order() != out.group().order())) {
        throw Error(ErrorKind::InvalidArgument,
                    "equivariant basis: representations of different groups '" + in.group().name() +
                        "' and '" + out.group().name() + "'");
    }
}

// ---- orthonormalisation ----

// One Cholesky-QR pass on the columns of Y (n × k): Y ← Y U⁻¹ with UᵀU = YᵀY. Fast (two large
// matrix products) and accurate when Y is well conditioned; false if YᵀY is not positive definite.
bool choleskyQrPass(MatrixXd& Y) {
    const Eigen::Index k = Y.cols();
    MatrixXd G = MatrixXd::Zero(k, k);
    G.selfadjointView<Eigen::Lower>().rankUpdate(Y.transpose());
    Eigen::LLT<MatrixXd> llt(G.selfadjointView<Eigen::Lower>());
    if (llt.info() != Eigen::Success)
        return false;
    const MatrixXd U = llt.matrixU();
    if (U.diagonal().minCoeff() < 1e-10 * U.diagonal().maxCoeff())
        return false;
    U.triangularView<Eigen::Upper>().solveInPlace<Eigen::OnTheRight>(Y);
    return true;
}

// Orthonormal columns spanning the (full-rank) columns of Y: Cholesky QR twice, falling back to
// Householder QR when Y is too ill-conditioned for it.
void orthonormalize(MatrixXd& Y) {
    if (Y.cols() == 0)
        return;
    if (choleskyQrPass(Y) && choleskyQrPass(Y))
        return;
    Y = orthonormalBasis(Y);
}

// ---- orthogonalisation of a representation ----

struct Orthogonal {
    std::vector<MatrixXd> m;  // Q ρ(g) Q⁻¹, orthogonal
    MatrixXd Q, Qinv;         // identity when ρ is already orthogonal
    bool changed = false;
};

Orthogonal orthogonalForm(const Representation& rep) {
    Orthogonal o;
    const int n = rep.group().order(), d = rep.dim();
    if (rep.isOrthogonal()) {
        for (int g = 0; g < n; ++g)
            o.m.push_back(rep.matrix(g));
        return o;
    }
    // A = (1/|G|) Σ ρ(g)ᵀρ(g) is G-invariant (ρ(h)ᵀ A ρ(h) = A) and positive definite; with
    // Q = A^{1/2}, Q ρ Q⁻¹ is orthogonal.
    MatrixXd A = MatrixXd::Zero(d, d);
    for (int g = 0; g < n; ++g)
        A.noalias() += rep.matrix(g).transpose() * rep.matrix(g);
    A /= n;
    const SymmetricEigen eig = symmetricEigen(A);
    const VectorXd s = eig.values.cwiseMax(0.0).cwiseSqrt();
    o.Q = eig.vectors * s.asDiagonal() * eig.vectors.transpose();
    o.Qinv = eig.vectors * s.cwiseInverse().asDiagonal() * eig.vectors.transpose();
    for (int g = 0; g < n; ++g)
        o.m.push_back(o.Q * rep.matrix(g) * o.Qinv);
    o.changed = true;
    return o;
}

// ---- real isotypic types ----

struct RealType {
    VectorXd psi;     // per element: χ, or χ + χ̄ for a complex pair (real)
    int degree = 1;   // χ(1)
    int realDim = 1;  // dimension of the real irreducible: χ(1), or 2χ(1) (complex, quaternionic)
    bool scalar = false;  // real 1-dimensional: ρ acts by the scalar χ(g) on its component
};

std::vector<RealType> realTypes(const Group& G, const CharacterTable& t) {
    std::vector<RealType> types;
    std::vector<char> used(static_cast<size_t>(t.numIrreps()), 0);
    for (int i = 0; i < t.numIrreps(); ++i) {
        if (used[static_cast<size_t>(i)])
            continue;
        used[static_cast<size_t>(i)] = 1;
        RealType rt;
        rt.degree = t.dims[static_cast<size_t>(i)];
        const Eigen::VectorXcd chi = t.onElements(G, i);
        rt.psi = chi.real();
        if (t.indicators[static_cast<size_t>(i)] == 0) {
            rt.psi *= 2.0;  // χ + χ̄
            for (int j = i + 1; j < t.numIrreps(); ++j) {
                if (!used[static_cast<size_t>(j)] &&
                    (t.values.row(j) - t.values.row(i).conjugate()).cwiseAbs().maxCoeff() < 1e-8) {
                    used[static_cast<size_t>(j)] = 1;
                    break;
                }
            }
        }
        rt.realDim = t.indicators[static_cast<size_t>(i)] == 1 ? rt.degree : 2 * rt.degree;
        rt.scalar = rt.degree == 1 && t.indicators[static_cast<size_t>(i)] == 1;
        types.push_back(std::move(rt));
    }
    return types;
}

// Orthonormal bases (d × a_τ) of the isotypic components of an orthogonal representation, one per
// type (a_τ may be 0). One symmetric eigenproblem: M = Σ_τ (τ+1) P_τ has eigenvalue τ+1 exactly on
// component τ, so eigenvectors are grouped by their rounded eigenvalue.
std::vector<MatrixXd> isotypicBases(const Group& G, const std::vector<MatrixXd>& rho,
                                    const std::vector<RealType>& types) {
    const int n = G.order();
    const Eigen::Index d = rho[0].rows();
    VectorXd weight = VectorXd::Zero(n);  // M = Σ_g weight(g) ρ(g)
    for (size_t t = 0; t < types.size(); ++t) {
        weight += (static_cast<double>(t + 1) * types[t].degree / n) * types[t].psi;
    }
    MatrixXd M = MatrixXd::Zero(d, d);
    for (int g = 0; g < n; ++g)
        M += weight[g] * rho[static_cast<size_t>(g)];
    M = (0.5 * (M + M.transpose())).eval();
    const SymmetricEigen eig = symmetricEigen(M);
    std::vector<std::vector<Eigen::Index>> columns(types.size());
    for (Eigen::Index i = 0; i < d; ++i) {
        const double lambda = eig.values[i];
        const long t = std::lround(lambda) - 1;
        if (std::abs(lambda - std::round(lambda)) > 1e-6 || t < 0 ||
            t >= static_cast<long>(types.size())) {
            throw Error(ErrorKind::Internal, "isotypic split: eigenvalue " +
                                                 std::to_string(lambda) + " is not a type index");
        }
        columns[static_cast<size_t>(t)].push_back(i);
    }
    std::vector<MatrixXd> bases;
    for (const auto& cols : columns) {
        MatrixXd U(d, static_cast<Eigen::Index>(cols.size()));
        for (size_t j = 0; j < cols.size(); ++j)
            U.col(static_cast<Eigen::Index>(j)) = eig.vectors.col(cols[j]);
        bases.push_back(std::move(U));
    }
    return bases;
}

// ---- Reynolds projection on a batch of probes ----

// Probes X_j (b × a, j < k) stored stacked: Xv = [X_0; X_1; …] (bk × a). Returns the stacked
// R(X_j) = (1/|G|) Σ_g σ_out(g) X_j σ_in(g)ᵀ with two matrix products per element: the right
// factor acts on Xv directly, and the column-major bk × a result read as a b × (k·a) matrix has the
// columns of all blocks side by side, so the left factor is one product too.
MatrixXd reynolds(const std::vector<MatrixXd>& sin, const std::vector<MatrixXd>& sout,
                  const MatrixXd& Xv, Eigen::Index k) {
    const Eigen::Index a = Xv.cols(), b = sout[0].rows();
    MatrixXd Y = MatrixXd::Zero(b * k, a);
    MatrixXd T(b * k, a);
    Eigen::Map<MatrixXd> Tm(T.data(), b, k * a);
    Eigen::Map<MatrixXd> Ym(Y.data(), b, k * a);
    for (size_t g = 0; g < sin.size(); ++g) {
        T.noalias() = Xv * sin[g].transpose();
        Ym.noalias() += sout[g] * Tm;
    }
    Y /= static_cast<double>(sin.size());
    return Y;
}

// Stacked (bk × a) ↔ vec columns ((a·b) × k), vec column-major: vec(X_j)[c·b + r] = X_j(r, c).
MatrixXd stackedToVec(const MatrixXd& Xv, Eigen::Index b, Eigen::Index k) {
    const Eigen::Index a = Xv.cols();
    MatrixXd V(a * b, k);
    for (Eigen::Index j = 0; j < k; ++j) {
        for (Eigen::Index c = 0; c < a; ++c)
            V.col(j).segment(c * b, b) = Xv.block(j * b, c, b, 1);
    }
    return V;
}
MatrixXd vecToStacked(const MatrixXd& V, Eigen::Index a, Eigen::Index b) {
    const Eigen::Index k = V.cols();
    MatrixXd Xv(b * k, a);
    for (Eigen::Index j = 0; j < k; ++j) {
        for (Eigen::Index c = 0; c < a; ++c)
            Xv.block(j * b, c, b, 1) = V.col(j).segment(c * b, b);
    }
    return Xv;
}

// Orthonormal basis (vec columns, (a·b) × k) of Hom_G(σ_in, σ_out) for one isotypic block.
MatrixXd solveBlock(const std::vector<MatrixXd>& sin, const std::vector<MatrixXd>& sout,
                    Eigen::Index k, unsigned seed) {
    const Eigen::Index a = sin[0].rows(), b = sout[0].rows();
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal(0.0, 1.0);
    MatrixXd Xv(b * k, a);
    for (Eigen::Index i = 0; i < Xv.size(); ++i)
        Xv.data()[i] = normal(rng);
    MatrixXd V = stackedToVec(reynolds(sin, sout, Xv, k), b, k);
    orthonormalize(V);
    // Project once more: the orthonormalisation amplifies round-off by the probes' condition
    // number; projecting the (now well-conditioned) basis removes what left the subspace.
    V = stackedToVec(reynolds(sin, sout, vecToStacked(V, a, b), k), b, k);
    orthonormalize(V);
    return V;
}

// ---- the adapted basis of an isotypic block ----
//
// A block of type τ is σ ≅ U ⊕ … ⊕ U (m copies of one real irreducible U of dimension d). If both
// blocks are written in orthonormal bases in which every copy carries the same matrices D(g), the
// equivariant maps are exactly Σ M_ij ⊗ E with E ∈ End_G(D), whose dimension e is 1, 2 or 4
// (real, complex, quaternionic type). So an orthonormal basis is C_out,i E_l C_in,jᵀ for all copies
// i, j and an orthonormal basis E_l of End_G(D), built with a handful of Reynolds projections
// instead of one per basis map:
//  * copies: a random symmetric equivariant endomorphism S = R(X) + R(X)ᵀ acts on the multiplicity
//    space as a random Hermitian matrix over ℝ, ℂ or ℍ, so its eigenspaces are single copies
//    (eigenvalues of multiplicity exactly d, distinct between copies with probability one);
//  * alignment: for a random X, P_iᵀ R(X) P_ref intertwines the reference copy with copy i and is
//    a multiple of an orthogonal matrix (End_G(U) is a division algebra), so normalised it maps
//    the reference copy's matrices onto copy i's.
// Returns false when a numerical check fails (the caller then uses the probe method).

// Splits an orthogonal block (a × a matrices) into m = a/d copies: a × d orthonormal bases.
bool splitCopies(const std::vector<MatrixXd>& s, Eigen::Index d, std::mt19937_64& rng,
                 std::vector<MatrixXd>& copies) {
    const Eigen::Index a = s[0].rows();
    if (a % d != 0)
        return false;
    std::normal_distribution<double> normal(0.0, 1.0);
    MatrixXd X(a, a);
    for (Eigen::Index i = 0; i < X.size(); ++i)
        X.data()[i] = normal(rng);
    const MatrixXd C = reynolds(s, s, X, 1);
    const MatrixXd S = C + C.transpose();
    const SymmetricEigen eig = symmetricEigen(S);
    const VectorXd& ev = eig.values;
    const double scale = 1.0 + ev.cwiseAbs().maxCoeff();
    copies.clear();
    for (Eigen::Index c = 0; c < a / d; ++c) {
        if (ev[c * d + d - 1] - ev[c * d] > 1e-9 * scale)
            return false;  // one copy
        if (c > 0 && ev[c * d] - ev[c * d - 1] < 1e-5 * scale)
            return false;  // separated
        copies.push_back(eig.vectors.middleCols(c * d, d));
    }
    return true;
}

// An orthogonal d × d matrix O with D_to(g) O = O D_from(g), from copies P_from (of the block
// sFrom) and P_to (of sTo).
bool alignCopy(const std::vector<MatrixXd>& sFrom, const std::vector<MatrixXd>& sTo,
               const MatrixXd& Pfrom, const MatrixXd& Pto, std::mt19937_64& rng, MatrixXd& O) {
    std::normal_distribution<double> normal(0.0, 1.0);
    MatrixXd X(sTo[0].rows(), sFrom[0].rows());
    for (Eigen::Index i = 0; i < X.size(); ++i)
        X.data()[i] = normal(rng);
    const MatrixXd R = reynolds(sFrom, sTo, X, 1);
    const MatrixXd T = Pto.transpose() * R * Pfrom;
    const double norm = T.norm();
    if (norm < 1e-6 * R.norm())
        return false;
    const Eigen::Index d = T.rows();
    O = T * (std::sqrt(static_cast<double>(d)) / norm);
    return (O.transpose() * O - MatrixXd::Identity(d, d)).cwiseAbs().maxCoeff() < 1e-9;
}

// The adapted basis of Hom_G(σ_in, σ_out) for one block, lifted to dout × din through the
// isotypic bases Ui (din × a) and Uo (dout × b), written into `out` starting at column `first`.
bool adaptedBlock(const std::vector<MatrixXd>& sin, const std::vector<MatrixXd>& sout,
                  Eigen::Index d, Eigen::Index kBlock, const MatrixXd& Ui, const MatrixXd& Uo,
                  unsigned seed, MatrixXd& out, Eigen::Index first) {
    std::mt19937_64 rng(seed);
    std::vector<MatrixXd> cin, cout;
    if (!splitCopies(sin, d, rng, cin) || !splitCopies(sout, d, rng, cout))
        return false;
    // Align every copy with the first input copy, whose matrices D(g) are the reference.
    std::vector<MatrixXd> lin, lout;  // din × d and dout × d, lifted and aligned
    for (const MatrixXd& P : cin) {
        MatrixXd O;
        if (!alignCopy(sin, sin, cin[0], P, rng, O))
            return false;
        lin.push_back(Ui * (P * O));
    }
    for (const MatrixXd& P : cout) {
        MatrixXd O;
        if (!alignCopy(sin, sout, cin[0], P, rng, O))
            return false;
        lout.push_back(Uo * (P * O));
    }
    // End_G(D): the probe method on d × d matrices (e ≤ 4 maps).
    std::vector<MatrixXd> D;
    double e = 0.0;
    for (const MatrixXd& g : sin) {
        D.push_back(cin[0].transpose() * g * cin[0]);
        e += D.back().trace() * D.back().trace();  // dim End_G(D) = (1/|G|) Σ χ_D(g)²
    }
    const Eigen::Index ke = std::lround(e / static_cast<double>(sin.size()));
    if (ke < 1 || ke > 4 || static_cast<Eigen::Index>(lin.size() * lout.size()) * ke != kBlock) {
        return false;
    }
    const MatrixXd E = solveBlock(D, D, ke, seed ^ 0xe9du);  // d² × ke, orthonormal vec columns
    const Eigen::Index din = Ui.rows(), dout = Uo.rows();
    Eigen::Index col = first;
    for (const MatrixXd& Ci : lin) {
        for (const MatrixXd& Co : lout) {
            for (Eigen::Index l = 0; l < ke; ++l) {
                const Eigen::Map<const MatrixXd> El(E.col(l).data(), d, d);
                Eigen::Map<MatrixXd> W(out.col(col++).data(), dout, din);
                W.noalias() = Co * (El * Ci.transpose());
            }
        }
    }
    return true;
}

EquivariantBasis isotypicMethod(const Representation& in, const Representation& out) {
    const Group& G = in.group();
    const int n = G.order();
    const int k = characterDimension(in, out);
    EquivariantBasis result;
    result.dimIn = in.dim();
    result.dimOut = out.dim();
    result.method = EquivariantBasis::Method::Isotypic;
    const long long cells = static_cast<long long>(in.dim()) * out.dim();
    if (cells * k > kMaxDenseBasisEntries) {
        throw Error(ErrorKind::Unsupported,
                    "equivariant basis " + in.text() + " -> " + out.text() + ": " +
                        std::to_string(k) + " dense " + std::to_string(out.dim()) + "×" +
                        std::to_string(in.dim()) + " matrices are too large (use the orbit basis)");
    }
    result.vectors.resize(cells, k);
    if (k == 0)
        return result;

    const Orthogonal oin = orthogonalForm(in), oout = orthogonalForm(out);
    const CharacterTable table = characterTable(G);
    const std::vector<RealType> types = realTypes(G, table);
    const std::vector<MatrixXd> Uin = isotypicBases(G, oin.m, types);
    const std::vector<MatrixXd> Uout = isotypicBases(G, oout.m, types);

    Eigen::Index filled = 0;
    const Eigen::Index dout = out.dim();
    for (size_t t = 0; t < types.size(); ++t) {
        const MatrixXd &Ui = Uin[t], &Uo = Uout[t];  // din × a, dout × b
        const Eigen::Index a = Ui.cols(), b = Uo.cols();
        if (a == 0 || b == 0)
            continue;
        MatrixXd blockVec;  // (a·b) × k_τ, vec of the b × a block maps
        if (types[t].scalar) {
            blockVec = MatrixXd::Identity(a * b, a * b);  // unconstrained block
        } else {
            std::vector<MatrixXd> sin, sout;  // restricted: a × a and b × b
            double kt = 0.0;
            for (int g = 0; g < n; ++g) {
                sin.push_back(Ui.transpose() * oin.m[static_cast<size_t>(g)] * Ui);
                sout.push_back(Uo.transpose() * oout.m[static_cast<size_t>(g)] * Uo);
                kt += sin.back().trace() * sout.back().trace();
            }
            const Eigen::Index kBlock = std::lround(kt / n);
            if (kBlock == 0)
                continue;
            if (filled + kBlock > k)
                throw Error(ErrorKind::Internal, "equivariant basis: too many vectors");
            const unsigned seed = 0x5eed0000u + static_cast<unsigned>(t);
            if (adaptedBlock(sin, sout, types[t].realDim, kBlock, Ui, Uo, seed, result.vectors,
                             filled)) {
                filled += kBlock;
                continue;
            }
            blockVec = solveBlock(sin, sout, kBlock, seed);  // fallback: one probe per map
            ++result.probeBlocks;
        }
        // Lift: W = Uo X Uiᵀ (dout × din), through the stacked layout as in reynolds().
        const Eigen::Index kb = blockVec.cols();
        if (filled + kb > k)
            throw Error(ErrorKind::Internal, "equivariant basis: too many vectors");
        const MatrixXd Xv = vecToStacked(blockVec, a, b);  // b·kb × a
        MatrixXd T = Xv * Ui.transpose();                  // b·kb × din
        Eigen::Map<MatrixXd> Tm(T.data(), b, kb * in.dim());
        const MatrixXd L = Uo * Tm;  // dout × (kb·din): column j + kb·c is column c of W_j
        for (Eigen::Index j = 0; j < kb; ++j) {
            for (Eigen::Index c = 0; c < in.dim(); ++c) {
                result.vectors.col(filled + j).segment(c * dout, dout) = L.col(j + kb * c);
            }
        }
        filled += kb;
    }
    if (filled != k) {
        throw Error(ErrorKind::Internal, "equivariant basis " + in.text() + " -> " + out.text() +
                                             ": found " + std::to_string(filled) +
                                             " maps, the character formula says " +
                                             std::to_string(k));
    }
    if (oin.changed || oout.changed) {
        // W = Q_out⁻¹ W' Q_in maps the orthogonalised solution back; then orthonormalise again.
        for (Eigen::Index j = 0; j < k; ++j) {
            Eigen::Map<MatrixXd> W(result.vectors.col(j).data(), out.dim(), in.dim());
            const MatrixXd Wp = W;
            const MatrixXd Qo = oout.changed ? oout.Qinv : MatrixXd::Identity(out.dim(), out.dim());
            const MatrixXd Qi = oin.changed ? oin.Q : MatrixXd::Identity(in.dim(), in.dim());
            W = Qo * Wp * Qi;
        }
        result.vectors = orthonormalBasis(result.vectors.leftCols(k));
    }
    return result;
}

}  // namespace

// ---------------------------------------------------------------------------------------------

MatrixXd EquivariantBasis::matrix(int j) const {
    return Eigen::Map<const MatrixXd>(vectors.col(j).data(), dimOut, dimIn);
}

std::vector<MatrixXd> EquivariantBasis::matrices() const {
    std::vector<MatrixXd> out;
    for (int j = 0; j < dimension(); ++j)
        out.push_back(matrix(j));
    return out;
}

MatrixXd EquivariantBasis::combine(const VectorXd& coefficients) const {
    const VectorXd v = vectors * coefficients;
    return Eigen::Map<const MatrixXd>(v.data(), dimOut, dimIn);
}

MatrixXd OrbitBasis::matrix(int j) const {
    MatrixXd B = MatrixXd::Zero(dimOut, dimIn);
    for (int r = 0; r < dimOut; ++r) {
        for (int c = 0; c < dimIn; ++c) {
            if (orbitOf[static_cast<size_t>(r) * dimIn + c] == j)
                B(r, c) = 1.0;
        }
    }
    return B;
}

MatrixXd OrbitBasis::combine(const VectorXd& coefficients) const {
    MatrixXd W(dimOut, dimIn);
    for (int r = 0; r < dimOut; ++r) {
        for (int c = 0; c < dimIn; ++c)
            W(r, c) = coefficients[orbitOf[static_cast<size_t>(r) * dimIn + c]];
    }
    return W;
}

MatrixXd OrbitBasis::normalizedVectors() const {
    MatrixXd V = MatrixXd::Zero(static_cast<Eigen::Index>(dimOut) * dimIn, dimension);
    for (int r = 0; r < dimOut; ++r) {
        for (int c = 0; c < dimIn; ++c) {
            const int j = orbitOf[static_cast<size_t>(r) * dimIn + c];
            V(static_cast<Eigen::Index>(c) * dimOut + r, j) =
                1.0 / std::sqrt(static_cast<double>(orbitSize[static_cast<size_t>(j)]));
        }
    }
    return V;
}

OrbitBasis orbitBasis(const Representation& in, const Representation& out) {
    sameGroup(in, out);
    if (!in.isPermutation() || !out.isPermutation()) {
        throw Error(ErrorKind::InvalidArgument, "orbit basis " + in.text() + " -> " + out.text() +
                                                    ": needs permutation representations");
    }
    OrbitBasis ob;
    ob.dimIn = in.dim();
    ob.dimOut = out.dim();
    const size_t din = static_cast<size_t>(ob.dimIn), dout = static_cast<size_t>(ob.dimOut);
    ob.orbitOf.assign(din * dout, -1);
    std::vector<const Permutation*> pin, pout;
    for (int s : in.group().generators()) {
        pin.push_back(&in.permutation(s));
        pout.push_back(&out.permutation(s));
    }
    std::vector<size_t> queue;
    queue.reserve(din * dout);
    for (size_t start = 0; start < din * dout; ++start) {
        if (ob.orbitOf[start] >= 0)
            continue;
        const int id = ob.dimension++;
        queue.clear();
        queue.push_back(start);
        ob.orbitOf[start] = id;
        // Generators suffice: in a finite group the orbit under the generated monoid is the orbit.
        for (size_t q = 0; q < queue.size(); ++q) {
            const size_t r = queue[q] / din, c = queue[q] % din;
            for (size_t s = 0; s < pin.size(); ++s) {
                const size_t cell =
                    static_cast<size_t>((*pout[s])[r]) * din + static_cast<size_t>((*pin[s])[c]);
                if (ob.orbitOf[cell] < 0) {
                    ob.orbitOf[cell] = id;
                    queue.push_back(cell);
                }
            }
        }
        ob.orbitSize.push_back(static_cast<int>(queue.size()));
    }
    return ob;
}

EquivariantBasis equivariantBasis(const Representation& in, const Representation& out) {
    sameGroup(in, out);
    if (in.isPermutation() && out.isPermutation()) {
        const OrbitBasis ob = orbitBasis(in, out);
        const long long cells = static_cast<long long>(in.dim()) * out.dim();
        if (cells * ob.dimension > kMaxDenseBasisEntries) {
            throw Error(ErrorKind::Unsupported,
                        "equivariant basis " + in.text() + " -> " + out.text() + ": " +
                            std::to_string(ob.dimension) +
                            " dense matrices are too large; use orbitBasis() for this pair");
        }
        EquivariantBasis b;
        b.dimIn = in.dim();
        b.dimOut = out.dim();
        b.method = EquivariantBasis::Method::Orbits;
        b.vectors = ob.normalizedVectors();
        return b;
    }
    return isotypicMethod(in, out);
}

MatrixXd invariantSubspace(const Representation& rep) {
    if (rep.isPermutation()) {
        // Indicator vectors of the point orbits, normalised.
        const OrbitBasis ob = orbitBasis(trivialRep(rep.groupPtr()), rep);
        return ob.normalizedVectors();
    }
    return equivariantBasis(trivialRep(rep.groupPtr()), rep).vectors;  // dim × k
}

std::vector<VectorXd> invariantVectors(const Representation& rep) {
    const MatrixXd V = invariantSubspace(rep);
    std::vector<VectorXd> out;
    for (Eigen::Index j = 0; j < V.cols(); ++j)
        out.push_back(V.col(j));
    return out;
}

double equivarianceError(const Representation& in, const Representation& out, const MatrixXd& W) {
    if (W.rows() != out.dim() || W.cols() != in.dim()) {
        throw Error(ErrorKind::InvalidArgument,
                    "equivariance error: W is " + std::to_string(W.rows()) + "×" +
                        std::to_string(W.cols()) + ", expected " + std::to_string(out.dim()) + "×" +
                        std::to_string(in.dim()));
    }
    double err = 0.0;
    for (int g = 0; g < in.group().order(); ++g) {
        MatrixXd lhs, rhs;
        if (out.isPermutation()) {  // (ρ_out W)(p[r], :) = W(r, :)
            lhs.resize(W.rows(), W.cols());
            const Permutation& p = out.permutation(g);
            for (Eigen::Index r = 0; r < W.rows(); ++r)
                lhs.row(p[static_cast<size_t>(r)]) = W.row(r);
        } else {
            lhs = out.matrix(g) * W;
        }
        if (in.isPermutation()) {  // (W ρ_in)(:, c) = W(:, p[c])
            rhs.resize(W.rows(), W.cols());
            const Permutation& p = in.permutation(g);
            for (Eigen::Index c = 0; c < W.cols(); ++c)
                rhs.col(c) = W.col(p[static_cast<size_t>(c)]);
        } else {
            rhs = W * in.matrix(g);
        }
        err = std::max(err, (lhs - rhs).norm());
    }
    return err;
}

}  // namespace eqlab::groups
