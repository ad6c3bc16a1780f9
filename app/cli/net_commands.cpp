// eqlab check and eqlab audit: the symmetry of a trained net, from its weights (a safetensors file,
// docs/interop.md) and the experiment that defines its architecture and data.
//
//   eqlab check --weights FILE --experiment FILE|LESSON [--group G] [--json]
//       the error per layer and per group element (the heat map's numbers)
//   eqlab audit --weights FILE --experiment FILE|LESSON [--groups D4,C8] [--tolerance t] [--json]
//       every subgroup of each candidate group with its error, and the largest respected ones

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <cmath>
#include <optional>

#include "app/cli/console.h"
#include "app/cli/exit_codes.h"
#include "app/cli/subcommands.h"
#include "app/experiment_lessons.h"
#include "compute/core/error.h"
#include "compute/core/json.h"
#include "compute/io/experiment.h"
#include "compute/train/net_audit.h"

namespace eqlab::app {

namespace {

struct NetCommandsText {
    Q_DECLARE_TR_FUNCTIONS(NetCommands)
};

// The options both commands share, and the net they name.
struct NetOptions {
    QCommandLineOption weights{QStringLiteral("weights"), QString(), QStringLiteral("file")};
    QCommandLineOption experiment{QStringLiteral("experiment"), QString(), QStringLiteral("file")};
    QCommandLineOption run{QStringLiteral("run"), QString(), QStringLiteral("label")};
    QCommandLineOption json{QStringLiteral("json"), QString()};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, QString()};

    void addTo(QCommandLineParser& parser) const {
        parser.addOptions({weights, experiment, run, json, help});
    }
};

// Loads the net, or prints why not (naming the file) and returns nothing.
std::optional<train::TrainedNet> loadNet(const QString& command, const QCommandLineParser& parser,
                                         const NetOptions& options) {
    if (!parser.isSet(options.weights) || !parser.isSet(options.experiment)) {
        printError(NetCommandsText::tr(
                       "%1: give --weights FILE and --experiment FILE (or a lesson's name)\n")
                       .arg(command));
        return std::nullopt;
    }
    const QString name = parser.value(options.experiment);
    try {
        io::ExperimentSpec spec;
        if (QFileInfo::exists(name)) {
            spec = io::readExperimentFile(name.toStdString());
        } else if (const auto lesson = loadExperimentLesson(name)) {
            spec = lesson->spec;
        } else {
            printError(NetCommandsText::tr(
                           "%1: '%2' is neither a file nor a lesson ('eqlab presets' lists the "
                           "lessons)\n")
                           .arg(command, name));
            return std::nullopt;
        }
        return train::loadTrainedNet(spec, parser.value(options.weights).toStdString(),
                                     parser.value(options.run).toStdString());
    } catch (const Error& error) {
        printError(QStringLiteral("%1: %2\n").arg(command, QString::fromUtf8(error.detail())));
        return std::nullopt;
    }
}

json::Value numberOrNull(double x) {
    return std::isfinite(x) ? json::Value::makeNumber(x) : json::Value();
}

int runCheck(const QStringList& arguments) {
    const QString command = QStringLiteral("eqlab check");
    QCommandLineParser parser;
    NetOptions options;
    options.addTo(parser);
    const QCommandLineOption group(QStringLiteral("group"), QString(), QStringLiteral("name"));
    parser.addOption(group);
    if (!parser.parse(QStringList{command} + arguments)) {
        printError(QStringLiteral("%1: %2\n").arg(command, parser.errorText()));
        return kExitUsage;
    }
    if (parser.isSet(options.help)) {
        printOut(
            NetCommandsText::tr(
                "Usage: eqlab check --weights FILE --experiment FILE|LESSON [--run LABEL]\n"
                "                   [--group G] [--json]\n\n"
                "The symmetry error of a trained net per layer and per group element, on the\n"
                "experiment's training inputs (at most %1): equivariance where a layer's output\n"
                "has a known action of the group, invariance otherwise (docs/math.md §4.4).\n"
                "--group G checks another group acting the same way on the input (default: the\n"
                "experiment's group).\n")
                .arg(train::kCheckSamples));
        return kExitOk;
    }
    const auto net = loadNet(command, parser, options);
    if (!net) {
        return kExitUsage;
    }
    try {
        const groups::Representation input =
            train::inputActionFor(*net, parser.value(group).toStdString());
        const metrics::LayerSymmetryTable table = train::checkNet(*net, input);
        const Eigen::Index layers = table.error.cols();
        if (parser.isSet(options.json)) {
            std::vector<json::Value> layerValues;
            for (Eigen::Index l = 0; l < layers; ++l) {
                std::map<std::string, json::Value> perElement;
                for (Eigen::Index g = 0; g < table.error.rows(); ++g) {
                    perElement[table.elementLabels[g]] = numberOrNull(table.error(g, l));
                }
                layerValues.push_back(json::Value::makeObject(
                    {{"name", json::Value::makeString(table.layerNames[l])},
                     {"kind", json::Value::makeString(table.equivariance[l] ? "equivariance"
                                                                            : "invariance")},
                     {"representation", json::Value::makeString(table.representations[l])},
                     {"mean", numberOrNull(table.meanOverElements()(l))},
                     {"max", numberOrNull(table.error.col(l).maxCoeff())},
                     {"per_element", json::Value::makeObject(std::move(perElement))}}));
            }
            std::vector<json::Value> elements;
            for (const auto& label : table.elementLabels) {
                elements.push_back(json::Value::makeString(label));
            }
            const json::Value document = json::Value::makeObject(
                {{"group", json::Value::makeString(input.group().name())},
                 {"run", json::Value::makeString(net->runLabel)},
                 {"elements", json::Value::makeArray(std::move(elements))},
                 {"layers", json::Value::makeArray(std::move(layerValues))}});
            printOut(QString::fromStdString(json::write(document)) + QLatin1Char('\n'));
            return kExitOk;
        }
        printOut(NetCommandsText::tr(
                     "%1, run %2, group %3: error per element (rows) and layer (columns)\n")
                     .arg(QString::fromStdString(net->weightsPath),
                          QString::fromStdString(net->runLabel),
                          QString::fromStdString(input.group().name())));
        for (Eigen::Index l = 0; l < layers; ++l) {
            printOut(QStringLiteral("  [%1] %2 (%3)\n")
                         .arg(l)
                         .arg(QString::fromStdString(table.layerNames[l]),
                              table.equivariance[l] ? NetCommandsText::tr("equivariance")
                                                    : NetCommandsText::tr("invariance")));
        }
        for (Eigen::Index g = 0; g < table.error.rows(); ++g) {
            QString line =
                QStringLiteral("  %1").arg(QString::fromStdString(table.elementLabels[g]), -10);
            for (Eigen::Index l = 0; l < layers; ++l) {
                line += QStringLiteral(" %1").arg(table.error(g, l), 10, 'e', 2);
            }
            printOut(line + QLatin1Char('\n'));
        }
        return kExitOk;
    } catch (const Error& error) {
        printError(QStringLiteral("%1: %2\n").arg(command, QString::fromUtf8(error.detail())));
        return kExitUsage;
    }
}

int runAudit(const QStringList& arguments) {
    const QString command = QStringLiteral("eqlab audit");
    QCommandLineParser parser;
    NetOptions options;
    options.addTo(parser);
    const QCommandLineOption groups(QStringLiteral("groups"), QString(), QStringLiteral("list"));
    const QCommandLineOption tolerance(QStringLiteral("tolerance"), QString(), QStringLiteral("t"),
                                       QStringLiteral("1e-6"));
    parser.addOptions({groups, tolerance});
    if (!parser.parse(QStringList{command} + arguments)) {
        printError(QStringLiteral("%1: %2\n").arg(command, parser.errorText()));
        return kExitUsage;
    }
    if (parser.isSet(options.help)) {
        printOut(NetCommandsText::tr(
            "Usage: eqlab audit --weights FILE --experiment FILE|LESSON [--run LABEL]\n"
            "                   [--groups D4,C8,...] [--tolerance T] [--json]\n\n"
            "Which symmetries a trained net has: every subgroup of each candidate group\n"
            "(default: the experiment's group) with the net's error under it (the largest\n"
            "over its elements), and the largest subgroups whose error is at most T\n"
            "(default 1e-6), one per conjugacy class (docs/math.md §4.13). With --json: one\n"
            "object per group with the keys group, tolerance, subgroups, respected; a list\n"
            "of them for several groups.\n"));
        return kExitOk;
    }
    bool ok = false;
    const double t = parser.value(tolerance).toDouble(&ok);
    if (!ok || !(t >= 0)) {
        printError(NetCommandsText::tr("%1: --tolerance expects a number >= 0, got '%2'\n")
                       .arg(command, parser.value(tolerance)));
        return kExitUsage;
    }
    const auto net = loadNet(command, parser, options);
    if (!net) {
        return kExitUsage;
    }
    QStringList candidates = parser.value(groups).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (candidates.isEmpty()) {
        candidates << QString();  // the experiment's group
    }
    std::vector<std::string> documents;
    for (const QString& candidate : candidates) {
        try {
            const train::NetAudit result =
                train::auditNet(*net, candidate.trimmed().toStdString(), t);
            if (parser.isSet(options.json)) {
                documents.push_back(metrics::auditJson(result.lattice, result.audit));
                continue;
            }
            printOut(NetCommandsText::tr("%1: %2 subgroups; respected within %3:\n")
                         .arg(QString::fromStdString(result.lattice.groupName))
                         .arg(result.lattice.subgroups.size())
                         .arg(t, 0, 'g', 3));
            for (const int index : result.audit.respected) {
                const auto& subgroup = result.lattice.subgroups[index];
                printOut(QStringLiteral("  %1 (order %2, generated by %3): error %4\n")
                             .arg(QString::fromStdString(subgroup.name))
                             .arg(subgroup.order)
                             .arg(QString::fromStdString([&] {
                                 std::string joined;
                                 for (const auto& label : subgroup.generatorLabels) {
                                     joined += (joined.empty() ? "" : ", ") + label;
                                 }
                                 return joined.empty() ? std::string("e") : joined;
                             }()))
                             .arg(result.audit.errors[index], 0, 'e', 2));
            }
        } catch (const Error& error) {
            printError(QStringLiteral("%1: %2\n").arg(command, QString::fromUtf8(error.detail())));
            return kExitUsage;
        }
    }
    if (parser.isSet(options.json)) {
        QString text;
        if (documents.size() == 1) {
            text = QString::fromStdString(documents.front());
        } else {
            text = QStringLiteral("[");
            for (std::size_t i = 0; i < documents.size(); ++i) {
                text +=
                    (i ? QStringLiteral(",\n") : QString()) + QString::fromStdString(documents[i]);
            }
            text += QLatin1Char(']');
        }
        printOut(text + QLatin1Char('\n'));
    }
    return kExitOk;
}

}  // namespace

Subcommand checkSubcommand() {
    return {QStringLiteral("check"),
            NetCommandsText::tr("A trained net's symmetry error per layer and group element "
                                "(eqlab check --weights w.safetensors --experiment e.json)."),
            &runCheck};
}

Subcommand auditSubcommand() {
    return {QStringLiteral("audit"),
            NetCommandsText::tr(
                "Which subgroups a trained net respects (eqlab audit --weights w.safetensors "
                "--experiment e.json --groups D4)."),
            &runAudit};
}

}  // namespace eqlab::app
