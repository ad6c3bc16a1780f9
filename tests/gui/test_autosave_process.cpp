// Autosave end to end with the real program: `eqlab long.eqlab.json --train` (the deepsets
// lesson with a million steps, so that it is killed mid-training) autosaves every 0.2 s into the
// user's data folder (XDG_DATA_HOME, redirected here); once an autosave of a trained step exists
// the process is killed with SIGKILL; `eqlab --restore-session --screenshot` then restores exactly
// the step of the last autosave, and its clean exit removes the autosave. A plain `eqlab` (the
// first start) trains the default lesson at once: its autosave shows trained steps of it.

#include <sys/types.h>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

#include "suite/suite.h"

namespace {

// The manifest under `root`, wherever the platform puts the application's data folder.
QString findManifest(const QString& root) {
    QDirIterator it(root, {QStringLiteral("manifest.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(QLatin1String("/session/manifest.json"))) {
            return path;
        }
    }
    return {};
}

QJsonObject manifestOf(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

qint64 manifestStep(const QString& path) {
    return manifestOf(path).value(QStringLiteral("step")).toInteger(-1);
}

// A scratch home: the data and settings folders redirected into it.
QProcessEnvironment environmentIn(const QTemporaryDir& home) {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    return environment;
}

}  // namespace

class TestAutosaveProcess : public QObject {
    Q_OBJECT

private slots:
    void killedWindowIsRestoredAtItsLastAutosave() {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QProcessEnvironment environment = environmentIn(home);
        const QString data = home.filePath(QStringLiteral("data"));
        QVERIFY(!qEnvironmentVariableIsEmpty("DISPLAY"));

        constexpr qint64 kSteps = 1000000;
        QFile lesson(QStringLiteral(EQLAB_SOURCE_DIR "/resources/lessons/deepsets.eqlab.json"));
        QVERIFY(lesson.open(QIODevice::ReadOnly));
        QJsonObject experiment = QJsonDocument::fromJson(lesson.readAll()).object();
        QVERIFY(experiment.contains(QStringLiteral("steps")));
        experiment[QStringLiteral("steps")] = kSteps;
        const QString file = home.filePath(QStringLiteral("long.eqlab.json"));
        QFile written(file);
        QVERIFY(written.open(QIODevice::WriteOnly));
        written.write(QJsonDocument(experiment).toJson());
        written.close();

        QProcess training;
        training.setProcessEnvironment(environment);
        training.start(QStringLiteral(EQLAB_BINARY),
                       {file, QStringLiteral("--train"), QStringLiteral("--autosave-interval"),
                        QStringLiteral("0.2")});
        QVERIFY(training.waitForStarted());
        QString manifest;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         manifest = findManifest(data);
                         return !manifest.isEmpty() && manifestStep(manifest) > 0;
                     },
                     120000),
                 qPrintable(QString::fromUtf8(training.readAllStandardError())));
        QCOMPARE(training.state(), QProcess::Running);
        QCOMPARE(::kill(static_cast<pid_t>(training.processId()), SIGKILL), 0);
        QVERIFY(training.waitForFinished(30000));
        QCOMPARE(training.exitStatus(), QProcess::CrashExit);
        const qint64 step = manifestStep(manifest);  // the last autosave before the kill
        QVERIFY(step > 0 && step < kSteps);          // killed mid-training

        QProcess restoring;
        restoring.setProcessEnvironment(environment);
        const QString shot = home.filePath(QStringLiteral("restored.png"));
        restoring.start(QStringLiteral(EQLAB_BINARY), {QStringLiteral("--restore-session"),
                                                       QStringLiteral("--screenshot"), shot});
        QVERIFY(restoring.waitForFinished(120000));
        const QString said = QString::fromUtf8(restoring.readAllStandardOutput()) +
                             QString::fromUtf8(restoring.readAllStandardError());
        QVERIFY2(restoring.exitStatus() == QProcess::NormalExit && restoring.exitCode() == 0,
                 qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("restored the session at step %1 ").arg(step)),
                 qPrintable(said));
        QVERIFY(QFileInfo(shot).size() > 0);
        QVERIFY2(!QFileInfo::exists(manifest), "a clean exit removes the autosave");

        // Nothing left to restore: said, and a usage error.
        QProcess again;
        again.setProcessEnvironment(environment);
        again.start(QStringLiteral(EQLAB_BINARY), {QStringLiteral("--restore-session")});
        QVERIFY(again.waitForFinished(60000));
        QCOMPARE(again.exitCode(), 2);
        QVERIFY(QString::fromUtf8(again.readAllStandardError())
                    .contains(QStringLiteral("no autosaved session")));
    }

    // `eqlab` with nothing chosen opens the default lesson and trains it without being asked.
    void aPlainStartTrainsTheDefaultLesson() {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QVERIFY(!qEnvironmentVariableIsEmpty("DISPLAY"));
        QProcess window;
        window.setProcessEnvironment(environmentIn(home));
        window.start(QStringLiteral(EQLAB_BINARY),
                     {QStringLiteral("--autosave-interval"), QStringLiteral("0.2")});
        QVERIFY(window.waitForStarted());
        QString manifest;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         manifest = findManifest(home.filePath(QStringLiteral("data")));
                         return !manifest.isEmpty() && manifestStep(manifest) > 0;
                     },
                     120000),
                 qPrintable(QString::fromUtf8(window.readAllStandardError())));
        QCOMPARE(manifestOf(manifest).value(QStringLiteral("lesson")).toString(),
                 QStringLiteral("averaging"));
        window.kill();
        QVERIFY(window.waitForFinished(30000));
    }
};

EQLAB_TEST_GUILESS_MAIN(TestAutosaveProcess)
#include "test_autosave_process.moc"
