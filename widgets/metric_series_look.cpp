#include "widgets/metric_series_look.h"

#include <QCoreApplication>
#include <algorithm>

#include "widgets/compute_names.h"
#include "widgets/palette.h"
#include "widgets/snapshot_view.h"

namespace eqlab::widgets {

namespace {

struct MetricSeriesLookText {
    Q_DECLARE_TR_FUNCTIONS(MetricSeriesLook)
};

bool isTest(const std::string& name) {
    return name.rfind("test_", 0) == 0;
}

// "layer 2/invariance_error" → "invariance error".
QString shortName(const std::string& name) {
    const auto slash = name.rfind('/');
    return slash != std::string::npos && slash + 1 < name.size()
               ? metricName(name.substr(slash + 1))
               : metricName(name);
}

}  // namespace

std::vector<MetricSeriesLook> metricSeriesLooks(const std::vector<MetricSeriesKey>& keys,
                                                const std::vector<std::string>& runLabels) {
    int metrics = 0;
    int runs = 0;
    std::vector<int> trainMetrics;
    for (const MetricSeriesKey& key : keys) {
        metrics = std::max(metrics, key.metric + 1);
        runs = std::max(runs, key.run + 1);
        if (!isTest(key.name) &&
            std::find(trainMetrics.begin(), trainMetrics.end(), key.metric) == trainMetrics.end()) {
            trainMetrics.push_back(key.metric);
        }
    }
    runs = std::max(runs, static_cast<int>(runLabels.size()));
    const bool oneQuantity = trainMetrics.size() <= 1;
    std::vector<MetricSeriesLook> looks;
    QStringList labels;
    for (const MetricSeriesKey& key : keys) {
        MetricSeriesLook look;
        const bool test = isTest(key.name);
        const QString run = QString::fromStdString(runLabels.at(static_cast<std::size_t>(key.run)));
        look.label = key.name.empty() || metrics == 1 ? run
                     : oneQuantity ? (test ? MetricSeriesLookText::tr("%1 (test)").arg(run) : run)
                     : runs > 1    ? QStringLiteral("%1 · %2").arg(run, shortName(key.name))
                                   : shortName(key.name);
        if (labels.contains(look.label)) {  // two metrics of one layer: name them in full
            look.label = metricName(key.name);
        }
        labels << look.label;
        if (metrics <= 1 || oneQuantity) {
            look.colour = runColour(key.run);
            look.dash = test ? MetricSeriesLook::Dash::Dashed : MetricSeriesLook::Dash::Solid;
        } else {
            look.colour = elementColour(key.metric, metrics);
            look.dash = runs <= 1 || key.run == 0 ? MetricSeriesLook::Dash::Solid
                        : key.run == 1            ? MetricSeriesLook::Dash::Dashed
                                                  : MetricSeriesLook::Dash::Dotted;
        }
        looks.push_back(look);
    }
    return looks;
}

}  // namespace eqlab::widgets
