#include <cstdio>
#include <exception>

#include "cli/command.h"

int main(int argc, char** argv) {
  CLI::App app{"vigil: who did what to whom, when, where, and on whose word, from news text"};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("vigil ") + VIGIL_VERSION_STRING);
  app.footer(
      "Exit codes: 0 success, 1 failure, 2 bad command line, 3 finished but some input records were rejected,\n"
      "4 a data file outside the repository is absent (eval-events --corpus).\n"
      "Run 'vigil COMMAND --help' for a command's options.");
  vigil::cli::Action action;
  vigil::cli::register_commands(app, action);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : vigil::cli::kExitUsage;
  }
  try {
    return action ? action() : vigil::cli::kExitUsage;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "vigil: %s\n", e.what());
    return vigil::cli::kExitFailure;
  }
}
