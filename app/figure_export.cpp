#include "app/figure_export.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include "app/cli/console.h"
#include "widgets/figure_files.h"

namespace eqlab::app {

namespace {

// Named as its context: lupdate cannot resolve a helper's name inside functions whose return type
// is qualified by another namespace (widgets::...) and files the strings under the name it sees.
struct FigureExport {
    Q_DECLARE_TR_FUNCTIONS(FigureExport)
};

}  // namespace

void prepareFigureApplication() {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // A session without a login (ssh, cron, CI) has no runtime folder; Qt would warn on stderr
    // about making one itself. A private one in the temporary folder, as Qt's own fallback.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString path = QDir::temp().filePath(
            QStringLiteral("runtime-eqlab-%1")
                .arg(qgetenv("USER").isEmpty() ? QStringLiteral("user")
                                               : QString::fromLocal8Bit(qgetenv("USER"))));
        if (QDir().mkpath(path)) {
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(path));
        }
    }
}

bool argumentsWantFigures(const QString& command, const QStringList& arguments) {
    if (command == QLatin1String("figure") || command == QLatin1String("aggregate")) {
        return true;
    }
    return std::any_of(arguments.begin(), arguments.end(), [](const QString& a) {
        return a == QLatin1String("--figures") || a.startsWith(QLatin1String("--figures="));
    });
}

void FigureStyleOptions::addTo(QCommandLineParser& parser) const {
    parser.addOptions({size, fontSize, font, scale, screenStyle});
}

bool FigureStyleOptions::read(const QCommandLineParser& parser, widgets::figure::Style& style,
                              QString& problem) const {
    if (parser.isSet(size)) {
        const auto match = QRegularExpression(QStringLiteral("^([0-9.]+)[xX]([0-9.]+)$"))
                               .match(parser.value(size));
        bool okW = false, okH = false;
        const double w = match.hasMatch() ? match.captured(1).toDouble(&okW) : 0;
        const double h = match.hasMatch() ? match.captured(2).toDouble(&okH) : 0;
        if (!okW || !okH || w < 1 || h < 1 || w > 100 || h > 100) {
            problem = FigureExport::tr(
                          "--size expects WIDTHxHEIGHT in cm between 1 and 100, e.g. 12x8; "
                          "got '%1'")
                          .arg(parser.value(size));
            return false;
        }
        style.widthCm = w;
        style.heightCm = h;
    }
    if (parser.isSet(fontSize)) {
        bool ok = false;
        const double pt = parser.value(fontSize).toDouble(&ok);
        if (!ok || pt < 2 || pt > 72) {
            problem = FigureExport::tr("--font-size expects points between 2 and 72, got '%1'")
                          .arg(parser.value(fontSize));
            return false;
        }
        style.fontPt = pt;
    }
    if (parser.isSet(scale)) {
        bool ok = false;
        const int n = parser.value(scale).toInt(&ok);
        if (!ok || n < 1 || n > 4) {
            problem =
                FigureExport::tr("--scale expects 1, 2, 3 or 4, got '%1'").arg(parser.value(scale));
            return false;
        }
        style.scale = n;
    }
    style.fontFamily = parser.value(font);
    style.paper = !parser.isSet(screenStyle);
    return true;
}

QString FigureStyleOptions::helpText() {
    return FigureExport::tr(
        "  --size WxH           Figure size in cm (default 12x8).\n"
        "  --font-size PT       Text size in points (default 9).\n"
        "  --font FAMILY        Font family (default: the system's).\n"
        "  --scale N            PNG pixels: the size at 96 dpi times N (1-4, default 1).\n"
        "  --screen-style       The window's colours instead of the paper style.\n");
}

bool parseFormats(const QString& list, QStringList& formats, QString& problem) {
    formats.clear();
    for (const QString& part : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString format = part.trimmed().toLower();
        if (!widgets::figure::formats().contains(format)) {
            problem = FigureExport::tr("unknown figure format '%1' (known: %2)")
                          .arg(format, widgets::figure::formats().join(QStringLiteral(", ")));
            return false;
        }
        if (!formats.contains(format)) {
            formats << format;
        }
    }
    if (formats.isEmpty()) {
        problem = FigureExport::tr("no figure format given (e.g. --figures svg,pdf,png)");
        return false;
    }
    return true;
}

int writeFiguresReporting(const std::vector<widgets::figure::Figure>& figures, const QString& dir,
                          const QStringList& formats, const widgets::figure::Style& style,
                          const QString& who, bool quiet) {
    int problems = 0;
    for (const auto& figure : figures) {
        const QStringList failed = widgets::figure::writeFigureSet(figure, dir, formats, style);
        for (const QString& problem : failed) {
            printError(FigureExport::tr("%1: figure '%2': %3\n").arg(who, figure.name, problem));
        }
        problems += static_cast<int>(failed.size());
    }
    if (!quiet) {
        printOut(FigureExport::tr("%1: %n figure(s) (%2, with the CSV of each) in %3\n", nullptr,
                                  static_cast<int>(figures.size()))
                     .arg(who, formats.join(QLatin1Char(',')), QDir(dir).absolutePath()));
    }
    return problems;
}

}  // namespace eqlab::app
