#pragma once

// What the sweep tests share: running the real eqlab binary and writing small sweep files.

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

#include "cli/eqlab_process.h"

namespace {

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void write(const QString& path, const QByteArray& text) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

const QString kXor = QStringLiteral(EQLAB_SOURCE_DIR "/resources/experiments/xor.eqlab.json");

// A sweep of xor over `axes` (JSON text), next to a copy of the experiment.
QString writeSweep(const QTemporaryDir& dir, const QByteArray& axes,
                   const QByteArray& name = "xor-sweep") {
    QFile::copy(kXor, dir.filePath(QStringLiteral("xor.eqlab.json")));
    const QString path = dir.filePath(QStringLiteral("xor.sweep.json"));
    write(path, R"({"eqlab_sweep": 1, "name": ")" + name +
                    R"(", "experiment": "xor.eqlab.json", "axes": )" + axes + "}");
    return path;
}

const char* const kRunFiles[] = {"metrics.csv", "losses.csv", "summary.json", "experiment.json"};

// Every run folder of `a` holds the same bytes in `b` (the run files and the marker).
QString compareRuns(const QString& a, const QString& b, const QStringList& runs) {
    for (const QString& name : runs) {
        for (const char* file : kRunFiles) {
            const QByteArray left = readAll(QStringLiteral("%1/%2/%3").arg(a, name, file));
            if (left.isEmpty()) {
                return QStringLiteral("%1/%2/%3 is empty or missing").arg(a, name, file);
            }
            if (left != readAll(QStringLiteral("%1/%2/%3").arg(b, name, file))) {
                return QStringLiteral("%1/%2 differs between %3 and %4").arg(name, file, a, b);
            }
        }
    }
    return {};
}

QStringList runNames(const QString& dir) {
    QFile file(dir + QStringLiteral("/sweep.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QStringList names;
    for (const auto& entry : QJsonDocument::fromJson(file.readAll()).object()["runs"].toArray()) {
        names << entry.toObject()["name"].toString();
    }
    return names;
}

}  // namespace
