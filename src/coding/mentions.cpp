#include "coding/mentions.h"

#include <algorithm>

namespace vigil::coding {

using lexicon::kNone;

std::string combine_codes(const std::string& owner, const lexicon::Agent& agent) {
  if (agent.prefix) return agent.code + owner;
  return owner + agent.code;
}

void MentionFinder::start_story(lexicon::Date date) {
  date_ = date;
  history_.clear();
}

std::string MentionFinder::code_of_actor(uint32_t actor) const {
  return std::string(lex_.dicts().actors[actor].code_on(date_));
}

namespace {

// A raw dictionary match before combination.
struct RawMatch {
  int first = 0, last = 0;
  bool is_agent = false;
  uint32_t phrase = kNone;  // ActorPhrase or AgentPhrase index
};

int head_of_range(const DependencyView& t, int first, int last) {
  // The word whose head lies outside the range; the last such word when several (flat names hang off the first).
  int best = last;
  for (int i = first; i <= last; ++i) {
    int h = t.head(i);
    if (h < first || h > last) {
      best = i;
      break;
    }
  }
  return best;
}

std::string span_text(const Document& doc, Span s) { return std::string(doc.slice(s)); }

bool is_pronoun(std::string_view lower, bool& personal) {
  personal = lower == "he" || lower == "she" || lower == "him" || lower == "her";
  return personal || lower == "they" || lower == "them" || lower == "it";
}

}  // namespace

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
    auto gm = lex_.agents().longest(keys.forms, keys.lemmas, static_cast<size_t>(i));
    if (!am && !gm) {
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

  std::vector<Mention> found;
  for (size_t k = 0; k < raw.size(); ++k) {
    const RawMatch& m = raw[k];
    if (m.is_agent) {
      const lexicon::AgentPhrase& ap = d.agent_phrases[m.phrase];
      const lexicon::Agent& agent = d.agents[ap.agent];
      Mention men;
      men.kind = MentionKind::agent;
      men.first = m.first;
      men.last = m.last;
      // A title before a name: the person's own code wins ("President Volodymyr Zelenskyy").
      if (k + 1 < raw.size() && !raw[k + 1].is_agent && raw[k + 1].first == m.last + 1) {
        const lexicon::ActorPhrase& next = d.actor_phrases[raw[k + 1].phrase];
        if (d.actors[next.actor].kind == lexicon::ActorKind::kPerson) continue;  // the person absorbs the title
      }
      men.agent = ap.agent;
      men.ref = make_ref(m.first, m.last, "---" + agent.code, agent.where);
      men.ref.country.clear();
      found.push_back(men);
      continue;
    }
    const lexicon::ActorPhrase& ap = d.actor_phrases[m.phrase];
    const lexicon::Actor& actor = d.actors[ap.actor];
    std::string code = code_of_actor(ap.actor);
    Mention men;
    men.first = m.first;
    men.last = m.last;
    men.person = actor.kind == lexicon::ActorKind::kPerson;
    men.kind = ap.role == lexicon::PhraseRole::kAdjective ? MentionKind::adjective : MentionKind::actor;
    // An actor or adjective right before an agent owns it: "Canadian special forces", "Arnor cleric".
    if (k + 1 < raw.size() && raw[k + 1].is_agent && raw[k + 1].first == m.last + 1 && !men.person && !code.empty()) {
      const lexicon::AgentPhrase& gp = d.agent_phrases[raw[k + 1].phrase];
      const lexicon::Agent& agent = d.agents[gp.agent];
      int last = raw[k + 1].last;
      std::string combined = code.size() <= 3 || agent.prefix ? combine_codes(code, agent) : code;
      lexicon::SourceRef where = ap.where;
      // ... and a person named right after it keeps the person's code ("Canadian Foreign Minister Melanie Joly").
      if (k + 2 < raw.size() && !raw[k + 2].is_agent && raw[k + 2].first == last + 1) {
        const lexicon::ActorPhrase& pp = d.actor_phrases[raw[k + 2].phrase];
        if (d.actors[pp.actor].kind == lexicon::ActorKind::kPerson) {
          std::string pc = code_of_actor(pp.actor);
          if (!pc.empty()) {
            combined = pc;
            where = pp.where;
            last = raw[k + 2].last;
            men.person = true;
            ++k;
          }
        }
      }
      ++k;
      men.kind = MentionKind::agent;
      men.last = last;
      men.ref = make_ref(men.first, last, combined, where);
      found.push_back(men);
      continue;
    }
    if (code.empty()) continue;  // an actor with no code on this date
    // A title right before a person: include it in the mention's words.
    if (men.person && k > 0 && raw[k - 1].is_agent && raw[k - 1].last + 1 == m.first) men.first = raw[k - 1].first;
    men.ref = make_ref(men.first, men.last, code, ap.where);
    found.push_back(men);
  }

  // Agents without a country in their own words find an owner in the tree: "the foreign minister of Canada",
  // "Russia's foreign minister", "activists in Arnor". A country code takes the agent's sector ("CAN" + "GOV");
  // a longer code already says who the actor is and stays as it is.
  for (Mention& men : found) {
    if (men.kind != MentionKind::agent || men.agent == kNone || !men.ref.country.empty()) continue;
    int h = men.ref.head;
    for (int c : t.children(h)) {
      std::string_view r = t.rel(c);
      bool owner_rel = r == "nmod:poss" || r == "amod" || r == "compound" || r == "nmod";
      if (!owner_rel) continue;
      if (r == "nmod") {
        int cs = t.child(c, "case");
        std::string_view prep = cs ? t.lemma(cs) : std::string_view();
        if (prep != "of" && prep != "from" && prep != "in") continue;
      }
      const Mention* owner = nullptr;
      for (const Mention& o : found)
        if (&o != &men && o.ref.head == c && o.ref.code.rfind("---", 0) != 0) owner = &o;
      if (!owner) continue;
      const std::string& oc = owner->ref.code;
      men.ref.code = oc.size() == 3 ? combine_codes(oc, d.agents[men.agent]) : oc;
      split_actor_code(men.ref.code, men.ref.country, men.ref.sectors);
      break;
    }
  }

  // Pronouns: the nearest earlier mention of a fitting kind in this sentence or the story.
  for (int i = 1; i <= n; ++i) {
    const Word& w = t.word(i);
    if (w.upos != "PRON" && w.xpos != "PRP") continue;
    std::string lower = w.form;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    bool personal = false;
    if (!is_pronoun(lower, personal)) continue;
    const Mention* antecedent = nullptr;
    auto fits = [&](const Mention& m) {
      if (m.kind == MentionKind::adjective || m.kind == MentionKind::pronoun) return false;
      if (m.ref.code.rfind("---", 0) == 0) return false;
      return personal ? (m.person || m.kind == MentionKind::agent) : !m.person;
    };
    for (auto it = found.rbegin(); it != found.rend() && !antecedent; ++it)
      if (it->last < i && fits(*it)) antecedent = &*it;
    for (auto it = history_.rbegin(); it != history_.rend() && !antecedent; ++it)
      if (fits(*it)) antecedent = &*it;
    if (!antecedent) continue;
    Mention p;
    p.first = p.last = p.head = i;
    p.kind = MentionKind::pronoun;
    p.person = antecedent->person;
    p.ref = antecedent->ref;
    p.ref.text = w.form;
    p.ref.span = w.span;
    p.ref.head = i;
    p.ref.sentence = sentence_index;
    found.push_back(p);
  }
  std::sort(found.begin(), found.end(), [](const Mention& a, const Mention& b) { return a.first < b.first; });
  for (Mention& m : found)
    if (m.kind != MentionKind::pronoun) m.head = m.ref.head;
    else m.head = m.first;
  for (const Mention& m : found)
    if (m.kind != MentionKind::pronoun && m.kind != MentionKind::adjective) history_.push_back(m);
  if (history_.size() > 64) history_.erase(history_.begin(), history_.end() - 32);
  out.insert(out.end(), found.begin(), found.end());
}

}  // namespace vigil::coding
