// eqlab group NAME [--json]: the facts of a catalogue group.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <complex>

#include "app/character_format.h"
#include "app/cli/console.h"
#include "app/cli/exit_codes.h"
#include "app/cli/subcommands.h"
#include "compute/core/error.h"
#include "compute/groups/catalogue.h"
#include "compute/groups/summary.h"

namespace eqlab::app {

namespace {

struct GroupCommandText {
    Q_DECLARE_TR_FUNCTIONS(GroupCommand)
};

QJsonArray toJson(const std::vector<int>& values) {
    QJsonArray array;
    for (int v : values) {
        array.append(v);
    }
    return array;
}

QString joined(const std::vector<int>& values) {
    QStringList parts;
    for (int v : values) {
        parts << QString::number(v);
    }
    return parts.join(QStringLiteral(", "));
}

// Everything below reads the one summary the window's group view reads too
// (compute/groups/summary.h), so the two never disagree.

QJsonObject characterTableJson(const groups::GroupSummary& g) {
    QJsonArray rows;
    for (const auto& irrep : g.characterTable) {
        QJsonArray row;
        for (const auto& value : irrep) {
            row.append(formatCharacter(value, 4, false));
        }
        rows.append(row);
    }
    return QJsonObject{{QStringLiteral("class_representatives"), toJson(g.classRepresentatives)},
                       {QStringLiteral("irrep_dims"), toJson(g.irrepDims)},
                       {QStringLiteral("indicators"), toJson(g.irrepIndicators)},
                       {QStringLiteral("values"), rows}};
}

QString characterTableText(const groups::GroupSummary& g) {
    QString text =
        GroupCommandText::tr("  character table (rows: irreducibles over C; columns: classes)\n");
    text += QStringLiteral("    %1").arg(QString(), -10);
    for (std::size_t j = 0; j < g.classSizes.size(); ++j) {
        const QString label = QString::fromStdString(
            g.elementLabels[static_cast<std::size_t>(g.classRepresentatives[j])]);
        text +=
            QStringLiteral("%1").arg(QStringLiteral("%1:%2").arg(g.classSizes[j]).arg(label), 12);
    }
    text += QLatin1Char('\n');
    for (std::size_t i = 0; i < g.characterTable.size(); ++i) {
        text += QStringLiteral("    %1").arg(
            QStringLiteral("chi%1 [%2]").arg(i).arg(g.irrepDims[i]), -10);
        for (const auto& value : g.characterTable[i]) {
            text += QStringLiteral("%1").arg(formatCharacter(value, 4, false), 12);
        }
        text += QLatin1Char('\n');
    }
    return text;
}

QJsonObject groupJson(const groups::GroupSummary& g) {
    QJsonArray generators;
    for (std::size_t s = 0; s < g.generators.size(); ++s) {
        const int element = g.generators[s];
        generators.append(QJsonObject{
            {QStringLiteral("name"), QString::fromStdString(g.generatorNames[s])},
            {QStringLiteral("element"), element},
            {QStringLiteral("order"), g.elementOrders[static_cast<std::size_t>(element)]}});
    }
    QJsonArray classes;
    for (const auto& c : g.classes) {
        classes.append(toJson(c));
    }
    return QJsonObject{
        {QStringLiteral("name"), QString::fromStdString(g.name)},
        {QStringLiteral("order"), g.order},
        {QStringLiteral("abelian"), g.abelian},
        {QStringLiteral("exponent"), g.exponent},
        {QStringLiteral("generators"), generators},
        {QStringLiteral("element_orders"), toJson(g.elementOrders)},
        {QStringLiteral("num_classes"), g.numClasses},
        {QStringLiteral("class_sizes"), toJson(g.classSizes)},
        {QStringLiteral("classes"), classes},
        {QStringLiteral("centre"), toJson(g.centre)},
        {QStringLiteral("irrep_dims"), toJson(g.irrepDims)},
        {QStringLiteral("character_table"), characterTableJson(g)},
    };
}

QString groupText(const groups::GroupSummary& g) {
    QString text;
    text += GroupCommandText::tr("group %1\n").arg(QString::fromStdString(g.name));
    text += GroupCommandText::tr("  order          %1\n").arg(g.order);
    text += GroupCommandText::tr("  abelian        %1\n")
                .arg(g.abelian ? GroupCommandText::tr("yes") : GroupCommandText::tr("no"));
    text += GroupCommandText::tr("  exponent       %1\n").arg(g.exponent);
    QStringList generators;
    for (std::size_t s = 0; s < g.generators.size(); ++s) {
        generators << GroupCommandText::tr("%1 (order %2)")
                          .arg(QString::fromStdString(g.generatorNames[s]))
                          .arg(g.elementOrders[static_cast<std::size_t>(g.generators[s])]);
    }
    text +=
        GroupCommandText::tr("  generators     %1\n").arg(generators.join(QStringLiteral(", ")));
    text += GroupCommandText::tr("  element orders %1\n").arg(joined(g.elementOrders));
    text += GroupCommandText::tr("  classes        %1, of sizes %2\n")
                .arg(g.numClasses)
                .arg(joined(g.classSizes));
    text += GroupCommandText::tr("  centre         %1 element(s)\n").arg(g.centre.size());
    return text + characterTableText(g);
}

int runGroupCommand(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QString());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QString());
    parser.addOptions({json, help});
    if (!parser.parse(QStringList{QStringLiteral("eqlab group")} + arguments)) {
        printError(GroupCommandText::tr("eqlab group: %1\n").arg(parser.errorText()));
        return kExitUsage;
    }
    if (parser.isSet(help)) {
        printOut(GroupCommandText::tr(
            "Usage: eqlab group NAME [--json]\n\n"
            "Facts of a finite group: order, generators, element orders, conjugacy\n"
            "classes. NAME: Cn, Dn, Sn, An, V4, Q8, T, O, I, products such as\n"
            "C3xC4, or custom:FILE (docs/cli.md).\n"));
        return kExitOk;
    }
    if (parser.positionalArguments().size() != 1) {
        printError(
            GroupCommandText::tr("eqlab group: expected one group name, e.g. 'eqlab group D4'\n"));
        return kExitUsage;
    }
    try {
        const auto group = groups::makeGroup(parser.positionalArguments().first().toStdString());
        const groups::GroupSummary summary = groups::summarizeGroup(*group);
        printOut(parser.isSet(json) ? QString::fromUtf8(QJsonDocument(groupJson(summary)).toJson())
                                    : groupText(summary));
        return kExitOk;
    } catch (const Error& error) {
        printError(GroupCommandText::tr("eqlab group: %1\n").arg(error.detail()));
        return error.kind() == ErrorKind::Io ? kExitFailure : kExitUsage;
    }
}

}  // namespace

Subcommand groupSubcommand() {
    return {QStringLiteral("group"),
            GroupCommandText::tr("Facts of a finite group (eqlab group D4 --json)."),
            &runGroupCommand};
}

}  // namespace eqlab::app
