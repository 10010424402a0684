// The words for reporting and telling something and for the press told it, shared by the parse repairs that hang a
// reported clause back under its verb ("told reporters that", "said Wednesday that", "KCNA said the son ... reviewed")
// and by the coder that keeps the press from being such a verb's target.
#pragma once

#include <string_view>

#include "text/word_list.h"

namespace vigil::parse {

// Verbs of telling whose object is whom the news is given to: "told reporters that ...".
inline bool is_telling_verb(std::string_view lemma) {
  static constexpr std::string_view kVerbs[] = {"tell", "inform", "assure", "remind", "warn", "brief"};
  return is_one_of(lemma, kVerbs);
}

// Verbs that report a clause ("said Wednesday that ...", "KCNA said the son of Kim Il-Sung reviewed ..."): saying,
// telling, thinking and deciding, whose that-clause or bare clause is what was said.
inline bool is_reporting_verb(std::string_view lemma) {
  static constexpr std::string_view kVerbs[] = {
      "say",      "tell",     "announce",  "report",  "add",      "state",    "confirm",     "warn",     "insist",
      "declare",  "claim",    "reveal",    "stress",  "note",     "indicate", "inform",      "assure",   "argue",
      "deny",     "admit",    "write",     "explain", "acknowledge", "disclose", "emphasize", "emphasise", "reiterate",
      "suggest",  "predict",  "remind",    "brief",   "agree",    "decide",   "reply",       "respond",  "allege",
      "complain", "charge",   "concede",   "believe", "think",    "fear",     "hope",        "expect",   "show",
      "assert",   "maintain", "estimate"};
  return is_one_of(lemma, kVerbs);
}

// Nouns for the press as an audience ("reporters", "journalists"), singular or plural.
inline bool is_press_noun(std::string_view word) {
  static constexpr std::string_view kNouns[] = {"reporter",      "reporters",      "journalist", "journalists",
                                                "correspondent", "correspondents", "newsman",    "newsmen"};
  return is_one_of(word, kNouns);
}

}  // namespace vigil::parse
