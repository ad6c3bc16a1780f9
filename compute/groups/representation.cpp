#include "compute/groups/representation.h"

#include <cmath>
#include <mutex>

#include <Eigen/LU>

#include "compute/core/error.h"
#include "compute/groups/closure.h"

namespace eqlab::groups {

namespace {
// Dense storage cap: |G|·dim² doubles (512 MiB).
constexpr long long kMaxDenseEntries = 1LL << 26;
// Permutation storage cap: |G|·dim integers (256 MiB).
constexpr long long kMaxPermutationEntries = 1LL << 26;
}  // namespace

struct Representation::Data {
    GroupPtr group;
    int dim = 0;
    std::string text;
    std::vector<Permutation> permutations;  // empty for dense representations
    // Dense matrices: filled at construction for dense representations, lazily for permutations.
    mutable std::vector<Eigen::MatrixXd> matrices;
    mutable std::unique_ptr<std::once_flag[]> built;
    bool orthogonal = true;
};

const Representation::Data& Representation::data() const {
    if (!d_)
        throw Error(ErrorKind::Internal, "use of an empty Representation");
    return *d_;
}

Representation Representation::fromMatrices(GroupPtr group, std::vector<Eigen::MatrixXd> matrices,
                                            std::string text, std::optional<bool> orthogonal) {
    if (!group)
        throw Error(ErrorKind::InvalidArgument, "representation '" + text + "': no group");
    if (static_cast<int>(matrices.size()) != group->order()) {
        throw Error(ErrorKind::InvalidArgument,
                    "representation '" + text + "': expected " + std::to_string(group->order()) +
                        " matrices (one per element), got " + std::to_string(matrices.size()));
    }
    auto d = std::make_shared<Data>();
    d->dim = static_cast<int>(matrices[0].rows());
    for (const Eigen::MatrixXd& m : matrices) {
        if (m.rows() != d->dim || m.cols() != d->dim || !m.allFinite()) {
            throw Error(ErrorKind::InvalidArgument,
                        "representation '" + text + "': expected finite " + std::to_string(d->dim) +
                            "×" + std::to_string(d->dim) + " matrices");
        }
        if (!orthogonal && d->orthogonal &&
            (m.transpose() * m - Eigen::MatrixXd::Identity(d->dim, d->dim))
                    .lpNorm<Eigen::Infinity>() > 1e-9) {
            d->orthogonal = false;
        }
    }
    if (orthogonal) {
        d->orthogonal = *orthogonal;
    }
    d->group = std::move(group);
    d->text = std::move(text);
    d->matrices = std::move(matrices);
    return Representation(std::move(d));
}

Representation Representation::fromPermutations(GroupPtr group,
                                                std::vector<Permutation> permutations,
                                                std::string text) {
    if (!group)
        throw Error(ErrorKind::InvalidArgument, "representation '" + text + "': no group");
    if (static_cast<int>(permutations.size()) != group->order()) {
        throw Error(ErrorKind::InvalidArgument, "representation '" + text + "': expected " +
                                                    std::to_string(group->order()) +
                                                    " permutations (one per element), got " +
                                                    std::to_string(permutations.size()));
    }
    auto d = std::make_shared<Data>();
    d->dim = static_cast<int>(permutations[0].size());
    for (const Permutation& p : permutations) {
        if (static_cast<int>(p.size()) != d->dim || !groups::isPermutation(p)) {
            throw Error(ErrorKind::InvalidArgument, "representation '" + text +
                                                        "': expected permutations of 0.." +
                                                        std::to_string(d->dim - 1));
        }
    }
    d->group = std::move(group);
    d->text = std::move(text);
    d->permutations = std::move(permutations);
    d->matrices.resize(d->permutations.size());
    d->built = std::make_unique<std::once_flag[]>(d->permutations.size());
    return Representation(std::move(d));
}

const Group& Representation::group() const {
    return *data().group;
}
std::shared_ptr<const Group> Representation::groupPtr() const {
    return data().group;
}
int Representation::dim() const {
    return data().dim;
}
const std::string& Representation::text() const {
    return data().text;
}
bool Representation::isPermutation() const {
    return !data().permutations.empty();
}
bool Representation::isOrthogonal() const {
    return data().orthogonal;
}

const Eigen::MatrixXd& Representation::matrix(int g) const {
    const Data& d = data();
    if (g < 0 || g >= d.group->order()) {
        throw Error(ErrorKind::InvalidArgument, "representation '" + d.text + "': element " +
                                                    std::to_string(g) + " out of range");
    }
    const size_t i = static_cast<size_t>(g);
    if (d.built) {
        std::call_once(d.built[i], [&] { d.matrices[i] = permutationMatrix(d.permutations[i]); });
    }
    return d.matrices[i];
}

const Permutation& Representation::permutation(int g) const {
    const Data& d = data();
    if (d.permutations.empty()) {
        throw Error(ErrorKind::InvalidArgument,
                    "representation '" + d.text + "' is not a permutation representation");
    }
    return d.permutations[static_cast<size_t>(g)];
}

double Representation::character(int g) const {
    if (isPermutation())
        return fixedPointCount(permutation(g));
    return matrix(g).trace();
}

Eigen::VectorXd Representation::characters() const {
    Eigen::VectorXd chi(group().order());
    for (int g = 0; g < group().order(); ++g)
        chi[g] = character(g);
    return chi;
}

Representation Representation::withText(std::string text) const {
    const Data& d = data();
    if (isPermutation())
        return fromPermutations(d.group, d.permutations, std::move(text));
    return fromMatrices(d.group, d.matrices, std::move(text));
}

// ---------------------------------------------------------------------------------------------

namespace {

void checkDenseSize(const Group& g, long long dim, const std::string& text) {
    if (dim * dim * g.order() > kMaxDenseEntries) {
        throw Error(ErrorKind::Unsupported,
                    "representation '" + text + "': dimension " + std::to_string(dim) +
                        " is too large to store densely for a group of order " +
                        std::to_string(g.order()));
    }
}

void checkPermutationSize(const Group& g, long long dim, const std::string& text) {
    if (dim * g.order() > kMaxPermutationEntries) {
        throw Error(ErrorKind::Unsupported, "representation '" + text + "': dimension " +
                                                std::to_string(dim) + " is too large");
    }
}

}  // namespace

Representation trivialRep(GroupPtr group, int copies) {
    if (copies < 1)
        throw Error(ErrorKind::InvalidArgument, "trivial: expected at least 1 copy");
    const std::string text = copies == 1 ? "trivial" : std::to_string(copies);
    checkPermutationSize(*group, copies, text);
    std::vector<Permutation> p(static_cast<size_t>(group->order()), identityPermutation(copies));
    return Representation::fromPermutations(std::move(group), std::move(p), text);
}

Representation signRep(GroupPtr group) {
    if (!group->hasStandard()) {
        throw Error(ErrorKind::Unsupported, "group '" + group->name() + "' has no 'sign'");
    }
    std::vector<Eigen::MatrixXd> m;
    for (int g = 0; g < group->order(); ++g) {
        const double det = group->standardMatrix(g).determinant();
        m.push_back(Eigen::MatrixXd::Constant(1, 1, det > 0 ? 1.0 : -1.0));
    }
    return Representation::fromMatrices(std::move(group), std::move(m), "sign");
}

Representation standardRep(GroupPtr group) {
    if (!group->hasStandard()) {
        throw Error(ErrorKind::Unsupported, "group '" + group->name() + "' has no 'std'");
    }
    if (group->standardIsPermutation() && group->hasNatural()) {
        return Representation::fromPermutations(group, group->data().natural, "std");
    }
    return Representation::fromMatrices(group, group->data().standard, "std");
}

Representation permRep(GroupPtr group) {
    if (!group->hasNatural()) {
        throw Error(ErrorKind::Unsupported, "group '" + group->name() + "' has no 'perm'");
    }
    return Representation::fromPermutations(group, group->data().natural, "perm");
}

Representation regularRep(GroupPtr group) {
    checkPermutationSize(*group, group->order(), "regular");
    std::vector<Permutation> p(static_cast<size_t>(group->order()));
    for (int g = 0; g < group->order(); ++g) {
        p[static_cast<size_t>(g)].resize(static_cast<size_t>(group->order()));
        for (int h = 0; h < group->order(); ++h) {
            p[static_cast<size_t>(g)][static_cast<size_t>(h)] = group->multiply(g, h);
        }
    }
    return Representation::fromPermutations(std::move(group), std::move(p), "regular");
}

Representation gridRep(GroupPtr group, int K) {
    const std::string text = "grid:" + std::to_string(K);
    if (K < 1 || K > 256) {
        throw Error(ErrorKind::InvalidArgument,
                    "representation '" + text + "': expected 1 <= K <= 256");
    }
    // Each element's 'std' must be a 2×2 signed permutation matrix, a symmetry of the square.
    bool square = group->hasStandard() && group->standardDim() == 2;
    std::vector<Eigen::Matrix2i> M;
    for (int g = 0; square && g < group->order(); ++g) {
        const Eigen::MatrixXd& s = group->standardMatrix(g);
        Eigen::Matrix2i m = s.array().round().cast<int>().matrix();
        if ((s - m.cast<double>()).lpNorm<Eigen::Infinity>() > 1e-9 || m.cwiseAbs().sum() != 2) {
            square = false;
        }
        M.push_back(m);
    }
    if (!square) {
        throw Error(ErrorKind::Parse, "representation '" + text +
                                          "': grid:K needs a group of symmetries of the "
                                          "square (C1, C2, C4, D1, D2, D4, V4), not '" +
                                          group->name() + "'");
    }
    // Doubled centred coordinates X = 2col − (K−1), Y = (K−1) − 2row are integers for any K.
    std::vector<Permutation> perms;
    for (const Eigen::Matrix2i& m : M) {
        Permutation p(static_cast<size_t>(K * K));
        for (int row = 0; row < K; ++row) {
            for (int col = 0; col < K; ++col) {
                const int X = 2 * col - (K - 1), Y = (K - 1) - 2 * row;
                const int X2 = m(0, 0) * X + m(0, 1) * Y, Y2 = m(1, 0) * X + m(1, 1) * Y;
                const int col2 = (X2 + K - 1) / 2, row2 = (K - 1 - Y2) / 2;
                p[static_cast<size_t>(row * K + col)] = row2 * K + col2;
            }
        }
        perms.push_back(std::move(p));
    }
    return Representation::fromPermutations(std::move(group), std::move(perms), text);
}

namespace {

void sameGroup(const Representation& a, const Representation& b, const char* what) {
    if (a.groupPtr() != b.groupPtr() && a.group().name() != b.group().name()) {
        throw Error(ErrorKind::InvalidArgument,
                    std::string(what) + ": representations of different groups '" +
                        a.group().name() + "' and '" + b.group().name() + "'");
    }
}

std::string wrap(const std::string& t) {
    return t.find_first_of("+*") == std::string::npos ? t : "(" + t + ")";
}

}  // namespace

Representation directSum(const Representation& a, const Representation& b) {
    sameGroup(a, b, "direct sum");
    const std::string text = a.text() + "+" + b.text();
    const int da = a.dim(), db = b.dim(), n = a.group().order();
    if (a.isPermutation() && b.isPermutation()) {
        checkPermutationSize(a.group(), da + db, text);
        std::vector<Permutation> p(static_cast<size_t>(n));
        for (int g = 0; g < n; ++g) {
            p[static_cast<size_t>(g)] = a.permutation(g);
            for (int x : b.permutation(g))
                p[static_cast<size_t>(g)].push_back(x + da);
        }
        return Representation::fromPermutations(a.groupPtr(), std::move(p), text);
    }
    checkDenseSize(a.group(), da + db, text);
    std::vector<Eigen::MatrixXd> m(static_cast<size_t>(n));
    for (int g = 0; g < n; ++g) {
        Eigen::MatrixXd s = Eigen::MatrixXd::Zero(da + db, da + db);
        s.topLeftCorner(da, da) = a.matrix(g);
        s.bottomRightCorner(db, db) = b.matrix(g);
        m[static_cast<size_t>(g)] = std::move(s);
    }
    // A block-diagonal matrix is orthogonal exactly when its blocks are.
    return Representation::fromMatrices(a.groupPtr(), std::move(m), text,
                                        a.isOrthogonal() && b.isOrthogonal());
}

Representation tensorProduct(const Representation& a, const Representation& b) {
    sameGroup(a, b, "tensor product");
    const std::string text = wrap(a.text()) + "*" + wrap(b.text());
    const int da = a.dim(), db = b.dim(), n = a.group().order();
    const long long dim = static_cast<long long>(da) * db;
    if (a.isPermutation() && b.isPermutation()) {
        // Index i_a·d_b + i_b, matching the Kronecker product below.
        checkPermutationSize(a.group(), dim, text);
        std::vector<Permutation> p(static_cast<size_t>(n), Permutation(static_cast<size_t>(dim)));
        for (int g = 0; g < n; ++g) {
            const Permutation &pa = a.permutation(g), &pb = b.permutation(g);
            for (int i = 0; i < da; ++i) {
                for (int j = 0; j < db; ++j) {
                    p[static_cast<size_t>(g)][static_cast<size_t>(i * db + j)] =
                        pa[static_cast<size_t>(i)] * db + pb[static_cast<size_t>(j)];
                }
            }
        }
        return Representation::fromPermutations(a.groupPtr(), std::move(p), text);
    }
    checkDenseSize(a.group(), dim, text);
    std::vector<Eigen::MatrixXd> m(static_cast<size_t>(n));
    for (int g = 0; g < n; ++g) {
        const Eigen::MatrixXd &A = a.matrix(g), &B = b.matrix(g);
        Eigen::MatrixXd K(dim, dim);  // (A⊗B)(i·db + k, j·db + l) = A(i,j)·B(k,l)
        for (int i = 0; i < da; ++i) {
            for (int j = 0; j < da; ++j)
                K.block(i * db, j * db, db, db) = A(i, j) * B;
        }
        m[static_cast<size_t>(g)] = std::move(K);
    }
    // (A⊗B)ᵀ(A⊗B) = AᵀA ⊗ BᵀB: orthogonal when both factors are.
    return Representation::fromMatrices(a.groupPtr(), std::move(m), text,
                                        a.isOrthogonal() && b.isOrthogonal());
}

Representation tensorPower(const Representation& a, int k) {
    if (k < 0)
        throw Error(ErrorKind::InvalidArgument, "tensor power: expected k >= 0");
    if (k == 0)
        return trivialRep(a.groupPtr()).withText(wrap(a.text()) + "^0");
    // The size of the result first: 'std^32' must be refused at once, not after building every
    // power below the limit (each of which is large and slow to make).
    const std::string text = wrap(a.text()) + "^" + std::to_string(k);
    long long dim = 1;
    for (int i = 0; i < k; ++i) {
        dim *= a.dim();
        if (dim > kMaxPermutationEntries) {
            dim = kMaxPermutationEntries + 1;  // too large either way; dim² must not overflow
            break;
        }
    }
    if (a.isPermutation()) {
        checkPermutationSize(a.group(), dim, text);
    } else {
        checkDenseSize(a.group(), dim, text);
    }
    Representation r = a;
    for (int i = 1; i < k; ++i)
        r = tensorProduct(r, a);
    return r.withText(wrap(a.text()) + "^" + std::to_string(k));
}

Representation dualRep(const Representation& a) {
    const std::string text = "dual(" + a.text() + ")";
    if (a.isPermutation()) {  // permutation matrices are orthogonal: ρ(g⁻¹)ᵀ = ρ(g)
        std::vector<Permutation> p;
        for (int g = 0; g < a.group().order(); ++g)
            p.push_back(a.permutation(g));
        return Representation::fromPermutations(a.groupPtr(), std::move(p), text);
    }
    std::vector<Eigen::MatrixXd> m;
    for (int g = 0; g < a.group().order(); ++g) {
        m.push_back(a.matrix(a.group().inverse(g)).transpose());
    }
    return Representation::fromMatrices(a.groupPtr(), std::move(m), text);
}

double homomorphismError(const Representation& rep, bool allPairs) {
    const Group& G = rep.group();
    const int n = G.order();
    if (rep.isPermutation()) {
        if (rep.permutation(0) != identityPermutation(rep.dim()))
            return 1.0;
        for (int g = 0; g < n; ++g) {
            const std::vector<int> others = allPairs ? std::vector<int>() : G.generators();
            for (int h = 0; h < (allPairs ? n : static_cast<int>(others.size())); ++h) {
                const int hh = allPairs ? h : others[static_cast<size_t>(h)];
                if (compose(rep.permutation(g), rep.permutation(hh)) !=
                    rep.permutation(G.multiply(g, hh))) {
                    return 1.0;
                }
            }
        }
        return 0.0;
    }
    double err = (rep.matrix(0) - Eigen::MatrixXd::Identity(rep.dim(), rep.dim())).norm();
    for (int g = 0; g < n; ++g) {
        const int count = allPairs ? n : static_cast<int>(G.generators().size());
        for (int i = 0; i < count; ++i) {
            const int h = allPairs ? i : G.generators()[static_cast<size_t>(i)];
            err = std::max(err,
                           (rep.matrix(g) * rep.matrix(h) - rep.matrix(G.multiply(g, h))).norm());
        }
    }
    return err;
}

}  // namespace eqlab::groups
