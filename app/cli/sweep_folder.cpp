#include "app/cli/sweep_folder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "app/experiment_lessons.h"
#include "compute/core/error.h"
#include "compute/core/json.h"
#include "compute/io/atomic_file.h"

namespace eqlab::app {

LoadedSweep loadSweep(const QString& sweepFile) {
    LoadedSweep loaded;
    const std::string source = sweepFile.toStdString();
    loaded.spec = io::readSweepFile(source);
    io::ExperimentSpec base;
    if (!loaded.spec.lesson.empty()) {
        const auto lesson = loadExperimentLesson(QString::fromStdString(loaded.spec.lesson));
        if (!lesson) {
            throw Error(ErrorKind::Parse, source + ": field 'lesson': no lesson named '" +
                                              loaded.spec.lesson + "' (eqlab presets lists them)");
        }
        base = lesson->spec;
    } else {
        // Relative to the sweep file, so that a sweep and its experiment travel together.
        const QString path =
            QFileInfo(sweepFile).dir().filePath(QString::fromStdString(loaded.spec.experimentFile));
        if (!QFileInfo::exists(path)) {
            throw Error(ErrorKind::Parse,
                        source + ": field 'experiment': no file " + path.toStdString());
        }
        base = io::readExperimentFile(path.toStdString());
    }
    loaded.runs = io::expandSweep(loaded.spec, base, source);
    loaded.manifest = io::manifestOf(loaded.spec, loaded.runs);
    return loaded;
}

QString runFolder(const QString& dir, const std::string& run) {
    return QDir(dir).filePath(QString::fromStdString(run));
}

void prepareSweepFolder(const LoadedSweep& sweep, const QString& dir) {
    if (!QDir().mkpath(dir)) {
        throw Error(ErrorKind::Io, "cannot create the folder " + dir.toStdString());
    }
    const QString manifestPath = QDir(dir).filePath(QString::fromLatin1(io::kManifestFile));
    const std::string manifest = io::manifestToJson(sweep.manifest);
    if (QFileInfo::exists(manifestPath)) {
        // Resuming: the folder must hold this very sweep, or results would mix.
        if (json::readFile(manifestPath.toStdString()) != manifest) {
            throw Error(ErrorKind::InvalidArgument,
                        dir.toStdString() +
                            " holds the results of another sweep (its sweep.json differs); "
                            "choose another --out");
        }
    } else {
        io::writeFileAtomically(manifestPath.toStdString(), manifest);
    }
    for (const auto& run : sweep.runs) {
        if (runState(dir, run.name) != RunState::Incomplete) {
            continue;
        }
        const QString folder = runFolder(dir, run.name);
        if (!QDir().mkpath(folder)) {
            throw Error(ErrorKind::Io, "cannot create the folder " + folder.toStdString());
        }
        io::writeFileAtomically(
            QDir(folder).filePath(QStringLiteral("experiment.json")).toStdString(),
            io::experimentToJson(run.spec));
    }
}

io::SweepManifest readSweepFolder(const QString& dir) {
    const QString path = QDir(dir).filePath(QString::fromLatin1(io::kManifestFile));
    if (!QFileInfo::exists(path)) {
        throw Error(ErrorKind::Io,
                    path.toStdString() + ": no such file (is this the --out folder of a sweep?)");
    }
    return io::parseManifest(json::readFile(path.toStdString()), path.toStdString());
}

RunState runState(const QString& dir, const std::string& run) {
    QFile marker(QDir(runFolder(dir, run)).filePath(QString::fromLatin1(io::kRunCompleteMarker)));
    if (!marker.open(QIODevice::ReadOnly)) {
        return RunState::Incomplete;
    }
    const QByteArray status = marker.readAll().trimmed();
    if (status == "finished") {
        return RunState::Finished;
    }
    return status == "diverged" ? RunState::Diverged : RunState::Incomplete;
}

}  // namespace eqlab::app
