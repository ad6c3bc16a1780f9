#include "app/experiment_document.h"

#include <QFileInfo>

#include "compute/io/run_files.h"

namespace eqlab::app {

namespace {
QString canonical(const io::ExperimentSpec& spec) {
    return QString::fromStdString(io::experimentToJson(spec));
}
}  // namespace

void ExperimentDocument::openLesson(const ExperimentLesson& lesson) {
    replace(lesson.spec, QString(), canonical(lesson.spec), lesson);
}

void ExperimentDocument::openFile(const QString& path) {
    const io::ExperimentSpec spec = io::readExperimentFile(path.toStdString());
    replace(spec, path, canonical(spec), std::nullopt);
}

void ExperimentDocument::openNew(const io::ExperimentSpec& spec) {
    replace(spec, QString(), QString(), std::nullopt);
}

void ExperimentDocument::replace(const io::ExperimentSpec& spec, const QString& path,
                                 const QString& savedText, std::optional<ExperimentLesson> lesson) {
    spec_ = spec;
    original_ = spec;
    savedText_ = savedText;
    lesson_ = std::move(lesson);
    const bool newPath = path != path_;
    path_ = path;
    if (newPath) {
        emit pathChanged(path_);
    }
    emit specChanged();
    updateModified();
}

void ExperimentDocument::setSpec(const io::ExperimentSpec& spec) {
    spec_ = spec;
    emit specChanged();
    updateModified();
}

void ExperimentDocument::saveAs(const QString& path) {
    const QString text = canonicalText();
    io::writeFileAtomically(path.toStdString(), text.toStdString());
    savedText_ = text;
    if (path != path_) {
        path_ = path;
        emit pathChanged(path_);
    }
    updateModified();
}

QString ExperimentDocument::displayName() const {
    if (!path_.isEmpty()) {
        return QFileInfo(path_).fileName();
    }
    if (lesson_) {
        return lesson_->name;
    }
    return tr("untitled");
}

QString ExperimentDocument::canonicalText() const {
    return canonical(spec_);
}

void ExperimentDocument::updateModified() {
    const bool modified = canonicalText() != savedText_;
    if (modified != modified_) {
        modified_ = modified;
        emit modifiedChanged(modified_);
    }
}

QString withExperimentSuffix(const QString& path) {
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        return path;
    }
    return path + QStringLiteral(".eqlab.json");
}

}  // namespace eqlab::app
