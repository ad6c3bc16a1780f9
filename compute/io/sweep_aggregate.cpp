#include "compute/io/sweep_aggregate.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "compute/core/error.h"
#include "compute/io/number_format.h"

namespace eqlab::io {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The continued fraction of the regularised incomplete beta function (modified Lentz).
double betaFraction(double a, double b, double x) {
    constexpr double tiny = 1e-300;
    double c = 1.0, d = 1.0 - (a + b) * x / (a + 1.0);
    d = 1.0 / (std::abs(d) < tiny ? tiny : d);
    double h = d;
    for (int m = 1; m <= 300; ++m) {
        const double m2 = 2.0 * m;
        double aa = m * (b - m) * x / ((a + m2 - 1.0) * (a + m2));
        d = 1.0 + aa * d;
        d = 1.0 / (std::abs(d) < tiny ? tiny : d);
        c = 1.0 + aa / c;
        c = std::abs(c) < tiny ? tiny : c;
        h *= d * c;
        aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1.0));
        d = 1.0 + aa * d;
        d = 1.0 / (std::abs(d) < tiny ? tiny : d);
        c = 1.0 + aa / c;
        c = std::abs(c) < tiny ? tiny : c;
        const double step = d * c;
        h *= step;
        if (std::abs(step - 1.0) < 1e-15) {
            break;
        }
    }
    return h;
}

// I_x(a, b), the regularised incomplete beta function.
double incompleteBeta(double a, double b, double x) {
    if (x <= 0.0) {
        return 0.0;
    }
    if (x >= 1.0) {
        return 1.0;
    }
    const double front = std::exp(std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) +
                                  a * std::log(x) + b * std::log1p(-x));
    if (x < (a + 1.0) / (a + b + 2.0)) {
        return front * betaFraction(a, b, x) / a;
    }
    return 1.0 - front * betaFraction(b, a, 1.0 - x) / b;
}

// P(T > t) for t >= 0 with df degrees of freedom.
double upperTail(double t, double df) {
    return 0.5 * incompleteBeta(df / 2.0, 0.5, df / (df + t * t));
}

}  // namespace

double studentT975(int df) {
    if (df < 1) {
        throw Error(ErrorKind::InvalidArgument, "studentT975: df must be >= 1");
    }
    // Bisection on the upper tail, which falls monotonically in t.
    double lo = 0.0, hi = 1000.0;
    for (int i = 0; i < 200 && hi - lo > 1e-13 * hi; ++i) {
        const double mid = 0.5 * (lo + hi);
        (upperTail(mid, df) > 0.025 ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}

SampleStats sampleStats(const std::vector<double>& values) {
    SampleStats s;
    s.n = values.size();
    if (s.n == 0) {
        s.mean = s.sd = s.low = s.high = kNaN;
        return s;
    }
    double sum = 0.0;
    for (double v : values) {
        sum += v;
    }
    s.mean = sum / static_cast<double>(s.n);
    if (s.n < 2) {
        s.sd = s.low = s.high = kNaN;
        return s;
    }
    double squares = 0.0;
    for (double v : values) {
        squares += (v - s.mean) * (v - s.mean);
    }
    s.sd = std::sqrt(squares / static_cast<double>(s.n - 1));
    const double half = studentT975(static_cast<int>(s.n - 1)) * s.sd / std::sqrt(double(s.n));
    s.low = s.mean - half;
    s.high = s.mean + half;
    return s;
}

SweepAggregate aggregateSweep(
    const SweepManifest& manifest,
    const std::function<std::optional<std::string>(const std::string&)>& summaryOf) {
    SweepAggregate out;
    for (std::size_t a = 0; a < manifest.axes.size(); ++a) {
        if (manifest.axes[a].path != "seed") {
            out.axes.push_back(manifest.axes[a].name);
            out.axisIndex.push_back(a);
        }
    }
    // Rows are found by (point, run, metric) in order of first appearance.
    const auto rowOf = [&](std::size_t point, const std::string& run,
                           const std::string& metric) -> AggregateRow& {
        for (auto& row : out.rows) {
            if (row.point == point && row.run == run && row.metric == metric) {
                return row;
            }
        }
        out.rows.push_back({point, run, metric, {}, {}});
        return out.rows.back();
    };
    for (const auto& run : manifest.runs) {
        SweepAggregate::Point point;
        for (std::size_t a : out.axisIndex) {
            point.labels.push_back(run.labels[a]);
            point.values.push_back(run.values[a]);
        }
        std::size_t p = 0;
        while (p < out.points.size() && out.points[p].labels != point.labels) {
            ++p;
        }
        if (p == out.points.size()) {
            out.points.push_back(point);
        }
        const std::optional<std::string> text = summaryOf(run.name);
        if (!text) {
            out.missing.push_back(run.name);
            continue;
        }
        const std::string source = run.name + "/summary.json";
        try {
            const json::Value summary = json::parse(*text, source);
            const json::Value* runs = summary.find("runs");
            if (!runs) {
                throw Error(ErrorKind::Parse, "no runs");
            }
            for (const auto& entry : runs->asArray()) {
                const json::Value* label = entry.find("label");
                const json::Value* finals = entry.find("final");
                if (!label || !finals) {
                    throw Error(ErrorKind::Parse, "a run without label or final");
                }
                for (const auto& [metric, value] : finals->asObject()) {
                    AggregateRow& row = rowOf(p, label->asString(), metric);
                    if (value.isNumber() && std::isfinite(value.asNumber())) {
                        row.values.push_back(value.asNumber());
                    }
                }
            }
            if (const json::Value* headline = summary.find("headline")) {
                const json::Value* holds = headline->find("holds");
                if (!holds) {
                    throw Error(ErrorKind::Parse, "a headline without holds");
                }
                rowOf(p, "", "headline_holds").values.push_back(holds->asBool() ? 1.0 : 0.0);
            }
        } catch (const Error& error) {
            throw Error(ErrorKind::Parse, source + ": " + error.detail());
        }
    }
    // Rows grouped by point (stable: runs and metrics keep their order of appearance).
    std::stable_sort(
        out.rows.begin(), out.rows.end(),
        [](const AggregateRow& a, const AggregateRow& b) { return a.point < b.point; });
    for (auto& row : out.rows) {
        row.stats = sampleStats(row.values);
    }
    return out;
}

std::string aggregateCsv(const SweepAggregate& aggregate) {
    const auto number = [](double v) { return std::isfinite(v) ? formatNumber(v) : std::string(); };
    std::string csv;
    for (const auto& axis : aggregate.axes) {
        csv += axis + ',';
    }
    csv += "run,metric,seeds,mean,sd,ci95_low,ci95_high\n";
    for (const auto& row : aggregate.rows) {
        for (const auto& label : aggregate.points[row.point].labels) {
            csv += label + ',';
        }
        csv += row.run + ',' + row.metric + ',' + std::to_string(row.stats.n) + ',' +
               number(row.stats.mean) + ',' + number(row.stats.sd) + ',' + number(row.stats.low) +
               ',' + number(row.stats.high) + '\n';
    }
    return csv;
}

}  // namespace eqlab::io
