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
#include "compute/groups/characters.h"

namespace eqlab::app {

namespace {

struct Text {
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

QJsonObject characterTableJson(const groups::CharacterTable& table) {
    QJsonArray rows;
    for (int i = 0; i < table.numIrreps(); ++i) {
        QJsonArray row;
        for (Eigen::Index j = 0; j < table.values.cols(); ++j) {
            row.append(formatCharacter(table.values(i, j), 4, false));
        }
        rows.append(row);
    }
    return QJsonObject{
        {QStringLiteral("class_representatives"), toJson(table.classRepresentatives)},
        {QStringLiteral("irrep_dims"), toJson(table.dims)},
        {QStringLiteral("indicators"), toJson(table.indicators)},
        {QStringLiteral("values"), rows}};
}

QString characterTableText(const groups::Group& group, const groups::CharacterTable& table) {
    QString text = Text::tr("  character table (rows: irreducibles over C; columns: classes)\n");
    text += QStringLiteral("    %1").arg(QString(), -10);
    for (int j = 0; j < static_cast<int>(table.classSizes.size()); ++j) {
        const QString label =
            QString::fromStdString(group.elementLabel(table.classRepresentatives[j]));
        text += QStringLiteral("%1").arg(
            QStringLiteral("%1:%2").arg(table.classSizes[j]).arg(label), 12);
    }
    text += QLatin1Char('\n');
    for (int i = 0; i < table.numIrreps(); ++i) {
        text += QStringLiteral("    %1").arg(QStringLiteral("chi%1 [%2]").arg(i).arg(table.dims[i]),
                                             -10);
        for (Eigen::Index j = 0; j < table.values.cols(); ++j) {
            text += QStringLiteral("%1").arg(formatCharacter(table.values(i, j), 4, false), 12);
        }
        text += QLatin1Char('\n');
    }
    return text;
}

QJsonObject groupJson(const groups::Group& group) {
    std::vector<int> orders;
    for (int a = 0; a < group.order(); ++a) {
        orders.push_back(group.elementOrder(a));
    }
    QJsonArray generators;
    for (std::size_t s = 0; s < group.generators().size(); ++s) {
        generators.append(
            QJsonObject{{QStringLiteral("name"), QString::fromStdString(group.generatorNames()[s])},
                        {QStringLiteral("element"), group.generators()[s]},
                        {QStringLiteral("order"), group.elementOrder(group.generators()[s])}});
    }
    QJsonArray classes;
    for (const auto& c : group.conjugacyClasses()) {
        classes.append(toJson(c));
    }
    return QJsonObject{
        {QStringLiteral("name"), QString::fromStdString(group.name())},
        {QStringLiteral("order"), group.order()},
        {QStringLiteral("abelian"), group.isAbelian()},
        {QStringLiteral("exponent"), group.exponent()},
        {QStringLiteral("generators"), generators},
        {QStringLiteral("element_orders"), toJson(orders)},
        {QStringLiteral("num_classes"), group.numClasses()},
        {QStringLiteral("class_sizes"), toJson(group.classSizes())},
        {QStringLiteral("classes"), classes},
        {QStringLiteral("centre"), toJson(group.centre())},
    };
}

QString groupText(const groups::Group& group) {
    QString text;
    text += Text::tr("group %1\n").arg(QString::fromStdString(group.name()));
    text += Text::tr("  order          %1\n").arg(group.order());
    text +=
        Text::tr("  abelian        %1\n").arg(group.isAbelian() ? Text::tr("yes") : Text::tr("no"));
    text += Text::tr("  exponent       %1\n").arg(group.exponent());
    QStringList generators;
    for (std::size_t s = 0; s < group.generators().size(); ++s) {
        generators << Text::tr("%1 (order %2)")
                          .arg(QString::fromStdString(group.generatorNames()[s]))
                          .arg(group.elementOrder(group.generators()[s]));
    }
    text += Text::tr("  generators     %1\n").arg(generators.join(QStringLiteral(", ")));
    std::vector<int> orders;
    for (int a = 0; a < group.order(); ++a) {
        orders.push_back(group.elementOrder(a));
    }
    text += Text::tr("  element orders %1\n").arg(joined(orders));
    text += Text::tr("  classes        %1, of sizes %2\n")
                .arg(group.numClasses())
                .arg(joined(group.classSizes()));
    text += Text::tr("  centre         %1 element(s)\n").arg(group.centre().size());
    return text;
}

int runGroupCommand(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QString());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QString());
    parser.addOptions({json, help});
    if (!parser.parse(QStringList{QStringLiteral("eqlab group")} + arguments)) {
        printError(Text::tr("eqlab group: %1\n").arg(parser.errorText()));
        return kExitUsage;
    }
    if (parser.isSet(help)) {
        printOut(
            Text::tr("Usage: eqlab group NAME [--json]\n\n"
                     "Facts of a finite group: order, generators, element orders, conjugacy\n"
                     "classes. NAME: Cn, Dn, Sn, An, V4, Q8, T, O, I, products such as\n"
                     "C3xC4, or custom:FILE (docs/cli.md).\n"));
        return kExitOk;
    }
    if (parser.positionalArguments().size() != 1) {
        printError(Text::tr("eqlab group: expected one group name, e.g. 'eqlab group D4'\n"));
        return kExitUsage;
    }
    try {
        const auto group = groups::makeGroup(parser.positionalArguments().first().toStdString());
        const auto table = groups::characterTable(*group);
        if (parser.isSet(json)) {
            QJsonObject result = groupJson(*group);
            result.insert(QStringLiteral("irrep_dims"), toJson(table.dims));
            result.insert(QStringLiteral("character_table"), characterTableJson(table));
            printOut(QString::fromUtf8(QJsonDocument(result).toJson()));
        } else {
            printOut(groupText(*group) + characterTableText(*group, table));
        }
        return kExitOk;
    } catch (const Error& error) {
        printError(Text::tr("eqlab group: %1\n").arg(error.detail()));
        return error.kind() == ErrorKind::Io ? kExitFailure : kExitUsage;
    }
}

}  // namespace

Subcommand groupSubcommand() {
    return {QStringLiteral("group"), Text::tr("Facts of a finite group (eqlab group D4 --json)."),
            &runGroupCommand};
}

}  // namespace eqlab::app
