#pragma once

// The window's look: light or dark, and presentation mode (large fonts, thick lines) for a
// projector. Applies the palette and font to the whole application (so every Qt widget and every
// QPainter view follows) and returns the style the VTK views need.

#include "widgets/view_style.h"

namespace eqlab::app {

widgets::ViewStyle applyTheme(bool dark, bool presentation);

}  // namespace eqlab::app
