// The palette read by colour-blind eyes: protanopia, deuteranopia and tritanopia simulated with
// Machado, Oliveira and Fernandes (2009) at severity 1.0, applied in linear RGB. Under each, and
// for normal vision, any two of the first eight run (and category, and generator) colours differ by
// a CIEDE2000 of at least 10 (about what tells two thin lines apart at a glance; 1 is a just
// noticeable difference), and the group elements' ramp grows in lightness L* from first to last,
// so the order of the elements reads without hue. The checks are shown to refuse what the palette
// used before: Brewer's Set1 for runs (CIEDE2000 3.1 under protanopia, 4.2 under deuteranopia)
// and a red → magenta hue ramp for the elements (L* up and down), golden-angle hues for categories
// (2.3 under deuteranopia).

#include <QColor>
#include <QTest>
#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <numbers>
#include <vector>

#include "suite/suite.h"
#include "widgets/palette.h"

namespace {

using Matrix = std::array<std::array<double, 3>, 3>;
using Lab = std::array<double, 3>;

struct Vision {
    const char* name;
    Matrix m;
};

// Machado, Oliveira and Fernandes 2009, table of severity 1.0 (linear RGB to linear RGB).
const std::array<Vision, 4> kVisions = {{
    {"normal vision", {{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}}},
    {"protanopia",
     {{{0.152286, 1.052583, -0.204868},
       {0.114503, 0.786281, 0.099216},
       {-0.003882, -0.048116, 1.051998}}}},
    {"deuteranopia",
     {{{0.367322, 0.860646, -0.227968},
       {0.280085, 0.672501, 0.047413},
       {-0.011820, 0.042940, 0.968881}}}},
    {"tritanopia",
     {{{1.255528, -0.076749, -0.178779},
       {-0.078411, 0.930809, 0.147602},
       {0.004733, 0.691367, 0.303900}}}},
}};

double linear(double c) {
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// CIELAB (D65) of an sRGB colour as a viewer with the given vision sees it.
Lab seen(const QColor& colour, const Matrix& m) {
    const std::array<double, 3> rgb = {linear(colour.redF()), linear(colour.greenF()),
                                       linear(colour.blueF())};
    std::array<double, 3> s{};
    for (int i = 0; i < 3; ++i) {
        const double v = m[i][0] * rgb[0] + m[i][1] * rgb[1] + m[i][2] * rgb[2];
        s[i] = std::clamp(v, 0.0, 1.0);
    }
    const double x = (0.4124564 * s[0] + 0.3575761 * s[1] + 0.1804375 * s[2]) / 0.95047;
    const double y = 0.2126729 * s[0] + 0.7151522 * s[1] + 0.0721750 * s[2];
    const double z = (0.0193339 * s[0] + 0.1191920 * s[1] + 0.9503041 * s[2]) / 1.08883;
    const auto f = [](double t) {
        return t > 216.0 / 24389.0 ? std::cbrt(t) : (24389.0 / 27.0 * t + 16.0) / 116.0;
    };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

double degrees(double radians) {
    return radians * 180.0 / std::numbers::pi;
}
double radians(double degrees) {
    return degrees * std::numbers::pi / 180.0;
}

// CIEDE2000 (Sharma, Wu and Dalal 2005), kL = kC = kH = 1.
double deltaE2000(const Lab& p, const Lab& q) {
    const double c1 = std::hypot(p[1], p[2]), c2 = std::hypot(q[1], q[2]);
    const double cMean7 = std::pow((c1 + c2) / 2, 7);
    const double g = 0.5 * (1 - std::sqrt(cMean7 / (cMean7 + std::pow(25.0, 7))));
    const double a1 = (1 + g) * p[1], a2 = (1 + g) * q[1];
    const double c1p = std::hypot(a1, p[2]), c2p = std::hypot(a2, q[2]);
    const auto hue = [](double b, double a) {
        return a == 0 && b == 0 ? 0.0 : std::fmod(degrees(std::atan2(b, a)) + 360.0, 360.0);
    };
    const double h1 = hue(p[2], a1), h2 = hue(q[2], a2);
    double dh = 0;
    if (c1p * c2p != 0) {
        dh = h2 - h1;
        dh += dh > 180 ? -360 : dh < -180 ? 360 : 0;
    }
    const double dL = q[0] - p[0], dC = c2p - c1p;
    const double dH = 2 * std::sqrt(c1p * c2p) * std::sin(radians(dh / 2));
    const double lMean = (p[0] + q[0]) / 2, cpMean = (c1p + c2p) / 2;
    double hMean = h1 + h2;
    if (c1p * c2p != 0) {
        hMean = std::abs(h1 - h2) <= 180 ? (h1 + h2) / 2
                : h1 + h2 < 360          ? (h1 + h2 + 360) / 2
                                         : (h1 + h2 - 360) / 2;
    }
    const double t = 1 - 0.17 * std::cos(radians(hMean - 30)) +
                     0.24 * std::cos(radians(2 * hMean)) + 0.32 * std::cos(radians(3 * hMean + 6)) -
                     0.20 * std::cos(radians(4 * hMean - 63));
    const double dTheta = 30 * std::exp(-std::pow((hMean - 275) / 25, 2));
    const double cp7 = std::pow(cpMean, 7);
    const double rC = 2 * std::sqrt(cp7 / (cp7 + std::pow(25.0, 7)));
    const double sL = 1 + 0.015 * std::pow(lMean - 50, 2) / std::sqrt(20 + std::pow(lMean - 50, 2));
    const double sC = 1 + 0.045 * cpMean, sH = 1 + 0.015 * cpMean * t;
    const double rT = -std::sin(radians(2 * dTheta)) * rC;
    return std::sqrt(std::pow(dL / sL, 2) + std::pow(dC / sC, 2) + std::pow(dH / sH, 2) +
                     rT * (dC / sC) * (dH / sH));
}

struct Closest {
    double deltaE = 1e9;
    int first = -1, second = -1;
};

// The closest pair among colours(0) .. colours(n - 1) as seen with the vision.
Closest closestPair(const std::function<QColor(int)>& colours, int n, const Matrix& m) {
    Closest closest;
    for (int i = 0; i < n; ++i) {
        for (int j = i + 1; j < n; ++j) {
            const double d = deltaE2000(seen(colours(i), m), seen(colours(j), m));
            if (d < closest.deltaE) {
                closest = {d, i, j};
            }
        }
    }
    return closest;
}

// An empty string when every pair stays apart under every vision, else which pair does not.
QString confusions(const std::function<QColor(int)>& colours, int n, double threshold) {
    QString found;
    for (const Vision& v : kVisions) {
        const Closest c = closestPair(colours, n, v.m);
        if (c.deltaE < threshold) {
            found += QStringLiteral("%1: colours %2 and %3 differ by CIEDE2000 %4; ")
                         .arg(QLatin1String(v.name))
                         .arg(c.first)
                         .arg(c.second)
                         .arg(c.deltaE, 0, 'f', 1);
        }
    }
    return found;
}

// An empty string when L* of ramp(i, n) grows strictly with i under every vision.
QString lightnessBreaks(const std::function<QColor(int, int)>& ramp, int n) {
    QString found;
    for (const Vision& v : kVisions) {
        for (int i = 1; i < n; ++i) {
            const double before = seen(ramp(i - 1, n), v.m)[0], now = seen(ramp(i, n), v.m)[0];
            if (now <= before) {
                found += QStringLiteral("%1: L* of element %2 of %3 is %4, of element %5 is %6; ")
                             .arg(QLatin1String(v.name))
                             .arg(i - 1)
                             .arg(n)
                             .arg(before, 0, 'f', 1)
                             .arg(i)
                             .arg(now, 0, 'f', 1);
                break;
            }
        }
    }
    return found;
}

constexpr int kDistinct = 8;         // runs (and categories) kept apart
constexpr double kThreshold = 10.0;  // CIEDE2000

// What the palette used before (Brewer's Set1 for runs, an HSV hue ramp for elements).
QColor set1(int run) {
    static constexpr int kSet1[8][3] = {{228, 26, 28},   {55, 126, 184}, {77, 175, 74},
                                        {152, 78, 163},  {255, 127, 0},  {166, 86, 40},
                                        {247, 129, 191}, {153, 153, 153}};
    const auto& c = kSet1[run % 8];
    return {c[0], c[1], c[2]};
}
QColor goldenAngle(int index) {
    const double hue = std::fmod(0.05 + index * 0.6180339887498949, 1.0);
    return QColor::fromHsvF(static_cast<float>(hue), 0.65f, (index / 7) % 2 == 0 ? 0.92f : 0.72f);
}
QColor hueRamp(int index, int count) {
    return QColor::fromHsvF(static_cast<float>(0.83 * index / std::max(count - 1, 1)), 0.75f, 0.9f);
}

const std::vector<int> kElementCounts = {2, 3, 4, 6, 8, 12, 24, 48, 120};

}  // namespace

class TestPalette : public QObject {
    Q_OBJECT

private slots:
    // The colour difference against Sharma, Wu and Dalal's published pairs (their table 1).
    void deltaE2000MatchesPublishedPairs() {
        QCOMPARE(std::round(deltaE2000({50, 2.6772, -79.7751}, {50, 0, -82.7485}) * 1e4), 20425.0);
        QCOMPARE(std::round(deltaE2000({50, 0, 0}, {50, -1, 2}) * 1e4), 23669.0);
        QCOMPARE(std::round(deltaE2000({50, 2.5, 0}, {73, 25, -18}) * 1e4), 271492.0);
        QCOMPARE(std::round(deltaE2000({60.2574, -34.0099, 36.2677}, {60.4626, -34.1751, 39.4387}) *
                            1e4),
                 12644.0);
        // White and black under normal vision, and a simulation keeps grey grey.
        QCOMPARE(std::round(seen(Qt::white, kVisions[0].m)[0]), 100.0);
        QVERIFY(std::abs(seen(QColor(128, 128, 128), kVisions[2].m)[1]) < 1.0);
    }

    void runColoursStayApart() {
        const QString found = confusions(eqlab::widgets::runColour, kDistinct, kThreshold);
        QVERIFY2(found.isEmpty(), qPrintable(found));
    }

    void categoryAndGeneratorColoursStayApart() {
        QString found = confusions(eqlab::widgets::categoryColour, kDistinct, kThreshold);
        found += confusions(eqlab::widgets::generatorColour, kDistinct, kThreshold);
        QVERIFY2(found.isEmpty(), qPrintable(found));
        // Past the eighth a category comes back in another lightness, not the same colour.
        QVERIFY(eqlab::widgets::categoryColour(8) != eqlab::widgets::categoryColour(0));
        QVERIFY(eqlab::widgets::categoryColour(16) != eqlab::widgets::categoryColour(8));
    }

    void elementRampGrowsInLightness() {
        for (int n : kElementCounts) {
            const QString found = lightnessBreaks(eqlab::widgets::elementColour, n);
            QVERIFY2(found.isEmpty(), qPrintable(found));
        }
        // Neither end fades into the light (L* 100) or the dark (L* 16) background.
        const double first = seen(eqlab::widgets::elementColour(0, 8), kVisions[0].m)[0];
        const double last = seen(eqlab::widgets::elementColour(7, 8), kVisions[0].m)[0];
        QVERIFY2(first > 25 && last < 85,
                 qPrintable(QStringLiteral("L* from %1 to %2").arg(first).arg(last)));
    }

    // The checks refuse the palette used before.
    void checksRefuseSet1AndAHueRamp() {
        const QString set1Found = confusions(set1, kDistinct, kThreshold);
        QVERIFY2(set1Found.contains(QLatin1String("protanopia")) &&
                     set1Found.contains(QLatin1String("deuteranopia")),
                 qPrintable(set1Found));
        qInfo("Set1: %s", qPrintable(set1Found));
        QVERIFY(closestPair(set1, kDistinct, kVisions[1].m).deltaE < 4.0);
        QVERIFY(!lightnessBreaks(hueRamp, 8).isEmpty());
        // The golden-angle hues categories had (deuteranopia: 2.3).
        QVERIFY(
            confusions(goldenAngle, kDistinct, kThreshold).contains(QLatin1String("deuteranopia")));
    }
};

EQLAB_TEST_APPLESS_MAIN(TestPalette)

#include "test_palette.moc"
