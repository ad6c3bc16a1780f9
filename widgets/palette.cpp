#include "widgets/palette.h"

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace eqlab::widgets {

namespace {
// Eight colours told apart under protanopia, deuteranopia and tritanopia (CIEDE2000 at least 10
// between any two, tests/render/test_palette.cpp): Okabe and Ito's colours without black (lost on
// the dark theme), then a mid grey and their yellow (last, as it is faint on white). Each reads
// on the light and the dark background.
constexpr int kSafe[8][3] = {{0, 114, 178}, {213, 94, 0},   {0, 158, 115},   {204, 121, 167},
                             {230, 159, 0}, {86, 180, 233}, {100, 100, 100}, {240, 228, 66}};

QColor safeColour(int index) {
    const auto& c = kSafe[static_cast<std::size_t>(std::abs(index)) % 8];
    return {c[0], c[1], c[2]};
}

QColor mix(const QColor& a, const QColor& b, double t) {
    const auto channel = [t](int x, int y) {
        return static_cast<int>(std::lround(x + (y - x) * t));
    };
    return {channel(a.red(), b.red()), channel(a.green(), b.green()), channel(a.blue(), b.blue())};
}
}  // namespace

QColor elementColour(int index, int count) {
    // viridis between 0.15 and 0.9: its darkest purple and brightest yellow vanish on the dark and
    // the light background; what is left runs from L* 27 to 83.
    const double t = count > 1 ? static_cast<double>(index) / (count - 1) : 0.0;
    return sequentialColour(0.15 + 0.75 * std::clamp(t, 0.0, 1.0));
}

QColor categoryColour(int index) {
    // No categorical palette keeps more than about eight colours apart for colour-blind readers:
    // past the eighth, the eight come back lighter, then darker (the tooltips name a category).
    const QColor base = safeColour(index);
    switch ((std::abs(index) / 8) % 3) {
        case 1:
            return mix(base, Qt::white, 0.5);
        case 2:
            return mix(base, Qt::black, 0.4);
        default:
            return base;
    }
}

QColor generatorColour(int index) {
    return safeColour(index);
}

QColor divergingColour(double value) {
    const double v = std::clamp(value, -1.0, 1.0);
    const auto mix = [](double a, double b, double t) { return a + (b - a) * t; };
    if (v >= 0) {  // white → red (178, 24, 43)
        return QColor::fromRgbF(1.0f, static_cast<float>(mix(1.0, 24 / 255.0, v)),
                                static_cast<float>(mix(1.0, 43 / 255.0, v)));
    }
    const double t = -v;  // white → blue (33, 102, 172)
    return QColor::fromRgbF(static_cast<float>(mix(1.0, 33 / 255.0, t)),
                            static_cast<float>(mix(1.0, 102 / 255.0, t)),
                            static_cast<float>(mix(1.0, 172 / 255.0, t)));
}

QColor runColour(int run) {
    return safeColour(run);
}

namespace {
// A colour map given by nine evenly spaced samples, linearly interpolated at t in [0, 1].
QColor interpolate(const int (&anchors)[9][3], double t) {
    const double x = std::clamp(std::isfinite(t) ? t : 0.0, 0.0, 1.0) * 8.0;
    const int i = std::min(static_cast<int>(x), 7);
    const double f = x - i;
    const auto channel = [&](int c) {
        return static_cast<int>(
            std::lround(anchors[i][c] + f * (anchors[i + 1][c] - anchors[i][c])));
    };
    return {channel(0), channel(1), channel(2)};
}
}  // namespace

QColor sequentialColour(double t) {
    // Nine samples of matplotlib's viridis, linearly interpolated.
    static constexpr int kAnchors[9][3] = {{68, 1, 84},    {71, 44, 122},  {59, 81, 139},
                                           {44, 113, 142}, {33, 144, 141}, {39, 173, 129},
                                           {92, 200, 99},  {170, 220, 50}, {253, 231, 37}};
    return interpolate(kAnchors, t);
}

QColor okabeItoColour(int index) {
    static constexpr int kOkabeIto[7][3] = {{0, 114, 178},   {213, 94, 0},  {0, 158, 115},
                                            {204, 121, 167}, {230, 159, 0}, {86, 180, 233},
                                            {0, 0, 0}};
    const auto& c = kOkabeIto[static_cast<std::size_t>(std::abs(index)) % 7];
    return {c[0], c[1], c[2]};
}

QColor cividisColour(double t) {
    // Nine samples of cividis (Nuñez, Anderton and Renslow 2018), linearly interpolated.
    static constexpr int kAnchors[9][3] = {{0, 34, 78},     {35, 62, 108},   {76, 86, 108},
                                           {107, 110, 112}, {135, 134, 121}, {166, 159, 117},
                                           {199, 186, 104}, {232, 214, 83},  {254, 232, 56}};
    return interpolate(kAnchors, t);
}

QColor textColourOn(const QColor& fill) {
    // Rec. 601 luma: how light the fill looks.
    const double luminance = 0.299 * fill.redF() + 0.587 * fill.greenF() + 0.114 * fill.blueF();
    return luminance > 0.5 ? QColor(20, 20, 20) : QColor(245, 245, 245);
}

}  // namespace eqlab::widgets
