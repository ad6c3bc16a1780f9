#pragma once

// Polyomino images (docs/math.md §3.5: the image task of the G-CNN lessons).
//
// A polyomino of n cells is a connected set of n unit squares. Two polyominoes are the same FREE
// polyomino when a rotation, a flip and a translation map one onto the other (D4 and the
// translations), the same ONE-SIDED polyomino when a rotation and a translation do (C4). There
// are 5 free and 7 one-sided tetrominoes, 12 and 18 pentominoes (tested).
//
// The task: a K × K image (K odd, pixel index row·K + col, row 0 at the top, value 1 on the cells
// and 0 elsewhere, plus optional Gaussian noise) showing one polyomino at a random position,
// transformed by a random element of the group (C4 or D4, acting by grid:K). Its class is the
// one-sided polyomino for C4 and the free polyomino for D4, so the label is invariant under the
// group that generated the data — and, for C4, NOT under flips (S and Z are different classes).

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "compute/data/tasks.h"

namespace eqlab::data {

// Cells as (x, y) = (column, row), translated so that the smallest x and y are 0, sorted.
using Polyomino = std::vector<std::array<int, 2>>;

// The canonical representative of p's class: the smallest (lexicographically, after
// normalisation) of its images under the 8 symmetries of the square (free) or the 4 rotations
// (one-sided).
Polyomino canonicalPolyomino(const Polyomino& p, bool oneSided);

struct PolyominoClass {
    std::string
        name;         // letters for tetrominoes and pentominoes ("T", "S", "Z", "F'"), else "P6-17"
    Polyomino cells;  // canonical form
};

// All classes of n-cell polyominoes, 1 ≤ n ≤ 7, in a fixed order (the letter order for n = 4, 5).
// Error(InvalidArgument) outside 1..7.
std::vector<PolyominoClass> polyominoClasses(int n, bool oneSided);

struct PolyominoParams {
    int cells = 4;             // n, 1..7
    int size = 9;              // K, odd, ≥ n
    std::string group = "D4";  // "C4" (one-sided classes) or "D4" (free classes)
    int samples = 512;
    double noise = 0.0;  // standard deviation of Gaussian pixel noise
};

// Deterministic in (params, seed). Error(InvalidArgument) naming the parameter for bad values.
// Result: a K × K one-channel image per column, group = params.group, inputRep "grid:K", the
// class names.
TaskData makePolyominoImages(const PolyominoParams& params, std::uint64_t seed);

// The cells of the pixels above `threshold` of a K × K image (row·K + col), normalised: the
// inverse of drawing, for tests and for reading a sample back.
Polyomino polyominoOfImage(const Eigen::Ref<const Eigen::VectorXd>& image, int K,
                           double threshold = 0.5);

}  // namespace eqlab::data
