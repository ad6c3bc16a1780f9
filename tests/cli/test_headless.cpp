// Command-line tests of what eqlab does with no display: lessons and experiment files trained
// headless, results that cannot be written, and figures drawn without a screen. They start the
// real binary (tests/cli/eqlab_process.h); split from test_cli so that the two run side by side.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include "cli/eqlab_process.h"
#include "suite/suite.h"

class TestHeadless : public QObject {
    Q_OBJECT

private slots:
    // The default lesson trains: without a display it trains headless as `eqlab run` does and
    // says where its results went.
    void noDisplayRunsTheDefaultLessonHeadless() {
        QTemporaryDir dir;
        const Run run = runEqlab({QStringLiteral("--out"), dir.path()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("no display")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("averaging")), qPrintable(run.out));
        QVERIFY2(run.out.contains(dir.path()), qPrintable(run.out));  // says where
        QFile summary(dir.filePath(QStringLiteral("summary.json")));
        QVERIFY(summary.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(summary.readAll()).object();
        QCOMPARE(json.value("name").toString(), QStringLiteral("averaging"));
        QCOMPARE(json.value("status").toString(), QStringLiteral("finished"));
        const QJsonArray runs = json.value("runs").toArray();
        QCOMPARE(runs.size(), 3);  // the plain MLP, augmented, averaged
        QCOMPARE(runs[2].toObject().value("label").toString(), QStringLiteral("averaged"));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("metrics.csv"))));
    }

    // The orbit lesson headless: the icosahedral orbit, one row per element.
    void orbitLessonHeadless() {
        QTemporaryDir dir;
        const Run run = runEqlab({QStringLiteral("--headless"), QStringLiteral("--lesson"),
                                  QStringLiteral("orbits"), QStringLiteral("--out"), dir.path()});
        QCOMPARE(run.exitCode, 0);
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
        const Run run = runEqlab({QStringLiteral("--headless"), QStringLiteral("--lesson"),
                                  QStringLiteral("orbits"), QStringLiteral("--group"), group,
                                  QStringLiteral("--out"), dir.path()});
        QCOMPARE(run.exitCode, 0);
        QFile summary(dir.filePath(QStringLiteral("summary.json")));
        QVERIFY(summary.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(summary.readAll()).object().value("orbit_size").toInt(),
                 orbit);
    }

    // A result that cannot be written is an error naming the file, and leaves no half file.
    void headlessResultsThatCannotBeWrittenFail() {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("orbit.csv/in-the-way")));
        const Run run = runEqlab({QStringLiteral("--headless"), QStringLiteral("--lesson"),
                                  QStringLiteral("orbits"), QStringLiteral("--out"), dir.path()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("orbit.csv")), qPrintable(run.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("orbit.csv.part"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("summary.json"))));
    }

    // `eqlab FILE.eqlab.json` with no display trains it as `eqlab run` does; a bad file is named.
    void experimentFileWithoutDisplayTrainsHeadless() {
        QTemporaryDir dir;
        const QString file =
            QStringLiteral(EQLAB_SOURCE_DIR "/resources/experiments/xor.eqlab.json");
        const Run run = runEqlab({file, QStringLiteral("--out"), dir.path()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("headless")), qPrintable(run.out));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("metrics.csv"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("summary.json"))));

        QFile bad(dir.filePath(QStringLiteral("bad.eqlab.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(R"({"eqlab_experiment": 1, "task": {"kind": "xor"}, "steps": 0})");
        bad.close();
        const Run failed = runEqlab({bad.fileName()});
        QCOMPARE(failed.exitCode, 2);
        QVERIFY2(failed.err.contains(QStringLiteral("bad.eqlab.json")), qPrintable(failed.err));
        QVERIFY2(failed.err.contains(QStringLiteral("steps")), qPrintable(failed.err));
        const Run both = runEqlab({file, QStringLiteral("--lesson"), QStringLiteral("deepsets")});
        QCOMPARE(both.exitCode, 2);
    }

    // Figures with no display (docs/figures.md): the 3-D orbit of I acting by std is projected
    // and drawn as 60 point marks in vector SVG, the PDF and PNG open, the .glb has a node per
    // point, and the CSV beside each holds the 60 points.
    void figureWithoutDisplay() {
        QTemporaryDir dir;
        for (const char* file : {"orbit.svg", "orbit.pdf", "orbit.png", "orbit.glb"}) {
            const Run run = runEqlab({"figure", "orbit", "--group", "I", "--rep", "std", "--out",
                                      dir.filePath(file), "--size", "10x5", "--scale", "2"});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QVERIFY2(run.out.contains(file), qPrintable(run.out));
        }
        QFile svg(dir.filePath("orbit.svg"));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QCOMPARE(svg.readAll().count("<circle"), 60);
        QFile csv(dir.filePath("orbit.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), 61);
        QFile pdf(dir.filePath("orbit.pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QFile png(dir.filePath("orbit.png"));
        QVERIFY(png.open(QIODevice::ReadOnly));
        const QByteArray header = png.read(24);
        QCOMPARE(qFromBigEndian<quint32>(header.constData() + 16),
                 quint32(qRound(10 / 2.54 * 96) * 2));
        QCOMPARE(qFromBigEndian<quint32>(header.constData() + 20),
                 quint32(qRound(5 / 2.54 * 96) * 2));
        QFile glb(dir.filePath("orbit.glb"));
        QVERIFY(glb.open(QIODevice::ReadOnly));
        const QByteArray bytes = glb.readAll();
        QVERIFY(bytes.startsWith("glTF"));
        const quint32 jsonLength = qFromLittleEndian<quint32>(bytes.constData() + 12);
        const QJsonObject json = QJsonDocument::fromJson(bytes.mid(20, jsonLength)).object();
        int spheres = 0;
        for (const auto node : json.value("nodes").toArray()) {
            const int mesh = node.toObject().value("mesh").toInt();
            spheres += json.value("meshes")[mesh]["primitives"][0]["mode"].toInt(4) == 4;
        }
        QCOMPARE(spheres, 60);
    }

    // `eqlab run --figures` with no display writes every figure with its CSV, and the loss
    // chart's CSV holds the losses the run wrote.
    void runWritesFiguresWithoutDisplay() {
        QTemporaryDir dir;
        const QString experiment =
            QStringLiteral(EQLAB_SOURCE_DIR "/resources/experiments/deepsets.eqlab.json");
        const Run run = runEqlab({"run", experiment, "--steps", "40", "--figures", "svg,pdf,png",
                                  "--out", dir.filePath("out")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        for (const char* name :
             {"loss.svg", "loss.pdf", "loss.png", "loss.csv", "symmetry.svg", "symmetry.csv"}) {
            QVERIFY2(QFileInfo(dir.filePath(QStringLiteral("out/figures/%1").arg(name))).size() > 0,
                     name);
        }
        QFile plotted(dir.filePath("out/figures/loss.csv"));
        QFile written(dir.filePath("out/losses.csv"));
        QVERIFY(plotted.open(QIODevice::ReadOnly) && written.open(QIODevice::ReadOnly));
        const QList<QByteArray> a = plotted.readAll().trimmed().split('\n');
        const QList<QByteArray> b = written.readAll().trimmed().split('\n');
        QCOMPARE(a.size(), b.size());
        for (int i = 1; i < a.size(); ++i) {
            const auto x = a[i].split(','), y = b[i].split(',');
            QCOMPARE(x[0], y[0]);                        // the run
            QCOMPARE(x[2].toDouble(), y[2].toDouble());  // the loss
        }
    }
};

EQLAB_TEST_GUILESS_MAIN(TestHeadless)
#include "test_headless.moc"
