#include <cstdlib>

#include "cli/command.h"

namespace vigil::cli {

// One line per command file; keep in the order of the pipeline.
void add_tokenize_commands(CLI::App& app, Action& action);
void add_train_sentences_commands(CLI::App& app, Action& action);
void add_parse_commands(CLI::App& app, Action& action);
void add_code_commands(CLI::App& app, Action& action);
void add_validate_commands(CLI::App& app, Action& action);
void add_explain_commands(CLI::App& app, Action& action);
void add_eval_events_commands(CLI::App& app, Action& action);
void add_eval_modality_commands(CLI::App& app, Action& action);
void add_eval_dates_commands(CLI::App& app, Action& action);
void add_eval_places_commands(CLI::App& app, Action& action);
void add_dict_commands(CLI::App& app, Action& action);
void add_ingest_commands(CLI::App& app, Action& action);
void add_query_commands(CLI::App& app, Action& action);
void add_eval_merge_commands(CLI::App& app, Action& action);

void register_commands(CLI::App& app, Action& action) {
  add_tokenize_commands(app, action);
  add_train_sentences_commands(app, action);
  add_parse_commands(app, action);
  add_code_commands(app, action);
  add_validate_commands(app, action);
  add_explain_commands(app, action);
  add_eval_events_commands(app, action);
  add_eval_modality_commands(app, action);
  add_eval_dates_commands(app, action);
  add_eval_places_commands(app, action);
  add_dict_commands(app, action);
  add_ingest_commands(app, action);
  add_query_commands(app, action);
  add_eval_merge_commands(app, action);
}

std::string data_dir() {
  if (const char* home = std::getenv("VIGIL_HOME"); home && *home) return home;
  return VIGIL_DATA_DIR;
}

}  // namespace vigil::cli
