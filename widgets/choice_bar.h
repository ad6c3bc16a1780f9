#pragma once

// ChoiceBar: a row of labelled combo boxes above a view ("Run: [mlp]  Layer: [dense 2]"). Setting
// new items keeps the current choice when it is still offered, so a view does not jump while the
// snapshots stream in.

#include <QStringList>
#include <QWidget>
#include <vector>

class QComboBox;
class QHBoxLayout;

namespace eqlab::widgets {

class ChoiceBar : public QWidget {
    Q_OBJECT

public:
    explicit ChoiceBar(QWidget* parent = nullptr);

    // Adds a labelled combo box; returns its index for the calls below.
    int addChoice(const QString& label, const QString& toolTip);
    void setItems(int choice, const QStringList& items);
    int currentIndex(int choice) const;
    QString currentText(int choice) const;
    void setCurrentIndex(int choice, int index);
    // Shows or hides a choice with its label (a choice with nothing to pick from).
    void setChoiceVisible(int choice, bool visible);
    QComboBox* combo(int choice) const { return combos_[static_cast<std::size_t>(choice)]; }

signals:
    void changed();

private:
    QHBoxLayout* layout_ = nullptr;
    std::vector<QComboBox*> combos_;
    std::vector<QWidget*> labels_;
};

}  // namespace eqlab::widgets
