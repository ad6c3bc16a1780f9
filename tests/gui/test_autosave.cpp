// The window's autosave (app/autosave.h) in-process: a save holds the experiment (edited, not
// saved), every run's weights and history and the layout, written atomically (the manifest
// names only complete files; the previous save's files go once the new manifest is there); a
// new window restores it to the same text, bit-identical weights, the same histories and step,
// and trains on from there; a clean close removes it, a window that did not take it leaves it;
// a corrupt manifest or weights file is named and the autosave set aside. Any Qt warning fails.

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cstring>

#include "app/autosave.h"
#include "app/experiment_document.h"
#include "app/lab_editor.h"
#include "app/main_window.h"
#include "app/training_controller.h"
#include "compute/io/safetensors.h"
#include "gui/window_suite.h"
#include "suite/suite.h"

using eqlab::app::Autosave;
using eqlab::app::MainWindow;
using eqlab::app::TrainingController;
using State = TrainingController::State;

using eqlab::tests::waitForState;
using eqlab::tests::warnings;

namespace {

bool sameBits(const std::vector<double>& a, const std::vector<double>& b) {
    return a.size() == b.size() &&
           (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0);
}

// Every tensor's name, shape and values, bit for bit.
bool sameTensors(const eqlab::io::SafetensorsFile& a, const eqlab::io::SafetensorsFile& b) {
    if (a.tensors.size() != b.tensors.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.tensors.size(); ++i) {
        const auto &x = a.tensors[i], &y = b.tensors[i];
        if (x.name != y.name || x.shape != y.shape || !sameBits(x.values, y.values)) {
            return false;
        }
    }
    return true;
}

// The losses and metric records of every run, as one comparable list of bit patterns.
std::vector<double> historyOf(const eqlab::train::SessionSnapshot& snapshot) {
    std::vector<double> all;
    for (const auto& run : snapshot.runs) {
        all.insert(all.end(), run.losses.begin(), run.losses.end());
        for (const auto& record : run.metrics) {
            all.push_back(static_cast<double>(record.step));
            for (const auto& value : record.values) {
                all.push_back(value.value);
            }
        }
    }
    return all;
}

// A window on the deepsets lesson with its autosave in `folder`, edited (seed 7: unsaved) and
// trained `steps` steps, paused.
void prepare(MainWindow& window, const QString& folder, int steps) {
    window.autosave()->setFolder(folder);
    QVERIFY(window.openLessonNamed(QStringLiteral("deepsets")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* controller = window.controller();
    QVERIFY(waitForState(controller, State::Paused));
    eqlab::io::ExperimentSpec spec = window.lab()->document()->spec();
    spec.seed = 7;
    spec.steps = 100000;  // never finished while the test looks
    window.lab()->document()->setSpec(spec);
    QVERIFY(window.lab()->document()->isModified());
    QVERIFY(waitForState(controller, State::Paused));
    controller->step(steps);
    QTRY_COMPARE_WITH_TIMEOUT(controller->latest()->step, std::int64_t{steps}, 60000);
    QVERIFY(waitForState(controller, State::Paused));
}

// Starts the autosave and waits for a save of the step shown.
bool savedAt(MainWindow& window, qint64 step) {
    QSignalSpy saved(window.autosave(), &Autosave::saved);
    window.autosave()->setInterval(3600 * 1000);  // the test saves when it wants to
    window.autosave()->start();
    window.autosave()->saveNow();
    return QTest::qWaitFor([&] { return !saved.isEmpty() && saved.last().at(0) == step; }, 30000);
}

QString weightsOfRun(const QString& folder, int run) {
    const QStringList names =
        QDir(folder).entryList({QStringLiteral("weights-*-%1.safetensors").arg(run)}, QDir::Files);
    return names.size() == 1 ? QDir(folder).filePath(names.first()) : QString();
}

}  // namespace

class TestAutosave : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        qInstallMessageHandler(eqlab::tests::collectWarnings);
    }
    void init() {
        warnings.clear();
        QSettings(QStringLiteral("eqlab"), QStringLiteral("eqlab")).clear();
    }
    void cleanup() { QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join('\n'))); }

    void defaultFolderIsTheUsersDataFolder() {
        QCOMPARE(Autosave::defaultFolder(),
                 QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                     .filePath(QStringLiteral("session")));
    }

    void savesAtomicallyAndRestoresInANewWindow() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("session"));
        QString text;
        std::vector<double> history;
        std::vector<eqlab::io::SafetensorsFile> weights;
        int runs = 0;
        {
            MainWindow window;  // "crashes": destroyed without closing
            prepare(window, folder, 7);
            QVERIFY(savedAt(window, 7));
            text = window.lab()->document()->canonicalText();
            history = historyOf(*window.controller()->latest());
            runs = static_cast<int>(window.lab()->document()->spec().runs.size());
            QVERIFY(runs >= 2);

            // One save: the manifest and exactly the files it names, no temporaries.
            QStringList files = QDir(folder).entryList(QDir::Files);
            QVERIFY2(files.filter(QStringLiteral(".part")).isEmpty(), qPrintable(files.join(' ')));
            QCOMPARE(files.size(), 4 + runs);  // manifest, experiment, layout, history, weights
            QVERIFY(files.contains(QStringLiteral("manifest.json")));

            // Nothing changed: no new save. Two more steps: a new save replaces the old files.
            QSignalSpy saved(window.autosave(), &Autosave::saved);
            window.autosave()->saveNow();
            QVERIFY(!window.autosave()->isSaving());
            window.controller()->step(2);
            QTRY_COMPARE_WITH_TIMEOUT(window.controller()->latest()->step, std::int64_t{9}, 30000);
            QVERIFY(waitForState(window.controller(), State::Paused));
            window.autosave()->saveNow();
            QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 30000);
            QCOMPARE(saved.first().at(0).toLongLong(), 9);
            const QStringList again = QDir(folder).entryList(QDir::Files);
            QCOMPARE(again.size(), 4 + runs);
            for (const QString& name : files) {
                QVERIFY2(name == QStringLiteral("manifest.json") || !again.contains(name),
                         qPrintable(name));
            }
            history = historyOf(*window.controller()->latest());
            for (int run = 0; run < runs; ++run) {
                const QString path = weightsOfRun(folder, run);
                QVERIFY(!path.isEmpty());
                weights.push_back(eqlab::io::readSafetensors(path.toStdString()));
            }
            // A save's files without its manifest are never offered.
            QTemporaryDir other;
            QVERIFY(QFile::copy(weightsOfRun(folder, 0),
                                other.filePath(QStringLiteral("weights-1-0.safetensors"))));
            MainWindow probe;
            probe.autosave()->setFolder(other.path());
            QVERIFY(!probe.autosave()->isPending());
        }

        MainWindow restored;
        restored.autosave()->setFolder(folder);
        QVERIFY(restored.autosave()->isPending());
        QSignalSpy done(restored.autosave(), &Autosave::restored);
        QVERIFY2(restored.autosave()->restore(), qPrintable(restored.autosave()->problem()));
        restored.show();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 60000);
        QCOMPARE(done.first().at(0).toLongLong(), 9);
        auto* controller = restored.controller();
        QTRY_COMPARE_WITH_TIMEOUT(controller->latest()->step, std::int64_t{9}, 30000);
        QVERIFY(waitForState(controller, State::Paused));
        QCOMPARE(restored.lab()->document()->canonicalText(), text);
        QVERIFY(restored.lab()->document()->isModified());
        QCOMPARE(restored.lab()->document()->lesson()->name, QStringLiteral("deepsets"));
        QVERIFY(sameBits(historyOf(*controller->latest()), history));
        QTemporaryDir out;
        for (int run = 0; run < runs; ++run) {
            const QString path = out.filePath(QStringLiteral("run%1.safetensors").arg(run));
            restored.lab()->saveWeights(run, path);
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 30000);
            QVERIFY2(sameTensors(eqlab::io::readSafetensors(path.toStdString()), weights[run]),
                     qPrintable(QStringLiteral("run %1").arg(run)));
        }
        // Training goes on from the restored step, with the history kept.
        controller->step(3);
        QTRY_COMPARE_WITH_TIMEOUT(controller->latest()->step, std::int64_t{12}, 30000);
        QCOMPARE(controller->latest()->runs.at(0).losses.size(), std::size_t{12});

        // A clean exit removes the autosave.
        restored.lab()->setUnsavedQuestion(
            [](const QString&) { return eqlab::app::LabEditor::UnsavedChoice::Discard; });
        QVERIFY(restored.close());
        QVERIFY(!QFileInfo::exists(folder));
    }

    // A window that neither started its autosave nor restored the pending one leaves it alone.
    void foreignWindowKeepsThePendingAutosave() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("session"));
        {
            MainWindow window;
            prepare(window, folder, 2);
            QVERIFY(savedAt(window, 2));
        }
        MainWindow other;
        other.autosave()->setFolder(folder);
        other.lab()->setUnsavedQuestion(
            [](const QString&) { return eqlab::app::LabEditor::UnsavedChoice::Discard; });
        other.show();
        QVERIFY(other.close());
        QVERIFY(other.autosave()->isPending());
    }

    void corruptManifestIsNamedAndSetAside() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("session"));
        QVERIFY(QDir().mkpath(folder));
        QFile manifest(QDir(folder).filePath(QStringLiteral("manifest.json")));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write("{\"format\": \"eqlab-autosave 1\", \"experiment\": ");
        manifest.close();
        MainWindow window;
        window.autosave()->setFolder(folder);
        QVERIFY(window.autosave()->isPending());
        QVERIFY(!window.autosave()->restore());
        const QString problem = window.autosave()->problem();
        QVERIFY2(problem.contains(manifest.fileName()), qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral("set aside")), qPrintable(problem));
        QVERIFY(!QFileInfo::exists(folder));
        const QString aside = window.autosave()->setAsideFolder();
        QVERIFY(QFileInfo::exists(QDir(aside).filePath(QStringLiteral("manifest.json"))));
        QVERIFY(!window.autosave()->isPending());
    }

    void truncatedWeightsAreNamed() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("session"));
        {
            MainWindow window;
            prepare(window, folder, 3);
            QVERIFY(savedAt(window, 3));
        }
        const QString weights = weightsOfRun(folder, 1);
        QVERIFY(!weights.isEmpty());
        QVERIFY(QFile::resize(weights, 20));
        MainWindow window;
        window.autosave()->setFolder(folder);
        QVERIFY(!window.autosave()->restore());
        QVERIFY2(window.autosave()->problem().contains(QFileInfo(weights).fileName()),
                 qPrintable(window.autosave()->problem()));
        QVERIFY(QFileInfo::exists(window.autosave()->setAsideFolder()));
    }
};

EQLAB_TEST_WIDGETS_MAIN(TestAutosave)
#include "test_autosave.moc"
