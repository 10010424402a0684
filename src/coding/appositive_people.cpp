// People vigil does not know, named with their office beside them: "Majzoub al-Khalifa, head of the Sudanese
// government's delegation," (SDNGOV), "Tan Tee How, permanent secretary of the Ministry of National Development of
// Singapore," (SGPGOV), "Stephen Malinga, Uganda's minister of health" (UGAGOV). The name becomes a person mention
// of the office's code, so the story's later surname ("Khalifa made the remarks") and "he" find the person.
#include "coding/mentions.h"

#include <algorithm>

namespace vigil::coding {
namespace {

const Mention* mention_headed_by(const std::vector<Mention>& found, int w) {
  for (const Mention& m : found)
    if (m.ref.head == w && m.kind != MentionKind::pronoun) return &m;
  return nullptr;
}

// A body with a code of its own, not a place, a country alone, a role of no country or a person: "the Ministry of
// Finance of Singapore", "the Sudanese government's delegation", "Hamas".
bool is_body(const Mention& m) {
  return (m.kind == MentionKind::agent || m.kind == MentionKind::actor) && !m.city && !m.person &&
         m.ref.code.size() > 3 && !m.ref.code.starts_with("---");
}

// The body an office noun belongs to through "of": "head of [the delegation]", or one step further down, "head of
// the Organization Department of [the CPC Central Committee]" (the nearer body first).
const Mention* office_body(const DependencyView& t, const std::vector<Mention>& found, int office, int depth) {
  for (int g : t.children(office)) {
    const int c = t.child(g, "case");
    if (t.base_rel(g) != "nmod" || !c || t.lemma(c) != "of") continue;
    if (const Mention* m = mention_headed_by(found, g); m && is_body(*m)) return m;
    if (depth > 0 && !any_mention_covers(found, g))
      if (const Mention* m = office_body(t, found, g, depth - 1)) return m;
  }
  return nullptr;
}

}  // namespace

void add_appositive_people(const DependencyView& t, const Document& doc, int sentence_index,
                           std::vector<Mention>& found) {
  const int n = t.size();
  std::vector<Mention> added;
  for (int w = 1; w <= n; ++w) {
    if (t.upos(w) != "PROPN" || !capitalised(t.word(w).form) || any_mention_covers(found, w)) continue;
    // The name: the word and the words of its flat run, all capitalised and no mention's.
    int first = w, last = w;
    bool clean = true;
    for (int c : t.children(w))
      if (t.rel(c) == "flat") {
        const std::string& f = t.word(c).form;
        clean = clean && !any_mention_covers(found, c) && (capitalised(f) || name_particle(f));
        first = std::min(first, c);
        last = std::max(last, c);
      }
    if (!clean || last == first) continue;  // one word alone is as often a place or a body as a person
    const Mention* office = nullptr;
    int office_noun = 0;
    for (int c : t.children(w)) {
      if (t.rel(c) != "appos" || c <= last) continue;
      if (const Mention* m = mention_headed_by(found, c)) {
        // "Stephen Malinga, Uganda's minister of health": a role of one person, with a country.
        if (m->kind == MentionKind::agent && !m->ref.country.empty() && names_one_person(m->ref.text)) office = m;
      } else if (t.upos(c) == "NOUN" && !any_mention_covers(found, c)) {
        office = office_body(t, found, c, 1);
      }
      if (office) {
        office_noun = c;
        break;
      }
    }
    if (!office) continue;
    Mention p;
    place_mention(p, t, doc, sentence_index, first, last, w);
    p.name_first = first;
    p.kind = MentionKind::actor;
    p.person = true;
    p.ref.code = office->ref.code;
    split_actor_code(p.ref.code, p.ref.country, p.ref.sectors);
    p.ref.rule = "a name set beside its office: " + office->ref.text;
    // "Jean Offutt, a US military spokeswoman": the office says she is a woman, so a later "he" is someone else.
    p.female = t.lemma(office_noun).ends_with("woman");
    added.push_back(std::move(p));
  }
  if (added.empty()) return;
  found.insert(found.end(), std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()));
  std::stable_sort(found.begin(), found.end(), [](const Mention& a, const Mention& b) { return a.first < b.first; });
}

}  // namespace vigil::coding
