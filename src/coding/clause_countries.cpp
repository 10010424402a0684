// Role nouns of no country in a clause of time after a main clause that acts on another country: "The United States
// eased sanctions on Venezuela's oil sector after the government and the opposition signed an agreement", "China
// protested to Japan after the prime minister visited the shrine". The clause tells what happened in the country the
// main clause is about; its bare "the government" is that country's, not the main clause's doer's.
#include <algorithm>

#include "coding/event_coder.h"
#include "parse/time_conjunctions.h"

namespace vigil::coding {

std::string EventCoder::country_the_main_clause_is_about(int verb) const {
  if (tree_.rel(verb) != "advcl") return "";
  const int mark = tree_.child(verb, "mark");
  if (!mark || !parse::is_time_conjunction(tree_.lemma(mark))) return "";
  const int main = tree_.head(verb);
  if (main <= 0) return "";
  std::vector<const Mention*> doers;
  if (int subject = subject_of(main)) actors_at(subject, doers);
  if (doers.empty()) return "";
  std::string other;
  for (const Mention& m : sentence_mentions_) {
    if (m.ref.country.empty()) continue;
    // A clause that names a country of its own is left to the general rules.
    if (tree_.dominates(verb, m.head)) return "";
    bool doer = std::any_of(doers.begin(), doers.end(), [&](const Mention* d) { return d->ref.country == m.ref.country; });
    if (doer) continue;
    if (!other.empty() && other != m.ref.country) return "";
    other = m.ref.country;
  }
  return other;
}

}  // namespace vigil::coding
