#pragma once

// WeightSharingView: the space of equivariant linear maps between two representations, drawn as
// the weight matrix whose cells are tied together — coloured by basis element (the sharing
// pattern) or by the values of one random equivariant matrix — with its dimension (the number of
// free parameters) and the character formula's value beside it. The user types the two
// representations; the view asks for them with representationsChanged() and draws what it is given.

#include <QWidget>

#include "widgets/weight_sharing_data.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace eqlab::widgets {

class MatrixPatternView;

class WeightSharingView : public QWidget {
    Q_OBJECT

public:
    explicit WeightSharingView(QWidget* parent = nullptr);

    QString inRepresentation() const;
    QString outRepresentation() const;
    void setRepresentations(const QString& in, const QString& out);

    void setData(const WeightSharingData& data);
    // A problem with the typed representations, shown instead of the matrix.
    void showProblem(const QString& problem);
    // While the maps are being solved for: says so (the last matrix stays until the new one).
    void showBusy(const QString& what);

    MatrixPatternView* matrixView() const { return matrix_; }
    // The maps last set (what the figures export).
    const WeightSharingData& data() const { return data_; }
    QString summaryText() const;

signals:
    void representationsChanged(const QString& in, const QString& out);

private:
    WeightSharingData data_;
    QLineEdit* in_ = nullptr;
    QLineEdit* out_ = nullptr;
    QComboBox* colouring_ = nullptr;
    QLabel* summary_ = nullptr;
    MatrixPatternView* matrix_ = nullptr;
};

}  // namespace eqlab::widgets
