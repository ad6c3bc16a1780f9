// eqlab basis --group NAME --in REP --out REP [--json] [--show]: the space of equivariant linear
// maps between two representations, its dimension checked against the character formula.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/cli/console.h"
#include "app/cli/exit_codes.h"
#include "app/cli/subcommands.h"
#include "compute/core/error.h"
#include "compute/groups/catalogue.h"
#include "compute/groups/equivariant_basis.h"
#include "compute/groups/representation.h"
#include "compute/groups/summary.h"

namespace eqlab::app {

namespace {

struct BasisCommandText {
    Q_DECLARE_TR_FUNCTIONS(BasisCommand)
};

// Larger pairs are summarised: the full listing of a 614,656-cell orbit basis helps nobody.
constexpr int kMaxShownCells = 4096;

QJsonArray matrixJson(const Eigen::MatrixXd& m) {
    QJsonArray rows;
    for (Eigen::Index r = 0; r < m.rows(); ++r) {
        QJsonArray row;
        for (Eigen::Index c = 0; c < m.cols(); ++c) {
            row.append(std::abs(m(r, c)) < 1e-14 ? 0.0 : m(r, c));
        }
        rows.append(row);
    }
    return rows;
}

QString matrixText(const Eigen::MatrixXd& m, int decimals = 4) {
    QString text;
    for (Eigen::Index r = 0; r < m.rows(); ++r) {
        text += QStringLiteral("    ");
        for (Eigen::Index c = 0; c < m.cols(); ++c) {
            const double v = std::abs(m(r, c)) < 1e-14 ? 0.0 : m(r, c);
            text += QStringLiteral("%1 ").arg(v, decimals + 4, 'f', decimals);
        }
        text += QLatin1Char('\n');
    }
    return text;
}

int runBasisCommand(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption group(QStringLiteral("group"), QString(), QStringLiteral("name"));
    const QCommandLineOption in(QStringLiteral("in"), QString(), QStringLiteral("rep"));
    const QCommandLineOption out(QStringLiteral("out"), QString(), QStringLiteral("rep"));
    const QCommandLineOption json(QStringLiteral("json"), QString());
    const QCommandLineOption show(QStringLiteral("show"), QString());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QString());
    parser.addOptions({group, in, out, json, show, help});
    if (!parser.parse(QStringList{QStringLiteral("eqlab basis")} + arguments)) {
        printError(BasisCommandText::tr("eqlab basis: %1\n").arg(parser.errorText()));
        return kExitUsage;
    }
    if (parser.isSet(help)) {
        printOut(BasisCommandText::tr(
            "Usage: eqlab basis --group NAME --in REP --out REP [--json] [--show]\n\n"
            "The basis of the linear maps W with rho_out(g) W = W rho_in(g) for all g, and its\n"
            "dimension checked against the character formula (1/|G|) sum_g chi_in(g) chi_out(g).\n"
            "REP: trivial, sign, std, perm, regular, grid:K, with + (direct sum), * (tensor\n"
            "product), ^k and parentheses, e.g. 'std*std' or '(std^2)+sign' (docs/cli.md).\n"
            "--show prints the basis matrices (dense basis; for two permutation representations\n"
            "the 0/1 orbit basis as a matrix of orbit numbers).\n"));
        return kExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(BasisCommandText::tr("eqlab basis: unexpected argument '%1'\n")
                       .arg(parser.positionalArguments().first()));
        return kExitUsage;
    }
    for (const auto* option : {&group, &in, &out}) {
        if (!parser.isSet(*option)) {
            printError(BasisCommandText::tr(
                           "eqlab basis: missing --%1, e.g. 'eqlab basis --group S4 --in perm "
                           "--out perm'\n")
                           .arg(option->names().first()));
            return kExitUsage;
        }
    }

    try {
        const auto g = groups::makeGroup(parser.value(group).toStdString());
        const auto repIn = groups::makeRepresentation(g, parser.value(in).toStdString());
        const auto repOut = groups::makeRepresentation(g, parser.value(out).toStdString());
        const bool permutations = repIn.isPermutation() && repOut.isPermutation();
        // The same summary the weight-sharing view draws (compute/groups/summary.h).
        const groups::BasisSummary summary = groups::summarizeBasis(repIn, repOut, !permutations);
        const int dimension = summary.dimension;
        const int characterDimension = summary.characterDimension;
        const QString method = QString::fromStdString(summary.method);

        QJsonArray shown;
        QString shownText;
        const bool small = static_cast<qint64>(repIn.dim()) * repOut.dim() <= kMaxShownCells;
        if (parser.isSet(show) && small && permutations) {
            Eigen::MatrixXd pattern(repOut.dim(), repIn.dim());
            for (int r = 0; r < repOut.dim(); ++r) {
                for (int c = 0; c < repIn.dim(); ++c) {
                    pattern(r, c) = summary.orbitOf[static_cast<std::size_t>(r) * repIn.dim() + c];
                }
            }
            shown.append(matrixJson(pattern));
            shownText = BasisCommandText::tr(
                            "  orbit of each cell (cells with one number share a weight):\n") +
                        matrixText(pattern, 0);
        } else if (parser.isSet(show) && small) {
            for (int j = 0; j < dimension; ++j) {
                shown.append(matrixJson(summary.basis->matrix(j)));
                shownText += BasisCommandText::tr("  W_%1:\n").arg(j + 1) +
                             matrixText(summary.basis->matrix(j));
            }
        }
        if (parser.isSet(show) && !small) {
            shownText = BasisCommandText::tr("  (not shown: %1 x %2 is larger than %3 cells)\n")
                            .arg(repOut.dim())
                            .arg(repIn.dim())
                            .arg(kMaxShownCells);
        }

        if (parser.isSet(json)) {
            QJsonObject result{
                {QStringLiteral("group"), QString::fromStdString(g->name())},
                {QStringLiteral("order"), g->order()},
                {QStringLiteral("in"), QString::fromStdString(repIn.text())},
                {QStringLiteral("out"), QString::fromStdString(repOut.text())},
                {QStringLiteral("dim_in"), repIn.dim()},
                {QStringLiteral("dim_out"), repOut.dim()},
                {QStringLiteral("dimension"), dimension},
                {QStringLiteral("character_dimension"), characterDimension},
                {QStringLiteral("method"), method},
            };
            if (parser.isSet(show) && small) {
                result.insert(
                    permutations ? QStringLiteral("orbit_pattern") : QStringLiteral("basis"),
                    permutations ? shown.first() : QJsonValue(shown));
            }
            printOut(QString::fromUtf8(QJsonDocument(result).toJson()));
        } else {
            printOut(BasisCommandText::tr("equivariant maps %1 -> %2 of %3 (|G| = %4)\n")
                         .arg(QString::fromStdString(repIn.text()),
                              QString::fromStdString(repOut.text()),
                              QString::fromStdString(g->name()))
                         .arg(g->order()));
            printOut(
                BasisCommandText::tr("  shape      %1 x %2\n").arg(repOut.dim()).arg(repIn.dim()));
            printOut(
                BasisCommandText::tr("  dimension  %1 (%2 basis)\n").arg(dimension).arg(method));
            printOut(
                BasisCommandText::tr("  character formula gives %1\n").arg(characterDimension));
            printOut(shownText);
        }
        if (dimension != characterDimension) {
            printError(BasisCommandText::tr(
                           "eqlab basis: the solver's dimension %1 differs from the character "
                           "formula's %2: please report this as a bug\n")
                           .arg(dimension)
                           .arg(characterDimension));
            return kExitFailure;
        }
        return kExitOk;
    } catch (const Error& error) {
        printError(BasisCommandText::tr("eqlab basis: %1\n").arg(error.detail()));
        return error.kind() == ErrorKind::Io ? kExitFailure : kExitUsage;
    }
}

}  // namespace

Subcommand basisSubcommand() {
    return {QStringLiteral("basis"),
            BasisCommandText::tr("Equivariant linear maps between two representations "
                                 "(eqlab basis --group S4 --in perm --out perm)."),
            &runBasisCommand};
}

}  // namespace eqlab::app
