// A user's data from CSV and .npy (compute/data/user_data.h): well-formed files in every
// supported variant, and malformed ones whose messages name the file, the place (CSV line and
// column, .npy byte offset) and what was expected.

#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <fstream>

#include "compute/core/error.h"
#include "compute/data/task_kinds.h"
#include "compute/data/user_data.h"
#include "suite/suite.h"

using namespace eqlab;
using namespace eqlab::data;

namespace {

// The message of the Error thrown by f (empty if none was thrown).
template <class F>
QString errorAndKindOf(F f, ErrorKind* kind = nullptr) {
    try {
        f();
    } catch (const Error& e) {
        if (kind)
            *kind = e.kind();
        return QString::fromUtf8(e.detail());
    }
    return {};
}

// A .npy file as numpy.save writes it (version 1.0): magic, version, uint16 header length, the
// dict padded with spaces to a multiple of 64 bytes ending in '\n', the data. (Checked once
// against NumPy 1.24: np.save of [[1., 2.], [3., 4.]] gives the same 160 bytes.)
std::string npyBytes(const std::string& descr, bool fortran, const std::string& shape,
                     const std::string& data, int major = 1) {
    std::string dict = "{'descr': '" + descr +
                       "', 'fortran_order': " + (fortran ? "True" : "False") +
                       ", 'shape': " + shape + ", }";
    const std::size_t pre = major == 1 ? 10 : 12;
    while ((pre + dict.size() + 1) % 64 != 0)
        dict += ' ';
    dict += '\n';
    std::string out = "\x93NUMPY";
    out += char(major);
    out += char(0);
    const std::size_t len = dict.size();
    out += char(len & 0xff);
    out += char((len >> 8) & 0xff);
    if (major != 1) {
        out += char(0);
        out += char(0);
    }
    return out + dict + data;
}

template <class T>
std::string raw(std::initializer_list<T> v) {
    std::string s(v.size() * sizeof(T), '\0');
    std::memcpy(s.data(), std::data(v), s.size());
    return s;
}

}  // namespace

class TestUserData : public QObject {
    Q_OBJECT
private slots:
    void csvRegression() {
        const std::string text =
            "# a comment before the header\n"
            "x1, \"x 2\",y\r\n"
            "1,2,3\n"
            "\n"
            "  -1.5e-3 , +4 , 0.25\n"
            "# and one between rows\n"
            "\"7\",8,9";  // no final newline
        const auto t = parseCsv(text, "data.csv");
        QCOMPARE(t.header, (std::vector<std::string>{"x1", "x 2", "y"}));
        QCOMPARE(t.lineOfRow, (std::vector<int>{3, 5, 7}));
        const auto task = csvTask(t, {}, "data.csv");
        QCOMPARE(task.X.rows(), Eigen::Index(2));  // features × samples
        QCOMPARE(task.X.cols(), Eigen::Index(3));
        QCOMPARE(task.X(0, 1), -1.5e-3);
        QCOMPARE(task.X(1, 1), 4.0);
        QCOMPARE(task.Y, (Eigen::MatrixXd(1, 3) << 3, 0.25, 9).finished());
        QVERIFY(!task.classification);
        // Two targets.
        UserDataOptions two;
        two.targets = 2;
        const auto t2 = csvTask(t, two, "data.csv");
        QCOMPARE(t2.X.rows(), Eigen::Index(1));
        QCOMPARE(t2.Y.rows(), Eigen::Index(2));
    }

    void csvClassificationAndBom() {
        const auto t = parseCsv(
            "\xEF\xBB\xBF"
            "a,b,label\n0,1,0\n1,0,2\n1,1,1\n",
            "c.csv");
        QCOMPARE(t.header.front(), std::string("a"));
        UserDataOptions o;
        o.classification = true;
        const auto task = csvTask(t, o, "c.csv");
        QVERIFY(task.classification);
        QCOMPARE(task.classes, 3);
    }

    void csvMalformed_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("classification");
        QTest::addColumn<QString>("message");
        QTest::newRow("ragged row")
            << "a,b,y\n1,2,3\n4,5\n"
            << false << "d.csv: line 3: expected 3 values (one per header column), got 2";
        QTest::newRow("too many values")
            << "a,y\n1,2,3\n"
            << false << "d.csv: line 2: expected 2 values (one per header column), got 3";
        QTest::newRow("not a number")
            << "a,b,y\n1,2,3\n4,abc,6\n"
            << false << "d.csv: line 3, column 2 ('b'): expected a number, got 'abc'";
        QTest::newRow("trailing text")
            << "a,y\n1.5x,2\n"
            << false << "d.csv: line 2, column 1 ('a'): expected a number, got '1.5x'";
        QTest::newRow("empty field")
            << "a,y\n1,\n"
            << false << "d.csv: line 2, column 2 ('y'): expected a number, the field is empty";
        QTest::newRow("nan")
            << "a,y\nnan,1\n"
            << false << "d.csv: line 2, column 1 ('a'): expected a finite number, got 'nan'";
        QTest::newRow("infinity")
            << "a,y\n1,-inf\n"
            << false << "d.csv: line 2, column 2 ('y'): expected a finite number, got '-inf'";
        QTest::newRow("out of range")
            << "a,y\n1e999,1\n"
            << false
            << "d.csv: line 2, column 1 ('a'): the number '1e999' is out of the range of a double";
        QTest::newRow("unterminated quote")
            << "a,y\n\"1,2\n"
            << false << "d.csv: line 2, column 1: unterminated quote (a field cannot span lines)";
        QTest::newRow("semicolons") << "a;b;y\n1;2;3\n"
                                    << false
                                    << "d.csv: line 1: expected comma-separated column names; this "
                                       "header seems to be separated by ';'";
        QTest::newRow("pandas index") << ",a,y\n0,1,2\n"
                                      << false
                                      << "d.csv: line 1, column 1: empty column name in the header "
                                         "(a pandas index column? write the file with index=False)";
        QTest::newRow("empty file")
            << "" << false
            << "d.csv: line 1: expected a header line of column names, the file has none";
        QTest::newRow("only a header") << "# c\na,y\n\n"
                                       << false << "d.csv: line 2: no data rows after the header";
        QTest::newRow("one column") << "y\n1\n2\n"
                                    << false
                                    << "d.csv: line 1: expected at least 2 columns (the features, "
                                       "then 1 target column(s)), got 1";
        QTest::newRow("fractional class") << "a,y\n1,0\n2,1.5\n"
                                          << true
                                          << "d.csv: line 3, column 2 ('y'): expected a class "
                                             "index 0, 1, 2, … (a whole number), got 1.500000";
        QTest::newRow("negative class") << "a,y\n1,0\n2,-1\n"
                                        << true
                                        << "d.csv: line 3, column 2 ('y'): expected a class index "
                                           "0, 1, 2, … (a whole number), got -1.000000";
        QTest::newRow("one class")
            << "a,y\n1,0\n2,0\n"
            << true
            << "d.csv: classification needs at least 2 classes, the targets only hold class 0";
    }
    void csvMalformed() {
        QFETCH(QString, text);
        QFETCH(bool, classification);
        QFETCH(QString, message);
        ErrorKind kind = ErrorKind::Internal;
        const QString got = errorAndKindOf(
            [&] {
                UserDataOptions o;
                o.classification = classification;
                csvTask(parseCsv(text.toStdString(), "d.csv"), o, "d.csv");
            },
            &kind);
        QCOMPARE(got, message);
        QCOMPARE(kind, ErrorKind::Parse);
    }

    void csvFromFile() {
        QTemporaryDir dir;
        const std::string path = (dir.path() + "/train.csv").toStdString();
        std::ofstream(path) << "u,v,t\n0.5,1,2\n";
        const auto task = loadCsvTask(path);
        QCOMPARE(task.X(1, 0), 1.0);
        ErrorKind kind = ErrorKind::Internal;
        const QString missing = errorAndKindOf([&] { loadCsvTask(path + ".nope"); }, &kind);
        QVERIFY(missing.contains(QString::fromStdString(path + ".nope")));
        QCOMPARE(kind, ErrorKind::Io);
    }

    void npyFloat64AndFloat32() {
        // The 2 × 3 array [[1, 2, 3], [4, 5, 6]]: rows are samples.
        const auto m =
            parseNpy(npyBytes("<f8", false, "(2, 3)", raw<double>({1, 2, 3, 4, 5, 6})), "x.npy");
        QCOMPARE(m.rows(), Eigen::Index(2));
        QCOMPARE(m(1, 0), 4.0);
        QCOMPARE(m(0, 2), 3.0);
        const auto f =
            parseNpy(npyBytes("<f4", false, "(3,)", raw<float>({0.5f, -1.0f, 2.0f}), 2), "y.npy");
        QCOMPARE(f.rows(), Eigen::Index(3));
        QCOMPARE(f.cols(), Eigen::Index(1));
        QCOMPARE(f(1, 0), -1.0);
        // Into a task: X transposed to features × samples.
        const auto task = npyTask(m, f.topRows(2), {}, "x.npy", "y.npy");
        QCOMPARE(task.X, m.transpose());
        QCOMPARE(task.Y.cols(), Eigen::Index(2));
        // Version 3.0 and a shape with the key order changed are fine too.
        std::string v3 = npyBytes("<f8", false, "(1, 1)", raw<double>({7}), 3);
        QCOMPARE(parseNpy(v3, "z.npy")(0, 0), 7.0);
    }

    void npyMalformed_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        const std::string good = npyBytes("<f8", false, "(2, 2)", raw<double>({1, 2, 3, 4}));
        auto row = [](const std::string& s) { return QByteArray(s.data(), qsizetype(s.size())); };
        QTest::newRow("wrong magic")
            << row("PK\x03\x04" + good.substr(4))
            << "x.npy: byte 0: expected the .npy magic string \\x93NUMPY (is this a NumPy .npy "
               "file? .npz archives and text files are not)";
        std::string v9 = good;
        v9[6] = 9;
        QTest::newRow("version")
            << row(v9) << "x.npy: byte 6: unsupported .npy version 9.0 (expected 1.0, 2.0 or 3.0)";
        QTest::newRow("fortran order")
            << row(npyBytes("<f8", true, "(2, 2)", raw<double>({1, 2, 3, 4})))
            << "x.npy: byte 10: Fortran-order arrays are not supported; expected C order (save "
               "np.ascontiguousarray(arr))";
        QTest::newRow("int64")
            << row(npyBytes("<i8", false, "(2, 2)", raw<std::int64_t>({1, 2, 3, 4})))
            << "x.npy: byte 20: expected dtype '<f8' (float64) or '<f4' (float32), got '<i8'";
        QTest::newRow("big endian")
            << row(npyBytes(">f8", false, "(2, 2)", raw<double>({1, 2, 3, 4})))
            << "x.npy: byte 20: big-endian data ('>f8') is not supported; expected '<f8' or '<f4' "
               "(save with arr.astype('<f8'))";
        QTest::newRow("3-D") << row(npyBytes("<f8", false, "(1, 2, 2)", raw<double>({1, 2, 3, 4})))
                             << "x.npy: byte 60: expected a 2-D array (samples × columns) or a 1-D "
                                "array, got a 3-D array";
        QTest::newRow("truncated data") << row(good.substr(0, good.size() - 5))
                                        << "x.npy: byte 155: the data is truncated: expected 32 "
                                           "bytes (2 x 2 float64) from byte 128, the file has 27";
        // Found by fuzzing (tests/fuzz): 2^32 × 2^32 × 8 bytes wrapped around to 0, so an empty
        // data part passed the size check and a 2^64-element matrix was allocated.
        QTest::newRow("shape overflowing 64 bits")
            << row(npyBytes("<f8", false, "(4294967296, 4294967296)", ""))
            << "x.npy: byte 128: the data is truncated: expected more than 2^64 bytes (4294967296 "
               "x 4294967296 float64) from byte 128, the file has 0";
        QTest::newRow("huge shape, no data")
            << row(npyBytes("<f4", false, "(1000000, 1000000)", raw<float>({1, 2})))
            << "x.npy: byte 136: the data is truncated: expected 4000000000000 bytes (1000000 x "
               "1000000 float32) from byte 128, the file has 8";
        // Found by fuzzing: zero columns passed the size check with no data, and the reader then
        // looped over 2^40 empty rows (a timeout in CI).
        QTest::newRow("many rows, no columns")
            << row(npyBytes("<f8", false, "(1099511627776, 0)", ""))
            << "x.npy: byte 60: the array holds no values (shape 1099511627776 x 0 float64)";
        QTest::newRow("empty 1-D")
            << row(npyBytes("<f4", false, "(0,)", ""))
            << "x.npy: byte 60: the array holds no values (shape 0 x 1 float32)";
        QTest::newRow("extra data")
            << row(good + "abc")
            << "x.npy: byte 160: 3 unexpected bytes after the data of a 2 x 2 float64 array";
        QTest::newRow("truncated header") << row(good.substr(0, 30))
                                          << "x.npy: byte 30: the file ends inside the header "
                                             "(expected 118 header bytes from byte 10)";
        QTest::newRow("too short")
            << row(good.substr(0, 7)) << "x.npy: byte 7: the file ends inside the version bytes";
        std::string nan = npyBytes("<f8", false, "(2, 2)", raw<double>({1, 2, std::nan(""), 4}));
        QTest::newRow("nan")
            << row(nan)
            << "x.npy: byte 144: expected finite numbers, the value at row 1, column 0 is NaN";
        std::string broken = good;
        broken.replace(broken.find("'shape'"), 7, "'shope'");
        QTest::newRow("missing key")
            << row(broken)
            << "x.npy: byte 10: the header lacks the key 'shape' (expected a dict with 'descr', "
               "'fortran_order' and 'shape')";
        std::string badShape = npyBytes("<f8", false, "(2, x)", raw<double>({1, 2, 3, 4}));
        QTest::newRow("bad shape")
            << row(badShape)
            << "x.npy: byte 64: header: expected a dimension (a whole number), got 'x'";
    }
    void npyMalformed() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        ErrorKind kind = ErrorKind::Internal;
        const QString got = errorAndKindOf(
            [&] { parseNpy(std::string_view(bytes.constData(), bytes.size()), "x.npy"); }, &kind);
        QCOMPARE(got, message);
        QCOMPARE(kind, ErrorKind::Parse);
    }

    void npyTaskChecks() {
        const Eigen::MatrixXd x = Eigen::MatrixXd::Ones(4, 2);
        QCOMPARE(
            errorAndKindOf([&] { npyTask(x, Eigen::MatrixXd::Ones(3, 1), {}, "x.npy", "y.npy"); }),
            QString("y.npy: has 3 rows but x.npy has 4 (expected one target row per sample)"));
        UserDataOptions o;
        o.classification = true;
        Eigen::MatrixXd y(4, 1);
        y << 0, 1, 1, 2.5;
        QCOMPARE(
            errorAndKindOf([&] { npyTask(x, y, o, "x.npy", "y.npy"); }),
            QString(
                "y.npy: row 3: expected a class index 0, 1, 2, … (a whole number), got 2.500000"));
        y(3) = 2;
        QCOMPARE(npyTask(x, y, o, "x.npy", "y.npy").classes, 3);
    }

    void npyFromFiles() {
        QTemporaryDir dir;
        const std::string xp = (dir.path() + "/x.npy").toStdString();
        const std::string yp = (dir.path() + "/y.npy").toStdString();
        std::ofstream(xp, std::ios::binary)
            << npyBytes("<f4", false, "(3, 2)", raw<float>({1, 2, 3, 4, 5, 6}));
        std::ofstream(yp, std::ios::binary)
            << npyBytes("<f8", false, "(3,)", raw<double>({0, 1, 0}));
        UserDataOptions o;
        o.classification = true;
        const auto task = loadNpyTask(xp, yp, o);
        QCOMPARE(task.X(1, 2), 6.0);
        QCOMPARE(task.classes, 2);
    }

    // Every task kind, built from its defaults, gives a test set none of whose columns equals a
    // training column; a drawn test set leaves the training data exactly as it was without one,
    // a held-out one takes its samples out of it. (User data with repeated rows included: the
    // CSV below has every sample twice.)
    void everyTaskKindHasADisjointTestSet() {
        QTemporaryDir dir;
        const std::string csv = (dir.path() + "/d.csv").toStdString();
        {
            std::ofstream out(csv);
            out << "a,b,t\n";
            for (int i = 0; i < 40; ++i)
                out << (i % 20) * 0.5 << "," << (i % 20) % 3 << "," << (i % 20) * 0.1 << "\n";
        }
        std::string xs, ys;
        for (int i = 0; i < 30; ++i) {
            const double row[2] = {double(i), double(i % 4)}, target = i * 0.25;
            xs.append(reinterpret_cast<const char*>(row), sizeof row);
            ys.append(reinterpret_cast<const char*>(&target), sizeof target);
        }
        const std::string x = (dir.path() + "/x.npy").toStdString();
        const std::string y = (dir.path() + "/y.npy").toStdString();
        std::ofstream(x, std::ios::binary) << npyBytes("<f8", false, "(30, 2)", xs);
        std::ofstream(y, std::ios::binary) << npyBytes("<f8", false, "(30,)", ys);

        int kinds = 0;
        for (const TaskKind& kind : taskKinds()) {
            Params params = defaultParams(kind.params);
            if (kind.name == "csv")
                params.setText("path", csv);
            if (kind.name == "npy") {
                params.setText("x", x);
                params.setText("y", y);
            }
            const char* name = kind.name.c_str();
            const TaskData task = makeTask(kind, params, 7);
            ++kinds;
            if (kind.test == TestSplit::None) {
                QVERIFY2(!task.hasTest(), name);
                continue;
            }
            QVERIFY2(task.hasTest() && task.X.cols() > 0, name);
            QCOMPARE(task.testX.rows(), task.X.rows());
            QCOMPARE(task.testY.rows(), task.Y.rows());
            QCOMPARE(task.testY.cols(), task.testX.cols());
            for (Eigen::Index t = 0; t < task.testX.cols(); ++t)
                for (Eigen::Index s = 0; s < task.X.cols(); ++s)
                    QVERIFY2(task.testX.col(t) != task.X.col(s),
                             qPrintable(QStringLiteral("%1: test column %2 is training column %3")
                                            .arg(name)
                                            .arg(t)
                                            .arg(s)));
            const TaskData plain = kind.make(params, 7);
            if (kind.test == TestSplit::Draw) {
                QVERIFY2(task.X == plain.X && task.Y == plain.Y, name);
                QVERIFY2(task.testX.cols() <= params.integer("test_samples"), name);
                QVERIFY2(task.testX.cols() >= params.integer("test_samples") / 4, name);
            } else {
                QVERIFY2(task.X.cols() + task.testX.cols() <= plain.X.cols(), name);
                QVERIFY2(task.testX.cols() >= 1, name);
            }
            // The same seed gives the same split.
            QVERIFY2(makeTask(kind, params, 7).testX == task.testX, name);
        }
        QVERIFY(kinds >= 20);
    }
};

EQLAB_TEST_APPLESS_MAIN(TestUserData)
#include "test_user_data.moc"
