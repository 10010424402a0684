#include "lexicon/cue_lexicon.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "lexicon/fold.h"
#include "lexicon/load_dictionaries.h"

namespace vigil::lexicon {
namespace {

constexpr std::array<std::string_view, static_cast<size_t>(CueClass::count_)> kNames = {
    "negation",           "hedge",           "future",          "hypothetical",   "condition",
    "negating-governor",  "hedging-governor", "hedging-passive", "intending-governor", "demanding-governor",
    "history",            "speech",          "outlet-word",     "anonymous-word", "official-word",
    "confirm",            "deny",            "deny-report",     "no-comment",     "event-reference",
    "accusation-reference", "proposal",       "preventing-governor", "planned-modifier", "ahead-of",
    "obligation",         "clearing-governor", "ceasing-governor", "negating-marker",
    "scheduling-governor"};

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::string_view cue_class_name(CueClass c) { return kNames[static_cast<size_t>(c)]; }

bool CueLexicon::is(CueClass c, std::string_view word) const {
  std::string f = fold(word);
  for (const Cue& cue : cues_[static_cast<size_t>(c)])
    if (cue.words.size() == 1 && cue.words[0] == f) return true;
  return false;
}

const std::vector<uint32_t>& CueLexicon::cues_with_end_word(CueClass c, std::string_view folded) const {
  static const std::vector<uint32_t> kNone;
  const EndWordIndex& index = end_words_[static_cast<size_t>(c)];
  auto it = index.find(folded);
  return it == index.end() ? kNone : it->second;
}

uint32_t CueLexicon::classes_with_end_word(std::string_view folded) const {
  auto it = end_word_classes_.find(folded);
  return it == end_word_classes_.end() ? 0 : it->second;
}

void CueLexicon::index_end_words() {
  end_word_classes_.clear();
  for (size_t c = 0; c < static_cast<size_t>(CueClass::count_); ++c) {
    end_words_[c].clear();
    for (uint32_t i = 0; i < cues_[c].size(); ++i) {
      const std::vector<std::string>& words = cues_[c][i].words;
      if (words.empty()) continue;
      end_words_[c][words.front()].push_back(i);
      if (words.back() != words.front()) end_words_[c][words.back()].push_back(i);
      end_word_classes_[words.front()] |= 1u << c;
      end_word_classes_[words.back()] |= 1u << c;
    }
  }
}

size_t CueLexicon::size() const {
  size_t n = 0;
  for (const auto& v : cues_) n += v.size();
  return n;
}

void CueLexicon::add_text(std::string_view text, const std::string& file, std::vector<InputProblem>& problems) {
  uint64_t line_no = 0;
  size_t pos = 0;
  if (text.starts_with("\xEF\xBB\xBF")) pos = 3;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view line = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? text.size() + 1 : nl + 1;
    ++line_no;
    // A comment starts at '#' at the line's start or after a space or tab.
    for (size_t i = 0; i < line.size(); ++i)
      if (line[i] == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) {
        line = line.substr(0, i);
        break;
      }
    line = trim(line);
    if (line.empty()) continue;
    size_t sp = line.find_first_of(" \t");
    std::string_view name = line.substr(0, sp);
    auto it = std::find(kNames.begin(), kNames.end(), name);
    if (it == kNames.end()) {
      problems.push_back({file, line_no, "unknown cue class \"" + std::string(name) + "\""});
      continue;
    }
    auto cls = static_cast<size_t>(it - kNames.begin());
    std::string_view rest = sp == std::string_view::npos ? std::string_view() : trim(line.substr(sp));
    if (rest.empty()) {
      problems.push_back({file, line_no, "cue class \"" + std::string(name) + "\" without any phrase"});
      continue;
    }
    size_t start = 0;
    for (;;) {
      size_t bar = rest.find('|', start);
      std::string_view alt = trim(rest.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start));
      if (alt.empty()) {
        problems.push_back({file, line_no, "empty phrase between '|' separators"});
      } else if (alt.find_first_of("=@") != std::string_view::npos) {
        problems.push_back({file, line_no, "unexpected '=' or '@' in cue phrase \"" + std::string(alt) + "\""});
      } else {
        Cue c;
        c.words = fold_words(alt);
        c.file = file;
        c.line = line_no;
        cues_[cls].push_back(std::move(c));
      }
      if (bar == std::string_view::npos) break;
      start = bar + 1;
    }
  }
  index_end_words();
}

CueLexicon load_cues(const std::string& path) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    for (const auto& entry : fs::directory_iterator(path, ec))
      if (entry.is_regular_file() && entry.path().extension() == ".txt") files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    if (files.empty()) throw InputError(InputProblem{path, 0, "no cue files (*.txt) in the folder"});
  } else {
    files.push_back(path);
  }
  CueLexicon lex;
  std::vector<InputProblem> problems;
  for (const std::string& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) {
      problems.push_back({f, 0, "cannot open cue file"});
      continue;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    lex.add_text(ss.str(), f, problems);
  }
  if (!problems.empty()) throw DictionaryErrors(std::move(problems));
  return lex;
}

}  // namespace vigil::lexicon
