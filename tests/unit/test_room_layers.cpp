// The rooms of compute/ form a stack (docs/architecture.md): core ← groups ← nn ← data ← metrics
// ← io ← train. A file may include its own room and the rooms below it, never one above: an
// include pointing upwards (metrics reading the trainer, io writing a training result) makes the
// lower room unusable without the upper one and is how cycles start. compute/ includes no Qt and
// no VTK at all (it is a library another GUI or a script can use).

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

#include "suite/suite.h"

namespace {

const QString kComputeDir = QStringLiteral(EQLAB_SOURCE_DIR "/compute");
const QStringList kRooms = {QStringLiteral("core"), QStringLiteral("groups"),  QStringLiteral("nn"),
                            QStringLiteral("data"), QStringLiteral("metrics"), QStringLiteral("io"),
                            QStringLiteral("train")};

// "compute/nn/loss.h" in `#include "compute/nn/loss.h"` -> "nn"; the line's Qt or VTK include
// -> "qt" or "vtk"; anything else -> "".
QString roomIncluded(const QString& line) {
    static const QRegularExpression ours(QStringLiteral("^\\s*#\\s*include\\s+\"compute/(\\w+)/"));
    static const QRegularExpression qtOrVtk(
        QStringLiteral("^\\s*#\\s*include\\s+[<\"](Q\\w*|vtk\\w*)[/.>\"]"));
    if (const auto m = ours.match(line); m.hasMatch())
        return m.captured(1);
    if (const auto m = qtOrVtk.match(line); m.hasMatch())
        return m.captured(1).startsWith(QLatin1Char('Q')) ? QStringLiteral("qt")
                                                          : QStringLiteral("vtk");
    return {};
}

}  // namespace

class TestRoomLayers : public QObject {
    Q_OBJECT
private slots:
    void includesPointDownTheStack() {
        QStringList violations;
        int files = 0, includes = 0;
        for (const QString& room : kRooms) {
            QDirIterator it(kComputeDir + QLatin1Char('/') + room,
                            {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile file(path);
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
                ++files;
                int lineNumber = 0;
                while (!file.atEnd()) {
                    const QString line = QString::fromUtf8(file.readLine());
                    ++lineNumber;
                    const QString included = roomIncluded(line);
                    if (included.isEmpty())
                        continue;
                    ++includes;
                    const auto where = QStringLiteral("compute/%1/%2:%3: ")
                                           .arg(room, QFileInfo(path).fileName())
                                           .arg(lineNumber);
                    if (included == QLatin1String("qt") || included == QLatin1String("vtk"))
                        violations << where + QStringLiteral("includes %1 (compute/ has neither)")
                                                  .arg(included == QLatin1String("qt")
                                                           ? QStringLiteral("Qt")
                                                           : QStringLiteral("VTK"));
                    else if (!kRooms.contains(included))
                        violations
                            << where +
                                   QStringLiteral("includes the unknown room '%1'").arg(included);
                    else if (kRooms.indexOf(included) > kRooms.indexOf(room))
                        violations << where + QStringLiteral("%1 includes %2, a room above it")
                                                  .arg(room, included);
                }
            }
        }
        // The scan saw the library (a wrong path would pass with nothing read).
        QVERIFY2(files > 100 && includes > 300,
                 qPrintable(QStringLiteral("%1 files, %2 includes").arg(files).arg(includes)));
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));
    }

    // The check itself: an upward include is recognised as one.
    void anUpwardIncludeIsFound() {
        QCOMPARE(roomIncluded(QStringLiteral("#include \"compute/train/session.h\"\n")),
                 QStringLiteral("train"));
        QCOMPARE(roomIncluded(QStringLiteral("#include <QString>\n")), QStringLiteral("qt"));
        QCOMPARE(roomIncluded(QStringLiteral("#include <vtkActor.h>\n")), QStringLiteral("vtk"));
        QCOMPARE(roomIncluded(QStringLiteral("#include <Eigen/Core>\n")), QString());
        QVERIFY(kRooms.indexOf(QStringLiteral("train")) >
                kRooms.indexOf(QStringLiteral("metrics")));
    }
};

EQLAB_TEST_APPLESS_MAIN(TestRoomLayers)
#include "test_room_layers.moc"
