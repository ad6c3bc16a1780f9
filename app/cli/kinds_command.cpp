// eqlab kinds [--json | --markdown]: every registered task, layer and metric kind with its
// parameters, read from the registries (compute/data/task_kinds.h, compute/nn/layer_kinds.h,
// compute/metrics/metric_kinds.h). --markdown prints the reference section of
// docs/experiment-format.md (a test keeps the two identical).

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/cli/console.h"
#include "app/cli/exit_codes.h"
#include "app/cli/subcommands.h"
#include "compute/core/params.h"
#include "compute/data/task_kinds.h"
#include "compute/io/number_format.h"
#include "compute/metrics/metric_kinds.h"
#include "compute/nn/layer_kinds.h"

namespace eqlab::app {

namespace {

struct KindsCommandText {
    Q_DECLARE_TR_FUNCTIONS(KindsCommand)
};

// The type names of the file format (docs/experiment-format.md), not translated.
QString typeName(ParamSpec::Type type) {
    switch (type) {
        case ParamSpec::Type::Integer:
            return QStringLiteral("integer");
        case ParamSpec::Type::Number:
            return QStringLiteral("number");
        case ParamSpec::Type::Text:
            return QStringLiteral("text");
        case ParamSpec::Type::Choice:
            return QStringLiteral("choice");
        case ParamSpec::Type::Flag:
            return QStringLiteral("flag");
        case ParamSpec::Type::Numbers:
            return QStringLiteral("numbers");
        case ParamSpec::Type::Layers:
            return QStringLiteral("layers");
    }
    return {};
}

QString number(double x) {
    return QString::fromStdString(io::formatNumber(x));
}

bool hasRange(const ParamSpec& p) {
    return p.type == ParamSpec::Type::Integer || p.type == ParamSpec::Type::Number ||
           p.type == ParamSpec::Type::Numbers;
}

// The default as JSON text ("" when the parameter is required or has none).
QString defaultText(const ParamSpec& p) {
    if (p.required) {
        return {};
    }
    switch (p.type) {
        case ParamSpec::Type::Integer:
        case ParamSpec::Type::Number:
            return number(p.defaultNumber);
        case ParamSpec::Type::Text:
        case ParamSpec::Type::Choice:
            return QString::fromStdString(io::quoteJson(p.defaultText));
        case ParamSpec::Type::Flag:
            return p.defaultNumber != 0.0 ? QStringLiteral("true") : QStringLiteral("false");
        case ParamSpec::Type::Numbers: {
            QStringList items;
            for (double x : p.defaultNumbers) {
                items << number(x);
            }
            return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
        }
        case ParamSpec::Type::Layers:
            return {};
    }
    return {};
}

QJsonObject paramJson(const ParamSpec& p) {
    QJsonObject o{{QStringLiteral("name"), QString::fromStdString(p.name)},
                  {QStringLiteral("type"), typeName(p.type)},
                  {QStringLiteral("help"), QString::fromStdString(p.help)},
                  {QStringLiteral("required"), p.required}};
    const QString fallback = defaultText(p);
    o.insert(QStringLiteral("default"),
             fallback.isEmpty()
                 ? QJsonValue()
                 : QJsonDocument::fromJson(("[" + fallback + "]").toUtf8()).array().at(0));
    if (hasRange(p)) {
        o.insert(QStringLiteral("minimum"), p.minimum);
        o.insert(QStringLiteral("maximum"), p.maximum);
        o.insert(QStringLiteral("exclusive_minimum"), p.exclusiveMinimum);
    }
    if (p.type == ParamSpec::Type::Choice) {
        QJsonArray choices;
        for (const auto& c : p.choices) {
            choices.append(QString::fromStdString(c));
        }
        o.insert(QStringLiteral("choices"), choices);
    }
    return o;
}

QJsonArray paramsJson(const std::vector<ParamSpec>& params) {
    QJsonArray all;
    for (const auto& p : params) {
        all.append(paramJson(p));
    }
    return all;
}

QString testSplitName(data::TestSplit split) {
    switch (split) {
        case data::TestSplit::Draw:
            return QStringLiteral("draw");
        case data::TestSplit::HoldOut:
            return QStringLiteral("hold-out");
        case data::TestSplit::None:
            return QStringLiteral("none");
    }
    return {};
}

QJsonObject kindsJson() {
    QJsonArray tasks, layers, metricKinds;
    for (const auto& k : data::taskKinds()) {
        tasks.append(QJsonObject{{QStringLiteral("name"), QString::fromStdString(k.name)},
                                 {QStringLiteral("summary"), QString::fromStdString(k.summary)},
                                 {QStringLiteral("test_set"), testSplitName(k.test)},
                                 {QStringLiteral("params"), paramsJson(k.params)}});
    }
    for (const auto& k : nn::layerKinds()) {
        layers.append(QJsonObject{{QStringLiteral("name"), QString::fromStdString(k.name)},
                                  {QStringLiteral("summary"), QString::fromStdString(k.summary)},
                                  {QStringLiteral("params"), paramsJson(k.params)}});
    }
    for (const auto& k : metrics::metricKinds()) {
        QJsonArray columns;
        for (const auto& c : k.columns) {
            columns.append(QString::fromStdString(c));
        }
        metricKinds.append(
            QJsonObject{{QStringLiteral("name"), QString::fromStdString(k.name)},
                        {QStringLiteral("summary"), QString::fromStdString(k.summary)},
                        {QStringLiteral("columns"), columns},
                        {QStringLiteral("params"), paramsJson(k.params)}});
    }
    return {{QStringLiteral("tasks"), tasks},
            {QStringLiteral("layers"), layers},
            {QStringLiteral("metrics"), metricKinds}};
}

// Text for a Markdown table cell.
QString cell(QString text) {
    return text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
}

QString allowed(const ParamSpec& p) {
    if (p.type == ParamSpec::Type::Choice) {
        QStringList names;
        for (const auto& c : p.choices) {
            names << QStringLiteral("`%1`").arg(QString::fromStdString(c));
        }
        return names.join(QStringLiteral(", "));
    }
    if (hasRange(p)) {
        return QStringLiteral("%1 %2 … %3")
            .arg(p.exclusiveMinimum ? QStringLiteral(">") : QStringLiteral("≥"), number(p.minimum),
                 number(p.maximum));
    }
    return {};
}

QString paramsMarkdown(const std::vector<ParamSpec>& params) {
    if (params.empty()) {
        return QStringLiteral("No parameters.\n\n");
    }
    QString out =
        QStringLiteral("| field | type | default | allowed | meaning |\n|---|---|---|---|---|\n");
    for (const auto& p : params) {
        const QString fallback = defaultText(p);
        out += QStringLiteral("| `%1` | %2 | %3 | %4 | %5 |\n")
                   .arg(QString::fromStdString(p.name), typeName(p.type),
                        p.required           ? QStringLiteral("required")
                        : fallback.isEmpty() ? QStringLiteral("—")
                                             : QStringLiteral("`%1`").arg(cell(fallback)),
                        cell(allowed(p)), cell(QString::fromStdString(p.help)));
    }
    return out + QLatin1Char('\n');
}

// The reference section of docs/experiment-format.md (English, like the file format itself).
QString kindsMarkdown() {
    QString out = QStringLiteral("### Task kinds (`task`)\n\n");
    for (const auto& k : data::taskKinds()) {
        out += QStringLiteral("#### `%1`\n\n%2. Test set: %3.\n\n")
                   .arg(QString::fromStdString(k.name), QString::fromStdString(k.summary),
                        testSplitName(k.test));
        out += paramsMarkdown(k.params);
    }
    out += QStringLiteral("### Layer kinds (`model`, `type`)\n\n");
    for (const auto& k : nn::layerKinds()) {
        out += QStringLiteral("#### `%1`\n\n%2.\n\n")
                   .arg(QString::fromStdString(k.name), QString::fromStdString(k.summary));
        out += paramsMarkdown(k.params);
    }
    out += QStringLiteral("### Metric kinds (`metrics.compute`)\n\n");
    for (const auto& k : metrics::metricKinds()) {
        QStringList columns;
        for (const auto& c : k.columns) {
            columns << QStringLiteral("`%1`").arg(QString::fromStdString(c));
        }
        out +=
            QStringLiteral("#### `%1`\n\n%2. Columns: %3.\n\n")
                .arg(QString::fromStdString(k.name), cell(QString::fromStdString(k.summary)),
                     columns.isEmpty() ? QStringLiteral("—") : columns.join(QStringLiteral(", ")));
        out += paramsMarkdown(k.params);
    }
    return out;
}

int runKindsCommand(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QString());
    const QCommandLineOption markdown(QStringLiteral("markdown"), QString());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QString());
    parser.addOptions({json, markdown, help});
    if (!parser.parse(QStringList{QStringLiteral("eqlab kinds")} + arguments) ||
        !parser.positionalArguments().isEmpty() || (parser.isSet(json) && parser.isSet(markdown))) {
        printError(
            KindsCommandText::tr("eqlab kinds: %1\n")
                .arg(parser.errorText().isEmpty()
                         ? KindsCommandText::tr("takes no arguments besides --json or --markdown")
                         : parser.errorText()));
        return kExitUsage;
    }
    if (parser.isSet(help)) {
        printOut(KindsCommandText::tr(
            "Usage: eqlab kinds [--json | --markdown]\n\n"
            "Lists every task, layer and metric kind an experiment file can name,\n"
            "with its parameters: type, default, allowed values and meaning.\n"
            "--markdown prints the reference of docs/experiment-format.md.\n"));
        return kExitOk;
    }
    if (parser.isSet(json)) {
        printOut(QString::fromUtf8(QJsonDocument(kindsJson()).toJson(QJsonDocument::Indented)));
        return kExitOk;
    }
    if (parser.isSet(markdown)) {
        printOut(kindsMarkdown());
        return kExitOk;
    }
    // The plain listing: one line per kind, its parameters below.
    QString out;
    const auto list = [&](const QString& title, const auto& kinds) {
        out += title + QLatin1Char('\n');
        for (const auto& k : kinds) {
            out += QStringLiteral("  %1  %2\n")
                       .arg(QString::fromStdString(k.name), -24)
                       .arg(QString::fromStdString(k.summary));
            for (const auto& p : k.params) {
                const QString fallback = defaultText(p);
                out += QStringLiteral("      %1 (%2%3)  %4\n")
                           .arg(QString::fromStdString(p.name), typeName(p.type),
                                p.required ? KindsCommandText::tr(", required")
                                : fallback.isEmpty()
                                    ? QString()
                                    : KindsCommandText::tr(", default %1").arg(fallback),
                                QString::fromStdString(p.help));
            }
        }
    };
    list(KindsCommandText::tr("Task kinds (\"task\": {\"kind\": ...}):"), data::taskKinds());
    list(KindsCommandText::tr("Layer kinds (\"model\": [{\"type\": ...}]):"), nn::layerKinds());
    list(KindsCommandText::tr("Metric kinds (\"metrics\": {\"compute\": [...]}):"),
         metrics::metricKinds());
    printOut(out);
    return kExitOk;
}

}  // namespace

Subcommand kindsSubcommand() {
    return {QStringLiteral("kinds"),
            KindsCommandText::tr(
                "Every task, layer and metric kind with its parameters (eqlab kinds --json)."),
            &runKindsCommand};
}

}  // namespace eqlab::app
