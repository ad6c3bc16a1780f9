#pragma once

// What the command-line suites share: running the real eqlab binary with no display and keeping
// its exit code and output.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace {

struct Run {
    int exitCode = -1;  // -1: it crashed or did not finish in time
    QString out;
    QString err;
};

Run run(const QString& program, const QStringList& arguments, int timeoutMs = 60000) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

Run runEqlab(const QStringList& arguments) {
    return run(QStringLiteral(EQLAB_BINARY), arguments);
}

}  // namespace
