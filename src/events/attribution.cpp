// The attribution chain of an event: the verbs of speech that report its clause ("X said", "X told the Evening
// Courier", "according to X", "citing X"), each speaker classed as outlet, official, anonymous, named or self.
#include <algorithm>

#include "events/document_coder.h"
#include "events/cue_match.h"
#include "events/modality.h"
#include "events/story_view.h"

namespace vigil::events {
namespace {

using lexicon::CueClass;
using coding::DependencyView;

bool state_like(const coding::ActorRef& a) {
  if (a.sectors.empty()) return !a.country.empty();
  for (const std::string& s : a.sectors)
    if (s == "GOV" || s == "MIL" || s == "COP" || s == "SPY" || s == "JUD" || s == "LEG") return true;
  return false;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

std::string np_text(const Document& doc, const DependencyView& t, int lo, int hi) {
  while (lo < hi && t.upos(lo) == "PUNCT") ++lo;
  while (hi > lo && t.upos(hi) == "PUNCT") --hi;
  Span a = t.word(lo).span, b = t.word(hi).span;
  if (b.end <= a.begin || b.end > doc.text.size()) return t.word(lo).form;
  return doc.text.substr(a.begin, b.end - a.begin);
}

coding::AttributionLink ModalityPass::link_for(Story& story, size_t sentence, int np, const coding::Event* e) {
  SentenceView& sv = view(story, sentence);
  const DependencyView& t = sv.tree;
  // "An investigation by the Evening Courier", "satellite images published by a private company", "a blog post by
  // the journalist": the one who made the report is the source.
  for (int depth = 0; depth < 2; ++depth) {
    int by = 0;
    for (int c : t.children(np)) {
      std::string_view b = t.base_rel(c);
      if (b == "nmod" || b == "obl") {
        int cs = t.child(c, "case");
        if (cs && word_is(t, cs, "by")) by = c;
      }
      if (b == "acl" && !by)
        for (int g : t.children(c))
          if (t.base_rel(g) == "obl" && t.child(g, "case") && word_is(t, t.child(g, "case"), "by")) by = g;
    }
    if (!by) break;
    std::string by_text = lower(np_text(story.doc(), t, t.subtree_range(by).first, t.subtree_range(by).second));
    if (by_text.find("by the newspaper") == 0 || by_text == "by the outlet") break;  // the story's own outlet
    np = by;
  }
  auto [lo, hi] = t.subtree_range(np);
  // Leave out the case marker of a by-phrase or an according-to phrase, and a participle naming the story's own
  // outlet ("a letter seen by the newspaper").
  while (lo < np && ((t.head(lo) == np && t.rel(lo) == "case") || t.rel(lo) == "fixed" || t.rel(lo) == "punct")) ++lo;
  for (int c : t.children(np)) {
    if (c < np || t.base_rel(c) != "acl") continue;
    auto [alo, ahi] = t.subtree_range(c);
    std::string a = lower(np_text(story.doc(), t, alo, ahi));
    if (a.find("by the newspaper") != std::string::npos || a.find("by the outlet") != std::string::npos) hi = alo - 1;
  }
  return link_range(story, sentence, lo, hi, np, e);
}

coding::AttributionLink ModalityPass::link_range(Story& story, size_t sentence, int lo, int hi, int np,
                                                 const coding::Event* e) {
  SentenceView& sv = view(story, sentence);
  const DependencyView& t = sv.tree;
  coding::AttributionLink link;
  link.name = np_text(story.doc(), t, lo, hi);
  link.span = Span{t.word(lo).span.begin, t.word(hi).span.end};
  const coding::Mention* m = sv.mention_in(np, lo, hi);
  coding::ActorRef ref;
  if (m) {
    ref = m->ref;
    if (ref.code.rfind("---", 0) != 0) link.code = ref.code;
    if (m->kind == coding::MentionKind::pronoun) {
      // "She said": the name the story gave her, as a source or else as an actor.
      bool found = false;
      for (auto it = named_.rbegin(); it != named_.rend() && !found; ++it)
        if (it->code == ref.code) {
          link.name = it->name;
          found = true;
        }
      for (size_t i = sentence + 1; i-- > 0 && !found;) {
        if (!views_[i]) continue;
        const auto& ms = views_[i]->mentions;
        for (auto it = ms.rbegin(); it != ms.rend() && !found; ++it)
          if (it->kind != coding::MentionKind::pronoun && it->kind != coding::MentionKind::adjective &&
              it->ref.code == ref.code && (i < sentence || it->last < np)) {
            link.name = it->ref.text;
            found = true;
          }
      }
    }
  }
  bool anonymous = false, outlet = false, official = false;
  bool statement = word_is(t, np, "statement") || word_is(t, np, "letter") || word_is(t, np, "communique");
  std::string possessor_outlet;
  int owner = t.child(np, "nmod:poss");
  for (int i = lo; i <= hi; ++i) {
    if (!cue_word(t, i, CueClass::anonymous_word, cues_).empty()) anonymous = true;
    // "The outlet's sources" are sources, not an outlet.
    if (!cue_word(t, i, CueClass::outlet_word, cues_).empty() && !(owner && t.dominates(owner, i))) outlet = true;
    if (!cue_word(t, i, CueClass::official_word, cues_).empty()) official = true;
  }
  // "a US official", "a senior Ukrainian commander", "a Western diplomat": one unnamed person.
  int det = t.child(np, "det");
  bool single_unnamed = false;
  if (det && (word_is(t, det, "a") || word_is(t, det, "an")) && t.upos(np) == "NOUN") {
    if (word_is(t, np, "official") || word_is(t, np, "commander") || word_is(t, np, "officer") ||
        word_is(t, np, "diplomat") || word_is(t, np, "source") || word_is(t, np, "insider"))
      anonymous = single_unnamed = true;
  }
  // "two officials said on condition of anonymity": the caller saw the marker on the verb.
  if (anonymity_hint_ && !outlet && (!m || ref.country.empty())) anonymous = single_unnamed = true;
  // A country adjective names the owner of an outlet or a body ("Chinese state media", "Polish officials"), not of
  // an association that merely bears it ("the Malian Association for Human Rights").
  if (m && m->kind == coding::MentionKind::adjective && !outlet && !official) {
    m = nullptr;
    ref = coding::ActorRef{};
    link.code.clear();
  }
  if (m && ref.has_sector("MED")) outlet = true;
  // A body that is not media is no outlet, whatever its name's words: "South Korea's spy agency", "a UN report".
  else if (m && m->kind != coding::MentionKind::adjective && !ref.code.empty() && ref.code.rfind("---", 0) != 0)
    outlet = false;
  // The state's own media speaking of its own state's act is the state itself.
  bool state_media = false;
  for (int i = lo; i <= hi; ++i) state_media = state_media || word_is(t, i, "state");
  bool self = false;
  if (e && m) {
    const coding::ActorRef& src = e->source;
    if (!ref.code.empty() && ref.code == src.code && !outlet) self = true;
    if (!ref.country.empty() && ref.country == src.country && state_like(src) &&
        (state_like(ref) || (outlet && state_media)))
      self = true;
    if (ref.country.empty() && ref.code.rfind("---", 0) == 0 && (ref.has_sector("GOV") || ref.has_sector("MIL")) &&
        !anonymous && !src.country.empty() && state_like(src))
      self = true;  // "officials said", "the foreign ministry said" about their own state's act
    if (!ref.code.empty() && src.code.size() >= 6 && ref.code.size() >= 6 && ref.country.empty() &&
        ref.code.substr(0, 6) == src.code.substr(0, 6))
      self = true;  // the same organisation
  }
  // One person by title or name ("Moldova's president", "Foreign Minister Israel Katz"), not a body.
  const Word& hw = t.word(np);
  bool person = (m && m->person) ||
                (m && m->kind == coding::MentionKind::agent && !official && hw.xpos != "NNS" && hw.xpos != "NNPS") ||
                (hw.upos == "NOUN" && hw.xpos != "NNS" && !official && m && m->kind != coding::MentionKind::pronoun &&
                 !ref.country.empty());
  // "a joint statement said", "according to a letter": the actor's own words, unless another body owns them.
  if (statement && e && !m && !outlet) self = true;
  if (single_unnamed) link.kind = "anonymous";
  else if (self) link.kind = "self";
  else if (outlet) link.kind = "outlet";
  else if (anonymous) link.kind = "anonymous";
  else if (person) link.kind = "named";
  else if (official || (m && (state_like(ref) || ref.code.rfind("IGO", 0) == 0))) link.kind = "official";
  else link.kind = "named";
  if (m && m->kind != coding::MentionKind::pronoun && !link.code.empty()) named_.push_back(link);
  return link;
}

int ModalityPass::trailing_credit(const DependencyView& t, int after, int& lo, int& hi, int& head, int* cite) const {
  if (cite) *cite = 0;
  for (int w = t.size(); w > after; --w) {
    // A name is no verb of speech: "told the Kyiv Morning Post".
    if (cue_word(t, w, CueClass::speech, cues_).empty() || word_is(t, w, "cite") || t.upos(w) == "PROPN") continue;
    for (int k = w + 1; k <= t.size(); ++k) {
      std::string_view u = t.upos(k);
      // "..., the Gazette reports, citing two defence sources."
      if (word_is(t, k, "cite") && cite) {
        *cite = k;
        break;
      }
      if (u == "VERB" || u == "SCONJ" || word_is(t, k, "that")) return 0;
    }
    int comma = w - 1;
    while (comma > after && t.word(comma).form != ",") --comma;
    if (comma <= after || comma >= w - 1) return 0;
    // "..., despite Moscow's claims": a preposition's object is no source; look further left.
    if (t.upos(comma + 1) == "ADP" || t.upos(comma + 1) == "SCONJ") continue;
    // The source's words: a noun phrase, with participles of its own ("a person briefed on the decision",
    // "officials speaking on condition of anonymity") but no finite verb. Its head: the first noun whose head lies
    // outside the words, else the last noun.
    head = 0;
    int last_noun = 0;
    for (int k = comma + 1; k < w; ++k) {
      std::string_view u = t.upos(k);
      bool noun = u == "NOUN" || u == "PROPN" || u == "PRON";
      if (noun) last_noun = k;
      if (noun && !head && (t.head(k) <= comma || t.head(k) >= w)) head = k;
      const std::string_view x = t.xpos(k);
      if (u == "AUX" || (u == "VERB" && x != "VBN" && x != "VBG")) return 0;
    }
    if (!head) head = last_noun;
    if (!head) return 0;
    lo = comma + 1;
    hi = w - 1;
    return w;
  }
  return 0;
}

std::vector<coding::AttributionLink> ModalityPass::sources_of(Story& story, size_t sentence, int verb,
                                                              const coding::Event* e, std::string& why) {
  SentenceView& sv = view(story, sentence);
  const DependencyView& t = sv.tree;
  std::vector<coding::AttributionLink> inner_first;
  auto speech = [&](int w) { return !cue_word(t, w, CueClass::speech, cues_).empty(); };
  // The links one verb of speech gives, inner first: "citing Y", the speaker, "told OUTLET".
  auto add_speaker = [&](int h) {
    for (int c : t.children(h)) {
      if (!word_is(t, c, "cite")) continue;
      for (int o : t.children(c))
        if (t.rel(o) == "obj") inner_first.push_back(link_for(story, sentence, o, e));
    }
    int subj = 0;
    for (int c : t.children(h))
      if (t.rel(c) == "nsubj" || t.rel(c) == "obl:agent") subj = c;
    if (subj) {
      // "two officials said on condition of anonymity".
      auto [lo, hi] = t.subtree_range(h);
      for (int i = lo; i <= hi; ++i)
        if (word_is(t, i, "anonymity") && !t.dominates(subj, i)) anonymity_hint_ = true;
      coding::AttributionLink l = link_for(story, sentence, subj, e);
      anonymity_hint_ = false;
      // "The outlet's sources": the outlet last cited.
      int poss = t.child(subj, "nmod:poss");
      bool outlet_owner = poss && (word_is(t, poss, "outlet") || word_is(t, poss, "newspaper") ||
                                   word_is(t, poss, "agency") || word_is(t, poss, "broadcaster"));
      inner_first.push_back(l);
      if (outlet_owner && !cited_outlets_.empty()) inner_first.push_back(cited_outlets_.back());
      if (l.kind == "outlet") cited_outlets_.push_back(l);
      why += (why.empty() ? "" : "; ") + l.name + " " + t.word(h).form;
    }
    // "told the Evening Courier", "told Radio Horizon" (not "told reporters", nor "the newspaper": the story's own).
    if (word_is(t, h, "tell"))
      for (int c : t.children(h)) {
        std::string_view r = t.base_rel(c);
        if (r != "obj" && r != "iobj" && r != "obl") continue;
        coding::AttributionLink o = link_for(story, sentence, c, nullptr);
        std::string n = lower(o.name);
        if (o.kind == "outlet" && n != "the newspaper" && n != "the outlet" && n != "reporters") {
          inner_first.push_back(o);
          cited_outlets_.push_back(o);
        }
      }
  };
  // "according to X": X's link.
  auto add_according = [&](int np) {
    coding::AttributionLink l = link_for(story, sentence, np, e);
    inner_first.push_back(l);
    if (l.kind == "outlet") cited_outlets_.push_back(l);
    why += (why.empty() ? "" : "; ") + std::string("according to ") + l.name;
  };
  for (int c = verb, steps = 0; c > 0 && steps < 10; ++steps) {
    for (int k : t.children(c)) {
      if (k == verb) continue;
      // "..., the ministry said": parsers hang it as parataxis, or as a conjunct with a comma and nothing to say.
      bool trailing = k > verb && speech(k) && coding::is_bare_reporting_conjunct(t, k);
      if ((t.rel(k) == "parataxis" && speech(k)) || trailing) add_speaker(k);
      std::string_view b = t.base_rel(k);
      if (b == "obl" || b == "advcl") {
        int cs = t.child(k, "case");
        if (!cs) cs = t.child(k, "mark");
        if (cs && word_is(t, cs, "according")) add_according(k);
      }
      if (word_is(t, k, "cite") && c != verb)
        for (int o : t.children(k))
          if (t.rel(o) == "obj") inner_first.push_back(link_for(story, sentence, o, e));
    }
    int h = t.head(c);
    if (h <= 0) break;
    std::string_view r = t.base_rel(c);
    // "Tehran has denied supplying drones", "Helsinki accused Moscow of steering ...": the one who denies or
    // accuses is the source of the act inside.
    bool inner_act = (r == "xcomp" || r == "advcl") && speech(h) &&
                     (!cue_word(t, h, CueClass::negating_governor, cues_).empty() ||
                      !cue_word(t, h, CueClass::hedging_governor, cues_).empty());
    if (((r == "ccomp" || r == "parataxis") && speech(h)) || inner_act) add_speaker(h);
    c = h;
  }
  if (inner_first.empty()) {
    // "..., according to people familiar with the decision" wherever the parse hung it: after the event word and
    // a comma, with no other verb of speech after it.
    for (int k = verb + 1; k <= t.size() && inner_first.empty(); ++k) {
      int cs = t.child(k, "case");
      if (!cs || !word_is(t, cs, "according") || cs < 2 || t.word(cs - 1).form != ",") continue;
      bool speech_after = false;
      for (int j = cs + 1; j <= t.size(); ++j) speech_after = speech_after || (t.upos(j) == "VERB" && speech(j));
      if (speech_after) continue;
      add_according(k);
    }
  }
  if (inner_first.empty()) {
    // A broken parse of a sentence-final attribution ("..., Prime Minister Justin Trudeau said."): the words
    // between the last comma and a final verb of speech name the source.
    int lo = 0, hi = 0, head = 0, cite = 0;
    if (int w = trailing_credit(t, verb, lo, hi, head, &cite); w && w != verb) {
      // A span of words up to the next preposition or punctuation: "two defence sources", "Radio Horizon".
      auto phrase_after = [&](int from, int& plo, int& phi, int& phead) {
        plo = from;
        phi = from - 1;
        phead = 0;
        for (int k = from; k <= t.size(); ++k) {
          std::string_view u = t.upos(k);
          if (u == "PUNCT" || u == "VERB" || (u == "ADP" && k > from)) break;
          phi = k;
          if (u == "NOUN" || u == "PROPN") phead = k;
        }
        return phead != 0;
      };
      int plo, phi, phead;
      if (cite && phrase_after(cite + 1, plo, phi, phead)) {
        // The cited source with its relative clause ("officials who spoke on condition of anonymity") when the
        // parse keeps it after "citing"; the bare phrase otherwise.
        auto [slo, shi] = t.subtree_range(phead);
        inner_first.push_back(slo > cite && shi <= t.size() ? link_for(story, sentence, phead, e)
                                                             : link_range(story, sentence, plo, phi, phead, e));
      }
      for (int k = w + 1; k <= t.size() && !cite; ++k)
        if (word_is(t, k, "anonymity")) anonymity_hint_ = true;
      coding::AttributionLink l = link_range(story, sentence, lo, hi, head, e);
      anonymity_hint_ = false;
      inner_first.push_back(l);
      if (l.kind == "outlet") cited_outlets_.push_back(l);
      why += (why.empty() ? "" : "; ") + l.name + " " + t.word(w).form;
      if (word_is(t, w, "tell") && phrase_after(w + 1, plo, phi, phead)) {
        coding::AttributionLink o = link_range(story, sentence, plo, phi, phead, nullptr);
        std::string n = lower(o.name);
        if (o.kind == "outlet" && n != "the newspaper" && n != "the outlet") {
          inner_first.push_back(o);
          cited_outlets_.push_back(o);
        }
      }
    }
  }
  std::reverse(inner_first.begin(), inner_first.end());
  // Drop repeats (a "citing" reached twice).
  std::vector<coding::AttributionLink> out;
  for (const auto& l : inner_first) {
    bool dup = false;
    for (const auto& o : out) dup = dup || (o.name == l.name && o.kind == l.kind);
    if (!dup) out.push_back(l);
  }
  return out;
}

}  // namespace vigil::events
