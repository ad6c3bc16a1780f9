#pragma once

namespace eqlab::app {

// Exit codes of the command line, the same for every subcommand.
enum ExitCode : int {
    kExitOk = 0,
    kExitFailure = 1,  // the work itself failed (I/O, divergence, a display that cannot be opened)
    kExitUsage = 2,    // bad input: an unknown option, a malformed name, file or argument
};

}  // namespace eqlab::app
