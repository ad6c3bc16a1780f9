#pragma once

// What the group view shows, as plain values (the application fills it from the compute
// library's GroupSummary).

#include <QString>
#include <QStringList>
#include <QVector>
#include <vector>

#include "widgets/orbit_scene.h"

namespace eqlab::widgets {

struct GroupViewData {
    QString name;
    int order = 0;
    QString facts;                    // one line: "order 8, non-abelian, 5 classes, ..."
    OrbitScene cayleyGraph;           // nodes = elements (labels = element names), edges a → s·a
    std::vector<int> table;           // order × order, row-major: a·b
    QStringList elementLabels;        // one per element: "e", "r", "r^2 s"
    QStringList classHeaders;         // one per conjugacy class: "2: r"
    QStringList irrepHeaders;         // one per irreducible: "χ0 (dim 1)"
    QVector<QStringList> characters;  // irreducibles × classes, formatted values
};

}  // namespace eqlab::widgets
