#pragma once

// Colours shared by the views, so that one group element or one basis element has the same colour
// wherever it appears.

#include <QColor>

namespace eqlab::widgets {

// Element i of n: the orbit view's colour bar, its points and the Cayley table. A stretch of
// viridis (dark blue-purple → green → yellow-green): ordered by lightness, so the order of the
// elements reads in greyscale and for colour-blind readers, and visible on the light and the dark
// theme.
QColor elementColour(int index, int count);

// A categorical colour for basis element j: the run colours for the first eight (told apart by
// colour-blind readers), then the same eight lighter, then darker.
QColor categoryColour(int index);

// The colour of the edges of generator k in an orbit (the view and its exported figure): the run
// colours, so two or three generators stay apart for colour-blind readers.
QColor generatorColour(int index);

// A diverging map for signed values in [-1, 1]: blue, white, red.
QColor divergingColour(double value);

// The colour of run r (the runs of an experiment compared side by side), one colour in every chart
// and legend: Okabe and Ito's colours (blue, vermillion, bluish green, reddish purple, orange, sky
// blue) then grey and yellow. Eight runs stay apart under protanopia, deuteranopia and tritanopia;
// the ninth repeats the first.
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
