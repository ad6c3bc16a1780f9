#include "widgets/value_scale.h"

#include <algorithm>
#include <cmath>

namespace eqlab::widgets {

ValueScale ValueScale::fit(const std::vector<double>& values, Mode mode) {
    ValueScale scale;
    double low = INFINITY, high = -INFINITY, lowPositive = INFINITY;
    bool negative = false;
    for (double v : values) {
        if (!std::isfinite(v)) {
            continue;
        }
        low = std::min(low, v);
        high = std::max(high, v);
        negative = negative || v < 0;
        if (v > 0) {
            lowPositive = std::min(lowPositive, v);
        }
    }
    if (!std::isfinite(low)) {  // nothing finite: an empty [0, 1]
        scale.log_ = mode == Mode::Log;
        scale.low_ = scale.log_ ? kLogFloor : 0.0;
        return scale;
    }
    const bool spansDecades =
        !negative && std::isfinite(lowPositive) && high >= 100.0 * lowPositive;
    scale.log_ = mode == Mode::Log || (mode == Mode::Auto && spansDecades);
    if (scale.log_) {
        const double floor =
            std::isfinite(lowPositive) ? std::max(lowPositive, kLogFloor) : kLogFloor;
        // Whole decades, so the colour bar's ends are round numbers.
        scale.low_ = std::pow(10.0, std::floor(std::log10(floor)));
        scale.high_ = std::pow(10.0, std::ceil(std::log10(std::max(high, floor))));
        if (scale.high_ <= scale.low_) {
            scale.high_ = scale.low_ * 10.0;
        }
    } else {
        scale.low_ = std::min(low, 0.0);  // errors and losses start at zero
        scale.high_ = high > scale.low_ ? high : scale.low_ + 1.0;
    }
    return scale;
}

double ValueScale::position(double value) const {
    if (std::isnan(value)) {
        return 0.0;
    }
    double t;
    if (log_) {
        const double v = std::max(value, low_);
        t = (std::log10(v) - std::log10(low_)) / (std::log10(high_) - std::log10(low_));
    } else {
        t = (value - low_) / (high_ - low_);
    }
    return std::clamp(t, 0.0, 1.0);
}

std::vector<double> ValueScale::ticks() const {
    std::vector<double> ticks;
    if (log_) {
        const int first = static_cast<int>(std::lround(std::log10(low_)));
        const int last = static_cast<int>(std::lround(std::log10(high_)));
        const int stride = std::max(1, (last - first + 5) / 6);  // at most ~7 labels
        for (int e = last; e >= first; e -= stride) {  // from the top, so the top is labelled
            ticks.insert(ticks.begin(), std::pow(10.0, e));
        }
        return ticks;
    }
    // A "nice" step: 1, 2 or 5 times a power of ten, giving about five intervals.
    const double span = high_ - low_;
    const double raw = span / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double step = raw / magnitude < 1.5   ? magnitude
                        : raw / magnitude < 3.5 ? 2 * magnitude
                        : raw / magnitude < 7.5 ? 5 * magnitude
                                                : 10 * magnitude;
    for (double v = std::ceil(low_ / step) * step; v <= high_ + 1e-9 * span; v += step) {
        ticks.push_back(std::abs(v) < 1e-12 * span ? 0.0 : v);
    }
    return ticks;
}

QString ValueScale::format(double value) {
    if (value == 0.0 || !std::isfinite(value)) {
        return QString::number(value);
    }
    const double magnitude = std::abs(value);
    if (magnitude < 1e-3 || magnitude >= 1e5) {
        // 1e-12 rather than 1.000e-12; 2.5e-07 rather than 2.50000e-07.
        QString text = QString::number(value, 'e', 1);
        text.replace(QStringLiteral(".0e"), QStringLiteral("e"));
        text.replace(QStringLiteral("e-0"), QStringLiteral("e-"));
        text.replace(QStringLiteral("e+0"), QStringLiteral("e"));
        text.replace(QStringLiteral("e+"), QStringLiteral("e"));
        return text;
    }
    return QString::number(value, 'g', 3);
}

}  // namespace eqlab::widgets
