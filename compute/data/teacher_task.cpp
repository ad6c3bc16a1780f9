#include "compute/data/teacher_task.h"

#include <cmath>

#include "compute/core/error.h"
#include "compute/core/rng.h"

namespace eqlab::data {

TaskData makeTeacherTask(const TeacherTaskOptions& o, std::uint64_t seed) {
    if (o.inputs < 1 || o.hidden < 1 || o.samples < 1)
        throw Error(ErrorKind::InvalidArgument,
                    "task 'teacher': inputs, hidden and samples must be >= 1, got " +
                        std::to_string(o.inputs) + ", " + std::to_string(o.hidden) + ", " +
                        std::to_string(o.samples));
    // The teacher's weights and the inputs come from two streams split off the seed, so the
    // teacher does not change with the number of samples.
    Rng weights = Rng(seed).split(0x7eac4e7);
    Rng inputs = Rng(seed).split(0xda7a5e7);
    Eigen::MatrixXd W1(o.hidden, o.inputs);
    Eigen::VectorXd b1(o.hidden), w2(o.hidden);
    for (int j = 0; j < o.inputs; ++j)
        for (int i = 0; i < o.hidden; ++i)
            W1(i, j) = weights.normal() / std::sqrt(double(o.inputs));
    for (int i = 0; i < o.hidden; ++i)
        b1[i] = 0.1 * weights.normal();
    // Output weights of both signs with magnitudes in [1, 2]/√h: no hidden unit is negligible, so
    // a student that fits the function has to reproduce every one of them.
    for (int i = 0; i < o.hidden; ++i) {
        const double sign = weights.uniform() < 0.5 ? -1.0 : 1.0;
        w2[i] = sign * weights.uniform(1.0, 2.0) / std::sqrt(double(o.hidden));
    }

    const auto teacher = [&](const Eigen::MatrixXd& X) {
        Eigen::MatrixXd Z = W1 * X;
        Z.colwise() += b1;
        Eigen::MatrixXd H;
        nn::Cache<double> cache;
        nn::Pointwise<double>(o.activation, o.hidden).forward(Z, H, cache);
        return Eigen::MatrixXd(w2.transpose() * H);
    };
    TaskData task;
    task.X.resize(o.inputs, o.samples);
    for (int s = 0; s < o.samples; ++s)
        for (int i = 0; i < o.inputs; ++i)
            task.X(i, s) = inputs.normal();
    task.Y = teacher(task.X);
    const double rms = std::sqrt(task.Y.squaredNorm() / o.samples);
    if (rms > 0)
        task.Y /= rms;
    if (o.testSamples > 0) {
        Rng testInputs(o.testSeed);
        task.testX.resize(o.inputs, o.testSamples);
        for (int s = 0; s < o.testSamples; ++s)
            for (int i = 0; i < o.inputs; ++i)
                task.testX(i, s) = testInputs.normal();
        task.testY = teacher(task.testX);
        if (rms > 0)
            task.testY /= rms;
    }
    return task;
}

namespace {

TeacherTaskOptions teacherOptionsOf(const Params& p) {
    TeacherTaskOptions o;
    o.inputs = static_cast<int>(p.integer("inputs"));
    o.hidden = static_cast<int>(p.integer("hidden"));
    o.samples = static_cast<int>(p.integer("samples"));
    const std::string& a = p.text("activation");
    o.activation = a == "relu"   ? nn::Activation::ReLU
                   : a == "gelu" ? nn::Activation::GELU
                                 : nn::Activation::Tanh;
    return o;
}

}  // namespace

void appendTeacherTaskKinds(std::vector<TaskKind>& kinds) {
    kinds.push_back(
        {"teacher",
         "targets of a random two-layer teacher net y = w2 . s(W1 x + b1), x ~ N(0, I): a student "
         "of the same shape can match it in many ways (its intertwiner group)",
         {integerParam("inputs", 8, 1, 4096, "d, input dimension"),
          integerParam("hidden", 6, 1, 4096, "h, hidden units of the teacher"),
          choiceParam("activation", "tanh", {"tanh", "relu", "gelu"}, "the teacher's s"),
          integerParam("samples", 512, 1, 1 << 20, "number of training samples")},
         [](const Params& p, std::uint64_t seed) {
             return makeTeacherTask(teacherOptionsOf(p), seed);
         }});
    // The test inputs come from the test stream, the teacher from the experiment's seed.
    kinds.back().makeTest = [](const Params& p, std::uint64_t seed, std::uint64_t testSeed,
                               int samples) {
        TeacherTaskOptions o = teacherOptionsOf(p);
        o.testSamples = samples;
        o.testSeed = testSeed;
        TaskData both = makeTeacherTask(o, seed);
        TaskData test;
        test.X = std::move(both.testX);
        test.Y = std::move(both.testY);
        return test;
    };
}

}  // namespace eqlab::data
