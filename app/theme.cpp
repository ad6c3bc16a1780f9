#include "app/theme.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

namespace eqlab::app {

namespace {

QPalette darkPalette() {
    QPalette p;
    const QColor window(45, 47, 53), base(33, 35, 40), text(225, 227, 232);
    const QColor disabled(120, 122, 128), highlight(66, 133, 214);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(70, 73, 80));
    p.setColor(QPalette::Midlight, QColor(60, 62, 69));
    p.setColor(QPalette::Mid, QColor(90, 93, 100));
    p.setColor(QPalette::Dark, QColor(25, 26, 30));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(110, 170, 240));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, disabled);
    }
    return p;
}

}  // namespace

widgets::ViewStyle applyTheme(bool dark, bool presentation) {
    // The font and palette the application started with, kept to return to them.
    static const QFont baseFont = QApplication::font();
    static const QPalette basePalette = QApplication::palette();

    QApplication::setPalette(dark ? darkPalette() : basePalette);
    QFont font = baseFont;
    if (presentation) {
        font.setPointSizeF(baseFont.pointSizeF() * widgets::ViewStyle{false, true}.fontScale());
    }
    QApplication::setFont(font);

    widgets::ViewStyle style;
    style.dark = dark;
    style.presentation = presentation;
    return style;
}

}  // namespace eqlab::app
