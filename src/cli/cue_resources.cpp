#include "cli/cue_resources.h"

#include "cli/command.h"

namespace vigil::cli {

std::unique_ptr<lexicon::CueLexicon> load_cue_lexicon(const std::string& path) {
  std::string p = path.empty() ? data_dir() + "/dicts/cues" : path;
  return std::make_unique<lexicon::CueLexicon>(lexicon::load_cues(p));
}

}  // namespace vigil::cli
