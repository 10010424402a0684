#include "coding/place_names.h"

#include <algorithm>

#include <fmt/format.h>

namespace vigil::coding {

namespace {

using EKind = lexicon::GazetteerEntry::Kind;

constexpr int64_t kMinCityPopulation = 100000;

bool proper(const DependencyView& t, int i) {
  return i >= 1 && i <= t.size() && (t.upos(i) == "PROPN" || t.xpos(i).rfind("NNP", 0) == 0);
}

// The smallest city a name may stand for: any after "the city of", "the town of" (the words say it is a place);
// otherwise only a large one (a small town's name is often another's, or a word: "at Buta", "in Makamba").
int64_t min_population_at(const DependencyView& t, int i) {
  static constexpr std::string_view settlements[] = {"city", "town", "village", "district", "port"};
  if (i > 2 && t.lemma(i - 1) == "of")
    for (std::string_view s : settlements)
      if (t.lemma(i - 2) == s) return 0;
  return kMinCityPopulation;
}

// The one country a name points to, or empty. Regions and named areas count whatever their size; cities only when
// large (any city of the gazetteer where the words before say it is a place), and a name shared across countries
// only when one bearer is far larger than the rest ("Paris").
std::string country_of(const lexicon::Gazetteer& g, std::span<const uint32_t> ids, int64_t min_population,
                       std::string& why) {
  const lexicon::GazetteerEntry* best = nullptr;
  int64_t runner_up = 0;
  for (uint32_t id : ids) {
    const lexicon::GazetteerEntry& e = g.entry(id);
    if (e.country.empty()) continue;
    // Countries, capitals and adjectives are the actor dictionaries' business.
    if (e.kind != EKind::city && e.kind != EKind::region && e.kind != EKind::area) continue;
    int64_t weight = e.kind == EKind::city ? e.population : std::max<int64_t>(e.population, kMinCityPopulation);
    if (weight < min_population) continue;
    if (!best) {
      best = &e;
      continue;
    }
    int64_t best_weight = best->kind == EKind::city ? best->population : std::max<int64_t>(best->population, kMinCityPopulation);
    if (e.country == best->country) {
      if (weight > best_weight) best = &e;
      continue;
    }
    if (weight > best_weight) {
      runner_up = std::max(runner_up, best_weight);
      best = &e;
    } else {
      runner_up = std::max(runner_up, weight);
    }
  }
  if (!best) return "";
  int64_t best_weight = best->kind == EKind::city ? best->population : std::max<int64_t>(best->population, kMinCityPopulation);
  if (runner_up * 5 > best_weight) return "";  // "Tripoli": Libya or Lebanon, the sentence must say
  const char* kind = best->kind == EKind::city ? "city" : best->kind == EKind::region ? "region" : "area";
  why = fmt::format("gazetteer: {} ({} of {})", best->name, kind, best->country);
  return best->country;
}

}  // namespace

std::vector<PlaceName> find_place_names(const DependencyView& t, const lexicon::Gazetteer& g,
                                        const std::vector<bool>& taken) {
  std::vector<PlaceName> out;
  const int n = t.size();
  // Names are written as tokens ("Port - au - Prince"): allow a few more tokens than the longest name has words.
  const int max_tokens = std::min(8, 2 * g.max_words() + 1);
  for (int i = 1; i <= n; ++i) {
    if (taken[i] || !proper(t, i) || proper(t, i - 1)) continue;
    for (int j = std::min(n, i + max_tokens - 1); j >= i; --j) {
      if (!proper(t, j) || proper(t, j + 1)) continue;  // whole runs only
      bool free = true;
      std::string text;
      for (int k = i; k <= j; ++k) {
        free = free && !taken[k];
        if (k > i) text += ' ';
        text += t.word(k).form;
      }
      if (!free) continue;
      std::string why;
      std::string country = country_of(g, g.lookup(lexicon::place_key(text)), min_population_at(t, i), why);
      if (country.empty()) continue;
      out.push_back(PlaceName{i, j, country, why});
      i = j;
      break;
    }
  }
  return out;
}

}  // namespace vigil::coding
