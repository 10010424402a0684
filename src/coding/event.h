// A coded event: who did what to whom, with the evidence that produced it. Later stages fill in modality,
// attribution, confirmation, date and place.
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/document.h"

namespace vigil::coding {

// One side of an event: an actor as coded and as written.
struct ActorRef {
  std::string code;                  // "CANMIL", "IGOWSTNAT", "---GOV" for an agent without a country
  std::string country;               // "CAN"; empty for bodies with no country
  std::vector<std::string> sectors;  // "MIL"
  std::string text;                  // the words as written
  Span span;                         // byte offsets into the document
  int head = 0;                      // the mention's head word (1-based, in its sentence)
  int sentence = -1;                 // sentence index of the mention (a pronoun's antecedent may be earlier)
  std::string rule;                  // "dicts/actors/canada.txt:12" for the entry that named it
  // The dictionary person (index into the actors of the dictionaries) whose role on the publication date gave the
  // code, or UINT32_MAX. Once the event's own date is known, the role on that date replaces it ("in 1995").
  uint32_t dated_person = UINT32_MAX;

  bool has_sector(std::string_view s) const { return std::find(sectors.begin(), sectors.end(), s) != sectors.end(); }
};

// A link in the chain of who says an event happened, outermost first.
struct AttributionLink {
  std::string kind;  // outlet, official, anonymous, named, self
  std::string name;  // as written ("Global News")
  std::string code;  // actor code where one applies
  std::optional<Span> span;
};

// Where an event happened, from a gazetteer (UCDP-style precision).
struct Place {
  std::string name{};     // as written ("Kyiv", "near the Ukrainian border")
  std::string country{};  // ISO alpha-3 ("UKR"); empty when unknown
  std::string admin1{};   // first-level region name; empty when unknown
  double lat = 0, lon = 0;
  bool has_coordinates = false;
  std::string precision{};  // city, region, country
  int64_t geonames_id = 0;  // 0 when the place has none
  std::optional<Span> span{};
};

struct Evidence {
  std::string text;  // the whole sentence
  std::string verb;  // the event word(s) as written
  Span verb_span;
  std::string rule;  // "file:line: pattern"
};

struct Event {
  std::string doc;
  int sentence = 0;
  std::string id;
  ActorRef source;
  std::optional<ActorRef> target;
  std::string cameo;
  int verb_word = 0;  // the event word (1-based) in its sentence
  // Coded by a pattern with no slot for a partner (or by a verb's own code): a consultation so coded with no target
  // is dropped once planned acts are recoded (partnerless_consultations.h).
  bool partner_unnamed = false;
  // The pattern that coded the event asked for the verb's own negation ("did not rule out" => 138): that "not" is
  // part of the code and does not make the event negated.
  bool negation_in_code = false;
  // Filled by the events stage (until then: the publication date, basis "published").
  std::string date;
  std::string date_precision;
  std::string date_basis;
  std::optional<Place> place;
  std::optional<std::string> modality;
  std::optional<std::vector<AttributionLink>> attribution;
  std::optional<std::string> confirmation;
  // Who said the sentence holding the event ("X said Y attacked Z": X), found while coding, for attribution.
  std::optional<ActorRef> speaker;
  Evidence evidence;
  // Why the date and the place are what they are (the words that decided them), for explain.
  std::string date_reason;
  std::string place_reason;
  // Why the modality, the attribution chain and the confirmation are what they are (the words that decided them).
  std::string modality_reason;
  std::string attribution_reason;
  std::string confirmation_reason;
};

// "CANMIL" -> country "CAN", sectors {"MIL"}; "IGOWSTNAT" -> no country, sectors {"IGO", "WST", "NAT"}.
void split_actor_code(const std::string& code, std::string& country, std::vector<std::string>& sectors);

// A stable id from the event's identity (document, sentence, verb, actors, code).
std::string event_id(const Event& e);

}  // namespace vigil::coding
