// Modality from the tree: the event word's own auxiliaries and adverbs, conditions on its clause, and the verbs that
// govern it ("refused to", "threatened to", "urged X to", "is believed to"), up to the verb of speech that reports it.
#include "events/modality.h"

#include <charconv>
#include <optional>
#include <utility>

#include "coding/ranked_doers.h"
#include "events/cue_match.h"
#include "events/temporal_expressions.h"
#include "parse/time_conjunctions.h"
#include "text/word_list.h"

namespace vigil::events {
namespace {

using lexicon::CueClass;
using coding::DependencyView;

// What one word's own dependents say about it.
struct Marks {
  std::string negation, hedge, future, hypothetical, condition, history, obligation;
};

bool is_clause_rel(std::string_view r) {
  return r == "xcomp" || r == "ccomp" || r == "advcl" || r == "csubj" || r == "acl" || r == "acl:relcl" ||
         r == "parataxis" || r == "conj";
}

// Whether a count word is two or more: "20", "two", "several".
bool at_least_two(std::string_view count) {
  return count_of(count) >= 2 || count == "several" || count == "many";
}

// A year written as a number (1900-2099) among the words of `w`'s subtree, or a decade ("the 1930s": its last year,
// 1939, so that a decade still running is no history); `written` gets the words as written.
int year_in(const DependencyView& t, int w, std::string* written = nullptr) {
  auto [lo, hi] = t.subtree_range(w);
  for (int i = lo; i <= hi; ++i) {
    const std::string& f = t.word(i).form;
    const bool decade = f.size() == 5 && f[4] == 's' && f[3] == '0';
    if (f.size() != 4 && !decade) continue;
    int y = 0;
    auto [p, ec] = std::from_chars(f.data(), f.data() + 4, y);
    if (ec != std::errc() || p != f.data() + 4 || y < 1900 || y > 2099) continue;
    if (written) *written = decade ? "the " + f : f;
    return decade ? y + 9 : y;
  }
  return 0;
}

// A condition phrase that leads into `w` ("in the event of" before "attack"): just before its phrase or before the
// word itself, opening its phrase, or ending in the phrase's first word (its own "of", as parsers often hang it).
bool preceded_by(const DependencyView& t, int w, CueClass cls, const lexicon::CueLexicon& cues, std::string& cue) {
  const int lo = t.subtree_range(w).first;
  for (const lexicon::Cue& c : cues.cues(cls)) {
    const int len = static_cast<int>(c.words.size());
    if (len < 2) continue;
    bool opens = lo + len <= w && cue_at(t, lo, c);
    bool ends_in = lo < w && lo - len + 1 >= 1 && cue_at(t, lo - len + 1, c);
    if (cue_at(t, lo - len, c) || cue_at(t, w - len, c) || opens || ends_in) {
      for (const std::string& x : c.words) cue += (cue.empty() ? "" : " ") + x;
      return true;
    }
  }
  return false;
}

bool preceded_by_condition(const DependencyView& t, int w, const lexicon::CueLexicon& cues, std::string& cue) {
  return preceded_by(t, w, CueClass::condition, cues, cue);
}

// Whether some word of the sentence is a finite verb or a modal (a headline has none: "Russia, China to hold talks").
bool has_finite_verb(const DependencyView& t) {
  for (int i = 1; i <= t.size(); ++i) {
    const std::string_view tag = t.xpos(i);
    if (tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD") return true;
  }
  return false;
}

Marks own_marks(const DependencyView& t, int v, const lexicon::CueLexicon& cues, int published_year) {
  Marks m;
  for (int c : t.children(v)) {
    std::string_view r = t.rel(c);
    std::string_view b = t.base_rel(c);
    if (r == "aux" || r == "advmod" || r == "neg" || r == "det" || r == "aux:pass") {
      if (r != "aux:pass" && m.negation.empty()) {
        m.negation = cue_word(t, c, CueClass::negation, cues);
        // "no longer": the parser hangs "no" on "longer".
        if (m.negation.empty() && word_is(t, c, "longer"))
          for (int g : t.children(c))
            if (word_is(t, g, "no")) m.negation = "no longer";
        if (r == "det" && !m.negation.empty() && m.negation != "no" && m.negation != "nothing") m.negation.clear();
        // "a conspiracy not only to violate the law but also to launder money": "not only" adds, it does not deny.
        if (m.negation == "not" && (word_is(t, c + 1, "only") || word_is(t, c + 1, "just") ||
                                    word_is(t, c + 1, "merely") || word_is(t, c + 1, "simply")))
          m.negation.clear();
      }
      if (r == "aux" || r == "advmod") {
        if (m.hedge.empty()) m.hedge = cue_word(t, c, CueClass::hedge, cues);
        if (r == "aux" && m.future.empty()) m.future = cue_word(t, c, CueClass::future, cues);
        if (r == "aux" && m.hypothetical.empty()) m.hypothetical = cue_word(t, c, CueClass::hypothetical, cues);
        if (r == "aux" && m.obligation.empty()) m.obligation = cue_word(t, c, CueClass::obligation, cues);
      }
    }
    // "China, US to hold strategic dialogue": an infinitive in a headline, a sentence with no finite verb, is what
    // is to come.
    if (r == "mark" && word_is(t, c, "to") && c < v && m.future.empty() && !t.child(v, "aux") && !t.child(v, "cop")) {
      bool finite = false;
      for (int i = 1; i <= t.size() && !finite; ++i) {
        std::string_view x = t.xpos(i);
        finite = x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD";
      }
      if (!finite) m.future = "to";
    }
    // "declined to comment on whether the president would meet Tung": a clause put as a question is in doubt.
    if (r == "mark" && m.hedge.empty()) m.hedge = cue_word(t, c, CueClass::hedge, cues);
    // "Latvia is to expel": a copula or auxiliary "be" with an infinitive marker.
    if ((r == "cop" || r == "aux") && word_is(t, c, "be") && m.future.empty())
      for (int g : t.children(v))
        if (t.rel(g) == "mark" && word_is(t, g, "to") && g < v) m.future = t.word(c).form + " to";
    // A condition clause hanging from the word: "if Russia invaded", "unless Brussels unfreezes", "Should the
    // ceasefire collapse" (an inverted "should").
    if (b == "advcl" && m.condition.empty()) {
      for (int g : t.children(c)) {
        std::string_view gr = t.rel(g);
        if (gr == "mark" || (gr == "aux" && g < c && word_is(t, g, "should"))) {
          std::string w = cue_word(t, g, CueClass::condition, cues);
          if (!w.empty()) m.condition = w + " ...";
        }
      }
    }
    // "In the event of a Russian attack, ... would help".
    if ((b == "obl" || b == "nmod") && m.condition.empty()) {
      std::string w;
      if (preceded_by_condition(t, c, cues, w)) m.condition = w;
    }
    // "since 2014", "since the start of last year", "between 1939 and 1944", "in 2002".
    if ((b == "obl" || b == "advcl" || b == "nmod" || b == "advmod") && m.history.empty()) {
      std::string since;
      for (int g : t.children(c))
        if ((t.rel(g) == "case" || t.rel(g) == "mark") && !cue_word(t, g, CueClass::history, cues).empty())
          since = t.word(g).form;
      if (since.empty() && !cue_word(t, c, CueClass::history, cues).empty() && b != "advcl") since = t.word(c).form;
      std::string written;
      int y = year_in(t, c, &written);
      if (!since.empty()) {
        m.history = since;
        if (y) m.history += " " + written;
      } else if (y && published_year && y <= published_year - 2 && b != "advcl") m.history = "in " + written;
      // "have fought a civil war for 20 years": a span of years reaching well back.
      if (m.history.empty() && b != "advcl" && (t.lemma(c) == "year" || t.lemma(c) == "decade"))
        if (int cs = t.child(c, "case"); cs && word_is(t, cs, "for"))
          if (int n = t.child(c, "nummod"); n && at_least_two(t.folded_form(n)))
            m.history = "for " + t.word(n).form + " " + t.word(c).form;
      // "when Clinton visited Tokyo a year ago", "three decades ago": an act told as a year or more back.
      if (m.history.empty() && b == "advmod" && word_is(t, c, "ago"))
        for (int g : t.children(c))
          if (m.history.empty() && (t.lemma(g) == "year" || t.lemma(g) == "decade" || t.lemma(g) == "century"))
            m.history = t.word(g).form + " ago";
      // "for the past decade", "for decades".
      if (m.history.empty()) {
        auto [lo, hi] = t.subtree_range(c);
        for (int i = lo; i <= hi && m.history.empty(); ++i) {
          std::string w = cue_word(t, i, CueClass::history, cues);
          if (w.find(' ') != std::string::npos) m.history = w;
        }
      }
    }
  }
  // "Russia, China to hold talks": a headline's bare infinitive with a subject of its own, in a sentence with no
  // finite verb, announces the act.
  if (m.future.empty() && t.head(v) == 0 && t.child(v, "nsubj") && !has_finite_verb(t))
    if (int mk = t.child(v, "mark"); mk && mk < v && word_is(t, mk, "to")) m.future = "to";
  // "will release no prisoners", "received no reply": an object that is no thing at all denies the act.
  if (m.negation.empty())
    for (int o : t.children(v))
      if (t.rel(o) == "obj")
        if (int d = t.child(o, "det"); d && word_is(t, d, "no")) m.negation = "no " + t.word(o).form;
  // "must have known": a guess about the past, not an act owed.
  if (!m.obligation.empty())
    for (int c : t.children(v))
      if (t.rel(c) == "aux" && word_is(t, c, "have")) m.obligation.clear();
  // A period the parser hung on the object: "fought two wars [against the Soviet Union] [between 1939 and 1944]".
  if (m.history.empty() && published_year)
    for (int o : t.children(v)) {
      if (t.rel(o) != "obj") continue;
      for (int c : t.children(o)) {
        if (t.base_rel(c) != "nmod") continue;
        int cs = t.child(c, "case");
        bool period = cs && (word_is(t, cs, "between") || word_is(t, cs, "in") || word_is(t, cs, "during"));
        std::string written;
        int y = period ? year_in(t, c, &written) : 0;
        if (y && y <= published_year - 2 && m.history.empty()) m.history = t.word(cs).form + " " + written;
      }
    }
  // "since" deeper in the word's own clause ("have held 17 rounds of talks since the clash").
  if (m.history.empty()) {
    auto [lo, hi] = t.subtree_range(v);
    for (int i = lo; i <= hi && m.history.empty(); ++i) {
      if (i == v || (t.rel(i) != "case" && t.rel(i) != "mark") || !word_is(t, i, "since")) continue;
      bool own = true;  // not inside a nested clause of another verb
      for (int a = t.head(i); a != v && a > 0; a = t.head(a)) {
        std::string_view ar = t.base_rel(a);
        if (ar == "ccomp" || ar == "xcomp" || ar == "acl" || ar == "parataxis" || ar == "conj") own = false;
      }
      if (own && t.dominates(v, i)) m.history = "since";
    }
  }
  return m;
}

// The prepositions that place an act in time against another: "will meet him before the visit".
constexpr std::string_view kTimeCases[] = {"before", "after", "during", "until", "following", "ahead"};

// What puts an event noun still ahead, or "": a modifier ("the upcoming visit", "next week's talks", "tomorrow's
// meeting"; not "the next day's", which counts from a past day), a phrase before it ("ahead of a visit to Japan"), or a time preposition tying it to an act of the
// future ("will meet Hill before the visit").
std::string planned_noun(const DependencyView& t, int v, const lexicon::CueLexicon& cues, int published_year) {
  for (int c : t.children(v)) {
    std::string_view r = t.rel(c);
    if (r == "amod" || r == "compound" || r == "advmod") {
      std::string w = cue_word(t, c, CueClass::planned_modifier, cues);
      if (!w.empty()) return w + " " + t.word(v).form;
    }
    if (r == "nmod:poss") {
      if (word_is(t, c, "tomorrow")) return "tomorrow's " + t.word(v).form;
      for (int g : t.children(c))
        if (t.rel(g) == "amod" && word_is(t, g, "next") && !word_is(t, c, "day")) return "next " + t.word(c).form + "'s " + t.word(v).form;
    }
  }
  std::string ahead;
  if (preceded_by(t, v, CueClass::ahead_of, cues, ahead)) return ahead + " ... " + t.word(v).form;
  std::string_view r = t.base_rel(v);
  const int g = t.head(v);
  if ((r == "obl" || r == "nmod") && g > 0 && t.upos(g) == "VERB")
    if (int cs = t.child(v, "case"); cs && is_one_of(t.folded_form(cs), kTimeCases)) {
      Marks gm = own_marks(t, g, cues, published_year);
      if (gm.negation.empty() && gm.hedge.empty() && gm.condition.empty() && !gm.future.empty())
        return gm.future + " ... " + t.word(cs).form + " " + t.word(v).form;
    }
  return "";
}

// The event word inside a condition clause: "if Russian forces invaded", "until Belarus expels".
std::string inside_condition(const DependencyView& t, int v, const lexicon::CueLexicon& cues) {
  // The parser often makes a condition clause a complement ("supplies will be turned off if Belarus does not
  // agree"); after a verb of asking or knowing, "if" asks a question instead ("asked if Iran would agree").
  static constexpr std::string_view kAskingVerbs[] = {"ask", "wonder", "know", "see", "check", "decide", "doubt",
                                                      "question", "inquire", "enquire", "determine", "say", "tell"};
  const bool complement = t.base_rel(v) == "ccomp" && t.head(v) > 0 && !is_one_of(t.lemma(t.head(v)), kAskingVerbs);
  if (t.base_rel(v) != "advcl" && !complement) return "";
  for (int g : t.children(v)) {
    if (complement && !(t.rel(g) == "mark" && (word_is(t, g, "if") || word_is(t, g, "unless")))) continue;
    std::string_view gr = t.rel(g);
    if (gr == "mark" || (gr == "aux" && g < v && word_is(t, g, "should"))) {
      std::string w = cue_word(t, g, CueClass::condition, cues);
      if (!w.empty()) return w + " ...";
    }
  }
  return "";
}

// The marks of an adverbial clause that states what an order or a plan is for.
constexpr std::string_view kContentMarks[] = {"to", "for", "at", "on", "into", "from", "towards", "toward"};

// An adverbial infinitive with no subject of its own ("to meet", "in order to hold talks").
bool infinitive_purpose(const DependencyView& t, int w) {
  if (t.child(w, "nsubj") || t.child(w, "nsubj:pass") || t.upos(w) != "VERB") return false;
  for (int c : t.children(w))
    if (t.rel(c) == "mark" && c < w && word_is(t, c, "to")) return true;
  return false;
}

// "is expected to present a resolution condemning Burma": a present participle describing a text that speaks for
// whoever puts it forward is that body's act, done (or planned, or hedged) as the text is put forward.
bool participle_of_a_text(const DependencyView& t, int participle, int noun) {
  static constexpr std::string_view texts[] = {"resolution", "statement", "declaration", "communique", "letter",
                                               "motion",     "decree",    "bill",        "appeal",     "message"};
  return t.xpos(participle) == "VBG" && is_one_of(t.folded_lemma(noun), texts);
}

// The verb of charging or clearing whose "of" clause `w` is ("accused the guard of trying to", "acquitted him of
// murdering"): its head, when `w` is an adverbial or adjectival clause marked "of"; else 0.
int charged_by(const DependencyView& t, int w) {
  std::string_view r = t.base_rel(w);
  if ((r != "advcl" && r != "acl") || t.head(w) <= 0) return 0;
  int mk = t.child(w, "mark");
  if (!mk) mk = t.child(w, "case");
  return mk && mk < w && word_is(t, mk, "of") ? t.head(w) : 0;
}

bool is_passive(const DependencyView& t, int v) {
  for (int c : t.children(v))
    if (t.rel(c) == "aux:pass" || t.rel(c) == "nsubj:pass") return true;
  return t.xpos(v) == "VBN" && t.child(v, "cop");
}

}  // namespace

std::string event_modality(const DependencyView& t, int v, const lexicon::CueLexicon& cues, int published_year,
                           std::string& why, bool negation_in_code) {
  why.clear();
  // The verb complex: the event word and the words it is an infinitive or participle of ("help evacuate", "keep
  // targeting"), which share auxiliaries and conditions. A conjunct with no auxiliary of its own shares its first
  // conjunct's ("will send ... and allow").
  Marks m = own_marks(t, v, cues, published_year);
  auto merge = [&](const Marks& o) {
    if (m.negation.empty()) m.negation = o.negation;
    if (m.hedge.empty()) m.hedge = o.hedge;
    if (m.future.empty()) m.future = o.future;
    if (m.hypothetical.empty()) m.hypothetical = o.hypothetical;
    if (m.condition.empty()) m.condition = o.condition;
    if (m.history.empty()) m.history = o.history;
    if (m.obligation.empty()) m.obligation = o.obligation;
  };
  int merged = 0;  // the first conjunct merged, whose marks the history climb below reuses
  Marks merged_marks;
  if (t.rel(v) == "conj" && !t.child(v, "aux") && !t.child(v, "nsubj") && t.head(v) > 0) {
    merged = t.head(v);
    merged_marks = own_marks(t, merged, cues, published_year);
    merge(merged_marks);
  }
  // "stormed the square in 1989 and fired on demonstrators, killing hundreds": a participle clause with no subject
  // or marker of its own, and a conjunct, happened when the verb they hang on did.
  // Only a dated past ("in 1989", "a year ago", "for 20 years"): a "since" reaches up to now, so what follows from it
  // may be news ("has intensified its offensive since Wednesday, killing 44"); nor from a relative clause, which the
  // participle seldom belongs to ("the LRA, which have fought for 20 years, urging ...").
  for (int a = v, steps = 0; m.history.empty() && steps < 3 && t.head(a) > 0; ++steps) {
    const bool participle = t.base_rel(a) == "advcl" && t.xpos(a) == "VBG" && !t.child(a, "mark") &&
                            !t.child(a, "nsubj") && t.head(a) < a && t.rel(t.head(a)) != "acl:relcl" &&
                            !(t.child(t.head(a), "nsubj") && t.xpos(t.child(t.head(a), "nsubj")).starts_with("W"));
    const bool conjunct = t.rel(a) == "conj" && !t.child(a, "aux") && !t.child(a, "nsubj") && !t.child(a, "nsubj:pass");
    if (!participle && !conjunct) break;
    a = t.head(a);
    std::string h = a == merged ? merged_marks.history : own_marks(t, a, cues, published_year).history;
    if (!h.starts_with("since")) m.history = std::move(h);
  }
  // "the 2003 Iraq invasion, led by the United States but strongly backed by Britain": a participle that describes
  // a noun dated by its own year (a year before last) happened then. Only the noun's own words before it, not its
  // later phrases ("the talks, held since 1998").
  if (m.history.empty() && published_year) {
    int a = v;
    while (t.rel(a) == "conj" && !t.child(a, "aux") && !t.child(a, "nsubj") && t.head(a) > 0) a = t.head(a);
    const int noun = t.head(a);
    // The noun, or the one its of-phrase names just before the participle ("the mistake of the 2003 invasion, led
    // by ...", where parsers hang the participle on either).
    std::vector<int> nouns;
    if (t.rel(a) == "acl" && t.xpos(a) == "VBN" && noun > 0 && noun < a && t.upos(noun) == "NOUN") {
      nouns.push_back(noun);
      for (int c : t.children(noun))
        if (c > noun && c < a && t.base_rel(c) == "nmod" && t.upos(c) == "NOUN") nouns.push_back(c);
    }
    for (int n : nouns)
      for (int c : t.children(n)) {
        std::string_view r = t.rel(c);
        if (c > n || (r != "compound" && r != "nummod" && r != "amod" && r != "nmod:tmod") || !m.history.empty())
          continue;
        std::string written;
        const int y = year_in(t, c, &written);
        if (y && y <= published_year - 2) m.history = "the " + written + " " + t.word(n).form;
      }
  }
  // "will not negotiate with terrorists" (125), "would not elaborate" (011), "could not agree" (110): the refusal
  // or the failure is made as it is said.
  if (negation_in_code) {
    m.negation.clear(), m.future.clear(), m.hypothetical.clear();
    if (m.hedge == "could") m.hedge.clear();
  }
  if (!m.negation.empty()) {
    why = m.negation;
    return "negated";
  }
  // "launch sterilization instead of killing them": the clause's marker, with its fixed second word.
  for (int g : t.children(v))
    if (t.rel(g) == "mark" || t.rel(g) == "cc" || t.rel(g) == "case")
      if (std::string w = cue_word(t, g, CueClass::negating_marker, cues); !w.empty()) {
        why = w;
        return "negated";
      }
  std::string cond = inside_condition(t, v, cues);
  // A nominal event after a condition phrase: "In the event of a Russian attack on the Baltic states, ...".
  if (cond.empty() && t.upos(v) == "NOUN") preceded_by_condition(t, v, cues, cond);
  const std::string planned = t.upos(v) == "NOUN" ? planned_noun(t, v, cues, published_year) : "";
  std::string scheduled;  // the verb that sets the time of the act the noun names
  // Takes on the marks and conditions of the word the act stands as (a text put forward, a ranked noun); true when
  // that word is negated, which negates the act.
  auto negated_with = [&](int from) {
    Marks fm = own_marks(t, from, cues, published_year);
    if (!fm.negation.empty()) {
      why = fm.negation + " " + t.word(from).form;
      return true;
    }
    merge(fm);
    if (cond.empty()) cond = inside_condition(t, from, cues);
    return false;
  };
  // Walk up the governing verbs. Through an infinitive (xcomp) the governor belongs to the same verb complex; a
  // verb of speech ends the walk (what is reported keeps its own modality).
  int w = v;
  bool from_content = false;  // the walk came up from an object's content clause ("the possibility that ...")
  bool from_text = false;     // ... from the participle of a text ("presented a resolution condemning ...")
  bool contrasted = false;    // ... through a conjunct set against the first ("not X but Y")
  for (int steps = 0; steps < 6; ++steps) {
    const bool content_clause = std::exchange(from_content, false);
    const bool text_clause = std::exchange(from_text, false);
    int g = t.head(w);
    std::string_view r = t.rel(w) == "acl:relcl" ? t.rel(w) : t.base_rel(w);
    if (g <= 0) break;
    // "demands that Syria stop interfering and cooperate": a conjunct with no subject of its own stands where its
    // first conjunct stands, under the same governor.
    if (r == "conj" && !t.child(w, "nsubj") && !t.child(w, "nsubj:pass") && !t.child(w, "aux")) {
      // "had not wanted to overthrow the government but only to protest": the denial is the first conjunct's.
      if (int cc = t.child(w, "cc"); cc && word_is(t, cc, "but")) contrasted = true;
      w = g;
      continue;
    }
    // A "that" clause taken for a relative clause ("demands that Syria stop") is the noun's content clause.
    if (r == "acl:relcl")
      if (int mk = t.child(w, "mark"); mk && word_is(t, mk, "that")) r = "acl";
    // "Hopes of talks between X and Y rose", "his plans for a visit": an event noun that says what a hope or a plan
    // is of did not happen. Someone's plan is intended; a hope no one owns may come to nothing.
    if (r == "nmod" && planned.empty() && t.upos(w) == "NOUN" && t.upos(g) == "NOUN")
      if (int cs = t.child(w, "case"); cs && (word_is(t, cs, "of") || word_is(t, cs, "for")) &&
                                       !cue_word(t, g, CueClass::intending_governor, cues).empty()) {
        why = t.word(g).form + " " + t.word(cs).form;
        return t.child(g, "nmod:poss") ? "intended" : "hedged";
      }
    bool clause = is_clause_rel(r) || r == "obj" || r == "nsubj" || r == "nsubj:pass";
    if (!clause) break;
    // "Any country that supplied fighter jets would be treated as a party": an act in a relative clause of "any"
    // is the condition of a "would" or "will" clause.
    if (r == "acl:relcl" && cond.empty())
      if (int det = t.child(g, "det"); det && (word_is(t, det, "any") || word_is(t, det, "whichever"))) {
        std::string_view nr = t.base_rel(g);
        if (t.head(g) > 0 && (nr == "nsubj" || nr == "obj")) {
          Marks mm = own_marks(t, t.head(g), cues, published_year);
          std::string modal = mm.hypothetical.empty() ? mm.future : mm.hypothetical;
          if (!modal.empty() && mm.negation.empty()) cond = t.word(det).form + " ... " + modal;
        }
      }
    // "not to give money to every Chechen envoy who asks for it": a present act in a relative clause of "every",
    // "each" or "any" is generic, a condition ("if an envoy asks"), not an act anyone did.
    if (r == "acl:relcl" && cond.empty() && (t.xpos(w) == "VBZ" || t.xpos(w) == "VBP"))
      if (int det = t.child(g, "det");
          det && (word_is(t, det, "every") || word_is(t, det, "each") || word_is(t, det, "any")))
        cond = t.word(det).form + " ... " + t.word(w).form;
    if (r == "conj" || r == "parataxis" || r == "acl:relcl") break;
    // "A planned trip by the defence minister to Israel has been postponed": the passive subject of a verb that
    // stops an act is the act stopped, as its object is in the active ("postponed the trip").
    if (t.rel(w) == "nsubj:pass" && !cue_word(t, g, CueClass::preventing_governor, cues).empty()) {
      why = t.word(g).form + " ...";
      return "negated";
    }
    // A nominal event that is the subject of a "would" clause is hypothetical: "a new invasion would entail ...".
    if ((r == "nsubj" || r == "csubj") && cond.empty()) {
      Marks gm = own_marks(t, g, cues, published_year);
      if (!gm.hypothetical.empty() && gm.negation.empty()) cond = "... " + gm.hypothetical;
      break;
    }
    if (r == "nsubj" || r == "nsubj:pass") break;
    const std::string& gl = t.folded_lemma(g);
    auto cls = [&](CueClass c) { return !cue_word(t, g, c, cues).empty(); };
    // "has no plans to send", "had no role in planning".
    for (int c : t.children(g))
      if (t.rel(c) == "det" && word_is(t, c, "no") && (r == "acl" || r == "xcomp" || r == "advcl")) {
        why = "no " + t.word(g).form;
        return "negated";
      }
    // "expressed the hope that Britain will strike a deal", "voiced fears that ...": the content clause the parse hung
    // on the verb beside its object belongs to the object, a hope or a fear.
    if (r == "ccomp" && t.child(w, "mark"))
      if (int o = t.child(g, "obj"); o && o < w && t.upos(o) == "NOUN" &&
                                     (t.folded_lemma(o) == "hope" || t.folded_lemma(o) == "concern" ||
                                      !cue_word(t, o, CueClass::hedging_governor, cues).empty())) {
        why = t.word(o).form + " that";
        return "hedged";
      }
    bool passive = is_passive(t, g);
    // An adverbial clause is the circumstance of an order or a plan, not its content: "After meeting his officials,
    // Olmert ordered ...", "ordered departments to act, vowing to prosecute". But one marked "to", "for", "at", "on",
    // "into" or "from" is the content ("appealed to the council to lift", "pushed for resuming", "aimed at
    // persuading", "barred from speaking").
    const int mark = t.child(w, "mark");
    const bool circumstance = r == "advcl" && !(mark && is_one_of(t.folded_form(mark), kContentMarks));
    // "ignored calls from Washington to lift the ban", "came under pressure to offer cuts": an infinitive the parse
    // hung on the verb, after a noun of demand beside it, is what the demand asks for. Not the newspapers' "press".
    // Nor where the verb answers the demand, which then stands as the answer does ("plans to meet a NATO request to
    // increase", "refused to heed the council's demand to suspend"), nor a telephone call ("made a call to Olmert to
    // inform him").
    static constexpr std::string_view kAnswers[] = {"meet", "heed", "accept", "comply", "answer", "satisfy", "fulfil",
                                                    "fulfill", "obey", "respect", "follow", "grant", "honour", "honor",
                                                    "reject", "refuse", "rebuff", "spurn", "defy", "make", "receive",
                                                    "return", "place"};
    if (r == "advcl" && mark && mark < w && word_is(t, mark, "to") && !is_one_of(gl, kAnswers))
      for (int o : t.children(g)) {
        std::string_view orl = t.base_rel(o);
        if (o < mark && (orl == "obj" || orl == "obl") && t.upos(o) == "NOUN" && t.folded_lemma(o) != "press" &&
            !cue_word(t, o, CueClass::demanding_governor, cues).empty()) {
          why = t.word(o).form + " ... to";
          return "demanded";
        }
      }
    // "refused to meet" (not "refused the offer"); "blocked a trip", "prevented from boarding" (an object too). Not
    // "were prevented from leaving after a woman accused them": a circumstance keeps its own modality.
    if (((cls(CueClass::negating_governor) && r != "obj") || cls(CueClass::preventing_governor)) && !circumstance) {
      why = t.word(g).form + " ...";
      return "negated";
    }
    // "stopped allowing UN access": what stops being done is not done.
    if (cls(CueClass::ceasing_governor) && r == "xcomp") {
      why = t.word(g).form + " ...";
      return "negated";
    }
    // "have yet to agree", "is yet to sign": an act still awaited has not happened.
    if ((gl == "have" || gl == "be") && r == "xcomp")
      for (int c : t.children(g))
        if (t.rel(c) == "advmod" && word_is(t, c, "yet")) {
          why = t.word(g).form + " yet to";
          return "negated";
        }
    // "told Ethiopia to pull out": "tell" with an infinitive is an order, not speech.
    if (gl == "tell" && r == "xcomp" && t.child(w, "mark") && word_is(t, t.child(w, "mark"), "to")) {
      why = t.word(g).form + " ... to";
      return "demanded";
    }
    // "EU leaders want Moscow to commit", "Russia will expect Iran to pledge": what one wants or expects another to do
    // is asked of it, not the other's plan.
    if ((gl == "want" || gl == "wish" || gl == "expect") && w == v && r == "xcomp" && t.child(g, "obj") &&
        own_marks(t, g, cues, published_year).negation.empty()) {
      why = t.word(g).form + " ... to";
      return "demanded";
    }
    // "acquitted the doctor of murdering his wife": the act someone is cleared of was not done.
    if (cls(CueClass::clearing_governor) && charged_by(t, w) == g) {
      why = t.word(g).form + " ... of";
      return "negated";
    }
    // "did not intend to quit the treaty", "has not ordered troops to attack": a plan or an order denied is no
    // plan or order at all, so the act under it is negated.
    const bool intends = cls(CueClass::intending_governor) && r != "obj" && !circumstance;
    // The governor's own marks, read once for the negation here and the condition of a plan below.
    std::optional<Marks> governor_marks;
    auto gm = [&]() -> const Marks& {
      if (!governor_marks) governor_marks = own_marks(t, g, cues, published_year);
      return *governor_marks;
    };
    if (!contrasted && (intends || (cls(CueClass::demanding_governor) && r != "csubj" && !circumstance)))
      if (!gm().negation.empty()) {
        why = gm().negation + " " + t.word(g).form;
        return "negated";
      }
    if (cls(CueClass::demanding_governor) && r != "csubj" && !circumstance) {
      why = t.word(g).form + " ...";
      return "demanded";
    }
    if (intends) {
      // "scrapped plans to visit the United States", "denied plans to attack": a plan given up or denied.
      if (const int up = t.head(g); t.base_rel(g) == "obj" && up > 0 &&
                                    !cue_word(t, up, CueClass::negating_governor, cues).empty()) {
        why = t.word(up).form + " ... " + t.word(g).form;
        return "negated";
      }
      // "accused the rebels of attempting to attack", "suspected of planning to bomb": the attempt or the plan is
      // itself what is alleged, so the act stands as hedged as the charge.
      if (int charge = charged_by(t, g); charge && !cue_word(t, charge, CueClass::hedging_governor, cues).empty()) {
        why = t.word(charge).form + " ... of " + t.word(g).form;
        return "hedged";
      }
      // "amid fears that the Islamists were planning to launch a war": a plan feared, claimed or hoped for by
      // others is as uncertain as the fear.
      if (const int up = t.head(g); up > 0 && (t.base_rel(g) == "ccomp" || t.base_rel(g) == "acl") &&
                                    !cue_word(t, up, CueClass::hedging_governor, cues).empty()) {
        why = t.word(up).form + " ... " + t.word(g).form;
        return "hedged";
      }
      // "expressed the hope that Britain will strike a deal": what one hopes another will do is no one's plan.
      if (gl == "hope" && (r == "ccomp" || r == "acl") && t.child(w, "nsubj")) {
        why = t.word(g).form + " that";
        return "hedged";
      }
      // "If the motion passes, Martin is expected to ask ...": a plan that hangs on a condition is conditional.
      // So does one whose act does: "is ready to resume fighting if they collapse". Only where the plan is expected
      // of the doer or still to be decided, not one it has made (a pledge, a plan, a threat): that is made now, and
      // its act is what is intended ("pledged to restart talks if Labour wins" is an intent to negotiate, 036).
      static constexpr std::string_view kUnmade[] = {"expect", "due", "set", "poised", "decide", "ready", "prepared",
                                                     "likely"};
      const std::string& condition = m.condition.empty() ? gm().condition : m.condition;
      if (!condition.empty() && !condition.starts_with("until") && !condition.starts_with("once") &&
          is_one_of(gl, kUnmade)) {
        why = condition + " " + t.word(g).form;
        return "conditional";
      }
      why = t.word(g).form + " ...";
      return "intended";
    }
    // Not a clause of time or reason beside the claim ("claimed to have captured a position as the prime minister
    // warned that ..."): only what is claimed, alleged or considered is hedged.
    static constexpr std::string_view kReasonMarks[] = {"as", "although", "though", "because"};
    const std::string_view marker = mark ? std::string_view(t.folded_form(mark)) : std::string_view();
    const bool beside =
        r == "advcl" && mark && (parse::is_time_conjunction(marker) || is_one_of(marker, kReasonMarks));
    if ((cls(CueClass::hedging_governor) || (passive && cls(CueClass::hedging_passive))) && r != "obj" && !beside) {
      why = t.word(g).form + " ...";
      return "hedged";
    }
    // "Latvia is to expel": "be" with an infinitive.
    if (gl == "be" && r == "xcomp") {
      why = t.word(g).form + " to";
      return "intended";
    }
    // "ruled out the possibility that the jet was shot down", "refused any suggestion of sending troops": the
    // content of what a negating governor turns down.
    if (r == "obj" && content_clause && cls(CueClass::negating_governor)) {
      why = t.word(g).form + " ... " + t.word(w).form;
      return "negated";
    }
    // The text's participle takes the modality of putting the text forward: up to the verb that takes it.
    if (r == "obj" && text_clause) {
      if (negated_with(g)) return "negated";
      w = g;
      continue;
    }
    // "would bring forward a meeting between Olmert and Abbas if the ceasefire holds", "scheduled talks for Monday":
    // an act whose time is being set is still to come, under the setting verb's own conditions.
    if (r == "obj" && t.upos(w) == "NOUN" && cls(CueClass::scheduling_governor)) {
      scheduled = t.word(g).form + " ...";
      Marks gm = own_marks(t, g, cues, published_year);
      gm.negation.clear();  // a meeting not brought forward is still to come
      merge(gm);
      if (cond.empty()) cond = inside_condition(t, g, cues);
      break;
    }
    if (r == "obj") break;
    if (cls(CueClass::speech) && (r == "ccomp" || r == "advcl")) break;
    // "could hit back by blocking inspections", "will respond by expelling": a means clause is done as its
    // governor is.
    // So is one of "in" and a gerund: "can help persuade Britain in striking a deal".
    const bool means = r == "advcl" && mark &&
                       (word_is(t, mark, "by") || (word_is(t, mark, "in") && t.xpos(w) == "VBG"));
    // "will visit the United States next week to meet with Clinton", "flew to Cairo in order to hold talks": a
    // purpose clause with no subject of its own is planned, done or hedged as the act it is the purpose of.
    const bool purpose = r == "advcl" && infinitive_purpose(t, w);
    // "urged Beijing to work towards restoring ties": what one works towards stands as the work does.
    const bool goal = r == "advcl" && mark && (word_is(t, mark, "towards") || word_is(t, mark, "toward"));
    if (r == "xcomp" || r == "csubj" || means || purpose || goal) {
      Marks gm = own_marks(t, g, cues, published_year);
      // "could not be ruled out": a possibility, not a negation.
      if (!gm.negation.empty() && gl == "rule" && !gm.hedge.empty()) {
        why = gm.hedge + " " + gm.negation + " be ruled out";
        return "hedged";
      }
      if (!gm.negation.empty()) {
        why = gm.negation + " " + t.word(g).form;
        return "negated";
      }
      merge(gm);
      if (r == "csubj" && !gm.hypothetical.empty() && cond.empty()) cond = "... " + gm.hypothetical;
      if (cond.empty()) cond = inside_condition(t, g, cues);
    }
    // Up from an object's content clause, to the verb that takes the object.
    if (r == "acl" && t.upos(g) == "NOUN" && t.base_rel(g) == "obj") {
      from_content = true;
      from_text = participle_of_a_text(t, w, g);
      w = g;
      continue;
    }
    // "Israel will not be the first country to attack", "wants to be the first to send aid": an act told by a rank
    // stands as the clause of the ranked noun does (src/coding/ranked_doers.h).
    if (r == "acl")
      if (int ranked = coding::ranked_noun_of_infinitive(t, w)) {
        if (negated_with(ranked)) return "negated";
        w = ranked;
        continue;
      }
    if (r != "xcomp" && r != "csubj" && r != "ccomp" && !means && !purpose && !goal) break;
    w = g;
  }
  // A "would" or "could" clause in a sentence with a condition the parser hung elsewhere ("Canada would impose
  // sanctions if Russian forces invaded Ukraine, Trudeau said", with "said" in the middle).
  if (cond.empty() && m.condition.empty() && (!m.hypothetical.empty() || m.hedge == "could"))
    for (int w2 = 1; w2 <= t.size() && m.condition.empty(); ++w2) {
      if (w2 == v) continue;
      bool marker = t.rel(w2) == "mark" || (w2 == 1 && word_is(t, w2, "should"));
      std::string c = marker ? cue_word(t, w2, CueClass::condition, cues) : "";
      if (!c.empty() && c != "until") m.condition = c + " ...";
      if (m.condition.empty()) {
        std::string p = cue_word(t, w2, CueClass::condition, cues);
        if (p.find(' ') != std::string::npos && p != "even if") m.condition = p;
      }
    }
  if (!cond.empty()) {
    why = cond;
    return "conditional";
  }
  if (!m.condition.empty() && (!m.hypothetical.empty() || !m.hedge.empty() || !m.future.empty())) {
    why = (m.hypothetical.empty() ? (m.hedge.empty() ? m.future : m.hedge) : m.hypothetical) + " ... " + m.condition;
    return "conditional";
  }
  if (!m.condition.empty() && m.condition.find("...") == std::string::npos) {  // "in the event of"
    why = m.condition;
    return "conditional";
  }
  if (!m.hedge.empty()) {
    why = m.hedge;
    return "hedged";
  }
  // "Hamas must recognise Israel": an act someone says is owed is demanded of its doer.
  if (!m.obligation.empty()) {
    why = m.obligation;
    return "demanded";
  }
  if (!m.future.empty() || !m.hypothetical.empty()) {
    why = m.future.empty() ? m.hypothetical : m.future;
    return "intended";
  }
  if (!planned.empty() || !scheduled.empty()) {
    why = planned.empty() ? scheduled : planned;
    return "intended";
  }
  if (!m.history.empty()) {
    why = m.history;
    return "historical";
  }
  return "asserted";
}

}  // namespace vigil::events
