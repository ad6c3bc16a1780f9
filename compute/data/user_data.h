#pragma once

// A user's own data as a task: CSV files and NumPy .npy arrays (layout in docs/data-formats.md).
//
//   CSV  a header line of column names, then one sample per line: the feature columns first, the
//        target column(s) last. Comma-separated; blank lines and lines starting with '#' are
//        skipped; fields may be quoted ("…", with "" for a quote); numbers as C would read them
//        (no NaN or infinity).
//   .npy one 2-D array of float64 ('<f8') or float32 ('<f4') in C order for X (N samples × d
//        features), another for Y (N × t, or 1-D of length N). Read as stored, float32 widened
//        to double.
//
// The engine's layout is one sample per COLUMN, so both are transposed on reading: X is d × N,
// Y is t × N. For classification Y must be a single column of class indices 0, 1, …, k−1 (whole
// numbers) and classes = k (at least 2).
//
// Errors are Error(Parse) (Error(Io) for a file that cannot be read) whose message starts with
// the file name and says where — the line (and column) of a CSV file, the byte offset in a .npy
// file — and what was expected, e.g.
//   data.csv: line 7: expected 5 values (one per header column), got 4
//   x.npy: byte 12: expected dtype '<f8' (float64) or '<f4' (float32), got '<i8'

#include <string>
#include <string_view>
#include <vector>

#include <Eigen/Core>

#include "compute/data/task_kinds.h"
#include "compute/data/tasks.h"

namespace eqlab::data {

// Registers "csv" and "npy" (task_kinds.h). Paths are as given (relative ones to the working
// directory). Optional "group" and "input_rep" state the symmetry of the data (e.g. "S5" and
// "perm"), so that equivariant layers and the invariance metric apply.
void appendUserDataTaskKinds(std::vector<TaskKind>& kinds);

struct CsvTable {
    std::vector<std::string> header;  // column names
    Eigen::MatrixXd rows;             // one row per data line, one column per header column
    std::vector<int> lineOfRow;       // the 1-based file line of each row (for messages)
};

// text: the file's contents; name: used in messages.
CsvTable parseCsv(std::string_view text, const std::string& name);
CsvTable readCsv(const std::string& path);

// A .npy array as NumPy shows it: rows × cols (a 1-D array of length N is N × 1).
Eigen::MatrixXd parseNpy(std::string_view bytes, const std::string& name);
Eigen::MatrixXd readNpy(const std::string& path);

struct UserDataOptions {
    int targets = 1;              // CSV: how many trailing columns are targets (≥ 1)
    bool classification = false;  // Y holds class indices
};

// The last `targets` columns are Y, the others X (at least one feature column is required).
TaskData csvTask(const CsvTable& table, const UserDataOptions& options, const std::string& name);
TaskData loadCsvTask(const std::string& path, const UserDataOptions& options = {});

// X and Y from two arrays with the same number of rows (options.targets is ignored: Y's columns
// are the targets).
TaskData npyTask(const Eigen::MatrixXd& x, const Eigen::MatrixXd& y, const UserDataOptions& options,
                 const std::string& xName, const std::string& yName);
TaskData loadNpyTask(const std::string& xPath, const std::string& yPath,
                     const UserDataOptions& options = {});

}  // namespace eqlab::data
