#include "widgets/palette.h"

#include <algorithm>
#include <cmath>

namespace eqlab::widgets {

QColor elementColour(int index, int count) {
    const double t = count > 1 ? static_cast<double>(index) / (count - 1) : 0.0;
    return QColor::fromHsvF(static_cast<float>(0.83 * t), 0.75f, 0.9f);
}

QColor categoryColour(int index) {
    const double golden = 0.6180339887498949;
    const double hue = std::fmod(0.05 + index * golden, 1.0);
    const float value = (index / 7) % 2 == 0 ? 0.92f : 0.72f;  // alternate brightness as well
    return QColor::fromHsvF(static_cast<float>(hue), 0.65f, value);
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
    static constexpr int kSet1[8][3] = {{228, 26, 28},   {55, 126, 184}, {77, 175, 74},
                                        {152, 78, 163},  {255, 127, 0},  {166, 86, 40},
                                        {247, 129, 191}, {153, 153, 153}};
    const auto& c = kSet1[static_cast<std::size_t>(std::abs(run)) % 8];
    return {c[0], c[1], c[2]};
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
