// Place names as actors: a city or region the dictionaries do not name stands for the country it lies in, as CAMEO
// coders read "Russian forces shelled Kharkiv" (RUSMIL -> UKR) or "police in Dhaka" (BGDCOP). Only whole proper-noun
// runs count ("Shinzo Abe" is no place called Abe), and only names that say one country: a city of fewer than
// 100,000 people or a name shared by cities of several countries is too weak a clue.
#pragma once

#include <string>
#include <vector>

#include "coding/dependency_view.h"
#include "lexicon/gazetteer.h"

namespace vigil::coding {

struct PlaceName {
  int first = 0, last = 0;  // word range, 1-based inclusive
  std::string country;      // ISO alpha-3
  std::string why;          // "Kharkiv: city of UKR, population 1430885"
};

// Place names in the words not `taken` (1-based flags) by dictionary mentions.
std::vector<PlaceName> find_place_names(const DependencyView& tree, const lexicon::Gazetteer& gazetteer,
                                        const std::vector<bool>& taken);

}  // namespace vigil::coding
