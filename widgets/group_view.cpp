#include "widgets/group_view.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "widgets/cayley_table_view.h"
#include "widgets/orbit_view.h"

namespace eqlab::widgets {

GroupView::GroupView(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    facts_ = new QLabel(this);
    facts_->setWordWrap(true);
    layout->addWidget(facts_);

    tabs_ = new QTabWidget(this);
    auto* graphPage = new QWidget(tabs_);
    auto* graphLayout = new QVBoxLayout(graphPage);
    graphLayout->setContentsMargins(0, 0, 0, 0);
    graph_ = new OrbitView(graphPage);
    labels_ = new QCheckBox(tr("Show element &labels"), graphPage);
    labels_->setToolTip(tr("Write each element's name beside its point (Alt+L)"));
    graphLayout->addWidget(graph_, 1);
    graphLayout->addWidget(labels_);
    tabs_->addTab(graphPage, tr("Cayley graph"));

    table_ = new CayleyTableView(tabs_);
    tabs_->addTab(table_, tr("Multiplication table"));

    characters_ = new QTableWidget(tabs_);
    characters_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    characters_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tabs_->addTab(characters_, tr("Character table"));
    tabs_->setTabToolTip(0, tr("The group's elements as points, joined by its generators"));
    tabs_->setTabToolTip(1, tr("Row a, column b: the colour and name of the product a·b"));
    tabs_->setTabToolTip(2, tr("The characters of the irreducible representations"));
    layout->addWidget(tabs_, 1);

    connect(labels_, &QCheckBox::toggled, graph_, &OrbitView::setLabelsVisible);
}

void GroupView::setGroup(const GroupViewData& data) {
    data_ = data;
    facts_->setText(data.facts);
    graph_->setScene(data.cayleyGraph);
    table_->setTable(data.order, data.table, data.elementLabels);

    characters_->clear();
    characters_->setRowCount(static_cast<int>(data.irrepHeaders.size()));
    characters_->setColumnCount(static_cast<int>(data.classHeaders.size()));
    characters_->setHorizontalHeaderLabels(data.classHeaders);
    characters_->setVerticalHeaderLabels(data.irrepHeaders);
    for (int i = 0; i < data.characters.size(); ++i) {
        for (int j = 0; j < data.characters[i].size(); ++j) {
            auto* item = new QTableWidgetItem(data.characters[i][j]);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            characters_->setItem(i, j, item);
        }
    }
    characters_->setToolTip(
        tr("Rows: the irreducible characters over ℂ. Columns: conjugacy "
           "classes, as size: representative."));
}

}  // namespace eqlab::widgets
