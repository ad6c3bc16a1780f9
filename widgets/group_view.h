#pragma once

// GroupView: a group's structure in three tabs — its Cayley graph in 3-D (edges coloured by
// generator, labels on demand), its multiplication table as a coloured grid, and its character
// table.

#include <QWidget>

#include "widgets/group_view_data.h"

class QCheckBox;
class QLabel;
class QTabWidget;
class QTableWidget;

namespace eqlab::widgets {

class CayleyTableView;
class OrbitView;

class GroupView : public QWidget {
    Q_OBJECT

public:
    explicit GroupView(QWidget* parent = nullptr);

    void setGroup(const GroupViewData& data);

    // The group last set (what the figures export).
    const GroupViewData& data() const { return data_; }
    OrbitView* cayleyGraphView() const { return graph_; }
    CayleyTableView* tableView() const { return table_; }
    QTableWidget* characterTableView() const { return characters_; }
    QTabWidget* tabs() const { return tabs_; }

private:
    GroupViewData data_;
    QLabel* facts_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    OrbitView* graph_ = nullptr;
    QCheckBox* labels_ = nullptr;
    CayleyTableView* table_ = nullptr;
    QTableWidget* characters_ = nullptr;
};

}  // namespace eqlab::widgets
