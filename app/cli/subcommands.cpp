#include "app/cli/subcommands.h"

namespace eqlab::app {

std::vector<Subcommand> subcommands() {
    return {runSubcommand(),   presetsSubcommand(), kindsSubcommand(), groupSubcommand(),
            basisSubcommand(), figureSubcommand(),  sweepSubcommand(), aggregateSubcommand(),
            checkSubcommand(), auditSubcommand()};
}

const Subcommand* findSubcommand(const std::vector<Subcommand>& all, const QString& name) {
    for (const auto& command : all) {
        if (command.name == name) {
            return &command;
        }
    }
    return nullptr;
}

}  // namespace eqlab::app
