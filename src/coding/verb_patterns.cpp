// Matching a verb's dictionary patterns against its sentence: the dependency roles a pattern names (subject,
// object, prepositional phrases, clauses), the words and synsets that fill them, and PETRARCH's linear patterns read
// word by word to the left and right of the verb.
#include <algorithm>

#include <fmt/format.h>

#include "coding/event_coder.h"
#include "lexicon/cameo.h"
#include "coding/word_kinds.h"

namespace vigil::coding {

using lexicon::DepRole;
using lexicon::kNone;
using lexicon::kUnknownWord;

namespace {

// Takes " word" off the front of `rest` if it is there.
bool take_word(std::string_view& rest, const std::string& word) {
  if (rest.size() < word.size() + 1 || rest[0] != ' ' || rest.substr(1, word.size()) != word) return false;
  rest.remove_prefix(word.size() + 1);
  return true;
}

}  // namespace

bool EventCoder::marker_spells(int marker, std::string_view prep) const {
  // The folded words compared in turn with the pieces of `prep` (no string built: this runs for every case and mark
  // word of every phrase a prepositional role looks at).
  const std::string& first = tree_.folded_form(marker);
  if (!prep.starts_with(first)) return false;
  prep.remove_prefix(first.size());
  for (int f : tree_.children(marker)) {
    if (tree_.rel(f) != "fixed") continue;
    if (!take_word(prep, tree_.folded_form(f))) return false;
  }
  return prep.empty() || next_markers_spell(marker, prep);
}

bool EventCoder::next_markers_spell(int marker, std::string_view rest) const {
  // The parser often hangs each word of a multi-word preposition on the noun as a marker of its own ("pulled [out]
  // [of] Gaza", both `case` of Gaza) instead of joining them with `fixed`: the words that follow the first in the
  // text and mark the same phrase spell the rest.
  for (int w = marker + 1; !rest.empty() && w <= tree_.size(); ++w) {
    if (tree_.head(w) != tree_.head(marker) || tree_.rel(w) != tree_.rel(marker)) return false;
    if (!take_word(rest, tree_.folded_form(w))) return false;
  }
  return rest.empty();
}

void EventCoder::clear_sentence_caches() {
  candidates_used_ = 0;
  subject_cache_.assign(static_cast<size_t>(tree_.size() + 1) * kSubjectDepths * 2, 0);
  word_synsets_known_.assign(static_cast<size_t>(tree_.size() + 1), 0);
  if (word_synsets_.size() < word_synsets_known_.size()) word_synsets_.resize(word_synsets_known_.size());
}

const std::vector<uint32_t>& EventCoder::synsets_at(int word) const {
  std::vector<uint32_t>& found = word_synsets_[word];
  if (word_synsets_known_[word]) return found;
  word_synsets_known_[word] = 1;
  found.clear();
  const int n = tree_.size();
  const std::span<const uint32_t> lemmas(keys_.lemmas), forms(keys_.forms);
  auto add = [&](std::span<const uint32_t> words) {  // the synsets of exactly these words
    auto m = lex_.synsets().longest(words, 0);
    if (m.length == words.size()) found.insert(found.end(), m.values.begin(), m.values.end());
  };
  if (lemmas[word - 1] != kUnknownWord) add(lemmas.subspan(word - 1, 1));
  if (forms[word - 1] != kUnknownWord) add(forms.subspan(word - 1, 1));
  // Multi-word members ending or starting at the word ("special forces", "round of talks").
  for (int len = 2; len <= 4; ++len)
    for (int start : {word - len + 1, word}) {
      if (start < 1 || start + len - 1 > n) continue;
      add(lemmas.subspan(start - 1, len));
      add(forms.subspan(start - 1, len));
    }
  return found;
}

void EventCoder::candidates(DepRole role, std::string_view prep, int verb, std::vector<int>& out) const {
  for (size_t k = 0; k < candidates_used_; ++k) {
    const CandidatesEntry& e = candidates_cache_[k];
    if (e.verb == verb && e.role == role && e.linear == linear_ && e.prep == prep) {
      out.assign(e.words.begin(), e.words.end());
      return;
    }
  }
  find_candidates(role, prep, verb, out);
  if (candidates_used_ == candidates_cache_.size()) candidates_cache_.emplace_back();
  CandidatesEntry& e = candidates_cache_[candidates_used_++];
  e.verb = verb;
  e.role = role;
  e.linear = linear_;
  e.prep.assign(prep);
  e.words.assign(out.begin(), out.end());
}

// "Karadzic, who was indicted by the tribunal", "Sderot, which is often targeted by rockets": the relative pronoun
// a passive clause is done to stands for the noun the clause describes (or, where the parse did not make it a
// relative clause, the name right before it). As for the subject of an active clause, "who" is no place ("the
// refugees in Goma who were attacked"). 0 when `word` is no such pronoun.
int EventCoder::antecedent_of_passive_relative(int verb, int word) const {
  if (linear_ || word <= 0 || tree_.head(word) != verb || tree_.rel(word) != "nsubj:pass" ||
      !is_relative_pronoun(tree_.word(word)))
    return 0;
  if (tree_.rel(verb) != "acl:relcl") return antecedent_of_stray_relative(word);
  const int noun = tree_.head(verb);
  if (noun <= 0) return 0;
  if (mention_by_head_[noun] == 0)
    if (int named = people_named_before(word)) return named;
  const Mention* a = actor_at(noun);
  if (tree_.lemma(word) == "who" && a && (a->city || a->kind == MentionKind::place)) return 0;
  return noun;
}

// Actors the parse joined to the noun a relative clause describes, past that clause, are none of what the clause
// does to it: "four opposition leaders who had been detained, court officials said" (the officials hung on
// "leaders"), "Karadzic, who was indicted in 1995, and Mladic".
void EventCoder::drop_joined_past_relative(int verb, int noun, std::vector<const Mention*>& actors) const {
  if (noun <= 0 || tree_.head(verb) != noun || tree_.rel(verb) != "acl:relcl") return;
  std::erase_if(actors, [&](const Mention* a) {
    return a->ref.sentence == sentence_index_ && a->head > verb && tree_.rel(a->head) == "conj" &&
           tree_.head(a->head) == noun;
  });
}

void EventCoder::find_candidates(DepRole role, std::string_view prep, int verb, std::vector<int>& out) const {
  out.clear();
  auto add_children = [&](int head, std::initializer_list<std::string_view> rels) {
    for (int c : tree_.children(head))
      for (std::string_view r : rels)
        if (tree_.rel(c) == r) out.push_back(c);
  };
  switch (role) {
    case DepRole::kSubj:
      if (int s = subject_of(verb)) out.push_back(s);
      // An event noun's owner is its subject: "their meeting", "Russia's invasion".
      else if (tree_.upos(verb) == "NOUN")
        if (int poss = tree_.child(verb, "nmod:poss")) out.push_back(poss);
      break;
    case DepRole::kObj: {
      if (int o = bare_object_of_false_passive(verb)) out.push_back(o);
      else add_children(verb, {"obj", "nsubj:pass"});
      if (out.empty() && !linear_)
        for (int c : tree_.children(verb))
          if (tree_.rel(c) == "obl:agent" && c > verb && !tree_.child(c, "case")) out.push_back(c);
      if (int p = object_predicate(verb)) std::erase(out, p);  // "calling it a coup": what it is called
      for (int& o : out)
        if (int name = named_by_free_relative(tree_, o)) o = name;
      int antecedent = 0;
      for (int& o : out)
        if (int noun = antecedent_of_passive_relative(verb, o)) o = antecedent = noun;
      // "asked Russia to pull out": parsers often make the one object an iobj.
      if (out.empty()) add_children(verb, {"iobj"});
      // A reduced passive hung from an actor ("an engineer snatched by gunmen"): the actor is what is done to. Not
      // a thing ("a proposal offered by X", "debt guaranteed by X"): whose it is says nothing of who is acted on.
      // But a claim or a measure is acted on by the actor its by-phrase names: "a charge rejected by Tehran" is
      // Tehran rejecting the charge, "sanctions imposed by Washington" Washington imposing them.
      if (out.empty() && tree_.rel(verb) == "acl" && tree_.xpos(verb) == "VBN" && tree_.head(verb) > 0 &&
          !tree_.child(verb, "obj") && !tree_.child(verb, "mark") &&
          (actor_at(tree_.head(verb)) || (is_claim_or_measure_noun(tree_.lemma(tree_.head(verb))) &&
                                          actor_at(tree_.child(verb, "obl:agent")))))
        out.push_back(tree_.head(verb));
      // "turned down Brazil's offer", "called up reservists": a noun right after the verb with no preposition,
      // taken for an oblique. Not a time ("met Monday") or a number.
      if (out.empty())
        if (int c = bare_noun_after(verb, /*names_too=*/true)) out.push_back(c);
      if (out.empty())
        if (int c = noun_behind_particle(verb)) out.push_back(c);
      // "called up 300,000 reservists" parsed as an xcomp: a bare noun complement with no copula is the object.
      if (out.empty())
        for (int c : tree_.children(verb))
          if (c > verb && is_bare_noun_complement(c)) {
            out.push_back(c);
            break;
          }
      // "a charge the Kremlin has denied", "the plan which Iran rejected": in a relative clause with a subject of
      // its own, what is acted on is the noun the clause describes. Not in "the city the army withdrew from" (a
      // stranded preposition), "the offices he called from" or "the office [where] he called for calm" (a phrase
      // right after the verb takes the gap), nor in a content clause the parse took for a relative one
      // ("allegations that it sought to ...").
      if (int noun = tree_.head(verb); tree_.rel(verb) == "acl:relcl" && noun > 0) {
        int subject = tree_.child(verb, "nsubj");
        int mark = tree_.child(verb, "mark");
        // "the moment it blew", "the way they voted": a noun of time or manner is no object.
        static constexpr std::string_view kCircumstances[] = {"moment", "time", "times", "way", "reason", "period",
                                                              "point", "extent", "manner", "place", "instant"};
        bool gap_elsewhere = mark != 0 || is_time_name(tree_.lemma(noun)) || is_one_of(tree_.lemma(noun), kCircumstances);
        for (int c : tree_.children(verb)) {
          if (tree_.upos(c) == "ADP" && tree_.children(c).empty()) gap_elsewhere = true;
          // "with whom Chernomyrdin met": the relative pronoun is in a prepositional phrase (read there, below).
          if (is_relative_pronoun(tree_.word(c)) && tree_.child(c, "case")) gap_elsewhere = true;
          if (c > verb && tree_.base_rel(c) == "obl" && tree_.subtree_range(c).first == verb + 1 &&
              !is_time_name(tree_.lemma(c)))
            gap_elsewhere = true;
        }
        if (subject && !is_relative_pronoun(tree_.word(subject)) && !gap_elsewhere) {
          for (int& c : out)
            if (is_relative_pronoun(tree_.word(c))) c = noun;
          if (out.empty() && !tree_.child(verb, "ccomp") && !tree_.child(verb, "xcomp")) out.push_back(noun);
        }
      }
      // "signed a trade and investment agreement" (often parsed as "trade" and "agreement"): each conjunct too.
      // Not what the parse joined to the noun a relative clause describes past that clause ("Tariq Dar, who was
      // arrested in Srinagar, capital of Kashmir": the capital is no one arrested).
      for (size_t i = 0, n = out.size(); i < n; ++i) {
        add_children(out[i], {"conj"});
        if (out[i] == antecedent) std::erase_if(out, [&](int c) { return tree_.head(c) == antecedent && c > verb; });
      }
      // "launched dozens of drones", "detained hundreds of protesters": the object is what is counted.
      size_t direct = out.size();
      for (size_t i = 0; i < direct; ++i)
        if (is_quantity_noun(tree_.lemma(out[i])))
          for (int c : tree_.children(out[i])) {
            int cs = tree_.child(c, "case");
            if (tree_.base_rel(c) == "nmod" && cs && tree_.lemma(cs) == "of") out.push_back(c);
          }
      // "captured more than half the country": the parse makes "more" the object and hangs the noun on it.
      for (size_t i = 0; i < direct; ++i) {
        std::string_view l = tree_.lemma(out[i]);
        int than = tree_.child(out[i], "fixed");
        if ((l == "more" || l == "less" || l == "fewer") && than && tree_.lemma(than) == "than")
          for (int c : tree_.children(out[i]))
            if ((tree_.base_rel(c) == "obl" || tree_.base_rel(c) == "nmod") && tree_.upos(c) == "NOUN")
              out.push_back(c);
      }
      break;
    }
    case DepRole::kIobj: add_children(verb, {"iobj"}); break;
    case DepRole::kPrt:
      add_children(verb, {"compound:prt"});
      if (out.empty() && noun_behind_particle(verb)) out.push_back(verb + 1);
      break;
    // Parsers confuse the kinds of clausal dependents ("called them 'charging ...'" often comes out as advcl):
    // each role also accepts the others.
    case DepRole::kXcomp:
      add_children(verb, {"xcomp", "ccomp", "advcl"});
      // A participle set off by a comma is a clause beside the verb, never its complement: "called Putin on
      // Tuesday, saying ..." says nothing of what Putin was asked to do.
      // A passive complement is done to the subject, not by it: "hoped to be given candidate status".
      std::erase_if(out, [&](int c) { return tree_.rel(c) == "xcomp" && tree_.child(c, "aux:pass"); });
      // A that-clause stating what is so is an opinion, not an act to come: "agreed that cooperation and trade are
      // the best ways to ..." (no intent), unlike "agreed that they would cooperate".
      std::erase_if(out, [&](int c) {
        if (tree_.rel(c) != "ccomp" || !tree_.child(c, "cop")) return false;
        for (int a : tree_.children(c))
          if (tree_.rel(a) == "aux" && tree_.xpos(a) == "MD") return false;
        return true;
      });
      std::erase_if(out, [&](int c) {
        if (tree_.rel(c) != "advcl" || tree_.xpos(c) != "VBG") return false;
        int lo = tree_.subtree_range(c).first;  // the comma hangs on the clause or stands right before it
        return tree_.word(lo).form == "," || (lo > 1 && tree_.word(lo - 1).form == ",");
      });
      if (int p = object_predicate(verb); p && std::find(out.begin(), out.end(), p) == out.end()) {
        out.push_back(p);
        // The name's adjectives name it too: "calling it an illegitimate masquerade" is blame by "illegitimate".
        for (int c : tree_.children(p))
          if (tree_.rel(c) == "amod" && tree_.upos(c) == "ADJ") out.push_back(c);
      }
      break;
    case DepRole::kCcomp: add_children(verb, {"ccomp", "xcomp", "parataxis"}); break;
    case DepRole::kMod:
      add_children(verb, {"advmod"});
      // "not only condemned the attack but ...": "not" before only/just/merely/simply adds, it does not deny.
      std::erase_if(out, [&](int c) {
        if (tree_.lemma(c) != "not" || c + 1 > tree_.size()) return false;
        std::string_view next = tree_.lemma(c + 1);
        return next == "only" || next == "just" || next == "merely" || next == "simply";
      });
      break;
    case DepRole::kAux: add_children(verb, {"aux", "aux:pass"}); break;
    case DepRole::kPrep: {
      // The preposition may sit on the verb or on its object ("held [talks] [with Russia]").
      // Parsers also hang it lower, on a noun inside the object ("a contingent of the regiment to Ukraine").
      std::vector<int> heads{verb};
      // A nominal event's of/by-phrase may carry the next phrase: "the visit of the president to Damascus".
      const bool noun = tree_.upos(verb) == "NOUN";
      if (noun)
        for (int c : tree_.children(verb))
          if (int cs = tree_.child(c, "case"); tree_.base_rel(c) == "nmod" && cs &&
                                               (tree_.lemma(cs) == "of" || tree_.lemma(cs) == "by"))
            heads.push_back(c);
      auto breaks_out = [&](int v) {  // "broke out", not "broke down"
        int prt = tree_.child(v, "compound:prt");
        return tree_.lemma(v) != "break" || (prt && tree_.lemma(prt) == "out");
      };
      // "clashes erupted on Friday between police and protesters": a verb that only says the event happened
      // carries its subject's phrases, which the parse hangs on the verb.
      if (noun && tree_.base_rel(verb) == "nsubj" && tree_.head(verb) > 0 &&
          is_verb_of_occurrence(tree_.lemma(tree_.head(verb))) &&
          breaks_out(tree_.head(verb))) {
        heads.push_back(tree_.head(verb));
        for (int c : tree_.children(tree_.head(verb)))  // "erupted on Friday between ...": hung on the day
          if (tree_.base_rel(c) == "obl" && is_day_or_month(tree_.word(c).form)) heads.push_back(c);
      }
      // "its condemnation on Wednesday of X": the of-phrase hung on the day.
      if (int day = noun ? time_word_after(verb) : 0) heads.push_back(day);
      // "arrived here on Wednesday for a visit", "met on Monday with X": a phrase the parse hung on the verb's day.
      if (!noun)
        for (int c : tree_.children(verb))
          if (c > verb && tree_.base_rel(c) == "obl" && is_day_or_month(tree_.word(c).form)) heads.push_back(c);
      for (int c : tree_.children(verb))
        if (tree_.rel(c) == "obj" || tree_.rel(c) == "nsubj:pass" || is_bare_noun_complement(c)) {
          heads.push_back(c);
          for (int g : tree_.children(c))
            if (tree_.rel(g) == "nmod") heads.push_back(g);
        }
      for (int h : heads) {
        for (int c : tree_.children(h)) {
          std::string_view b = tree_.base_rel(c);
          if (b != "obl" && b != "nmod" && b != "advcl" && b != "xcomp" && b != "acl") continue;
          for (int m : tree_.children(c)) {
            std::string_view mr = tree_.rel(m);
            if (mr != "case" && mr != "mark") continue;
            // An infinitive's "to" makes no prepositional phrase of a verb: "using arrests to force teachers back
            // to work" resorts to no force. Only an infinitive with an object: the tagger takes some nouns after
            // "to" for verbs ("return to dialogue"). A noun's infinitive is its content: "refusal to comply".
            if (!noun && mr == "mark" && tree_.lemma(m) == "to" && tree_.xpos(c) == "VB" && tree_.child(c, "obj"))
              continue;
            if (marker_spells(m, prep)) {
              // "talks with visiting President X" parsed as a clause: the guest, not the participle.
              int guest = guest_after_visiting(c);
              if (guest && !noun && meeting_noun_before(c)) break;  // the talks' guest, not the verb's
              // "President Kovac, with whom Chernomyrdin met": the pronoun stands for the noun its clause describes.
              if (!guest && h == verb && tree_.rel(verb) == "acl:relcl" && is_relative_pronoun(tree_.word(c)) &&
                  tree_.head(verb) > 0) {
                out.push_back(tree_.head(verb));
                break;
              }
              out.push_back(guest ? guest : c);
              break;
            }
          }
        }
      }
      if (noun && out.empty() && prep == "with")
        if (int g = guest_with_noun(verb)) out.push_back(g);  // "after his talks with visiting X", hung on the verb
      // "paid a visit to Jordan for [talks] [with King Abdullah II]": the with-phrase right after a meeting noun, which
      // the parse hung beside it, is its partner.
      if (noun && out.empty() && prep == "with" && is_meeting_noun(tree_.lemma(verb)) && tree_.head(verb) > 0) {
        const int next = tree_.subtree_range(verb).second + 1;
        for (int c : tree_.children(tree_.head(verb)))
          if (tree_.subtree_range(c).first == next && tree_.base_rel(c) == "nmod")
            if (int cs = tree_.child(c, "case"); cs && tree_.lemma(cs) == "with") out.push_back(c);
      }
      if (noun && out.empty() && prep == "to")
        if (int d = destination_compound(verb)) out.push_back(d);  // "Bush's China trip"
      break;
    }
  }
}

bool EventCoder::filler_matches(const lexicon::DepFiller& f, int word) const {
  if (f.any) return true;
  if (f.lemmas.empty() && f.synsets.empty()) return true;  // a bare actor slot: tested by the caller
  const uint32_t lemma = keys_.lemmas[word - 1];
  const uint32_t form = keys_.forms[word - 1];
  const int n = tree_.size();
  const std::span<const uint32_t> lemmas(keys_.lemmas), forms(keys_.forms);
  // Does the phrase `ids` stand in the sentence starting or ending at `word` (by lemma or by form)?
  auto phrase_at = [&](std::span<const uint32_t> ids) {
    const int len = static_cast<int>(ids.size());
    for (int start : {word, word - len + 1}) {
      if (start < 1 || start + len - 1 > n) continue;
      bool ok = true;
      for (int k = 0; k < len && ok; ++k) {
        uint32_t id = ids[k];
        ok = lemmas[start - 1 + k] == id || forms[start - 1 + k] == id;
      }
      if (ok) return true;
    }
    return false;
  };
  for (const std::vector<uint32_t>& ids : f.lemma_ids)  // every pattern word is interned: no id is unknown
    if (ids.size() == 1 ? (lemma == ids[0] || form == ids[0]) : phrase_at(ids)) return true;
  if (f.synsets.empty()) return false;
  const std::vector<uint32_t>& member_of = synsets_at(word);
  for (uint32_t s : f.synsets)
    if (s != kNone && std::find(member_of.begin(), member_of.end(), s) != member_of.end()) return true;
  return false;
}

bool EventCoder::match_constraint(const lexicon::DepConstraint& c, int verb, Binding& b,
                                  bool promises_cooperation) const {
  std::vector<int> cands;
  candidates(c.role, c.preposition, verb, cands);
  // A pattern that names the complement's act does not match it negated: "decided not to support the resolution"
  // is no intent to support. A pledge of any act ("xcomp:_") still is one ("promised not to use force"), and asking
  // or warning someone not to act is still asking ("urged Israel not to retaliate": the verb has an object).
  const bool own_act = (c.role == lexicon::DepRole::kXcomp || c.role == lexicon::DepRole::kCcomp) &&
                       !tree_.child(verb, "obj") && !tree_.child(verb, "iobj");
  const bool named_act = own_act && !c.filler.any;
  auto negated = [&](int w) {
    for (int k : tree_.children(w))
      if (tree_.rel(k) == "advmod" &&
          (tree_.lemma(k) == "not" || tree_.lemma(k) == "never" || tree_.word(k).form == "n't"))
        return true;
    return false;
  };
  for (int w : cands) {
    if (!filler_matches(c.filler, w)) continue;
    if (named_act && tree_.upos(w) == "VERB" && negated(w)) continue;
    // Only the governor's own act ("vowed to fight"), with no subject of its own: "demanded that the police chief be
    // fired" demands a dismissal that, done at home, codes nothing. A promise not to do it is one still ("promised
    // not to use force").
    const bool own_verb = tree_.upos(w) == "VERB" && !tree_.child(w, "nsubj") && !tree_.child(w, "nsubj:pass");
    const bool judge_promise = promises_cooperation && own_act && !negated(w);
    if (own_verb && (named_act || judge_promise)) {
      const OwnAct act = complement_own_act(w);
      if (named_act && codes_nothing(act)) continue;
      if (judge_promise && is_hostile(act, named_act)) continue;
    }
    if (c.filler.slot == lexicon::Slot::kNone) return true;
    std::vector<const Mention*> actors;
    actors_at(w, actors);
    drop_joined_past_relative(verb, w, actors);
    if (actors.size() < 2 && c.filler.slot == lexicon::Slot::kCompound) {
      std::vector<const Mention*> sides;
      border_sides(verb, w, sides);
      if (!sides.empty()) actors = sides;
    }
    if (actors.empty()) continue;
    // "%" asks for a compound actor ("Russia and Ukraine met"): one actor alone fails, so later patterns get a try.
    if (c.filler.slot == lexicon::Slot::kCompound && actors.size() < 2) continue;
    if (c.filler.slot == lexicon::Slot::kSource) b.source = actors;
    else if (c.filler.slot == lexicon::Slot::kTarget) b.target = actors;
    else {
      b.source = actors;
      b.compound = true;
    }
    return true;
  }
  return false;
}

EventCoder::OwnAct EventCoder::complement_own_act(int w) const {
  const lexicon::Dictionaries& d = lex_.dicts();
  const uint32_t id = keys_.lemmas[w - 1];
  if (id == kUnknownWord) return {};
  for (uint32_t vi : lex_.verbs_for(id)) {
    const lexicon::Verb& v = d.verbs[vi];
    const lexicon::VerbGroup& g = d.groups[v.group];
    if (g.format != lexicon::DictFormat::kVigil || g.noun || v.words.size() != 1) continue;
    for (uint32_t pi : lex_.patterns_of(v.group)) {
      const lexicon::VerbPattern& p = d.patterns[pi];
      Binding b;
      if (!match_pattern(p, w, b, nullptr)) continue;
      OwnAct act{p.codes.code};
      for (const lexicon::DepConstraint& c : p.constraints) {
        act.constrained = act.constrained || !c.filler.any;
        act.named = act.named || !c.filler.lemmas.empty() || !c.filler.synset_names.empty();
      }
      return act;
    }
  }
  // No pattern matches: the verb's own code ("boycott" is 143 whatever is boycotted).
  for (uint32_t vi : lex_.verbs_for(id)) {
    const lexicon::Verb& v = d.verbs[vi];
    const lexicon::VerbGroup& g = d.groups[v.group];
    if (g.format == lexicon::DictFormat::kVigil && !g.noun && v.words.size() == 1) return {g.code.code};
  }
  return {};
}

bool EventCoder::codes_nothing(const OwnAct& act) {
  // Only a pattern that constrains what is acted on: "obj:_ => ---" says the words are unknown, not harmless.
  return act.constrained && act.code == "---";
}

bool EventCoder::is_hostile(const OwnAct& act, bool governor_names_act) {
  if (governor_names_act && !act.named) return false;
  const lexicon::CameoCode* code = lexicon::find_cameo(act.code);
  if (!code) return false;
  // Investigating, demanding and force posture are conflict codes a government also promises as its duty:
  // "offered to question him", "pledged to increase border security" stay intents.
  const int root = code->root_number();
  if (root == 9 || root == 10 || root == 15) return false;
  return code->quad_class() == lexicon::QuadClass::kVerbalConflict ||
         code->quad_class() == lexicon::QuadClass::kMaterialConflict;
}

int EventCoder::element_match(const lexicon::LinearElement& e, int pos, Binding& b, bool backward) const {
  const int n = tree_.size();
  if (pos < 1 || pos > n) return 0;
  switch (e.kind) {
    case lexicon::LinearKind::kWord: {
      const uint32_t id = e.word_id;
      // PETRARCH matches a pattern's words as written: "- * RESOLUTION" is not "adopt a set of resolutions".
      return id != kUnknownWord && keys_.forms[pos - 1] == id ? 1 : 0;
    }
    case lexicon::LinearKind::kSynset:
    case lexicon::LinearKind::kAlternatives: {
      uint32_t s = e.synset != kNone ? e.synset : lex_.dicts().find_synset(e.word);
      if (s == kNone) return 0;
      for (int len = 4; len >= 1; --len) {
        int start = backward ? pos - len + 1 : pos;
        if (start < 1 || start + len - 1 > n) continue;
        if (lex_.in_synset(s, std::span<const uint32_t>(keys_.forms).subspan(start - 1, len))) return len;
      }
      return 0;
    }
    case lexicon::LinearKind::kSource:
    case lexicon::LinearKind::kTarget:
    case lexicon::LinearKind::kCompound: {
      int m = backward ? mention_by_last_[pos] : mention_by_first_[pos];
      if (!m) return 0;
      const Mention& men = sentence_mentions_[m - 1];
      // The whole coordination the actor stands in, whichever of its members the pattern reached: moving backwards
      // from the verb it meets the last one first ("The Philippines and France agree").
      int first = men.head;
      while (tree_.rel(first) == "conj" && tree_.head(first) > 0 && mention_by_head_[tree_.head(first)])
        first = tree_.head(first);
      std::vector<const Mention*> actors{first == men.head ? &men : &sentence_mentions_[mention_by_head_[first] - 1]};
      for (int c : tree_.children(first))
        if (tree_.rel(c) == "conj" && mention_by_head_[c]) actors.push_back(&sentence_mentions_[mention_by_head_[c] - 1]);
      if (e.kind == lexicon::LinearKind::kSource) b.source = actors;
      else if (e.kind == lexicon::LinearKind::kTarget) b.target = actors;
      else {
        b.source = actors;
        b.compound = true;
        b.compound_after = !backward;
      }
      return men.last - men.first + 1;
    }
    case lexicon::LinearKind::kSkipPhrase: {
      // A noun phrase: moving backwards, the word and the words of its subtree before it; forwards, see
      // noun_phrase_end_from.
      if (!backward) return noun_phrase_end_from(pos) - pos + 1;
      return pos - tree_.subtree_range(pos).first + 1;
    }
    case lexicon::LinearKind::kVerb: return 0;
  }
  return 0;
}

// PETRARCH reads ^ on a Treebank parse, where a noun phrase opening at a preposition or determiner is that
// phrase's base NP: "with the parliament" in "with the parliament of X", "their people" in "their people about X".
// So the phrase runs from `pos` to the end of the nominal it stands before (climbing from a preposition, determiner
// or modifier to the noun it hangs on to its right), that noun's words on the right included up to the first
// prepositional phrase or clause that modifies it. A word that opens no nominal keeps its whole subtree.
int EventCoder::noun_phrase_end_from(int pos) const {
  int top = pos;
  while (tree_.head(top) > top && is_nominal(tree_.word(tree_.head(top)))) top = tree_.head(top);
  if (!is_nominal(tree_.word(top))) return tree_.subtree_range(pos).second;
  int end = top;
  for (int c : tree_.children(top)) {
    if (c < top) continue;
    std::string_view rel = tree_.base_rel(c);
    bool post_modifier = tree_.child(c, "case") || rel == "acl" || rel == "appos" || rel == "punct" ||
                         rel == "parataxis" || rel == "advcl";
    if (post_modifier) break;
    end = std::max(end, tree_.subtree_range(c).second);
  }
  return std::max(end, pos);
}

int EventCoder::first_phrase_after(int verb) const {
  for (int c : tree_.children(verb)) {
    std::string_view r = tree_.base_rel(c);
    std::string_view u = tree_.upos(c);
    // An object or a prepositional phrase ("on Saturday"); not a bare time word ("today").
    if (c > verb && (r == "obj" || (r == "obl" && tree_.child(c, "case"))) && (u == "NOUN" || u == "PROPN")) return c;
  }
  return bare_noun_after(verb);
}

bool EventCoder::match_upper(const lexicon::VerbPattern& p, size_t e, int pos, bool adjacent, int limit,
                             Binding& b) const {
  if (e >= p.elements.size()) return true;
  const lexicon::LinearElement& el = p.elements[e];
  for (int at = pos; at <= limit; ++at) {
    Binding trial = b;
    int len = element_match(el, at, trial, false);
    if (len > 0 && match_upper(p, e + 1, at + len, el.adjacent_next, limit, trial)) {
      b = trial;
      return true;
    }
    if (adjacent) break;
  }
  return false;
}

bool EventCoder::match_lower(const lexicon::VerbPattern& p, int e, int pos, bool adjacent, Binding& b) const {
  if (e < 0) return true;
  const lexicon::LinearElement& el = p.elements[e];
  for (int at = pos; at >= 1; --at) {
    Binding trial = b;
    int len = element_match(el, at, trial, true);
    bool next_adjacent = e > 0 && p.elements[e - 1].adjacent_next;
    if (len > 0 && match_lower(p, e - 1, at - len, next_adjacent, trial)) {
      b = trial;
      return true;
    }
    if (adjacent) break;
  }
  return false;
}

bool EventCoder::match_linear(const lexicon::VerbPattern& p, int verb, Binding& b) const {
  const int vi = static_cast<int>(p.verb_index);
  const int limit = tree_.size();
  bool upper_adjacent = p.elements[vi].adjacent_next;
  if (!match_upper(p, vi + 1, verb + 1, upper_adjacent, limit, b)) return false;
  bool lower_adjacent = vi > 0 && p.elements[vi - 1].adjacent_next;
  return match_lower(p, vi - 1, verb - 1, lower_adjacent, b);
}

bool EventCoder::match_pattern(const lexicon::VerbPattern& p, int verb, Binding& b, std::string* why) const {
  if (p.syntax != lexicon::PatternSyntax::kDependency) {
    bool ok = match_linear(p, verb, b);
    if (why) *why = ok ? "matched" : "the words of \"" + p.text + "\" are not found around the verb";
    return ok;
  }
  // match_constraint binds only when it matches, so no copy of the binding is needed per constraint. A negated
  // constraint that matches fails the whole pattern, whose binding the caller then drops.
  const bool promises_cooperation = p.codes.code.starts_with("03");
  for (const lexicon::DepConstraint& c : p.constraints) {
    bool ok = match_constraint(c, verb, b, promises_cooperation);
    if (ok == c.negated) {
      if (why)
        *why = fmt::format("constraint {} of \"{}\" {}", &c - p.constraints.data() + 1, p.text,
                           c.negated ? "is present" : "is not met");
      return false;
    }
  }
  b.negation_in_code = p.requires_negation();
  if (why) *why = "matched";
  return true;
}

}  // namespace vigil::coding
