#include "compute/data/user_data.h"

#include <charconv>
#include <cmath>

#include "compute/core/error.h"
#include "compute/core/json.h"
#include "compute/core/text.h"

namespace eqlab::data {

namespace {

[[noreturn]] void fail(const std::string& name, const std::string& where, const std::string& what) {
    throw Error(ErrorKind::Parse, name + ": " + (where.empty() ? "" : where + ": ") + what);
}

std::string lineText(int line) {
    return "line " + std::to_string(line);
}

std::string cellText(int line, int column, const std::vector<std::string>& header) {
    std::string s = lineText(line) + ", column " + std::to_string(column);
    if (column >= 1 && column <= static_cast<int>(header.size()))
        s += " ('" + header[static_cast<std::size_t>(column - 1)] + "')";
    return s;
}

std::string shown(std::string_view s) {
    constexpr std::size_t kMax = 40;
    return "'" + std::string(s.substr(0, kMax)) + (s.size() > kMax ? "…'" : "'");
}

// Splits one line at the commas outside quotes; unquotes "…" fields ("" is a quote) and trims
// white space around every field.
std::vector<std::string> splitFields(std::string_view line, const std::string& name, int lineNo) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (true) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
            ++i;
        std::string field;
        const int column = static_cast<int>(out.size()) + 1;
        if (i < line.size() && line[i] == '"') {
            ++i;
            bool closed = false;
            while (i < line.size()) {
                if (line[i] == '"') {
                    if (i + 1 < line.size() && line[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                field += line[i++];
            }
            if (!closed)
                fail(name, lineText(lineNo) + ", column " + std::to_string(column),
                     "unterminated quote (a field cannot span lines)");
            while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
                ++i;
            if (i < line.size() && line[i] != ',')
                fail(name, lineText(lineNo) + ", column " + std::to_string(column),
                     "expected ',' after the closing quote, got " + shown(line.substr(i, 1)));
        } else {
            const std::size_t end = std::min(line.find(',', i), line.size());
            field = std::string(trim(line.substr(i, end - i)));
            i = end;
        }
        out.push_back(std::move(field));
        if (i >= line.size())
            break;
        ++i;  // the comma
    }
    return out;
}

bool skipped(std::string_view line) {
    const std::string_view t = trim(line);
    return t.empty() || t.front() == '#';
}

}  // namespace

CsvTable parseCsv(std::string_view text, const std::string& name) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF")  // a UTF-8 byte-order mark
        text.remove_prefix(3);
    CsvTable t;
    std::vector<double> values;
    int lineNo = 0;
    int headerLine = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (skipped(line))
            continue;
        std::vector<std::string> fields = splitFields(line, name, lineNo);
        if (!headerLine) {
            headerLine = lineNo;
            if (fields.size() == 1) {
                for (const char* sep : {";", "\t", "|"})
                    if (line.find(sep) != std::string_view::npos)
                        fail(name, lineText(lineNo),
                             std::string("expected comma-separated column names; this header "
                                         "seems to be separated by '") +
                                 (sep[0] == '\t' ? "\\t" : sep) + "'");
            }
            for (std::size_t c = 0; c < fields.size(); ++c)
                if (fields[c].empty())
                    fail(name, lineText(lineNo) + ", column " + std::to_string(c + 1),
                         "empty column name in the header (a pandas index column? write the "
                         "file with index=False)");
            t.header = std::move(fields);
            continue;
        }
        if (fields.size() != t.header.size())
            fail(name, lineText(lineNo),
                 "expected " + std::to_string(t.header.size()) +
                     " values (one per header column), got " + std::to_string(fields.size()));
        for (std::size_t c = 0; c < fields.size(); ++c) {
            std::string_view f = fields[c];
            const int column = static_cast<int>(c) + 1;
            if (f.empty())
                fail(name, cellText(lineNo, column, t.header),
                     "expected a number, the field is empty");
            std::string_view digits = f.front() == '+' ? f.substr(1) : f;
            double v = 0;
            const auto r = std::from_chars(digits.data(), digits.data() + digits.size(), v);
            if (r.ec == std::errc::result_out_of_range)
                fail(name, cellText(lineNo, column, t.header),
                     "the number " + shown(f) + " is out of the range of a double");
            if (r.ec != std::errc() || r.ptr != digits.data() + digits.size())
                fail(name, cellText(lineNo, column, t.header),
                     "expected a number, got " + shown(f));
            if (!std::isfinite(v))
                fail(name, cellText(lineNo, column, t.header),
                     "expected a finite number, got " + shown(f));
            values.push_back(v);
        }
        t.lineOfRow.push_back(lineNo);
    }
    if (!headerLine)
        fail(name, lineText(std::max(1, lineNo)),
             "expected a header line of column names, the file has none");
    if (t.lineOfRow.empty())
        fail(name, lineText(headerLine), "no data rows after the header");
    const Eigen::Index cols = static_cast<Eigen::Index>(t.header.size());
    const Eigen::Index rows = static_cast<Eigen::Index>(t.lineOfRow.size());
    t.rows =
        Eigen::Map<const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>(
            values.data(), rows, cols);
    return t;
}

CsvTable readCsv(const std::string& path) {
    return parseCsv(json::readFile(path), path);
}

namespace {

// Y (1 × N) must hold class indices 0..k−1; returns k. where(j): the place of sample j.
template <class Where>
int checkClasses(const Eigen::MatrixXd& Y, const std::string& name, Where where) {
    if (Y.rows() != 1)
        fail(name, "",
             "classification needs exactly one target column, got " + std::to_string(Y.rows()));
    int classes = 0;
    for (Eigen::Index j = 0; j < Y.cols(); ++j) {
        const double v = Y(0, j);
        if (!(v >= 0) || v != std::floor(v) || v > 1e6)
            fail(name, where(j),
                 "expected a class index 0, 1, 2, … (a whole number), got " + std::to_string(v));
        classes = std::max(classes, static_cast<int>(v) + 1);
    }
    if (classes < 2)
        fail(name, "", "classification needs at least 2 classes, the targets only hold class 0");
    return classes;
}

}  // namespace

TaskData csvTask(const CsvTable& table, const UserDataOptions& options, const std::string& name) {
    const int cols = static_cast<int>(table.header.size());
    if (options.targets < 1)
        fail(name, "",
             "the number of target columns must be >= 1, got " + std::to_string(options.targets));
    if (cols < options.targets + 1)
        fail(name, lineText(1),
             "expected at least " + std::to_string(options.targets + 1) +
                 " columns (the features, then " + std::to_string(options.targets) +
                 " target column(s)), got " + std::to_string(cols));
    const int features = cols - options.targets;
    TaskData task;
    task.X = table.rows.leftCols(features).transpose();
    task.Y = table.rows.rightCols(options.targets).transpose();
    if (options.classification) {
        task.classification = true;
        task.classes = checkClasses(task.Y, name, [&](Eigen::Index j) {
            return cellText(table.lineOfRow[static_cast<std::size_t>(j)], cols, table.header);
        });
    }
    return task;
}

TaskData loadCsvTask(const std::string& path, const UserDataOptions& options) {
    return csvTask(readCsv(path), options, path);
}

TaskData npyTask(const Eigen::MatrixXd& x, const Eigen::MatrixXd& y, const UserDataOptions& options,
                 const std::string& xName, const std::string& yName) {
    if (x.rows() != y.rows())
        fail(yName, "",
             "has " + std::to_string(y.rows()) + " rows but " + xName + " has " +
                 std::to_string(x.rows()) + " (expected one target row per sample)");
    if (x.rows() < 1 || x.cols() < 1)
        fail(xName, "",
             "expected at least one sample and one feature, got a " + std::to_string(x.rows()) +
                 " x " + std::to_string(x.cols()) + " array");
    if (y.cols() < 1)
        fail(yName, "", "expected at least one target column");
    TaskData task;
    task.X = x.transpose();
    task.Y = y.transpose();
    if (options.classification) {
        task.classification = true;
        task.classes =
            checkClasses(task.Y, yName, [](Eigen::Index j) { return "row " + std::to_string(j); });
    }
    return task;
}

TaskData loadNpyTask(const std::string& xPath, const std::string& yPath,
                     const UserDataOptions& options) {
    return npyTask(readNpy(xPath), readNpy(yPath), options, xPath, yPath);
}

}  // namespace eqlab::data

namespace eqlab::data {

void appendUserDataTaskKinds(std::vector<TaskKind>& kinds) {
    const auto symmetry = [](TaskData task, const Params& p) {
        task.group = p.text("group");
        task.inputRep = p.text("input_rep");
        return task;
    };
    const auto options = [](const Params& p) {
        UserDataOptions o;
        o.classification = p.flag("classification");
        if (p.has("targets"))
            o.targets = static_cast<int>(p.integer("targets"));
        return o;
    };
    const ParamSpec classification =
        flagParam("classification", false, "the target column holds class indices 0, 1, ...");
    const ParamSpec group = textParam("group", "", "the group the data is posed under, e.g. S5");
    const ParamSpec inputRep =
        textParam("input_rep", "", "its action on one sample, e.g. perm (docs/representations.md)");
    kinds.push_back({"csv",
                     "a CSV file: a header, then one sample per line, features first and the "
                     "target column(s) last (docs/data-formats.md)",
                     {required(fileParam("path", "the CSV file")),
                      integerParam("targets", 1, 1, 4096, "how many trailing columns are targets"),
                      classification, group, inputRep},
                     [=](const Params& p, std::uint64_t) {
                         return symmetry(loadCsvTask(p.text("path"), options(p)), p);
                     }});
    kinds.back().test = TestSplit::HoldOut;
    kinds.push_back({"npy",
                     "two NumPy .npy arrays: x (samples x features) and y (samples x targets, or "
                     "1-D), float64 or float32, C order (docs/data-formats.md)",
                     {required(fileParam("x", "the .npy file of the inputs")),
                      required(fileParam("y", "the .npy file of the targets")), classification,
                      group, inputRep},
                     [=](const Params& p, std::uint64_t) {
                         return symmetry(loadNpyTask(p.text("x"), p.text("y"), options(p)), p);
                     }});
    kinds.back().test = TestSplit::HoldOut;
}

}  // namespace eqlab::data
