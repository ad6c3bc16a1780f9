#pragma once

// The registry of eqlab's subcommands (eqlab group, eqlab basis, ...). Each subcommand lives in its
// own file and registers here; main dispatches on the first argument.

#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace eqlab::app {

struct Subcommand {
    QString name;     // "group"
    QString summary;  // one line for eqlab --help, already translated
    // Runs with the arguments after the subcommand's name; returns an exit code.
    std::function<int(const QStringList& arguments)> run;
};

// All subcommands, in the order --help lists them.
std::vector<Subcommand> subcommands();

// One function per subcommand, each in its own file (app/cli/<name>_command.cpp).
Subcommand groupSubcommand();
Subcommand basisSubcommand();
Subcommand runSubcommand();
Subcommand presetsSubcommand();
Subcommand kindsSubcommand();
Subcommand figureSubcommand();
Subcommand checkSubcommand();
Subcommand auditSubcommand();
Subcommand sweepSubcommand();
Subcommand aggregateSubcommand();

const Subcommand* findSubcommand(const std::vector<Subcommand>& all, const QString& name);

}  // namespace eqlab::app
