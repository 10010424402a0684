// Tests of parsed words that several parts of the coder share: relative pronouns, nominals, finite verbs, verbs of
// speech, nouns that count or group what follows them or name settlements, prepositions of place, verbs that name
// their object; and a walk down the tree by relation.
#pragma once

#include <array>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "coding/dependency_view.h"
#include "text/sentence.h"
#include "text/word_list.h"

namespace vigil::coding {

inline bool is_relative_pronoun(const Word& w) {
  const std::string_view xpos = w.xpos;
  if (xpos == "WDT" || xpos == "WP" || w.feats.find("PronType=Rel") != std::string::npos) return true;
  std::string_view l = w.lemma.empty() ? std::string_view(w.form) : std::string_view(w.lemma);
  return l == "which" || l == "who" || l == "that" || l == "whom";
}

inline bool is_nominal(const Word& w) {
  const std::string_view upos = w.upos;
  return upos == "NOUN" || upos == "PROPN" || upos == "PRON" || upos == "NUM";
}

inline bool is_finite(std::string_view xpos) { return xpos == "VBD" || xpos == "VBZ" || xpos == "VBP"; }

inline bool is_speech_lemma(std::string_view l) {
  static constexpr std::array<std::string_view, 16> speech = {
      "say", "tell", "report", "add", "note", "announce", "claim", "state", "stress", "explain", "insist", "declare",
      "write", "reply", "quote", "told"};
  return is_one_of(l, speech);
}

// Verbs of blame and punishment whose for/of/with-phrase names the act they blame their object for: "criticised
// Damascus for failing to cooperate", "condemned the US for interfering", "sentenced him for killing his fiancee",
// "charged him with smuggling". Not "accuse", "allege" or "suspect": the modality pass reports their act as hedged
// ("accused Russia of plotting"), which keeps what is alleged.
inline bool blames_for_act(std::string_view lemma) {
  static constexpr std::array<std::string_view, 31> kVerbs{
      "criticize", "criticise", "condemn",  "denounce", "blame",    "fault",    "rebuke",    "censure",
      "reprimand", "chastise",  "castigate", "slam",    "blast",    "berate",   "scold",     "lambaste",
      "assail",    "decry",     "deplore",  "punish",   "sentence", "convict",  "jail",      "imprison",
      "arrest",    "detain",    "charge",   "indict",   "prosecute", "fine",    "penalize"};
  return is_one_of(lemma, kVerbs);
}

// Verbs of praise whose for-phrase names the act they praise their object for: "thanked China for sending aid",
// "hailed Egypt for brokering the truce".
inline bool praises_for_act(std::string_view lemma) {
  static constexpr std::array<std::string_view, 10> kVerbs{"thank",   "praise", "commend", "congratulate", "hail",
                                                           "applaud", "salute", "honor",   "honour",       "reward"};
  return is_one_of(lemma, kVerbs);
}

// A token that opens or closes a quotation as tokenized news writes it: straight or curly double quotes, or the
// PTB-style `` and ''. (Single quotes are left out: they are as often apostrophes.)
inline bool is_quote_mark(std::string_view f) {
  return f == "\"" || f == "\u201c" || f == "\u201d" || f == "``" || f == "''";
}

// Nouns of settlements and areas: "the West Bank town of Jenin", "the Kurdish region".
inline bool names_settlement(std::string_view lemma) {
  static constexpr std::string_view nouns[] = {"town", "city", "village", "province", "region", "district", "area",
                                               "state", "capital", "port", "camp", "county", "territory"};
  return is_one_of(lemma, nouns);
}

// Prepositions of where an act happens: in, at, along its route or spread ("marched through Tbilisi", "rallied
// across Serbia"), or next to it ("an ambush near Ramadi", "clashes outside Gaza City").
inline constexpr std::string_view kPlacePrepositions[] = {"in",   "at",      "through", "across",
                                                          "near", "outside", "inside",  "around"};

// Nouns of a country's edge: a country word on them places nothing inside it ("near the Iranian border").
inline constexpr std::string_view kEdgesOfACountry[] = {"border", "frontier", "boundary", "embassy", "consulate"};

// Visits the words below `frontier` level by level (the frontier itself is level 0), going down only through the
// relations listed, up to `levels` levels, until `visit(word, level)` returns true.
template <class Visit>
void breadth_first(const DependencyView& t, std::vector<int> frontier, int levels,
                   std::initializer_list<std::string_view> through, Visit visit) {
  for (int level = 0; level < levels && !frontier.empty(); ++level) {
    std::vector<int> next;
    for (int f : frontier) {
      if (visit(f, level)) return;
      for (int c : t.children(f))
        for (std::string_view r : through)
          if (t.base_rel(c) == r) next.push_back(c);
    }
    frontier.swap(next);
  }
}

// Nouns for the acts of meeting and visiting, where a visitor meets a host.
inline bool is_meeting_noun(std::string_view lemma) {
  static constexpr std::string_view nouns[] = {"talk", "talks", "meeting", "meetings", "summit", "negotiation",
                                               "negotiations", "consultation", "consultations", "conversation",
                                               "discussion", "discussions", "visit", "trip", "tour"};
  return is_one_of(lemma, nouns);
}

// Nouns that count or group what follows them: "dozens of drones", "a wave of strikes", "a group of protesters".
inline bool is_quantity_noun(std::string_view lemma) {
  static constexpr std::string_view words[] = {"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands",
                                               "ten", "tens", "million", "millions", "score", "scores", "number",
                                               "couple", "handful", "series", "wave", "salvo", "volley", "barrage",
                                               "group", "batch", "pair", "string", "spate", "flurry", "host", "team"};
  return is_one_of(lemma, words);
}

// Nouns of a claim, a measure or an undertaking, which a doer makes, imposes or signs: "a charge denied by Tehran",
// "sanctions imposed by Washington", "a deal signed by Arafat". Not things, texts or people ("debt guaranteed by X",
// "a statement issued by X", "others wounded by gunfire"), whose by-phrase only says whose they are or who hurt them.
inline bool is_claim_or_measure_noun(std::string_view lemma) {
  static constexpr std::string_view words[] = {
      "charge",    "accusation", "allegation", "claim",     "sanction",  "ban",        "embargo",  "restriction",
      "pledge",    "promise",    "commitment", "concern",   "complaint", "lawsuit",    "war",      "offensive",
      "agreement", "deal",       "accord",     "treaty",    "memorandum", "ceasefire", "truce",    "blockade",
      "curfew",    "boycott",    "veto"};
  return is_one_of(lemma, words);
}

// Verbs that name their object something: "called it a coup", "branded them traitors", "declared him persona non
// grata".
inline bool is_naming_verb(std::string_view lemma) {
  static constexpr std::string_view verbs[] = {"call", "name", "label", "brand", "dub", "term", "declare", "deem"};
  return is_one_of(lemma, verbs);
}

// "denounced what it called Western interference": a free relative "what" whose naming verb names the thing, so
// the thing is the object of the verb that takes "what". Returns the name ("interference") or 0.
inline int named_by_free_relative(const DependencyView& t, int what) {
  if (t.lemma(what) != "what") return 0;
  for (int v : t.children(what)) {
    if (t.rel(v) != "acl:relcl" || !is_naming_verb(t.lemma(v))) continue;
    for (int c : t.children(v))
      if (t.rel(c) == "obj" || t.rel(c) == "xcomp") return c;
  }
  return 0;
}

}  // namespace vigil::coding
