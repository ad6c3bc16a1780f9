#include "app/autosave.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QStandardPaths>
#include <memory>
#include <mutex>

#include "app/experiment_document.h"
#include "app/lab_editor.h"
#include "app/main_window.h"
#include "app/training_controller.h"
#include "compute/core/error.h"
#include "compute/core/json.h"
#include "compute/io/atomic_file.h"
#include "compute/io/safetensors.h"
#include "compute/train/run_history.h"
#include "compute/train/session.h"

namespace eqlab::app {

namespace {

constexpr const char* kManifestFormat = "eqlab-autosave 1";
const QString kManifest = QStringLiteral("manifest.json");

// Between the training thread writing a manifest and finish() removing the folder: a save that
// was under way when the window closed must not leave a manifest behind.
struct ManifestGuard {
    std::mutex mutex;
    bool finished = false;
};

std::string local(const QString& path) {
    return QFile::encodeName(path).toStdString();
}

// Writes the runs' weights and histories of save `number` and then its manifest; the file names
// go into the manifest. session may be null (nothing trains): the manifest names no runs then.
qint64 writeRunsAndManifest(train::ExperimentSession* session, const QString& folder, qint64 number,
                            QJsonObject manifest, ManifestGuard& guard) {
    const auto file = [&](const QString& name) { return QDir(folder).filePath(name); };
    qint64 step = 0;
    QJsonArray weights;
    QString history;
    if (session) {
        for (int run = 0; run < session->runCount(); ++run) {
            const QString name = QStringLiteral("weights-%1-%2.safetensors").arg(number).arg(run);
            io::writeSafetensors(local(file(name)), session->weights(run));
            weights.append(name);
        }
        history = QStringLiteral("history-%1.json").arg(number);
        io::writeFileAtomically(local(file(history)), train::historiesToJson(session->histories()));
        step = session->stepsDone();
    }
    manifest[QStringLiteral("step")] = step;
    manifest[QStringLiteral("weights")] = weights;
    manifest[QStringLiteral("history")] = history;
    std::lock_guard lock(guard.mutex);
    if (!guard.finished) {
        io::writeFileAtomically(local(file(kManifest)),
                                QJsonDocument(manifest).toJson().toStdString());
    }
    return step;
}

// A member of the manifest, of the expected JSON type; Error naming the file and the member.
QJsonValue member(const QJsonObject& manifest, const QString& key, QJsonValue::Type type,
                  const QString& file) {
    const QJsonValue value = manifest.value(key);
    if (value.type() != type) {
        throw Error(ErrorKind::Parse,
                    QStringLiteral("%1: '%2' %3")
                        .arg(file, key,
                             value.isUndefined() ? QStringLiteral("is missing")
                                                 : QStringLiteral("has the wrong type"))
                        .toStdString());
    }
    return value;
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(ErrorKind::Io,
                    QStringLiteral("%1: %2").arg(path, file.errorString()).toStdString());
    }
    return file.readAll();
}

// What a restore reads before it changes anything in the window.
struct Saved {
    io::ExperimentSpec spec;
    QString path, lesson;
    bool modified = false;
    QByteArray layout;
    std::vector<io::SafetensorsFile> weights;
    QStringList weightFiles;
    std::vector<train::RunHistory> histories;
    QString historyFile;
};

Saved readSaved(const QString& folder) {
    const auto file = [&](const QString& name) { return QDir(folder).filePath(name); };
    const QString manifestFile = file(kManifest);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(readAll(manifestFile), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        throw Error(ErrorKind::Parse, QStringLiteral("%1: not a JSON object (%2 at offset %3)")
                                          .arg(manifestFile, parseError.errorString())
                                          .arg(parseError.offset)
                                          .toStdString());
    }
    const QJsonObject manifest = document.object();
    const QString format =
        member(manifest, QStringLiteral("format"), QJsonValue::String, manifestFile).toString();
    if (format != QLatin1String(kManifestFormat)) {
        throw Error(ErrorKind::Parse, QStringLiteral("%1: format '%2', expected '%3'")
                                          .arg(manifestFile, format, QLatin1String(kManifestFormat))
                                          .toStdString());
    }
    const auto string = [&](const char* key) {
        return member(manifest, QLatin1String(key), QJsonValue::String, manifestFile).toString();
    };
    // Names in the manifest are plain file names inside the folder.
    const auto inside = [&](const QString& name) {
        if (name.isEmpty() || name.contains(QLatin1Char('/')) ||
            name.startsWith(QLatin1Char('.'))) {
            throw Error(ErrorKind::Parse, QStringLiteral("%1: '%2' is not a file of the autosave")
                                              .arg(manifestFile, name)
                                              .toStdString());
        }
        return file(name);
    };

    Saved saved;
    const QString experimentFile = inside(string("experiment"));
    saved.spec = io::parseExperiment(readAll(experimentFile).toStdString(), local(experimentFile));
    saved.spec.directory = local(string("directory"));
    saved.path = string("path");
    saved.lesson = string("lesson");
    saved.modified =
        member(manifest, QStringLiteral("modified"), QJsonValue::Bool, manifestFile).toBool();
    saved.layout = readAll(inside(string("layout")));
    const QJsonArray weights =
        member(manifest, QStringLiteral("weights"), QJsonValue::Array, manifestFile).toArray();
    for (const QJsonValue& name : weights) {
        const QString path = inside(name.toString());
        saved.weights.push_back(io::readSafetensors(local(path)));
        saved.weightFiles << path;
    }
    if (const QString history = string("history"); !history.isEmpty()) {
        saved.historyFile = inside(history);
        saved.histories = train::historiesFromJson(readAll(saved.historyFile).toStdString(),
                                                   local(saved.historyFile));
    }
    if (!weights.isEmpty() && (weights.size() != static_cast<qsizetype>(saved.spec.runs.size()) ||
                               saved.histories.size() != saved.spec.runs.size())) {
        throw Error(ErrorKind::Parse, QStringLiteral("%1: %2 weight files and %3 histories for "
                                                     "an experiment of %4 runs")
                                          .arg(manifestFile)
                                          .arg(weights.size())
                                          .arg(saved.histories.size())
                                          .arg(saved.spec.runs.size())
                                          .toStdString());
    }
    return saved;
}

}  // namespace

struct Autosave::Guard : ManifestGuard {};

Autosave::Autosave(MainWindow* window)
    : QObject(window),
      window_(window),
      guard_(std::make_shared<Guard>()),
      folder_(defaultFolder()) {
    timer_.setInterval(kDefaultIntervalMs);
    connect(&timer_, &QTimer::timeout, this, &Autosave::saveNow);
    number_ = QDateTime::currentMSecsSinceEpoch();  // later than any save of an earlier start
}

QString Autosave::defaultFolder() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("session"));
}

void Autosave::setFolder(const QString& folder) {
    folder_ = folder;
}

void Autosave::setInterval(int milliseconds) {
    timer_.setInterval(milliseconds);
}

QString Autosave::path(const QString& name) const {
    return QDir(folder_).filePath(name);
}

bool Autosave::isPending() const {
    return QFileInfo::exists(path(kManifest));
}

void Autosave::start() {
    owned_ = true;
    {
        std::lock_guard lock(guard_->mutex);
        guard_->finished = false;
    }
    timer_.start();
}

void Autosave::saveNow() {
    // Empty: the lab holds no experiment (the window shows the group explorer's lesson).
    if (saving_ || !owned_ || window_->controller()->state() == TrainingController::State::Empty) {
        return;
    }
    const QString text = window_->lab()->document()->canonicalText();
    const QByteArray layout = window_->layoutState();
    const auto latest = window_->controller()->latest();
    const std::uint64_t history = latest ? latest->history : 0;
    const qint64 step = latest ? latest->step : 0;
    if (text == savedText_ && layout == savedLayout_ && history == savedHistory_ &&
        step == savedStep_) {
        return;  // nothing changed
    }
    savedText_ = text;
    savedLayout_ = layout;
    savedHistory_ = history;
    savedStep_ = step;
    writeSave();
}

void Autosave::writeSave() {
    const qint64 number = number_++;
    const ExperimentDocument* document = window_->lab()->document();
    const QString text = savedText_;
    QJsonObject manifest;
    try {
        if (!QDir().mkpath(folder_)) {
            throw Error(ErrorKind::Io, local(folder_) + ": cannot make the folder");
        }
        const QString experiment = QStringLiteral("experiment-%1.eqlab.json").arg(number);
        io::writeFileAtomically(local(path(experiment)), text.toStdString());
        const QString layout = QStringLiteral("layout-%1.bin").arg(number);
        io::writeFileAtomically(local(path(layout)), savedLayout_.toStdString());
        manifest = QJsonObject{
            {QStringLiteral("format"), QLatin1String(kManifestFormat)},
            {QStringLiteral("number"), number},
            {QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {QStringLiteral("experiment"), experiment},
            {QStringLiteral("directory"), QString::fromStdString(document->spec().directory)},
            {QStringLiteral("path"), document->path()},
            {QStringLiteral("lesson"), document->lesson() ? document->lesson()->name : QString()},
            {QStringLiteral("modified"), document->isModified()},
            {QStringLiteral("layout"), layout},
        };
    } catch (const std::exception& error) {
        finishSave(number, -1, QString::fromUtf8(error.what()));
        return;
    }
    TrainingController* controller = window_->controller();
    std::shared_ptr<Guard> guard = guard_;
    saving_ = true;
    QPointer<Autosave> self(this);
    const QString folder = folder_;
    controller->runOnSession([self, folder, number, manifest, text,
                              guard](train::ExperimentSession* session) {
        qint64 step = -1;
        QString problem;
        try {
            // The experiment was edited since: its new session saves at the next interval.
            if (!session || QString::fromStdString(io::experimentToJson(session->spec())) == text) {
                step = writeRunsAndManifest(session, folder, number, manifest, *guard);
            }
        } catch (const std::exception& error) {
            problem = QString::fromUtf8(error.what());
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, number, step, problem] {
                if (self) {
                    self->finishSave(number, step, problem);
                }
            },
            Qt::QueuedConnection);
    });
}

void Autosave::finishSave(qint64 number, qint64 step, const QString& problem) {
    saving_ = false;
    {
        std::lock_guard lock(guard_->mutex);
        if (guard_->finished) {
            return;  // the window closed while this save was under way: nothing to keep
        }
    }
    if (step < 0) {
        savedText_.clear();  // not saved: try again at the next interval
        savedStep_ = -1;
        if (!problem.isEmpty()) {
            qWarning("eqlab: autosave failed: %s", qUtf8Printable(problem));
        }
        emit saveFailed(problem);
        return;
    }
    removeOtherSaves(number);
    emit saved(step);
}

void Autosave::removeOtherSaves(qint64 keep) const {
    // Files of earlier saves (and temporaries a killed save left), never the manifest's.
    const QString mine = QStringLiteral("-%1").arg(keep);
    const QDir dir(folder_);
    for (const QString& name : dir.entryList(QDir::Files)) {
        if (name == kManifest) {
            continue;
        }
        const QString stem = name.section(QLatin1Char('.'), 0, 0);
        if (!stem.endsWith(mine) && !stem.contains(mine + QLatin1Char('-'))) {
            QFile::remove(dir.filePath(name));
        }
    }
}

void Autosave::finish() {
    timer_.stop();
    if (!owned_) {
        return;
    }
    std::lock_guard lock(guard_->mutex);
    guard_->finished = true;
    QFile::remove(path(kManifest));  // first: a half-removed folder is never offered
    QDir(folder_).removeRecursively();
}

void Autosave::discard() {
    owned_ = true;
    QFile::remove(path(kManifest));
    QDir(folder_).removeRecursively();
}

void Autosave::setAside() {
    const QString target =
        folder_ + QStringLiteral("-broken-") +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-hhmmss-zzz"));
    if (QDir().rename(folder_, target)) {
        setAside_ = target;
        problem_ += QLatin1Char('\n') +
                    tr("The autosave was set aside in %1.").arg(QDir::toNativeSeparators(target));
    } else {
        setAside_.clear();
        problem_ +=
            QLatin1Char('\n') +
            tr("The autosave in %1 could not be set aside.").arg(QDir::toNativeSeparators(folder_));
    }
}

bool Autosave::restore() {
    problem_.clear();
    auto saved = std::make_shared<Saved>();
    try {
        *saved = readSaved(folder_);
    } catch (const Error& error) {
        problem_ = QString::fromUtf8(error.detail());
        setAside();
        return false;
    }
    owned_ = true;
    std::optional<ExperimentLesson> lesson;
    if (!saved->lesson.isEmpty()) {
        try {
            lesson = loadExperimentLesson(saved->lesson);
        } catch (const Error&) {
            // A lesson of another eqlab version: the experiment is restored without it.
        }
    }
    window_->lab()->openRestored(saved->spec, saved->path, std::move(lesson), saved->modified);
    if (saved->weights.empty()) {
        // Reported from the event loop, as when the weights are loaded on the training thread.
        QTimer::singleShot(0, this, [this, layout = saved->layout] {
            window_->restoreLayoutState(layout);
            emit restored(0);
        });
        return true;
    }
    QPointer<Autosave> self(this);
    const QByteArray layout = saved->layout;
    window_->controller()->runOnSession([self, saved, layout](train::ExperimentSession* session) {
        QString problem;
        qint64 step = 0;
        try {
            if (!session) {
                throw Error(ErrorKind::InvalidArgument, "the experiment could not be built");
            }
            for (std::size_t run = 0; run < saved->weights.size(); ++run) {
                session->loadWeights(static_cast<int>(run), saved->weights[run],
                                     local(saved->weightFiles[static_cast<qsizetype>(run)]));
            }
            session->restoreHistories(saved->histories, local(saved->historyFile));
            step = session->stepsDone();
        } catch (const std::exception& error) {
            problem = QString::fromUtf8(error.what());
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, problem, step, layout] {
                if (!self) {
                    return;
                }
                self->window_->restoreLayoutState(layout);
                if (problem.isEmpty()) {
                    emit self->restored(step);
                } else {
                    self->problem_ = problem;
                    self->setAside();
                    emit self->restoreFailed(self->problem_);
                }
            },
            Qt::QueuedConnection);
    });
    return true;
}

}  // namespace eqlab::app
