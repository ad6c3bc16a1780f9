// The model builder's compute side: a run's layers described without training (shape after each
// layer, parameter count, the failing layer's error), the architecture templates, and the layer
// a builder adds for each kind.

#include <QTest>

#include <map>

#include "compute/core/error.h"
#include "compute/train/model_outline.h"
#include "compute/train/model_templates.h"
#include "compute/train/session.h"
#include "suite/suite.h"

using namespace eqlab;

namespace {

io::ExperimentSpec experiment(const std::string& group, io::TaskSpec task) {
    io::ExperimentSpec spec;
    spec.group = group;
    spec.task = std::move(task);
    spec.steps = 2;
    spec.batch = 8;
    return spec;
}

io::ExperimentSpec polyomino(const std::string& group = "D4") {
    auto spec = experiment(group, io::task("polyomino", {{"size", 7}, {"samples", 32}}));
    spec.loss = io::LossKind::CrossEntropy;
    return spec;
}

// A task on which each kind can be built, and the layers that must come before it.
struct Suitable {
    io::ExperimentSpec spec;
    std::vector<LayerSpec> before;
};

std::map<std::string, Suitable> suitableInputs() {
    const auto sets = experiment("S4", io::task("set-sum-of-squares", {{"set_size", 4}}));
    const auto image = polyomino();
    const auto band = experiment("", io::task("band-limited-signals", {{"band_limit", 3}}));
    const auto lift = io::layer("lift", {{"channels", 2}});
    const auto orientLift = io::layer("orient-lift", {{"channels", 2}});
    return {
        {"dense", {sets, {}}},
        {"activation", {sets, {}}},
        {"equivariant", {sets, {}}},
        {"band-limited-linear", {band, {}}},
        {"fft-nonlinearity", {band, {}}},
        {"band-power", {band, {}}},
        {"lift", {image, {}}},
        {"gconv", {image, {lift}}},
        {"group-pool", {image, {lift}}},
        {"global-avg-pool", {image, {}}},
        {"orient-lift", {image, {}}},
        {"orient-conv", {image, {orientLift}}},
        {"group-average", {sets, {}}},
        {"involutive", {experiment("C2", io::task("involution")), {}}},
        {"group-action", {experiment("Q8", io::task("quaternion-action")), {}}},
        {"parity", {experiment("C2", io::task("parity-function")), {}}},
        {"norm-activation", {sets, {}}},
        {"outer-product", {sets, {}}},
        {"invariant-net", {sets, {}}},
    };
}

}  // namespace

class TestModelOutline : public QObject {
    Q_OBJECT

private slots:
    void describesAGcnnLayerByLayer() {
        const train::TaskShape task = train::taskShape(polyomino());
        QCOMPARE(train::shapeText(task.input), std::string("7\u00d77\u00d71"));
        const auto run = train::makeTemplate(train::ModelTemplate::D4Gcnn, task);
        QVERIFY2(run.applies(), run.whyNot.c_str());
        const train::ModelOutline outline = train::outlineModel(run.run.layers, task);
        QVERIFY2(outline.ok(), outline.error.c_str());
        QCOMPARE(outline.layers.size(), std::size_t(7));
        // lift: 4 channels × 8 group elements on a 7×7 image (same padding);
        // 3×3 filters, 1 input channel, and a bias per channel.
        QCOMPARE(outline.layers[0].shapeText, std::string("7\u00d77\u00d74\u00b7|G|=8"));
        QCOMPARE(outline.layers[0].parameters, std::int64_t(4 * 9 + 4));
        QCOMPARE(outline.layers[0].shape.dim, nn::Index(7 * 7 * 4 * 8));
        QCOMPARE(outline.layers[1].parameters, std::int64_t(0));
        // gconv: 4 out × 4 in × 8 group elements × 3×3, and a bias per channel.
        QCOMPARE(outline.layers[2].parameters, std::int64_t(4 * 4 * 8 * 9 + 4));
        QCOMPARE(outline.layers[4].shapeText, std::string("7\u00d77\u00d74"));
        QCOMPARE(outline.layers[5].shapeText, std::string("4"));
        QCOMPARE(outline.layers[6].shapeText, std::to_string(task.outputs));
        std::int64_t sum = 0;
        for (const auto& l : outline.layers) {
            QVERIFY(l.built);
            sum += l.parameters;
        }
        QCOMPARE(outline.parameters, sum);

        // The same count as a session that builds the run.
        io::ExperimentSpec spec = polyomino();
        spec.runs = {run.run};
        train::ExperimentSession session(spec);
        QCOMPARE(session.snapshot()->runs[0].parameterCount, outline.parameters);
    }

    void namesTheFailingLayerAndStopsThere() {
        const train::TaskShape task = train::taskShape(polyomino());
        // gconv straight on the image: it needs the maps of a lift.
        const std::vector<LayerSpec> layers = {io::layer("activation", {}, {{"function", "relu"}}),
                                               io::layer("gconv"),
                                               io::layer("dense", {{"out", 5}})};
        const auto outline = train::outlineModel(layers, task);
        QVERIFY(!outline.ok());
        QCOMPARE(outline.errorLayer, 1);
        QVERIFY2(outline.error.rfind("model[1]: gconv needs", 0) == 0, outline.error.c_str());
        QCOMPARE(outline.layers[1].error, outline.error);
        QVERIFY(outline.layers[0].built && !outline.layers[1].built && !outline.layers[2].built);
        QVERIFY(outline.layers[2].error.empty());  // not built: an earlier layer failed
    }

    void reportsTheWrongNumberOfOutputs() {
        const train::TaskShape task = train::taskShape(polyomino());
        const auto outline =
            train::outlineModel({io::layer("dense", {{"out", 3}})}, task, "runs[1].model");
        QCOMPARE(outline.errorLayer, -1);
        QCOMPARE(outline.error, "runs[1].model: the last layer gives 3 values but the task needs " +
                                    std::to_string(task.outputs));
        QVERIFY(outline.layers[0].built);
        QVERIFY(!train::outlineModel({}, task).ok());
    }

    void describesNestedLayersOfWrappers() {
        const train::TaskShape task = train::taskShape(polyomino());
        const auto run = train::makeTemplate(train::ModelTemplate::GroupAveraged, task);
        QVERIFY2(run.applies(), run.whyNot.c_str());
        const auto outline = train::outlineModel(run.run.layers, task);
        QVERIFY2(outline.ok(), outline.error.c_str());
        const auto& nested = outline.layers[0].nested;
        QCOMPARE(nested.size(), std::size_t(3));
        QCOMPARE(nested[0].where, std::string("model[0].model[0]"));
        QCOMPARE(nested[0].shapeText, std::string("64"));
        QCOMPARE(nested[0].parameters, std::int64_t(49 * 64 + 64));
        QCOMPARE(outline.layers[0].parameters,
                 nested[0].parameters + nested[1].parameters + nested[2].parameters);

        // A wrong nested layer: the wrapper fails with the nested layer's place.
        std::vector<LayerSpec> layers = run.run.layers;
        auto inner = layers[0].params.layers("model");
        inner[0] = io::layer("band-power");
        layers[0].params.setLayers("model", inner);
        const auto bad = train::outlineModel(layers, task);
        QCOMPARE(bad.errorLayer, 0);
        QVERIFY2(bad.error.rfind("model[0].model[0]: ", 0) == 0, bad.error.c_str());
        QVERIFY(!bad.layers[0].nested[0].error.empty());
    }

    void shapesOfBandLimitedFeatures() {
        const auto task =
            train::taskShape(experiment("", io::task("band-limited-signals", {{"band_limit", 4}})));
        const auto outline = train::outlineModel(
            {io::layer("band-limited-linear", {{"channels", 8}}), io::layer("band-power")}, task);
        QCOMPARE(outline.layers[0].shapeText, std::string("8\u00d79 (K=4)"));
        QCOMPARE(outline.layers[1].shapeText, std::string("40"));
    }

    // Every registered kind builds from what the builder adds for it, on a suitable input.
    void everyKindBuildsFromItsDefaults() {
        const auto suitable = suitableInputs();
        for (const auto& kind : nn::layerKinds()) {
            const auto it = suitable.find(kind.name);
            QVERIFY2(it != suitable.end(),
                     ("no suitable input for layer kind '" + kind.name + "' in this test").c_str());
            const train::TaskShape task = train::taskShape(it->second.spec);
            auto prefix = train::outlineModel(it->second.before, task);
            const nn::FeatureShape in =
                prefix.layers.empty() ? task.input : prefix.layers.back().shape;
            std::vector<LayerSpec> layers = it->second.before;
            layers.push_back(train::defaultLayer(kind.name, in, task.outputs));
            const auto outline = train::outlineModel(layers, task);
            QVERIFY2(outline.layers.back().built,
                     (kind.name + ": " + outline.layers.back().error).c_str());
            QVERIFY(!outline.layers.back().shapeText.empty());
        }
        // An orientation stack names its N (orient-lift's default 8, same padding).
        const auto stack = train::outlineModel({io::layer("orient-lift", {{"channels", 2}})},
                                               train::taskShape(polyomino()));
        QCOMPARE(stack.layers[0].shapeText, std::string("7\u00d77\u00d72\u00b7N=8"));
        QVERIFY_THROWS_EXCEPTION(Error, train::defaultLayer("no-such-kind", {}));
    }

    // Every template that applies builds and gives the task's outputs; every template applies to
    // at least one of these tasks; the ones that do not apply say why.
    void templatesBuildWhereTheyApply() {
        const std::vector<io::ExperimentSpec> tasks = {
            polyomino("D4"),
            experiment("S4", io::task("set-sum-of-squares", {{"set_size", 4}})),
            experiment("A4", io::task("set-alternating", {{"set_size", 4}})),
            experiment("C2", io::task("involution")),
            experiment("Q8", io::task("quaternion-action")),
            experiment("C2", io::task("parity-function", {}, {{"parity", "odd"}})),
            experiment("C2", io::task("mirror-image", {}, {{"parity", "odd"}})),
            experiment("", io::task("band-limited-signals", {{"band_limit", 3}})),
        };
        std::map<std::string, int> applied;
        for (const auto& spec : tasks) {
            const train::TaskShape task = train::taskShape(spec);
            for (const auto& info : train::modelTemplates()) {
                const auto result = train::makeTemplate(info.id, task);
                const std::string where = info.name + " on " + spec.task.kind;
                if (!result.applies()) {
                    QVERIFY2(!result.whyNot.empty(), where.c_str());
                    continue;
                }
                ++applied[info.name];
                QCOMPARE(result.run.label, info.name);
                const auto outline = train::outlineModel(result.run.layers, task);
                QVERIFY2(outline.ok(), (where + ": " + outline.error).c_str());
                // Shapes chain: each layer received what the one before gave.
                for (const auto& l : outline.layers) {
                    QVERIFY2(l.built && !l.shapeText.empty(), where.c_str());
                }
                QCOMPARE(outline.layers.back().shape.dim, nn::Index(task.outputs));
            }
        }
        for (const auto& info : train::modelTemplates()) {
            QVERIFY2(applied[info.name] > 0, (info.name + " applied to no task").c_str());
        }
        // Reasons name what is missing.
        const auto sets = train::taskShape(tasks[1]);
        QCOMPARE(train::makeTemplate(train::ModelTemplate::D4Gcnn, sets).whyNot,
                 std::string("a G-CNN needs a square image task"));
        const auto image = train::taskShape(tasks[0]);
        QVERIFY(!train::makeTemplate(train::ModelTemplate::EquivariantMlp, image).applies());
        QVERIFY(!train::makeTemplate(train::ModelTemplate::AugmentedMlp, train::taskShape(tasks[7]))
                     .applies());
        QVERIFY(train::makeTemplate(train::ModelTemplate::AugmentedMlp, image).run.augment);
        QVERIFY(!train::makeTemplate(train::ModelTemplate::BandLimitedSo2, image).applies());
    }

    void aWrongTaskOrGroupIsAnError() {
        io::ExperimentSpec spec = polyomino("no-such-group");
        QVERIFY_THROWS_EXCEPTION(Error, train::taskShape(spec));
        spec = polyomino();
        spec.task.kind = "nonsense";
        QVERIFY_THROWS_EXCEPTION(Error, train::taskShape(spec));
    }
};

EQLAB_TEST_APPLESS_MAIN(TestModelOutline)
#include "test_model_outline.moc"
