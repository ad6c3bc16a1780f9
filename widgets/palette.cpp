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

}  // namespace eqlab::widgets
