#pragma once

// The group view's and the weight-sharing view's data, computed from the compute library's
// summaries (compute/groups/summary.h). The window and the tests build them here.

#include <QString>

#include "widgets/group_view_data.h"
#include "widgets/weight_sharing_data.h"

namespace eqlab::app {

// Throws eqlab::Error for an unknown group.
widgets::GroupViewData groupViewData(const QString& group);

// Throws eqlab::Error for an unknown group or a malformed representation.
widgets::WeightSharingData weightSharingData(const QString& group, const QString& in,
                                             const QString& out);

// The representation pair the weight-sharing view starts with: perm → perm when the group has a
// natural set, std → std otherwise.
std::pair<QString, QString> defaultWeightSharingPair(const QString& group);

}  // namespace eqlab::app
