#include "cli/coder_version.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <vector>

#include <fmt/format.h>

#include "cli/command.h"
#include "cli/resources.h"
#include "parse/model.h"

namespace vigil::cli {
namespace {

namespace fs = std::filesystem;

void mix_bytes(uint64_t& h, const char* p, size_t n) {
  for (size_t i = 0; i < n; ++i) h = (h ^ static_cast<unsigned char>(p[i])) * 0x100000001b3ULL;
}

void mix_file(uint64_t& h, const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::vector<char> buf(1 << 16);
  while (in) {
    in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
    mix_bytes(h, buf.data(), static_cast<size_t>(in.gcount()));
  }
}

// A hash of a file, or of every file under a folder (names and contents, in sorted order).
std::string hash_path(const fs::path& p) {
  uint64_t h = 0xcbf29ce484222325ULL;
  std::error_code ec;
  if (fs::is_directory(p, ec)) {
    std::vector<fs::path> files;
    for (const auto& e : fs::recursive_directory_iterator(p, ec))
      if (e.is_regular_file()) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) {
      std::string rel = fs::relative(f, p).generic_string();
      mix_bytes(h, rel.data(), rel.size());
      mix_file(h, f);
    }
  } else if (fs::exists(p, ec)) {
    mix_file(h, p);
  }
  return fmt::format("{:016x}", h);
}

}  // namespace

store::CoderVersion coder_version(const std::string& model, const std::string& dicts) {
  store::CoderVersion v;
  v.vigil = VIGIL_VERSION;
  std::string model_path = model.empty() ? data_dir() + "/" + parse::kDefaultModelName : model;
  v.model = fmt::format("{} {}", fs::path(model_path).filename().string(), hash_path(model_path));
  if (dicts.empty()) {
    // The shipped folders by content only, so two builds of one source tree agree.
    std::string hashes;
    for (const std::string& d : default_dicts_dirs()) hashes += (hashes.empty() ? "" : "+") + hash_path(d);
    v.dictionaries = "shipped " + hashes;
  } else {
    std::string path = dicts.starts_with("petrarch:") ? dicts.substr(9) : dicts;
    v.dictionaries = fmt::format("{} {}", dicts, hash_path(path));
  }
  return v;
}

}  // namespace vigil::cli
