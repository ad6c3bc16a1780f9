#include "app/character_format.h"

#include <cmath>

namespace eqlab::app {

QString formatCharacter(std::complex<double> value, int decimals, bool unicodeMinus) {
    const QString minus = unicodeMinus ? QStringLiteral("−") : QStringLiteral("-");
    const auto magnitude = [decimals](double x) {
        const double rounded = std::round(x);
        return std::abs(x - rounded) < 1e-9 ? QString::number(static_cast<long long>(rounded))
                                            : QString::number(x, 'f', decimals);
    };
    const auto signedPart = [&](double x) {
        return (x < 0 ? minus : QString()) + magnitude(std::abs(x));
    };
    if (std::abs(value.imag()) < 1e-9) {
        return signedPart(value.real());
    }
    const QString imaginary = magnitude(std::abs(value.imag())) + QLatin1Char('i');
    if (std::abs(value.real()) < 1e-9) {
        return (value.imag() < 0 ? minus : QString()) + imaginary;
    }
    return signedPart(value.real()) + (value.imag() < 0 ? minus : QStringLiteral("+")) + imaginary;
}

}  // namespace eqlab::app
