// How the vigil command's subcommands are registered. Each command file defines one `add_*_command`.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>

namespace vigil::cli {

// Exit codes, documented in `vigil --help`.
enum ExitCode : int {
  kExitOk = 0,
  kExitFailure = 1,     // the job failed (unreadable input, a broken model or dictionary)
  kExitUsage = 2,       // bad command line
  kExitDataErrors = 3,  // the job finished but some input records were rejected (see stderr)
  kExitMissingData = 4,  // a data file outside the repository that the job needs is absent (eval-events --corpus)
};

// A subcommand's work, run after parsing; returns an exit code.
using Action = std::function<int()>;

// Registers every subcommand on `app`; the chosen one stores its work in `action`.
void register_commands(CLI::App& app, Action& action);

// Where shipped data (models/, dicts/) lives: $VIGIL_HOME, else the folder compiled in at build time.
std::string data_dir();

}  // namespace vigil::cli
