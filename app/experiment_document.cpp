#include "app/experiment_document.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>

#include "compute/core/error.h"
#include "compute/io/atomic_file.h"

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

void ExperimentDocument::restore(const io::ExperimentSpec& spec, const QString& path,
                                 std::optional<ExperimentLesson> lesson, bool modified) {
    QString savedText = canonical(spec);
    if (modified) {
        savedText.clear();
        if (!path.isEmpty()) {
            try {
                savedText = canonical(io::readExperimentFile(path.toStdString()));
            } catch (const Error&) {
                // The file went away or broke since: the restored document is simply modified.
            }
        } else if (lesson) {
            savedText = canonical(lesson->spec);
        }
    }
    replace(spec, path, savedText, std::move(lesson));
}

void ExperimentDocument::replace(const io::ExperimentSpec& spec, const QString& path,
                                 const QString& savedText, std::optional<ExperimentLesson> lesson) {
    spec_ = spec;
    original_ = spec;
    variant_ = -1;
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
    // A variant names fields by position ("runs[1].augment"): after an edit of the runs it may
    // point elsewhere, and a file keeping it would not read back. Keep the ones that still apply.
    auto& variants = spec_.variants;
    variants.erase(std::remove_if(variants.begin(), variants.end(),
                                  [this](const io::VariantSpec& variant) {
                                      try {
                                          io::applyVariant(spec_, variant);
                                          return false;
                                      } catch (const Error&) {
                                          return true;
                                      }
                                  }),
                   variants.end());
    emit specChanged();
    updateModified();
}

void ExperimentDocument::applyVariant(int variant) {
    const auto& variants = original_.variants;
    io::ExperimentSpec spec = original_;
    if (variant >= 0) {
        spec = io::applyVariant(original_, variants.at(static_cast<std::size_t>(variant)));
    }
    spec_ = spec;
    variant_ = variant >= 0 ? variant : -1;
    if (lesson_ && path_.isEmpty()) {
        savedText_ = canonical(spec_);
    }
    emit specChanged();
    updateModified();
}

void ExperimentDocument::saveAs(const QString& path) {
    // Relative data and group files keep working from the new folder: they become absolute.
    const QString folder = QFileInfo(path).absolutePath();
    if (QDir(folder) != QDir(QString::fromStdString(spec_.directory))) {
        io::ExperimentSpec moved = io::withFilesResolved(spec_);
        moved.directory = folder.toStdString();
        const bool changed = canonical(moved) != canonical(spec_);
        spec_ = std::move(moved);
        if (changed) {
            emit specChanged();
        }
    }
    const QString text = canonicalText();
    // Never write a file eqlab would refuse to read back: the error names what is wrong.
    io::parseExperiment(text.toStdString(), QFileInfo(path).fileName().toStdString());
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
