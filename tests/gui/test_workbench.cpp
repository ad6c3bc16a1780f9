// The workbench with the real session: runs added, duplicated, renamed and removed in the window
// train side by side; experiments saved, reopened (the identical canonical file), dropped on the
// window and listed as recent; unsaved changes asked about before they could be lost; a bad file
// explained in a dialog naming it. Any Qt warning fails the test.

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

#include "app/experiment_document.h"
#include "app/lab_editor.h"
#include "app/lab_views.h"
#include "app/main_window.h"
#include "app/recent_files.h"
#include "app/training_controller.h"
#include "compute/io/experiment.h"
#include "compute/io/safetensors.h"
#include "compute/train/experiment_run.h"
#include "gui/builder_input.h"
#include "gui/window_suite.h"
#include "suite/suite.h"
#include "widgets/experiment_panel.h"
#include "widgets/model_builder.h"
#include "widgets/param_form.h"
#include "widgets/run_list_panel.h"
#include "widgets/subgroup_lattice_view.h"
#include "widgets/vtk_view.h"

using eqlab::app::LabEditor;
using eqlab::app::MainWindow;
using eqlab::app::TrainingController;
using State = TrainingController::State;

using eqlab::testing::triggerKind;
using eqlab::testing::typeInto;

using eqlab::tests::waitForState;
using eqlab::tests::warnings;

namespace {

// The labels of the runs the session trains, from its latest snapshot.
QStringList trainedRuns(TrainingController* controller) {
    QStringList labels;
    if (controller->latest()) {
        for (const auto& run : controller->latest()->runs) {
            labels << QString::fromStdString(run.label);
        }
    }
    return labels;
}

QString readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

}  // namespace

class TestWorkbench : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() {
        warnings.clear();
        QSettings(QStringLiteral("eqlab"), QStringLiteral("eqlab")).clear();
    }
    void cleanup() { QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join('\n'))); }

    // A run's inputs: the codes of an earlier run after some of its layers (layer-wise
    // pretraining), chosen in the run list and trained by the session.
    void aRunTrainsOnTheCodesOfAnother() {
        MainWindow window;
        QVERIFY(window.openLessonNamed(QStringLiteral("pretraining")));
        auto* controller = window.controller();
        QVERIFY(waitForState(controller, State::Paused));
        auto* runs = window.lab()->runList();
        QCOMPARE(runs->runCount(), 6);
        runs->list()->setCurrentRow(4);  // stage-2, on the codes of orbits after 2 layers
        auto* inputs = runs->inputsEditor();
        QCOMPARE(inputs->count(), 5);  // the task's data and the four runs before it
        QCOMPARE(inputs->currentIndex(), 3);
        QCOMPARE(runs->codeLayersEditor()->value(), 2);
        QVERIFY(!runs->augmentEditor()->isEnabled());

        // On the codes of biases after its first layer (3 values, before the tanh).
        inputs->setCurrentIndex(1);
        emit inputs->activated(1);
        QVERIFY(waitForState(controller, State::Paused));
        runs->codeLayersEditor()->setValue(1);
        QVERIFY(waitForState(controller, State::Paused));
        const auto& edited = window.lab()->document()->spec().runs.at(4);
        QVERIFY(edited.inputs.has_value());
        QCOMPARE(edited.inputs->run, std::string("biases"));
        QCOMPARE(edited.inputs->layers, 1);
        QCOMPARE(trainedRuns(controller).size(), qsizetype{6});
        // The first run has no earlier run to take codes from.
        runs->list()->setCurrentRow(0);
        QVERIFY(!inputs->isEnabled());
    }

    void runsAreAddedDuplicatedRenamedAndRemoved() {
        MainWindow window;
        QVERIFY(window.openLessonNamed(QStringLiteral("deepsets")));
        auto* controller = window.controller();
        QVERIFY(waitForState(controller, State::Paused));
        QCOMPARE(trainedRuns(controller), (QStringList{"mlp", "deepsets"}));
        auto* runs = window.lab()->runList();
        QCOMPARE(runs->runCount(), 2);

        // Duplicate DeepSets, then give the copy augmentation and a rate of its own.
        runs->list()->setCurrentRow(1);
        runs->duplicateButton()->click();
        QVERIFY(waitForState(controller, State::Paused));
        QCOMPARE(trainedRuns(controller), (QStringList{"mlp", "deepsets", "deepsets copy"}));
        QCOMPARE(runs->currentRun(), 2);
        runs->augmentEditor()->setChecked(true);
        runs->learningRateEditor()->setText(QStringLiteral("0.003"));
        emit runs->learningRateEditor()->editingFinished();
        QVERIFY(waitForState(controller, State::Paused));
        const auto& copy = window.lab()->document()->spec().runs.at(2);
        QVERIFY(copy.augment);
        QCOMPARE(copy.learningRate.value_or(0), 0.003);

        // A bad rate is explained and not sent.
        runs->learningRateEditor()->setText(QStringLiteral("-1"));
        emit runs->learningRateEditor()->editingFinished();
        QVERIFY(runs->problem().contains(QStringLiteral("> 0")));
        QCOMPARE(window.lab()->document()->spec().runs.at(2).learningRate.value_or(0), 0.003);

        // Rename in place; the headline's checks follow the run.
        runs->list()->item(0)->setText(QStringLiteral("plain"));
        QVERIFY(waitForState(controller, State::Paused));
        QCOMPARE(trainedRuns(controller), (QStringList{"plain", "deepsets", "deepsets copy"}));
        const auto& headline = window.lab()->document()->spec().headline;
        QVERIFY(headline);
        QVERIFY(std::none_of(headline->checks.begin(), headline->checks.end(),
                             [](const auto& c) { return c.run == "mlp"; }));
        // A taken or empty label is refused with a message, the old one kept.
        runs->list()->item(0)->setText(QStringLiteral("deepsets"));
        QVERIFY(runs->problem().contains(QStringLiteral("deepsets")));
        QCOMPARE(runs->list()->item(0)->text(), QStringLiteral("plain"));
        runs->list()->item(0)->setText(QString());
        QVERIFY(!runs->problem().isEmpty());

        // Add: a new run trains beside the others; remove it again.
        runs->addButton()->click();
        QVERIFY(waitForState(controller, State::Paused));
        QCOMPARE(trainedRuns(controller).size(), 4);
        QCOMPARE(trainedRuns(controller).last(), QStringLiteral("run"));
        runs->list()->setCurrentRow(3);
        runs->removeButton()->click();
        QVERIFY(waitForState(controller, State::Paused));
        QCOMPARE(trainedRuns(controller), (QStringList{"plain", "deepsets", "deepsets copy"}));
        QVERIFY(window.lab()->document()->isModified());
        QVERIFY(window.isWindowModified());

        // Trains a few steps with the three runs.
        controller->step(3);
        QVERIFY(QTest::qWaitFor([&] { return controller->latest()->step == 3; }, 30000));
        window.lab()->setUnsavedQuestion(
            [](const QString&) { return LabEditor::UnsavedChoice::Discard; });
    }

    // From an empty experiment to a D4 G-CNN in the window's model builder, layer by layer; it
    // trains, saves, and reopens to the identical file.
    void buildsAD4GcnnFromANewExperiment() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gcnn.eqlab.json"));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.lab()->newExperiment();
        auto* controller = window.controller();
        QVERIFY(waitForState(controller, State::Failed));  // no layers yet: nothing to train
        auto* builder = window.lab()->modelBuilder();
        QCOMPARE(builder->tree()->topLevelItemCount(), 0);

        for (const char* kind : {"lift", "activation", "gconv", "activation", "group-pool",
                                 "global-avg-pool", "dense"}) {
            triggerKind(*builder, QString::fromLatin1(kind));
        }
        QVERIFY2(builder->message().contains(QStringLiteral("needs 5")),
                 qPrintable(builder->message()));
        QCOMPARE(controller->state(), State::Failed);  // nothing invalid was sent
        typeInto(builder->form()->editor(QStringLiteral("out")), QStringLiteral("5"));
        QVERIFY2(builder->outline().ok(), qPrintable(builder->message()));
        QVERIFY(waitForState(controller, State::Paused));
        const auto& run = window.lab()->document()->spec().runs.at(0);
        QCOMPARE(run.layers.size(), std::size_t(7));
        QCOMPARE(run.layers[0].params.text("group"), std::string("D4"));
        QCOMPARE(controller->latest()->runs[0].parameterCount, builder->outline().parameters);

        controller->step(3);
        QVERIFY(QTest::qWaitFor([&] { return controller->latest()->step == 3; }, 30000));
        QVERIFY(std::isfinite(controller->latest()->runs[0].losses.back()));

        QVERIFY(window.lab()->saveTo(path));
        const QString saved = readAll(path);
        MainWindow again;
        QVERIFY(again.openExperimentFile(path));
        QCOMPARE(again.lab()->document()->canonicalText(), saved);
        QVERIFY(!again.lab()->document()->isModified());
        QVERIFY(waitForState(again.controller(), State::Paused));
        QCOMPARE(again.lab()->modelBuilder()->tree()->topLevelItemCount(), 7);
    }

    void savedExperimentsReopenIdentical() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mine.eqlab.json"));
        QString saved;
        {
            MainWindow window;
            QVERIFY(window.openLessonNamed(QStringLiteral("averaging")));
            QVERIFY(waitForState(window.controller(), State::Paused));
            auto* runs = window.lab()->runList();
            runs->list()->setCurrentRow(0);
            runs->duplicateButton()->click();
            QVERIFY(waitForState(window.controller(), State::Paused));
            QVERIFY(window.lab()->document()->isModified());
            QVERIFY(window.lab()->saveTo(path));
            QVERIFY(!window.lab()->document()->isModified());
            QVERIFY(!window.isWindowModified());
            QVERIFY(window.windowTitle().startsWith(QStringLiteral("mine.eqlab.json")));
            saved = readAll(path);
            QCOMPARE(saved, window.lab()->document()->canonicalText());
            QCOMPARE(eqlab::app::RecentFiles().paths().value(0),
                     QFileInfo(path).absoluteFilePath());
        }
        MainWindow window;
        QVERIFY(window.openExperimentFile(path));
        QVERIFY(waitForState(window.controller(), State::Paused));
        QCOMPARE(trainedRuns(window.controller()),
                 (QStringList{"mlp", "mlp copy", "augmented", "averaged"}));
        QVERIFY(!window.lab()->document()->isModified());
        QCOMPARE(window.lab()->document()->canonicalText(), saved);
        // Saving again writes the same bytes.
        QVERIFY(window.lab()->save());
        QCOMPARE(readAll(path), saved);
    }

    void unsavedChangesAreAskedAboutOnClose() {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openLessonNamed(QStringLiteral("deepsets")));
        QVERIFY(waitForState(window.controller(), State::Paused));
        QVERIFY(window.selectGroup(QStringLiteral("C5")));  // an edit
        QVERIFY(window.lab()->document()->isModified());

        int asked = 0;
        LabEditor::UnsavedChoice answer = LabEditor::UnsavedChoice::Cancel;
        window.lab()->setUnsavedQuestion([&](const QString& name) {
            ++asked;
            return name == QLatin1String("deepsets") ? answer : LabEditor::UnsavedChoice::Save;
        });
        QVERIFY(!window.close());  // Cancel keeps the window and the edit
        QCOMPARE(asked, 1);
        QVERIFY(window.isVisible());
        QVERIFY(window.lab()->document()->isModified());
        // Opening another lesson asks too; Cancel keeps the edited experiment.
        QVERIFY(window.openLessonNamed(QStringLiteral("averaging")));
        QCOMPARE(asked, 2);
        QCOMPARE(window.lab()->document()->spec().group, std::string("C5"));

        answer = LabEditor::UnsavedChoice::Discard;
        QVERIFY(window.close());
        QCOMPARE(asked, 3);
    }

    void badFilesAreExplainedNamingTheFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.eqlab.json"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(R"({"eqlab_experiment": 1, "task": {"kind": "xor"}, "steps": -4})");
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openLessonNamed(QStringLiteral("deepsets")));
        QVERIFY(waitForState(window.controller(), State::Paused));
        QVERIFY(!window.openExperimentFile(path));
        auto* box = window.findChild<QMessageBox*>(QStringLiteral("eqlab-problem"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("broken.eqlab.json")),
                 qPrintable(box->text()));
        QVERIFY2(box->text().contains(QStringLiteral("steps")), qPrintable(box->text()));
        box->close();
        // The open experiment is untouched.
        QCOMPARE(window.lab()->document()->displayName(), QStringLiteral("deepsets"));
        QVERIFY(!window.lab()->document()->isModified());
    }

    // File > Save Weights / Load Weights: weights saved at step 0, trained on, loaded back: the
    // run's parameters are those saved again; a file that is not weights is named in a dialog.
    void weightsAreSavedAndLoadedBetweenSteps() {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openLessonNamed(QStringLiteral("deepsets")));
        auto* controller = window.controller();
        QVERIFY(waitForState(controller, State::Paused));
        const auto tensorsOf = [](const QString& path) {
            std::vector<std::vector<double>> values;
            for (const auto& tensor : eqlab::io::readSafetensors(path.toStdString()).tensors) {
                values.push_back(tensor.values);
            }
            return values;
        };
        const auto saved = [&](const QString& name) {
            const QString path = dir.filePath(name);
            window.lab()->saveWeights(1, path);
            return QTest::qWaitFor([&] { return QFile::exists(path); }, 20000) ? path : QString();
        };
        const QString start = saved(QStringLiteral("start.safetensors"));
        QVERIFY(!start.isEmpty());
        const auto file = eqlab::io::readSafetensors(start.toStdString());
        QCOMPARE(QString::fromStdString(file.metadata.at("run")),
                 QString::fromStdString(window.lab()->document()->spec().runs.at(1).label));
        controller->step(5);
        QTRY_COMPARE_WITH_TIMEOUT(controller->latest()->step, std::int64_t{5}, 30000);
        QVERIFY(waitForState(controller, State::Paused));
        const QString trained = saved(QStringLiteral("trained.safetensors"));
        QVERIFY(!trained.isEmpty());
        QVERIFY(tensorsOf(trained) != tensorsOf(start));
        window.lab()->loadWeights(start);
        const QString again = saved(QStringLiteral("again.safetensors"));
        QVERIFY(!again.isEmpty());
        QVERIFY(tensorsOf(again) == tensorsOf(start));

        const QString bad = dir.filePath(QStringLiteral("truncated.safetensors"));
        {
            QFile out(bad);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("\x10\x00\x00");
        }
        window.lab()->loadWeights(bad);
        QMessageBox* box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (box = window.findChild<QMessageBox*>(QStringLiteral("eqlab-problem"))) != nullptr,
            20000);
        QVERIFY2(box->text().contains(QStringLiteral("truncated.safetensors")),
                 qPrintable(box->text()));
        box->close();
    }

    // File > Audit Weights: a C4 group-convolution net's weights against the lesson's D4 show the
    // ten subgroups of D4 with C4 the largest respected; a file that is not weights is named.
    void auditOfTrainedWeightsShowsTheLattice() {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openLessonNamed(QStringLiteral("group-convolution")));
        QVERIFY(waitForState(window.controller(), State::Paused));
        eqlab::io::ExperimentSpec spec = window.lab()->document()->spec();
        spec.steps = 2;
        const auto result = eqlab::train::runExperiment(spec, 1, {});
        int c4 = -1;
        for (int run = 0; run < int(spec.runs.size()); ++run) {
            if (spec.runs[run].label == "c4-cnn") {
                c4 = run;
            }
        }
        QVERIFY(c4 >= 0);
        const QString path = dir.filePath(QStringLiteral("c4-cnn.safetensors"));
        eqlab::io::writeSafetensors(path.toStdString(), result.weights.at(c4));
        window.lab()->auditWeights(path);
        auto* view = window.views()->auditView();
        QTRY_COMPARE_WITH_TIMEOUT(int(view->data().nodes.size()), 10, 20000);
        QStringList respected;
        for (const auto& node : view->data().nodes) {
            if (node.respected) {
                respected << node.name;
            }
        }
        QCOMPARE(respected, QStringList{QStringLiteral("C4")});
        QVERIFY(view->isVisible());
        QDir().mkpath(QStringLiteral(EQLAB_RENDER_OUTPUT_DIR));  // to look at after a failure
        window.grab().save(QDir(QStringLiteral(EQLAB_RENDER_OUTPUT_DIR))
                               .filePath(QStringLiteral("workbench_audit.png")));

        const QString bad = dir.filePath(QStringLiteral("not-weights.safetensors"));
        {
            QFile file(bad);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("hello");
        }
        window.lab()->auditWeights(bad);
        QMessageBox* box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (box = window.findChild<QMessageBox*>(QStringLiteral("eqlab-problem"))) != nullptr,
            20000);
        QVERIFY2(box->text().contains(QStringLiteral("not-weights.safetensors")),
                 qPrintable(box->text()));
        box->close();
        QCOMPARE(int(view->data().nodes.size()), 10);  // the last audit stays
    }

    // A lesson's variants apply with one pick and go back to the lesson as written; trying one
    // is not an unsaved change.
    void variantsApplyAndReset() {
        MainWindow window;
        QVERIFY(window.openLessonNamed(QStringLiteral("averaging")));
        auto* controller = window.controller();
        QVERIFY(waitForState(controller, State::Paused));
        const auto* document = window.lab()->document();
        QVERIFY(document->original().variants.size() >= 2);
        QComboBox* picker = window.experimentPanel()->variantPicker();
        QCOMPARE(picker->count(), int(document->original().variants.size()) + 1);
        QCOMPARE(picker->currentIndex(), 0);
        const qint64 steps = document->spec().steps;

        for (int variant = 0; variant < int(document->original().variants.size()); ++variant) {
            picker->setCurrentIndex(variant + 1);
            emit picker->activated(variant + 1);
            QCOMPARE(document->variant(), variant);
            const auto& applied = eqlab::io::applyVariant(
                document->original(), document->original().variants[std::size_t(variant)]);
            QCOMPARE(document->canonicalText(),
                     QString::fromStdString(eqlab::io::experimentToJson(applied)));
            QVERIFY(!document->isModified());
            QVERIFY(waitForState(controller, State::Paused));
            QCOMPARE(controller->latest()->totalSteps, qint64(applied.steps));
        }
        QCOMPARE(document->spec().task.params.text("transforms"), std::string("C4"));

        picker->setCurrentIndex(0);
        emit picker->activated(0);
        QCOMPARE(document->variant(), -1);
        QCOMPARE(document->spec().steps, steps);
        QCOMPARE(document->canonicalText(),
                 QString::fromStdString(eqlab::io::experimentToJson(document->original())));
        QVERIFY(!document->isModified());
        QVERIFY(waitForState(controller, State::Paused));
    }

    void droppedExperimentsOpen() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dropped.eqlab.json"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(R"({"eqlab_experiment": 1, "name": "dropped", "task": {"kind": "xor"},
                          "model": [{"type": "dense", "out": 4}, {"type": "activation",
                          "function": "tanh"}, {"type": "dense", "out": 2}],
                          "loss": "cross-entropy", "steps": 20})");
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(waitForState(window.controller(), State::Paused));
        QCOMPARE(window.lab()->document()->path(), path);
        QCOMPARE(trainedRuns(window.controller()), QStringList{"model"});

        // Anything else is not taken.
        QMimeData text;
        text.setText(QStringLiteral("hello"));
        QDragEnterEvent other(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton,
                              Qt::NoModifier);
        other.setAccepted(false);
        QApplication::sendEvent(&window, &other);
        QVERIFY(!other.isAccepted());
    }
};

EQLAB_TEST_SUITE_MAIN(eqlab::tests::runWindowSuite<TestWorkbench>)

#include "test_workbench.moc"
