#pragma once

// ViewStyle: how every view looks — the theme (light or dark) and presentation mode (large fonts
// and thick lines for a projector). The window hands the same value to every view; views drawn with
// QPainter also follow the application's palette and font, VTK views take their colours from here.

#include <QColor>

namespace eqlab::widgets {

// The style sheet of a message that says what is wrong with an input (editors and forms).
inline constexpr const char* kErrorStyle = "color: #d0342c;";

struct ViewStyle {
    bool dark = false;
    bool presentation = false;

    QColor background() const { return dark ? QColor(38, 40, 46) : QColor(255, 255, 255); }
    QColor foreground() const { return dark ? QColor(225, 227, 232) : QColor(26, 26, 26); }
    QColor grid() const { return dark ? QColor(70, 73, 82) : QColor(235, 235, 235); }
    // Text and lines grow together for a projector.
    double fontScale() const { return presentation ? 1.6 : 1.0; }
    double lineWidth() const { return presentation ? 4.0 : 2.0; }
    int fontSize(int base) const { return static_cast<int>(base * fontScale() + 0.5); }

    bool operator==(const ViewStyle&) const = default;
};

}  // namespace eqlab::widgets
