#include "lexicon/gazetteer.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>

#include "ingest/input_error.h"
#include "lexicon/dict_text.h"
#include "lexicon/fold.h"

namespace vigil::lexicon {

std::string place_key(std::string_view text) {
  std::string f = fold(text);
  std::string out;
  out.reserve(f.size());
  for (size_t i = 0; i < f.size(); ++i) {
    char c = f[i];
    if (c == '\'' ) continue;  // "Kyiv's" never reaches here; "Oblast'" and "Odes'ka" spellings drop it
    if (c == ' ' || c == '\t') {
      if (out.empty() || out.back() == ' ' || out.back() == '-') continue;
      size_t j = i;
      while (j < f.size() && (f[j] == ' ' || f[j] == '\t')) ++j;
      if (j < f.size() && f[j] == '-') continue;
      out += ' ';
      continue;
    }
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string region_stem(const std::string& key) {
  static const char* suffixes[] = {" oblast", " province", " region", " governorate", " prefecture", " state",
                                   " county", " voivodeship", " district", " city", " department", " krai",
                                   " kray", " municipality", " republic", " territory"};
  static const char* prefixes[] = {"state of ", "republic of ", "province of "};
  std::string s = key;
  for (const char* p : prefixes)
    if (s.rfind(p, 0) == 0) s = s.substr(std::string(p).size());
  for (const char* suf : suffixes) {
    std::string x = suf;
    if (s.size() > x.size() && s.compare(s.size() - x.size(), x.size(), x) == 0) {
      s.resize(s.size() - x.size());
      break;
    }
  }
  return s;
}

namespace {

bool parse_double(std::string_view s, double& v) {
  auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

}  // namespace

Gazetteer Gazetteer::load(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw InputError(InputProblem{path, 0, "cannot open the gazetteer"});
  return read(in, path);
}

Gazetteer Gazetteer::read(std::istream& in, const std::string& name) {
  Gazetteer g;
  // The whole text at once, split into lines and columns as views: no stream per line.
  std::ostringstream whole;
  whole << in.rdbuf();
  const std::string text = std::move(whole).str();
  std::vector<std::string_view> f;
  for (const SourceLine& sl : split_lines(text)) {
    const std::string_view line = sl.text;
    const uint64_t ln = sl.number;
    if (line.empty() || line[0] == '#') continue;
    split_like_getline(line, '\t', f);
    if (f.size() != 8)
      throw InputError(InputProblem{name, ln, "expected 8 tab-separated columns, found " + std::to_string(f.size())});
    GazetteerEntry e;
    const std::string_view k = f[0];
    using K = GazetteerEntry::Kind;
    if (k == "city") e.kind = K::city;
    else if (k == "region") e.kind = K::region;
    else if (k == "country") e.kind = K::country;
    else if (k == "area") e.kind = K::area;
    else if (k == "water") e.kind = K::water;
    else if (k == "adj") e.kind = K::adj;
    else if (k == "capital") e.kind = K::capital;
    else throw InputError(InputProblem{name, ln, "unknown kind '" + std::string(k) + "'"});
    if (f[1].empty()) throw InputError(InputProblem{name, ln, "empty name"});
    e.name = f[1];
    e.country = f[2] == "-" ? "" : std::string(f[2]);
    e.admin1 = f[3] == "-" ? "" : std::string(f[3]);
    if (f[4] != "-" || f[5] != "-") {
      if (!parse_double(f[4], e.lat) || !parse_double(f[5], e.lon) || e.lat < -90 || e.lat > 90 || e.lon < -180 ||
          e.lon > 180)
        throw InputError(
            InputProblem{name, ln, "bad coordinates '" + std::string(f[4]) + "', '" + std::string(f[5]) + "'"});
      e.has_coordinates = true;
    }
    auto r = std::from_chars(f[6].data(), f[6].data() + f[6].size(), e.population);
    if (r.ec != std::errc() || r.ptr != f[6].data() + f[6].size() || e.population < 0)
      throw InputError(InputProblem{name, ln, "bad population '" + std::string(f[6]) + "'"});
    e.canonical = f[7] == "-" ? "" : std::string(f[7]);
    uint32_t id = static_cast<uint32_t>(g.entries_.size());
    std::string key = place_key(e.name);
    int words = 1;
    for (char c : key) words += c == ' ' ? 1 : (c == '-' ? 2 : 0);  // a hyphen is a word of its own
    g.max_words_ = std::max(g.max_words_, words);
    g.by_name_[key].push_back(id);
    if (e.kind == K::region) {
      std::string stem = region_stem(key);
      g.by_stem_[stem].push_back(id);
    }
    g.entries_.push_back(std::move(e));
  }
  g.sorted_keys_.reserve(g.by_name_.size());
  for (const auto& [key, ids] : g.by_name_) g.sorted_keys_.push_back(key);
  std::sort(g.sorted_keys_.begin(), g.sorted_keys_.end());
  return g;
}

bool Gazetteer::has_key_prefix(std::string_view prefix) const {
  auto it = std::lower_bound(sorted_keys_.begin(), sorted_keys_.end(), prefix,
                             [](const std::string& k, std::string_view p) { return std::string_view(k) < p; });
  return it != sorted_keys_.end() && std::string_view(*it).substr(0, prefix.size()) == prefix;
}

std::span<const uint32_t> Gazetteer::lookup(const std::string& key) const {
  auto it = by_name_.find(key);
  if (it == by_name_.end()) return {};
  return it->second;
}

std::span<const uint32_t> Gazetteer::regions_by_stem(const std::string& key) const {
  auto it = by_stem_.find(key);
  if (it == by_stem_.end()) return {};
  return it->second;
}

}  // namespace vigil::lexicon
