#pragma once

// ExperimentDocument: the experiment the lab edits — where it came from (a built-in lesson, a
// file, or nothing yet), what it is now, and whether that differs from what was opened or last
// saved. "Differs" compares canonical texts (io::experimentToJson), so an edit that is undone
// leaves the document unmodified, and a saved file reopens to the identical text.
//
// Files are read with io::readExperimentFile and written atomically (temporary + rename): a
// failed save leaves the old file as it was. Errors come back as eqlab::Error, whose detail names
// the file and the problem.

#include <QObject>
#include <QString>
#include <optional>

#include "app/experiment_lessons.h"
#include "compute/io/experiment.h"

namespace eqlab::app {

class ExperimentDocument : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    // The lesson's experiment, untitled (Save asks for a file name), unmodified.
    void openLesson(const ExperimentLesson& lesson);
    // Reads and validates the file; throws eqlab::Error (the document is unchanged then).
    void openFile(const QString& path);
    // A spec made elsewhere (e.g. from user data), untitled and modified.
    void openNew(const io::ExperimentSpec& spec);

    // A document as an autosave kept it (app/autosave.h): the spec, the file it belongs to (may be
    // empty) and the lesson it came from. Modified when `modified`, unless the spec equals the
    // file's (or, untitled, the lesson's) after all; the file is compared with when it is there.
    void restore(const io::ExperimentSpec& spec, const QString& path,
                 std::optional<ExperimentLesson> lesson, bool modified);

    // An edit: the new spec (specChanged, and modifiedChanged when that changes). Variants that
    // no longer apply to it are dropped (the original keeps them all).
    void setSpec(const io::ExperimentSpec& spec);
    // One of the original's variants applied to the original (io::applyVariant), or -1: the
    // original itself. For a lesson not saved to a file, a variant is the lesson's own offer, not
    // an edit: the document stays unmodified. Throws eqlab::Error when the variant does not apply.
    void applyVariant(int variant);
    // The variant applied last (-1: none); edits after it keep it.
    int variant() const { return variant_; }
    // Writes the canonical text to path (which becomes the document's); throws eqlab::Error.
    void saveAs(const QString& path);

    const io::ExperimentSpec& spec() const { return spec_; }
    QString path() const { return path_; }  // empty: untitled
    // The file name, or the lesson's name, or "untitled".
    QString displayName() const;
    bool isModified() const { return modified_; }
    // The built-in lesson the document started from (its text and variants), if any.
    const std::optional<ExperimentLesson>& lesson() const { return lesson_; }
    // The spec as opened (the lesson's own, or the file's): what "back to the lesson" restores.
    const io::ExperimentSpec& original() const { return original_; }
    // The canonical text of the current spec.
    QString canonicalText() const;

signals:
    void specChanged();
    void modifiedChanged(bool modified);
    void pathChanged(const QString& path);

private:
    void replace(const io::ExperimentSpec& spec, const QString& path, const QString& savedText,
                 std::optional<ExperimentLesson> lesson);
    void updateModified();

    io::ExperimentSpec spec_, original_;
    QString path_;
    QString savedText_;  // canonical text of what was opened or last saved ("" for new)
    bool modified_ = false;
    int variant_ = -1;
    std::optional<ExperimentLesson> lesson_;
};

// ".eqlab.json" appended when the name has no ".json" ending.
QString withExperimentSuffix(const QString& path);

}  // namespace eqlab::app
