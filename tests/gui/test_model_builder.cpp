// The workbench's editors: a D4 G-CNN built in the model builder from an empty run through its
// menu and parameter editors, then trained a few steps; bad edits (an out-of-range integer, text
// in a number field, a layer that does not fit) shown inline and never emitted; the task editor;
// the parameter form for every parameter type; File > Open data…'s reader.
// Any Qt warning fails the test.

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <cmath>

#include "app/user_data_file.h"
#include "compute/core/error.h"
#include "compute/train/session.h"
#include "gui/builder_input.h"
#include "gui/window_suite.h"
#include "suite/suite.h"
#include "widgets/model_builder.h"
#include "widgets/param_form.h"
#include "widgets/task_editor.h"

using namespace eqlab;

using eqlab::testing::triggerKind;
using eqlab::testing::typeInto;

using eqlab::tests::warnings;

namespace {

io::ExperimentSpec polyominoExperiment() {
    io::ExperimentSpec spec;
    spec.group = "D4";
    spec.task = io::task("polyomino", {{"size", 7}, {"samples", 32}});
    spec.loss = io::LossKind::CrossEntropy;
    spec.steps = 3;
    spec.batch = 8;
    return spec;  // no runs: the builder starts from an empty one
}

QTreeWidgetItem* row(widgets::ModelBuilder& builder, int i) {
    return builder.tree()->topLevelItem(i);
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// A float64 .npy array, rows × cols in C order.
QByteArray npy(int rows, int cols, const std::vector<double>& values) {
    QByteArray header =
        QStringLiteral("{'descr': '<f8', 'fortran_order': False, 'shape': (%1, %2), }")
            .arg(rows)
            .arg(cols)
            .toLatin1();
    while ((10 + header.size() + 1) % 64 != 0) {
        header += ' ';
    }
    header += '\n';
    QByteArray out("\x93NUMPY\x01\x00", 8);
    out += char(header.size() & 0xff);
    out += char(header.size() >> 8);
    out += header;
    out += QByteArray(reinterpret_cast<const char*>(values.data()),
                      static_cast<int>(values.size() * sizeof(double)));
    return out;
}

}  // namespace

class TestModelBuilder : public QObject {
    Q_OBJECT

private slots:
    void init() {
        warnings.clear();
        qInstallMessageHandler(eqlab::tests::collectWarnings);
    }
    void cleanup() {
        qInstallMessageHandler(nullptr);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    }

    void buildsAD4GcnnFromAnEmptyRunAndTrainsIt() {
        widgets::ModelBuilder builder;
        builder.resize(720, 640);
        builder.show();
        QVERIFY(QTest::qWaitForWindowExposed(&builder));
        std::vector<io::RunSpec> emitted;
        connect(&builder, &widgets::ModelBuilder::runEdited, [&](int run, const io::RunSpec& spec) {
            QCOMPARE(run, 0);
            emitted.push_back(spec);
        });
        builder.setExperiment(polyominoExperiment(), 0);
        QCOMPARE(builder.tree()->topLevelItemCount(), 0);
        QVERIFY2(builder.message().contains(QStringLiteral("no layers")),
                 qPrintable(builder.message()));

        // lift, with 4 channels typed into its editor.
        triggerKind(builder, QStringLiteral("lift"));
        QCOMPARE(builder.tree()->topLevelItemCount(), 1);
        QCOMPARE(row(builder, 0)->text(2), QStringLiteral("7×7×8·|G|=8"));  // the defaults
        QVERIFY(row(builder, 0)->isSelected());
        typeInto(builder.form()->editor(QStringLiteral("channels")), QStringLiteral("4"));
        QCOMPARE(row(builder, 0)->text(2), QStringLiteral("7×7×4·|G|=8"));
        QCOMPARE(row(builder, 0)->text(3), QStringLiteral("40"));  // 4·3·3 weights + 4 biases

        // An out-of-range integer: the message under the editor, no change to the run.
        auto* channels =
            qobject_cast<QSpinBox*>(builder.form()->editor(QStringLiteral("channels")));
        QVERIFY(channels);
        channels->setFocus();
        channels->selectAll();
        QTest::keyClicks(channels, QStringLiteral("999"));
        QVERIFY2(
            builder.form()->errorText(QStringLiteral("channels")).contains(QStringLiteral("999")),
            qPrintable(builder.form()->errorText(QStringLiteral("channels"))));
        QTest::keyClick(channels, Qt::Key_Return);
        QCOMPARE(builder.run().layers[0].params.integer("channels"), std::int64_t(4));
        QVERIFY(builder.findChild<QLabel*>(QStringLiteral("channels-error"))->isVisible());
        channels->selectAll();
        QTest::keyClicks(channels, QStringLiteral("4"));
        QVERIFY(builder.form()->errorText(QStringLiteral("channels")).isEmpty());

        // activation (relu by default), gconv with 4 channels, activation, pooling, dense.
        triggerKind(builder, QStringLiteral("activation"));
        triggerKind(builder, QStringLiteral("gconv"));
        QCOMPARE(builder.tree()->topLevelItemCount(), 3);
        QVERIFY(row(builder, 2)->isSelected());
        typeInto(builder.form()->editor(QStringLiteral("channels")), QStringLiteral("4"));
        QCOMPARE(row(builder, 2)->text(3), QStringLiteral("1,156"));  // 4·4·8·9 + 4
        triggerKind(builder, QStringLiteral("activation"));
        triggerKind(builder, QStringLiteral("group-pool"));
        QCOMPARE(row(builder, 4)->text(2), QStringLiteral("7×7×4"));
        triggerKind(builder, QStringLiteral("global-avg-pool"));
        QCOMPARE(row(builder, 5)->text(2), QStringLiteral("4"));
        triggerKind(builder, QStringLiteral("dense"));
        QVERIFY(emitted.empty());  // 16 values out: the task needs 5
        QVERIFY2(builder.message().contains(QStringLiteral("needs 5")),
                 qPrintable(builder.message()));
        typeInto(builder.form()->editor(QStringLiteral("out")), QStringLiteral("5"));

        QCOMPARE(emitted.size(), std::size_t(1));
        const io::RunSpec run = emitted.back();
        QCOMPARE(run.layers.size(), std::size_t(7));
        QCOMPARE(run.layers[0].type, std::string("lift"));
        QCOMPARE(run.layers[0].params.text("group"), std::string("D4"));
        QCOMPARE(row(builder, 6)->text(2), QStringLiteral("5"));
        QCOMPARE(row(builder, 6)->text(3), QStringLiteral("25"));
        QVERIFY(builder.outline().ok());
        QCOMPARE(builder.outline().parameters, std::int64_t(40 + 1156 + 25));

        QDir().mkpath(QStringLiteral("/tmp/eqlab-screenshots"));
        QCoreApplication::processEvents();  // the form's new editors show on the next turn
        QVERIFY(builder.grab().save(QStringLiteral("/tmp/eqlab-screenshots/model_builder.png")));

        // It trains: a few steps of the session on the emitted run, with the count shown.
        io::ExperimentSpec spec = polyominoExperiment();
        spec.runs = {run};
        train::ExperimentSession session(spec);
        while (session.step()) {
        }
        QCOMPARE(session.stepsDone(), std::int64_t(3));
        QVERIFY(std::isfinite(session.lastLoss(0)));
        QCOMPARE(session.snapshot()->runs[0].parameterCount, builder.outline().parameters);

        // A layer that does not fit: gconv moved before the lift (Alt+Up on the tree).
        builder.activateWindow();  // shortcuts need the active window
        QVERIFY(QTest::qWaitForWindowActive(&builder));
        builder.tree()->setCurrentItem(row(builder, 2));
        builder.tree()->setFocus();
        QTest::keyClick(builder.tree(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(emitted.size(), std::size_t(2));  // lift, gconv, activation, ...: still builds
        QTest::keyClick(builder.tree(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(builder.run().layers[0].type, std::string("gconv"));
        QCOMPARE(builder.outline().errorLayer, 0);
        QVERIFY2(builder.message().startsWith(QStringLiteral("model[0]: gconv needs")),
                 qPrintable(builder.message()));
        QCOMPARE(row(builder, 0)->foreground(0).color(), QColor(208, 52, 44));
        QCOMPARE(emitted.size(), std::size_t(2));  // nothing invalid emitted
        QTest::keyClick(builder.tree(), Qt::Key_Down, Qt::AltModifier);
        QTest::keyClick(builder.tree(), Qt::Key_Down, Qt::AltModifier);
        QVERIFY(builder.outline().ok());
        QCOMPARE(emitted.size(), std::size_t(4));  // valid after each move down

        // A kernel too large for the image: the row and the line say why.
        builder.tree()->setCurrentItem(row(builder, 0));
        typeInto(builder.form()->editor(QStringLiteral("padding")), QStringLiteral("0"));
        typeInto(builder.form()->editor(QStringLiteral("kernel")), QStringLiteral("9"));
        QVERIFY2(builder.message().contains(QStringLiteral("leaves no pixels")),
                 qPrintable(builder.message()));
        QCOMPARE(row(builder, 0)->text(2), QStringLiteral("does not fit"));
        QCOMPARE(row(builder, 1)->text(2), QStringLiteral("—"));  // not built after it
        QCoreApplication::processEvents();
        QVERIFY(
            builder.grab().save(QStringLiteral("/tmp/eqlab-screenshots/model_builder_error.png")));
        const auto before = emitted.size();

        // Delete removes the selected layer.
        builder.tree()->setCurrentItem(row(builder, 6));
        builder.tree()->setFocus();
        QTest::keyClick(builder.tree(), Qt::Key_Delete);
        QCOMPARE(builder.tree()->topLevelItemCount(), 6);
        QCOMPARE(emitted.size(), before);
    }

    void templatesAndNestedLayers() {
        widgets::ModelBuilder builder;
        builder.resize(720, 640);
        builder.show();
        int emitted = 0;
        io::RunSpec last;
        connect(&builder, &widgets::ModelBuilder::runEdited, [&](int, const io::RunSpec& spec) {
            ++emitted;
            last = spec;
        });
        builder.setExperiment(polyominoExperiment(), 0);
        // Templates that cannot apply to an image task are disabled with the reason.
        QComboBox* templates = builder.templates();
        const int so2 = templates->findData(QStringLiteral("so2"));
        QVERIFY(so2 >= 0);
        QVERIFY(!templates->itemData(so2, Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(!builder.applyTemplate(QStringLiteral("so2")));
        QVERIFY(builder.message().contains(QStringLiteral("band-limited")));

        templates->setCurrentIndex(templates->findData(QStringLiteral("averaged")));
        QTest::mouseClick(builder.findChild<QWidget*>(QStringLiteral("apply-template")),
                          Qt::LeftButton);
        QCOMPARE(emitted, 1);
        QCOMPARE(last.label, std::string("averaged"));
        QCOMPARE(builder.tree()->topLevelItemCount(), 1);
        QTreeWidgetItem* wrapper = row(builder, 0);
        QCOMPARE(wrapper->childCount(), 3);
        QCOMPARE(wrapper->child(0)->text(2), QStringLiteral("64"));

        // The nested dense layer's width, edited in its form.
        builder.tree()->setCurrentItem(wrapper->child(0));
        typeInto(builder.form()->editor(QStringLiteral("out")), QStringLiteral("32"));
        QCOMPARE(emitted, 2);
        QCOMPARE(last.layers[0].params.layers("model")[0].params.integer("out"), std::int64_t(32));
        QCOMPARE(row(builder, 0)->child(0)->text(3), QStringLiteral("1,600"));  // 49·32 + 32
        // A layer added after a nested row goes into the nested list.
        builder.tree()->setCurrentItem(row(builder, 0)->child(2));
        triggerKind(builder, QStringLiteral("activation"));
        QCOMPARE(row(builder, 0)->childCount(), 4);
        QCOMPARE(emitted, 3);

        // The augmented template sets augmentation, and it shows.
        QVERIFY(builder.applyTemplate(QStringLiteral("augmented")));
        QVERIFY(last.augment);
        QVERIFY(builder.findChild<QCheckBox*>(QStringLiteral("augment"))->isChecked());

        // Augmentation without a group acting on the input is refused, not emitted.
        io::ExperimentSpec band;
        band.task = io::task("band-limited-signals", {{"band_limit", 2}});
        builder.setExperiment(band, 0);
        QVERIFY(builder.applyTemplate(QStringLiteral("so2")));
        const int before = emitted;
        builder.findChild<QCheckBox*>(QStringLiteral("augment"))->setChecked(true);
        QCOMPARE(emitted, before);
        QVERIFY2(builder.message().contains(QStringLiteral("Augmentation")),
                 qPrintable(builder.message()));
    }

    void everyKindCanBeAddedWithoutACrash() {
        widgets::ModelBuilder builder;
        builder.setExperiment(polyominoExperiment(), 0);
        for (QAction* action : builder.kindMenu()->actions()) {
            builder.tree()->clearSelection();
            action->trigger();
        }
        QCOMPARE(builder.tree()->topLevelItemCount(), builder.kindMenu()->actions().size());
        QVERIFY(!builder.outline().ok());  // most of them do not fit after a dense layer
        QVERIFY(!builder.message().isEmpty());
    }

    void paramFormEditsEveryType() {
        widgets::ParamForm form;
        form.show();
        const std::vector<ParamSpec> specs = {
            integerParam("count", 3, 1, 10, "how many"),
            numberParam("rate", 0.1, 0.0, 1.0, "a rate", true),
            choiceParam("mode", "a", {"a", "b"}, "which"),
            flagParam("on", false, "switch"),
            required(textParam("name", "", "a name")),
            numbersParam("list", {1, 2}, -5, 5, "some numbers"),
        };
        Params values = defaultParams(specs);
        values.setText("name", "x");
        form.setParams(specs, values);
        QVERIFY(form.isValid());
        QCOMPARE(form.editor(QStringLiteral("rate"))->toolTip(), QStringLiteral("a rate"));
        QCOMPARE(qobject_cast<QLineEdit*>(form.editor(QStringLiteral("list")))->text(),
                 QStringLiteral("1, 2"));
        std::vector<Params> emitted;
        connect(&form, &widgets::ParamForm::paramsEdited,
                [&](const Params& p) { emitted.push_back(p); });

        // Number: text, then 0 (an exclusive minimum), then a valid value.
        auto* rate = form.editor(QStringLiteral("rate"));
        typeInto(rate, QStringLiteral("abc"));
        QVERIFY2(form.errorText(QStringLiteral("rate")).contains(QStringLiteral("abc")),
                 qPrintable(form.errorText(QStringLiteral("rate"))));
        QVERIFY(!form.isValid());
        typeInto(rate, QStringLiteral("0"));
        QVERIFY(form.errorText(QStringLiteral("rate")).contains(QStringLiteral("> 0")));
        QVERIFY(emitted.empty());
        typeInto(rate, QStringLiteral("0.5"));
        QCOMPARE(emitted.size(), std::size_t(1));
        QCOMPARE(emitted.back().number("rate"), 0.5);

        typeInto(form.editor(QStringLiteral("count")), QStringLiteral("7"));
        QCOMPARE(emitted.back().integer("count"), std::int64_t(7));
        qobject_cast<QComboBox*>(form.editor(QStringLiteral("mode")))->setCurrentIndex(1);
        QCOMPARE(emitted.back().text("mode"), std::string("b"));
        QTest::mouseClick(form.editor(QStringLiteral("on")), Qt::LeftButton, {},
                          QPoint(5, form.editor(QStringLiteral("on"))->height() / 2));
        QVERIFY(emitted.back().flag("on"));

        auto* list = form.editor(QStringLiteral("list"));
        typeInto(list, QStringLiteral("1, x"));
        QVERIFY(form.errorText(QStringLiteral("list")).contains(QStringLiteral("Item 2")));
        typeInto(list, QStringLiteral("1, 9"));
        QVERIFY(form.errorText(QStringLiteral("list")).contains(QStringLiteral("9")));
        const auto count = emitted.size();
        typeInto(list, QStringLiteral("-1.5, 4"));
        QCOMPARE(emitted.size(), count + 1);
        QCOMPARE(emitted.back().numbers("list"), (std::vector<double>{-1.5, 4}));

        auto* name = form.editor(QStringLiteral("name"));
        typeInto(name, QString());
        QCOMPARE(form.errorText(QStringLiteral("name")), QStringLiteral("Required."));
        QCOMPARE(emitted.size(), count + 1);
        typeInto(name, QStringLiteral("abc"));
        QCOMPARE(emitted.back().text("name"), std::string("abc"));
        QCOMPARE(emitted.back().integer("count"), std::int64_t(7));  // the others kept
    }

    void taskEditorEditsATask() {
        widgets::TaskEditor editor;
        editor.show();
        std::vector<io::TaskSpec> emitted;
        connect(&editor, &widgets::TaskEditor::taskEdited,
                [&](const io::TaskSpec& t) { emitted.push_back(t); });
        editor.setTask(io::task("polyomino"));
        QCOMPARE(editor.kindBox()->currentText(), QStringLiteral("polyomino"));
        QVERIFY(emitted.empty());

        QComboBox* kind = editor.kindBox();
        kind->setCurrentIndex(kind->findText(QStringLiteral("set-sum-of-squares")));
        QCOMPARE(emitted.size(), std::size_t(1));
        QCOMPARE(emitted.back().kind, std::string("set-sum-of-squares"));
        typeInto(editor.form()->editor(QStringLiteral("set_size")), QStringLiteral("7"));
        QCOMPARE(emitted.back().params.integer("set_size"), std::int64_t(7));

        // A CSV task waits for its file; a bad file is named with its line, never emitted.
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.csv"));
        writeFile(bad, "a,b,y\n1,2,3\n4,5\n");
        kind->setCurrentIndex(kind->findText(QStringLiteral("csv")));
        const auto count = emitted.size();
        QCOMPARE(editor.form()->errorText(QStringLiteral("path")), QStringLiteral("Required."));
        typeInto(editor.form()->editor(QStringLiteral("path")), bad);
        QVERIFY2(editor.message().contains(QStringLiteral("line 3")), qPrintable(editor.message()));
        QCOMPARE(emitted.size(), count);
        const QString good = dir.filePath(QStringLiteral("good.csv"));
        writeFile(good, "a,b,y\n1,2,3\n4,5,6\n");
        typeInto(editor.form()->editor(QStringLiteral("path")), good);
        QVERIFY(editor.message().isEmpty());
        QCOMPARE(emitted.size(), count + 1);
        QCOMPARE(emitted.back().params.text("path"), good.toStdString());
    }

    void opensUserData() {
        QTemporaryDir dir;
        const std::string good = dir.filePath(QStringLiteral("data.csv")).toStdString();
        writeFile(QString::fromStdString(good), "x1,x2,y\n1,2,0\n3,4,1\n");
        const io::TaskSpec csv = app::openUserData(good);
        QCOMPARE(csv.kind, std::string("csv"));
        QCOMPARE(csv.params.text("path"), good);

        const QString bad = dir.filePath(QStringLiteral("bad.csv"));
        writeFile(bad, "x1,x2,y\n1,2,0\n# a comment\n3,four,1\n");
        try {
            app::openUserData(bad.toStdString());
            QFAIL("a bad CSV file was accepted");
        } catch (const Error& e) {
            const QString detail = QString::fromStdString(e.detail());
            QVERIFY2(detail.contains(QStringLiteral("bad.csv")) &&
                         detail.contains(QStringLiteral("line 4")),
                     qPrintable(detail));
        }

        writeFile(dir.filePath(QStringLiteral("train_x.npy")), npy(3, 2, {1, 2, 3, 4, 5, 6}));
        writeFile(dir.filePath(QStringLiteral("train_y.npy")), npy(3, 1, {0, 1, 0}));
        const io::TaskSpec fromY =
            app::openUserData(dir.filePath(QStringLiteral("train_y.npy")).toStdString());
        QCOMPARE(fromY.kind, std::string("npy"));
        QCOMPARE(fromY.params.text("x"), dir.filePath(QStringLiteral("train_x.npy")).toStdString());
        QCOMPARE(fromY.params.text("y"), dir.filePath(QStringLiteral("train_y.npy")).toStdString());
        writeFile(dir.filePath(QStringLiteral("short_x.npy")), npy(2, 2, {1, 2, 3, 4}));
        writeFile(dir.filePath(QStringLiteral("short_y.npy")), npy(3, 1, {0, 1, 0}));
        QVERIFY_THROWS_EXCEPTION(
            Error, app::openUserData(dir.filePath(QStringLiteral("short_x.npy")).toStdString()));
        QVERIFY_THROWS_EXCEPTION(
            Error, app::openUserData(dir.filePath(QStringLiteral("lonely.npy")).toStdString()));
        QVERIFY_THROWS_EXCEPTION(Error, app::openUserData("data.txt"));
    }
};

EQLAB_TEST_WIDGETS_MAIN(TestModelBuilder)
#include "test_model_builder.moc"
