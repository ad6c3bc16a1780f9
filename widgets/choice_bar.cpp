#include "widgets/choice_bar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace eqlab::widgets {

ChoiceBar::ChoiceBar(QWidget* parent) : QWidget(parent) {
    layout_ = new QHBoxLayout(this);
    layout_->setContentsMargins(4, 2, 4, 2);
    layout_->addStretch(1);
}

int ChoiceBar::addChoice(const QString& label, const QString& toolTip) {
    auto* text = new QLabel(label, this);
    auto* combo = new QComboBox(this);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->setToolTip(toolTip);  // every control explains itself (tests/gui/test_accessibility)
    text->setBuddy(combo);
    const int at = layout_->count() - 1;  // before the stretch
    layout_->insertWidget(at, text);
    layout_->insertWidget(at + 1, combo);
    combos_.push_back(combo);
    labels_.push_back(text);
    connect(combo, &QComboBox::currentIndexChanged, this, [this] { emit changed(); });
    return static_cast<int>(combos_.size()) - 1;
}

void ChoiceBar::setItems(int choice, const QStringList& items) {
    QComboBox* box = combo(choice);
    QStringList current;
    for (int i = 0; i < box->count(); ++i) {
        current << box->itemText(i);
    }
    if (current == items) {
        return;  // the usual case while training: nothing to do, no signal
    }
    const QString chosen = box->currentText();
    {
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItems(items);
        const int keep = items.indexOf(chosen);
        box->setCurrentIndex(keep >= 0 ? keep : (items.isEmpty() ? -1 : 0));
    }
    box->setEnabled(items.size() > 1);
    if (box->currentText() != chosen) {
        emit changed();
    }
}

int ChoiceBar::currentIndex(int choice) const {
    return combo(choice)->currentIndex();
}

QString ChoiceBar::currentText(int choice) const {
    return combo(choice)->currentText();
}

void ChoiceBar::setCurrentIndex(int choice, int index) {
    combo(choice)->setCurrentIndex(index);
}

void ChoiceBar::setChoiceVisible(int choice, bool visible) {
    labels_[static_cast<std::size_t>(choice)]->setVisible(visible);
    combo(choice)->setVisible(visible);
}

}  // namespace eqlab::widgets
