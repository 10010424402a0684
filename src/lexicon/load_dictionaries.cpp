#include "lexicon/load_dictionaries.h"

#include <algorithm>
#include <filesystem>

#include "lexicon/petrarch_format.h"
#include "lexicon/vigil_format.h"

namespace vigil::lexicon {
namespace {

std::string join(const std::vector<InputProblem>& problems) {
  std::string out;
  for (const InputProblem& p : problems) {
    if (!out.empty()) out += '\n';
    out += p.to_string();
  }
  return out;
}

namespace fs = std::filesystem;

// *.txt files directly in `dir`, sorted by path.
std::vector<std::string> text_files(const fs::path& dir) {
  std::vector<std::string> out;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return out;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.is_regular_file() && entry.path().extension() == ".txt") out.push_back(entry.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

DictionaryErrors::DictionaryErrors(std::vector<InputProblem> problems)
    : InputError(problems.empty() ? InputProblem{} : problems.front()), problems_(std::move(problems)) {
  message_ = join(problems_);
}

const char* DictionaryErrors::what() const noexcept { return message_.c_str(); }

namespace {

// Reads one folder's files without finalizing, so several folders can make one set.
void load_folder_files(const std::string& dir, Dictionaries& dicts, std::vector<InputProblem>& problems) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    problems.push_back({dir, 0, "dictionary folder not found"});
    return;
  }
  fs::path root(dir);
  auto load_all = [&](const std::vector<std::string>& files, DictKind kind) {
    for (const std::string& f : files) load_vigil_file(f, kind, dicts, problems);
  };
  load_all(text_files(root / "actors"), DictKind::kActors);
  if (fs::is_regular_file(root / "agents.txt", ec)) load_vigil_file((root / "agents.txt").string(), DictKind::kAgents, dicts, problems);
  load_all(text_files(root / "agents"), DictKind::kAgents);
  load_all(text_files(root / "verbs"), DictKind::kVerbs);
  if (fs::is_regular_file(root / "discards.txt", ec))
    load_vigil_file((root / "discards.txt").string(), DictKind::kDiscards, dicts, problems);
  load_all(text_files(root / "discards"), DictKind::kDiscards);
}

}  // namespace

void load_vigil_folder(const std::string& dir, Dictionaries& dicts, std::vector<InputProblem>& problems) {
  load_folder_files(dir, dicts, problems);
  dicts.finalize(problems);
}

void load_vigil_folders(const std::vector<std::string>& dirs, Dictionaries& dicts,
                        std::vector<InputProblem>& problems) {
  for (const std::string& dir : dirs) load_folder_files(dir, dicts, problems);
  dicts.finalize(problems);
}

Dictionaries load_vigil_folders(const std::vector<std::string>& dirs) {
  Dictionaries d;
  std::vector<InputProblem> problems;
  load_vigil_folders(dirs, d, problems);
  if (!problems.empty()) throw DictionaryErrors(std::move(problems));
  return d;
}

void load_petrarch_set(const PetrarchFiles& files, Dictionaries& dicts, std::vector<InputProblem>& problems) {
  if (!files.verbs.empty()) load_petrarch_file(files.verbs, PetrarchFile::kVerbs, dicts, problems);
  for (const std::string& a : files.actors) load_petrarch_file(a, PetrarchFile::kActors, dicts, problems);
  if (!files.agents.empty()) load_petrarch_file(files.agents, PetrarchFile::kAgents, dicts, problems);
  if (!files.discards.empty()) load_petrarch_file(files.discards, PetrarchFile::kDiscards, dicts, problems);
  dicts.finalize(problems);
}

Dictionaries load_vigil_folder(const std::string& dir) {
  Dictionaries d;
  std::vector<InputProblem> problems;
  load_vigil_folder(dir, d, problems);
  if (!problems.empty()) throw DictionaryErrors(std::move(problems));
  return d;
}

Dictionaries load_petrarch_set(const PetrarchFiles& files) {
  Dictionaries d;
  std::vector<InputProblem> problems;
  load_petrarch_set(files, d, problems);
  if (!problems.empty()) throw DictionaryErrors(std::move(problems));
  return d;
}

}  // namespace vigil::lexicon
