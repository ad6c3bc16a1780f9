// The Slurm path of `eqlab sweep` against a real single-node Slurm on this machine, started and
// stopped by the CTest fixture (scripts/slurm-localhost): only CTest runs this program, and only
// when that Slurm is up (tests/cli/CMakeLists.txt).

#include "cli/sweep_cli.h"
#include "suite/suite.h"

class TestSweepSlurm : public QObject {
    Q_OBJECT

private slots:
    // A real Slurm (the CTest fixture runs scripts/slurm-localhost start first):
    // a 4-task array runs to completion and gives the local sweep's bytes.
    void slurmJobArrayEqualsTheLocalSweep() {
        QTemporaryDir dir;
        const QString sweep = writeSweep(
            dir, R"([{"path": "steps", "values": [10, 20]}, {"path": "seed", "values": [1, 2]}])");
        const QString local = dir.filePath("local"), slurm = dir.filePath("slurm");
        QCOMPARE(runEqlab({"sweep", sweep, "--out", local, "--quiet"}).exitCode, 0);
        const Run submitted = runEqlab({"sweep", sweep, "--out", slurm, "--slurm", "--time", "5"});
        QVERIFY2(submitted.exitCode == 0, qPrintable(submitted.err));
        QVERIFY2(submitted.out.contains("submitted job array"), qPrintable(submitted.out));
        const QStringList names = runNames(slurm);
        QCOMPARE(names.size(), 4);
        // Wait for the markers (written last by each task), 45 s at most.
        QElapsedTimer clock;
        clock.start();
        int complete = 0;
        while (clock.elapsed() < 45000) {
            complete = 0;
            for (const QString& name : names) {
                complete += QFile::exists(slurm + "/" + name + "/sweep.done") ? 1 : 0;
            }
            if (complete == names.size()) {
                break;
            }
            QTest::qWait(250);
        }
        if (complete != names.size()) {
            const Run queue = run(QStringLiteral("squeue"), {});
            QString logs;
            QDirIterator it(slurm + "/slurm-logs");
            while (it.hasNext()) {
                logs += QString::fromUtf8(readAll(it.next()));
            }
            QFAIL(qPrintable(
                QStringLiteral("%1 of 4 tasks complete after 45 s; squeue:\n%2\nlogs:\n%3")
                    .arg(complete)
                    .arg(queue.out, logs)));
        }
        const Run collected = runEqlab({"sweep", "--collect", slurm});
        QVERIFY2(collected.exitCode == 0, qPrintable(collected.err));
        QVERIFY2(collected.out.contains("4 of 4 runs finished"), qPrintable(collected.out));
        const QString difference = compareRuns(local, slurm, names);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        for (const QString& name : names) {
            QCOMPARE(readAll(slurm + "/" + name + "/sweep.done"), QByteArray("finished\n"));
        }
    }
};

EQLAB_TEST_GUILESS_MAIN(TestSweepSlurm)
#include "test_sweep_slurm.moc"
