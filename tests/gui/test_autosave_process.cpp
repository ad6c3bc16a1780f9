// Autosave end to end with the real program: `eqlab long.eqlab.json --train` (the deepsets
// lesson with a million steps, so that it is killed mid-training) autosaves every 0.2 s into the
// user's data folder (XDG_DATA_HOME, redirected here); once an autosave of a trained step exists
// the process is killed with SIGKILL; `eqlab --restore-session --screenshot` then restores exactly
// the step of the last autosave, and its clean exit removes the autosave.

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

qint64 manifestStep(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    return document.isObject() ? document.object().value(QStringLiteral("step")).toInteger(-1) : -1;
}

}  // namespace

class TestAutosaveProcess : public QObject {
    Q_OBJECT

private slots:
    void killedWindowIsRestoredAtItsLastAutosave() {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const QString data = home.filePath(QStringLiteral("data"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), data);
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           home.filePath(QStringLiteral("config")));
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
};

EQLAB_TEST_GUILESS_MAIN(TestAutosaveProcess)
#include "test_autosave_process.moc"
