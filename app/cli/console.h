#pragma once

// Writing to the terminal: stdout for results, stderr for messages, both UTF-8.

#include <QString>

namespace eqlab::app {

void printOut(const QString& text);  // appends nothing: pass the newline yourself
void printError(const QString& text);
bool stdoutIsTerminal();

}  // namespace eqlab::app
