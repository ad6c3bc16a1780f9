#include "app/orbit_study.h"

#include <QCoreApplication>

namespace eqlab::app {

OrbitStudy studyOrbit(const QString& group, const QString& representation,
                      const QVector<double>& point) {
    auto g = groups::makeGroup(group.toStdString());
    auto rep = groups::makeRepresentation(g, representation.toStdString());
    Eigen::VectorXd x;
    if (point.size() == rep.dim()) {
        x = Eigen::Map<const Eigen::VectorXd>(point.constData(), point.size());
    } else {
        x = metrics::genericPoint(rep.dim());
    }
    auto embedding = metrics::embedOrbit(rep, x);
    std::vector<double> displacement;
    for (int element = 0; element < g->order(); ++element) {
        displacement.push_back((rep.matrix(element) * x - x).norm());
    }
    return OrbitStudy{std::move(g), std::move(rep), std::move(x), std::move(embedding),
                      std::move(displacement)};
}

QStringList generatorNames(const groups::Group& group) {
    QStringList names;
    const auto& generators = group.generators();
    for (std::size_t s = 0; s < generators.size(); ++s) {
        const QChar letter = QChar(u'a' + static_cast<char16_t>(s % 26));
        names << QCoreApplication::translate("OrbitStudy", "generator %1 (order %2)")
                     .arg(letter)
                     .arg(group.elementOrder(generators[s]));
    }
    return names;
}

widgets::OrbitScene orbitScene(const OrbitStudy& study) {
    widgets::OrbitScene scene;
    const auto& e = study.embedding;
    scene.title = QCoreApplication::translate("OrbitStudy", "%1 acting by %2: orbit of %3 points")
                      .arg(QString::fromStdString(study.group->name()),
                           QString::fromStdString(study.representation.text()))
                      .arg(e.distinctPoints);
    scene.points.reserve(static_cast<std::size_t>(e.points.cols()));
    for (Eigen::Index g = 0; g < e.points.cols(); ++g) {
        scene.points.push_back({e.points(0, g), e.points(1, g), e.points(2, g)});
    }
    for (const auto& edge : e.edges) {
        scene.edges.push_back({edge.from, edge.to, edge.generator});
    }
    scene.generatorNames = generatorNames(*study.group);
    return scene;
}

}  // namespace eqlab::app
