#include "cli/resources.h"

#include <cstdlib>
#include <filesystem>

#include "cli/command.h"
#include "lexicon/load_dictionaries.h"

namespace vigil::cli {

std::unique_ptr<parse::Model> load_parser_model(const std::string& path) {
  std::string p = path.empty() ? data_dir() + "/" + parse::kDefaultModelName : path;
  return std::make_unique<parse::Model>(parse::load_model(p));
}

std::unique_ptr<SentenceModel> load_sentence_model(const std::string& path) {
  if (path == "none") return nullptr;
  std::string p = path.empty() ? data_dir() + "/" + kDefaultSentenceModelName : path;
  return std::make_unique<SentenceModel>(SentenceModel::load(p));
}

const SentenceModel* shipped_sentence_model() {
  static const std::unique_ptr<SentenceModel> model = load_sentence_model("");
  return model.get();
}

std::string default_dicts_dir() { return data_dir() + "/dicts"; }

std::vector<std::string> default_dicts_dirs() {
  std::vector<std::string> dirs{default_dicts_dir()};
  const char* home = std::getenv("VIGIL_HOME");
  if ((!home || !*home) && std::filesystem::is_directory(VIGIL_BUILD_DICTS_DIR)) dirs.push_back(VIGIL_BUILD_DICTS_DIR);
  return dirs;
}

std::unique_ptr<lexicon::Lexicon> load_lexicon(const std::string& dir) {
  const std::string prefix = "petrarch:";
  if (dir.rfind(prefix, 0) == 0) {
    std::string verbs = dir.substr(prefix.size());
    std::string stem = verbs;
    if (stem.size() > 10 && stem.ends_with(".verbs.txt")) stem.resize(stem.size() - 10);
    lexicon::PetrarchFiles files;
    files.verbs = verbs;
    for (const char* kind : {"actors", "agents", "discards"}) {
      std::string f = stem + "." + kind + ".txt";
      if (!std::filesystem::exists(f)) continue;
      if (std::string(kind) == "actors") files.actors.push_back(f);
      else if (std::string(kind) == "agents") files.agents = f;
      else files.discards = f;
    }
    return std::make_unique<lexicon::Lexicon>(lexicon::load_petrarch_set(files));
  }
  if (dir.empty()) return std::make_unique<lexicon::Lexicon>(lexicon::load_vigil_folders(default_dicts_dirs()));
  return std::make_unique<lexicon::Lexicon>(lexicon::load_vigil_folder(dir));
}

}  // namespace vigil::cli
