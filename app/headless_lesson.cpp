#include "app/headless_lesson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <optional>

#include "app/cli/console.h"
#include "app/cli/exit_codes.h"
#include "app/orbit_study.h"
#include "compute/core/error.h"
#include "compute/io/atomic_file.h"

namespace eqlab::app {

namespace {

struct HeadlessLessonText {
    Q_DECLARE_TR_FUNCTIONS(HeadlessLesson)
};

QByteArray orbitCsv(const OrbitStudy& study) {
    QByteArray csv = "element,x,y,z\n";
    const auto& points = study.embedding.points;
    for (Eigen::Index g = 0; g < points.cols(); ++g) {
        csv += QByteArray::number(g) + ',' + QByteArray::number(points(0, g), 'g', 17) + ',' +
               QByteArray::number(points(1, g), 'g', 17) + ',' +
               QByteArray::number(points(2, g), 'g', 17) + '\n';
    }
    return csv;
}

QByteArray summaryJson(const Lesson& lesson, const OrbitStudy& study) {
    QJsonArray point;
    for (double value : study.point) {
        point.append(value);
    }
    const auto& group = *study.group;
    QJsonObject json{
        {QStringLiteral("lesson"), lesson.name},
        {QStringLiteral("group"), QString::fromStdString(group.name())},
        {QStringLiteral("order"), group.order()},
        {QStringLiteral("generators"), static_cast<int>(group.generators().size())},
        {QStringLiteral("representation"), QString::fromStdString(study.representation.text())},
        {QStringLiteral("dimension"), study.representation.dim()},
        {QStringLiteral("point"), point},
        {QStringLiteral("orbit_size"), study.embedding.distinctPoints},
        {QStringLiteral("stabilizer_order"), study.stabilizerOrder()},
        {QStringLiteral("kept_variance"), study.embedding.keptVariance},
    };
    return QJsonDocument(json).toJson();
}

}  // namespace

int runHeadlessLesson(const Lesson& lesson, const QString& group, const QString& outDir) {
    std::optional<OrbitStudy> found;
    try {
        found =
            studyOrbit(group.isEmpty() ? lesson.group : group, lesson.representation, lesson.point);
    } catch (const Error& error) {
        printError(
            HeadlessLessonText::tr("eqlab: lesson '%1': %2\n").arg(lesson.name, error.detail()));
        return kExitUsage;
    }
    const OrbitStudy& study = *found;

    QDir dir(outDir);
    if (!dir.mkpath(QStringLiteral("."))) {
        printError(
            HeadlessLessonText::tr("eqlab: cannot create the results folder %1\n").arg(outDir));
        return kExitFailure;
    }
    const QString csvPath = dir.filePath(QStringLiteral("orbit.csv"));
    const QString jsonPath = dir.filePath(QStringLiteral("summary.json"));
    try {  // all or nothing, as `eqlab run` writes its files: never a half-written result
        io::writeFileAtomically(csvPath.toStdString(), orbitCsv(study).toStdString());
        io::writeFileAtomically(jsonPath.toStdString(), summaryJson(lesson, study).toStdString());
    } catch (const Error& error) {
        printError(HeadlessLessonText::tr("eqlab: cannot write results into %1: %2\n")
                       .arg(dir.absolutePath(), error.detail()));
        return kExitFailure;
    }
    printOut(HeadlessLessonText::tr(
                 "eqlab: lesson '%1': %2 acting on R^%3, the orbit of the point has %4 "
                 "points (stabilizer of order %5).\n")
                 .arg(lesson.name, QString::fromStdString(study.group->name()))
                 .arg(study.representation.dim())
                 .arg(study.embedding.distinctPoints)
                 .arg(study.stabilizerOrder()));
    printOut(HeadlessLessonText::tr("eqlab: results written to %1 (orbit.csv, summary.json)\n")
                 .arg(dir.absolutePath()));
    return kExitOk;
}

}  // namespace eqlab::app
