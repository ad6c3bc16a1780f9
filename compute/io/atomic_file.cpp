#include "compute/io/atomic_file.h"

#include <filesystem>
#include <fstream>

#include "compute/core/error.h"

namespace eqlab::io {

void writeFileAtomically(const std::string& path, const std::string& text) {
    const std::filesystem::path target(path);
    const std::filesystem::path temporary = target.string() + ".part";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << text;
        out.flush();
        if (!out) {
            throw Error(ErrorKind::Io, "cannot write " + temporary.string());
        }
    }
    std::error_code error;
    std::filesystem::rename(temporary, target, error);
    if (error) {
        std::error_code ignored;  // the half-way file goes too; the rename's error is the news
        std::filesystem::remove(temporary, ignored);
        throw Error(ErrorKind::Io, "cannot write " + target.string() + ": " + error.message());
    }
}

}  // namespace eqlab::io
