#include "events/event_places.h"

#include <cctype>
#include <cmath>

#include <fmt/format.h>

#include "coding/dependency_view.h"
#include "events/document_coder.h"
#include "lexicon/fold.h"

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

bool region_word(const std::string& lw) {
  return lw == "region" || lw == "oblast" || lw == "province" || lw == "state" || lw == "governorate" ||
         lw == "prefecture" || lw == "district" || lw == "county";
}

bool direction_word(const std::string& lw) {
  return lw == "eastern" || lw == "western" || lw == "northern" || lw == "southern" || lw == "central" ||
         lw == "north-eastern" || lw == "north-western" || lw == "south-eastern" || lw == "south-western" ||
         lw == "northeastern" || lw == "northwestern" || lw == "southeastern" || lw == "southwestern";
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

class Finder {
 public:
  Finder(const Sentence& s, const lexicon::Gazetteer& g, const PlaceContext& ctx) : s_(s), g_(g), ctx_(ctx) {
    for (const Word& w : s.words) low_.push_back(lower(w.form));
    parsed_ = !s.words.empty() && s.words[0].head >= 0;
  }

  std::vector<PlaceMention> run() {
    std::vector<PlaceMention> out;
    const int n = static_cast<int>(s_.words.size());
    for (int i = 1; i <= n;) {
      PlaceMention m;
      if (match_at(i, m)) {
        i = m.last + 1;
        out.push_back(std::move(m));
      } else {
        ++i;
      }
    }
    // Sentence cues: adjectives and countries named anywhere ("Lebanese security sources").
    std::vector<std::string> cues;
    for (int i = 1; i <= n; ++i)
      for (uint32_t id : g_.lookup(lexicon::place_key(s_.words[i - 1].form)))
        if (g_.entry(id).kind == EKind::adj) cues.push_back(g_.entry(id).country);
    for (const PlaceMention& m : out)
      if (m.candidates.size() == 1 && g_.entry(m.candidates[0]).kind == EKind::country)
        cues.push_back(g_.entry(m.candidates[0]).country);
    for (size_t k = 0; k < out.size(); ++k) choose(out, k, cues);
    return out;
  }

 private:
  const std::string& lw(int i) const {
    static const std::string empty;
    return i >= 1 && i <= static_cast<int>(low_.size()) ? low_[i - 1] : empty;
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
      for (uint32_t id : g_.lookup(lexicon::place_key(form(i))))
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
    // "Kharkiv region", "Washington state", "Kaduna state": the region reading.
    if (region_word(lw(m.last + 1))) {
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
        m.last = m.last + 1;
        m.text = join(m.first, m.last);
      }
    }
    return true;
  }

  // The longest gazetteer name starting at word i.
  bool name_at(int i, PlaceMention& m) const {
    const int n = static_cast<int>(s_.words.size());
    if (!proper(i)) return false;
    int max_last = std::min(n, i + g_.max_words() - 1);
    for (int j = max_last; j >= i; --j) {
      if (!std::isalnum(static_cast<unsigned char>(form(j)[0])) && !(static_cast<unsigned char>(form(j)[0]) & 0x80))
        continue;
      std::string key = lexicon::place_key(join(i, j));
      auto ids = g_.lookup(key);
      std::vector<uint32_t> kept;
      for (uint32_t id : ids) {
        EKind k = g_.entry(id).kind;
        if (k != EKind::adj && k != EKind::capital) kept.push_back(id);
      }
      if (kept.empty()) continue;
      // "Kyiv-based", "Moscow-backed": the name is part of a modifier word.
      m.first = i, m.last = j, m.name_last = j;
      m.candidates = std::move(kept);
      m.text = join(i, j);
      return true;
    }
    return false;
  }

  void choose(std::vector<PlaceMention>& all, size_t k, const std::vector<std::string>& cues) const {
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
        for (uint32_t id : g_.lookup(lexicon::place_key(form(j))))
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
      if (m.form != PlaceMention::Form::region_phrase && e.kind == EKind::city) score += 2;
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
      for (size_t r = 0; r < ctx_.countries.size(); ++r)
        if (ctx_.countries[r] == e.country) {
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
  const PlaceContext& ctx_;
  std::vector<std::string> low_;
  bool parsed_ = false;
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

bool movement_away(std::string_view lemma) {
  return lemma == "withdraw" || lemma == "retreat" || lemma == "pull" || lemma == "evacuate" || lemma == "flee" ||
         lemma == "expel" || lemma == "oust" || lemma == "drive";
}

}  // namespace

std::vector<PlaceMention> find_place_mentions(const Sentence& s, const lexicon::Gazetteer& g,
                                              const PlaceContext& ctx) {
  return Finder(s, g, ctx).run();
}

std::optional<coding::Place> place_for_word(const Sentence& s, const std::vector<PlaceMention>& mentions, int word,
                                            const lexicon::Gazetteer& g, const PlaceContext& ctx,
                                            const std::string& actor_country, std::string* reason) {
  coding::DependencyView t;
  t.reset(s);
  const int n = static_cast<int>(s.words.size());
  bool parsed = n > 0 && s.words[0].head >= 0;
  const PlaceMention* best = nullptr;
  int best_rank = -1;
  std::string best_note;
  std::vector<std::string> set_aside;
  std::string_view vlemma = word >= 1 && word <= n ? t.lemma(word) : "";
  for (const PlaceMention& m : mentions) {
    if (m.precision.empty()) continue;
    std::string note;
    bool keep = true;
    // A name inside a modifier word: "Kyiv-based", "Moscow-backed".
    if (m.last < n && s.words[m.last - 1].span.end == s.words[m.last].span.begin && s.words[m.last].form == "-") {
      keep = false, note = "modifier";
    }
    if (keep && parsed) {
      int h = mention_head(t, m);
      std::string cs = case_of(t, h);
      std::string_view rel = t.base_rel(h);
      // Subjects are actors (metonyms such as "Moscow said"), not places.
      if (rel == "nsubj" || (rel == "conj" && t.base_rel(t.head(h)) == "nsubj")) keep = false, note = "metonym";
      if (keep && rel == "nmod" && t.child(h, "case") == 0 && t.word(h).form.ends_with("s")) {
      }
      // Possessives of a subject ("Ukraine's border guard service said") belong to the actor.
      if (keep && rel == "nmod" && case_of(t, h) == "'s") {
        int up = t.head(h);
        if (up > 0 && t.base_rel(up) == "nsubj") keep = false, note = "actor's owner";
      }
      if (keep && cs == "from" && !movement_away(vlemma)) keep = false, note = "origin";
      if (keep) {
        // The mention must belong to the event's own clause: no other clause head between it and the event word.
        if (!t.dominates(word, h)) {
          keep = false, note = "another clause";
        } else {
          for (int c = t.head(h); c != word && c != 0; c = t.head(c)) {
            const Word& w = t.word(c);
            std::string_view r = t.base_rel(c);
            if (w.upos == "VERB" || r == "ccomp" || r == "advcl" || r == "acl" || r == "xcomp" || r == "parataxis") {
              keep = false, note = "another clause";
              break;
            }
          }
        }
      }
    }
    if (!keep) {
      set_aside.push_back(fmt::format("{} ({})", m.text, note));
      continue;
    }
    std::string precision = m.precision;
    int rank = rank_of(precision) * 10;
    if (m.form == PlaceMention::Form::border) rank -= 5;  // a named region beats a border area
    if (parsed) {
      std::string cs = case_of(t, mention_head(t, m));
      if (cs == "outside" && precision == "city") rank = 25;
    }
    if (rank > best_rank) best = &m, best_rank = rank;
  }
  coding::Place p;
  if (!best) {
    if (!ctx.dateline.empty()) {
      std::string key = lexicon::place_key(ctx.dateline);
      const lexicon::GazetteerEntry* e = nullptr;
      for (uint32_t id : g.lookup(key))
        if (g.entry(id).kind == EKind::city && (!e || g.entry(id).population > e->population)) e = &g.entry(id);
      if (e) {
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
  int cached = -1;
  std::vector<PlaceMention> mentions;
  for (size_t k = first; k < out.size(); ++k) {
    coding::Event& ev = out[k];
    if (ev.sentence < 0 || static_cast<size_t>(ev.sentence) >= story.size()) continue;
    const Sentence& s = story.parsed(static_cast<size_t>(ev.sentence));
    PlaceContext local = ctx;
    if (!ev.source.country.empty()) local.countries.push_back(ev.source.country);
    if (ev.target && !ev.target->country.empty()) local.countries.push_back(ev.target->country);
    if (ev.sentence != cached || true) {
      mentions = find_place_mentions(s, g, local);
      cached = ev.sentence;
    }
    // The dateline speaks for the story's first sentence only.
    if (ev.sentence != 0) local.dateline.clear();
    std::string reason;
    ev.place = place_for_word(s, mentions, ev.verb_word, g, local, ev.source.country, &reason);
    ev.place_reason = reason;
  }
}

}  // namespace vigil::events
