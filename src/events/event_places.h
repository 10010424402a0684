// Event places: place names found in a sentence with the gazetteer, disambiguated by the sentence's cues ("Paris,
// Texas", "the northern Lebanese city of Tripoli"), the story's countries and population; the event's place is the
// most specific place of its own clause ("in Kyiv", "near the Ukrainian border", "arrived in Ukraine"). Places that
// stand for governments ("Moscow said"), origins ("from Belarus"), modifiers ("a Kyiv-based think tank") and places
// of other clauses are mentioned, not the event's place.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "coding/dependency_view.h"
#include "coding/event.h"
#include "lexicon/gazetteer.h"
#include "text/sentence.h"

namespace vigil::events {

class Story;

struct PlaceMention {
  enum class Form { name, region_phrase, border, directional, outside };
  Form form = Form::name;
  int first = 0, last = 0;  // words (1-based, inclusive)
  int name_last = 0;        // last word of the name itself ("Kharkiv" in "Kharkiv region")
  std::string text;         // as written
  std::vector<uint32_t> candidates;
  int chosen = -1;          // index into the gazetteer, -1 when none (a border of a country named by adjective)
  std::string country;      // resolved country
  std::string precision;    // city, region, country
  std::string why;          // how the reading was chosen
};

struct PlaceContext {
  std::vector<std::string> countries;  // countries of the story and of the event's actors, most relevant first
  std::string dateline;                // the dateline's place name as written ("KYIV"), or empty
};

// Place mentions of a sentence, left to right, each with its reading.
std::vector<PlaceMention> find_place_mentions(const Sentence& s, const lexicon::Gazetteer& g, const PlaceContext& ctx);

// The place of the event whose word is `word` in the parsed sentence, or nullopt. `actor_country`: the event's
// source country, which a border area belongs to when the text names the neighbour ("Russia massed troops near the
// Ukrainian border" -> Russia). `reason` receives the words that decided it.
std::optional<coding::Place> place_for_word(const Sentence& s, const std::vector<PlaceMention>& mentions, int word,
                                            const lexicon::Gazetteer& g, const PlaceContext& ctx,
                                            const std::string& actor_country, std::string* reason);
// The same on the sentence's view, when the caller has one.
std::optional<coding::Place> place_for_word(const coding::DependencyView& t, const std::vector<PlaceMention>& mentions,
                                            int word, const lexicon::Gazetteer& g, const PlaceContext& ctx,
                                            const std::string& actor_country, std::string* reason);

// Story pass: places the events [first, out.size()).
void place_events(Story& story, std::vector<coding::Event>& out, size_t first, const lexicon::Gazetteer& g);

}  // namespace vigil::events
