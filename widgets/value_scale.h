#pragma once

// ValueScale: maps values to [0, 1] for colour bars and heat maps, linearly or on a log scale.
// Errors of equivariant layers sit at round-off (1e-16) while those of a plain MLP are ~1, so a
// scale that spans decades is chosen automatically: log when every value is positive (or zero) and
// the largest is at least 100 times the smallest positive one. Values at or below zero are drawn
// at the floor (kLogFloor) on a log scale and said so in the tooltip.

#include <QString>
#include <vector>

namespace eqlab::widgets {

class ValueScale {
public:
    enum class Mode { Auto, Linear, Log };
    static constexpr double kLogFloor = 1e-16;

    ValueScale() = default;
    // A scale that covers values (NaN and Inf are ignored).
    static ValueScale fit(const std::vector<double>& values, Mode mode = Mode::Auto);

    bool logarithmic() const { return log_; }
    double low() const { return low_; }
    double high() const { return high_; }
    // value -> [0, 1], clamped; NaN -> 0.
    double position(double value) const;
    // Values for labels along a colour bar: decades on a log scale, ~5 round numbers otherwise.
    std::vector<double> ticks() const;

    // "1e-12", "0.035", "12.5": short labels for ticks and tooltips.
    static QString format(double value);

private:
    bool log_ = false;
    double low_ = 0.0, high_ = 1.0;
};

}  // namespace eqlab::widgets
