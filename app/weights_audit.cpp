#include "app/weights_audit.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>
#include <QThreadPool>
#include <algorithm>
#include <variant>

#include "compute/core/error.h"
#include "compute/train/net_audit.h"

namespace eqlab::app {

widgets::LatticeViewData latticeViewData(const groups::SubgroupLattice& lattice,
                                         const metrics::SymmetryAudit& audit) {
    widgets::LatticeViewData data;
    data.group = QString::fromStdString(lattice.groupName);
    data.tolerance = audit.tolerance;
    for (std::size_t i = 0; i < lattice.subgroups.size(); ++i) {
        const groups::Subgroup& subgroup = lattice.subgroups[i];
        widgets::LatticeNode node;
        node.name = QString::fromStdString(subgroup.name);
        node.order = subgroup.order;
        for (const auto& label : subgroup.generatorLabels) {
            node.generators << QString::fromStdString(label);
        }
        node.error = audit.errors[i];
        node.conjugacyClass = subgroup.conjugacyClass;
        node.normal = subgroup.normal;
        node.respected = std::find(audit.respected.begin(), audit.respected.end(),
                                   static_cast<int>(i)) != audit.respected.end();
        data.nodes.push_back(std::move(node));
    }
    data.covers = lattice.covers;
    return data;
}

void WeightsAudit::start(const io::ExperimentSpec& spec, const QString& weightsPath,
                         double tolerance) {
    running_ = true;
    QPointer<WeightsAudit> self(this);
    const std::string path = weightsPath.toStdString();
    const QString fileName = QFileInfo(weightsPath).fileName();
    QThreadPool::globalInstance()->start([self, spec, path, fileName, tolerance] {
        // The audit is compute-only (no Qt widgets); the answer goes back by a queued call.
        std::variant<train::NetAudit, QString> outcome;
        try {
            const train::TrainedNet net = train::loadTrainedNet(spec, path);
            outcome = train::auditNet(net, std::string(), tolerance);
        } catch (const Error& error) {
            outcome = QString::fromUtf8(error.detail());
        } catch (const std::exception& error) {
            outcome = QString::fromUtf8(error.what());
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, outcome = std::move(outcome), fileName] {
                if (!self) {
                    return;
                }
                self->running_ = false;
                if (const auto* message = std::get_if<QString>(&outcome)) {
                    emit self->failed(*message);
                    return;
                }
                const auto& result = std::get<train::NetAudit>(outcome);
                QStringList respected;
                for (const int index : result.audit.respected) {
                    respected << QString::fromStdString(result.lattice.subgroups[index].name);
                }
                emit self->finished(latticeViewData(result.lattice, result.audit),
                                    tr("%1 respects %2 of %3 (%4 subgroups, tolerance %5)")
                                        .arg(fileName, respected.join(QStringLiteral(", ")),
                                             QString::fromStdString(result.lattice.groupName))
                                        .arg(result.lattice.subgroups.size())
                                        .arg(result.audit.tolerance, 0, 'g', 3));
            },
            Qt::QueuedConnection);
    });
}

}  // namespace eqlab::app
