// The safetensors reader and writer (compute/io/safetensors.h): a round trip keeps every bit of
// F32 and F64 values, and every malformed file is refused with an Error naming the file and the
// problem, without allocating from a length the file claims.

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstring>
#include <fstream>
#include <limits>

#include "compute/core/error.h"
#include "compute/io/safetensors.h"
#include "suite/suite.h"

using eqlab::Error;
using eqlab::ErrorKind;
using eqlab::Tensor;
using eqlab::TensorDtype;
using eqlab::io::readSafetensors;
using eqlab::io::SafetensorsFile;

namespace {

// A file: the 8-byte length of `header` (or `claimedLength`), the header, then `data`.
std::string fileBytes(const std::string& header, const std::string& data,
                      std::uint64_t claimedLength = ~0ull) {
    const std::uint64_t n = claimedLength == ~0ull ? header.size() : claimedLength;
    std::string out(8, '\0');
    std::memcpy(out.data(), &n, 8);
    return out + header + data;
}

template <class T>
std::string raw(std::initializer_list<T> values) {
    std::string out;
    for (const T v : values)
        out.append(reinterpret_cast<const char*>(&v), sizeof v);
    return out;
}

std::string writeBytes(const QTemporaryDir& dir, const QString& name, const std::string& bytes) {
    const std::string path = dir.filePath(name).toStdString();
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

bool sameBits(double a, double b) {
    return std::memcmp(&a, &b, sizeof a) == 0;
}

}  // namespace

class TestSafetensors : public QObject {
    Q_OBJECT

private slots:
    void roundTripKeepsEveryBit() {
        QTemporaryDir dir;
        SafetensorsFile file;
        const float third = 1.0f / 3.0f;
        file.tensors.push_back({"0.weight",
                                TensorDtype::F32,
                                {2, 3},
                                {third, -0.0f, std::numeric_limits<float>::denorm_min(),
                                 std::numeric_limits<float>::max(), -1e-30f, 7.0f}});
        file.tensors.push_back({"0.bias", TensorDtype::F64, {3}, {1.0 / 3.0, -0.0, 4.9e-324}});
        file.tensors.push_back({"scalar", TensorDtype::F64, {}, {M_PI}});
        file.tensors.push_back({"empty", TensorDtype::F32, {0, 4}, {}});
        file.metadata = {{"format", "eqlab-weights 1"}, {"note", "quotes \" and \\ and \n"}};
        const std::string path = dir.filePath(QStringLiteral("w.safetensors")).toStdString();
        eqlab::io::writeSafetensors(path, file);
        QVERIFY(!QFileInfo::exists(QString::fromStdString(path + ".part")));

        const SafetensorsFile back = readSafetensors(path);
        QCOMPARE(back.tensors.size(), file.tensors.size());
        QCOMPARE(back.metadata, file.metadata);
        for (const Tensor& t : file.tensors) {
            const Tensor* r = back.find(t.name);
            QVERIFY2(r, t.name.c_str());
            QCOMPARE(r->dtype, t.dtype);
            QCOMPARE(r->shape, t.shape);
            QCOMPARE(r->values.size(), t.values.size());
            for (std::size_t i = 0; i < t.values.size(); ++i)
                QVERIFY2(sameBits(r->values[i], t.values[i]), t.name.c_str());
        }
        // Writing what was read gives the same bytes; the data starts 8-byte aligned.
        const std::string bytes = eqlab::io::safetensorsBytes(file);
        std::ifstream in(path, std::ios::binary);
        const std::string onDisk((std::istreambuf_iterator<char>(in)), {});
        QCOMPARE(onDisk, bytes);
        QCOMPARE(eqlab::io::safetensorsBytes(back).size(), bytes.size());
        std::uint64_t n = 0;
        std::memcpy(&n, bytes.data(), 8);
        QCOMPARE(n % 8, 0u);
    }

    void writerRefusesInconsistentTensors() {
        SafetensorsFile file;
        file.tensors.push_back({"w", TensorDtype::F64, {2, 2}, {1, 2, 3}});
        QVERIFY_THROWS_EXCEPTION(Error, eqlab::io::safetensorsBytes(file));
        file.tensors[0] = {"w", TensorDtype::F64, {1}, {std::nan("")}};
        QVERIFY_THROWS_EXCEPTION(Error, eqlab::io::safetensorsBytes(file));
        file.tensors[0] = {"w", TensorDtype::F32, {1}, {1e300}};  // no float32 holds it
        QVERIFY_THROWS_EXCEPTION(Error, eqlab::io::safetensorsBytes(file));
        file.tensors = {{"w", TensorDtype::F32, {1}, {1}}, {"w", TensorDtype::F32, {1}, {2}}};
        QVERIFY_THROWS_EXCEPTION(Error, eqlab::io::safetensorsBytes(file));
    }

    void malformedFilesAreRefused_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char* name, const std::string& bytes, const char* expected) {
            QTest::newRow(name) << QByteArray(bytes.data(), static_cast<int>(bytes.size()))
                                << QString::fromUtf8(expected);
        };
        const std::string f32x2 = raw<float>({1.0f, 2.0f});
        const auto one = [](const std::string& entry) { return "{\"w\": " + entry + "}"; };
        row("empty file", "", "the file is 0 bytes long, shorter than the 8-byte header length");
        row("truncated length", std::string("\x10\0\0", 3),
            "the file is 3 bytes long, shorter than");
        row("header beyond the file", fileBytes("{}", "", 1000),
            "the header length 1000 goes beyond the end of the file (2 bytes follow");
        row("huge header length", fileBytes("{}", "", 1ull << 62),
            "the header length 4611686018427387904 is beyond the limit of 104857600 bytes");
        row("header not JSON", fileBytes("{nope", ""), "the header is not valid JSON");
        row("header not an object", fileBytes("[1, 2]", ""),
            "the header is a JSON array, not an object of tensors");
        row("entry not an object", fileBytes(one("3"), ""), "tensor 'w' is a JSON number");
        row("missing data_offsets", fileBytes(one(R"({"dtype": "F32", "shape": [2]})"), f32x2),
            "tensor 'w' has no 'data_offsets'");
        row("missing dtype", fileBytes(one(R"({"shape": [2], "data_offsets": [0, 8]})"), f32x2),
            "tensor 'w' has no 'dtype'");
        row("unknown field",
            fileBytes(one(R"({"dtype": "F32", "shape": [2], "data_offsets": [0, 8], "x": 1})"),
                      f32x2),
            "tensor 'w' has an unknown field 'x'");
        row("F16",
            fileBytes(one(R"({"dtype": "F16", "shape": [2], "data_offsets": [0, 4]})"), "abcd"),
            "tensor 'w': dtype 'F16' is not supported: eqlab reads F32 and F64");
        row("BF16",
            fileBytes(one(R"({"dtype": "BF16", "shape": [2], "data_offsets": [0, 4]})"), "abcd"),
            "dtype 'BF16' is not supported");
        row("I64",
            fileBytes(one(R"({"dtype": "I64", "shape": [1], "data_offsets": [0, 8]})"), "abcdefgh"),
            "dtype 'I64' is not supported");
        row("unknown dtype",
            fileBytes(one(R"({"dtype": "Q7", "shape": [2], "data_offsets": [0, 8]})"), f32x2),
            "tensor 'w': unknown dtype 'Q7'");
        row("negative shape",
            fileBytes(one(R"({"dtype": "F32", "shape": [-2], "data_offsets": [0, 8]})"), f32x2),
            "tensor 'w': shape[0] is negative");
        row("fractional shape",
            fileBytes(one(R"({"dtype": "F32", "shape": [1.5], "data_offsets": [0, 8]})"), f32x2),
            "shape[0] is not a whole number");
        row("element count overflow",
            fileBytes(one(R"({"dtype": "F32", "shape": [4294967296, 4294967296, 16],
                              "data_offsets": [0, 8]})"),
                      f32x2),
            "has more elements than 64 bits can count");
        row("byte count overflow",
            fileBytes(one(R"({"dtype": "F64", "shape": [2147483648, 4294967296],
                              "data_offsets": [0, 8]})"),
                      f32x2),
            "needs more bytes than 64 bits can count");
        row("shape times dtype mismatch",
            fileBytes(one(R"({"dtype": "F32", "shape": [3], "data_offsets": [0, 8]})"), f32x2),
            "tensor 'w': the shape [3] of F32 needs 12 bytes but data_offsets [0, 8] hold 8");
        row("begin after end",
            fileBytes(one(R"({"dtype": "F32", "shape": [2], "data_offsets": [8, 0]})"), f32x2),
            "data_offsets [8, 0] begin after they end");
        row("offsets beyond the data",
            fileBytes(one(R"({"dtype": "F32", "shape": [4], "data_offsets": [0, 16]})"), f32x2),
            "data_offsets [0, 16] go beyond the data, which has 8 bytes");
        row("offsets not a pair",
            fileBytes(one(R"({"dtype": "F32", "shape": [2], "data_offsets": [0]})"), f32x2),
            "data_offsets must be an array [begin, end]");
        row("overlapping tensors",
            fileBytes(R"({"a": {"dtype": "F32", "shape": [2], "data_offsets": [0, 8]},
                          "b": {"dtype": "F32", "shape": [2], "data_offsets": [4, 12]}})",
                      raw<float>({1, 2, 3})),
            "tensors 'a' and 'b' overlap: their data_offsets are [0, 8] and [4, 12]");
        row("hole in the data",
            fileBytes(R"({"a": {"dtype": "F32", "shape": [1], "data_offsets": [0, 4]},
                          "b": {"dtype": "F32", "shape": [1], "data_offsets": [8, 12]}})",
                      raw<float>({1, 2, 3})),
            "bytes [4, 8) of the data belong to no tensor");
        row("trailing bytes",
            fileBytes(one(R"({"dtype": "F32", "shape": [1], "data_offsets": [0, 4]})"), f32x2),
            "4 trailing bytes after the last tensor's data");
        row("NaN",
            fileBytes(one(R"({"dtype": "F64", "shape": [2], "data_offsets": [0, 16]})"),
                      raw<double>({1.0, std::nan("")})),
            "tensor 'w' holds NaN at element 1; weights must be finite");
        row("infinity",
            fileBytes(one(R"({"dtype": "F32", "shape": [2], "data_offsets": [0, 8]})"),
                      raw<float>({-std::numeric_limits<float>::infinity(), 1.0f})),
            "tensor 'w' holds an infinity at element 0");
        row("duplicate names",
            fileBytes(R"({"w": {"dtype": "F32", "shape": [1], "data_offsets": [0, 4]},
                          "w": {"dtype": "F32", "shape": [1], "data_offsets": [4, 8]}})",
                      f32x2),
            "duplicate member 'w'");
        row("metadata value not a string", fileBytes(R"({"__metadata__": {"step": 3}})", ""),
            "__metadata__ value of 'step' is a JSON number, not a string");
        row("metadata not an object", fileBytes(R"({"__metadata__": [1]})", ""),
            "__metadata__ is a JSON array");
    }

    void malformedFilesAreRefused() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const std::string path =
            writeBytes(dir, QStringLiteral("bad.safetensors"), bytes.toStdString());
        try {
            readSafetensors(path);
            QFAIL("no error");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), ErrorKind::Parse);
            const QString message = QString::fromUtf8(e.detail());
            QVERIFY2(message.startsWith(QString::fromStdString(path) + QStringLiteral(": ")),
                     qPrintable(message));
            QVERIFY2(message.contains(expected), qPrintable(message));
        }
    }

    void missingFileIsAnIoError() {
        try {
            readSafetensors("/nonexistent/w.safetensors");
            QFAIL("no error");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), ErrorKind::Io);
            QVERIFY(QString::fromUtf8(e.detail()).contains(QStringLiteral("/nonexistent/w")));
        }
    }
};

EQLAB_TEST_APPLESS_MAIN(TestSafetensors)
#include "test_safetensors.moc"
