#include "compute/nn/planar_group.h"

namespace eqlab::nn {

namespace {

PlanarGroupTable build(int order) {
    PlanarGroupTable t;
    t.order = order;
    // (r^a f^m)(r^b f^n) = r^(a + (−1)^m b) f^(m+n), since f r = r⁻¹ f.
    for (int x = 0; x < order; ++x)
        for (int y = 0; y < order; ++y) {
            const int a = x % 4, m = x / 4, b = y % 4, n = y / 4;
            const int k = ((a + (m ? -b : b)) % 4 + 4) % 4;
            t.product[x][y] = k + 4 * ((m + n) % 2);
        }
    for (int x = 0; x < order; ++x)
        for (int y = 0; y < order; ++y)
            if (t.product[x][y] == 0)
                t.inverse[x] = y;
    return t;
}

}  // namespace

const PlanarGroupTable& planarGroupTable(PlanarGroup g) {
    static const PlanarGroupTable c4 = build(4), d4 = build(8);
    return g == PlanarGroup::C4 ? c4 : d4;
}

const char* planarGroupName(PlanarGroup g) noexcept {
    return g == PlanarGroup::C4 ? "C4" : "D4";
}

const char* planarElementName(int e) noexcept {
    static constexpr const char* names[8] = {"e", "r", "r^2", "r^3", "s", "r s", "r^2 s", "r^3 s"};
    return e >= 0 && e < 8 ? names[e] : "?";
}

std::array<int, 2> planarActOnPixel(int e, int x, int y, int n) {
    // Doubled centred coordinates stay integral for even n too: U = 2x − (n−1).
    int u = 2 * x - (n - 1), v = 2 * y - (n - 1);
    if (e >= 4)
        u = -u;  // f first (g = r^k f)
    for (int k = 0; k < e % 4; ++k) {
        const int t = u;
        u = -v;
        v = t;
    }
    return {(u + n - 1) / 2, (v + n - 1) / 2};
}

}  // namespace eqlab::nn
