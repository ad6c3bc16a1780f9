#pragma once

// What a task gives a run: the data, and what is known about its structure and symmetry.
// Layout as everywhere in the engine: X is in × N, one sample per column.
// Tasks are registered kinds (compute/data/task_kinds.h), generated in-process from a seed.

#include <string>
#include <vector>

#include <Eigen/Core>

namespace eqlab::data {

struct TaskData {
    Eigen::MatrixXd X;  // in × N
    Eigen::MatrixXd Y;  // targets × N (regression), or 1 × N class indices (classification)
    bool classification = false;
    int classes = 0;                      // classification: the number of classes
    std::vector<std::string> classNames;  // optional, size classes
    // Two classes given as one target, −1 for class 0 and +1 for class 1 (an experiment's
    // "targets": "sign", for the MSE loss; target_encoding.h): Y and testY are 1 × N signs and
    // the net has one output, whose sign is the predicted class.
    bool signTargets = false;

    // Symmetry (all optional). group: the group the task is naturally posed under ("S5", "D4"),
    // used when the experiment names none. inputRep: the representation (text form, for that
    // group) acting on one input column, e.g. "perm", "grid:9". outputRep: empty when the target
    // is invariant; otherwise the representation acting on the target (an equivariant task).
    std::string group;
    std::string inputRep;
    std::string outputRep;

    // Images (0 when the input is not an image): X rows = height · width · channels, in the
    // layout of compute/nn/group_conv.h (pixel-major, channels fastest: (y·width + x)·C + c).
    int imageChannels = 0, imageHeight = 0, imageWidth = 0;

    // Band-limited functions on the circle (−1 otherwise): X rows = C(2K+1) real Fourier
    // coefficients per sample in the layout of compute/nn/band_limited.h, with K = bandLimit.
    // Rotations act on them for every angle (the SO(2) layers and metrics use it).
    int bandLimit = -1;
    // Group-action tasks (compute/data/action_tasks.h): the last elementRows rows of X carry an
    // element g of `group` and Y = g·x. Index encoding (elementOneHot false): one row holding the
    // index (the input [x; g] of nn::NeuralGroupAction); one-hot: |G| rows, 1 in row g, else 0
    // (a fair input for plain nets, which a scalar index would handicap).
    bool carriesElement = false;
    bool elementOneHot = false;
    int elementRows = 0;
    // Parity tasks (compute/data/parity_tasks.h): y(T x) = parity·y(x) with T x = parityA x +
    // parityC; parity 0 when the task states none.
    int parity = 0;
    Eigen::MatrixXd parityA;
    Eigen::VectorXd parityC;
    // The target is an involution of the input space, y(y(x)) = x (compute/data/action_tasks.h).
    bool involution = false;

    // The held-out test set (compute/data/task_kinds.h, makeTask()): the same layout as X and
    // Y, no column equal to a column of X; empty (0 columns) when the task has none.
    Eigen::MatrixXd testX;
    Eigen::MatrixXd testY;
    bool hasTest() const { return testX.cols() > 0; }

    int outputs() const {
        return classification ? (signTargets ? 1 : classes) : static_cast<int>(Y.rows());
    }
};

}  // namespace eqlab::data
