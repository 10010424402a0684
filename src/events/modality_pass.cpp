// The story-level pass: modality and attribution for each event, then the statements of the story that confirm,
// deny or leave unconfirmed an earlier event, then the quotes.
#include <algorithm>

#include <fmt/format.h>

#include "coding/word_kinds.h"
#include "events/cue_match.h"
#include "events/document_coder.h"
#include "events/modality.h"
#include "events/story_view.h"

namespace vigil::events {

struct ModalityPass::CueStart {
  std::string text;
  bool whole;  // the word must equal text, not just begin with it
};

namespace {

using coding::is_quote_mark;
using lexicon::CueClass;
using coding::DependencyView;

bool is_parsed(const Sentence& s) { return !s.words.empty() && s.words.front().head >= 0; }

// The beginnings of the words that may start a confirmation or a denial: each cue's first word, its stem when longer
// than three letters ("deny" -> "den": denied, denies; "confirm": confirmed), whole when shorter ("lie" -> "li"
// would be too short).
using CueStart = ModalityPass::CueStart;

std::vector<CueStart> confirmation_starts(const lexicon::CueLexicon& cues) {
  std::vector<CueStart> starts;
  for (CueClass c : {CueClass::confirm, CueClass::deny, CueClass::deny_report, CueClass::no_comment})
    for (const lexicon::Cue& cue : cues.cues(c)) {
      const std::string& word = cue.words.front();
      std::string_view x = word;
      if (x.size() > 3 && (x.back() == 'y' || x.back() == 'e')) x.remove_suffix(1);
      starts.push_back(word.size() <= 3 ? CueStart{word, true} : CueStart{std::string(x), false});
    }
  return starts;
}

// A cheap look at unparsed words: could the sentence hold a confirmation or a denial? (Forms, not lemmas: the word
// must start like a cue.)
bool may_confirm(const Sentence& s, const std::vector<CueStart>& starts) {
  std::string f;  // reused: runs over every sentence of every coded story
  for (const Word& w : s.words) {
    lexicon::fold_into(w.form, f);
    for (const CueStart& c : starts)
      if (c.whole ? f == c.text : f.starts_with(c.text)) return true;
  }
  return false;
}

// Whether a word the dictionaries know as an event verb or noun can name an act of CAMEO root `root`: "the strike"
// names a 19x attack, "the deployment" a 15x or 07x move.
bool names_act_of_root(const lexicon::Lexicon& lex, std::string_view lemma, std::string_view root) {
  uint32_t id = lex.words().find(lemma);
  for (uint32_t v : lex.verbs_for(id)) {
    const lexicon::VerbGroup& g = lex.dicts().groups[lex.dicts().verbs[v].group];
    // Only the group's own code: a multi-sense verb ("hold") names nothing by itself.
    if (g.code.code.size() >= 2 && g.code.code != "---" && g.code.code.substr(0, 2) == root) return true;
  }
  return false;
}

// Whether a word that denies only reports ("dismissed", "rejected", "baseless") stands on one: it governs a report or
// claim ("dismissed the report", "the claims were false", "dismissed them as speculation"), qualifies one ("baseless
// allegations", "a charge rejected by Tehran"), or is what the report is called ("dismissed the claims as false").
bool denies_a_report(const DependencyView& t, int w, const lexicon::CueLexicon& cues) {
  auto reference = [&](int x) { return !cue_word(t, x, CueClass::event_reference, cues).empty(); };
  auto governs_reference = [&](int x) {
    for (int c : t.children(x)) {
      std::string_view b = t.base_rel(c);
      if ((b == "obj" || b == "nsubj" || b == "nsubj:pass" || b == "obl" || b == "xcomp") && reference(c)) return true;
    }
    return false;
  };
  if (governs_reference(w)) return true;
  int h = t.head(w);
  if (h <= 0) return false;
  std::string_view r = t.base_rel(w);
  if ((r == "amod" || r == "acl") && reference(h)) return true;
  return (r == "xcomp" || r == "obl" || r == "advcl") && governs_reference(h);
}

size_t common_prefix(std::string_view a, std::string_view b) {
  size_t n = 0;
  while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
  return n;
}

}  // namespace

ModalityPass::ModalityPass(const lexicon::Lexicon& lex, const lexicon::CueLexicon& cues)
    : lex_(lex), cues_(cues), confirmation_starts_(confirmation_starts(cues)) {}
ModalityPass::~ModalityPass() = default;

ModalityPass::SentenceView& ModalityPass::view(Story& story, size_t i) {
  if (!views_[i]) {  // not seen in order: no pronoun history
    auto v = std::make_unique<SentenceView>(SentenceView{&story.parsed(i), story.tree(i), {}});
    coding::MentionFinder finder(lex_);
    finder.find(v->tree, story.keys(i), story.doc(), static_cast<int>(i), v->mentions);
    views_[i] = v.get();
    owned_.push_back(std::move(v));
  }
  return *views_[i];
}

void ModalityPass::run(Story& story, std::vector<coding::Event>& out, size_t first) {
  quotes_.clear();
  quote_speakers_.clear();
  cited_outlets_.clear();
  named_.clear();
  owned_.clear();
  views_.assign(story.size(), nullptr);
  if (first == out.size() && !quotes_wanted_) return;
  const Document& doc = story.doc();
  int year = 0;
  lexicon::Date date = lexicon::kNoDate;
  if (doc.published.size() >= 10) {
    year = std::atoi(doc.published.substr(0, 4).c_str());
    date = year * 10000 + std::atoi(doc.published.substr(5, 2).c_str()) * 100 + std::atoi(doc.published.substr(8, 2).c_str());
  }
  // The sentences to look at, in order (so pronouns find their antecedents): those the coder parsed, those with
  // events, those that may confirm or deny, those with quotes.
  const std::vector<CueStart>& starts = confirmation_starts_;
  std::vector<bool> needed(story.size(), false);
  for (size_t i = first; i < out.size(); ++i)
    if (out[i].sentence >= 0 && static_cast<size_t>(out[i].sentence) < story.size()) needed[out[i].sentence] = true;
  for (size_t i = 0; i < story.size(); ++i) {
    const Sentence& s = story.tokens(i);
    if (is_parsed(s) || may_confirm(s, starts)) needed[i] = true;
    for (const Word& w : s.words) needed[i] = needed[i] || is_quote_mark(w.form);
  }
  if (first == out.size()) {
    bool any = false;
    for (size_t i = 0; i < story.size(); ++i) any = any || is_parsed(story.tokens(i));
    if (!any) return;  // nothing coded, nothing to say
  }
  coding::MentionFinder finder(lex_);
  finder.start_story(date);
  for (size_t i = 0; i < story.size(); ++i) {
    if (!needed[i]) continue;
    auto v = std::make_unique<SentenceView>(SentenceView{&story.parsed(i), story.tree(i), {}});
    finder.find(v->tree, story.keys(i), doc, static_cast<int>(i), v->mentions);
    views_[i] = v.get();
    owned_.push_back(std::move(v));
  }

  // The story's voice: a lead that a later sentence credits to a cited outlet ("..., Global News reports"; "The
  // outlet's sources explained ...") takes that outlet and its sources.
  std::vector<coding::AttributionLink> voice;
  size_t voice_sentence = story.size();
  for (size_t i = 1; i < story.size() && i <= 3 && voice.empty(); ++i) {
    if (!views_[i]) continue;
    const DependencyView& t = views_[i]->tree;
    for (int w = 1; w <= t.size() && voice.empty(); ++w) {
      if (cue_word(t, w, CueClass::speech, cues_).empty()) continue;
      int subj = t.child(w, "nsubj");
      // "..., Global News reports": a bare credit with nothing of its own to say.
      if (!subj || t.child(w, "obj") || t.child(w, "xcomp")) continue;
      coding::AttributionLink l = link_for(story, i, subj, nullptr);
      if (l.kind != "outlet" || (!doc.outlet.empty() && l.name == doc.outlet)) continue;
      voice.push_back(l);
      voice_sentence = i;
      cited_outlets_.push_back(l);
    }
    int lo = 0, hi = 0, head = 0;
    if (voice.empty() && trailing_credit(t, 0, lo, hi, head)) {  // the same, parsed as a noun ("reports")
      coding::AttributionLink l = link_range(story, i, lo, hi, head, nullptr);
      if (l.kind == "outlet" && (doc.outlet.empty() || l.name != doc.outlet)) {
        voice.push_back(l);
        voice_sentence = i;
        cited_outlets_.push_back(l);
      }
    }
  }
  if (!voice.empty() && voice_sentence + 1 < story.size() && views_[voice_sentence + 1]) {
    const DependencyView& t = views_[voice_sentence + 1]->tree;
    for (int w = 1; w <= t.size(); ++w) {
      if (cue_word(t, w, CueClass::speech, cues_).empty()) continue;
      int subj = t.child(w, "nsubj");
      int poss = subj ? t.child(subj, "nmod:poss") : 0;
      if (!poss || cue_word(t, poss, CueClass::outlet_word, cues_).empty()) continue;
      coding::AttributionLink l = link_for(story, voice_sentence + 1, subj, nullptr);
      if (l.kind == "anonymous" || l.kind == "named" || l.kind == "official") {
        voice.push_back(l);
        break;
      }
    }
  }

  find_quotes(story);
  for (size_t i = first; i < out.size(); ++i) {
    coding::Event& e = out[i];
    if (e.sentence < 0 || static_cast<size_t>(e.sentence) >= story.size()) continue;
    SentenceView& sv = view(story, e.sentence);
    const DependencyView& t = sv.tree;
    if (e.verb_word < 1 || e.verb_word > t.size()) continue;
    std::string why;
    // "did not comment" (011), "did not rule out force" (138): the pattern's "not" is part of the code.
    e.modality = event_modality(t, e.verb_word, cues_, year, why, e.negation_in_code);
    e.modality_reason = why;
    std::string awhy;
    std::vector<coding::AttributionLink> links = sources_of(story, e.sentence, e.verb_word, &e, awhy);
    std::vector<coding::AttributionLink> chain;
    if (!doc.outlet.empty()) chain.push_back(coding::AttributionLink{"outlet", doc.outlet, "", std::nullopt});
    if (links.empty() && !voice.empty() && static_cast<size_t>(e.sentence) < voice_sentence) {
      links = voice;
      awhy = fmt::format("the story's lead, credited in sentence {} to {}", voice_sentence, voice.front().name);
    }
    // An act inside a quotation stands on the word of the one quoted.
    if (links.empty())
      for (size_t q = 0; q < quotes_.size(); ++q) {
        const Quote& qt = quotes_[q];
        if (!qt.speaker || e.evidence.verb_span.begin < qt.span.begin || e.evidence.verb_span.end > qt.span.end) continue;
        auto [qs, node] = quote_speakers_[q];
        links.push_back(link_for(story, qs, node, &e));
        links.back().name = qt.speaker->name;
        awhy = "inside the quote of " + qt.speaker->name;
        break;
      }
    for (const auto& l : links)
      if (doc.outlet.empty() || l.name != doc.outlet) chain.push_back(l);
    // The actor's own quoted words ("Russia called these recommendations \"...\""): the actor is its own source.
    bool quoted = false;
    {
      auto [lo, hi] = t.subtree_range(e.verb_word);
      (void)lo;
      for (int w = e.verb_word + 1; w <= hi; ++w) quoted = quoted || is_quote_mark(t.word(w).form);
    }
    if (quoted && (chain.empty() || chain.back().kind != "self")) {
      std::string name = e.source.text;
      for (const Quote& qt : quotes_)  // "He stressed ...": the name the quote's speaker was given before
        if (qt.speaker && qt.sentence == e.sentence && qt.speaker->code == e.source.code) name = qt.speaker->name;
      chain.push_back(coding::AttributionLink{"self", name, e.source.code, e.source.span});
      awhy += (awhy.empty() ? "" : "; ") + std::string("the actor's own quoted words");
    }
    e.attribution = chain;
    e.attribution_reason = awhy.empty() ? (doc.outlet.empty() ? "no source given" : "the outlet's own voice") : awhy;
    e.confirmation = "reported";
    e.confirmation_reason.clear();
  }
  confirmations(story, out, first);
  // An actor that later reports the same kind of act in its own voice ("Russia's defence ministry said its forces
  // had carried out a massive strike") acknowledges what an earlier sentence reported on another's word.
  for (size_t i = first; i < out.size(); ++i) {
    coding::Event& later = out[i];
    if (!later.attribution || later.attribution->empty() || later.attribution->back().kind != "self") continue;
    for (size_t j = first; j < out.size(); ++j) {
      coding::Event& e = out[j];
      if (e.sentence >= later.sentence || e.cameo.substr(0, 2) != later.cameo.substr(0, 2)) continue;
      if (e.source.country.empty() || e.source.country != later.source.country) continue;
      if (!e.attribution || e.attribution->empty() || e.attribution->back().kind == "self") continue;
      if (e.attribution->back().kind == "outlet" && doc.outlet == e.attribution->back().name) continue;
      if (e.confirmation.value_or("reported") != "reported" || later.modality != "asserted") continue;
      e.confirmation = "confirmed";
      e.confirmation_reason = fmt::format("sentence {}: {} reports its own \"{}\"", later.sentence,
                                          later.attribution->back().name, later.evidence.verb);
    }
  }
}

void ModalityPass::confirmations(Story& story, std::vector<coding::Event>& out, size_t first) {
  for (size_t si = 0; si < story.size(); ++si) {
    if (!views_[si]) continue;
    SentenceView& sv = *views_[si];
    const DependencyView& t = sv.tree;
    bool neither = false;
    for (int w = 1; w <= t.size(); ++w) neither = neither || word_is(t, w, "neither");
    constexpr uint32_t statements = lexicon::CueLexicon::bit(CueClass::confirm) |
                                    lexicon::CueLexicon::bit(CueClass::deny) |
                                    lexicon::CueLexicon::bit(CueClass::deny_report) |
                                    lexicon::CueLexicon::bit(CueClass::no_comment);
    for (int w = 1; w <= t.size(); ++w) {
      // Most words begin or end no cue of a statement: one lookup each for the lemma and the form passes them by.
      if (!((cues_.classes_with_end_word(t.folded_lemma(w)) | cues_.classes_with_end_word(t.folded_form(w))) &
            statements))
        continue;
      bool confirm = !cue_word(t, w, CueClass::confirm, cues_).empty();
      bool deny = !confirm && (!cue_word(t, w, CueClass::deny, cues_).empty() ||
                               (!cue_word(t, w, CueClass::deny_report, cues_).empty() && denies_a_report(t, w, cues_)));
      bool no_comment = !cue_word(t, w, CueClass::no_comment, cues_).empty();
      // "was denied a visa", "denied him entry": a refusal to give, not a denial that something happened.
      if (deny && (t.child(w, "iobj") || ((t.child(w, "nsubj:pass") || t.child(w, "aux:pass")) && t.child(w, "obj"))))
        deny = false;
      if (!confirm && !deny && !no_comment) continue;
      // Is the statement negated? "have not confirmed", "declined to comment", "neither confirmed nor denied",
      // "gave no evidence".
      std::string neg;
      for (int c : t.children(w)) {
        std::string_view r = t.rel(c);
        if ((r == "advmod" || r == "neg" || r == "det") && !cue_word(t, c, CueClass::negation, cues_).empty()) neg = t.word(c).form;
        if (r == "det" && word_is(t, c, "no")) neg = "no";
        if (r == "cc" && word_is(t, c, "nor")) neg = "nor";
      }
      int gov = t.head(w);
      if (neg.empty() && gov > 0 && t.base_rel(w) == "xcomp" && !cue_word(t, gov, CueClass::negating_governor, cues_).empty())
        neg = t.word(gov).form;
      if (neg.empty() && gov > 0 && t.base_rel(w) == "obj")
        for (int c : t.children(gov))
          if (t.rel(c) == "advmod" && !cue_word(t, c, CueClass::negation, cues_).empty()) neg = t.word(c).form;
      if (neg.empty() && neither && (confirm || deny)) neg = "neither";
      std::string status;
      if (!neg.empty()) {
        if (confirm || no_comment || deny) status = "unconfirmed";
      } else if (confirm && t.upos(w) == "VERB") {
        status = "confirmed";
      } else if (deny) {
        status = "denied";
      }
      if (status.empty()) continue;
      // "rejected the demand", "backed the proposal": a stand on a proposal, not a word on whether a reported act
      // happened.
      bool on_proposal = false;
      for (int c : t.children(w))
        if ((t.base_rel(c) == "obj" || t.base_rel(c) == "nsubj:pass") && !cue_word(t, c, CueClass::proposal, cues_).empty())
          on_proposal = true;
      if (on_proposal && !word_is(t, w, "confirm")) continue;  // "confirmed the plan" still confirms it
      // The statement's verb and who made it.
      int verb = w;
      while (verb > 0 && t.upos(verb) != "VERB" && t.head(verb) > 0) verb = t.head(verb);
      if (t.base_rel(verb) == "xcomp" && t.head(verb) > 0) verb = t.head(verb);
      int subj = 0;
      for (int c : t.children(verb))
        if (t.rel(c) == "nsubj") subj = c;
      if (!subj && (t.rel(verb) == "acl:relcl")) subj = t.head(verb);  // "Israel, which declined to comment"
      // "Lavrov said ... and denied that ...": a conjunct shares its first conjunct's subject.
      for (int h = verb; !subj && t.rel(h) == "conj" && t.head(h) > 0;) {
        h = t.head(h);
        subj = t.child(h, "nsubj");
      }
      // "Defence Minister Jan Berg, however, denied ...", parsed as a clause hung beside the name: the name before it
      // is its subject (only the words before the verb).
      int subj_end = subj ? t.subtree_range(subj).second : 0;
      if (!subj && t.rel(verb) == "parataxis" && t.head(verb) > 0 && t.head(verb) < verb &&
          (t.upos(t.head(verb)) == "PROPN" || t.upos(t.head(verb)) == "NOUN")) {
        subj = t.head(verb);
        subj_end = verb - 1;
      }
      const coding::Mention* stater = subj ? sv.mention_in(subj, t.subtree_range(subj).first, subj_end) : nullptr;
      if (!stater && subj)
        for (int c : t.children(subj))
          if (t.rel(c) == "conj" && !stater) stater = sv.mention_in(c, c, c);
      // What the statement is about: its object, the noun of its clause, or the clause's subject.
      std::vector<std::string> about;  // folded lemmas
      std::string about_country;
      bool reference = false;
      bool reference_content = false;  // "the rape allegation", "reports that Kim will travel": says which act
      bool accused = false;            // "denied the charges", "denies any role in": an act of the denier's own
      bool names_content = false;      // "denied any link to ...": a denial that says what is denied
      for (int c : t.children(w)) {
        std::string_view b = t.base_rel(c);
        // "The report is false": a predicate of denial speaks of its subject.
        bool predicate_subject = b == "nsubj" && t.upos(w) != "VERB";
        if (b == "obj" || b == "obl" || b == "nsubj:pass" || b == "ccomp" || b == "nmod" || predicate_subject) {
          about.push_back(t.folded_lemma(c));
          bool ref = !cue_word(t, c, CueClass::event_reference, cues_).empty();
          reference = reference || ref;
          accused = accused || (status == "denied" && !cue_word(t, c, CueClass::accusation_reference, cues_).empty());
          names_content = names_content || (status == "denied" && b == "obj" && !ref && t.upos(c) != "PRON");
          for (int g : t.children(c)) {
            std::string_view gb = t.base_rel(g);
            if (gb == "nsubj" || gb == "nsubj:pass" || gb == "nmod" || gb == "obl") {
              about.push_back(t.folded_lemma(g));
              auto [lo, hi] = t.subtree_range(g);
              if (const coding::Mention* m = sv.mention_in(g, lo, hi); m && about_country.empty())
                about_country = m->ref.country;
            }
            // What the report says happened: "the rape allegation", "allegations of corruption", "reports that
            // Kim will travel"; not "the claim as false", nor a word that itself only points back ("its role in
            // the attack", "any suggestion that it was involved").
            bool as = t.child(g, "case") > 0 && word_is(t, t.child(g, "case"), "as");
            std::string_view gr = t.rel(g);
            if (ref && (gr == "compound" || gr == "nmod" || gb == "acl" || gb == "ccomp") && !as &&
                cue_word(t, g, CueClass::event_reference, cues_).empty()) {
              about.push_back(t.folded_lemma(g));
              reference_content = true;
            }
          }
        }
      }
      // A confirmation, a refusal to comment, or a denial of a report that names nothing of its own ("denied the
      // report", "denied it") may speak of whatever act the story reported last; a denial that names something
      // ("dismissed the committee", "denied the rape allegation") links only through the act or actors it names.
      const bool bare = (reference && !reference_content) || no_comment;
      // Score the story's earlier events.
      int best = 0;
      std::vector<std::pair<size_t, int>> scored;
      for (size_t i = first; i < out.size(); ++i) {
        coding::Event& e = out[i];
        if (static_cast<size_t>(e.sentence) > si) continue;
        if (static_cast<size_t>(e.sentence) == si) {
          if (e.verb_word == w || e.verb_word == verb) continue;
          bool object = t.head(e.verb_word) == w && t.base_rel(e.verb_word) == "obj";
          // "..., which Moscow denied": a relative clause speaks of the clause it hangs from.
          bool relative = t.rel(verb) == "acl:relcl" && t.dominates(e.verb_word, verb);
          // "Tehran has denied supplying drones", "has not confirmed reports that Kim will travel": the act
          // written inside the statement.
          bool inside = status != "confirmed" && t.dominates(w, e.verb_word);
          if (!object && !relative && !inside && (t.dominates(verb, e.verb_word) || t.dominates(e.verb_word, verb)))
            continue;
        }
        // A statement (a denial, an accusation, an appeal) is not itself what a later statement confirms or denies.
        std::string root = e.cameo.substr(0, 2);
        if (root == "01" || root == "02" || root == "10" || root == "11" || root == "12" || root == "13") continue;
        int score = 0;
        bool act = static_cast<size_t>(e.sentence) == si && status != "confirmed" && t.dominates(w, e.verb_word);
        if (act) score += 3;
        const std::string& el = view(story, e.sentence).tree.folded_lemma(e.verb_word);
        for (const std::string& a : about)
          if (common_prefix(a, el) >= 4 || (a == el && !a.empty()) || names_act_of_root(lex_, a, root)) {
            score += 3;
            act = true;
          }
        if (reference) score += 1;
        bool party = stater && !stater->ref.country.empty() &&
                     (stater->ref.country == e.source.country || (e.target && stater->ref.country == e.target->country));
        if (party) score += 2;
        if (!about_country.empty() && about_country == e.source.country) score += 2;
        // A report that names an act of its own ("the rape allegation") speaks of that act only, and a named party
        // with no part in the act speaks of something else ("Chile denied the rumours").
        if (!act && (reference_content || names_content || (stater && !stater->ref.country.empty() && !party))) continue;
        // One who denies the charges denies having done an act: unless the denial names the act ("any role in the
        // strike"), only an act of the denier's own, not a probe of it ("opened a probe against the general ... He
        // denied the allegations"). A denier the dictionaries do not know is the doer when named by the same noun
        // ("Seven soldiers were acquitted ... the soldiers denied the allegations").
        if (accused && !act && (!stater || stater->ref.country.empty() || stater->ref.country != e.source.country)) {
          bool same_noun = subj && t.upos(subj) == "NOUN" && e.source.head > 0 && e.source.sentence >= 0 &&
                           view(story, e.source.sentence).tree.folded_lemma(e.source.head) == t.folded_lemma(subj);
          if (!same_noun) continue;
        }
        if (score > 0) scored.emplace_back(i, score);
        best = std::max(best, score);
      }
      int latest = -1;
      // A named party with no part in any of the events speaks of something else ("Chile denied the rumours").
      bool outsider = stater && !stater->ref.country.empty();
      if (best == 0 && !outsider && bare && !accused) {
        // Nothing links the statement to an event by actor or noun ("The deputy defence minister later confirmed
        // the gains", "The Ministry of Defence declined to comment"): it speaks of the story's latest reported act
        // before it.
        for (size_t i = first; i < out.size(); ++i) {
          const coding::Event& e = out[i];
          std::string root = e.cameo.substr(0, 2);
          if (static_cast<size_t>(e.sentence) >= si || root == "01" || root == "02" || root == "10" ||
              root == "11" || root == "12" || root == "13")
            continue;
          latest = std::max(latest, e.sentence);
        }
        if (latest < 0) continue;
        best = 1;
        scored.clear();
        for (size_t i = first; i < out.size(); ++i) {
          std::string root = out[i].cameo.substr(0, 2);
          if (out[i].sentence == latest && root != "01" && root != "02" && root != "10" && root != "11" &&
              root != "12" && root != "13")
            scored.emplace_back(i, 1);
        }
      }
      if (best == 0) continue;
      // The best-scoring events, of the latest sentence that has one.
      for (auto [i, s] : scored)
        if (s == best) latest = std::max(latest, out[i].sentence);
      for (auto [i, s] : scored) {
        coding::Event& e = out[i];
        if (s != best || e.sentence != latest) continue;
        const std::string cur = e.confirmation.value_or("reported");
        if (status == "unconfirmed" && (cur == "confirmed" || cur == "denied")) continue;
        e.confirmation = status;
        std::string who = subj ? np_text(story.doc(), t, t.subtree_range(subj).first, subj_end) : "";
        e.confirmation_reason = fmt::format("sentence {}: {}{}{} {}", si, who, who.empty() ? "" : " ",
                                            neg.empty() ? "" : neg + " ...", t.word(w).form);
      }
    }
  }
}

void ModalityPass::find_quotes(Story& story) {
  const Document& doc = story.doc();
  // Quote marks of the whole story, in order (a quote may run over several sentences).
  std::vector<std::pair<size_t, int>> marks;
  for (size_t si = 0; si < story.size(); ++si) {
    const Sentence& s = story.tokens(si);
    for (size_t w = 0; w < s.words.size(); ++w)
      if (is_quote_mark(s.words[w].form)) marks.emplace_back(si, static_cast<int>(w) + 1);
  }
  auto speech = [&](const DependencyView& t, int w) { return !cue_word(t, w, CueClass::speech, cues_).empty(); };
  for (size_t k = 0; k + 1 < marks.size(); k += 2) {
    auto [os, ow] = marks[k];
    auto [cs, cw] = marks[k + 1];
    const Sentence& first_s = story.tokens(os);
    const Sentence& last_s = story.tokens(cs);
    // The quoted words: after the opening mark, before the closing one.
    if (os == cs && cw - ow < 2) continue;
    Span begin = ow < static_cast<int>(first_s.words.size()) ? first_s.words[ow].span : first_s.words[ow - 1].span;
    Span end = cw >= 2 ? last_s.words[cw - 2].span : last_s.words[cw - 1].span;
    if (end.end <= begin.begin) continue;
    Quote q;
    q.doc = doc.id;
    q.sentence = static_cast<int>(cs);
    q.span = Span{begin.begin, end.end};
    q.text = doc.text.substr(q.span.begin, q.span.end - q.span.begin);
    int speaker = 0;
    size_t speaker_sentence = cs;
    {
      // After the quote, in the sentence it ends in: "..., she said in a statement."
      const DependencyView& t = view(story, cs).tree;
      for (int w = cw + 1; w <= t.size() && !speaker; ++w)
        if (speech(t, w) && t.child(w, "nsubj")) speaker = t.child(w, "nsubj");
      // Inside one sentence: a verb of speech above the quote, else the nearest verb above it with an actor subject
      // ("Russia called these recommendations \"...\"").
      if (!speaker && os == cs) {
        int top = ow + 1;
        for (int w = ow + 1; w < cw; ++w)
          if (t.head(w) < ow + 1 || t.head(w) >= cw) top = w;
        int fallback = 0;
        for (int v = t.head(top), steps = 0; v > 0 && steps < 8 && !speaker; v = t.head(v), ++steps) {
          int subj = t.child(v, "nsubj");
          if (subj && speech(t, v)) speaker = subj;
          else if (subj && !fallback && view(story, cs).mention_in(subj, subj, subj)) fallback = subj;
        }
        if (!speaker) speaker = fallback;
      }
    }
    if (!speaker) {
      // Before the quote, in the sentence it starts in: "She said: \"...".
      const DependencyView& t = view(story, os).tree;
      for (int w = 1; w < ow && !speaker; ++w)
        if (speech(t, w) && t.child(w, "nsubj")) {
          speaker = t.child(w, "nsubj");
          speaker_sentence = os;
        }
    }
    if (speaker) q.speaker = link_for(story, speaker_sentence, speaker, nullptr);
    quotes_.push_back(std::move(q));
    quote_speakers_.emplace_back(speaker_sentence, speaker);
  }
}

}  // namespace vigil::events
