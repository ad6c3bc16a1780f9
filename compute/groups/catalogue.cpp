#include "compute/groups/catalogue.h"

#include "compute/core/text.h"

#include <cctype>
#include <cmath>
#include <numbers>

#include "compute/core/error.h"
#include "compute/groups/closure.h"

namespace eqlab::groups {

namespace {

constexpr int kMaxPolygon = 1024;

void checkRange(const char* family, int n, int lo, int hi) {
    if (n < lo || n > hi) {
        throw Error(ErrorKind::InvalidArgument, std::string(family) +
                                                    "<n>: n = " + std::to_string(n) + " outside " +
                                                    std::to_string(lo) + ".." + std::to_string(hi));
    }
}

// Exact 0, ±1/2, ±1 where round-off put cos/sin next to them, so that e.g. the rotations of C4 are
// exact signed permutation matrices (grid:K relies on it).
double snap(double x) {
    const double r = std::round(2.0 * x) / 2.0;
    return std::abs(x - r) < 1e-14 ? r : x;
}

Eigen::MatrixXd rotation2(double angle) {
    Eigen::MatrixXd m(2, 2);
    m << snap(std::cos(angle)), snap(-std::sin(angle)), snap(std::sin(angle)),
        snap(std::cos(angle));
    return m;
}

// 'perm' from 'std': the permutation of `points` (columns) by each element's matrix.
void attachPointPermutations(GroupData& d, const Eigen::MatrixXd& points, std::string description) {
    const Eigen::Index m = points.cols();
    for (const Eigen::MatrixXd& M : d.standard) {
        const Eigen::MatrixXd image = M * points;
        Permutation p(static_cast<size_t>(m), -1);
        for (Eigen::Index j = 0; j < m; ++j) {
            for (Eigen::Index i = 0; i < m; ++i) {
                if ((image.col(j) - points.col(i)).norm() < 1e-6) {
                    p[static_cast<size_t>(j)] = static_cast<int>(i);
                    break;
                }
            }
            if (p[static_cast<size_t>(j)] < 0) {
                throw Error(ErrorKind::InvalidArgument,
                            "group '" + d.name + "': point " + std::to_string(j + 1) +
                                " is not mapped into the point set by every element");
            }
        }
        if (!isPermutation(p)) {
            throw Error(ErrorKind::InvalidArgument,
                        "group '" + d.name + "': the points are not permuted (duplicate points?)");
        }
        d.natural.push_back(std::move(p));
    }
    d.naturalSet = std::move(description);
}

Eigen::MatrixXd mat3(std::initializer_list<double> rowMajor) {
    Eigen::MatrixXd m(3, 3);
    auto it = rowMajor.begin();
    for (int i = 0; i < 3; ++i) {
        for (int j = 0; j < 3; ++j)
            m(i, j) = *it++;
    }
    return m;
}

// Rotation by 120° about (1,1,1): (x, y, z) ↦ (z, x, y).
Eigen::MatrixXd cyclicCoordinates() {
    return mat3({0, 0, 1, 1, 0, 0, 0, 1, 0});
}

}  // namespace

GroupPtr cyclicGroup(int n) {
    checkRange("C", n, 1, kMaxPolygon);
    GroupData d;
    d.name = "C" + std::to_string(n);
    d.order = n;
    d.table.resize(static_cast<size_t>(n) * static_cast<size_t>(n));
    for (int a = 0; a < n; ++a) {
        for (int b = 0; b < n; ++b)
            d.table[static_cast<size_t>(a * n + b)] = (a + b) % n;
    }
    if (n > 1) {
        d.generators = {1};
        d.generatorNames = {"r"};
    }
    for (int k = 0; k < n; ++k) {
        d.standard.push_back(rotation2(2.0 * std::numbers::pi * k / n));
        Permutation p(static_cast<size_t>(n));
        for (int i = 0; i < n; ++i)
            p[static_cast<size_t>(i)] = (i + k) % n;
        d.natural.push_back(std::move(p));
    }
    d.naturalSet = "vertices of the regular " + std::to_string(n) + "-gon";
    return std::make_shared<const Group>(std::move(d));
}

GroupPtr dihedralGroup(int n) {
    checkRange("D", n, 1, kMaxPolygon);
    GroupData d;
    d.name = "D" + std::to_string(n);
    d.order = 2 * n;
    // Element k + n·j is r^k s^j; (r^a s^x)(r^b s^y) = r^(a + (−1)^x b) s^(x+y) since s r s = r⁻¹.
    const size_t N = static_cast<size_t>(2 * n);
    d.table.resize(N * N);
    for (int x = 0; x < 2; ++x) {
        for (int a = 0; a < n; ++a) {
            for (int y = 0; y < 2; ++y) {
                for (int b = 0; b < n; ++b) {
                    const int k = ((a + (x ? -b : b)) % n + n) % n;
                    d.table[static_cast<size_t>(a + n * x) * N + static_cast<size_t>(b + n * y)] =
                        k + n * ((x + y) % 2);
                }
            }
        }
    }
    if (n > 1) {
        d.generators = {1, n};
        d.generatorNames = {"r", "s"};
    } else {
        d.generators = {1};
        d.generatorNames = {"s"};
    }
    Eigen::MatrixXd flip(2, 2);
    flip << 1, 0, 0, -1;
    for (int j = 0; j < 2; ++j) {
        for (int k = 0; k < n; ++k) {
            Eigen::MatrixXd m = rotation2(2.0 * std::numbers::pi * k / n);
            if (j)
                m = m * flip;
            d.standard.push_back(m);
            Permutation p(static_cast<size_t>(n));
            for (int i = 0; i < n; ++i)
                p[static_cast<size_t>(i)] = (((j ? -i : i) + k) % n + n) % n;
            d.natural.push_back(std::move(p));
        }
    }
    d.naturalSet = "vertices of the regular " + std::to_string(n) + "-gon";
    return std::make_shared<const Group>(std::move(d));
}

GroupPtr symmetricGroup(int n) {
    checkRange("S", n, 1, 6);
    std::vector<Permutation> gens;
    std::vector<std::string> names;
    if (n >= 2) {
        Permutation t = identityPermutation(n);
        std::swap(t[0], t[1]);
        gens.push_back(t);
        names.push_back("t");
    }
    if (n >= 3) {
        Permutation c(static_cast<size_t>(n));
        for (int i = 0; i < n; ++i)
            c[static_cast<size_t>(i)] = (i + 1) % n;
        gens.push_back(c);
        names.push_back("c");
    }
    return groupFromPermutations("S" + std::to_string(n), gens, names,
                                 "points 0.." + std::to_string(n - 1), n);
}

GroupPtr alternatingGroup(int n) {
    checkRange("A", n, 1, 7);
    std::vector<Permutation> gens;
    for (int k = 2; k < n; ++k) {
        Permutation c = identityPermutation(n);  // the 3-cycle (0 1 k)
        c[0] = 1;
        c[1] = k;
        c[static_cast<size_t>(k)] = 0;
        gens.push_back(c);
    }
    return groupFromPermutations("A" + std::to_string(n), gens, {},
                                 "points 0.." + std::to_string(n - 1), n);
}

GroupPtr kleinFourGroup() {
    Eigen::MatrixXd a(2, 2), b(2, 2);
    a << -1, 0, 0, 1;
    b << 1, 0, 0, -1;
    GroupData d = groupDataFromMatrices("V4", {a, b}, {"a", "b"});
    Eigen::MatrixXd corners(2, 4);
    corners << 1, -1, -1, 1, 1, 1, -1, -1;
    attachPointPermutations(d, corners, "corners (±1, ±1) of the square");
    return std::make_shared<const Group>(std::move(d));
}

GroupPtr quaternionGroup() {
    // Left multiplication by q = a + bi + cj + dk on (1, i, j, k) coordinates.
    auto left = [](double a, double b, double c, double dd) {
        Eigen::MatrixXd m(4, 4);
        m << a, -b, -c, -dd, b, a, -dd, c, c, dd, a, -b, dd, -c, b, a;
        return m;
    };
    GroupData d = groupDataFromMatrices("Q8", {left(0, 1, 0, 0), left(0, 0, 1, 0)}, {"i", "j"});
    Eigen::MatrixXd units(4, 8);
    units << Eigen::MatrixXd::Identity(4, 4), -Eigen::MatrixXd::Identity(4, 4);
    attachPointPermutations(d, units, "the 8 unit quaternions ±1, ±i, ±j, ±k");
    return std::make_shared<const Group>(std::move(d));
}

GroupPtr tetrahedralGroup() {
    GroupData d = groupDataFromMatrices(
        "T", {cyclicCoordinates(), mat3({-1, 0, 0, 0, -1, 0, 0, 0, 1})}, {"a", "b"});
    Eigen::MatrixXd v(3, 4);
    v << 1, 1, -1, -1, 1, -1, 1, -1, 1, -1, -1, 1;
    attachPointPermutations(d, v,
                            "vertices of the tetrahedron (1,1,1), (1,−1,−1), (−1,1,−1), (−1,−1,1)");
    return std::make_shared<const Group>(std::move(d));
}

GroupPtr octahedralGroup() {
    GroupData d = groupDataFromMatrices(
        "O", {cyclicCoordinates(), mat3({0, -1, 0, 1, 0, 0, 0, 0, 1})}, {"a", "b"});
    Eigen::MatrixXd v(3, 6);
    v << Eigen::MatrixXd::Identity(3, 3), -Eigen::MatrixXd::Identity(3, 3);
    attachPointPermutations(d, v, "vertices ±e_x, ±e_y, ±e_z of the octahedron");
    return std::make_shared<const Group>(std::move(d));
}

GroupPtr icosahedralGroup() {
    // The icosahedron with vertices the cyclic permutations of (0, ±1, ±φ). Its rotation group
    // contains T (coordinate cycles and sign changes in pairs) and the 5-fold rotation about the
    // vertex (0, 1, φ); T is maximal in I, so these generate all 60 rotations.
    const double phi = (1.0 + std::sqrt(5.0)) / 2.0;
    Eigen::Vector3d axis(0.0, 1.0, phi);
    axis.normalize();
    const double angle = 2.0 * std::numbers::pi / 5.0;
    Eigen::Matrix3d K;
    K << 0, -axis.z(), axis.y(), axis.z(), 0, -axis.x(), -axis.y(), axis.x(), 0;
    const Eigen::Matrix3d R =
        Eigen::Matrix3d::Identity() + std::sin(angle) * K + (1.0 - std::cos(angle)) * K * K;
    GroupData d = groupDataFromMatrices(
        "I", {cyclicCoordinates(), mat3({-1, 0, 0, 0, -1, 0, 0, 0, 1}), Eigen::MatrixXd(R)},
        {"a", "b", "c"});
    Eigen::MatrixXd v(3, 12);
    int col = 0;
    for (int s1 : {1, -1}) {
        for (int s2 : {1, -1}) {
            const Eigen::Vector3d p(0.0, s1, s2 * phi);
            v.col(col++) = p;
            v.col(col++) = Eigen::Vector3d(p.z(), p.x(), p.y());
            v.col(col++) = Eigen::Vector3d(p.y(), p.z(), p.x());
        }
    }
    attachPointPermutations(
        d, v, "the 12 vertices of the icosahedron, cyclic permutations of (0, ±1, ±φ)");
    return std::make_shared<const Group>(std::move(d));
}

namespace {

// Parser of group names: product := factor ('x' factor)*.
class NameParser {
public:
    explicit NameParser(std::string_view text) : text_(text) {}

    GroupPtr parse() {
        if (text_.empty())
            fail("expected a group name such as C4, D4, S4, A5, V4, Q8, T, O, I");
        if (text_.substr(0, 7) == "custom:") {
            if (text_.size() == 7) {
                pos_ = 7;
                fail("expected a file name after 'custom:'");
            }
            return customGroupFromFile(std::string(text_.substr(7)));
        }
        GroupPtr g = factor();
        while (pos_ < text_.size()) {
            if (text_[pos_] != 'x')
                fail("expected 'x' (direct product) or the end of the name");
            ++pos_;
            GroupPtr h = factor();
            if (static_cast<long long>(g->order()) * h->order() > kMaxGroupOrder) {
                throw Error(ErrorKind::Unsupported,
                            "group '" + std::string(text_) + "': order " +
                                std::to_string(static_cast<long long>(g->order()) * h->order()) +
                                " exceeds the supported maximum " + std::to_string(kMaxGroupOrder));
            }
            g = directProduct(g, h);
        }
        return g;
    }

private:
    [[noreturn]] void fail(const std::string& expected) const {
        throw Error(ErrorKind::Parse, "group '" + std::string(text_) + "': " + expected +
                                          " at position " + std::to_string(pos_ + 1));
    }

    GroupPtr factor() {
        const size_t start = pos_;
        if (pos_ >= text_.size())
            fail("expected a group name after 'x'");
        const char c = text_[pos_];
        if (c == 'T' || c == 'O' || c == 'I') {
            ++pos_;
            return c == 'T'   ? tetrahedralGroup()
                   : c == 'O' ? octahedralGroup()
                              : icosahedralGroup();
        }
        if (c == 'V' || c == 'Q') {
            ++pos_;
            const int n = number();
            if (c == 'V' && n == 4)
                return kleinFourGroup();
            if (c == 'Q' && n == 8)
                return quaternionGroup();
            pos_ = start;
            fail(c == 'V' ? "expected V4" : "expected Q8");
        }
        if (c == 'C' || c == 'D' || c == 'S' || c == 'A') {
            ++pos_;
            const int n = number();
            int hi = kMaxPolygon;
            if (c == 'S')
                hi = 6;
            if (c == 'A')
                hi = 7;
            if (n < 1) {
                pos_ = start + 1;
                fail(std::string(1, c) + "<n> needs n >= 1");
            }
            if (n > hi) {
                throw Error(ErrorKind::Unsupported, "group '" + std::string(text_) +
                                                        "': " + std::string(1, c) +
                                                        "<n> supports n <= " + std::to_string(hi) +
                                                        ", got " + std::to_string(n));
            }
            switch (c) {
                case 'C':
                    return cyclicGroup(n);
                case 'D':
                    return dihedralGroup(n);
                case 'S':
                    return symmetricGroup(n);
                default:
                    return alternatingGroup(n);
            }
        }
        fail("expected C<n>, D<n>, S<n>, A<n>, V4, Q8, T, O, I or custom:FILE");
    }

    int number() {
        const size_t start = pos_;
        long long n = 0;
        while (pos_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_]))) {
            n = std::min<long long>(n * 10 + (text_[pos_] - '0'), 1000000000LL);
            ++pos_;
        }
        if (pos_ == start)
            fail("expected a number");
        return static_cast<int>(n);
    }

    std::string_view text_;
    size_t pos_ = 0;
};

}  // namespace

GroupPtr makeGroup(std::string_view name) {
    return NameParser(trim(name)).parse();
}

std::vector<std::string> catalogueExamples() {
    std::vector<std::string> names;
    for (int n = 1; n <= 8; ++n)
        names.push_back("C" + std::to_string(n));
    for (int n = 2; n <= 8; ++n)
        names.push_back("D" + std::to_string(n));
    for (int n = 2; n <= 6; ++n)
        names.push_back("S" + std::to_string(n));
    for (int n = 3; n <= 6; ++n)
        names.push_back("A" + std::to_string(n));
    for (const char* s :
         {"V4", "Q8", "T", "O", "I", "C2xC2", "C2xC2xC2", "C3xC4", "D4xC2", "S3xC2", "Q8xC2"}) {
        names.push_back(s);
    }
    return names;
}

}  // namespace eqlab::groups
