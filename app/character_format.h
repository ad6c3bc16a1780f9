#pragma once

#include <QString>
#include <complex>

namespace eqlab::app {

// A character value as text: integers as integers, others with `decimals` decimals, "a+bi" when
// complex. unicodeMinus: "−" (U+2212) for display, "-" for files and JSON.
QString formatCharacter(std::complex<double> value, int decimals, bool unicodeMinus);

}  // namespace eqlab::app
