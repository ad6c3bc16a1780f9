#include "widgets/training_progress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <cmath>
#include <limits>

namespace eqlab::widgets {

TrainingProgress::TrainingProgress(QWidget* parent) : QWidget(parent) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    bar_ = new QProgressBar(this);
    bar_->setMinimumWidth(180);
    bar_->setRange(0, 1);
    bar_->setValue(0);
    bar_->setFormat(tr("step %v of %m"));
    label_ = new QLabel(this);
    label_->setMinimumWidth(200);
    layout->addWidget(bar_);
    layout->addWidget(label_);
}

void TrainingProgress::restart() {
    samples_.clear();
    rate_ = 0.0;
    eta_ = -1.0;
    label_->clear();
}

void TrainingProgress::update(qint64 step, qint64 total, double seconds, bool running) {
    // The bar's range is an int: runs longer than 2^31 steps are shown in proportion.
    const double scale = total > std::numeric_limits<int>::max()
                             ? static_cast<double>(std::numeric_limits<int>::max()) / total
                             : 1.0;
    // QProgressBar::setValue() repaints synchronously; in a window with OpenGL views that is a
    // whole-window composition per snapshot (measured: the largest share of the GUI thread while
    // training). With updates off it only marks the bar dirty, for the next regular repaint.
    bar_->setUpdatesEnabled(false);
    bar_->setRange(0, static_cast<int>(std::max<qint64>(total, 1) * scale));
    bar_->setValue(static_cast<int>(step * scale));
    bar_->setUpdatesEnabled(true);

    if (!samples_.empty() && step < samples_.back().second) {
        samples_.clear();  // a reset
    }
    if (!running) {
        samples_.clear();  // the speed of a paused run is not a speed
        rate_ = 0.0;
        eta_ = -1.0;
    } else {
        samples_.emplace_back(seconds, step);
        while (samples_.size() > 2 && seconds - samples_.front().first > kWindowSeconds) {
            samples_.pop_front();
        }
        const double dt = samples_.back().first - samples_.front().first;
        const double ds = static_cast<double>(samples_.back().second - samples_.front().second);
        rate_ = dt > 0.2 ? ds / dt : rate_;  // wait for a fifth of a second before the first guess
        eta_ = rate_ > 0 ? static_cast<double>(total - step) / rate_ : -1.0;
    }
    label_->setText(text());
}

QString TrainingProgress::text() const {
    if (rate_ <= 0) {
        return QString();
    }
    return tr("%1 steps/s · %2 left")
        .arg(rate_ >= 100 ? QString::number(std::lround(rate_)) : QString::number(rate_, 'f', 1),
             formatDuration(eta_));
}

QString TrainingProgress::formatDuration(double seconds) {
    const qint64 s = std::max<qint64>(0, std::llround(seconds));
    if (s >= 3600) {
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    }
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

}  // namespace eqlab::widgets
