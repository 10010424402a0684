#include "cli/gazetteer_resource.h"

#include <cstdio>
#include <filesystem>

#include "cli/resources.h"

namespace vigil::cli {

std::unique_ptr<lexicon::Gazetteer> load_gazetteer(const std::string& path) {
  if (!path.empty()) return std::make_unique<lexicon::Gazetteer>(lexicon::Gazetteer::load(path));
  for (const std::string& dir : default_dicts_dirs()) {
    std::string p = dir + "/places/gazetteer.tsv";
    if (std::filesystem::is_regular_file(p)) return std::make_unique<lexicon::Gazetteer>(lexicon::Gazetteer::load(p));
  }
  std::fprintf(stderr, "vigil: warning: no gazetteer (dicts/places/gazetteer.tsv) found: events get no places\n");
  return nullptr;
}

}  // namespace vigil::cli
