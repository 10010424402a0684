#include "parse/tree_repair.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <vector>

#include "parse/press_words.h"
#include "parse/time_conjunctions.h"
#include "text/word_list.h"

namespace vigil::parse {
namespace {

constexpr std::string_view kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
constexpr std::string_view kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                        "July",    "August",   "September", "October", "November", "December"};

// Whether every word reaches the root without a cycle and exactly one word is the root.
bool is_tree(const Sentence& s) {
  const int n = static_cast<int>(s.words.size());
  int roots = 0;
  for (int i = 1; i <= n; ++i) {
    if (s.words[i - 1].head == 0) ++roots;
    int w = i;
    for (int steps = 0; w != 0; ++steps) {
      if (steps > n || w < 0 || w > n) return false;
      w = s.words[w - 1].head;
    }
  }
  return roots == 1;
}

// Makes `change` to the sentence's words and keeps it only if they still form one tree; whether it was kept.
template <class Change>
bool keep_if_tree(Sentence& s, Change change) {
  const std::vector<Word> before = s.words;
  change();
  if (is_tree(s)) return true;
  s.words = before;
  return false;
}

// Whether the verb has a passive auxiliary ("was shot").
bool has_passive_aux(const Sentence& s, int verb) {
  for (const Word& w : s.words)
    if (w.head == verb && w.deprel == "aux:pass") return true;
  return false;
}

bool has_subject(const Sentence& s, int verb) {
  for (const Word& w : s.words)
    if (w.head == verb && (w.deprel == "nsubj" || w.deprel == "nsubj:pass")) return true;
  return false;
}

// The word's child with relation `rel`, or 0.
int child_with(const Sentence& s, int head, std::string_view rel) {
  for (int k = 1; k <= static_cast<int>(s.words.size()); ++k)
    if (s.words[k - 1].head == head && s.words[k - 1].deprel == rel) return k;
  return 0;
}

bool is_finite_tag(const std::string& xpos) { return xpos == "VBD" || xpos == "VBZ" || xpos == "VBP" || xpos == "MD"; }

// Whether a word is written with a capital first letter ("Expressing", "President").
bool capitalised(std::string_view form) { return !form.empty() && form[0] >= 'A' && form[0] <= 'Z'; }

// Whether a word (as written) is an interjection or discourse word that opens speech: "Yes, ...", "Well, ...".
bool is_interjection(std::string_view form) {
  static constexpr std::string_view kWords[] = {
      "yes",   "no",    "so",      "like",   "oh",    "please", "welcome", "well",   "yeah", "ok",   "okay",
      "out",   "huh",   "hi",      "hello",  "ah",    "um",     "uh",      "hey",    "thanks", "god", "wow",
      "alas",  "sorry", "indeed",  "now",    "look",  "listen", "sure",    "right",  "anyway", "congratulations",
      "goodbye", "bye", "amen",    "bravo",  "hmm",   "ha",     "aha",     "yep",    "nope"};
  return is_one_of(ascii_lower(form), kWords);
}

// Whether `w` lies in the subtree of `top`.
bool dominated_by(const Sentence& s, int w, int top) {
  for (int steps = 0; w > 0 && steps <= static_cast<int>(s.words.size()); w = s.words[w - 1].head, ++steps)
    if (w == top) return true;
  return false;
}

}  // namespace

int repair_day_phrases(Sentence& s) {
  const int n = static_cast<int>(s.words.size());
  int mended = 0;
  for (int on = 1; on < n; ++on) {
    Word& o = s.words[on - 1];
    Word& day = s.words[on];
    if (o.form != "on" || !is_one_of(day.form, kWeekdays) || !day.deprel.starts_with("nsubj")) continue;
    const int verb = day.head;
    if (verb <= on + 1) continue;  // the weekday's verb comes after it: "China on Sunday expressed"
    o.head = on + 1;
    o.deprel = "case";
    day.deprel = "obl";
    ++mended;
    // "The United Nations on Friday has urged": a subject phrase the parse hung under the weekday is the verb's.
    for (int k = 1; k < on; ++k)
      if (s.words[k - 1].head == on + 1 && !has_subject(s, verb)) {
        s.words[k - 1].head = verb;
        s.words[k - 1].deprel = "nsubj";
      }
    if (has_subject(s, verb)) continue;  // the real subject kept its verb ("Talabani on Sunday rejected")
    // The phrase before "on" is the subject the parse lost: climb from its last word to its top.
    int subject = on - 1;
    while (subject > 0 && s.words[subject - 1].head != 0 && s.words[subject - 1].head < on)
      subject = s.words[subject - 1].head;
    if (subject <= 0) continue;
    const std::string& upos = s.words[subject - 1].upos;
    if (upos != "PROPN" && upos != "NOUN" && upos != "PRON") continue;
    Word& subj = s.words[subject - 1];
    if (subj.head != 0 && subj.head != verb) continue;
    keep_if_tree(s, [&] {
      if (subj.head == 0) {
        // "China" made the root and the verb hung below it: the verb heads the sentence again, with what followed.
        for (int k = verb + 1; k <= n; ++k)
          if (s.words[k - 1].head == subject) s.words[k - 1].head = verb;
        s.words[verb - 1].head = 0;
        s.words[verb - 1].deprel = "root";
      }
      subj.head = verb;
      subj.deprel = "nsubj";
    });
  }
  return mended;
}

int repair_day_verb_roots(Sentence& s) {
  const int n = static_cast<int>(s.words.size());
  int mended = 0;
  for (int day = 2; day + 1 <= n; ++day) {
    const int verb = day + 1;
    const Word& v = s.words[verb - 1];
    if (!is_one_of(s.words[day - 1].form, kWeekdays)) continue;
    // A finite verb right after the weekday that the parse did not make the root, and that has no subject of its
    // own ("China on Thursday said", with "said" a parataxis of "China").
    if (v.head == 0 || v.upos != "VERB" || !is_finite_tag(v.xpos) || has_subject(s, verb))
      continue;
    // "on Friday" or a bare "Friday" (wire copy's "President Bill Clinton Friday assured").
    const int on = s.words[day - 2].form == "on" ? day - 1 : 0;
    // The phrase before: from its last word (past a comma closing an apposition or a relative clause: "Pope
    // Benedict XVI, who hopes ..., on Wednesday met") climb to its top, which the parse made the root.
    int last = (on ? on : day) - 1;
    if (last >= 1 && s.words[last - 1].upos == "PUNCT" && s.words[last - 1].form == ",") --last;
    if (last < 1) continue;
    int top = last;
    while (s.words[top - 1].head != 0 && s.words[top - 1].head < day) top = s.words[top - 1].head;
    const Word& t = s.words[top - 1];
    if (t.head != 0 || (t.upos != "PROPN" && t.upos != "NOUN" && t.upos != "PRON")) continue;
    const bool kept = keep_if_tree(s, [&] {
      s.words[verb - 1].head = 0;
      s.words[verb - 1].deprel = "root";
      s.words[top - 1].head = verb;
      s.words[top - 1].deprel = has_passive_aux(s, verb) ? "nsubj:pass" : "nsubj";
      s.words[day - 1].head = verb;
      s.words[day - 1].deprel = on ? "obl" : "obl:unmarked";
      if (on) {
        s.words[on - 1].head = day;
        s.words[on - 1].deprel = "case";
      }
      // What follows the verb and hung on the old root is the verb's clause (its objects, the final stop), and so
      // is the comma before the weekday.
      for (int k = verb + 1; k <= n; ++k)
        if (s.words[k - 1].head == top) s.words[k - 1].head = verb;
      if (last + 1 < (on ? on : day) && s.words[last].head == top) s.words[last].head = verb;
    });
    mended += kept ? 1 : 0;
  }
  return mended;
}

int repair_fronted_appositives(Sentence& s) {
  const int n = static_cast<int>(s.words.size());
  int mended = 0;
  for (int verb = 1; verb <= n; ++verb) {
    const Word& v = s.words[verb - 1];
    if (v.upos != "VERB" || has_subject(s, verb)) continue;
    // A finite clause: its own auxiliary before it ("was shot", "has been"), not a participle or an infinitive.
    bool passive = false, finite = false;
    for (int k = 1; k < verb; ++k) {
      const Word& w = s.words[k - 1];
      if (w.head != verb || (w.deprel != "aux" && w.deprel != "aux:pass")) continue;
      if (w.form == "to" || w.form == "To") break;
      finite = true;
      passive = passive || w.deprel == "aux:pass";
    }
    // Or finite by its own tag: "In Salonika, General Manoussos Preveroudakis, commander of the army, said ...".
    finite = finite || is_finite_tag(v.xpos);
    if (!finite) continue;
    // The fronted phrase: an oblique or adverbial of the verb before it, with an apposition between the two.
    for (int front = 1; front < verb; ++front) {
      const Word& f = s.words[front - 1];
      if (f.head != verb || (f.deprel != "obl" && f.deprel != "advmod" && f.deprel != "obl:tmod" &&
                             f.deprel != "obl:unmarked"))
        continue;
      // Its apposition, or a name the model joined to it as a flat part across a comma ("On Saturday, Mobutu
      // offered ...").
      int appos = 0;
      for (int k = front + 1; k < verb && !appos; ++k) {
        const Word& w = s.words[k - 1];
        if (w.head == front && (w.deprel == "appos" || (w.deprel == "flat" && s.words[k - 2].form == ",")))
          appos = k;
      }
      if (!appos) continue;
      const std::string& upos = s.words[appos - 1].upos;
      if (upos != "NOUN" && upos != "PROPN" && upos != "PRON") continue;
      // A conjunct joined to it by a comma alone is the subject hung back into the fronted phrase ("In a meeting
      // with President Omer Hassan Ahmed El-Bashir, Hu said"): repair_fronted_conjunct_subjects' case, not this.
      bool comma_conjunct = false;
      for (int k = appos + 1; k < verb && !comma_conjunct; ++k)
        comma_conjunct = s.words[k - 1].head == appos && s.words[k - 1].deprel == "conj" && !child_with(s, k, "cc");
      if (comma_conjunct) continue;
      const bool kept = keep_if_tree(s, [&] {
        s.words[appos - 1].head = verb;
        s.words[appos - 1].deprel = passive ? "nsubj:pass" : "nsubj";
        // Later appositions of the fronted phrase describe the subject: "a man, a former village chief, was shot".
        for (int k = appos + 1; k < verb; ++k)
          if (s.words[k - 1].head == front && s.words[k - 1].deprel == "appos") s.words[k - 1].head = appos;
      });
      if (!kept) continue;
      ++mended;
      break;
    }
  }
  return mended;
}

namespace {

// A clause's verb that is finite by its tag or by an auxiliary of its own ("met", "said", "has said"); not a
// participle or an infinitive ("speaking after talks with X").
bool is_finite_clause(const Sentence& s, int verb) {
  const std::string& tag = s.words[verb - 1].xpos;
  if (tag == "VBD" || tag == "VBZ" || tag == "VBP") return true;
  for (const Word& w : s.words)
    if (w.head == verb && (w.deprel == "aux" || w.deprel == "aux:pass") && w.form != "to" && w.form != "To") return true;
  return false;
}

// The fronted phrase of `verb` that holds `word`: climbing from it, the first oblique or adverbial of the verb
// before `end`. 0 when the word is in no such phrase.
int fronted_phrase_holding(const Sentence& s, int word, int verb, int end) {
  for (int h = word, steps = 0; h > 0 && h < end && steps <= static_cast<int>(s.words.size()); ++steps) {
    const Word& w = s.words[h - 1];
    if (w.head == verb)
      return w.deprel == "obl" || w.deprel == "obl:tmod" || w.deprel == "advmod" || w.deprel == "advcl" ? h : 0;
    h = w.head;
  }
  return 0;
}

}  // namespace

int repair_fronted_conjunct_subjects(Sentence& s) {
  const int n = static_cast<int>(s.words.size());
  int mended = 0;
  for (int verb = 1; verb <= n; ++verb) {
    if (s.words[verb - 1].upos != "VERB" || has_subject(s, verb) || !is_finite_clause(s, verb)) continue;
    int comma = 0;
    for (int k = 1; k < verb; ++k)
      if (s.words[k - 1].form == ",") comma = k;
    if (comma == 0) continue;
    // Between the comma and the verb: one noun phrase, whose head the parse hung back across the comma as a
    // conjunct or apposition, and the verb's own adverbs and auxiliaries ("also", "has").
    int subject = 0;
    bool one_phrase = true;
    for (int k = comma + 1; k < verb && one_phrase; ++k) {
      const Word& w = s.words[k - 1];
      if (w.head == verb && (w.deprel == "advmod" || w.deprel == "aux" || w.deprel == "aux:pass")) continue;
      if (w.head > comma && w.head < verb) continue;
      one_phrase = subject == 0 && w.head < comma && (w.deprel == "conj" || w.deprel == "appos");
      subject = k;
    }
    if (!one_phrase || subject == 0) continue;
    const std::string& upos = s.words[subject - 1].upos;
    if (upos != "NOUN" && upos != "PROPN" && upos != "PRON") continue;
    if (fronted_phrase_holding(s, s.words[subject - 1].head, verb, comma) == 0) continue;
    const bool passive = has_passive_aux(s, verb);
    if (!keep_if_tree(s, [&] {
          s.words[subject - 1].head = verb;
          s.words[subject - 1].deprel = passive ? "nsubj:pass" : "nsubj";
        }))
      continue;
    ++mended;
  }
  return mended;
}

int repair_bare_day_subjects(Sentence& s) {
  const int n = static_cast<int>(s.words.size());
  int mended = 0;
  for (int day = 2; day < n; ++day) {
    Word& d = s.words[day - 1];
    if (!is_one_of(d.form, kWeekdays)) continue;
    // "Denktash said Wednesday he was prepared ...": a weekday made a second subject of a verb that has one; or the
    // subject of a relative clause, whose noun does the act ("the Action Congress (AC), Sunday slammed ...").
    if (d.deprel == "nsubj" && d.head > 0) {
      bool other = s.words[d.head - 1].deprel == "acl:relcl";
      for (int k = 1; k <= n; ++k)
        other = other || (k != day && s.words[k - 1].head == d.head && s.words[k - 1].deprel.starts_with("nsubj"));
      if (other) {
        d.deprel = "obl:tmod";
        ++mended;
        continue;
      }
    }
    // "Minister Mikhail Zurabov on Thursday denied ...": the same with "on", the weekday an oblique already.
    const bool on = s.words[day - 2].form == "on";
    if (on && (s.words[day - 2].head != day || !d.deprel.starts_with("obl"))) continue;
    const int verb = d.head;
    if (verb <= day || verb > day + 2 || s.words[verb - 1].upos != "VERB" || has_subject(s, verb)) continue;
    if (!is_finite_clause(s, verb)) continue;
    // The phrase before the weekday, climbed from its last word to the word the parse hung under the weekday.
    const int end = on ? day - 2 : day - 1;
    int subject = end;
    while (subject > 0 && s.words[subject - 1].head > 0 && s.words[subject - 1].head < day)
      subject = s.words[subject - 1].head;
    if (subject <= 0 || s.words[subject - 1].head != day) continue;
    // A country adjective the model made the phrase's head ("Russian" over "... Minister Mikhail Zurabov") gives way
    // to the phrase's last word (before its flat parts), which it modifies.
    int head = subject;
    if (s.words[subject - 1].upos == "ADJ") {
      head = end;
      while (head > subject && s.words[head - 1].deprel == "flat") --head;
    }
    const std::string& upos = s.words[head - 1].upos;
    if (upos != "PROPN" && upos != "NOUN") continue;
    const bool passive = has_passive_aux(s, verb);
    if (!keep_if_tree(s, [&] {
          s.words[head - 1].head = verb;
          s.words[head - 1].deprel = passive ? "nsubj:pass" : "nsubj";
          if (head != subject) {
            s.words[subject - 1].head = head;
            s.words[subject - 1].deprel = "amod";
          }
          if (!on) s.words[day - 1].deprel = "obl:tmod";
        }))
      continue;
    ++mended;
  }
  return mended;
}

namespace {

constexpr std::string_view kChargingVerbs[] = {"accuse", "suspect", "convict", "acquit", "absolve"};

bool is_nominal(const Word& w) {
  return w.upos == "NOUN" || w.upos == "PROPN" || w.upos == "PRON" || w.upos == "NUM";
}

// The first word above `w` that is no noun: the clause a noun phrase sits in (0 at the root).
int first_non_nominal_above(const Sentence& s, int w) {
  const int n = static_cast<int>(s.words.size());
  int h = s.words[w - 1].head;
  for (int steps = 0; h > 0 && steps < n && is_nominal(s.words[h - 1]); ++steps) h = s.words[h - 1].head;
  return h;
}

}  // namespace

int repair_charged_acts(Sentence& s) {
  const int n = static_cast<int>(s.words.size());
  int mended = 0;
  for (int act = 2; act <= n; ++act) {
    Word& a = s.words[act - 1];
    Word& of = s.words[act - 2];
    if (a.xpos != "VBG" || (of.form != "of" && of.form != "Of") || of.head != act) continue;
    // Up from the gerund through the nouns it was hung on, to the first word that is not a noun.
    const int h = first_non_nominal_above(s, act);
    // Already the verb's clause, or no noun between the verb and the gerund ("soldiers accused of beating a boy").
    if (h <= 0 || h == a.head || h > act || a.head < h) continue;
    const Word& verb = s.words[h - 1];
    if (verb.upos != "VERB" || !is_one_of(verb.lemma, kChargingVerbs)) continue;
    if (!keep_if_tree(s, [&] {
          a.head = h;
          a.deprel = "advcl";
          of.deprel = "mark";
        }))
      continue;
    ++mended;
  }
  return mended;
}

namespace {

constexpr std::string_view kRelativeWords[] = {"who", "which", "that", "whom", "whose", "where", "when"};

// A clause of its own after the reporters: "that" before it, or a subject that is no relative word.
bool is_reported_clause(const Sentence& s, int clause) {
  const int mark = child_with(s, clause, "mark");
  if (mark && (s.words[mark - 1].form == "that" || s.words[mark - 1].form == "That")) return true;
  int subject = child_with(s, clause, "nsubj");
  if (!subject) subject = child_with(s, clause, "nsubj:pass");
  if (!subject || mark) return false;
  return !is_one_of(ascii_lower(s.words[subject - 1].form), kRelativeWords);
}

}  // namespace

int repair_reported_clauses(Sentence& s) {
  const int n = static_cast<int>(s.words.size());
  int mended = 0;
  for (int r = 1; r <= n; ++r) {
    const Word& rep = s.words[r - 1];
    if (!is_press_noun(rep.lemma) && !is_press_noun(rep.form)) continue;
    const int verb = rep.head;
    if (verb <= 0 || verb > r || (rep.deprel != "obj" && rep.deprel != "iobj")) continue;
    const Word& v = s.words[verb - 1];
    if (v.upos != "VERB" || !is_telling_verb(v.lemma)) continue;
    for (int c = r + 1; c <= n; ++c) {
      Word& clause = s.words[c - 1];
      if (clause.head != r) continue;
      const std::string& rel = clause.deprel;
      if (rel != "acl" && rel != "acl:relcl" && rel != "ccomp" && rel != "advcl" && rel != "parataxis") continue;
      if (!is_reported_clause(s, c)) continue;
      const bool kept = keep_if_tree(s, [&] {
        clause.head = verb;
        clause.deprel = "ccomp";
        // "warned reporters that Israel would attack": the "that" read as a relative pronoun is the clause's marker.
        if (Word& that = s.words[r]; r + 1 < c && that.head == c && (that.form == "that" || that.form == "That"))
          that.deprel = "mark";
      });
      if (!kept) continue;
      ++mended;
    }
  }
  return mended;
}

namespace {

// Whether the word has a child with one of the relations (auxiliaries, copula) after position `after`.
bool has_aux_after(const Sentence& s, int word, int after) {
  for (int k = after + 1; k <= static_cast<int>(s.words.size()); ++k) {
    const Word& w = s.words[k - 1];
    if (w.head == word && (w.deprel == "aux" || w.deprel == "aux:pass" || w.deprel == "cop")) return true;
  }
  return false;
}

// Whether a relation makes its word a noun phrase inside another's: an object, an oblique or a noun's modifier.
bool is_nominal_relation(std::string_view rel) {
  return rel == "obj" || rel == "iobj" || rel == "obl" || rel == "nmod" || rel == "appos";
}

// The first word of `w`'s subtree (words are numbered from 1).
int first_of_subtree(const Sentence& s, int w) {
  for (int k = 1; k < w; ++k)
    if (dominated_by(s, k, w)) return k;
  return w;
}

}  // namespace

int repair_reduced_passives(Sentence& s) {
  const int n = static_cast<int>(s.words.size());
  int root = 0;
  for (int i = 1; i <= n; ++i)
    if (s.words[i - 1].head == 0) root = i;
  if (root == 0) return 0;
  Word& part = s.words[root - 1];
  // A past participle with a subject and nothing that makes it a clause's verb: no auxiliary, copula or object.
  if (part.xpos != "VBN" || child_with(s, root, "aux") || child_with(s, root, "aux:pass") ||
      child_with(s, root, "cop") || child_with(s, root, "obj"))
    return 0;
  const int subject = child_with(s, root, "nsubj");
  if (subject == 0 || subject > root || !is_nominal(s.words[subject - 1])) return 0;
  // The sentence's real verb, later: finite by its tag or its own auxiliary, and with no subject of its own.
  int verb = 0;
  for (int m = root + 1; m <= n && !verb; ++m) {
    const Word& w = s.words[m - 1];
    if (w.upos != "VERB" && w.upos != "ADJ" && w.upos != "NOUN") continue;
    if (!is_finite_tag(w.xpos) && !has_aux_after(s, m, root)) continue;
    if (child_with(s, m, "nsubj") || child_with(s, m, "nsubj:pass") || child_with(s, m, "mark")) continue;
    if (w.deprel == "acl:relcl" || w.deprel == "conj") continue;
    verb = m;
  }
  if (verb == 0) return 0;
  const bool passive = child_with(s, verb, "aux:pass") != 0;
  const bool kept = keep_if_tree(s, [&] {
    Word& v = s.words[verb - 1];
    v.head = 0;
    v.deprel = "root";
    // The participle's words after the real verb (its final stop, a date) are the real verb's.
    for (int k = verb + 1; k <= n; ++k)
      if (s.words[k - 1].head == root) s.words[k - 1].head = verb;
    Word& subj = s.words[subject - 1];
    subj.head = verb;
    subj.deprel = passive ? "nsubj:pass" : "nsubj";
    part.head = subject;
    part.deprel = "acl";
  });
  return kept ? 1 : 0;
}

int repair_stray_list_conjuncts(Sentence& s) {
  const int n = static_cast<int>(s.words.size());
  int mended = 0;
  for (int c = 2; c <= n; ++c) {
    Word& w = s.words[c - 1];
    if (w.deprel != "conj" || w.upos != "PROPN" || w.head <= 0 || w.head >= c) continue;
    const int verb = w.head;
    if (s.words[verb - 1].upos != "VERB") continue;
    // A name with no clause of its own, which goes on as a list: "..., the Czech Republic and Slovenia".
    bool clause = false, list_goes_on = false;
    for (int k = 1; k <= n; ++k) {
      const Word& d = s.words[k - 1];
      if (d.head != c) continue;
      clause = clause || d.deprel.starts_with("nsubj") || d.deprel == "cop" || d.deprel.starts_with("aux");
      if (d.deprel == "conj" && k > c && d.upos == "PROPN")
        for (int j = c + 1; j < k; ++j)
          list_goes_on = list_goes_on || (s.words[j - 1].head == k && s.words[j - 1].deprel == "cc");
    }
    if (clause || !list_goes_on) continue;
    // Right after a comma that ends a name inside one of the verb's own phrases ("by the prime ministers of Poland").
    // The comma may already hang on the name, or come before its phrase.
    const int first = first_of_subtree(s, c);
    const int comma = s.words[first - 1].form == "," ? first : first - 1;
    if (comma < 2 || s.words[comma - 1].form != ",") continue;
    const int before = comma - 1;
    const Word& b = s.words[before - 1];
    if (b.upos != "PROPN" || b.head == verb || !dominated_by(s, before, verb) || dominated_by(s, before, c)) continue;
    if (!keep_if_tree(s, [&] { w.head = before; }))
      continue;
    ++mended;
  }
  return mended;
}

namespace {

// The last word of `w`'s subtree.
int last_of_subtree(const Sentence& s, int w) {
  int last = w;
  for (int k = w + 1; k <= static_cast<int>(s.words.size()); ++k)
    if (dominated_by(s, k, w)) last = k;
  return last;
}

}  // namespace

int repair_subordinate_clause_subjects(Sentence& s) {
  const int n = static_cast<int>(s.words.size());
  int mended = 0;
  for (int m = 1; m < n; ++m) {
    Word& mark = s.words[m - 1];
    if (mark.deprel != "case") continue;  // the relation first: this runs for every word of every parsed sentence
    const std::string lower = ascii_lower(mark.form);
    // "as" opens a clause too ("proved elusive as Russia and China objected to the draft"), though not one of time.
    if (!is_time_conjunction(lower) && lower != "as") continue;
    const int subject = mark.head;
    if (subject <= m || !is_nominal(s.words[subject - 1]) || first_of_subtree(s, subject) != m) continue;
    // The phrase already the subject of its verb, whose clause hangs on the main verb as a complement:
    // "eased its ban on Georgian wine after the government signed a trade agreement".
    if (Word& sv = s.words[subject - 1]; sv.deprel == "nsubj" && sv.head > subject) {
      Word& v = s.words[sv.head - 1];
      if (v.upos != "VERB" || v.head <= 0 || v.head >= m || (v.deprel != "ccomp" && v.deprel != "conj")) continue;
      const int verb = sv.head;
      if (!keep_if_tree(s, [&] {
            mark.head = verb;
            mark.deprel = "mark";
            v.deprel = "advcl";
          }))
        continue;
      ++mended;
      continue;
    }
    // The verb right after the phrase, hung on the main clause as a conjunct with no subject and no conjunction, or
    // as a complement, which a finite verb cannot be ("stepped up raids since a suicide bomb attack killed six
    // Israelis", "killed" an xcomp).
    const int verb = last_of_subtree(s, subject) + 1;
    if (verb > n) continue;
    Word& v = s.words[verb - 1];
    const bool stray = v.deprel == "conj" || v.deprel == "xcomp" || v.deprel == "dep";
    if (v.upos != "VERB" || !stray || v.head <= 0 || v.head >= m || has_subject(s, verb)) continue;
    // A participle with an object is a past tense the tagger misread ("attack killed six Israelis" as VBN).
    const bool finite = v.xpos == "VBD" || v.xpos == "VBZ" || v.xpos == "VBP";
    if (!finite && !(v.xpos == "VBN" && child_with(s, verb, "obj"))) continue;
    if (child_with(s, verb, "cc") || !dominated_by(s, subject, v.head)) continue;
    if (!keep_if_tree(s, [&] {
          s.words[subject - 1].head = verb;
          s.words[subject - 1].deprel = "nsubj";
          mark.head = verb;
          mark.deprel = "mark";
          v.deprel = "advcl";
        }))
      continue;
    ++mended;
  }
  return mended;
}

int repair_adverb_clause_subjects(Sentence& s) {
  const int n = static_cast<int>(s.words.size());
  int mended = 0;
  for (int a = 2; a <= n; ++a) {
    Word& adverb = s.words[a - 1];
    if (adverb.upos != "ADV") continue;  // the tag first: this runs for every word of every parsed sentence
    const int verb = adverb.head;
    if (verb <= 0 || verb >= a || s.words[verb - 1].upos != "VERB" || has_subject(s, verb)) continue;
    const int subject = child_with(s, a, "nsubj");
    if (!subject || subject <= verb || subject >= a || child_with(s, a, "cop")) continue;
    if (!keep_if_tree(s, [&] {
          s.words[subject - 1].head = verb;
          adverb.deprel = "advmod";
        }))
      continue;
    ++mended;
  }
  return mended;
}

int repair_stray_participles(Sentence& s) {
  const int n = static_cast<int>(s.words.size());
  int mended = 0;
  for (int v = 3; v <= n; ++v) {
    Word& part = s.words[v - 1];
    // A complement is never finite, so a past tense there is a participle the tagger misread; an adverbial past
    // tense may be a clause whose subject the model lost.
    const bool participle = part.xpos == "VBN" || (part.xpos == "VBD" && part.deprel == "xcomp");
    if (!participle || (part.deprel != "xcomp" && part.deprel != "advcl")) continue;
    const int verb = part.head;
    const int noun = v - 1;
    const Word& before = s.words[noun - 1];
    if (verb <= 0 || verb >= noun || (before.upos != "NOUN" && before.upos != "PROPN")) continue;
    // "left 36 people wounded", "had his car impounded": the verb's own object takes the participle.
    if (before.head == verb && (before.deprel == "obj" || before.deprel == "iobj")) continue;
    if (!dominated_by(s, noun, verb) || !is_nominal_relation(before.deprel) || is_one_of(before.form, kWeekdays))
      continue;
    // A clause of its own: a marker, an auxiliary, a subject or an object.
    if (child_with(s, v, "mark") || child_with(s, v, "aux") || child_with(s, v, "aux:pass") || has_subject(s, v) ||
        child_with(s, v, "obj"))
      continue;
    if (!keep_if_tree(s, [&] {
          part.head = noun;
          part.deprel = "acl";
          if (part.xpos == "VBD") {  // the participle it is, so later stages read a reduced passive
            part.xpos = "VBN";
            part.feats = "Tense=Past|VerbForm=Part";
          }
        }))
      continue;
    ++mended;
  }
  return mended;
}

int repair_verb_conjuncts_of_nouns(Sentence& s) {
  const int n = static_cast<int>(s.words.size());
  int mended = 0;
  for (int v = 3; v <= n; ++v) {
    Word& conj = s.words[v - 1];
    if (conj.upos != "VERB" || conj.deprel != "conj" || !is_finite_tag(conj.xpos)) continue;
    const int noun = conj.head;
    if (noun <= 0 || noun >= v) continue;
    const Word& nw = s.words[noun - 1];
    if ((nw.upos != "NOUN" && nw.upos != "PROPN") || (nw.deprel != "obj" && nw.deprel != "obl")) continue;
    int verb = nw.head;
    if (verb <= 0 || verb >= noun || s.words[verb - 1].upos != "VERB") continue;
    // The finite verb whose act the conjunct continues, through infinitives that depend on it: "appealed to the
    // community to back the president and called for ..." continues "appealed".
    auto finite = [&](int w) { return is_finite_tag(s.words[w - 1].xpos) || child_with(s, w, "aux"); };
    while (verb > 0 && !finite(verb) && s.words[verb - 1].deprel == "xcomp") verb = s.words[verb - 1].head;
    if (verb <= 0 || !finite(verb)) continue;
    // Joined by "and" or "but", with no subject of its own: the second act of the first verb's subject.
    if (!child_with(s, v, "cc") || has_subject(s, v)) continue;
    if (!keep_if_tree(s, [&] { conj.head = verb; })) continue;
    ++mended;
  }
  return mended;
}

int repair_nominal_roots(Sentence& s) {
  const int n = static_cast<int>(s.words.size());
  int root = 0;
  for (int w = 1; w <= n && !root; ++w)
    if (s.words[w - 1].head == 0) root = w;
  if (!root) return 0;
  const Word& r = s.words[root - 1];
  if (r.upos != "NOUN" && r.upos != "PROPN") return 0;
  // A nominal predicate ("... is a key priority, said Xu") or a noun with a subject is a clause of its own.
  if (child_with(s, root, "cop") || has_subject(s, root)) return 0;
  // A participle with a finite auxiliary is a finite clause too ("Minister Frank Borotra has said"). So is one the
  // tagger took for a participle after its noun, taking an object, clause or oblique and no "by" ("The statement
  // called for peace", "The UN representative also harshly criticised Burma"), when no finite verb outside it could
  // be the sentence's own ("Economic data considered routine elsewhere are not known"); it is retagged past tense.
  bool bare_participle = false;
  auto participle_clause = [&](int w) {
    bool finite_aux = false, by = false, complement = false;
    for (int k = 1; k <= n; ++k) {
      const Word& c = s.words[k - 1];
      if (c.head == w && c.deprel == "aux" && is_finite_tag(c.xpos)) finite_aux = true;
      if (c.head == w && c.deprel == "obl:agent") by = true;
      if (c.head == w && (c.deprel == "obj" || c.deprel == "ccomp" || c.deprel == "obl")) complement = true;
      if (c.head == w && c.deprel == "obl" && child_with(s, k, "case") &&
          s.words[child_with(s, k, "case") - 1].lemma == "by")
        by = true;
    }
    if (finite_aux) return true;
    if (by || !complement) return false;
    for (int k = 1; k <= n; ++k) {
      if (k == w || !is_finite_tag(s.words[k - 1].xpos)) continue;
      if (!dominated_by(s, k, w)) return false;
      // "A fleet composed of three warships visited Qingdao": a finite verb below it with no subject or marker of
      // its own is the sentence's verb, and the participle only describes the noun.
      const bool own_clause = has_subject(s, k) || child_with(s, k, "mark") || s.words[k - 1].upos == "AUX";
      if (!own_clause) return false;
    }
    bare_participle = true;
    return true;
  };
  // "A letter attributed to Osama bin Laden accused ...", "A fleet composed of three warships visited Qingdao": the
  // finite verb the parse joined to a participle describing the noun, with no subject, "and" or marker of its own,
  // is the sentence's verb, and the participle stays the noun's.
  for (int w = root + 1; w <= n; ++w) {
    const Word& p = s.words[w - 1];
    if (p.head != root || p.deprel != "acl" || p.xpos != "VBN" || child_with(s, w, "aux")) continue;
    int main_verb = 0;
    for (int k = w + 1; k <= n && !main_verb; ++k) {
      const Word& v = s.words[k - 1];
      if (v.head == w && v.upos == "VERB" && is_finite_tag(v.xpos) &&
          v.deprel == "conj" && !has_subject(s, k) && !is_reporting_verb(v.lemma) &&
          !child_with(s, k, "cc") && !child_with(s, k, "mark"))
        main_verb = k;
    }
    if (!main_verb) break;
    const bool kept = keep_if_tree(s, [&] {
      Word& v = s.words[main_verb - 1];
      v.head = 0;
      v.deprel = "root";
      s.words[root - 1].head = main_verb;
      s.words[root - 1].deprel = "nsubj";
      for (int k = main_verb + 1; k <= n; ++k)
        if (s.words[k - 1].head == root || (s.words[k - 1].head == w && s.words[k - 1].deprel == "punct"))
          s.words[k - 1].head = main_verb;
    });
    return kept ? 1 : 0;
  }
  // The first finite verb after the noun that the parse hung on it with no subject: the clause's own verb.
  int verb = 0;
  for (int w = root + 1; w <= n && !verb; ++w) {
    const Word& v = s.words[w - 1];
    if (v.head != root || v.upos != "VERB" || has_subject(s, w)) continue;
    // ("dep": "Nguyen, a 25-year-old Australian, had been sentenced", the verb left unattached.)
    const bool loose = v.deprel == "acl" || v.deprel == "dep";
    if (!is_finite_tag(v.xpos) && !(v.xpos == "VBN" && loose && participle_clause(w))) continue;
    if (v.deprel == "parataxis" || v.deprel == "conj" || loose || v.deprel == "amod") verb = w;
  }
  if (!verb) return 0;
  // Joined by "and" or "but" it is a second act of a subject left out, not the first act of this one.
  if (child_with(s, verb, "cc")) return 0;
  const bool kept = keep_if_tree(s, [&] {
    Word& v = s.words[verb - 1];
    v.head = 0;
    v.deprel = "root";
    if (bare_participle) v.xpos = "VBD";
    // "was held", "has been placed": a participle with a form of "be" before it is passive.
    bool passive = has_passive_aux(s, verb);
    if (v.xpos == "VBN")
      for (Word& a : s.words)
        if (a.head == verb && a.deprel == "aux" && a.lemma == "be") {
          a.deprel = "aux:pass";
          passive = true;
        }
    s.words[root - 1].head = verb;
    s.words[root - 1].deprel = passive ? "nsubj:pass" : "nsubj";
    for (int k = verb + 1; k <= n; ++k)
      if (s.words[k - 1].head == root) s.words[k - 1].head = verb;
  });
  return kept ? 1 : 0;
}

bool is_quote_mark(std::string_view form) {
  return form == "\"" || form == "``" || form == "''" || form == "\xE2\x80\x9C" || form == "\xE2\x80\x9D";
}

// The verb right after ',"' whose subject lies wholly inside the quotation that the mark closes: the subject becomes
// the verb's complement, what was said. Whether it did.
bool demote_quoted_subject(Sentence& s, int verb) {
  if (verb < 3 || !is_quote_mark(s.words[verb - 2].form) || s.words[verb - 3].form != ",") return false;
  int open = 0;
  for (int k = verb - 3; k >= 1 && open == 0; --k)
    if (is_quote_mark(s.words[k - 1].form)) open = k;
  if (open == 0) return false;
  for (int k = 1; k <= static_cast<int>(s.words.size()); ++k) {
    Word& w = s.words[k - 1];
    if (w.head != verb || w.deprel != "nsubj") continue;
    if (first_of_subtree(s, k) < open || last_of_subtree(s, k) > verb - 1) return false;
    w.deprel = "ccomp";
    return true;
  }
  return false;
}

int repair_inverted_speakers(Sentence& s) {
  // (Not "announce" or "tell", whose object after a comma is most often their own: ", announced a net loss".)
  static constexpr std::string_view kSaying[] = {"say", "add", "state", "declare", "insist", "note", "explain",
                                                 "stress", "comment", "write", "argue", "admit", "continue"};
  const int n = static_cast<int>(s.words.size());
  int mended = 0;
  for (int verb = 2; verb < n; ++verb) {
    const Word& v = s.words[verb - 1];
    const std::string& before = s.words[verb - 2].form;
    // '"...," said the sources', '..., said Chinese spokesman Shen': a finite verb of saying right after a comma or
    // a closing quote, with its subject after it.
    if (v.upos != "VERB" || !is_finite_tag(v.xpos)) continue;
    if (before != "," && before != "\"" && before != "''" && before != "\xE2\x80\x9D") continue;
    // '"Blair's surrender," lashed the Daily Mail': a quotation closed by a comma right before the verb, which the
    // model took for the subject, is what was said, and any verb so placed is one of saying.
    const bool quoted = demote_quoted_subject(s, verb);
    if (!quoted && (!is_one_of(v.lemma, kSaying) || has_subject(s, verb))) continue;
    // The first dependent after the verb that is a noun phrase and no clause (no verb of its own, no preposition):
    // the model made the speaker an object or a complement ("said a rapprochement could not be ruled out" is a
    // clause and stays).
    for (int d = verb + 1; d <= n; ++d) {
      Word& w = s.words[d - 1];
      if (w.head != verb) continue;
      if (w.upos != "NOUN" && w.upos != "PROPN" && w.upos != "PRON") break;
      if (w.deprel != "obj" && w.deprel != "ccomp" && w.deprel != "xcomp" && w.deprel != "obl" && w.deprel != "dep")
        break;
      if (child_with(s, d, "case") || child_with(s, d, "cop") || child_with(s, d, "mark") || has_subject(s, d)) break;
      w.deprel = "nsubj";
      ++mended;
      break;
    }
    if (has_subject(s, verb) || v.head <= 0) continue;
    // Or hung beside the verb, on the quotation's verb ('"We will try our best," said British finance minister
    // Gordon Brown', "Gordon" a second parataxis): the noun phrase that starts right after the verb.
    for (int d = verb + 1; d <= n; ++d) {
      Word& w = s.words[d - 1];
      if (w.head != v.head || first_of_subtree(s, d) != verb + 1) continue;
      if (w.upos != "NOUN" && w.upos != "PROPN") break;
      if (w.deprel != "parataxis" && w.deprel != "dep" && w.deprel != "appos" && w.deprel != "conj" &&
          w.deprel != "obl" && w.deprel != "obj" && w.deprel != "iobj")
        break;
      if (child_with(s, d, "case") || child_with(s, d, "cop") || child_with(s, d, "mark") || has_subject(s, d)) break;
      if (keep_if_tree(s, [&] {
            w.head = verb;
            w.deprel = "nsubj";
          }))
        ++mended;
      break;
    }
  }
  return mended;
}

int repair_possessives(Sentence& s) {
  const int n = static_cast<int>(s.words.size());
  int mended = 0;
  for (int apos = 2; apos < n; ++apos) {
    const Word& a = s.words[apos - 1];
    if (a.xpos != "POS") continue;
    // The possessor: the phrase the word before the marker ends ("Fidel Ramos'", "Cyprus'", "New Zealand's").
    int owner = apos - 1;
    while (s.words[owner - 1].head > owner && s.words[owner - 1].head < apos &&
           (s.words[owner - 1].deprel == "flat" || s.words[owner - 1].deprel == "compound"))
      owner = s.words[owner - 1].head;
    while (s.words[owner - 1].head > 0 && s.words[owner - 1].head < owner &&
           (s.words[owner - 1].deprel == "flat" || s.words[owner - 1].deprel == "compound"))
      owner = s.words[owner - 1].head;
    Word& o = s.words[owner - 1];
    // A conjunct's marker may own the whole coordination ("Gondor and Arnor's Elrond"): left as parsed.
    if (o.deprel == "nmod:poss" || o.deprel == "conj" || (o.upos != "PROPN" && o.upos != "NOUN")) continue;
    // The possessed: the first noun after the apostrophe, up to the top of its phrase.
    int owned = 0;
    for (int k = apos + 1; k <= n && !owned; ++k) {
      const std::string& u = s.words[k - 1].upos;
      if (u == "NOUN" || u == "PROPN") owned = k;
      else if (u != "ADJ" && u != "NUM" && u != "DET") break;
    }
    if (!owned) continue;
    for (int steps = 0; steps < 8; ++steps) {
      const Word& w = s.words[owned - 1];
      if (w.head <= apos || (w.deprel != "compound" && w.deprel != "amod" && w.deprel != "nmod:desc" &&
                             w.deprel != "flat"))
        break;
      owned = w.head;
    }
    if (o.head == owned) {  // already its dependent, under another name
      o.deprel = "nmod:poss";
      ++mended;
      continue;
    }
    const bool kept = keep_if_tree(s, [&] {
      const int old_head = o.head;
      const std::string old_rel = o.deprel;
      o.head = owned;
      o.deprel = "nmod:poss";
      // The possessed phrase takes the possessor's place in the clause when the parse had hung it below it.
      Word& p = s.words[owned - 1];
      if (p.head == owner) {
        p.head = old_head;
        p.deprel = old_rel;
      } else if (p.head == old_head && p.deprel == "obl" && !child_with(s, owned, "case")) {
        p.deprel = old_rel;  // "rebuffing [Martin 's] [criticisms]": a noun phrase with no preposition is no oblique
      }
    });
    mended += kept ? 1 : 0;
  }
  return mended;
}

int repair_active_subjects(Sentence& s) {
  const int n = static_cast<int>(s.words.size());
  int mended = 0;
  for (int w = 1; w <= n; ++w) {
    Word& subj = s.words[w - 1];
    if (subj.deprel != "nsubj:pass" || subj.head <= 0) continue;
    const int verb = subj.head;
    const Word& v = s.words[verb - 1];
    if (v.upos != "VERB" || child_with(s, verb, "aux:pass")) continue;
    // No form of "be" makes it passive: a past tense ("Prodi flew into Albania", "the students called for"), a
    // perfect ("Mobutu has lost control") or a participle with an object ("the man suffered serious injuries").
    bool perfect = false, be = false;
    for (const Word& a : s.words)
      if (a.head == verb && a.deprel == "aux") {
        perfect = perfect || a.lemma == "have";
        be = be || a.lemma == "be";
      }
    const bool active = v.xpos == "VBD" || (perfect && !be) || (v.xpos == "VBN" && child_with(s, verb, "obj"));
    if (!active) continue;
    // Before the verb it is the subject; after it, beside a subject of its own, the object the model misread ("The
    // PKK has intensified ... bomb attacks in Turkey").
    if (w < verb) {
      subj.deprel = "nsubj";
    } else if (w > verb && child_with(s, verb, "nsubj") && !child_with(s, verb, "obj")) {
      subj.deprel = "obj";
    } else {
      continue;
    }
    ++mended;
  }
  return mended;
}

int repair_opening_visiting(Sentence& s) {
  const int n = static_cast<int>(s.words.size());
  if (n < 4) return 0;
  Word& v = s.words[0];
  // "Visiting Russian Prime Minister Viktor Chernomyrdin gave a warning": the participle describes the guest, who is
  // the subject of the verb the model hung the participle on.
  if (v.form != "Visiting" || v.upos != "VERB" || v.head <= 1) return 0;
  const int verb = v.head;
  if (s.words[verb - 1].upos != "VERB") return 0;
  // Or the model made the participle a clause of the verb and the guest its subject already ("Visiting Thai Prime
  // Minister Surayud Chulanont said"): the participle still describes the guest when the subject's phrase starts
  // right after it.
  for (int w = 2; w <= n; ++w) {
    if (s.words[w - 1].head != verb || !s.words[w - 1].deprel.starts_with("nsubj")) continue;
    if (v.deprel == "nsubj" || child_with(s, 1, "obj")) return 0;
    for (int k = 2; k < w; ++k)  // every word before the subject's head belongs to its phrase
      if (!dominated_by(s, k, w)) return 0;
    v.head = w;
    v.deprel = "amod";
    return 1;
  }
  int guest = 0;
  for (int w = 2; w < verb && !guest; ++w)
    if (s.words[w - 1].head == 1 && s.words[w - 1].deprel == "obj" &&
        (s.words[w - 1].upos == "PROPN" || s.words[w - 1].upos == "NOUN"))
      guest = w;
  if (!guest) return 0;
  const bool kept = keep_if_tree(s, [&] {
    Word& g = s.words[guest - 1];
    g.head = verb;
    g.deprel = has_passive_aux(s, verb) ? "nsubj:pass" : "nsubj";
    v.head = guest;
    v.deprel = "amod";
  });
  return kept ? 1 : 0;
}

int repair_opening_participles(Sentence& s) {
  const int n = static_cast<int>(s.words.size());
  if (n < 5) return 0;
  Word& p = s.words[0];
  // A past form with no subject of its own opens no clause but a participle's ("Asked about the impasse, Annan said").
  const bool past_participle = p.xpos == "VBD" && !has_subject(s, 1);
  if (p.head != 0 || p.upos != "VERB" || (p.xpos != "VBG" && p.xpos != "VBN" && !past_participle)) return 0;
  // The main clause: the first finite verb with a subject of its own that the model hung on the participle, after a
  // comma that closes the participle's phrase.
  int verb = 0;
  for (int w = 2; w <= n && !verb; ++w) {
    const Word& v = s.words[w - 1];
    if (v.head == 1 && v.upos == "VERB" && is_finite_tag(v.xpos) && has_subject(s, w)) verb = w;
  }
  if (!verb) return 0;
  int comma = 0;
  for (int k = 2; k < verb; ++k)
    if (s.words[k - 1].form == ",") comma = k;
  if (!comma) return 0;
  // Every word between the comma and the verb belongs to the verb's clause (its subject's phrase, an adverb).
  for (int k = comma + 1; k < verb; ++k)
    if (!dominated_by(s, k, verb)) return 0;
  const bool kept = keep_if_tree(s, [&] {
    Word& v = s.words[verb - 1];
    v.head = 0;
    v.deprel = "root";
    p.head = verb;
    p.deprel = "advcl";
    if (past_participle) p.xpos = "VBN";
    // What follows the verb and hung on the participle is the main clause's (its objects, the final stop), and so
    // is the comma that closes the participle's phrase.
    for (int k = verb + 1; k <= n; ++k)
      if (s.words[k - 1].head == 1) s.words[k - 1].head = verb;
    if (s.words[comma - 1].head == 1) s.words[comma - 1].head = verb;
  });
  return kept ? 1 : 0;
}

int repair_opening_gerund_modifiers(Sentence& s) {
  const int n = static_cast<int>(s.words.size());
  if (n < 5) return 0;
  Word& g = s.words[0];
  if (g.form.size() < 6 || !g.form.ends_with("ing") || !capitalised(g.form) || g.head <= 1 ||
      (g.deprel != "amod" && g.deprel != "compound"))
    return 0;
  // The noun it seems to modify is a subject of a verb that has another subject right after the comma that ends
  // the noun's phrase.
  const int noun = g.head;
  const Word& nw = s.words[noun - 1];
  if (!nw.deprel.starts_with("nsubj") || nw.head <= 0) return 0;
  const int verb = nw.head;
  const int comma = last_of_subtree(s, noun);
  if (comma >= n || s.words[comma - 1].form != ",") return 0;
  int other = 0;
  for (int w = comma + 1; w < verb && !other; ++w)
    if (s.words[w - 1].head == verb && s.words[w - 1].deprel.starts_with("nsubj") && first_of_subtree(s, w) == comma + 1)
      other = w;
  if (!other) return 0;
  const bool kept = keep_if_tree(s, [&] {
    g.upos = "VERB";
    g.xpos = "VBG";
    g.head = verb;
    g.deprel = "advcl";
    s.words[noun - 1].head = 1;
    s.words[noun - 1].deprel = "obj";
    s.words[comma - 1].head = verb;
  });
  return kept ? 1 : 0;
}

int repair_stray_subject_adjectives(Sentence& s) {
  const int n = static_cast<int>(s.words.size());
  int mended = 0;
  for (int a = 1; a + 1 <= n; ++a) {
    Word& adj = s.words[a - 1];
    if (adj.upos != "ADJ" || adj.deprel != "advmod" || adj.head <= a + 1) continue;
    const int verb = adj.head;
    if (s.words[verb - 1].upos != "VERB" && s.words[verb - 1].upos != "AUX") continue;
    // The verb's subject phrase starts right after the adjective ("Australian [Foreign Minister Alexander Downer]
    // met"): the adjective is the first word of that phrase.
    int subject = 0;
    for (int w = a + 1; w < verb && !subject; ++w)
      if (s.words[w - 1].head == verb && s.words[w - 1].deprel.starts_with("nsubj") &&
          first_of_subtree(s, w) == a + 1)
        subject = w;
    if (!subject) continue;
    const int next_head = s.words[a].head;  // the word after the adjective, as the phrase's first modifier
    const int owner = next_head > 0 && dominated_by(s, next_head, subject) ? next_head : subject;
    adj.head = owner;
    adj.deprel = "amod";
    ++mended;
  }
  return mended;
}

int repair_between_pairs(Sentence& s) {
  const int n = static_cast<int>(s.words.size());
  int mended = 0;
  for (int cs = 1; cs < n; ++cs) {
    // From the preposition to its phrase: the first member.
    if (s.words[cs - 1].form != "between" || s.words[cs - 1].deprel != "case") continue;
    const int p = s.words[cs - 1].head;
    if (p <= cs) continue;
    if (!is_nominal(s.words[p - 1]) || child_with(s, p, "conj")) continue;
    // "between [his Fatah faction] and [the Islamist movement Hamas]": the second member starts after the "and"
    // that follows the first's phrase, and the parse hung it elsewhere.
    const int e = last_of_subtree(s, p);
    if (e + 2 > n || s.words[e].form != "and") continue;
    int y = e + 2;
    while (s.words[y - 1].head > 0 && s.words[y - 1].head != p && first_of_subtree(s, s.words[y - 1].head) >= e + 1)
      y = s.words[y - 1].head;
    if (!is_nominal(s.words[y - 1]) || dominated_by(s, y, p) || dominated_by(s, p, y)) continue;
    const bool kept = keep_if_tree(s, [&] {
      Word& w = s.words[y - 1];
      w.head = p;
      w.deprel = "conj";
      s.words[e].head = y;
      s.words[e].deprel = "cc";
    });
    mended += kept ? 1 : 0;
  }
  return mended;
}

int repair_split_title_subjects(Sentence& s) {
  const int n = static_cast<int>(s.words.size());
  int mended = 0;
  static constexpr std::string_view kTimeNouns[] = {"year", "month", "week", "day", "today", "yesterday", "morning",
                                                    "evening", "night", "weekend", "hour", "minute", "time"};
  // The first two subjects of each word, both before it, found in one pass.
  std::vector<int> first_subject(n + 1, 0), second_subject(n + 1, 0);
  for (int w = 1; w <= n; ++w) {
    const int h = s.words[w - 1].head;
    if (h <= w || s.words[w - 1].deprel != "nsubj") continue;
    if (!first_subject[h]) first_subject[h] = w;
    else if (!second_subject[h]) second_subject[h] = w;
  }
  for (int v = 3; v <= n; ++v) {
    const int a = first_subject[v], b = second_subject[v];
    if (!b) continue;
    Word& title = s.words[a - 1];
    const Word& name = s.words[b - 1];
    if (name.upos != "PROPN" || child_with(s, b, "case") ||
        (title.upos != "NOUN" && title.upos != "PROPN" && title.upos != "ADJ"))
      continue;
    if (is_one_of(title.lemma, kTimeNouns) || is_one_of(title.lemma, kWeekdays)) continue;
    // "United States President George W. Bush reaffirmed", "Transport Minister Matthias Wissmann said": the title's
    // phrase runs straight into the name's, with no mark between, and is written as a title (a capital in it).
    const int end = last_of_subtree(s, a), start = first_of_subtree(s, b);
    if (end + 1 != start || s.words[end - 1].upos == "PUNCT" || s.words[start - 1].upos == "PUNCT") continue;
    // Nor a coordination ("President Hamid Karzai and his Pakistani counterpart Pervez Musharraf reached").
    bool capital = false, coordinated = false;
    for (int k = first_of_subtree(s, a); k <= end; ++k) {
      capital = capital || capitalised(s.words[k - 1].form);
      coordinated = coordinated || s.words[k - 1].deprel == "cc" || s.words[k - 1].deprel == "conj";
    }
    if (!capital || coordinated) continue;
    if (!keep_if_tree(s, [&] {
          title.head = b;
          title.deprel = title.upos == "ADJ" ? "amod" : "compound";  // "Italian Prime Minister Romano Prodi flew"
        }))
      continue;
    ++mended;
  }
  return mended;
}

int repair_trailing_speakers(Sentence& s) {
  // Verbs that close a sentence with its source ("..., the agency reported", "..., police said").
  static constexpr std::string_view kReporting[] = {"say", "add", "report", "tell", "announce", "state", "confirm"};
  const int n = static_cast<int>(s.words.size());
  int mended = 0;
  for (int verb = 4; verb <= n; ++verb) {
    const Word& v = s.words[verb - 1];
    if (v.upos != "VERB" || !is_finite_tag(v.xpos) || !is_one_of(v.lemma, kReporting) || has_subject(s, verb))
      continue;
    // '..., police said Thursday', '..., the Interfax agency reported': the noun phrase between the last comma and
    // the verb, which the model joined to something before the comma, reports.
    int comma = 0;
    for (int k = verb - 1; k >= 1 && !comma; --k)
      if (s.words[k - 1].form == ",") comma = k;
    if (!comma || comma + 1 >= verb) continue;
    int speaker = verb - 1;
    while (s.words[speaker - 1].head > comma && s.words[speaker - 1].head < verb) speaker = s.words[speaker - 1].head;
    const Word& w = s.words[speaker - 1];
    if (w.upos != "NOUN" && w.upos != "PROPN" && w.upos != "PRON") continue;
    // The model may have made the speaker the head of the phrase before the comma too ('a probe against a former
    // commander-in-chief of the army, the Interfax agency reported', "agency" heading "a former commander"): the
    // last noun of those words heads them again and takes the speaker's place before the comma.
    std::vector<int> crossing;
    bool foreign = false;  // a word before the comma hung on another word of the phrase
    for (int k = 1; k < comma; ++k) {
      const int h = s.words[k - 1].head;
      if (h == speaker) crossing.push_back(k);
      else if (h > comma && h < verb) foreign = true;
    }
    if (foreign) continue;
    int heir = 0;
    for (int k : crossing)
      if (is_nominal(s.words[k - 1]) && s.words[k - 1].head == speaker) heir = k;
    if (!crossing.empty() && (!heir || s.words[speaker - 1].head <= 0 || s.words[speaker - 1].head >= comma)) continue;
    // (The comma may hang on the phrase, as a conjunct's does.)
    const int first = crossing.empty() ? first_of_subtree(s, speaker) : comma + 1;
    if (first != comma + 1 && first != comma) continue;
    // The phrase ends right before the verb: past it, only the verb's own words may hang on the speaker.
    bool ends = true;
    for (int k = verb; k <= n && ends; ++k) ends = !dominated_by(s, k, speaker) || dominated_by(s, k, verb);
    if (!ends) continue;
    // A case or copula of its own makes the phrase no speaker (those of the words before the comma go with them).
    auto own = [&](std::string_view rel) {
      for (int k = comma + 1; k <= n; ++k)
        if (s.words[k - 1].head == speaker && s.words[k - 1].deprel == rel) return true;
      return false;
    };
    if (own("case") || own("cop") || dominated_by(s, speaker, verb)) continue;
    // The verb may hang on the speaker itself ('..., the team's official website said', "said" its clause): the verb
    // takes the speaker's place.
    const bool below = v.head == speaker;
    if (keep_if_tree(s, [&] {
          Word& sp = s.words[speaker - 1];
          if (below) {
            s.words[verb - 1].head = sp.head;
            s.words[verb - 1].deprel = sp.head == 0 ? "root" : sp.deprel;
          }
          if (heir) {
            for (int k : crossing)
              if (k != heir) s.words[k - 1].head = heir;
            s.words[heir - 1].head = sp.head;
            s.words[heir - 1].deprel = sp.deprel;
          }
          sp.head = verb;
          sp.deprel = "nsubj";
          if (s.words[comma - 1].head == speaker) s.words[comma - 1].head = verb;
        }))
      ++mended;
  }
  return mended;
}

int repair_reported_subjects(Sentence& s) {
  const int n = static_cast<int>(s.words.size());
  int mended = 0;
  for (int verb = 1; verb < n; ++verb) {
    const std::string& lemma = s.words[verb - 1].lemma;
    // Not a verb of telling, whose object is the audience ("told a crowd in Lima after the crisis ended").
    if (s.words[verb - 1].upos != "VERB" || !is_reporting_verb(lemma) || is_telling_verb(lemma)) continue;
    // "KCNA said [the son and heir of Kim Il-Sung] reviewed the march-past": the reported clause's subject, made the
    // object of the verb of saying, right before the clause's finite verb, which has no subject.
    const int obj = child_with(s, verb, "obj");
    if (!obj || obj < verb) continue;
    const Word& o = s.words[obj - 1];
    if (o.upos != "NOUN" && o.upos != "PROPN" && o.upos != "PRON") continue;
    const int clause = last_of_subtree(s, obj) + 1;
    int c = clause;
    while (c <= n && s.words[c - 1].head != verb) c = s.words[c - 1].head > 0 ? s.words[c - 1].head : n + 1;
    if (c > n || s.words[c - 1].deprel != "ccomp" || first_of_subtree(s, c) != clause) continue;
    const Word& cv = s.words[c - 1];
    if (cv.upos != "VERB" || (!is_finite_tag(cv.xpos) && !child_with(s, c, "aux")) || has_subject(s, c)) continue;
    if (keep_if_tree(s, [&] {
          s.words[obj - 1].head = c;
          s.words[obj - 1].deprel = has_passive_aux(s, c) ? "nsubj:pass" : "nsubj";
        }))
      ++mended;
  }
  return mended;
}

int repair_vocative_subjects(Sentence& s) {
  const int n = static_cast<int>(s.words.size());
  int mended = 0;
  for (int w = 1; w <= n; ++w) {
    Word& name = s.words[w - 1];
    // Or a name the tagger read as an interjection ("Annan, in a statement issued in Geneva, called on ...",
    // "Nazarbayev, who went ..., said"): a capitalised word before a comma that no interjection list holds.
    const bool interjection = name.deprel == "discourse" && name.upos == "INTJ" && capitalised(name.form) &&
                              w < n && s.words[w].form == "," && !is_interjection(name.form);
    if (!interjection && (name.deprel != "vocative" || (name.upos != "PROPN" && name.upos != "NOUN"))) continue;
    const int verb = name.head;
    if (verb <= w || s.words[verb - 1].upos != "VERB" || has_subject(s, verb)) continue;
    // Finite, by its own tag or an auxiliary's: an imperative ("John, call me", "Bob, don't worry") addresses the
    // name.
    Word& v = s.words[verb - 1];
    bool finite = is_finite_tag(v.xpos), aux = false, active = false;
    for (const Word& a : s.words) {
      if (a.head != verb) continue;
      aux = aux || a.deprel == "aux" || a.deprel == "aux:pass";
      finite = finite || ((a.deprel == "aux" || a.deprel == "aux:pass") && is_finite_tag(a.xpos));
      active = active || a.deprel == "obj" || a.deprel == "xcomp";
    }
    // A main verb tagged as a participle with no auxiliary but an object or complement ("Luanda, meanwhile, rushed
    // to tidy up ...") is a past tense the tagger misread.
    const bool misread_past = v.deprel == "root" && v.xpos == "VBN" && !aux && active;
    if (!finite && !misread_past) continue;
    if (misread_past) {
      v.xpos = "VBD";
      v.feats = "Mood=Ind|Tense=Past|VerbForm=Fin";
    }
    name.deprel = has_passive_aux(s, verb) ? "nsubj:pass" : "nsubj";
    if (interjection) {
      name.upos = "PROPN";
      name.xpos = "NNP";
      name.lemma = name.form;
      name.feats = "Number=Sing";
    }
    ++mended;
  }
  return mended;
}

int repair_noun_time_clauses(Sentence& s) {
  const int n = static_cast<int>(s.words.size());
  static constexpr std::string_view kMarkers[] = {"before",   "after",    "until",  "while",   "when",  "whereas",
                                                  "although", "though",   "because", "unless", "if"};
  static constexpr std::string_view kTimeNouns[] = {"year",   "month", "week", "day",    "hour",   "minute", "time",
                                                    "moment", "decade", "era", "period", "season", "night", "morning"};
  int mended = 0;
  for (int m = 1; m <= n; ++m) {
    const Word& mark = s.words[m - 1];
    // "when" is the clause's adverb in UD ("when talking on the issue with Chinese leaders").
    const bool marker = mark.deprel == "mark" || (mark.deprel == "advmod" && mark.lemma == "when");
    if (!marker || !is_one_of(mark.lemma, kMarkers)) continue;
    const int clause = mark.head;
    if (clause <= 0 || s.words[clause - 1].deprel != "acl") continue;
    const int noun = s.words[clause - 1].head;
    if (noun <= 0 || noun > m || !is_nominal(s.words[noun - 1]) || is_one_of(s.words[noun - 1].lemma, kTimeNouns))
      continue;
    // Inside a subject the clause dates the thing ("Fonseka's press conference after assuming command was
    // delayed"): only a noun after its verb gives way.
    if (s.words[noun - 1].deprel.starts_with("nsubj")) continue;
    const int h = first_non_nominal_above(s, noun);
    if (h <= 0 || h > noun) continue;
    const std::string& head_upos = s.words[h - 1].upos;
    if (head_upos != "VERB" && head_upos != "AUX" && head_upos != "ADJ") continue;
    mended += keep_if_tree(s, [&] {
      s.words[clause - 1].head = h;
      s.words[clause - 1].deprel = "advcl";
    }) ? 1 : 0;
  }
  return mended;
}

int repair_that_clauses_of_saying(Sentence& s) {
  const int n = static_cast<int>(s.words.size());
  static constexpr std::string_view kSettingCases[] = {"in",    "at",     "on",        "during", "after",
                                                       "before", "following", "via", "over"};
  int mended = 0;
  for (int m = 1; m <= n; ++m) {
    const Word& mark = s.words[m - 1];
    if (mark.deprel != "mark" || (mark.form != "that" && mark.form != "That")) continue;
    const int clause = mark.head;
    if (clause <= m) continue;
    Word& c = s.words[clause - 1];
    if (c.deprel != "acl" && c.deprel != "acl:relcl") continue;
    const int noun = c.head;
    if (noun <= 0 || noun >= m) continue;
    const Word& nw = s.words[noun - 1];
    const int verb = nw.head;
    if (verb <= 0 || verb >= noun) continue;
    const Word& v = s.words[verb - 1];
    if (v.upos != "VERB" || !is_reporting_verb(v.lemma) || child_with(s, verb, "ccomp")) continue;
    // Where, when or how it was said ("in a statement", "at a news conference", "after the talks"), not a result
    // ("complained ... to the point that they refuse").
    const int cs = child_with(s, noun, "case");
    const bool oblique = (nw.deprel == "obl" && cs && is_one_of(s.words[cs - 1].lemma, kSettingCases)) ||
                         nw.deprel == "obl:tmod" || nw.deprel == "obl:unmarked" || nw.deprel == "obl:npmod" ||
                         nw.deprel == "iobj";
    const bool audience = nw.deprel == "obj" && is_telling_verb(v.lemma);
    if (!oblique && !audience) continue;
    mended += keep_if_tree(s, [&] {
      c.head = verb;
      c.deprel = "ccomp";
    }) ? 1 : 0;
  }
  return mended;
}

int repair_due_to_infinitives(Sentence& s) {
  const int n = static_cast<int>(s.words.size());
  int mended = 0;
  for (int d = 1; d + 2 <= n; ++d) {
    Word& due = s.words[d - 1];
    Word& to = s.words[d];
    if ((due.form != "due" && due.form != "Due") || due.deprel != "case" || to.form != "to" || to.deprel != "fixed" ||
        to.head != d)
      continue;
    const int verb = due.head;
    if (verb <= d + 1 || s.words[verb - 1].xpos != "VB") continue;
    const bool kept = keep_if_tree(s, [&] {
      Word& v = s.words[verb - 1];
      // What stood before "due" on the verb (its subject, "be", adverbs) belongs to "due" now.
      for (int k = 1; k < d; ++k) {
        Word& w = s.words[k - 1];
        if (w.head != verb) continue;
        w.head = d;
        if (w.deprel == "aux" && w.lemma == "be") w.deprel = "cop";
      }
      due.upos = "ADJ";
      due.xpos = "JJ";
      due.lemma = "due";
      due.head = v.head;
      due.deprel = v.deprel;
      v.head = d;
      v.deprel = "xcomp";
      to.head = verb;
      to.deprel = "mark";
      to.upos = "PART";
      to.xpos = "TO";
    });
    mended += kept ? 1 : 0;
  }
  return mended;
}

int repair_sentenced_to_places(Sentence& s) {
  static constexpr std::string_view kSentencing[] = {"sentence", "condemn", "send", "commit", "return", "consign"};
  static constexpr std::string_view kPlaces[] = {"jail", "prison", "gaol"};
  const int n = static_cast<int>(s.words.size());
  int mended = 0;
  for (int d = 2; d <= n; ++d) {
    Word& place = s.words[d - 1];
    if (place.upos != "VERB" || place.deprel != "xcomp" || !is_one_of(place.lemma, kPlaces)) continue;
    const int to = d - 1;
    Word& t = s.words[to - 1];
    const int verb = place.head;
    if (t.form != "to" || t.head != d || t.deprel != "mark" || verb <= 0 || verb >= d) continue;
    if (!is_one_of(s.words[verb - 1].lemma, kSentencing) || child_with(s, d, "obj")) continue;
    const bool kept = keep_if_tree(s, [&] {
      // What the model hung on the would-be verb ("by a court", "on Thursday", "for life") qualifies the sentencing.
      for (Word& w : s.words)
        if (w.head == d && &w != &t) w.head = verb;
      place.upos = "NOUN";
      place.xpos = "NN";
      place.deprel = "obl";
      t.upos = "ADP";
      t.xpos = "IN";
      t.deprel = "case";
    });
    mended += kept ? 1 : 0;
  }
  return mended;
}

int repair_title_participles(Sentence& s) {
  // Participles that name an office with the title after them, and titles they so qualify: "coordinating minister",
  // "acting president", "managing director", "presiding judge". Other participles before a noun act on it
  // ("coordinating aid"); these titles are never a thing one coordinates, manages or presides.
  static constexpr std::string_view kParticiples[] = {"acting", "coordinating", "managing", "presiding", "outgoing",
                                                      "sitting", "serving", "caretaking"};
  static constexpr std::string_view kTitles[] = {
      "minister", "ministers", "director", "directors", "president", "chairman", "chairwoman", "chairperson",
      "secretary", "judge", "judges", "officer", "officers", "editor", "governor", "partner", "commander", "chief",
      "head", "mayor", "premier", "ambassador", "general", "senator", "senators", "member", "members", "leader"};
  const int n = static_cast<int>(s.words.size());
  int mended = 0;
  for (int p = 1; p < n; ++p) {
    Word& part = s.words[p - 1];
    Word& title = s.words[p];
    if (part.xpos != "VBG" || title.head != p || title.deprel != "obj" || part.head <= 0) continue;
    if (!is_one_of(ascii_lower(part.form), kParticiples) || !is_one_of(ascii_lower(title.form), kTitles)) continue;
    const bool kept = keep_if_tree(s, [&] {
      // The title takes the participle's place and what hung on it ("as", "for the economy", a conjunct).
      // A clause marker of the participle is the noun's preposition ("as coordinating minister"), the clause an
      // oblique.
      for (Word& w : s.words)
        if (w.head == p && &w != &title) {
          w.head = p + 1;
          if (w.deprel == "mark") w.deprel = "case";
        }
      title.head = part.head;
      title.deprel = part.deprel == "advcl" ? "obl" : part.deprel;
      part.head = p + 1;
      part.deprel = "amod";
      part.upos = "ADJ";
      part.xpos = "JJ";
    });
    mended += kept ? 1 : 0;
  }
  return mended;
}

int repair_determined_gerunds(Sentence& s) {
  const int n = static_cast<int>(s.words.size());
  int mended = 0;
  for (int g = 2; g <= n; ++g) {
    Word& ger = s.words[g - 1];
    if (ger.xpos != "VBG" || ger.head <= 0) continue;
    const int det = child_with(s, g, "det");
    if (!det || det >= g) continue;
    const std::string article = ascii_lower(s.words[det - 1].form);
    if (article != "a" && article != "an") continue;
    if (child_with(s, g, "obj") || has_subject(s, g)) continue;
    const int head = ger.head;
    const bool verb_head = s.words[head - 1].upos == "VERB";
    const bool clause = ger.deprel == "advcl" || ger.deprel == "xcomp" || ger.deprel == "ccomp";
    const int mark = child_with(s, g, "mark");
    const bool kept = keep_if_tree(s, [&] {
      ger.upos = "NOUN";
      ger.xpos = "NN";
      ger.lemma = ascii_lower(ger.form);
      if (clause && verb_head) {
        if (mark) {
          s.words[mark - 1].deprel = "case";
          ger.deprel = "obl";
        } else {
          ger.deprel = child_with(s, head, "obj") ? "obl" : "obj";
        }
      } else if (clause || ger.deprel == "acl") {
        ger.deprel = "nmod";
        if (mark) s.words[mark - 1].deprel = "case";
      }
    });
    mended += kept ? 1 : 0;
  }
  return mended;
}

int repair_be_to_subjects(Sentence& s) {
  const int n = static_cast<int>(s.words.size());
  int mended = 0;
  for (int v = 3; v <= n; ++v) {
    if (s.words[v - 1].upos != "VERB" || has_subject(s, v)) continue;
    const int cop = child_with(s, v, "cop"), to = child_with(s, v, "mark");
    if (!cop || !to || cop > to || to > v || s.words[to - 1].form != "to") continue;
    for (int k = 1; k < cop; ++k) {
      Word& w = s.words[k - 1];
      if (w.head != v || w.deprel != "obl" || !is_nominal(w) || child_with(s, k, "case")) continue;
      w.deprel = "nsubj";
      ++mended;
      break;
    }
  }
  return mended;
}

int repair_relative_clause_roots(Sentence& s) {
  static constexpr std::string_view kRelatives[] = {"which", "who", "that"};
  const int n = static_cast<int>(s.words.size());
  int mended = 0;
  // From each relative word that is a subject right after a comma: the verb the model gave it.
  for (int relative = 3; relative <= n; ++relative) {
    const Word& rw = s.words[relative - 1];
    if ((rw.deprel != "nsubj" && rw.deprel != "nsubj:pass") || !is_one_of(rw.lemma, kRelatives) ||
        s.words[relative - 2].form != ",")
      continue;
    const int v = rw.head;
    if (v < 1) continue;
    const Word& verb = s.words[v - 1];
    if (verb.upos != "VERB" && verb.upos != "AUX" && verb.upos != "ADJ" && verb.upos != "NOUN") continue;
    // Its other subject, the noun before the relative word; and the real main verb, joined to the relative clause
    // as its conjunct after it, with no subject and no "and" of its own.
    int noun = 0, main = 0;
    for (int k = 1; k <= n; ++k) {
      const Word& w = s.words[k - 1];
      if (w.head != v) continue;
      if (!noun && k < relative && (w.deprel == "nsubj" || w.deprel == "nsubj:pass") &&
          (w.upos == "NOUN" || w.upos == "PROPN"))
        noun = k;
      else if (!main && k > relative && w.deprel == "conj" && w.upos == "VERB" && !has_subject(s, k) &&
               !child_with(s, k, "cc") && is_finite_clause(s, k))
        main = k;
    }
    if (!noun || !main) continue;
    // The comma closes the noun's phrase: "Britain's Natural Law Party (NLP), which ...".
    bool closes = true;
    for (int k = noun + 1; k < relative - 1 && closes; ++k) closes = dominated_by(s, k, noun);
    if (!closes) continue;
    if (!keep_if_tree(s, [&] {
          Word& m = s.words[main - 1];
          m.head = s.words[v - 1].head;
          m.deprel = s.words[v - 1].head == 0 ? "root" : s.words[v - 1].deprel;
          Word& subject = s.words[noun - 1];
          subject.head = main;
          subject.deprel = has_passive_aux(s, main) ? "nsubj:pass" : "nsubj";
          s.words[v - 1].head = noun;
          s.words[v - 1].deprel = "acl:relcl";
          // What follows the main verb hangs on it, not on the relative clause ("... , issued its manifesto .").
          for (int k = main + 1; k <= n; ++k)
            if (s.words[k - 1].head == v) s.words[k - 1].head = main;
        }))
      continue;
    ++mended;
  }
  return mended;
}

}  // namespace vigil::parse

namespace vigil::parse {
namespace {

// One member of a list of names: an optional article, then a run of proper nouns.
struct ListItem {
  int first = 0, last = 0;
};

// The run of proper nouns (with an article before it) that starts at word i, or an empty item.
ListItem name_at(const Sentence& s, int i) {
  const int n = static_cast<int>(s.words.size());
  ListItem item{i, i - 1};
  int k = i;
  if (k <= n && s.words[k - 1].upos == "DET" && ascii_lower(s.words[k - 1].form) == "the") ++k;
  while (k <= n && (s.words[k - 1].xpos == "NNP" || s.words[k - 1].xpos == "NNPS")) item.last = k++;
  if (item.last < i || s.words[item.last - 1].upos == "DET") item.last = i - 1;
  return item;
}

// The item's head: its one word whose head lies outside it, provided every other word hangs inside it; 0 if none.
int item_head(const Sentence& s, const ListItem& item) {
  int head = 0;
  for (int k = item.first; k <= item.last; ++k) {
    const int h = s.words[k - 1].head;
    if (h >= item.first && h <= item.last) continue;
    if (head) return 0;
    head = k;
  }
  return head;
}

}  // namespace

int repair_name_lists(Sentence& s) {
  const int n = static_cast<int>(s.words.size());
  int mended = 0;
  for (int i = 1; i <= n; ++i) {
    // A list starts where no name goes on before it.
    if (i > 1 && (s.words[i - 2].xpos == "NNP" || s.words[i - 2].xpos == "NNPS")) continue;
    std::vector<ListItem> items;
    std::vector<int> commas;
    int cc = 0;
    ListItem item = name_at(s, i);
    int k = item.last + 1;
    while (item.last >= item.first) {
      items.push_back(item);
      if (cc) break;
      if (k <= n && s.words[k - 1].form == "," && k < n) {
        const std::string next = ascii_lower(s.words[k].form);
        if (next == "and" || next == "or") {
          commas.push_back(k);
          cc = k + 1;
          item = name_at(s, k + 2);
        } else {
          commas.push_back(k);
          item = name_at(s, k + 1);
        }
      } else if (k <= n && items.size() >= 2 && (ascii_lower(s.words[k - 1].form) == "and" ||
                                                  ascii_lower(s.words[k - 1].form) == "or")) {
        cc = k;
        item = name_at(s, k + 1);
      } else {
        break;
      }
      k = item.last + 1;
      if (item.last < item.first) break;
    }
    if (!cc || items.size() < 3 || items.back().last < items.back().first) continue;
    const int end = items.back().last;
    // Not a fronted phrase of place or time and the subject after it: "In Beijing, China and Japan agreed".
    const bool fronted = i > 1 && s.words[i - 2].upos == "ADP" && (i == 2 || s.words[i - 3].form == ",");
    // Nor a list whose last name owns what follows: "McMinnville, Oregon, and Texas A&M's Aerospace Museum".
    const bool owner = end < n && s.words[end].xpos == "POS";
    std::vector<int> heads;
    bool dated = false;
    for (const ListItem& it : items) {
      heads.push_back(item_head(s, it));
      for (int w = it.first; w <= it.last; ++w)
        dated = dated || is_one_of(s.words[w - 1].form, kWeekdays) ||
                is_one_of(s.words[w - 1].form, kMonths);
    }
    i = end;
    if (fronted || owner || dated || std::find(heads.begin(), heads.end(), 0) != heads.end()) continue;
    // Leave a list the model already made one: every later member a conjunct of the first, directly or in a chain.
    auto joined = [&](int h) {
      for (int steps = 0; steps < n && h != heads[0]; ++steps) {
        if (s.words[h - 1].deprel != "conj") return false;
        h = s.words[h - 1].head;
      }
      return h == heads[0];
    };
    if (std::all_of(heads.begin() + 1, heads.end(), joined)) continue;
    // The list takes the outside attachment of its first member, or else of the first member hung outside it.
    const int span_first = items.front().first;
    int anchor = 0;
    for (int h : heads)
      if (const int up = s.words[h - 1].head; (up < span_first || up > end) && !anchor) anchor = h;
    if (!anchor) continue;
    const int up = s.words[anchor - 1].head;
    const std::string rel = s.words[anchor - 1].deprel;
    if (!keep_if_tree(s, [&] {
          s.words[heads[0] - 1].head = up;
          s.words[heads[0] - 1].deprel = rel;
          for (size_t j = 1; j < heads.size(); ++j) {
            s.words[heads[j] - 1].head = heads[0];
            s.words[heads[j] - 1].deprel = "conj";
            if (j - 1 < commas.size()) {  // the comma before this member, if it has one
              s.words[commas[j - 1] - 1].head = heads[j];
              s.words[commas[j - 1] - 1].deprel = "punct";
            }
          }
          s.words[cc - 1].head = heads.back();
          s.words[cc - 1].deprel = "cc";
        }))
      continue;
    ++mended;
  }
  return mended;
}

}  // namespace vigil::parse
