#pragma once

// WeightSharingSolver: solves for the equivariant linear maps between two representations (the
// weight-sharing view's data) on a pool thread, so that the window stays responsive: the
// catalogue's pairs take milliseconds, dense ones such as grid:28 → grid:28 of D4 a second or
// more. The newest request wins: a result that a later request has superseded is dropped.

#include <QObject>
#include <QString>

#include "widgets/weight_sharing_data.h"

namespace eqlab::app {

class WeightSharingSolver : public QObject {
    Q_OBJECT

public:
    explicit WeightSharingSolver(QObject* parent = nullptr);

    // Starts solving; the result arrives as solved() or failed() on this object's thread.
    void solve(const QString& group, const QString& in, const QString& out);
    // Some request has not finished yet.
    bool busy() const { return running_ > 0; }

signals:
    void solved(const widgets::WeightSharingData& data);
    void failed(const QString& problem);  // eqlab::Error's detail: bad group or representation

private:
    quint64 latest_ = 0;
    int running_ = 0;
};

}  // namespace eqlab::app
