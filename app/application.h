#pragma once

namespace eqlab::app {

// Decides what this invocation is — a subcommand (eqlab group ...), --help/--version, the GUI, or
// the default lesson headless when there is no display — and runs it. Returns the exit code.
int runApplication(int argc, char** argv);

}  // namespace eqlab::app
