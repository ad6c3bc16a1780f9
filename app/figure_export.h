#pragma once

// Figures outside the views: the options `eqlab run --figures` and `eqlab figure` share, writing a
// set of figures with a line per file (or per problem), and making the application figures need
// when there is no display. The figures themselves come from widgets/figure_builders.h, as the
// window's Export does.

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <vector>

#include "widgets/figure.h"

namespace eqlab::app {

// Figures are drawn with QPainter and need a QGuiApplication, but no display and no OpenGL: with
// QT_QPA_PLATFORM unset this sets it to "offscreen" (call before the application is made).
void prepareFigureApplication();
// Whether a subcommand's arguments ask for figures (then prepareFigureApplication and a
// QGuiApplication).
bool argumentsWantFigures(const QString& command, const QStringList& arguments);

// --size WxH (cm), --font-size PT, --font FAMILY, --scale N, --screen-style.
struct FigureStyleOptions {
    QCommandLineOption size{QStringLiteral("size"), QString(), QStringLiteral("WxH")};
    QCommandLineOption fontSize{QStringLiteral("font-size"), QString(), QStringLiteral("pt")};
    QCommandLineOption font{QStringLiteral("font"), QString(), QStringLiteral("family")};
    QCommandLineOption scale{QStringLiteral("scale"), QString(), QStringLiteral("n")};
    QCommandLineOption screenStyle{QStringLiteral("screen-style"), QString()};
    void addTo(QCommandLineParser& parser) const;
    // The style the options ask for; false and a message naming the option otherwise.
    bool read(const QCommandLineParser& parser, widgets::figure::Style& style,
              QString& problem) const;
    static QString helpText();
};

// "svg,pdf,png" -> {"svg", "pdf", "png"}; false and a message for an unknown format.
bool parseFormats(const QString& list, QStringList& formats, QString& problem);

// Writes each figure (and its CSV) into dir and prints what was written or what failed, prefixed
// by `who` ("eqlab run"). Returns the number of problems.
int writeFiguresReporting(const std::vector<widgets::figure::Figure>& figures, const QString& dir,
                          const QStringList& formats, const widgets::figure::Style& style,
                          const QString& who, bool quiet = false);

}  // namespace eqlab::app
