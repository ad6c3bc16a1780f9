#include "compute/data/action_tasks.h"

#include <cmath>
#include <numbers>
#include <string>

#include "compute/core/error.h"
#include "compute/core/rng.h"
#include "compute/groups/catalogue.h"

namespace eqlab::data {

namespace {

void checkSamples(const char* task, int samples) {
    if (samples < 1)
        throw Error(ErrorKind::InvalidArgument,
                    std::string(task) + ": samples must be >= 1, got " + std::to_string(samples));
}

// ψ of the quaternion task on a batch (4 × n), and its exact inverse.
struct Conjugator {
    Eigen::Matrix2d M, Mp;
    Eigen::Vector2d m, mp;
    static constexpr double kGain = 0.8;

    Conjugator() {
        M << 1.0, -0.6, 0.4, 0.9;
        m << 0.3, -0.2;
        Mp << 0.7, 0.5, -0.8, 0.6;
        mp << -0.1, 0.4;
    }
    Eigen::MatrixXd forward(Eigen::MatrixXd x) const {
        x.bottomRows(2) += kGain * ((M * x.topRows(2)).colwise() + m).array().tanh().matrix();
        x.topRows(2) += kGain * ((Mp * x.bottomRows(2)).colwise() + mp).array().tanh().matrix();
        return x;
    }
    Eigen::MatrixXd inverse(Eigen::MatrixXd y) const {
        y.topRows(2) -= kGain * ((Mp * y.bottomRows(2)).colwise() + mp).array().tanh().matrix();
        y.bottomRows(2) -= kGain * ((M * y.topRows(2)).colwise() + m).array().tanh().matrix();
        return y;
    }
};

const groups::Group& q8() {
    static const groups::GroupPtr g = groups::makeGroup("Q8");
    return *g;
}

groups::GroupPtr cyclic(int n) {
    if (n < 1 || n > 64)
        throw Error(ErrorKind::InvalidArgument,
                    "spiral rotation task: n must be in 1..64, got " + std::to_string(n));
    return groups::cyclicGroup(n);
}

void checkElement(const char* what, int g, int order) {
    if (g < 0 || g >= order)
        throw Error(ErrorKind::InvalidArgument,
                    std::string(what) + ": element index must be in 0.." +
                        std::to_string(order - 1) + ", got " + std::to_string(g));
}

}  // namespace

Eigen::MatrixXd quaternionTargetAction(int g, const Eigen::MatrixXd& X) {
    checkElement("quaternion action", g, 8);
    if (X.rows() != 4)
        throw Error(ErrorKind::InvalidArgument,
                    "quaternion action: points must have 4 rows, got " + std::to_string(X.rows()));
    const Conjugator psi;
    return psi.inverse(q8().standardMatrix(g) * psi.forward(X));
}

TaskData quaternionActionTask(int samples, std::uint64_t seed) {
    checkSamples("quaternion action task", samples);
    Rng rng = Rng(seed).split(0x08a);
    Eigen::MatrixXd x(4, samples);
    std::vector<int> element(static_cast<std::size_t>(samples));
    for (int s = 0; s < samples; ++s) {
        for (int i = 0; i < 4; ++i)
            x(i, s) = rng.normal();
        element[static_cast<std::size_t>(s)] = static_cast<int>(rng.below(8));
    }
    TaskData task;
    task.X.resize(5, samples);
    task.X.topRows(4) = x;
    task.Y.resize(4, samples);
    for (int s = 0; s < samples; ++s) {
        const int g = element[static_cast<std::size_t>(s)];
        task.X(4, s) = g;
        task.Y.col(s) = quaternionTargetAction(g, x.col(s));
    }
    return task;
}

Eigen::MatrixXd spiralTargetAction(int n, int g, const Eigen::MatrixXd& X) {
    const groups::GroupPtr G = cyclic(n);
    checkElement("spiral rotation", g, n);
    if (X.rows() != 2)
        throw Error(ErrorKind::InvalidArgument,
                    "spiral rotation: points must have 2 rows, got " + std::to_string(X.rows()));
    return G->standardMatrix(g) * X;
}

TaskData spiralRotationTask(int n, int samples, std::uint64_t seed) {
    const groups::GroupPtr G = cyclic(n);
    checkSamples("spiral rotation task", samples);
    Rng rng = Rng(seed).split(0x5917a1);
    TaskData task;
    task.X.resize(3, samples);
    task.Y.resize(2, samples);
    for (int s = 0; s < samples; ++s) {
        const double t = rng.uniform();
        const double theta = 3 * std::numbers::pi * t, r = 0.2 + 0.8 * t;
        const int g = static_cast<int>(rng.below(static_cast<std::uint64_t>(n)));
        task.X(0, s) = r * std::cos(theta);
        task.X(1, s) = r * std::sin(theta);
        task.X(2, s) = g;
        task.Y.col(s) = G->standardMatrix(g) * task.X.col(s).head(2);
    }
    return task;
}

Eigen::MatrixXd involutionTarget(const Eigen::MatrixXd& X) {
    if (X.rows() != 4)
        throw Error(ErrorKind::InvalidArgument,
                    "involution target: points must have 4 rows, got " + std::to_string(X.rows()));
    const Conjugator psi;
    Eigen::MatrixXd z = psi.forward(X);
    z.topRows(2).swap(z.bottomRows(2));
    return psi.inverse(z);
}

TaskData involutionTask(int samples, std::uint64_t seed) {
    checkSamples("involution task", samples);
    Rng rng = Rng(seed).split(0x1a7);
    TaskData task;
    task.X.resize(4, samples);
    for (int s = 0; s < samples; ++s)
        for (int i = 0; i < 4; ++i)
            task.X(i, s) = rng.normal();
    task.Y = involutionTarget(task.X);
    return task;
}

namespace {

Eigen::MatrixXd oneHotRows(const Eigen::MatrixXd& X, int order) {
    const Eigen::Index d = X.rows() - 1;
    Eigen::MatrixXd out = Eigen::MatrixXd::Zero(d + order, X.cols());
    out.topRows(d) = X.topRows(d);
    for (Eigen::Index s = 0; s < X.cols(); ++s) {
        const double v = X(d, s);
        const int g = static_cast<int>(std::lround(v));
        if (g < 0 || g >= order || double(g) != v)
            throw Error(ErrorKind::InvalidArgument,
                        "one-hot element encoding: sample " + std::to_string(s) + " has element " +
                            std::to_string(v) + ", not an index in 0.." +
                            std::to_string(order - 1));
        out(d + g, s) = 1.0;
    }
    return out;
}

}  // namespace

void setElementEncoding(TaskData& task, int order, bool oneHot) {
    if (order < 1)
        throw Error(ErrorKind::InvalidArgument,
                    "element encoding: the group order must be >= 1, got " + std::to_string(order));
    task.carriesElement = true;
    task.elementOneHot = oneHot;
    task.elementRows = oneHot ? order : 1;
    if (!oneHot)
        return;
    task.X = oneHotRows(task.X, order);
    if (task.hasTest())
        task.testX = oneHotRows(task.testX, order);
}

Eigen::MatrixXd withElementRows(const Eigen::MatrixXd& x, int g, int oneHotOrder) {
    const int rows = oneHotOrder > 0 ? oneHotOrder : 1;
    Eigen::MatrixXd out = Eigen::MatrixXd::Zero(x.rows() + rows, x.cols());
    out.topRows(x.rows()) = x;
    if (oneHotOrder > 0) {
        checkElement("one-hot element encoding", g, oneHotOrder);
        out.row(x.rows() + g).setOnes();
    } else {
        out.bottomRows(1).setConstant(double(g));
    }
    return out;
}

}  // namespace eqlab::data
