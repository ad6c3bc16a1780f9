#include "app/cli/console.h"

#include <unistd.h>
#include <cstdio>

namespace eqlab::app {

void printOut(const QString& text) {
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void printError(const QString& text) {
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

bool stdoutIsTerminal() {
    return isatty(fileno(stdout)) != 0;
}

}  // namespace eqlab::app
