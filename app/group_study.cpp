#include "app/group_study.h"

#include <QCoreApplication>
#include <complex>
#include <random>

#include "app/character_format.h"
#include "app/orbit_study.h"
#include "compute/groups/catalogue.h"
#include "compute/groups/summary.h"
#include "compute/metrics/cayley_layout.h"
#include "widgets/compute_names.h"

namespace eqlab::app {

namespace {

// Named as its context: lupdate cannot resolve a helper's name inside functions whose return type
// is qualified by another namespace (widgets::...) and files the strings under the name it sees.
struct GroupStudy {
    Q_DECLARE_TR_FUNCTIONS(GroupStudy)
};

}  // namespace

widgets::GroupViewData groupViewData(const QString& name) {
    const auto group = groups::makeGroup(name.toStdString());
    const groups::GroupSummary summary = groups::summarizeGroup(*group);
    widgets::GroupViewData data;
    data.name = QString::fromStdString(summary.name);
    data.order = summary.order;
    data.facts =
        GroupStudy::tr(
            "<b>%1</b>: order %2, %3, %4 conjugacy classes, centre of order %5, "
            "exponent %6.")
            .arg(data.name)
            .arg(summary.order)
            .arg(summary.abelian ? GroupStudy::tr("abelian") : GroupStudy::tr("non-abelian"))
            .arg(summary.numClasses)
            .arg(summary.centre.size())
            .arg(summary.exponent);

    const Eigen::Matrix3Xd layout = metrics::cayleyGraphLayout(*group);
    auto& graph = data.cayleyGraph;
    graph.title = GroupStudy::tr("Cayley graph of %1").arg(data.name);
    for (Eigen::Index g = 0; g < layout.cols(); ++g) {
        graph.points.push_back({layout(0, g), layout(1, g), layout(2, g)});
    }
    for (const auto& edge : summary.cayleyEdges) {
        graph.edges.push_back({edge.from, edge.to, edge.generator});
    }
    graph.generatorNames = generatorNames(*group);
    for (const auto& label : summary.elementLabels) {
        data.elementLabels << QString::fromStdString(label);
    }
    graph.labels = data.elementLabels;
    data.table = group->table();

    for (std::size_t j = 0; j < summary.classSizes.size(); ++j) {
        data.classHeaders << QStringLiteral("%1: %2")
                                 .arg(summary.classSizes[j])
                                 .arg(data.elementLabels.value(summary.classRepresentatives[j]));
    }
    for (std::size_t i = 0; i < summary.irrepDims.size(); ++i) {
        data.irrepHeaders << GroupStudy::tr("χ%1 (dim %2)").arg(i).arg(summary.irrepDims[i]);
        QStringList row;
        for (const auto& value : summary.characterTable[i]) {
            row << formatCharacter(value, 3, true);
        }
        data.characters << row;
    }
    return data;
}

widgets::WeightSharingData weightSharingData(const QString& groupName, const QString& in,
                                             const QString& out) {
    const auto group = groups::makeGroup(groupName.toStdString());
    const auto repIn = groups::makeRepresentation(group, in.toStdString());
    const auto repOut = groups::makeRepresentation(group, out.toStdString());
    // Permutation pairs are drawn from their orbits; only other pairs need the dense basis.
    const bool permutations = repIn.isPermutation() && repOut.isPermutation();
    const groups::BasisSummary summary = groups::summarizeBasis(repIn, repOut, !permutations);

    widgets::WeightSharingData data;
    data.title = GroupStudy::tr("%1 → %2 of %3")
                     .arg(QString::fromStdString(summary.in), QString::fromStdString(summary.out),
                          QString::fromStdString(summary.group));
    data.rows = summary.dimOut;
    data.cols = summary.dimIn;
    data.dimension = summary.dimension;
    data.characterDimension = summary.characterDimension;
    data.method = widgets::basisMethod(summary.method);

    // One random equivariant matrix, the same every time (a fixed seed): W = Σ c_j W_j.
    std::mt19937 random(20261127u);
    std::vector<double> coefficients(static_cast<std::size_t>(summary.dimension));
    for (double& c : coefficients) {
        c = 2.0 * (static_cast<double>(random()) / std::mt19937::max()) - 1.0;
    }
    const auto cells = static_cast<std::size_t>(data.rows) * data.cols;
    data.cellBasis.assign(cells, -1);
    data.values.assign(cells, 0.0);
    if (!summary.orbitOf.empty()) {
        data.cellBasis = summary.orbitOf;
        for (std::size_t i = 0; i < cells; ++i) {
            data.values[i] = coefficients[static_cast<std::size_t>(summary.orbitOf[i])];
        }
    } else if (summary.basis) {
        const auto& basis = *summary.basis;
        std::vector<double> strongest(cells, 1e-9);
        for (int j = 0; j < basis.dimension(); ++j) {
            const Eigen::MatrixXd w = basis.matrix(j);  // rows × cols
            for (int r = 0; r < data.rows; ++r) {
                for (int c = 0; c < data.cols; ++c) {
                    const std::size_t i = static_cast<std::size_t>(r) * data.cols + c;
                    data.values[i] += coefficients[static_cast<std::size_t>(j)] * w(r, c);
                    if (std::abs(w(r, c)) > strongest[i]) {
                        strongest[i] = std::abs(w(r, c));
                        data.cellBasis[i] = j;
                    }
                }
            }
        }
    }
    double largest = 0.0;
    for (double v : data.values) {
        largest = std::max(largest, std::abs(v));
    }
    if (largest > 0) {
        for (double& v : data.values) {
            v /= largest;
        }
    }
    return data;
}

std::pair<QString, QString> defaultWeightSharingPair(const QString& name) {
    const auto group = groups::makeGroup(name.toStdString());
    if (group->hasNatural()) {
        return {QStringLiteral("perm"), QStringLiteral("perm")};
    }
    return {QStringLiteral("std"), QStringLiteral("std")};
}

}  // namespace eqlab::app
