#include "app/lab_experiment.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

#include "app/experiment_lessons.h"
#include "compute/core/error.h"
#include "compute/data/task_kinds.h"

namespace eqlab::app {

namespace {
struct LabExperimentText {
    Q_DECLARE_TR_FUNCTIONS(LabExperiment)
};
}  // namespace

widgets::ExperimentSettings settingsOf(const io::ExperimentSpec& spec) {
    widgets::ExperimentSettings s;
    s.group = QString::fromStdString(spec.group);
    s.seed = spec.seed;
    s.steps = spec.steps;
    s.learningRate = spec.learningRate;
    return s;
}

io::ExperimentSpec withSettings(io::ExperimentSpec spec, const widgets::ExperimentSettings& s) {
    if (!s.group.isEmpty()) {
        spec.group = s.group.toStdString();
    }
    spec.seed = s.seed;
    spec.steps = s.steps;
    spec.learningRate = s.learningRate;
    return spec;
}

std::vector<train::FilterImage> sampleThumbnails(const io::ExperimentSpec& spec, int count) {
    const data::TaskKind* kind = data::findTaskKind(spec.task.kind);
    if (!kind) {
        throw Error(ErrorKind::Parse, "task.kind: unknown task '" + spec.task.kind + "'");
    }
    const data::TaskData task =
        data::makeTask(*kind, io::resolveTaskFiles(spec.task, spec.directory).params, spec.seed);
    std::vector<train::FilterImage> images;
    const Eigen::Index n = std::min<Eigen::Index>(count, task.X.cols());
    const int channels = std::max(1, task.imageChannels);
    for (Eigen::Index s = 0; s < n; ++s) {
        train::FilterImage image;
        image.label = "sample " + std::to_string(s);
        image.subject = train::FilterImage::Subject::Sample;
        image.index = static_cast<int>(s);
        if (task.imageHeight > 0 && task.imageWidth > 0) {
            image.height = task.imageHeight;
            image.width = task.imageWidth;
            for (int p = 0; p < image.height * image.width; ++p) {
                image.pixels.push_back(task.X(p * channels, s));  // the first channel (HWC)
            }
        } else {
            image.height = 1;
            image.width = static_cast<int>(task.X.rows());
            image.pixels.assign(task.X.col(s).data(), task.X.col(s).data() + task.X.rows());
        }
        images.push_back(std::move(image));
    }
    return images;
}

QStringList runLines(const io::ExperimentSpec& spec, const train::SessionSnapshot& snapshot) {
    QStringList lines;
    for (std::size_t r = 0; r < snapshot.runs.size(); ++r) {
        const auto& run = snapshot.runs[r];
        QString line = QString::fromStdString(run.label);
        if (r < spec.runs.size()) {
            line += QStringLiteral(" — ") + describeArchitecture(spec.runs[r]);
        }
        line += LabExperimentText::tr(": %1 parameters").arg(run.parameterCount);
        if (run.divergence) {
            line += LabExperimentText::tr(" — %1").arg(QString::fromUtf8(run.divergence->detail()));
        }
        lines << line;
    }
    return lines;
}

}  // namespace eqlab::app
