// Documents as doers: "The UN Security Council adopted a presidential statement ... The statement called for peace"
// and "A deathbed letter attributed to Litvinenko accused Putin": a statement, report, resolution or letter speaks
// for whoever issued it. The issuer is read where the text says it (a by-phrase, "attributed to", the subject that
// issued, adopted or released the document, or said something "in a statement") and a later bare "the statement"
// takes it.
#include "coding/document_issuers.h"

#include <algorithm>

#include "coding/mentions.h"
#include "text/word_list.h"

namespace vigil::coding {
namespace {

// The mention whose words hold word w (a doer of some code), or null.
const Mention* doer_at(const std::vector<Mention>& found, int w) {
  if (w <= 0) return nullptr;
  for (const Mention& m : found)
    if (m.first <= w && w <= m.last && m.kind != MentionKind::place && m.kind != MentionKind::adjective &&
        !m.ref.code.empty() && !m.ref.code.starts_with("---"))
      return &m;
  return nullptr;
}

}  // namespace

bool is_document_noun(std::string_view lemma) {
  static constexpr std::string_view nouns[] = {"resolution", "statement", "declaration", "communique", "communiqué",
                                               "letter",     "report",    "motion",      "decree",     "bill",
                                               "appeal",     "message",   "note",        "memorandum", "editorial"};
  return is_one_of(lemma, nouns);
}

bool is_issuing_verb(std::string_view lemma) {
  static constexpr std::string_view verbs[] = {
      "adopt", "pass",    "approve", "issue",   "release", "publish", "send",    "table",   "submit",
      "sign",  "unveil",  "endorse", "file",    "make",    "sponsor", "introduce", "draft", "present",
      "write", "attribute", "deliver", "compile", "prepare", "produce"};
  return is_one_of(lemma, verbs);
}

const Mention* document_issuer(const DependencyView& t, const std::vector<Mention>& found, int noun) {
  // "a report by Amnesty", "a message from the king".
  for (int c : t.children(noun)) {
    const int cs = t.child(c, "case");
    if (t.base_rel(c) == "nmod" && cs && (t.lemma(cs) == "by" || t.lemma(cs) == "from"))
      if (const Mention* m = doer_at(found, c)) return m;
    // "a statement issued by the ministry", "a letter attributed to Litvinenko".
    if (t.base_rel(c) == "acl" && is_issuing_verb(t.lemma(c)))
      for (int g : t.children(c)) {
        const int gc = t.child(g, "case");
        const std::string_view by = t.lemma(c) == "attribute" ? "to" : "by";
        if (t.rel(g) == "obl:agent" || (t.base_rel(g) == "obl" && gc && t.lemma(gc) == by))
          if (const Mention* m = doer_at(found, g)) return m;
      }
  }
  // "The council adopted a statement", "the ministry said in a statement".
  const int verb = t.head(noun);
  if (verb <= 0 || t.upos(verb) != "VERB") return nullptr;
  const int cs = t.child(noun, "case");
  const bool issued = t.rel(noun) == "obj" && is_issuing_verb(t.lemma(verb));
  const bool said_in = t.base_rel(noun) == "obl" && cs && t.lemma(cs) == "in";
  if (!issued && !said_in) return nullptr;
  return doer_at(found, t.child(verb, "nsubj"));
}

void DocumentIssuers::note(const DependencyView& t, const std::vector<Mention>& found) {
  for (int w = 1; w <= t.size(); ++w) {
    if (t.upos(w) != "NOUN" || !is_document_noun(t.lemma(w))) continue;
    if (const Mention* m = document_issuer(t, found, w)) {
      const std::string lemma(t.lemma(w));
      auto it = std::find_if(issued_.begin(), issued_.end(), [&](const Issued& i) { return i.noun == lemma; });
      if (it == issued_.end()) it = issued_.insert(issued_.end(), Issued{lemma, {}, false});
      it->issuer = m->ref;
      it->agent = m->kind == MentionKind::agent;
    }
  }
}

void DocumentIssuers::add_doers(const DependencyView& t, const Document& doc, int sentence_index,
                                std::vector<Mention>& found) const {
  std::vector<Mention> added;
  for (int w = 1; w <= t.size(); ++w) {
    if (t.base_rel(w) != "nsubj" || t.upos(w) != "NOUN" || !is_document_noun(t.lemma(w))) continue;
    if (any_mention_covers(found, w)) continue;
    // This sentence's own issuer first ("a letter attributed to Litvinenko accused"), else the story's for a bare
    // "the statement" (or "the presidential statement"): a noun owned by anyone else is theirs.
    Mention d;
    int first = w;
    std::string why;
    if (const Mention* named = document_issuer(t, found, w)) {
      d.kind = named->kind;
      d.ref = named->ref;
      why = "issued by";
    } else {
      const int det = t.child(w, "det");
      if (!det || (t.folded_form(det) != "the" && t.folded_form(det) != "this")) continue;
      bool bare = true;
      for (int c : t.children(w)) {
        std::string_view r = t.rel(c);
        bare = bare && (r == "det" || r == "amod" || r == "punct" || r == "acl" || r == "acl:relcl");
      }
      if (!bare) continue;
      const std::string lemma(t.lemma(w));
      auto it = std::find_if(issued_.begin(), issued_.end(), [&](const Issued& i) { return i.noun == lemma; });
      if (it == issued_.end()) continue;
      d.kind = it->agent ? MentionKind::agent : MentionKind::actor;
      d.ref = it->issuer;
      first = det;
      why = "the " + lemma + " of";
    }
    const std::string issuer = d.ref.text + ", sentence " + std::to_string(d.ref.sentence);
    place_mention(d, t, doc, sentence_index, first, w, w);
    d.antecedent = d.ref.text + " -> " + why + " " + issuer;
    added.push_back(std::move(d));
  }
  if (added.empty()) return;
  found.insert(found.end(), std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()));
  std::stable_sort(found.begin(), found.end(), [](const Mention& a, const Mention& b) { return a.first < b.first; });
}

}  // namespace vigil::coding
