#include "coding/mentions.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <iterator>
#include <utility>

#include "coding/place_names.h"
#include "coding/word_kinds.h"
#include "text/word_list.h"

namespace vigil::coding {

using lexicon::kNone;

std::string combine_codes(const std::string& owner, const lexicon::Agent& agent) {
  if (agent.prefix) return agent.code + owner;
  return owner + agent.code;
}

// An agent's code joined to an owner's code of any length, as PETRARCH joins them: unless the owner's code holds
// each of the agent's blocks already ("White House security officials" stay USAGOV, "the Quibbler government
// newspaper" HGWGOVMED), the agent's blocks are added ("West German world government" is GMWGOVWGO). vigil's own
// agents add to a country's code only; a longer code already says who the actor is.
std::string join_agent(const std::string& owner, const lexicon::Agent& agent) {
  if (agent.format != lexicon::DictFormat::kPetrarch) return owner.size() == 3 ? combine_codes(owner, agent) : owner;
  bool redundant = true;
  for (size_t i = 0; i + 3 <= agent.code.size() && redundant; i += 3) {
    bool held = false;
    for (size_t j = 0; j + 3 <= owner.size() && !held; j += 3) held = owner.compare(j, 3, agent.code, i, 3) == 0;
    redundant = held;
  }
  return redundant ? owner : combine_codes(owner, agent);
}

void MentionFinder::start_story(lexicon::Date date) {
  date_ = date;
  history_.clear();
  subjects_.clear();
  skipped_roles_.clear();
  two_sides_.clear();
  unknown_person_last_ = false;
  unknown_group_last_ = false;
  unknown_thing_last_ = false;
  lead_role_.reset();
  coref_.start_story();
  issuers_.clear();
  quote_speakers_.clear();
  quote_reporter_ = -1;
}

std::string MentionFinder::code_of_actor(uint32_t actor) const {
  return std::string(lex_.dicts().actors[actor].code_on(date_));
}

// Verbs that say no more than that an event happened, with the event for subject ("fighting erupted").
bool is_verb_of_occurrence(std::string_view lemma) {
  static constexpr std::string_view verbs[] = {"erupt", "break", "flare", "rage", "continue", "resume",
                                               "occur", "intensify", "escalate", "ensue", "spread", "persist"};
  for (std::string_view v : verbs)
    if (v == lemma) return true;
  return false;
}

bool is_day_or_month(std::string_view word) {
  static constexpr std::string_view words[] = {"monday",  "tuesday",  "wednesday", "thursday", "friday",
                                               "saturday", "sunday",  "january",   "february", "march",
                                               "april",   "may",      "june",      "july",     "august",
                                               "september", "october", "november", "december"};
  if (word.size() > 9) return false;
  char lower[10];
  for (size_t i = 0; i < word.size(); ++i) lower[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(word[i])));
  std::string_view w(lower, word.size());
  return is_one_of(w, words);
}

bool is_time_name(std::string_view lemma) {
  if (is_day_or_month(lemma)) return true;
  static constexpr std::string_view words[] = {"today", "yesterday", "tomorrow",  "tonight", "week",  "month", "year",
                                               "weekend", "morning", "afternoon", "evening", "night", "day"};
  return is_one_of(ascii_lower(lemma), words);
}

bool any_mention_covers(const std::vector<Mention>& found, int w) {
  for (const Mention& m : found)
    if (m.first <= w && w <= m.last) return true;
  return false;
}

void place_mention(Mention& m, const DependencyView& t, const Document& doc, int sentence_index, int first, int last,
                   int head) {
  m.first = first;
  m.last = last;
  m.head = head;
  m.ref.span = Span{t.word(first).span.begin, t.word(last).span.end};
  m.ref.text = std::string(doc.slice(m.ref.span));
  m.ref.head = head;
  m.ref.sentence = sentence_index;
}

namespace {

// A raw dictionary match before combination.
struct RawMatch {
  int first = 0, last = 0;
  bool is_agent = false;
  uint32_t phrase = kNone;  // ActorPhrase or AgentPhrase index
};


int head_of_range(const DependencyView& t, int first, int last) {
  // The first word whose head lies outside the range (flat names hang off the first). A determiner or a preposition
  // the parse hangs outside on its own is not the head when a content word is: "The UN panel" read as "The" and
  // "UN" both on "panel" is headed by "UN".
  int best = 0;
  for (int i = first; i <= last && !best; ++i) {
    int h = t.head(i);
    std::string_view r = t.base_rel(i);
    if ((h < first || h > last) && r != "det" && r != "case" && r != "punct") best = i;
  }
  for (int i = first; i <= last && !best; ++i)
    if (int h = t.head(i); h < first || h > last) best = i;
  return best ? best : last;
}

// Whether words first..last (1-based) form one noun phrase, so a PETRARCH actor phrase may skip the words inside
// ("Ithilen state-run television"): one word heads them all, and none is a clause or punctuation beyond a hyphen
// ("Ithilen, which runs television" names no television).
bool one_noun_phrase(const DependencyView& t, int first, int last) {
  int heads = 0;
  for (int i = first; i <= last; ++i) {
    int h = t.head(i);
    if (h < first || h > last) ++heads;
    std::string_view r = t.base_rel(i);
    if (r == "acl" || r == "advcl" || r == "ccomp" || r == "xcomp" || r == "csubj" || r == "parataxis") return false;
    if (t.upos(i) == "PUNCT" && t.word(i).form != "-") return false;
  }
  return heads == 1;
}

std::string span_text(const Document& doc, Span s) { return std::string(doc.slice(s)); }

// A role held no longer: "former security officials". CAMEO counts former officials among the elites (ELI), so
// PETRARCH's agent code gives way to ELI, owned as the role would be ("Arnor former ministers": ARNELI).
bool held_formerly(const DependencyView& t, int head) {
  for (int c : t.children(head))
    if (t.rel(c) == "amod" && t.folded_form(c) == "former") return true;
  return false;
}

// The agent as this mention's words make it: ELI for a PETRARCH role held formerly.
lexicon::Agent agent_as_written(const lexicon::Agent& agent, bool former) {
  lexicon::Agent a = agent;
  if (former && a.format == lexicon::DictFormat::kPetrarch) {
    a.code = "ELI";
    a.prefix = false;
  }
  return a;
}

// Nouns that count the people after "of": "thousands of Israelis", "a group of Palestinians".
bool counts_people(std::string_view lemma) {
  static constexpr std::string_view nouns[] = {"ten", "dozen", "hundred", "thousand", "million", "score",
                                               "group", "number", "crowd", "handful", "busload", "family"};
  return is_one_of(lemma, nouns);
}

// Whether a plural demonym at `w` names some people of the country rather than the country as a side: "two
// Palestinians", "thousands of Israelis", "many Ukrainians" (CAMEO: civilians), not "the Israelis agreed".
bool counted_people(const DependencyView& t, int w) {
  for (int c : t.children(w)) {
    std::string_view r = t.rel(c), l = t.lemma(c);
    if (r == "nummod") return true;
    if ((r == "amod" || r == "det") && (l == "many" || l == "several" || l == "few" || l == "numerous"))
      return true;
  }
  int h = t.head(w), cs = t.child(w, "case");
  return h > 0 && t.base_rel(w) == "nmod" && cs && t.lemma(cs) == "of" && counts_people(t.lemma(h));
}

// Things an army holds: an attack on "Armenian positions" or "a Russian base" is an attack on its military.
bool military_holding(const DependencyView& t, int w) {
  std::string_view l = t.lemma(w);
  if (l == "position") return t.word(w).form.ends_with("s");  // "the Armenian position" is a stance
  return l == "outpost" || l == "garrison" || l == "trench" || l == "barracks" || l == "bunker" ||
         l == "stronghold" || l == "base";
}

bool is_pronoun(std::string_view lower, bool& personal) {
  personal = lower == "he" || lower == "she" || lower == "him" || lower == "her";
  return personal || lower == "they" || lower == "them" || lower == "it";
}

// Whether `text` holds `word` (lower case) as a whole word after its first, in any case: "council" in "UN Security
// Council".
bool has_later_word(std::string_view text, std::string_view word) {
  for (size_t at = text.find(' '); at != std::string_view::npos; at = text.find(' ', at + 1)) {
    const size_t start = at + 1;
    if (text.size() - start < word.size()) return false;
    bool same = start + word.size() == text.size() || text[start + word.size()] == ' ';
    for (size_t k = 0; same && k < word.size(); ++k)
      same = std::tolower(static_cast<unsigned char>(text[start + k])) == word[k];
    if (same) return true;
  }
  return false;
}

// The last word of a newspaper's name ("Times", "Daily", "Herald"): what a country's or a city's name before it
// makes a newspaper ("the Jordan Times", "the China Youth Daily"), written with its capital.
bool is_newspaper_word(std::string_view form) {
  static constexpr std::string_view kWords[] = {"Times",   "Daily",     "Post",      "Herald",    "Tribune",
                                                "Gazette", "Journal",   "Observer",  "Telegraph", "Chronicle",
                                                "Monitor", "Mirror",    "Inquirer",  "Courier",   "Dispatch"};
  return is_one_of(form, kWords);
}

// An all-capital name of two to six letters ("AWB", "NATO"): an organisation's initials.
bool is_acronym(std::string_view form) {
  if (form.size() < 2 || form.size() > 6) return false;
  for (char c : form)
    if (!std::isupper(static_cast<unsigned char>(c))) return false;
  return true;
}

// "it would take 15,000 units to kill someone", "it is important that ...", "it is likely to rain": a dummy
// subject standing for the clause that follows, not for an actor.
bool expletive_it(const DependencyView& t, int i) {
  std::string_view r = t.rel(i);
  if (r != "nsubj" && r != "expl") return false;
  if (r == "expl") return true;
  int h = t.head(i);
  auto has_clause = [&](int w) {
    for (int c : t.children(w)) {
      std::string_view cr = t.base_rel(c);
      if (cr == "csubj" || cr == "ccomp" || cr == "xcomp" || (cr == "advcl" && t.child(c, "mark") &&
                                                              t.folded_form(t.child(c, "mark")) == "to"))
        return true;
    }
    return false;
  };
  static constexpr std::array<std::string_view, 16> predicates = {
      "important", "necessary", "possible", "impossible", "likely", "unlikely", "clear", "difficult",
      "easy", "hard", "vital", "essential", "crucial", "unclear", "time", "true"};
  std::string_view l = t.lemma(h);
  if (l == "take" || l == "cost") return has_clause(h);
  // "it's feared the situation will worsen", "it was reported that": a passive of thinking or saying (the parser
  // often misses the passive and the clause after it).
  static constexpr std::string_view kThought[] = {"fear", "believe", "say", "think", "expect", "report", "understand",
                                                  "know", "estimate", "rumour", "rumor", "hope", "feel", "claim"};
  if (t.xpos(h) == "VBN" && is_one_of(l, kThought))
    for (int c : t.children(h))
      if ((t.rel(c) == "aux" || t.rel(c) == "aux:pass") && t.lemma(c) == "be") return true;
  return t.child(h, "cop") && is_one_of(t.folded_lemma(h), predicates) && has_clause(h);
}

// The regions of CAMEO's country codes: an adjective of one ("the South Asian country") says where a country lies,
// not which it is.
bool cameo_region(std::string_view code) {
  static constexpr std::string_view kRegions[] = {"AFR", "ASA", "BLK", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF",
                                                  "EEU", "EUR", "LAM", "MEA", "MDT", "NAF", "NMR", "PGS", "SCN",
                                                  "SAM", "SAS", "SEA", "SAF", "WAF", "WST"};
  return is_one_of(code, kRegions);
}

// A word that places a state inside a country: "the southern state", "the northeastern state", "the central state".
bool part_of_a_country(std::string_view word) {
  const bool compass = word.starts_with("north") || word.starts_with("south") || word.starts_with("east") ||
                       word.starts_with("west");
  return (compass && word.ends_with("ern")) || word == "central" || word == "coastal";
}

// Where a description of a country begins (the "the" of "the country", "the South Asian country", "the Himalayan
// kingdom", "the oil-rich state", "this South Asian country"), or 0 when word i heads none. Wire copy calls the
// country it has named so. Only "country" and "nation" stand bare ("the state" is mostly the government, "the kingdom" a name); the words before
// the noun describe it and do not pick another: not "the neighbouring country", "the other nation", "the host
// country", "the Indian state" (a country's adjective names it), "the southern state" (a state of a country).
int country_description_start(const DependencyView& t, int i, const std::vector<Mention>& found) {
  static constexpr std::string_view kBare[] = {"country", "nation"};
  static constexpr std::string_view kDescribed[] = {"kingdom", "republic", "state", "emirate", "sultanate",
                                                    "principality"};
  static constexpr std::string_view kOtherCountry[] = {"other", "neighbouring", "neighboring", "neighbour",
                                                       "neighbor", "foreign", "same", "first", "only", "last",
                                                       "next", "new", "third", "second", "host", "home", "each",
                                                       "every", "whole", "entire", "rest"};
  // The tags first: this runs for every word, and folding the lemma costs more.
  if (t.upos(i) != "NOUN" && t.upos(i) != "PROPN") return 0;
  if (t.xpos(i) == "NNS" || t.xpos(i) == "NNPS") return 0;
  // The noun's own words: "the", a possessive's "'s", and the describing words, nothing that says whose it is.
  // (Before the lemma: most nouns fail here, and the lemma is folded only for those that pass.)
  int det = 0;
  for (int c : t.children(i)) {
    std::string_view r = t.rel(c);
    if (r == "det") det = c;
    else if (r != "case" && r != "amod" && r != "compound" && r != "punct") return 0;
    if (c > i && r != "case" && r != "punct") return 0;
  }
  // "this South Asian country" as well, described: a bare "this country" is as often the speaker's own.
  const bool this_one = det && t.folded_form(det) == "this";
  if (!det || (t.folded_form(det) != "the" && !this_one)) return 0;
  const std::string_view noun = t.folded_lemma(i);
  const bool bare_ok = is_one_of(noun, kBare);
  if (!bare_ok && !is_one_of(noun, kDescribed)) return 0;
  if (det == i - 1) return bare_ok && !this_one ? det : 0;
  for (int w = det + 1; w < i; ++w) {
    const Word& word = t.word(w);
    if (is_one_of(t.folded_form(w), kOtherCountry) || word.xpos == "JJR" || word.xpos == "JJS") return 0;
    if (noun == "state" && part_of_a_country(t.folded_form(w))) return 0;
    for (const Mention& m : found)
      if (m.first <= w && w <= m.last && !(m.kind == MentionKind::adjective && cameo_region(m.ref.code))) return 0;
    const bool describing = word.upos == "ADJ" || word.upos == "PROPN" || word.xpos == "VBN" ||
                            word.form == "-" || (w + 1 < i && t.word(w + 1).form == "-");
    if (!describing) return 0;
  }
  return det;
}

// The words first..last as written.
std::string words_of(const DependencyView& t, int first, int last) {
  std::string out;
  for (int w = first; w <= last; ++w) out += (out.empty() ? "" : " ") + t.word(w).form;
  return out;
}

// The pronoun at word `i` standing for `a` (its antecedent noted as "they -> Biden, sentence 0").
Mention pronoun_for(const Mention& a, int i, const Word& w, std::string_view pronoun, int sentence) {
  Mention p;
  p.first = p.last = p.head = i;
  p.kind = MentionKind::pronoun;
  p.person = a.person;
  p.ref = a.ref;
  p.ref.text = w.form;
  p.ref.span = w.span;
  p.ref.head = i;
  p.ref.sentence = sentence;
  p.antecedent = std::string(pronoun) + " -> " + a.ref.text + ", sentence " + std::to_string(a.ref.sentence);
  return p;
}

// A pronoun that stands for two people ("they" after "Biden and Xi", "their meeting"): one mention each, at the
// same word; the first counts both. (`a` and `b` may live in `found`: both are copied before it grows.)
void add_pair_pronoun(std::vector<Mention>& found, const Mention& a, const Mention& b, int i, const Word& w,
                      std::string_view pronoun, int sentence) {
  Mention first = pronoun_for(a, i, w, pronoun, sentence), second = pronoun_for(b, i, w, pronoun, sentence);
  first.members = 2;
  found.push_back(std::move(first));
  found.push_back(std::move(second));
}

// Whether the adjective at `w`, written in lower case, is a compass direction before a place: "the war-torn western
// region of Darfur", "western Iraq", "this western German spa town". Matching ignores case, so "western" matches
// the West's adjective; written so before people ("western nations", "western diplomats") it is the West.
bool is_compass_direction(const DependencyView& t, int w) {
  const std::string& form = t.word(w).form;
  if (form.empty() || !std::islower(static_cast<unsigned char>(form.front())) || w >= t.size()) return false;
  static constexpr std::string_view kPlaceNouns[] = {
      "region", "part", "province", "state", "town", "city", "district", "area", "suburb", "outskirts", "coast",
      "border", "flank", "half", "edge", "shore", "desert", "mountains", "highlands", "sector", "zone", "front",
      "village", "capital", "corner", "tip", "end", "side", "portion", "territory", "frontier", "county", "port"};
  const std::string& next = t.word(w + 1).form;
  return (!next.empty() && std::isupper(static_cast<unsigned char>(next.front()))) ||
         is_one_of(t.lemma(w + 1), kPlaceNouns);
}

// Whether a sentence starts inside a quotation begun in an earlier sentence: its first mark closes one ("We regret
// that decision," Albright said.): the mark follows the clause's own punctuation, and the sentence holds an odd
// number of marks.
bool starts_inside_quotation(const DependencyView& t) {
  int total = 0, first = 0;
  for (int k = 1; k <= t.size(); ++k)
    if (is_quote_mark(t.word(k).form)) {
      if (!first) first = k;
      ++total;
    }
  static constexpr std::string_view kClauseEnds[] = {",", ".", "?", "!", "...", ";"};
  return total % 2 == 1 && first > 1 && is_one_of(t.word(first - 1).form, kClauseEnds);
}

// Whether word `w` stands inside quotation marks.
bool inside_quotation(const DependencyView& t, int w) {
  int before = 0;
  for (int k = 1; k < w; ++k) before += is_quote_mark(t.word(k).form);
  return (before + starts_inside_quotation(t)) % 2 == 1;
}

// inside_quotation for every word at once (indexed by word, 1-based).
std::vector<char> quoted_words(const DependencyView& t) {
  std::vector<char> in(t.size() + 1, 0);
  int before = starts_inside_quotation(t);
  for (int k = 1; k <= t.size(); ++k) {
    in[k] = before % 2 == 1;
    before += is_quote_mark(t.word(k).form);
  }
  return in;
}

// The subject of a verb of saying that reports a quotation, outside its marks; inverted ("said US Secretary of State
// Condoleezza Rice") the parser may read it as the verb's object. 0 when none.
int speaker_outside_quotation(const DependencyView& t, int verb) {
  int s = t.child(verb, "nsubj");
  // "He thanked the parliament ... and added: \"...\"": a conjunct's subject is its first conjunct's.
  if (!s && t.base_rel(verb) == "conj" && !t.child(verb, "nsubj:pass")) s = t.child(t.head(verb), "nsubj");
  if (!s && (t.lemma(verb) == "say" || t.lemma(verb) == "add") && t.child(verb, "obj") > verb) s = t.child(verb, "obj");
  return s && !inside_quotation(t, s) ? s : 0;
}

// Who reports the quoted clause that the first person `i` is the subject of: the subject of the verb of saying the
// clause hangs on ("Maliki told a gathering: \"I pledge ...\""), or of one the parse hung on the clause after its
// closing mark ("\"We congratulate the government of Denmark ...,\" she said", "said" a complement of
// "congratulate", or a conjunct with nothing else to say: "\"... we are ready to give up ...,\" Sharon said"). 0
// when none.
int reporter_of_first_person(const DependencyView& t, int i) {
  for (int c = t.head(i); c > 0; c = t.head(c)) {
    std::string_view cr = t.base_rel(c);
    if ((cr == "ccomp" || cr == "parataxis") && t.head(c) > 0 && t.upos(t.head(c)) == "VERB")
      if (int s = speaker_outside_quotation(t, t.head(c))) return s;
    for (int k : t.children(c)) {
      std::string_view kr = t.base_rel(k);
      const bool hung_below = kr == "ccomp" || kr == "parataxis" || is_bare_reporting_conjunct(t, k);
      if (k > i && hung_below && t.upos(k) == "VERB" && is_speech_lemma(t.lemma(k)) && !inside_quotation(t, k))
        if (int s = speaker_outside_quotation(t, k)) return s;
    }
  }
  return 0;
}

}  // namespace

// A news outlet: one named by name ("AFP", "Interfax") or described ("the Brazilian newspaper", "U.S. media"), not
// a journalist.
bool is_news_outlet(const Mention& m) {
  static constexpr std::string_view kOutlets[] = {"agency", "newspaper", "paper", "media", "daily", "television",
                                                  "radio", "broadcaster", "channel", "network", "magazine",
                                                  "journal", "weekly", "press", "tv", "station", "website"};
  if (!m.ref.has_sector("MED")) return false;
  if (m.kind == MentionKind::actor || is_one_of(m.role_lemma, kOutlets)) return true;
  // Or the last word of the description ("the official Xinhua news agency", whose role is "official").
  // (npos + 1 is 0: a one-word text)
  return is_one_of(ascii_lower(std::string_view(m.ref.text).substr(m.ref.text.rfind(' ') + 1)), kOutlets);
}

// Whether an agent's words can be "he" or "she": "the foreign minister", "a spokesman", not "a Moscow court",
// "the police" or "Russian forces".
bool names_one_person(std::string_view text) {
  size_t space = text.find_last_of(' ');
  const std::string last = ascii_lower(space == std::string_view::npos ? text : text.substr(space + 1));
  static constexpr std::string_view bodies[] = {
      "court", "government", "ministry", "army", "police", "parliament", "military", "navy", "council",
      "committee", "agency", "office", "department", "commission", "party", "group", "company", "authority",
      "administration", "cabinet", "junta", "regime", "service", "force", "guard", "coast", "senate", "congress",
      "assembly", "tribunal", "prosecutor's", "union", "alliance", "bank", "board", "embassy", "mission", "team",
      "university", "college", "school", "institute", "academy", "hospital", "newspaper", "organization",
      "organisation", "movement", "front", "federation", "association", "foundation", "corporation", "firm",
      "television", "radio", "station", "network", "industry", "community", "club", "church"};
  for (std::string_view b : bodies)
    if (last == b) return false;
  // A plural ("officials", "troops", "protesters") is "they", not "he".
  return !(last.size() > 3 && last.back() == 's' && last[last.size() - 2] != 's');
}

void MentionFinder::find(const DependencyView& t, const lexicon::SentenceKeys& keys, const Document& doc,
                         int sentence_index, std::vector<Mention>& out) {
  const lexicon::Dictionaries& d = lex_.dicts();
  const int n = t.size();
  std::vector<RawMatch> raw;
  for (int i = 0; i < n;) {
    // Phrases that are not actors where they stand ("Team Canada").
    auto dm = lex_.discards().longest(keys.forms, static_cast<size_t>(i));
    bool actor_discard = false;
    if (dm)
      for (uint32_t v : dm.values)
        if (d.discards[v].scope == lexicon::DiscardScope::kActor) actor_discard = true;
    if (actor_discard) {
      i += static_cast<int>(dm.length);
      continue;
    }
    auto am = lex_.actors().longest(keys.forms, static_cast<size_t>(i));
    // PETRARCH's blank connector lets a phrase skip words of the noun phrase it names.
    lex_.for_each_gapped_actor(keys.forms, static_cast<size_t>(i), [&](size_t length, std::span<const uint32_t> v) {
      if (length <= am.length || !one_noun_phrase(t, i + 1, i + static_cast<int>(length))) return false;
      am = lexicon::PhraseMatcher::Match{static_cast<uint32_t>(length), v};
      return true;
    });
    if (am && am.length == 1 && d.actor_phrases[am.values[0]].role == lexicon::PhraseRole::kAdjective &&
        is_compass_direction(t, i + 1))
      am = {};
    auto gm = lex_.agents().longest(keys.forms, keys.lemmas, static_cast<size_t>(i));
    // PETRARCH matches agents by their written forms and the plurals its file lists or generates, never by lemma:
    // "POLICE {} [~COP]" has no plural, so "polices" is no agent.
    if (gm && d.agents[d.agent_phrases[gm.values[0]].agent].format == lexicon::DictFormat::kPetrarch)
      gm = lex_.agents().longest(keys.forms, static_cast<size_t>(i));
    // A role is a noun: "suspected missile exports" holds no suspect, though "suspected" has the lemma "suspect";
    // and "urged supporters to monitor the elections" holds no monitor, though "monitor" is written as the noun is (a
    // verb's base form only: a plural tagged as a verb, "his Turkish and Cypriot counterparts", stays a role).
    if (gm) {
      const int head = i + static_cast<int>(gm.length);
      std::string_view upos = t.upos(head);
      if ((upos == "VERB" && t.xpos(head) == "VB") ||
          ((upos == "VERB" || upos == "ADJ") &&
           lex_.agents().longest(keys.forms, static_cast<size_t>(i)).length != gm.length))
        gm = {};
    }
    if (!am && !gm) {
      // "US" in capitals is the United States; the dictionaries cannot list it, as matching ignores case ("us").
      if (std::string_view(t.word(i + 1).form) == "US" && lex_.united_states_phrase() != kNone)
        raw.push_back(RawMatch{i + 1, i + 1, false, lex_.united_states_phrase()});
      ++i;
      continue;
    }
    // Overlapping names: the one that reaches further wins ("The UN Security Council" is "UN Security Council",
    // not "The UN").
    const size_t reach = std::max(am.length, gm.length);
    bool later = false;
    for (size_t k = 1; k < reach && !later; ++k) {
      auto next = lex_.actors().longest(keys.forms, static_cast<size_t>(i) + k);
      later = next && k + next.length > reach;
    }
    if (later) {
      ++i;
      continue;
    }
    RawMatch m;
    m.first = i + 1;
    if (am && am.length >= gm.length) {
      m.last = i + static_cast<int>(am.length);
      m.phrase = am.values[0];
    } else {
      m.last = i + static_cast<int>(gm.length);
      m.is_agent = true;
      m.phrase = gm.values[0];
    }
    raw.push_back(m);
    i = m.last;
  }

  auto make_ref = [&](int first, int last, const std::string& code, lexicon::SourceRef where) {
    ActorRef r;
    r.code = code;
    split_actor_code(code, r.country, r.sectors);
    r.span = Span{t.word(first).span.begin, t.word(last).span.end};
    r.text = span_text(doc, r.span);
    r.head = head_of_range(t, first, last);
    r.sentence = sentence_index;
    r.rule = lex_.where(where);
    return r;
  };

  // Combine runs of [actor or adjective] [agent] [actor]: "Canadian special forces" (CAN + MIL), "Bree President
  // Romendacil" (the named actor's country + GOV), "President Volodymyr Zelenskyy" (a person's dated code wins).
  auto adjacent = [&](size_t a, size_t b) { return b < raw.size() && raw[b].first == raw[a].last + 1; };
  std::vector<Mention> found;
  for (size_t k = 0; k < raw.size(); ++k) {
    size_t lead = raw[k].is_agent ? SIZE_MAX : k;
    size_t agent = raw[k].is_agent ? k : (adjacent(k, k + 1) && raw[k + 1].is_agent ? k + 1 : SIZE_MAX);
    size_t trail = agent != SIZE_MAX && adjacent(agent, agent + 1) && !raw[agent + 1].is_agent ? agent + 1 : SIZE_MAX;
    auto actor_code = [&](size_t i) { return code_of_actor(d.actor_phrases[raw[i].phrase].actor); };
    auto is_person = [&](size_t i) {
      return d.actors[d.actor_phrases[raw[i].phrase].actor].kind == lexicon::ActorKind::kPerson;
    };
    Mention men;
    men.first = raw[k].first;
    if (agent == SIZE_MAX) {  // a lone actor or adjective
      const lexicon::ActorPhrase& ap = d.actor_phrases[raw[k].phrase];
      std::string code = actor_code(k);
      if (code.empty()) continue;  // no code on this date
      men.last = raw[k].last;
      men.person = is_person(k);
      if (men.person) men.name_first = men.first;
      men.kind = ap.role == lexicon::PhraseRole::kAdjective ? MentionKind::adjective : MentionKind::actor;
      // "this former Soviet backwater", "a former British colony": what a state once held is no act of the state.
      if (men.kind == MentionKind::adjective && men.first > 1 &&
          (t.folded_form(men.first - 1) == "former" ||
           (men.first > 2 && t.folded_form(men.first - 1) == "-" && t.folded_form(men.first - 2) == "ex")))
        continue;
      men.organisation = names_organisation(d.actors[ap.actor]) &&
                         (ap.role == lexicon::PhraseRole::kName || ap.role == lexicon::PhraseRole::kAlias);
      men.city = ap.role == lexicon::PhraseRole::kCapital;
      men.ref = make_ref(men.first, men.last, code, ap.where);
      if (men.person) men.ref.dated_person = ap.actor;
      if (code.size() == 3 && ap.role == lexicon::PhraseRole::kDemonym && counted_people(t, men.ref.head)) {
        men.ref.code = code + "CVL";  // "two Palestinians": people of the country
        split_actor_code(men.ref.code, men.ref.country, men.ref.sectors);
      }
      if (code.size() == 3 && men.kind == MentionKind::adjective && t.rel(men.ref.head) == "amod" &&
          military_holding(t, t.head(men.ref.head))) {
        men.ref.code = code + "MIL";  // "fired on Armenian positions": the army that holds them
        split_actor_code(men.ref.code, men.ref.country, men.ref.sectors);
      }
      // "talks with Moroccan and Polisario Front leaders": a country adjective joined by "and" or "or" to a run of
      // names that ends in a role noun shares that role (MARGOV), however the parse splits the phrase. vigil's
      // agents only.
      if (code.size() == 3 && men.kind == MentionKind::adjective && men.last < n &&
          (t.folded_form(men.last + 1) == "and" || t.folded_form(men.last + 1) == "or")) {
        size_t j = k + 1;
        bool run = j < raw.size() && raw[j].first == men.last + 2;
        while (run && !raw[j].is_agent && adjacent(j, j + 1)) ++j;
        if (run && raw[j].is_agent) {
          const lexicon::Agent& shared = d.agents[d.agent_phrases[raw[j].phrase].agent];
          if (shared.format == lexicon::DictFormat::kVigil) {
            men.ref.code = join_agent(code, agent_as_written(shared, false));
            split_actor_code(men.ref.code, men.ref.country, men.ref.sectors);
          }
        }
      }
      found.push_back(std::move(men));
      continue;
    }
    const lexicon::AgentPhrase& gp = d.agent_phrases[raw[agent].phrase];
    men.former = held_formerly(t, head_of_range(t, raw[agent].first, raw[agent].last));
    const lexicon::Agent ag = agent_as_written(d.agents[gp.agent], men.former);
    std::string code;
    lexicon::SourceRef where = gp.where;
    uint32_t person = kNone;  // the trailing person whose dated role gave the code
    if (trail != SIZE_MAX) {
      std::string tc = actor_code(trail);
      if (!tc.empty()) code = join_agent(tc, ag);  // a person (or body) with its own full code keeps it
      // A written title that says what a person is now outranks the dated role: "opposition leader Raila
      // Odinga" (OPP), "former President Jair Bolsonaro" (ELI).
      if (tc.size() == 6 && is_person(trail) && (ag.code == "OPP" || ag.code == "ELI"))
        code = tc.substr(0, 3) + ag.code;
      if (!code.empty()) {
        where = d.actor_phrases[raw[trail].phrase].where;
        men.person = is_person(trail);
        if (men.person) men.name_first = raw[trail].first;
        if (men.person) person = d.actor_phrases[raw[trail].phrase].actor;
      }
    }
    // PETRARCH: the agents on both sides of the actor are both its ("an MSF Arnor diplomat" is NGOARNGOV).
    const bool petrarch_agent = ag.format == lexicon::DictFormat::kPetrarch;
    if (!code.empty() && petrarch_agent && trail != SIZE_MAX && adjacent(trail, trail + 1) && raw[trail + 1].is_agent) {
      const lexicon::Agent& after = d.agents[d.agent_phrases[raw[trail + 1].phrase].agent];
      if (after.format == lexicon::DictFormat::kPetrarch && !after.prefix) {
        code = join_agent(code, after);
        ++trail;
      }
    }
    if (code.empty() && lead != SIZE_MAX) {
      std::string lc = actor_code(lead);
      if (!lc.empty()) {
        code = join_agent(lc, ag);  // "UN humanitarian agencies" stay IGOUNO
        where = d.actor_phrases[raw[lead].phrase].where;
        // "Congress (I) party": a body's name with its role noun after it
        men.organisation = names_organisation(d.actors[d.actor_phrases[raw[lead].phrase].actor]);
      }
      trail = SIZE_MAX;
    }
    if (code.empty()) {  // an agent with no owner yet: the tree may give it one below
      trail = SIZE_MAX;
      code = "---" + ag.code;
      men.agent = gp.agent;
    }
    men.kind = MentionKind::agent;
    men.role = gp.agent;
    men.role_lemma = t.folded_lemma(head_of_range(t, raw[agent].first, raw[agent].last));
    men.last = raw[trail != SIZE_MAX ? trail : agent].last;
    // "official" and "executive" as adjectives only describe a noun: "an official visit", "official posts", "an
    // executive meeting". (Other role adjectives often name the doer: "separatist violence", "a military coup".)
    // (PETRARCH's dictionaries code the word wherever it stands, and their suite expects it.)
    if (men.first == men.last && ag.format != lexicon::DictFormat::kPetrarch && t.upos(men.first) == "ADJ" &&
        t.rel(men.first) == "amod" &&
        (t.folded_form(men.first) == "official" || t.folded_form(men.first) == "executive"))
      continue;
    men.ref = make_ref(men.first, men.last, code, where);
    if (men.agent != kNone) men.ref.country.clear();
    if (person != kNone && trail != SIZE_MAX && code.size() == 6) men.ref.dated_person = person;
    found.push_back(std::move(men));
    k = trail != SIZE_MAX ? trail : agent;
  }

  // City and region names the dictionaries lack stand for their country; they can own agents below ("police in
  // Dhaka") and be targets, never doers.
  if (gazetteer_) {
    std::vector<bool> taken(n + 2, false);
    for (const Mention& m : found)
      for (int w = m.first; w <= m.last; ++w) taken[w] = true;
    for (const PlaceName& p : find_place_names(t, *gazetteer_, taken)) {
      Mention men;
      men.first = p.first;
      men.last = p.last;
      men.kind = MentionKind::place;
      men.city = true;
      men.ref = make_ref(p.first, p.last, p.country, lexicon::SourceRef{});
      men.ref.rule = p.why;
      found.push_back(std::move(men));
    }
    std::stable_sort(found.begin(), found.end(), [](const Mention& a, const Mention& b) { return a.first < b.first; });
  }

  // "voiced Moscow's opposition to NATO's expansion", "reiterated its opposition to capital punishment": opposition
  // to something is the act of opposing, not the political opposition.
  for (Mention& men : found) {
    const int h = men.ref.head;
    if (men.kind != MentionKind::agent || t.lemma(h) != "opposition" || t.upos(h) != "NOUN") continue;
    // "the opposition to stage rallies" is the party: "to" before a verb does not count.
    bool to_something = h < n && t.lemma(h + 1) == "to" && t.upos(h + 1) == "ADP";
    for (int c : t.children(h)) {
      int cs = t.child(c, "case");
      to_something = to_something || (t.rel(c) == "nmod" && cs && t.lemma(cs) == "to");
    }
    if (to_something) men.ref.code.clear();
  }
  // A generic role of a body its of- or for-phrase names is a role of that body: "leaders of the opposition" and "a
  // spokesman for the rebels" are the opposition's and the rebels', not a government's.
  for (Mention& men : found) {
    static constexpr std::string_view kMemberRoles[] = {"leader", "spokesman", "spokeswoman", "spokesperson",
                                                        "official", "representative"};
    if (men.kind != MentionKind::agent || men.agent == kNone || !men.ref.country.empty() ||
        d.agents[men.agent].format != lexicon::DictFormat::kVigil || !is_one_of(t.lemma(men.ref.head), kMemberRoles))
      continue;
    for (int c : t.children(men.ref.head)) {
      const int cs = t.child(c, "case");
      if (t.rel(c) != "nmod" || !cs || (t.lemma(cs) != "of" && t.lemma(cs) != "for")) continue;
      for (const Mention& body : found)
        if (&body != &men && body.ref.head == c && body.kind == MentionKind::agent && body.agent != kNone &&
            body.ref.country.empty() && !body.ref.code.empty() && body.agent != men.agent) {
          men.agent = body.agent;
          men.ref.code = body.ref.code;
          men.ref.sectors = body.ref.sectors;
        }
    }
  }
  // A body named for its members is of their sector: the "Zimbabwe Congress of Trade Unions" is labour (ZWELAB), not
  // a legislature; a "Union of Journalists" is media. The members' of-phrase decides, the body keeps its country.
  for (Mention& men : found) {
    static constexpr std::string_view kBodies[] = {"congress", "assembly", "union", "council", "federation",
                                                   "confederation", "association", "league"};
    if (men.kind != MentionKind::agent || men.role == kNone ||
        d.agents[men.role].format != lexicon::DictFormat::kVigil || !is_one_of(t.folded_lemma(men.ref.head), kBodies))
      continue;
    for (int c : t.children(men.ref.head)) {
      const int cs = t.child(c, "case");
      if (t.rel(c) != "nmod" || !cs || t.lemma(cs) != "of" || (t.xpos(c) != "NNS" && t.xpos(c) != "NNPS")) continue;
      for (const Mention& members : found)
        if (members.ref.head == c && members.kind == MentionKind::agent && members.agent != kNone &&
            members.agent != men.role && members.ref.country.empty() && !members.ref.code.empty()) {
          if (men.agent != kNone) men.agent = members.agent;
          men.role = members.agent;
          men.ref.code = men.ref.country.empty()
                             ? members.ref.code
                             : combine_codes(men.ref.country, agent_as_written(d.agents[members.agent], men.former));
          split_actor_code(men.ref.code, men.ref.country, men.ref.sectors);
        }
    }
  }
  // Whether word w heads a capital's name ("Algiers"), a country's seat of government.
  auto capital_at = [&](int w) {
    for (const Mention& o : found)
      if (o.ref.head == w && o.kind == MentionKind::actor && o.city && o.ref.code.size() == 3) return true;
    return false;
  };
  // Agents without a country in their own words find an owner in the tree: "the foreign minister of Canada",
  // "Russia's foreign minister", "activists in Arnor". A country code takes the agent's sector ("CAN" + "GOV");
  // a longer code already says who the actor is and stays as it is.
  for (Mention& men : found) {
    if (men.kind != MentionKind::agent || men.agent == kNone || !men.ref.country.empty() || men.ref.code.empty())
      continue;
    int h = men.ref.head;
    // The head's dependents, and the adjectives of the agent's own words before it: "South Korean Vice Defense
    // Minister", the adjective hung on "Defense".
    std::span<const int> own = t.children(h);
    std::vector<int> dependents(own.begin(), own.end());
    for (int w = men.first; w < h; ++w)
      if (t.head(w) >= men.first && t.head(w) <= h)
        for (int c : t.children(w))
          if (t.rel(c) == "amod" && (c < men.first || c > men.last)) dependents.push_back(c);
    for (int c : dependents) {
      std::string_view r = t.rel(c);
      bool owner_rel = r == "nmod:poss" || r == "amod" || r == "compound" || r == "nmod";
      if (!owner_rel) continue;
      if (r == "nmod") {
        int cs = t.child(c, "case");
        std::string_view prep = cs ? t.lemma(cs) : std::string_view();
        // "the foreign minister of Canada", "a spokesman for the Wagner group", "officials at the ministry".
        if (prep != "of" && prep != "from" && prep != "in" && prep != "for" && prep != "at" && prep != "with") continue;
        // "talks with the opposition in Mexico City", "met rebels in Doha": where one meets a partner is the
        // meeting's place, not the partner's country. But a government sits in its capital: "meet with officials
        // in Algiers" are Algeria's (below).
        int own_case = t.child(h, "case");
        if ((prep == "in" || prep == "at") && own_case && t.lemma(own_case) == "with" &&
            !(prep == "in" && d.agents[men.agent].code == "GOV" && capital_at(c)))
          continue;
      }
      Mention* owner = nullptr;
      for (Mention& o : found)
        if (&o != &men && o.ref.code.rfind("---", 0) != 0 &&
            (o.ref.head == c || (r == "amod" && o.kind == MentionKind::adjective && o.first <= c && c <= o.last)))
          owner = &o;
      // "Soldiers from Gondor wire tapped ...": the parse took the next word for the head of the owner's phrase and
      // the name for its compound. A name of no role compounded into a phrase's head that names no actor still
      // owns the agent, as PETRARCH reads the phrase. Not with vigil's agents: in wire text the name is more often
      // part of an office's name ("a spokesman for the Taiwan Affairs Office" is China's).
      if (!owner && r == "nmod" && d.agents[men.agent].format == lexicon::DictFormat::kPetrarch)
        for (int g : t.children(c))
          if (t.rel(g) == "compound" && t.upos(g) == "PROPN")
            for (Mention& o : found)
              if (&o != &men && o.ref.head == g && o.kind == MentionKind::actor && o.ref.code.size() == 3 &&
                  o.ref.code.rfind("---", 0) != 0 && !any_mention_covers(found, c))
                owner = &o;
      // "his counterpart" is the opposite number of someone else, never of the clause's subject: a possessive
      // pronoun gives a counterpart no country ("met his counterpart from North Korea" is North Korea's).
      if (!owner && r == "nmod:poss" && t.upos(c) == "PRON" && t.lemma(h) != "counterpart") {
        // "the Canadian authorities warned their citizens": a possessive pronoun points to the clause's subject.
        int v = t.head(h);
        while (v > 0 && t.upos(v) != "VERB") v = t.head(v);
        int subj = v > 0 ? t.child(v, "nsubj") : 0;
        // "Israel said its forces had arrested him": the owned noun is the subject itself, so the pronoun points to
        // the subject of the clause that reports it.
        if (subj == h && v > 0 && t.base_rel(v) == "ccomp" && t.upos(t.head(v)) == "VERB")
          subj = t.child(t.head(v), "nsubj");
        for (Mention& o : found)
          if (&o != &men && subj && o.ref.head == subj && !o.ref.country.empty()) owner = &o;
        if (owner) {
          men.ref.code = combine_codes(owner->ref.country, agent_as_written(d.agents[men.agent], men.former));
          split_actor_code(men.ref.code, men.ref.country, men.ref.sectors);
          break;
        }
      }
      if (!owner) continue;
      const std::string oc = owner->ref.code;
      men.ref.code = join_agent(oc, agent_as_written(d.agents[men.agent], men.former));
      split_actor_code(men.ref.code, men.ref.country, men.ref.sectors);
      // An owner written before the agent ("Gondor's government") becomes part of its mention, so the phrase
      // reads as one actor from its first word.
      if (owner->last < men.first) {
        men.capital_owner = owner->city && owner->kind == MentionKind::actor;
        men.first = owner->first;
        men.ref.span.begin = owner->ref.span.begin;
        men.ref.text = std::string(doc.slice(men.ref.span));
        owner->ref.code.clear();  // dropped below
      }
      break;
    }
  }

  // "the people of Turkey", "the Syrian people": a whole nation is its country, not some of its civilians.
  for (Mention& men : found) {
    const int h = men.ref.head;
    if (men.kind != MentionKind::agent || men.ref.code.size() != 6 || !men.ref.has_sector("CVL") ||
        t.lemma(h) != "people")
      continue;
    int det = t.child(h, "det");
    if (!det || t.lemma(det) != "the") continue;
    // Only a country's people: "the people of Lubumbashi" are civilians of a city.
    bool of_country = false;
    for (int c : t.children(h))
      for (const Mention& o : found)
        if (o.ref.head == c && (o.kind == MentionKind::actor || o.kind == MentionKind::adjective) && !o.city)
          of_country = true;
    if (!of_country) continue;
    men.ref.code = men.ref.country;
    split_actor_code(men.ref.code, men.ref.country, men.ref.sectors);
  }
  // "the warring parties in Sudan": the sides of a war, not political parties. Which armed forces they are the
  // words do not say, so they are their country.
  for (Mention& men : found) {
    const int h = men.ref.head;
    if (men.kind != MentionKind::agent || men.ref.country.empty() || men.ref.code.size() <= 3) continue;
    if (t.lemma(h) != "party") continue;
    bool warring = false;
    for (int c : t.children(h)) warring = warring || t.folded_form(c) == "warring";
    if (!warring) continue;
    men.ref.code = men.ref.country;
    split_actor_code(men.ref.code, men.ref.country, men.ref.sectors);
  }

  // Whether a mention other than `except` covers word w.
  auto covered = [&](int w, const Mention* except = nullptr) {
    for (const Mention& o : found)
      if (&o != except && o.first <= w && w <= o.last) return true;
    return false;
  };
  // Capitalised words inside the sentence, for the names below (taggers often call such names common nouns).
  auto capitalised = [&](int i) {
    const std::string& f = t.word(i).form;
    return !f.empty() && std::isupper(static_cast<unsigned char>(f[0]));
  };
  // A name that ends in a newspaper's word, begun by a country's or a people's name, is a newspaper of that
  // country: "the Jordan Times", "the Nepali Times", "the China Youth Daily" (not Chinese youth).
  for (Mention& men : found) {
    if (men.person || men.ref.country.size() != 3) continue;
    if (men.kind != MentionKind::actor && men.kind != MentionKind::adjective && men.kind != MentionKind::agent)
      continue;
    if (men.kind == MentionKind::actor && men.ref.code.size() != 3) continue;
    if (!capitalised(men.last)) continue;
    int end = men.last;
    while (end < n && end < men.last + 3 && capitalised(end + 1) && !covered(end + 1, &men)) ++end;
    if (end == men.last || !is_newspaper_word(t.word(end).form)) continue;
    const std::string country = men.ref.country;
    place_mention(men, t, doc, sentence_index, men.first, end, end);
    men.kind = MentionKind::actor;
    men.agent = UINT32_MAX;
    men.ref.code = country + "MED";
    split_actor_code(men.ref.code, men.ref.country, men.ref.sectors);
    men.organisation = true;
  }
  // A country name that begins a longer proper name is part of that name, not the country: the ship "Gibraltar
  // Eagle", "Japan Airlines", "China Daily". The name goes on with a capitalised word no mention covers, bound to
  // the country's word in one name.
  for (Mention& men : found) {
    if (men.kind != MentionKind::actor || men.ref.code.size() != 3 || men.person) continue;
    int next = men.last + 1;
    if (next > n || t.upos(next) != "PROPN") continue;
    // "Gibraltar <-compound- Eagle", or UD's flat names headed by their first word: "Gibraltar -flat-> Eagle".
    const int h = men.ref.head;
    std::string_view rel = t.rel(h), next_rel = t.rel(next);
    bool modifies = t.head(h) >= next && (rel == "compound" || rel == "flat" || rel == "amod");
    bool heads = t.head(next) == h && (next_rel == "flat" || next_rel == "compound");
    if (!modifies && !heads) continue;
    const std::string& form = t.word(next).form;
    if (form.empty() || !std::isupper(static_cast<unsigned char>(form[0])) || is_day_or_month(t.lemma(next))) continue;
    if (!covered(next)) men.ref.code.clear();
  }
  // Likewise a one-word role noun that ends a proper name, with no person's name after it: the ship "Galaxy
  // Leader" (but "Supreme Leader Ali Khamenei" and "the Leader" stay roles).
  for (Mention& men : found) {
    if (men.kind != MentionKind::agent || men.first != men.last || !men.ref.country.empty()) continue;
    const int w = men.first, prev = w - 1;
    if (prev < 2 || !capitalised(w) || !capitalised(prev)) continue;
    if (w < n && t.upos(w + 1) == "PROPN") continue;
    bool bound = (t.head(prev) == w && (t.rel(prev) == "compound" || t.rel(prev) == "flat")) ||
                 (t.head(w) == prev && (t.rel(w) == "flat" || t.rel(w) == "compound"));
    if (bound && !covered(prev, &men)) men.ref.code.clear();
  }
  // "took its crew hostage", "held them hostage": a bare singular "hostage" after take or hold says what the
  // people taken became; it is no one of its own (the parse may even make it the object).
  for (Mention& men : found) {
    const int h = men.ref.head;
    if (men.kind != MentionKind::agent || men.first != men.last || t.folded_form(h) != "hostage") continue;
    if (t.child(h, "det") || t.child(h, "nummod")) continue;
    const int v = t.head(h);
    if (v > 0 && (t.lemma(v) == "take" || t.lemma(v) == "hold")) men.ref.code.clear();
  }
  // A role noun inside the name of a monument or a street names what the place honours, not who acts: "laid a
  // wreath at the National Police Memorial", "Martyrs Square".
  static constexpr std::string_view kNamedPlaces[] = {"memorial", "monument", "museum", "cemetery", "square",
                                                      "street", "avenue", "stadium"};
  for (Mention& men : found) {
    if (men.kind != MentionKind::agent || men.first != men.last || !men.ref.country.empty()) continue;
    const int w = men.first;
    if (w >= n || !is_one_of(t.folded_form(w + 1), kNamedPlaces) || t.head(w) != w + 1) continue;
    const std::string& next = t.word(w + 1).form;
    const std::string& own = t.word(w).form;
    if (!next.empty() && std::isupper(static_cast<unsigned char>(next[0])) && !own.empty() &&
        std::isupper(static_cast<unsigned char>(own[0])) && !covered(w + 1, &men))
      men.ref.code.clear();
  }
  // The parse often hangs the owner's phrase on the verb or misreads it ("called on the new government in
  // Turkmenistan to ...", "the government of neighbouring Pakistan" with "neighbouring" a verb). A role noun still
  // without a country that is followed at once by of / from / in, at most two determiners or modifiers and a
  // country's name belongs to that country, as in "the foreign minister of Canada".
  for (Mention& men : found) {
    if (men.kind != MentionKind::agent || men.agent == kNone || !men.ref.country.empty() || men.ref.code.empty())
      continue;
    // PETRARCH's agents keep PETRARCH's reading of the tree.
    if (d.agents[men.agent].format == lexicon::DictFormat::kPetrarch) continue;
    const int prep = men.last + 1;
    if (prep > n) continue;
    const std::string_view p = t.lemma(prep);
    if (p != "of" && p != "from" && p != "in") continue;
    // Where one meets a partner is the meeting's place: "talks with the opposition in Mexico".
    int own_case = t.child(men.ref.head, "case");
    if (p == "in" && own_case && t.lemma(own_case) == "with") continue;
    // Soldiers and exiles are often abroad: "the troops in Iraq", "an exile in Syria" are not that country's.
    const std::string& sector = d.agents[men.agent].code;
    if (p == "in" && (sector == "MIL" || sector == "REF")) continue;
    // A possessor owns the role already: "Annan's representative in Cyprus".
    if (t.child(men.ref.head, "nmod:poss")) continue;
    // Participles that are adjectives before a country's name, which taggers often read as verbs.
    static constexpr std::string_view kParticipleAdjectives[] = {"neighbouring", "neighboring", "warring"};
    int w = prep + 1;
    for (int skipped = 0; w <= n && skipped < 2; ++w, ++skipped) {
      const std::string_view upos = t.upos(w);
      if (upos != "DET" && upos != "ADJ" && !is_one_of(t.folded_form(w), kParticipleAdjectives)) break;
    }
    Mention* owner = nullptr;
    for (Mention& o : found)
      if (o.first == w && o.kind == MentionKind::actor && !o.city && !o.person && o.ref.code.size() == 3) owner = &o;
    // "officials of Canada and Ukraine": coordinated owners are shared out by the coder. "the leader of Hong
    // Kong's Catholics": the name owns the noun after it, not the role.
    if (!owner || t.child(owner->ref.head, "conj")) continue;
    if (owner->last < n && t.xpos(owner->last + 1) == "POS") continue;
    men.ref.code = combine_codes(owner->ref.country, d.agents[men.agent]);
    split_actor_code(men.ref.code, men.ref.country, men.ref.sectors);
  }

  // A place named before a role noun, as its compound, gives it the place's country: "peace talks with Darfur rebel
  // groups" (SDNREB), "Basra police", "Gaza militants". Not armed forces, which are as often foreign ones posted
  // there ("Darfur peacekeepers").
  for (Mention& men : found) {
    if (men.kind != MentionKind::agent || men.agent == kNone || !men.ref.country.empty() || men.ref.code.empty())
      continue;
    if (d.agents[men.agent].format == lexicon::DictFormat::kPetrarch || d.agents[men.agent].code == "MIL") continue;
    const Mention* place = nullptr;
    for (const Mention& o : found)
      if (o.kind == MentionKind::place && o.ref.country.size() == 3 && o.last == men.first - 1 &&
          t.head(o.ref.head) >= men.first && t.head(o.ref.head) <= men.last && t.rel(o.ref.head) == "compound")
        place = &o;
    if (!place) continue;
    men.ref.code = combine_codes(place->ref.country, agent_as_written(d.agents[men.agent], men.former));
    split_actor_code(men.ref.code, men.ref.country, men.ref.sectors);
  }

  // "Coastguard officials at the main Greek port of Piraeus", "police in Basra": an official, police officer, judge,
  // lawmaker or resident of no country in or at a place of one country is that country's. Not armed forces, nor a
  // party, opposition or rebels (a body of a country met elsewhere: "talks with the opposition in Mexico City"), nor
  // people sent from elsewhere (diplomats, envoys, monitors), who are as often foreign.
  for (Mention& men : found) {
    if (men.kind != MentionKind::agent || men.agent == kNone || !men.ref.country.empty() || men.ref.code.empty())
      continue;
    const lexicon::Agent& agent = d.agents[men.agent];
    static constexpr std::string_view kLocalSectors[] = {"GOV", "COP", "JUD", "LEG", "CVL"};
    if (agent.format == lexicon::DictFormat::kPetrarch || !is_one_of(agent.code, kLocalSectors)) continue;
    static constexpr std::string_view kVisitors[] = {"diplomat", "ambassador", "envoy",  "delegation", "delegate",
                                                     "embassy",  "observer",   "monitor", "inspector", "mission"};
    if (is_one_of(t.lemma(men.ref.head), kVisitors)) continue;
    const Mention* place = nullptr;
    for (int c : t.children(men.ref.head)) {
      const int cs = t.child(c, "case");
      if (t.base_rel(c) != "nmod" || !cs || (t.lemma(cs) != "in" && t.lemma(cs) != "at")) continue;
      // The place itself ("in Basra"), or a noun of one country's place ("at the main Greek port of Piraeus").
      static constexpr std::string_view kPlaceNouns[] = {
          "port",    "city",   "town",  "village",  "province", "state",      "region", "district",   "capital",
          "airport", "prison", "court", "hospital", "camp",     "checkpoint", "border", "university", "island"};
      const bool place_noun = is_one_of(t.lemma(c), kPlaceNouns);
      for (const Mention& o : found) {
        const bool here = o.first <= c && c <= o.last;
        const bool below = place_noun && t.head(o.ref.head) == c &&
                           (t.rel(o.ref.head) == "nmod" || t.rel(o.ref.head) == "amod");
        if ((here || below) && o.ref.country.size() == 3 && o.ref.code.size() == 3 &&
            (o.kind == MentionKind::place || o.kind == MentionKind::adjective || o.city))
          place = place ? place : &o;
      }
    }
    if (!place) continue;
    men.ref.code = combine_codes(place->ref.country, agent_as_written(agent, men.former));
    split_actor_code(men.ref.code, men.ref.country, men.ref.sectors);
  }

  // An office named by a chain of of-phrases belongs to the country that ends it: "deputy prime minister and
  // minister of science and technology of the Republic of Korea", "permanent secretary of the Ministry of National
  // Development of Singapore" (parses hang the last phrase on the nearest noun). Nearest first, only through
  // of-phrases and coordinations: "officials in Geneva from X" is no office of X's.
  for (Mention& men : found) {
    if (men.kind != MentionKind::agent || men.agent == kNone || !men.ref.country.empty() || men.ref.code.empty())
      continue;
    if (d.agents[men.agent].format == lexicon::DictFormat::kPetrarch || t.child(men.ref.head, "nmod:poss")) continue;
    auto of_phrase = [&](int w) {
      int cs = t.child(w, "case");
      return t.base_rel(w) == "nmod" && cs && t.lemma(cs) == "of";
    };
    std::vector<int> frontier{men.ref.head};
    const Mention* owner = nullptr;
    for (int level = 0; level < 5 && !frontier.empty() && !owner; ++level) {
      std::vector<int> next;
      for (int f : frontier)
        for (int c : t.children(f)) {
          if (!of_phrase(c) && !(level > 0 && t.rel(c) == "conj")) continue;
          next.push_back(c);
          for (const Mention& o : found)
            if (!owner && o.ref.head == c && o.kind == MentionKind::actor && !o.city && !o.person &&
                o.ref.code.size() == 3)
              owner = &o;
        }
      frontier.swap(next);
    }
    if (!owner) continue;
    men.ref.code = combine_codes(owner->ref.country, agent_as_written(d.agents[men.agent], men.former));
    split_actor_code(men.ref.code, men.ref.country, men.ref.sectors);
  }

  found.erase(std::remove_if(found.begin(), found.end(), [](const Mention& m) { return m.ref.code.empty(); }),
              found.end());
  // Bare surnames and role descriptions of people named in earlier sentences, before pronouns look back.
  coref_.resolve(t, doc, sentence_index, found);
  adopt_role_country(t, sentence_index, found);
  add_appositive_people(t, doc, sentence_index, found);
  issuers_.add_doers(t, doc, sentence_index, found);

  // The names vigil does not know that a role introduces ("Kenyan Foreign Minister Raphael Tuju"): the role's
  // mention stands for the person ("Tuju said he ..." is the minister), so the name is no unknown person.
  const std::vector<char> words_covered = covered_words(t, found);
  std::vector<int> titled_by(n + 2, -1);  // the index in `found` of the role that titles the word's name
  for (size_t k = 0; k < found.size(); ++k)
    for (int w = found[k].last + 1, end = titled_name_end(t, found[k], words_covered); w <= end; ++w)
      titled_by[w] = static_cast<int>(k);
  // A subject that is a proper name no mention covers: most likely a person vigil does not know.
  auto unknown_name_subject = [&](int w) {
    std::string_view r = t.rel(w);
    if ((r != "nsubj" && r != "nsubj:pass") || t.upos(w) != "PROPN" || covered(w) || titled_by[w] >= 0) return false;
    // "said Stephen Malinga, Uganda's minister of health": the role set beside the name says who he is.
    for (int c : t.children(w))
      if (t.rel(c) == "appos" && covered(c)) return false;
    return true;
  };
  // "Japan's consul general here called on China ... / Hideaki Ueda called on Beijing to ...": a wire story's lead
  // names the doer by role, and a following paragraph by a name vigil does not know, as the next main subject,
  // before any other person is named. The name is that role's (a person, for its later surname and "he").
  if (lead_role_ && sentence_index <= 3)
    for (int root : t.children(0)) {
      int w = t.child(root, "nsubj");
      if (!w || !unknown_name_subject(w)) continue;
      int first = w, last = w;
      for (int c : t.children(w))
        if (t.rel(c) == "flat") first = std::min(first, c), last = std::max(last, c);
      if (first == last) continue;  // "Ueda" alone may be anyone the story names later
      // A person's name is words of letters: "The F-16 CG" is a plane.
      bool letters = true;
      for (int k = first; k <= last; ++k)
        for (unsigned char ch : t.word(k).form) letters = letters && !std::isdigit(ch);
      if (!letters) continue;
      Mention p = *lead_role_;
      place_mention(p, t, doc, sentence_index, first, last, w);
      p.name_first = first;
      p.kind = MentionKind::actor;
      p.person = true;
      p.agent = p.role = UINT32_MAX;
      // Said in the rule, not as an antecedent: the name is named here first, for later surnames (Coreference).
      p.ref.rule = "the role the lead named: " + lead_role_->ref.text + ", sentence " +
                   std::to_string(lead_role_->ref.sentence) + " (" + lead_role_->ref.rule + ")";
      found.push_back(std::move(p));
      lead_role_.reset();
    }
  // Once the story names someone else, or a sentence has gone by, the lead's role is no longer the next name.
  if (lead_role_ && (sentence_index > 3 ||
                     std::any_of(found.begin(), found.end(), [&](const Mention& m) {
                       return m.person && m.ref.sentence == sentence_index;
                     })))
    lead_role_.reset();
  if (sentence_index == 0)
    for (int root : t.children(0))
      if (int w = t.child(root, "nsubj"))
        for (const Mention& m : found)
          if (m.ref.head == w && m.kind == MentionKind::agent && !m.person && !m.ref.country.empty() &&
              m.ref.code.size() > 3 && names_one_person(m.ref.text) && !held_formerly(t, w) &&
              titled_by[m.last + 1] < 0)
            lead_role_ = m;
  // A subject that is a plural noun no mention covers ("hundreds of angry young people took to the streets"): a
  // group vigil cannot code, and the likeliest "they" after it.
  auto is_subject = [&](int w) { return t.rel(w) == "nsubj" || t.rel(w) == "nsubj:pass"; };
  // "percent", "majority", "half" with an of-phrase naming a group ("most of the protesters"): its group, or 0.
  static constexpr std::string_view kShares[] = {"percent", "majority", "minority", "most", "half", "third",
                                                 "quarter", "proportion", "share", "bulk", "many", "some"};
  auto group_of_share = [&](int w) {
    if (!is_one_of(t.lemma(w), kShares)) return 0;
    for (int c : t.children(w))
      if (t.base_rel(c) == "nmod" && t.xpos(c) == "NNS" && t.child(c, "case") && t.lemma(t.child(c, "case")) == "of")
        return c;
    return 0;
  };
  // The share whose group the word is ("voters" of "Sixty percent of voters"), or 0.
  auto quantity_of = [&](int w) { return t.head(w) > 0 && group_of_share(t.head(w)) == w ? t.head(w) : 0; };
  auto unknown_group_subject = [&](int w) {
    std::string_view r = t.rel(w);
    if ((r != "nsubj" && r != "nsubj:pass") || t.xpos(w) != "NNS" || covered(w)) return false;
    // "the two countries", "both sides": the actors named before, not a new group.
    static constexpr std::string_view kCounted[] = {"two", "both", "three", "all"};
    for (int c : t.children(w))
      if (is_one_of(t.folded_form(c), kCounted)) return false;
    return true;
  };
  auto last_named = [&](int before, auto fits) -> const Mention* {
    for (auto it = found.rbegin(); it != found.rend(); ++it)
      if (it->last < before && fits(*it)) return &*it;
    for (auto it = history_.rbegin(); it != history_.rend(); ++it)
      if (fits(*it)) return &*it;
    return nullptr;
  };
  // A description (words first..head, "the group", "the 15-member council") that stands for a body named before.
  auto described_as = [&](const Mention& named, int first, int head) {
    Mention d = named;
    d.first = first;
    d.last = d.head = head;
    d.name_first = 0;
    d.ref = make_ref(first, head, named.ref.code, lexicon::SourceRef{});
    d.ref.rule = named.ref.rule;
    d.antecedent = "the " + std::string(t.word(head).form) + " -> " + named.ref.text + ", sentence " +
                   std::to_string(named.ref.sentence);
    return d;
  };
  // "the group", "the movement", "the militia" with nothing to say whose: the armed group the story named last
  // ("Hezbollah fighters crossed the border ... The group said ..."). Only an armed group: a body of another kind
  // is seldom called so, and a wrong guess names a state's enemy as its doer.
  auto armed_group = [](const Mention& m) {
    const ActorRef& r = m.ref;
    return m.kind == MentionKind::actor && !m.person && (r.code.rfind("IMG", 0) == 0 || r.has_sector("REB") ||
                                                         r.has_sector("INS") || r.has_sector("SEP") || r.has_sector("UAF"));
  };
  // A noun with no words of its own but its article, a preposition or punctuation: a bare description.
  auto bare_noun = [&](int i) {
    for (int c : t.children(i))
      if (t.rel(c) != "det" && t.rel(c) != "case" && t.rel(c) != "punct") return false;
    return true;
  };
  // The body named last, of any kind: "Human Rights Watch ... the group said" is not the rebels named before it.
  auto body_named_last = [&](int i) {
    return last_named(i, [](const Mention& m) {
      return m.kind == MentionKind::actor && !m.person && !m.city && m.ref.code.size() > 3;
    });
  };
  for (int i = 2; i <= n; ++i) {
    static constexpr std::string_view kGroupNouns[] = {"group", "movement", "militia", "guerrilla", "organisation",
                                                       "organization"};
    if (t.xpos(i) != "NN" || !is_one_of(t.lemma(i), kGroupNouns) || t.folded_form(i - 1) != "the" || covered(i))
      continue;
    // "the group of experts", "the rebel group", "the group's leader" is the group's own.
    if (!bare_noun(i) || t.rel(i) == "compound") continue;
    const Mention* named = body_named_last(i);
    if (!named || !armed_group(*named)) continue;
    found.push_back(described_as(*named, i - 1, i));
  }
  // "the bloc" after ASEAN, "the alliance" after NATO, "the organisation" after OPEC: words wire copy uses for an
  // intergovernmental body named before whose name does not hold them. Only when the body named last is such a
  // body, as for armed groups above; a bare description, as below.
  for (int i = 2; i <= n; ++i) {
    static constexpr std::string_view kBodyOfStates[] = {"bloc", "alliance", "organisation", "organization",
                                                         "grouping"};
    if (t.xpos(i) != "NN") continue;  // the tag first: this runs for every word
    const int det = t.child(i, "det");
    if (!is_one_of(t.lemma(i), kBodyOfStates) || !det || t.folded_form(det) != "the" || covered(i) ||
        t.rel(i) == "compound")
      continue;
    if (!bare_noun(i)) continue;  // "the ruling alliance", "the alliance of opposition parties" are others
    const Mention* named = body_named_last(i);
    if (!named || !named->ref.code.starts_with("IGO")) continue;
    found.push_back(described_as(*named, det, i));
  }
  // "the council" after "the UN Security Council", "the bank" after "the Asian Development Bank": a body named
  // before, called by a word of its name. Only a bare description: "the Chinese bank", "the council of ministers"
  // and "the bank's loans" name another or say whose.
  for (int i = 2; i <= n; ++i) {
    if (t.xpos(i) != "NN") continue;
    const int det = t.child(i, "det");
    if (!det || t.folded_form(det) != "the" || covered(i) || t.rel(i) == "compound") continue;
    bool owned = false;  // "the 15-member council" is still the council named before
    for (int c : t.children(i)) {
      std::string_view r = t.rel(c);
      owned = owned || r == "nmod" || r == "nmod:poss" || r == "appos" || covered(c) || t.upos(c) == "PROPN";
    }
    if (owned) continue;
    const std::string_view noun = t.folded_form(i);
    const Mention* named = last_named(i, [&](const Mention& m) {
      return m.kind == MentionKind::actor && !m.person && !m.city && m.ref.code.size() > 3 &&
             has_later_word(m.ref.text, noun);
    });
    if (!named) continue;
    found.push_back(described_as(*named, det, i));
  }
  // A singular subject no mention covers that names a body or a thing vigil cannot code ("the organisation", "the
  // report", "AWB"): the likeliest "it" after it, not a country named further back. A noun an actor owns ("China's
  // reputation was tarnished by allegations that it ...") and a time noun are no such subject.
  auto unknown_thing_subject = [&](int w) {
    std::string_view r = t.rel(w);
    if ((r != "nsubj" && r != "nsubj:pass") || covered(w) || titled_by[w] >= 0) return false;
    const Word& x = t.word(w);
    if (x.xpos != "NN" && !(x.xpos == "NNP" && is_acronym(x.form))) return false;
    if (is_time_name(t.lemma(w)) || is_day_or_month(x.form)) return false;
    // "the African country" (a country named before: resolved below) and what speaks for who issued it ("The
    // resolution ... It calls on all parties"): the actor named before is still the likeliest "it".
    static constexpr std::string_view kNotBodies[] = {
        "country", "nation", "state", "kingdom", "republic", "island", "resolution", "statement", "report",
        "declaration", "communique", "letter", "document", "text", "draft", "bill", "plan", "proposal"};
    if (is_one_of(t.folded_lemma(w), kNotBodies)) return false;
    for (int c : t.children(w)) {
      // "Despite criticism ... the United States says it": a subject with a preposition is the parser's slip.
      if (t.rel(c) == "case") return false;
      if (t.rel(c) == "nmod:poss" && (covered(c) || t.upos(c) == "PRON")) return false;
    }
    return true;
  };
  // Pronouns: the nearest earlier mention of a fitting kind in this sentence or the story.
  for (int i = 1; i <= n; ++i) {
    if (t.upos(i) != "PRON" && t.xpos(i) != "PRP") continue;
    const Word& w = t.word(i);
    const std::string lower = ascii_lower(w.form);
    bool personal = false;
    // "He said his country supported China": the country of the person "his" stands for (below).
    static constexpr std::string_view kHomelands[] = {"country", "nation", "homeland"};
    const bool owns_country = (lower == "his" || lower == "her") && t.rel(i) == "nmod:poss" && t.head(i) > 0 &&
                              t.upos(t.head(i)) == "NOUN" && is_one_of(t.lemma(t.head(i)), kHomelands);
    if (owns_country) personal = true;
    else if (!is_pronoun(lower, personal)) continue;
    if (lower == "it" && expletive_it(t, i)) continue;
    const Mention* antecedent = nullptr;
    // An object pronoun is never its own clause's subject ("Putin welcomed him": "him" is not Putin).
    int clause_subject = 0;
    // A participle or a conjunct with no subject of its own has its governor's: "Canada praised the deal, calling
    // it a victory" ("it" is not Canada).
    if (std::string_view r = t.rel(i); r == "obj" || r == "iobj") {
      const int verb = t.head(i);
      clause_subject = t.child(verb, "nsubj");
      if (!clause_subject && !t.child(verb, "nsubj:pass") && (t.base_rel(verb) == "advcl" || t.base_rel(verb) == "conj"))
        clause_subject = t.child(t.head(verb), "nsubj");
    }
    const bool plural_pronoun = lower == "they" || lower == "them" || lower == "their" || lower == "themselves";
    auto fits = [&](const Mention& m) {
      if (m.kind == MentionKind::adjective || m.kind == MentionKind::pronoun || m.kind == MentionKind::place)
        return false;
      // A group of no country as a subject of this sentence ("police said they had arrested", "the rebels ... since
      // they launched") is what a plural pronoun after it stands for (with the country of the same group named
      // earlier, below).
      const int mh = m.ref.head;
      const bool group = plural_pronoun && m.kind == MentionKind::agent && mh > 0 && m.ref.sentence == sentence_index &&
                         !m.person && is_subject(quantity_of(mh) ? quantity_of(mh) : mh) &&
                         (t.xpos(mh) == "NNS" || t.xpos(mh) == "NNPS" || t.lemma(mh) == "police");
      if (m.ref.code.rfind("---", 0) == 0 && !group) return false;
      // A news outlet is no one's "he" (below: nor a nearer "it" or "they"'s).
      if (personal && is_news_outlet(m)) return false;
      if (clause_subject && m.ref.sentence == sentence_index && m.first <= clause_subject && clause_subject <= m.last)
        return false;
      // "Jean Offutt, a US military spokeswoman, ... he": someone else.
      const bool woman = m.female || (m.kind == MentionKind::agent && (m.ref.text.find("woman") != std::string::npos ||
                                                                      m.ref.text.find("women") != std::string::npos));
      if (woman && (lower == "he" || lower == "him" || lower == "his" || lower == "himself")) return false;
      return personal ? (m.person || (m.kind == MentionKind::agent && names_one_person(m.ref.text))) : !m.person;
    };
    // A name that only modifies another noun ("UN sanctions", "the Iran deal") is not what "it" or "they" stands
    // for: "Pyongyang insisted that UN sanctions be lifted before it would discuss ...".
    // (A time noun is the parser's slip: "France last weekend announced it ..." hangs France on "weekend".)
    // Nor a place that only says where a thing is: "a boycott of the elections in Iran, calling it a farce".
    auto modifier = [&](const Mention& m) {
      int h = m.ref.head > 0 ? m.ref.head : m.last;
      int noun = t.head(h);
      if (!personal && m.ref.sentence == sentence_index && m.ref.code.size() == 3 && t.rel(h) == "nmod" &&
          noun > 0 && noun < m.first && t.upos(noun) == "NOUN")
        if (int cs = t.child(h, "case"); cs && t.lemma(cs) == "in") {
          bool coded = false;
          for (const Mention& o : found) coded = coded || (o.first <= noun && noun <= o.last);
          if (!coded) return true;
        }
      return !personal && t.rel(h) == "compound" && noun > m.last && t.upos(noun) == "NOUN" &&
             !is_time_name(t.lemma(noun)) && t.lemma(noun) != "time" && !is_day_or_month(t.word(noun).form);
    };
    // "Saudi authorities, who have been fighting Al-Qaeda, warned that they will crack down": the subject of a clause
    // reported by a verb with no addressee is that verb's own subject, not a name nearer in a relative clause. (With
    // an addressee, "warned Iran that it ...", either may be meant, and the nearest decides as elsewhere.)
    if (std::string_view r = t.rel(i); r == "nsubj" || r == "nsubj:pass") {
      int clause = t.head(i);
      int mark = t.child(clause, "mark");  // "before she was to meet" hung as a complement is an adverbial clause
      int verb = t.rel(clause) == "ccomp" && (!mark || t.folded_form(mark) == "that") ? t.head(clause) : 0;
      int speaker = verb > 0 && !t.child(verb, "obj") && !t.child(verb, "iobj") ? t.child(verb, "nsubj") : 0;
      // "A pro-democracy group turned on Britain, saying it would stage protests": a participle's speaker is its
      // governor's subject.
      // "Khan went into talks with Mubarak and said he invited him": a conjunct's speaker is its first conjunct's
      // subject.
      if (verb > 0 && !speaker && !t.child(verb, "obj") &&
          ((t.base_rel(verb) == "advcl" && !t.child(verb, "mark")) ||
           (t.base_rel(verb) == "conj" && !t.child(verb, "nsubj") && !t.child(verb, "nsubj:pass"))))
        speaker = t.child(t.head(verb), "nsubj");
      if (lower == "it" && speaker && unknown_thing_subject(speaker)) continue;
      for (auto it = found.rbegin(); speaker && it != found.rend() && !antecedent; ++it)
        if (((it->first <= speaker && speaker <= it->last) || titled_by[speaker] == &*it - found.data()) &&
            it->kind != MentionKind::pronoun && fits(*it) && !modifier(*it))
          antecedent = &*it;
    }
    for (auto it = found.rbegin(); it != found.rend() && !antecedent; ++it)
      if (it->last < i && fits(*it) && !modifier(*it)) antecedent = &*it;
    // "Biden and Xi agreed ... when they met": "they" after two people named together in this sentence, nearer than
    // any other fitting name, stands for the pair (both members, as "the two presidents" does).
    if (lower == "they" || lower == "them") {
      const Mention* pair[2] = {nullptr, nullptr};
      for (auto it = found.rbegin(); it != found.rend() && !pair[0]; ++it) {
        if (it->last >= i || !it->person || it->kind == MentionKind::pronoun || it->members != 1) continue;
        if (antecedent && antecedent->last > it->last) break;
        int h = it->ref.head > 0 ? it->ref.head : it->last;
        if (t.rel(h) != "conj") continue;
        for (const Mention& o : found)
          if (&o != &*it && o.person && o.kind != MentionKind::pronoun && o.last < i &&
              (o.ref.head > 0 ? o.ref.head : o.last) == t.head(h) && o.ref.code != it->ref.code)
            pair[0] = &o, pair[1] = &*it;
      }
      if (pair[0]) {
        add_pair_pronoun(found, *pair[0], *pair[1], i, w, lower, sentence_index);
        continue;
      }
    }
    // "Mangula said he ...": a person vigil does not know, named closer than any it knows, is the referent.
    bool unknown_closer = false;
    if (personal)
      for (int w = antecedent ? antecedent->last + 1 : 1; w < i; ++w) unknown_closer = unknown_closer || unknown_name_subject(w);
    if (unknown_closer) continue;
    if (!antecedent && personal && unknown_person_last_) continue;
    // "The organisation told members that it ...", "AWB has a month to announce whether it will ...": "it" after a
    // body vigil cannot code, nearer than any it can, is that body. Across sentences, the last main subject decides.
    if (lower == "it") {
      int nearest = 0;
      for (int w = antecedent ? antecedent->last + 1 : 1; w < i; ++w)
        if (t.rel(w) == "nsubj" || t.rel(w) == "nsubj:pass") nearest = w;
      if (nearest ? unknown_thing_subject(nearest) : !antecedent && unknown_thing_last_) continue;
    }
    // "... young people took to the streets. They also organized demonstrations": not the authorities named before.
    // The nearest subject before the pronoun decides; with none in this sentence, the last one of the sentence before.
    if (!personal && lower == "they") {
      int nearest = 0;
      for (int w = antecedent ? antecedent->last + 1 : 1; w < i; ++w)
        if (t.rel(w) == "nsubj" || t.rel(w) == "nsubj:pass") nearest = w;
      if (nearest ? unknown_group_subject(nearest) : !antecedent && unknown_group_last_) continue;
      // A group of no country as that subject is the referent, nearer than any name it passed ("Kabila's rebels
      // have captured half of Zaire since they launched ...").
      int subject = 0;
      for (int w = 1; w < i; ++w)
        if (t.rel(w) == "nsubj" || t.rel(w) == "nsubj:pass") subject = w;
      // "Sixty percent of voters said they opposed the war": the group a share of it stands for.
      if (int group = subject ? group_of_share(subject) : 0) subject = group;
      for (const Mention& m : found)
        if (subject && m.first <= subject && subject <= m.last && m.kind == MentionKind::agent &&
            m.ref.code.rfind("---", 0) == 0 && fits(m))
          antecedent = &m;
    }
    // Across sentences, the subject of an earlier sentence is the likeliest referent ("Trudeau had a call with
    // Zelenskyy. He stressed ..."), then any earlier mention.
    for (auto it = subjects_.rbegin(); it != subjects_.rend() && !antecedent; ++it)
      if (fits(*it)) antecedent = &*it;
    for (auto it = history_.rbegin(); it != history_.rend() && !antecedent; ++it)
      if (fits(*it)) antecedent = &*it;
    if (!antecedent) continue;
    // A group of no country stands for the same group named earlier with its country ("Malian opposition parties
    // ... Fourteen opposition parties ..., saying they would not recognise the outcome").
    if (antecedent->ref.code.rfind("---", 0) == 0 && antecedent->role != UINT32_MAX)
      for (auto it = history_.rbegin(); it != history_.rend(); ++it)
        if (it->role == antecedent->role && !it->ref.country.empty()) {
          antecedent = &*it;
          break;
        }
    // A news outlet reports the story: what "it" or "they" does after it is another's, and whose is not known ("He
    // told AFP that both parties continue to say they're ready", "villagers attacked them, Xinhua said").
    if (is_news_outlet(*antecedent)) continue;
    if (owns_country) {
      // The country itself, where the noun stands: a doer as a subject ("his country supported"), else a place.
      const int noun = t.head(i);
      if (antecedent->ref.country.empty() || covered(noun)) continue;
      Mention c;
      c.first = i;
      c.last = c.head = noun;
      const std::string_view nr = t.rel(noun);
      c.kind = nr == "nsubj" || nr == "nsubj:pass" ? MentionKind::actor : MentionKind::place;
      c.ref = make_ref(i, noun, antecedent->ref.country, lexicon::SourceRef{});
      c.ref.head = noun;
      c.ref.rule = "the country of " + std::string(lower) + ": " + antecedent->ref.text;
      c.antecedent = words_of(t, i, noun) + " -> " + antecedent->ref.text + ", sentence " +
                     std::to_string(antecedent->ref.sentence);
      found.push_back(std::move(c));
      continue;
    }
    Mention p = pronoun_for(*antecedent, i, w, lower, sentence_index);
    if (!antecedent->antecedent.empty()) p.antecedent += " (" + antecedent->antecedent + ")";
    found.push_back(std::move(p));
  }
  // "\"I pledge that we will trail them,\" Maliki told a gathering": the first person as the subject of a quoted
  // clause is whoever the quote is reported from, outside the quotation marks ("we" a speaker's own side: a
  // minister's "we" is the government).
  // A quotation that runs on from another sentence has its speaker there: "\"The situation is serious,\" Gedi
  // said. \"We will not let Mogadishu burn.\"" (MentionFinder::set_quote_reporter).
  // The mention that names the speaker at word `speaker`: the word's own, the rest of a name the parse split
  // ("Alpha Omar Konare", "Konare" hung on "Omar"), or the role that titles the name ("Kandahar governor Asadullah
  // Khalid").
  auto names_speaker = [&](const Mention& m, int speaker) {
    const int h = m.ref.head > 0 ? m.ref.head : m.last;
    return (m.first <= speaker && speaker <= m.last) || (t.head(h) == speaker && t.rel(h) == "flat") ||
           titled_by[speaker] == &m - found.data();
  };
  auto speaker_mention = [&](int speaker) -> const Mention* {
    const Mention* who = nullptr;
    for (const Mention& m : found)
      if (names_speaker(m, speaker) && m.kind != MentionKind::place && m.kind != MentionKind::adjective &&
          m.members <= 1)
        who = &m;
    return who;
  };
  bool marks = false;
  for (int i = 1; i <= n && !marks; ++i) marks = is_quote_mark(t.word(i).form);
  const Mention* continued = nullptr;
  for (const auto& [s, m] : quote_speakers_)
    if (s == quote_reporter_) continued = &m;
  for (int i = 1; i <= n; ++i) {
    std::string_view r = t.rel(i);
    if (t.upos(i) != "PRON" || (r != "nsubj" && r != "nsubj:pass")) continue;
    const std::string_view f = t.folded_form(i);
    if (f != "i" && f != "we") continue;
    const bool quoted = marks && inside_quotation(t, i);
    const int speaker = quoted ? reporter_of_first_person(t, i) : 0;
    const Mention* who = speaker ? speaker_mention(speaker) : nullptr;
    if (!speaker && (quoted || !marks)) who = continued;
    if (!who || (f == "i" && !who->person && who->kind != MentionKind::agent)) continue;
    Mention p = pronoun_for(*who, i, t.word(i), f, sentence_index);
    if (!who->antecedent.empty()) p.antecedent += " (" + who->antecedent + ")";
    found.push_back(std::move(p));
  }
  // Who this sentence's quotation is reported from, for the sentences that continue it.
  const std::vector<char> in = marks ? quoted_words(t) : std::vector<char>();
  for (int i = 1; i <= n && marks; ++i) {
    // A dependent of the quotation's top word: the reporting verb governs that word or hangs below it.
    const int h = t.head(i);
    if (!in[i] || h <= 0 || !in[h] || (t.head(h) > 0 && in[t.head(h)])) continue;
    const int speaker = reporter_of_first_person(t, i);
    if (!speaker) continue;
    if (const Mention* who = speaker_mention(speaker)) {
      if (quote_speakers_.size() >= 8) quote_speakers_.erase(quote_speakers_.begin());
      quote_speakers_.emplace_back(sentence_index, *who);
    }
    break;
  }
  // "Xi told Biden during their meeting": "their" on a noun of a clause whose subject and object are two people is
  // the pair of them (a plural the clause names no other way).
  for (int i = 1; i <= n; ++i) {
    if (t.folded_form(i) != "their" || t.rel(i) != "nmod:poss") continue;
    int v = t.head(t.head(i));
    while (v > 0 && t.upos(v) != "VERB") v = t.head(v);
    if (v <= 0) continue;
    auto person_at = [&](int w) -> const Mention* {
      for (const Mention& m : found)
        if (w > 0 && m.person && m.kind != MentionKind::pronoun && m.members == 1 && m.ref.head == w) return &m;
      return nullptr;
    };
    const Mention* subject = person_at(t.child(v, "nsubj"));
    const Mention* object = person_at(t.child(v, "obj") ? t.child(v, "obj") : t.child(v, "iobj"));
    if (!subject || !object || subject->ref.code == object->ref.code || t.child(t.child(v, "nsubj"), "conj")) continue;
    add_pair_pronoun(found, *subject, *object, i, t.word(i), "their", sentence_index);
  }
  // "the capital" after a capital has been named ("Kyiv's mayor said ... an apartment block in the capital") is
  // that city: a place of its country. "the country" and "the nation" are the country named last ("Ecuador's
  // government imposed a curfew across the country").
  auto names_capital = [](const Mention& m) { return (m.city && m.kind == MentionKind::actor) || m.capital_owner; };
  auto names_city = [](const Mention& m) { return m.city && m.ref.country.size() == 3; };
  auto names_country = [](const Mention& m) { return m.ref.country.size() == 3 && m.kind != MentionKind::pronoun; };
  for (int i = 2; i <= n; ++i) {
    std::string_view noun = t.lemma(i);
    // So is "the city" after a city has been named ("the pontiff was due to arrive in the city" after Sarajevo).
    if (noun == "capital" || noun == "city") {
      if (t.upos(i) != "NOUN" || t.lemma(i - 1) != "the" || covered(i)) continue;
      // Not when the noun says whose it is ("the capital of Chad").
      bool owned = false;
      for (int c : t.children(i)) owned = owned || t.rel(c) == "nmod" || t.rel(c) == "nmod:poss" || t.rel(c) == "amod";
      if (owned) continue;
      const Mention* named = last_named(i, noun == "capital" ? names_capital : names_city);
      if (!named) continue;
      Mention p;
      p.first = i - 1;
      p.last = p.head = i;
      p.kind = MentionKind::place;
      p.city = true;
      p.ref = make_ref(i - 1, i, named->ref.country, lexicon::SourceRef{});
      p.ref.rule = "the " + std::string(noun) + " named before: " + named->ref.text;
      found.push_back(std::move(p));
      continue;
    }
    // "the country", "the nation", "the South Asian country", "the Himalayan kingdom": the country named last.
    const int first = country_description_start(t, i, found);
    if (!first || covered(i)) continue;
    // The country as a doer ("The South Asian country said ...") acts; elsewhere it is where things happen
    // ("a curfew across the country").
    const bool acts = t.rel(i) == "nsubj" || t.rel(i) == "nsubj:pass";
    const bool owns = t.rel(i) == "nmod:poss";
    // A region names no country a description could stand for ("the nation" after "Western donors"); and a country
    // described after this sentence's subject is another country ("France destroyed the west African country's air
    // force"), where "the country's" alone is the subject's own ("Bulgaria approved a plan to withdraw the country's
    // troops").
    const bool described = first < i - 1;
    std::vector<std::string> subject_countries;  // of this sentence's subjects before the description
    for (const Mention& m : found)
      if (described && m.last < first && (t.rel(m.ref.head) == "nsubj" || t.rel(m.ref.head) == "nsubj:pass"))
        subject_countries.push_back(m.ref.country);
    auto candidate = [&](const Mention& m) {
      return names_country(m) && !cameo_region(m.ref.country) &&
             std::find(subject_countries.begin(), subject_countries.end(), m.ref.country) == subject_countries.end();
    };
    // A doer or an owner is the country the story is about: the nearest subject that names one ("Nepal's king met
    // Indian officials. The Himalayan kingdom accused India ..." is Nepal), else the country named last.
    const Mention* named = nullptr;
    if (acts || owns) {
      for (auto it = found.rbegin(); it != found.rend() && !named; ++it)
        if (it->last < first && candidate(*it) && (t.rel(it->ref.head) == "nsubj" || t.rel(it->ref.head) == "nsubj:pass"))
          named = &*it;
      for (auto it = subjects_.rbegin(); it != subjects_.rend() && !named; ++it)
        if (candidate(*it)) named = &*it;
    }
    // A described place is most often a country called by its name before: "a visit by Egyptian President Hosni
    // Mubarak to the central Asian nation" after "Kazakhstan" is Kazakhstan.
    if (!named && described && !acts && !owns)
      named = last_named(first, [&](const Mention& m) {
        return candidate(m) && m.kind == MentionKind::actor && !m.person && !m.city && m.ref.code.size() == 3;
      });
    if (!named) named = last_named(first, candidate);
    if (!named) continue;
    Mention p;
    p.first = first;
    p.last = p.head = i;
    p.kind = acts ? MentionKind::actor : MentionKind::place;
    p.ref = make_ref(first, i, named->ref.country, lexicon::SourceRef{});
    p.ref.head = i;
    p.ref.rule = "the country named before: " + named->ref.text;
    const std::string points_back =
        words_of(t, first, i) + " -> " + named->ref.text + ", sentence " + std::to_string(named->ref.sentence);
    if (acts || owns) p.antecedent = points_back;
    // "the country's president": the role is that country's.
    if (owns)
      for (Mention& owned : found)
        if (owned.kind == MentionKind::agent && owned.ref.country.empty() && owned.ref.head == t.head(i) &&
            owned.ref.code.rfind("---", 0) == 0) {
          owned = with_country(owned, named->ref.country);
          owned.antecedent = points_back;
        }
    found.push_back(std::move(p));
  }
  adopt_party_country(t, sentence_index, found);
  add_two_sides(t, sentence_index, found);
  // Stable: the members of a resolved plural stay together, the first heading.
  std::stable_sort(found.begin(), found.end(), [](const Mention& a, const Mention& b) { return a.first < b.first; });
  for (Mention& m : found)
    if (m.kind != MentionKind::pronoun) m.head = m.ref.head;
    else m.head = m.first;
  for (const Mention& m : found) {
    if (m.kind == MentionKind::adjective) continue;
    if (m.kind != MentionKind::pronoun) history_.push_back(m);
    // A role that titles a name stands where the name does: "Kenyan Foreign Minister Raphael Tuju arrived ...".
    const int name = m.kind == MentionKind::agent && t.head(m.head) > m.last ? t.head(m.head) : 0;
    std::string_view r = name && titled_by[name] >= 0 ? t.rel(name) : t.rel(m.head);
    if (r == "nsubj" || r == "nsubj:pass") subjects_.push_back(m);
  }
  // The sentence's last subject that names a person decides who "he" is next: a name vigil does not know blocks
  // ("..., Han says. He acknowledges ..."), a known person (or a pronoun resolved to one) clears.
  // Likewise the subject of the sentence's main clause decides who "they" is next: a plural noun vigil cannot code
  // blocks; anything else clears.
  for (int root : t.children(0)) {
    int subject = t.child(root, "nsubj");
    if (!subject) subject = t.child(root, "nsubj:pass");
    if (subject) unknown_group_last_ = unknown_group_subject(subject);
    if (subject) unknown_thing_last_ = unknown_thing_subject(subject);
  }
  for (int w = 1; w <= n; ++w) {
    if (unknown_name_subject(w)) {
      unknown_person_last_ = true;
      continue;
    }
    std::string_view r = t.rel(w);
    if (r != "nsubj" && r != "nsubj:pass") continue;
    if (titled_by[w] >= 0) unknown_person_last_ = false;
    for (const Mention& m : found)
      if (m.first <= w && w <= m.last && m.person) unknown_person_last_ = false;
  }
  coref_.remember(t, sentence_index, found);
  issuers_.note(t, found);
  note_two_sides(t, found);
  if (subjects_.size() > 16) subjects_.erase(subjects_.begin(), subjects_.end() - 8);
  if (history_.size() > 64) history_.erase(history_.begin(), history_.end() - 32);
  out.insert(out.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
}

// A mention that names one country as a party: not a place (nor a city where they met: "met Abe in Hanoi"), a
// country adjective or a pronoun, nor the press that reports ("told AFP").
static bool names_a_side(const Mention& m) {
  return m.kind != MentionKind::place && !m.city && m.kind != MentionKind::adjective &&
         m.kind != MentionKind::pronoun && m.ref.country.size() == 3 && m.members <= 1 && !m.ref.has_sector("MED");
}

// The first mention of each country among `mentions` that name a side, in order.
static std::vector<const Mention*> sides_named(const std::vector<Mention>& mentions, int before) {
  std::vector<const Mention*> sides;
  for (const Mention& m : mentions) {
    if (!names_a_side(m) || m.last >= before) continue;
    bool known = false;
    for (const Mention* s : sides) known = known || s->ref.country == m.ref.country;
    if (!known) sides.push_back(&m);
  }
  return sides;
}

// "Public servants will go to Britain and Italy": where people vigil cannot code go, a destination, not a party.
static bool uncoded_travellers_destination(const DependencyView& t, const std::vector<Mention>& found,
                                           const Mention& m) {
  int h = m.ref.head > 0 ? m.ref.head : m.last;
  if (t.rel(h) == "conj") h = t.head(h);
  const int cs = t.child(h, "case");
  if (t.base_rel(h) != "obl" || !cs || (t.lemma(cs) != "to" && t.lemma(cs) != "into")) return false;
  const int subject = t.child(t.head(h), "nsubj");
  if (!subject) return false;
  for (const Mention& o : found)
    if (o.first <= subject && subject <= o.last) return false;
  return true;
}

void MentionFinder::note_two_sides(const DependencyView& t, const std::vector<Mention>& found) {
  std::vector<const Mention*> sides = sides_named(found, INT32_MAX);
  std::erase_if(sides, [&](const Mention* m) { return uncoded_travellers_destination(t, found, *m); });
  if (sides.size() == 2) two_sides_ = {*sides[0], *sides[1]};
  else if (sides.size() > 2) two_sides_.clear();
}

// "Wen Jiabao held talks with Shaukat Aziz ... The two sides agreed to expand cooperation": "the two sides", "both
// countries", "the two nations" that no mention covers are the two countries named together before, in this
// sentence ("China and Pakistan signed ..., and the two countries agreed") or else in the story's last sentence
// that named exactly two. Sides are the actors as named (CHNGOV, PAKGOV); countries and nations the states.
void MentionFinder::add_two_sides(const DependencyView& t, int sentence_index, std::vector<Mention>& found) const {
  static constexpr std::string_view kSides[] = {"side", "country", "nation"};
  const int n = t.size();
  for (int i = 1; i <= n; ++i) {
    if (t.xpos(i) != "NNS" || !is_one_of(t.lemma(i), kSides) || any_mention_covers(found, i)) continue;
    bool two = false, named_here = false;
    for (int c : t.children(i)) {
      two = two || t.folded_form(c) == "two" || t.folded_form(c) == "both";
      // "only two Arab countries, Egypt and Jordan,": the apposition says which.
      named_here = named_here || t.rel(c) == "appos";
    }
    if (!two || named_here) continue;
    std::vector<const Mention*> here = sides_named(found, i);
    std::vector<Mention> pair;
    if (here.size() == 2) pair = {*here[0], *here[1]};
    else if (here.empty() && two_sides_.size() == 2) pair = two_sides_;
    else continue;
    if (t.lemma(i) != "side")
      for (Mention& m : pair) {
        m.ref.code = m.ref.country;
        m.ref.sectors.clear();
        m.person = false;
      }
    add_pair_pronoun(found, pair[0], pair[1], i, t.word(i), words_of(t, t.subtree_range(i).first, i), sentence_index);
  }
}

void MentionFinder::note_skipped(const DependencyView& t, const lexicon::SentenceKeys& keys, const Document& doc,
                                 int sentence_index, std::vector<Mention>& scratch, bool keep_people) {
  // find() updates the pronouns' and people's state as well: keep it as it was.
  const std::vector<Mention> history = history_, subjects = subjects_;
  const bool person = unknown_person_last_, group = unknown_group_last_, thing = unknown_thing_last_;
  const Coreference coref = coref_;
  const std::vector<Mention> two_sides = two_sides_;
  scratch.clear();
  find(t, keys, doc, sentence_index, scratch);
  history_ = history;
  subjects_ = subjects;
  unknown_person_last_ = person;
  unknown_group_last_ = group;
  unknown_thing_last_ = thing;
  if (!keep_people) coref_ = coref;
  two_sides_ = two_sides;
  for (const Mention& m : scratch)
    if (m.kind != MentionKind::pronoun && !m.ref.country.empty() &&
        (m.ref.has_sector("OPP") || m.ref.has_sector("PTY") || (m.kind == MentionKind::agent && m.role != kNone)))
      skipped_roles_.push_back(m);
}

// "the opposition", "the ruling party" with no country: wire copy names the country once ("Zimbabwe's opposition
// said ...") and then writes the bare role. A party or an opposition is one state's, so the bare role takes the one
// country whose parties or opposition the story named in earlier sentences; where it named those of two, no one is
// guessed. Only one ("the party", not "the parties") and with "the": "opposition parties" in general are no one's.
void MentionFinder::adopt_party_country(const DependencyView& t, int sentence_index, std::vector<Mention>& found) const {
  auto political = [](const ActorRef& r) { return r.has_sector("OPP") || r.has_sector("PTY"); };
  for (Mention& m : found) {
    if (m.kind != MentionKind::agent || !m.ref.country.empty() || m.ref.code.rfind("---", 0) != 0 ||
        !political(m.ref))
      continue;
    // One party: "the parties" of a story are often several states' ("the two political parties").
    const std::string_view tag = t.xpos(m.ref.head);
    if (tag == "NNS" || tag == "NNPS") continue;
    bool definite = false;
    for (int c : t.children(m.ref.head)) definite = definite || (t.rel(c) == "det" && t.folded_form(c) == "the");
    if (!definite) continue;
    const Mention* named = nullptr;
    bool several = false;
    for (const std::vector<Mention>* earlier : {&skipped_roles_, &history_})
      for (const Mention& h : *earlier) {
        if (h.ref.sentence >= sentence_index || h.ref.country.empty() || !political(h.ref)) continue;
        several = several || (named && named->ref.country != h.ref.country);
        named = &h;
      }
    if (!named || several) continue;
    const std::string note = words_of(t, m.first, m.last) + " -> " + named->ref.text + ", sentence " +
                             std::to_string(named->ref.sentence);
    m = with_country(m, named->ref.country);
    m.antecedent = note;
  }
}

// "Egyptian authorities foiled a theft ... the authorities acted on a tip-off": wire copy names a body's country once
// and then writes the bare role with "the", which points back to it. A role of no country written so takes the one
// country whose role of that very name (the same agent: "authorities", "police", "rebels") the story named in earlier
// sentences ("the troops" after "Peruvian soldiers": one agent); where it named two countries' or none, no one is
// guessed. The civilian and business agents gather many kinds of people and firms under one code: there it must be
// the same word ("the company" is not the investor named before, nor "the settlers" a man). Not a role said to be
// another ("the foreign troops", "the other rebels"), one owned, counted or described by its "of" ("its police", "the
// two armies", "the diplomats of both countries"), a role of one person ("the minister": people are resolved by name,
// coreference.cpp), nor one in a sentence that places its act in another country.
void MentionFinder::adopt_role_country(const DependencyView& t, int sentence_index, std::vector<Mention>& found) const {
  static constexpr std::string_view kOtherBodies[] = {"foreign", "international", "other", "western", "regional",
                                                      "neighbouring", "neighboring", "rival", "opposing", "local",
                                                      "new", "former"};
  const lexicon::Dictionaries& d = lex_.dicts();
  for (Mention& m : found) {
    if (m.kind != MentionKind::agent || !m.ref.country.empty() || m.ref.code.rfind("---", 0) != 0 ||
        m.role == kNone || d.agents[m.role].prefix || !m.antecedent.empty() || names_one_person(m.ref.text))
      continue;
    const int h = m.ref.head;
    bool definite = false, other = false;
    for (int c : t.children(h)) {
      std::string_view r = t.rel(c);
      definite = definite || (r == "det" && t.folded_form(c) == "the");
      other = other || r == "nmod:poss" || r == "nummod" || (r == "amod" && is_one_of(t.folded_form(c), kOtherBodies));
      if (r == "nmod" && t.child(c, "case")) other = other || t.folded_form(t.child(c, "case")) == "of";
    }
    for (int w = m.first; w < h; ++w) other = other || is_one_of(t.folded_form(w), kOtherBodies);
    if (!definite || other) continue;
    const std::string& sector = d.agents[m.role].code;
    const bool same_word = sector == "CVL" || sector == "BUS";
    const Mention* named = nullptr;
    bool several = false;
    for (const std::vector<Mention>* earlier : {&skipped_roles_, &history_})
      for (const Mention& e : *earlier) {
        if (e.ref.sentence >= sentence_index || e.role != m.role || (same_word && e.role_lemma != m.role_lemma) ||
            e.kind != MentionKind::agent || e.ref.country.size() != 3 || e.ref.code.rfind("---", 0) == 0)
          continue;
        several = several || (named && named->ref.country != e.ref.country);
        named = &e;
      }
    if (!named || several) continue;
    // "In Libya, the police arrested ...": a place of another country says whose they are now.
    bool elsewhere = false;
    for (const Mention& o : found)
      elsewhere = elsewhere || ((o.kind == MentionKind::place || o.city) && o.ref.country != named->ref.country);
    if (elsewhere) continue;
    const std::string note = words_of(t, m.first, m.last) + " -> " + named->ref.text + ", sentence " +
                             std::to_string(named->ref.sentence);
    const Mention copy = m;
    m = with_country(copy, named->ref.country);
    m.antecedent = note;
  }
}

Mention with_country(const Mention& m, const std::string& country) {
  Mention copy = m;
  copy.ref.code = country + m.ref.code.substr(3);
  split_actor_code(copy.ref.code, copy.ref.country, copy.ref.sectors);
  return copy;
}

}  // namespace vigil::coding
