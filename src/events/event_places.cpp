#include "events/event_places.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include <fmt/format.h>

#include "coding/dependency_view.h"
#include "events/document_coder.h"
#include "lexicon/fold.h"
#include "text/word_list.h"

namespace vigil::events {

namespace {

using Entry = lexicon::GazetteerEntry;
using EKind = lexicon::GazetteerEntry::Kind;

bool capitalised(const std::string& w) { return !w.empty() && std::isupper(static_cast<unsigned char>(w[0])); }

std::string lower(const std::string& s) {
  std::string o = s;
  for (char& c : o) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return o;
}

bool region_word(std::string_view lw) {
  return lw == "region" || lw == "oblast" || lw == "province" || lw == "state" || lw == "governorate" ||
         lw == "prefecture" || lw == "district" || lw == "county";
}

bool direction_word(std::string_view lw) {
  static constexpr std::string_view words[] = {"eastern",       "western",       "northern",      "southern",
                                               "central",       "north-eastern", "north-western", "south-eastern",
                                               "south-western", "northeastern",  "northwestern",  "southeastern",
                                               "southwestern"};
  // Asked of every word of every sentence placed: most are shorter than any of these, and are turned away at once.
  if (lw.size() < 7 || lw.size() > 13) return false;
  return is_one_of(lw, words);
}

const char* precision_of(const Entry& e) {
  switch (e.kind) {
    case EKind::city:
    case EKind::capital: return "city";
    case EKind::country: return "country";
    default: return "region";
  }
}

int rank_of(const std::string& precision) {
  return precision == "city" ? 3 : precision == "region" ? 2 : precision == "country" ? 1 : 0;
}

// Finds a sentence's place names and their candidate readings once (scan), then reads them for each context the
// story asks with (read): events of one sentence with other actors' countries choose among the same candidates.
class Finder {
 public:
  Finder(const Sentence& s, const lexicon::Gazetteer& g) : s_(s), g_(g) {
    for (const Word& w : s.words) low_.push_back(lower(w.form));
    keys_.resize(s.words.size());
    keyed_.assign(s.words.size(), false);
    parsed_ = !s.words.empty() && s.words[0].head >= 0;
  }

  void scan() {
    const int n = static_cast<int>(s_.words.size());
    for (int i = 1; i <= n;) {
      PlaceMention m;
      if (match_at(i, m)) {
        i = m.last + 1;
        scanned_.push_back(std::move(m));
      } else {
        ++i;
      }
    }
    // Sentence cues: adjectives and countries named anywhere ("Lebanese security sources").
    for (int i = 1; i <= n; ++i)
      for (uint32_t id : g_.lookup(key(i)))
        if (g_.entry(id).kind == EKind::adj) cues_.push_back(g_.entry(id).country);
    for (const PlaceMention& m : scanned_)
      if (m.candidates.size() == 1 && g_.entry(m.candidates[0]).kind == EKind::country)
        cues_.push_back(g_.entry(m.candidates[0]).country);
  }

  std::vector<PlaceMention> read(const PlaceContext& ctx) const {
    std::vector<PlaceMention> out = scanned_;
    for (size_t k = 0; k < out.size(); ++k) choose(out, k, cues_, ctx);
    return out;
  }

 private:
  // place_key of word i's form, computed once: the cues, names and adjectives all look words up by it.
  const std::string& key(int i) const {
    if (!keyed_[i - 1]) {
      keys_[i - 1] = lexicon::place_key(s_.words[i - 1].form);
      keyed_[i - 1] = true;
    }
    return keys_[i - 1];
  }
  // A view, so comparisons with literals are a length check and an inline compare (no strlen, no call).
  std::string_view lw(int i) const {
    return i >= 1 && i <= static_cast<int>(low_.size()) ? std::string_view(low_[i - 1]) : std::string_view();
  }
  const std::string& form(int i) const {
    static const std::string empty;
    return i >= 1 && i <= static_cast<int>(s_.words.size()) ? s_.words[i - 1].form : empty;
  }
  bool adjacent(int i) const {
    return i >= 1 && i < static_cast<int>(s_.words.size()) && s_.words[i - 1].span.end == s_.words[i].span.begin;
  }
  std::string join(int a, int b) const {
    std::string t;
    for (int i = a; i <= b; ++i) {
      t += form(i);
      if (i < b && !adjacent(i)) t += ' ';
    }
    return t;
  }
  // Place-like words: proper nouns, or (unparsed input, datelines in capitals) capitalised words.
  bool proper(int i) const {
    if (!capitalised(form(i))) return false;
    if (!parsed_) return true;
    const std::string& u = s_.words[i - 1].upos;
    return u == "PROPN" || u == "X" || (u == "NOUN" && i > 1) || u == "ADJ";
  }

  bool match_at(int i, PlaceMention& m) {
    const int n = static_cast<int>(s_.words.size());
    // "eastern Ukraine", "northern Gaza": a part of a country or area.
    if (direction_word(lw(i)) && i < n && capitalised(form(i + 1))) {
      PlaceMention inner;
      if (name_at(i + 1, inner)) {
        bool whole = false;
        for (uint32_t id : inner.candidates) {
          EKind k = g_.entry(id).kind;
          whole |= k == EKind::country || k == EKind::area;
        }
        if (whole) {
          m = inner;
          m.form = PlaceMention::Form::directional;
          m.first = i;
          m.text = join(i, m.last);
          return true;
        }
      }
    }
    // "the Ukrainian border", "near the Russian border": a border area of the country the adjective names.
    if (capitalised(form(i)) && (lw(i + 1) == "border" || lw(i + 1) == "frontier")) {
      // "the Armenian-Azerbaijani border": the line between two countries is neither's border area.
      if (lw(i - 1) == "-" && i >= 3 && capitalised(form(i - 2)))
        for (uint32_t id : g_.lookup(key(i - 2)))
          if (g_.entry(id).kind == EKind::adj || g_.entry(id).kind == EKind::country) return false;
      for (uint32_t id : g_.lookup(key(i)))
        if (g_.entry(id).kind == EKind::adj || g_.entry(id).kind == EKind::country) {
          m.form = PlaceMention::Form::border;
          m.first = i, m.last = i + 1, m.name_last = i;
          m.text = join(i, i + 1);
          m.country = g_.entry(id).country;
          m.precision = "region";
          m.why = fmt::format("a border area ('{}')", m.text);
          return true;
        }
    }
    if (!name_at(i, m)) return false;
    // "the US state of Montana", "the province of Hatay": the region reading.
    bool region_before = lw(i - 1) == "of" && (lw(i - 2) == "state" || lw(i - 2) == "province" || lw(i - 2) == "region");
    // "Kharkiv region", "Washington state", "Kaduna state": the region reading.
    if (region_word(lw(m.last + 1)) || region_before) {
      std::vector<uint32_t> regions;
      std::string key = lexicon::place_key(join(m.first, m.name_last));
      for (uint32_t id : g_.regions_by_stem(key)) regions.push_back(id);
      for (uint32_t id : g_.lookup(key)) {
        EKind k = g_.entry(id).kind;
        if (k == EKind::region || k == EKind::area) regions.push_back(id);
      }
      if (!regions.empty()) {
        m.candidates = regions;
        m.form = PlaceMention::Form::region_phrase;
        if (!region_before) m.last = m.last + 1;
        m.text = join(m.first, m.last);
      }
    }
    // A name inside a longer proper name ("the Washington Post", "the Riverside Gazette") is no place.
    if (m.form == PlaceMention::Form::name && m.last < static_cast<int>(s_.words.size()) && proper(m.last + 1) &&
        !adjacent(m.last)) {
      PlaceMention next;
      if (!name_at(m.last + 1, next)) return false;
    }
    // Nor the last word of a longer name the gazetteer lacks ("the Soviet Union", "the African Union"): a
    // capitalised word bound to it just before, unless that word is itself a place's adjective or name ("Ukrainian
    // Kharkiv").
    if (parsed_ && m.form == PlaceMention::Form::name && m.first > 1 && proper(m.first - 1) &&
        !direction_word(lw(m.first - 1))) {
      const Word& before = s_.words[m.first - 2];
      std::string_view r = before.deprel;
      bool bound = before.head >= m.first && before.head <= m.last && (r == "compound" || r == "amod" || r == "flat");
      if (bound && g_.lookup(key(m.first - 1)).empty()) return false;
    }
    // Nor is one bound with its neighbour into one name, as the parse has it ("the carrier Gibraltar Eagle", "the
    // Genco Picardy"): a flat name's later word, or its first word when the next one continues it.
    if (parsed_ && m.form == PlaceMention::Form::name) {
      const int n = static_cast<int>(s_.words.size());
      const Word& first = s_.words[m.first - 1];
      if (first.deprel == "flat" && first.head < m.first) return false;
      if (m.last < n) {
        const Word& after = s_.words[m.last];
        if (after.deprel == "flat" && after.head >= m.first && after.head <= m.last) return false;
      }
    }
    return true;
  }

  // The longest gazetteer name starting at word i. Spans grow one word at a time while some gazetteer key still
  // begins with the span's key (a key of a longer span begins with the key of a shorter one), so most capitalised
  // words cost one prefix search.
  bool name_at(int i, PlaceMention& m) const {
    const int n = static_cast<int>(s_.words.size());
    if (!proper(i)) return false;
    // A short word in capitals is an acronym ("UN", "EU"), not the town of Un in Gujarat: it names a country or
    // area only.
    const std::string& f = form(i);
    const bool acronym = f.size() <= 3 && std::all_of(f.begin(), f.end(), [](char c) {
                           return std::isupper(static_cast<unsigned char>(c));
                         });
    const int max_last = std::min(n, i + g_.max_words() - 1);
    int best = -1;
    std::vector<uint32_t> best_ids;
    std::vector<uint32_t> kept;
    for (int j = i; j <= max_last; ++j) {
      const std::string key = j == i ? this->key(i) : lexicon::place_key(join(i, j));
      if (!g_.has_key_prefix(key)) break;
      if (!std::isalnum(static_cast<unsigned char>(form(j)[0])) && !(static_cast<unsigned char>(form(j)[0]) & 0x80))
        continue;
      kept.clear();
      for (uint32_t id : g_.lookup(key)) {
        EKind k = g_.entry(id).kind;
        if (k == EKind::adj || k == EKind::capital) continue;
        if (acronym && j == i && k != EKind::country && k != EKind::area) continue;
        kept.push_back(id);
      }
      if (kept.empty()) continue;
      best = j;
      best_ids.swap(kept);
    }
    if (best < 0) return false;
    m.first = i, m.last = best, m.name_last = best;
    m.candidates = std::move(best_ids);
    m.text = join(i, best);
    return true;
  }

  void choose(std::vector<PlaceMention>& all, size_t k, const std::vector<std::string>& cues,
              const PlaceContext& ctx) const {
    PlaceMention& m = all[k];
    if (m.form == PlaceMention::Form::border) return;
    // Cue after the name: "Paris, Texas", "London, Ontario", "Tripoli, Libya's".
    const PlaceMention* after = nullptr;
    if (k + 1 < all.size() && all[k + 1].first == m.last + 2 && lw(m.last + 1) == ",") after = &all[k + 1];
    // Cue before: "the northern Lebanese city of Tripoli", "the Armenian town of Goris".
    std::string before_country;
    if (lw(m.first - 1) == "of" &&
        (lw(m.first - 2) == "city" || lw(m.first - 2) == "town" || lw(m.first - 2) == "village" ||
         lw(m.first - 2) == "port")) {
      for (int j = m.first - 3; j >= std::max(1, m.first - 5); --j)
        for (uint32_t id : g_.lookup(key(j)))
          if (g_.entry(id).kind == EKind::adj) before_country = g_.entry(id).country;
    }
    double best = -1e9;
    int best_id = -1;
    std::string why;
    for (uint32_t id : m.candidates) {
      const Entry& e = g_.entry(id);
      double score = std::log10(static_cast<double>(e.population) + 1.0);
      std::string w = "population";
      if (e.kind == EKind::country) score += 8, w = "a country";
      if (e.kind == EKind::area || e.kind == EKind::water) score += 6, w = "a named area";
      if (m.form == PlaceMention::Form::region_phrase && e.kind == EKind::region) score += 3;
      // A bare name is the city before the region of the same name ("Kharkiv", not the Kharkiv region).
      if (m.form != PlaceMention::Form::region_phrase && e.kind == EKind::city)
        for (uint32_t other : m.candidates)
          if (g_.entry(other).kind == EKind::region && g_.entry(other).country == e.country) {
            score += 2;
            break;
          }
      if (after) {
        for (uint32_t a : after->candidates) {
          const Entry& x = g_.entry(a);
          bool inside = !e.country.empty() && x.country == e.country && &x != &e &&
                        (x.kind == EKind::country ||
                         (x.kind == EKind::region &&
                          (lexicon::region_stem(lexicon::place_key(x.admin1.empty() ? x.name : x.admin1)) ==
                               lexicon::region_stem(lexicon::place_key(e.admin1)) ||
                           lexicon::place_key(x.name) == lexicon::region_stem(lexicon::place_key(e.admin1)))));
          if (inside) {
            score += 100, w = fmt::format("followed by '{}'", after->text);
            break;
          }
        }
      }
      if (!before_country.empty() && e.country == before_country) score += 50, w = "named as a city of its country";
      for (const std::string& c : cues)
        if (c == e.country) {
          score += 20, w = "the sentence names its country";
          break;
        }
      for (size_t r = 0; r < ctx.countries.size(); ++r)
        if (ctx.countries[r] == e.country) {
          score += 10 - std::min<size_t>(r, 5), w = "the story's or the actors' country";
          break;
        }
      if (score > best) best = score, best_id = static_cast<int>(id), why = w;
    }
    m.chosen = best_id;
    if (best_id >= 0) {
      const Entry& e = g_.entry(best_id);
      m.country = e.country;
      m.precision = precision_of(e);
      if (m.form == PlaceMention::Form::directional && e.kind == EKind::country) m.precision = "region";
      m.why = m.candidates.size() > 1 ? fmt::format("'{}' read as {} ({}, {} readings)", m.text, e.name, why,
                                                    m.candidates.size())
                                      : fmt::format("'{}' is {}", m.text, e.name);
    }
  }

  const Sentence& s_;
  const lexicon::Gazetteer& g_;
  std::vector<std::string> low_;
  mutable std::vector<std::string> keys_;
  mutable std::vector<bool> keyed_;
  bool parsed_ = false;
  std::vector<PlaceMention> scanned_;  // with candidates, not yet chosen
  std::vector<std::string> cues_;
};

int mention_head(const coding::DependencyView& t, const PlaceMention& m) {
  for (int i = m.last; i >= m.first; --i) {
    int h = t.head(i);
    if (h < m.first || h > m.last) return i;
  }
  return m.last;
}

// The case word ("in", "from", "near") of the mention's head, lowercased, or "".
std::string case_of(const coding::DependencyView& t, int h) {
  for (int c : t.children(h))
    if (t.base_rel(c) == "case") return lower(t.word(c).form);
  return "";
}

// The preposition of the phrase the mention sits in: its own, or for a name inside a noun phrase ("from the
// Fukushima plant", "in Tripoli's Bab al-Tabbaneh district") that of the noun it modifies.
std::string phrase_case(const coding::DependencyView& t, int h) {
  std::string own = case_of(t, h);
  std::string_view r = t.rel(h);
  if ((own.empty() || own == "'s" || own == "'") && (r == "compound" || r == "nmod:poss" || r == "amod") && t.head(h) > 0)
    return case_of(t, t.head(h));
  return own;
}

bool locative(const std::string& c) {
  return c == "in" || c == "at" || c == "near" || c == "outside" || c == "into" || c == "to" || c == "across" ||
         c == "over" || c == "around" || c == "inside" || c == "on" || c == "through" || c == "towards" ||
         c == "toward" || c == "onto" || c == "within" || c == "along";
}

// Verbs whose direct object is where the act happens ("shelled Kharkiv", "entered Damascus", "visited Kyiv");
// the object of other verbs is an actor ("accused Washington").
bool physical(std::string_view l) {
  static const char* verbs[] = {"shell", "strike", "hit", "attack", "bomb", "enter", "seize", "capture", "visit",
                                "raid", "storm", "take", "occupy", "invade", "reach", "besiege", "surround", "target",
                                "block", "flood", "cross", "leave", "tour", "liberate", "recapture", "bombard",
                                "pound", "blockade", "control", "encircle", "overrun", "damage", "destroy", "rock",
                                "shake", "evacuate", "abandon", "flee", "march", "patrol", "fly", "sail"};
  for (const char* v : verbs)
    if (l == v) return true;
  return false;
}

// Verbs whose infinitive or gerund complement is an act that takes place ("tried to climb", "finished counting").
bool aspectual(std::string_view l) {
  return l == "begin" || l == "start" || l == "finish" || l == "continue" || l == "stop" || l == "try" ||
         l == "attempt" || l == "keep" || l == "resume" || l == "manage" || l == "go" || l == "come";
}

bool movement_away(std::string_view lemma) {
  return lemma == "withdraw" || lemma == "retreat" || lemma == "pull" || lemma == "evacuate" || lemma == "flee" ||
         lemma == "expel" || lemma == "oust";
}

// The city a dateline names: the largest of that name.
const lexicon::GazetteerEntry* dateline_city(const lexicon::Gazetteer& g, const std::string& dateline) {
  const lexicon::GazetteerEntry* e = nullptr;
  for (uint32_t id : g.lookup(lexicon::place_key(dateline)))
    if (g.entry(id).kind == EKind::city && (!e || g.entry(id).population > e->population)) e = &g.entry(id);
  return e;
}

}  // namespace

std::vector<PlaceMention> find_place_mentions(const Sentence& s, const lexicon::Gazetteer& g,
                                              const PlaceContext& ctx) {
  Finder finder(s, g);
  finder.scan();
  return finder.read(ctx);
}

std::optional<coding::Place> place_for_word(const Sentence& s, const std::vector<PlaceMention>& mentions, int word,
                                            const lexicon::Gazetteer& g, const PlaceContext& ctx,
                                            const std::string& actor_country, std::string* reason) {
  coding::DependencyView t;
  t.reset(s);
  return place_for_word(t, mentions, word, g, ctx, actor_country, reason);
}

std::optional<coding::Place> place_for_word(const coding::DependencyView& t, const std::vector<PlaceMention>& mentions,
                                            int word, const lexicon::Gazetteer& g, const PlaceContext& ctx,
                                            const std::string& actor_country, std::string* reason) {
  const Sentence& s = t.sentence();
  const int n = static_cast<int>(s.words.size());
  bool parsed = n > 0 && s.words[0].head >= 0;
  const PlaceMention* best = nullptr;
  std::vector<std::string> set_aside;
  // A misparsed event word ("shelled" read as an adjective of "positions") speaks for the phrase it modifies.
  for (int hops = 0; parsed && word >= 1 && word <= n && hops < 3; ++hops) {
    std::string_view r = t.base_rel(word);
    if ((r == "amod" || r == "compound") && t.head(word) > 0) word = t.head(word);
    else break;
  }
  auto pick = [&](int w, std::vector<std::string>& aside) -> const PlaceMention* {
    const PlaceMention* chosen = nullptr;
    int best_rank = -1000;
    std::string_view vlemma = w >= 1 && w <= n ? t.lemma(w) : "";
    // The form without its past ending, for lemmas the tagger leaves inflected ("shelled").
    std::string verb_stem = w >= 1 && w <= n ? lower(s.words[w - 1].form) : "";
    if (verb_stem.size() > 4 && verb_stem.ends_with("ed")) verb_stem.resize(verb_stem.size() - 2);
    int subj = parsed ? t.child(w, "nsubj") : 0;
    if (parsed && !subj) subj = t.child(w, "nsubj:pass");
    for (const PlaceMention& m : mentions) {
      if (m.precision.empty()) continue;
      std::string note;
      bool keep = true;
      // A name inside a modifier word: "Kyiv-based", "Moscow-backed".
      if (m.last < n && s.words[m.last - 1].span.end == s.words[m.last].span.begin && s.words[m.last].form == "-")
        keep = false, note = "modifier";
      int h = parsed ? mention_head(t, m) : 0;
      std::string cs = parsed ? phrase_case(t, h) : "";
      // A preposition the parser hung elsewhere: "rose in Washington state".
      if (cs.empty()) {
        int b = m.first - 1;
        if (b >= 1 && lower(s.words[b - 1].form) == "the") --b;
        if (b >= 1 && locative(lower(s.words[b - 1].form))) cs = lower(s.words[b - 1].form);
      }
      if (keep && parsed) {
        std::string_view rel = t.base_rel(h);
        // Subjects are actors (metonyms such as "Moscow said"), not places; so are the names inside the subject's
        // phrase ("Ukraine's border guard service said", "officials in Georgia"), except a compound ("A Moscow
        // court sentenced").
        if (rel == "nsubj" || (rel == "conj" && t.base_rel(t.head(h)) == "nsubj")) keep = false, note = "metonym";
        else if (subj && t.dominates(subj, h) && (t.rel(h) == "nmod:poss" || case_of(t, h) == "'s"))
          keep = false, note = "the actor's owner";
        else if (t.rel(h) == "obj" && cs.empty() && !physical(vlemma) && !physical(verb_stem))
          keep = false, note = "an actor (object)";
        else if (cs == "by") keep = false, note = "an actor (agent)";
        else if (case_of(t, h) == "with") keep = false, note = "an actor (partner)";  // "held talks with Russia"
        else if ((t.rel(h) == "nmod:poss" || case_of(t, h) == "'s") && !locative(cs)) keep = false, note = "owner";
        else if (cs == "from" && !movement_away(vlemma)) keep = false, note = "origin";
        if (keep) {
          // The mention must belong to the event's own clause: no other clause head between it and the event word,
          // except the complement of "tried to", "began" and a participle on the event's object ("found bodies
          // lying in the streets of Bucha").
          if (!t.dominates(w, h)) {
            keep = false, note = "another clause";
          } else {
            for (int c = t.head(h); c != w && c != 0; c = t.head(c)) {
              const Word& cw = t.word(c);
              std::string_view r = t.base_rel(c);
              // A phrase about something else: "criticised Budapest over the visit to Moscow".
              std::string about = case_of(t, c);
              if (about == "about" || about == "for" || about == "against" || about == "despite" || about == "amid" ||
                  about == "following") {
                keep = false, note = "a phrase about something else";
                break;
              }
              bool clause = cw.upos == "VERB" || r == "ccomp" || r == "advcl" || r == "acl" || r == "xcomp" ||
                            r == "parataxis";
              if (!clause) continue;
              if (r == "xcomp" && t.head(c) > 0 && aspectual(t.lemma(t.head(c)))) continue;
              if (r == "acl" && t.head(c) > 0 && t.base_rel(t.head(c)) == "obj" && t.head(t.head(c)) == w) continue;
              keep = false, note = "another clause";
              break;
            }
          }
        }
      }
      if (!keep) {
        aside.push_back(fmt::format("{} ({})", m.text, note));
        continue;
      }
      int rank = rank_of(m.precision) * 10;
      if (m.form == PlaceMention::Form::border) rank -= 5;  // a named region beats a border area
      if (cs == "outside" && m.precision == "city") rank = 25;
      if (locative(cs)) rank += 3;                        // "in Enerhodar" before "the Zaporizhzhia plant"
      if (parsed && t.rel(h) == "compound") rank -= 3;
      if (parsed && subj && t.dominates(subj, h)) rank -= 4;  // "officials in Georgia ... in Atlanta" 
      if (rank > best_rank) chosen = &m, best_rank = rank;
    }
    return chosen;
  };
  best = pick(word, set_aside);
  // "crossed into the Belgorod region and attacked several villages": a coordinated act shares the place.
  if (!best && parsed && word >= 1 && word <= n && t.rel(word) == "conj" && t.head(word) > 0) {
    std::vector<std::string> ignored;
    best = pick(t.head(word), ignored);
  }
  coding::Place p;
  if (!best) {
    if (!ctx.dateline.empty()) {
      if (const lexicon::GazetteerEntry* e = dateline_city(g, ctx.dateline)) {
        p.name = e->name;
        p.country = e->country;
        p.admin1 = e->admin1;
        p.lat = e->lat, p.lon = e->lon, p.has_coordinates = e->has_coordinates;
        p.precision = "city";
        if (reason)
          *reason = fmt::format("no place in the event's clause: the dateline {}{}", ctx.dateline,
                                set_aside.empty() ? "" : fmt::format("; mentioned: {}", fmt::join(set_aside, ", ")));
        return p;
      }
    }
    if (reason)
      *reason = set_aside.empty() ? "no place in the event's clause"
                                  : fmt::format("no place in the event's clause; mentioned: {}",
                                                fmt::join(set_aside, ", "));
    return std::nullopt;
  }
  p.name = best->text;
  p.precision = best->precision;
  p.country = best->country;
  p.span = Span{s.words[best->first - 1].span.begin, s.words[best->last - 1].span.end};
  if (best->chosen >= 0) {
    const lexicon::GazetteerEntry& e = g.entry(static_cast<uint32_t>(best->chosen));
    if (e.kind == EKind::city || e.kind == EKind::capital) p.admin1 = e.admin1;
    else if (e.kind == EKind::region) p.admin1 = e.admin1.empty() ? e.name : e.admin1;
    p.lat = e.lat, p.lon = e.lon, p.has_coordinates = e.has_coordinates;
    if (best->precision == "city") {
      // "outside Moscow": the region around the city.
      if (parsed && case_of(t, mention_head(t, *best)) == "outside") p.precision = "region";
    }
  }
  if (best->form == PlaceMention::Form::border) {
    // "Russia massed troops near the Ukrainian border": the border area on the actor's side.
    if (!actor_country.empty() && actor_country != best->country) p.country = actor_country;
    p.has_coordinates = false;
  }
  if (p.precision == "country") p.admin1.clear();
  if (reason) {
    std::string how = parsed ? case_of(t, mention_head(t, *best)) : "";
    *reason = fmt::format("'{}'{} in the clause of '{}': {}, precision {}{}", best->text,
                          how.empty() ? "" : fmt::format(" (after '{}')", how),
                          word >= 1 && word <= n ? s.words[word - 1].form : "?", best->why, p.precision,
                          set_aside.empty() ? "" : fmt::format("; mentioned, not the event's place: {}",
                                                               fmt::join(set_aside, ", ")));
  }
  return p;
}

void place_events(Story& story, std::vector<coding::Event>& out, size_t first, const lexicon::Gazetteer& g) {
  PlaceContext ctx;
  // The dateline's place: its first words in capitals ("KYIV", "TEL AVIV").
  const std::string& dl = story.doc().dateline;
  {
    std::string name;
    for (char c : dl) {
      if (c == ',' || c == '(' || c == '-' || c == '\n') break;
      name += c;
    }
    while (!name.empty() && name.back() == ' ') name.pop_back();
    ctx.dateline = name;
  }
  // The dateline speaks for the first sentence after it only (the headline and later sentences have their own). A
  // dateline given apart from the text (a JSONL record's "dateline" field) stands before the text's first sentence.
  size_t dateline_sentence = story.size();
  bool dateline_in_text = false;
  for (const Region& r : story.doc().regions) dateline_in_text = dateline_in_text || r.kind == RegionKind::dateline;
  if (!ctx.dateline.empty() && !dateline_in_text && story.size() > 0) dateline_sentence = 0;
  for (const Region& r : story.doc().regions)
    if (r.kind == RegionKind::dateline)
      for (size_t i = 0; i < story.size(); ++i)
        if (story.tokens(i).span.begin >= r.span.end) {
          dateline_sentence = i;
          break;
        }
  std::string dateline_country;
  if (const lexicon::GazetteerEntry* e = ctx.dateline.empty() ? nullptr : dateline_city(g, ctx.dateline))
    dateline_country = e->country;
  std::optional<Finder> finder;  // the place names of the sentence of the last event placed
  int finder_sentence = -1;
  std::vector<PlaceMention> mentions;
  int mentions_sentence = -1;                   // whose mentions `mentions` are,
  std::vector<std::string> mentions_countries;  // read with these countries
  for (size_t k = first; k < out.size(); ++k) {
    coding::Event& ev = out[k];
    if (ev.sentence < 0 || static_cast<size_t>(ev.sentence) >= story.size()) continue;
    const Sentence& s = story.parsed(static_cast<size_t>(ev.sentence));
    PlaceContext local = ctx;
    if (!ev.source.country.empty()) local.countries.push_back(ev.source.country);
    if (ev.target && !ev.target->country.empty()) local.countries.push_back(ev.target->country);
    // Readings depend on the event's actors, so mentions are found per event (again only when the sentence or the
    // actors' countries differ from the last event's: events of a sentence often share them).
    if (ev.sentence != mentions_sentence || local.countries != mentions_countries) {
      if (ev.sentence != finder_sentence) {
        finder.emplace(s, g);
        finder->scan();
        finder_sentence = ev.sentence;
      }
      mentions = finder->read(local);
      mentions_sentence = ev.sentence;
      mentions_countries = local.countries;
    }
    if (static_cast<size_t>(ev.sentence) != dateline_sentence) local.dateline.clear();
    // A reporter in Washington writes of a clash in Kashmir: the dateline is the event's place only when it lies in
    // a party's country, or for a visit or a meeting (the guest's host), or when the event names no country.
    bool party_country = ev.source.country == dateline_country ||
                         (ev.target && ev.target->country == dateline_country);
    bool any_country = !ev.source.country.empty() || (ev.target && !ev.target->country.empty());
    if (!local.dateline.empty() && any_country && !party_country && !ev.cameo.starts_with("04")) local.dateline.clear();
    std::string reason;
    ev.place = place_for_word(story.tree(static_cast<size_t>(ev.sentence)), mentions, ev.verb_word, g, local,
                              ev.source.country, &reason);
    ev.place_reason = reason;
  }
}

}  // namespace vigil::events
