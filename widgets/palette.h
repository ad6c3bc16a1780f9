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

// The colour of run r (the runs of an experiment compared side by side): Brewer's Set1, the order
// VTK's charts use, so a run has one colour in every chart and legend.
QColor runColour(int run);

// A sequential map for magnitudes, t in [0, 1]: dark purple → blue → green → yellow (the viridis
// ramp, perceptually even and readable in grey), used by heat maps of errors.
QColor sequentialColour(double t);

// Okabe and Ito's eight colours (black first skipped): told apart by colour-blind readers, for the
// lines of paper figures (which also differ by dash, for greyscale print).
QColor okabeItoColour(int index);

// cividis, t in [0, 1]: blue → grey → yellow, even in lightness (monotone in greyscale) and made
// for colour-blind readers; paper figures colour group elements with it.
QColor cividisColour(double t);

// Text that reads on a filled cell or node: near-black on light fills, near-white on dark ones.
QColor textColourOn(const QColor& fill);

}  // namespace eqlab::widgets
