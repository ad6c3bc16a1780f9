#pragma once

// The symmetry groups of the square pixel grid used by the G-CNN layers (docs/math.md §3.5):
//   C4 = {r^k},  D4 = {r^k f^m},  k = 0..3, m = 0..1,
// r: rotation by 90° (u, v) -> (−v, u), f: mirror (u, v) -> (−u, v), in pixel coordinates centred
// on the grid (u = x − (n−1)/2, v = y − (n−1)/2). Element index k + 4m, identity 0.
// On a square grid these maps send pixels to pixels exactly, which is what makes the layers
// exactly equivariant.

#include <array>

namespace eqlab::nn {

enum class PlanarGroup { C4, D4 };

struct PlanarGroupTable {
    int order;
    // product[a][b] = index of a·b; inverse[a] = index of a⁻¹
    std::array<std::array<int, 8>, 8> product{};
    std::array<int, 8> inverse{};
};

const PlanarGroupTable& planarGroupTable(PlanarGroup g);
const char* planarGroupName(PlanarGroup g) noexcept;
// Element e written as a word, as the catalogue writes D4 (s the mirror): "e", "r", "r^2 s".
const char* planarElementName(int e) noexcept;
inline int planarGroupOrder(PlanarGroup g) noexcept {
    return g == PlanarGroup::C4 ? 4 : 8;
}

// Applies element e to integer pixel coordinates (x, y) of an n × n grid (0-based, x = column);
// returns the image pixel.
std::array<int, 2> planarActOnPixel(int e, int x, int y, int n);

}  // namespace eqlab::nn
