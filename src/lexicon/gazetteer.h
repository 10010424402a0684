// The gazetteer: place names (cities, first-level regions, countries, named areas, seas), with country, region,
// coordinates and population, as generated at build time by tools/gen_gazetteer.cpp (<build>/dicts/places/
// gazetteer.tsv). Lookups are by folded name (case and accents ignored, "Rostov - on - Don" == "Rostov-on-Don").
#pragma once

#include <cstdint>
#include <iosfwd>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace vigil::lexicon {

struct GazetteerEntry {
  enum class Kind { city, region, country, area, water, adj, capital };
  Kind kind = Kind::city;
  std::string name;       // as listed
  std::string country;    // ISO alpha-3, empty for seas and disputed lines
  std::string admin1;     // first-level region, empty when none
  std::string canonical;  // the name this one is another spelling of, or empty
  double lat = 0, lon = 0;
  bool has_coordinates = false;
  int64_t population = 0;
};

// The key names are looked up by: folded, hyphens without spaces around them, single spaces.
std::string place_key(std::string_view text);

class Gazetteer {
 public:
  // Reads the TSV file; a malformed line throws InputError naming file and line.
  static Gazetteer load(const std::string& path);
  static Gazetteer read(std::istream& in, const std::string& name);

  size_t size() const { return entries_.size(); }
  const GazetteerEntry& entry(uint32_t i) const { return entries_[i]; }
  // Entries named `key` (a place_key).
  std::span<const uint32_t> lookup(const std::string& key) const;
  // Regions whose name without its kind word ("Kharkiv Oblast" -> "kharkiv") is `key`.
  std::span<const uint32_t> regions_by_stem(const std::string& key) const;
  // The longest name, in words, so a matcher knows how far to look.
  int max_words() const { return max_words_; }
  // Whether some name's key starts with `prefix` (a matcher skips the longer spans of a word no name starts with).
  bool has_key_prefix(std::string_view prefix) const;

 private:
  std::vector<GazetteerEntry> entries_;
  std::unordered_map<std::string, std::vector<uint32_t>> by_name_, by_stem_;
  std::vector<std::string> sorted_keys_;  // the keys of by_name_, sorted
  int max_words_ = 1;
};

// "kharkiv oblast" -> "kharkiv"; "state of uttar pradesh" -> "uttar pradesh" (the input is a place_key).
std::string region_stem(const std::string& key);

}  // namespace vigil::lexicon
