#pragma once

// Colours shared by the views, so that one group element or one basis element has the same colour
// wherever it appears.

#include <QColor>

namespace eqlab::widgets {

// Element i of n: the hue ramp of the orbit view's colour bar (red → magenta, as VTK's lookup table
// with hue range 0..0.83 at saturation 0.75, value 0.9).
QColor elementColour(int index, int count);

// A categorical colour for basis element j: hues spaced by the golden angle, so neighbours differ.
QColor categoryColour(int index);

// A diverging map for signed values in [-1, 1]: blue, white, red.
QColor divergingColour(double value);

}  // namespace eqlab::widgets
