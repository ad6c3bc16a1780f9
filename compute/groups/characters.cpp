#include "compute/groups/characters.h"

#include <algorithm>
#include <cmath>
#include <complex>
#include <numeric>
#include <random>
#include <tuple>

#include "compute/core/decompositions.h"
#include "compute/core/error.h"

namespace eqlab::groups {

namespace {

using cd = std::complex<double>;

double clean(double x) {
    const double r = std::round(x);
    return std::abs(x - r) < 1e-9 ? r : x;
}

// One attempt of the method in the header; returns false when the checks fail.
bool attempt(const Group& G, unsigned seed, CharacterTable& t) {
    const int r = G.numClasses(), n = G.order();
    const auto& classes = G.conjugacyClasses();
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> u(0.5, 1.5);
    std::vector<cd> alpha(static_cast<size_t>(r));
    for (cd& a : alpha)
        a = cd(u(rng), u(rng));

    // L(α)_{k,i} = Σ_j α_j #{(x, y) : x ∈ C_j, y ∈ C_i, x·y = z_k}: O(r·|G|).
    Eigen::MatrixXcd L = Eigen::MatrixXcd::Zero(r, r);
    for (int k = 0; k < r; ++k) {
        const int z = classes[static_cast<size_t>(k)][0];
        for (int x = 0; x < n; ++x) {
            const int y = G.multiply(G.inverse(x), z);
            L(k, G.classOf(y)) += alpha[static_cast<size_t>(G.classOf(x))];
        }
    }
    Eigen::VectorXd s(r);  // √|C_k|
    for (int k = 0; k < r; ++k)
        s[k] = std::sqrt(static_cast<double>(classes[static_cast<size_t>(k)].size()));
    const Eigen::MatrixXcd N = s.asDiagonal() * L * s.cwiseInverse().asDiagonal();
    const Eigen::MatrixXcd H = N + N.adjoint();
    const HermitianEigen eig = hermitianEigen(H);
    if (!eig.ok)
        return false;
    // Distinct eigenvalues are what makes the eigenvectors common eigenvectors.
    const Eigen::VectorXd& ev = eig.values;
    for (int i = 1; i < r; ++i) {
        if (ev[i] - ev[i - 1] < 1e-7 * (1.0 + ev.cwiseAbs().maxCoeff()))
            return false;
    }

    t.values.resize(r, r);
    t.dims.assign(static_cast<size_t>(r), 0);
    const double sqrtN = std::sqrt(static_cast<double>(n));
    for (int i = 0; i < r; ++i) {
        const Eigen::VectorXcd v = eig.vectors.col(i);
        const double v0 = std::abs(v[0]);
        if (v0 < 1e-12)
            return false;
        const cd lambda = sqrtN * std::conj(v[0]) / v0;
        for (int k = 0; k < r; ++k)
            t.values(i, k) = std::conj(lambda * v[k]) / s[k];
        const double dim = t.values(i, 0).real();
        if (std::abs(dim - std::round(dim)) > 1e-6)
            return false;
        t.dims[static_cast<size_t>(i)] = static_cast<int>(std::lround(dim));
    }
    long long sumSq = 0;
    for (int d : t.dims)
        sumSq += static_cast<long long>(d) * d;
    if (sumSq != n)
        return false;
    // Row orthonormality with class weights: (1/|G|) Σ_k |C_k| χ_i conj(χ_j) = δ_ij.
    const Eigen::VectorXd w = s.cwiseAbs2() / static_cast<double>(n);
    const Eigen::MatrixXcd gram = t.values * w.asDiagonal() * t.values.adjoint();
    if ((gram - Eigen::MatrixXcd::Identity(r, r)).cwiseAbs().maxCoeff() > 1e-8)
        return false;
    return true;
}

}  // namespace

Eigen::VectorXcd CharacterTable::onElements(const Group& group, int irrep) const {
    Eigen::VectorXcd v(group.order());
    for (int g = 0; g < group.order(); ++g)
        v[g] = values(irrep, group.classOf(g));
    return v;
}

CharacterTable characterTable(const Group& G) {
    CharacterTable t;
    t.order = G.order();
    t.classSizes = G.classSizes();
    for (const auto& c : G.conjugacyClasses())
        t.classRepresentatives.push_back(c[0]);
    bool ok = false;
    for (unsigned seed = 1; seed <= 8 && !ok; ++seed)
        ok = attempt(G, seed * 7919u, t);
    if (!ok) {
        throw Error(ErrorKind::Internal, "character table of '" + G.name() + "': no stable split");
    }
    const int r = G.numClasses();
    // Clean round-off: integers and real values where they are so to 1e-9.
    for (int i = 0; i < r; ++i) {
        for (int k = 0; k < r; ++k) {
            cd& x = t.values(i, k);
            x = cd(clean(x.real()), std::abs(x.imag()) < 1e-9 ? 0.0 : clean(x.imag()));
        }
    }
    // Frobenius–Schur indicators ν = (1/|G|) Σ_g χ(g²).
    t.indicators.assign(static_cast<size_t>(r), 0);
    for (int i = 0; i < r; ++i) {
        cd sum = 0;
        for (int g = 0; g < G.order(); ++g)
            sum += t.values(i, G.classOf(G.multiply(g, g)));
        t.indicators[static_cast<size_t>(i)] =
            static_cast<int>(std::lround(sum.real() / G.order()));
    }
    // Canonical order.
    std::vector<int> order(static_cast<size_t>(r));
    std::iota(order.begin(), order.end(), 0);
    auto key = [&](int i) {
        bool trivial = true;
        for (int k = 0; k < r; ++k)
            trivial = trivial && std::abs(t.values(i, k) - 1.0) < 1e-9;
        std::vector<double> re;
        for (int k = 0; k < r; ++k) {
            re.push_back(-std::round(t.values(i, k).real() * 1e6));
            re.push_back(-std::round(t.values(i, k).imag() * 1e6));
        }
        return std::make_tuple(t.dims[static_cast<size_t>(i)], !trivial,
                               t.indicators[static_cast<size_t>(i)] == 1 ? 0 : 1, re);
    };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return key(a) < key(b); });
    CharacterTable sorted = t;
    for (int i = 0; i < r; ++i) {
        const int src = order[static_cast<size_t>(i)];
        sorted.values.row(i) = t.values.row(src);
        sorted.dims[static_cast<size_t>(i)] = t.dims[static_cast<size_t>(src)];
        sorted.indicators[static_cast<size_t>(i)] = t.indicators[static_cast<size_t>(src)];
    }
    return sorted;
}

Eigen::VectorXd classCharacter(const Representation& rep) {
    const Group& G = rep.group();
    Eigen::VectorXd chi(G.numClasses());
    for (int k = 0; k < G.numClasses(); ++k)
        chi[k] = rep.character(G.conjugacyClasses()[static_cast<size_t>(k)][0]);
    return chi;
}

double characterInnerProduct(const Representation& a, const Representation& b) {
    if (a.group().order() != b.group().order() || a.group().name() != b.group().name()) {
        throw Error(ErrorKind::InvalidArgument,
                    "character inner product: representations of "
                    "different groups '" +
                        a.group().name() + "' and '" + b.group().name() + "'");
    }
    const Group& G = a.group();
    const Eigen::VectorXd ca = classCharacter(a), cb = classCharacter(b);
    double sum = 0.0;
    for (int k = 0; k < G.numClasses(); ++k) {
        sum += static_cast<double>(G.conjugacyClasses()[static_cast<size_t>(k)].size()) * ca[k] *
               cb[k];
    }
    return sum / G.order();
}

int characterDimension(const Representation& in, const Representation& out) {
    return static_cast<int>(std::lround(characterInnerProduct(in, out)));
}

Decomposition decompose(const Representation& rep, const CharacterTable& table) {
    const Group& G = rep.group();
    if (G.order() != table.order || G.numClasses() != table.numIrreps()) {
        throw Error(ErrorKind::InvalidArgument,
                    "decompose: the character table is of another group");
    }
    const Eigen::VectorXd chi = classCharacter(rep);
    Decomposition d;
    for (int i = 0; i < table.numIrreps(); ++i) {
        cd m = 0;
        for (int k = 0; k < G.numClasses(); ++k) {
            m += static_cast<double>(table.classSizes[static_cast<size_t>(k)]) * chi[k] *
                 std::conj(table.values(i, k));
        }
        m /= static_cast<double>(G.order());
        const long mi = std::lround(m.real());
        d.residual = std::max(d.residual, std::abs(m - static_cast<double>(mi)));
        d.multiplicities.push_back(static_cast<int>(mi));
    }
    return d;
}

std::string Decomposition::text(const CharacterTable& table) const {
    std::string out;
    for (size_t i = 0; i < multiplicities.size(); ++i) {
        if (multiplicities[i] == 0)
            continue;
        if (!out.empty())
            out += " + ";
        if (multiplicities[i] != 1)
            out += std::to_string(multiplicities[i]) + "*";
        out += "chi" + std::to_string(i) + "[" + std::to_string(table.dims[i]) + "]";
    }
    return out.empty() ? "0" : out;
}

}  // namespace eqlab::groups
