// Command-line tests: run the real eqlab binary and check exit codes, messages and files.

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run eqlab(const QStringList& arguments, bool withDisplay = false) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!withDisplay) {
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(EQLAB_BINARY), arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

}  // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void helpExitsZero() {
        const Run run = eqlab({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("Usage: eqlab")));
        QVERIFY(run.out.contains(QStringLiteral("--lesson")));
        QVERIFY(run.err.isEmpty());
    }

    void versionExitsZero() {
        const Run run = eqlab({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("eqlab %1").arg(QStringLiteral(EQLAB_VERSION)));
    }

    void badArguments_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option") << QStringList{"--frobnicate"} << "frobnicate";
        QTest::newRow("unknown command")
            << QStringList{"frobnicate"} << "unknown command 'frobnicate'";
        QTest::newRow("missing value") << QStringList{"--lesson"} << "lesson";
        QTest::newRow("unknown lesson")
            << QStringList{"--headless", "--lesson", "nope"} << "no lesson named 'nope'";
        QTest::newRow("unknown group") << QStringList{"--headless", "--group", "Z9"} << "Z9";
        QTest::newRow("screenshot without display")
            << QStringList{"--headless", "--screenshot", "x.png"} << "display";
    }

    void badArguments() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = eqlab(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(run.err.startsWith(QStringLiteral("eqlab: ")), qPrintable(run.err));
    }

    void noDisplayRunsTheDefaultLessonHeadless() {
        QTemporaryDir dir;
        const Run run = eqlab({QStringLiteral("--out"), dir.path()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("no display")), qPrintable(run.out));
        QVERIFY2(run.out.contains(dir.path()), qPrintable(run.out));  // says where
        QFile summary(dir.filePath(QStringLiteral("summary.json")));
        QVERIFY(summary.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(summary.readAll()).object();
        QCOMPARE(json.value("group").toString(), QStringLiteral("I"));
        QCOMPARE(json.value("order").toInt(), 60);
        QCOMPARE(json.value("orbit_size").toInt(), 60);
        QFile csv(dir.filePath(QStringLiteral("orbit.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), 61);  // header + one row per element
    }

    void headlessOrbitSizes_data() {
        QTest::addColumn<QString>("group");
        QTest::addColumn<int>("orbit");
        QTest::newRow("C5") << "C5" << 5;
        QTest::newRow("D4") << "D4" << 8;
        QTest::newRow("T") << "T" << 12;
        QTest::newRow("O") << "O" << 24;
    }

    void headlessOrbitSizes() {
        QFETCH(QString, group);
        QFETCH(int, orbit);
        QTemporaryDir dir;
        const Run run = eqlab({QStringLiteral("--headless"), QStringLiteral("--group"), group,
                               QStringLiteral("--out"), dir.path()});
        QCOMPARE(run.exitCode, 0);
        QFile summary(dir.filePath(QStringLiteral("summary.json")));
        QVERIFY(summary.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(summary.readAll()).object().value("orbit_size").toInt(),
                 orbit);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
