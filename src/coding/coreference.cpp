#include "coding/coreference.h"

#include <algorithm>
#include <cctype>

#include "coding/mentions.h"
#include "text/word_list.h"

namespace vigil::coding {

bool capitalised(std::string_view form) { return !form.empty() && std::isupper(static_cast<unsigned char>(form[0])); }

namespace {

// A word that can be part of a person's name: a capitalised proper noun, not a day or a month.
bool name_word(const DependencyView& t, int i) {
  const Word& w = t.word(i);
  return (w.upos == "PROPN" || w.xpos == "NNP") && capitalised(w.form) && !is_day_or_month(w.form);
}

bool contains(const std::vector<std::string>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// Whether a word of the text is a word of a person's name, whatever its case: a name's particle is capitalised at
// the start of a sentence and by some outlets ("De Boer" for Yvo de Boer, "Al-Bashir").
bool in_name(const std::vector<std::string>& name, std::string_view word) {
  const std::string w = ascii_lower(word);
  for (const std::string& part : name)
    if (ascii_lower(part) == w) return true;
  return false;
}

// Titles of a head of state or government, which "the leader" (and "the two leaders") may stand for.
bool heads_a_state(const std::vector<std::string>& roles) {
  static constexpr std::string_view titles[] = {"president", "premier", "prime", "chancellor", "king", "leader",
                                                "chairman", "emir", "sultan"};
  for (std::string_view r : titles)
    if (contains(roles, r)) return true;
  return false;
}

// Words that make a title another office: a deputy president is no president, nor a vice-minister a minister.
bool lesser_office(std::string_view word) {
  return word == "vice" || word == "deputy" || word == "acting" || word == "assistant" || word == "former" ||
         word == "ex" || word == "under";
}

// Whether a role noun fits a person: the head noun of a title written with them ("the president", "the envoy";
// not "the government" for a government spokesman), or "leader" for a head of state or government.
bool role_fits(std::string_view noun, const StoryPerson& p) {
  if (contains(p.titles, noun)) return true;
  if (noun != "leader" || !heads_a_state(p.roles)) return false;
  for (const std::string& r : p.roles)
    if (lesser_office(r)) return false;
  return true;
}

std::string join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

// The words first..last as written.
std::string words_of(const DependencyView& t, int first, int last) {
  std::string out;
  for (int w = first; w <= last; ++w) out += (out.empty() ? "" : " ") + t.word(w).form;
  return out;
}

// The one organisation (or several with one code) whose words (`words` or `all`) hold `word`, or null.
const StoryOrganisation* only_organisation(const std::vector<StoryOrganisation>& orgs,
                                           std::vector<std::string> StoryOrganisation::*list, std::string_view word) {
  const StoryOrganisation* org = nullptr;
  for (const StoryOrganisation& o : orgs)
    if (contains(o.*list, word)) {
      if (org && org->ref.code != o.ref.code) return nullptr;
      org = org ? org : &o;
    }
  return org;
}

std::string where(const StoryPerson& p) {
  return join(p.name) + ", sentence " + std::to_string(p.ref.sentence);
}

// Whether the agent mention's words can be one person: a singular noun ("the minister", not "the ministers").
bool singular(const DependencyView& t, int head) {
  const std::string_view x = t.xpos(head);
  if (x == "NNS" || x == "NNPS") return false;
  return !t.word(head).form.ends_with("s") || ascii_lower(t.lemma(head)) == ascii_lower(t.word(head).form);
}

// The last word of the run of uncovered name words that begins at `from`, or from - 1 when none does.
int name_run_end(const DependencyView& t, int from, const std::vector<char>& covered) {
  int last = from - 1;
  for (;;) {
    if (last + 1 <= t.size() && !covered[last + 1] && name_word(t, last + 1)) {
      ++last;
      continue;
    }
    // A hyphen written inside the name: "El-Ganzouri", "Ban Ki-moon" (tokenized "El", "-", "Ganzouri").
    if (last >= from && last + 2 <= t.size() && t.word(last + 1).form == "-" && !covered[last + 2] &&
        t.word(last + 1).span.begin == t.word(last).span.end && t.word(last + 2).span.begin == t.word(last + 1).span.end &&
        (name_word(t, last + 2) || t.upos(last + 2) == "PROPN")) {
      last += 2;
      continue;
    }
    return last;
  }
}

// Whether a title is one the person no longer holds ("Former Australian health minister Carmen Lawrence"): its
// code, the office's, is not the person's.
bool former(const DependencyView& t, int head) {
  for (int c : t.children(head)) {
    std::string l = ascii_lower(t.word(c).form);
    if (t.rel(c) == "amod" && (l == "former" || l == "ex" || l == "late" || l == "then")) return true;
  }
  return false;
}

}  // namespace

std::vector<char> covered_words(const DependencyView& t, const std::vector<Mention>& found) {
  std::vector<char> covered(t.size() + 2, 0);
  for (const Mention& m : found)
    for (int w = m.first; w <= m.last && w <= t.size(); ++w) covered[w] = 1;
  return covered;
}

int titled_name_end(const DependencyView& t, const Mention& m, const std::vector<char>& covered) {
  if (m.kind != MentionKind::agent || m.ref.country.empty() || m.ref.code.size() <= 3 ||
      !singular(t, m.ref.head) || former(t, m.ref.head))
    return 0;
  int from = m.last + 1;
  // "Prime Minister of the Republic of Korea (ROK) Lee Hae-chan": past the country's abbreviation in brackets.
  if (from + 2 < t.size() && t.folded_form(from) == "(" && t.folded_form(from + 2) == ")" && t.upos(from + 1) == "PROPN")
    from += 3;
  // "Czech Ambassador to Zimbabwe Vaclav Jilek", "Ambassador in Beijing X", "Prime Minister of the Republic of Korea
  // (ROK) Lee Hae-chan": the post's place comes first.
  if (from < t.size() && (t.folded_form(from) == "to" || t.folded_form(from) == "in" || t.folded_form(from) == "of") &&
      covered[from + 1]) {
    int place = from + 1;
    while (place + 1 <= t.size() && covered[place + 1]) ++place;
    if (place + 3 < t.size() && t.folded_form(place + 1) == "(" && t.folded_form(place + 3) == ")") place += 3;
    if (name_run_end(t, place + 1, covered) > place) from = place + 1;
  }
  const int end = name_run_end(t, from, covered);
  return end >= from && end > m.last ? end : 0;
}

void Coreference::start_story() {
  people_.clear();
  organisations_.clear();
  last_pair_.clear();
}

void Coreference::resolve(const DependencyView& t, const Document& doc, int sentence_index,
                          std::vector<Mention>& found) const {
  if (people_.empty() && organisations_.empty()) return;
  const int n = t.size();
  const std::vector<char> covered = covered_words(t, found);
  auto set_code = [](Mention& m, const StoryPerson& p) {
    m.ref.code = p.ref.code;
    split_actor_code(m.ref.code, m.ref.country, m.ref.sectors);
    m.ref.rule = p.ref.rule;
    m.ref.dated_person = p.ref.dated_person;
    m.person = true;
    m.female = p.female;
    m.agent = UINT32_MAX;
  };
  // Bare surnames, or the whole name again: "Hu made the remarks" after "Chinese President Hu Jintao". Only when
  // one person of the story has every word of the run in their name ("Kim" after Kim Dae-jung and Kim Jong-il is
  // no one).
  std::vector<Mention> added;
  for (int i = 1; i <= n; ++i) {
    if (covered[i] || !name_word(t, i)) continue;
    const int last = name_run_end(t, i, covered);
    const StoryPerson* match = nullptr;
    bool ambiguous = false;
    for (const StoryPerson& p : people_) {
      bool all = true;
      for (int w = i; w <= last && all; ++w) all = in_name(p.name, t.word(w).form);
      if (!all) continue;
      if (match) ambiguous = true;
      match = match ? match : &p;
    }
    if (match && !ambiguous) {
      Mention m;
      m.first = m.name_first = i;
      m.last = last;
      m.kind = MentionKind::actor;
      set_code(m, *match);
      m.ref.span = Span{t.word(i).span.begin, t.word(last).span.end};
      m.ref.text = std::string(doc.slice(m.ref.span));
      m.ref.head = last;
      for (int w = i; w <= last; ++w)
        if (t.head(w) < i || t.head(w) > last) m.ref.head = w;
      m.ref.sentence = sentence_index;
      m.antecedent = words_of(t, i, last) + " -> " + where(*match);
      added.push_back(std::move(m));
    } else if (!match && last == i && t.upos(i) != "ADJ" &&
               !(i > 1 && t.word(i - 1).form == "-" && t.word(i - 1).span.end == t.word(i).span.begin)) {
      // (Not the end of a hyphenated word: "Asia-Pacific".)
      // One word standing alone for an organisation named in full before: "Amnesty" after "Amnesty International"
      // (the story's organisations keep only their distinctive words there).
      if (const StoryOrganisation* org = only_organisation(organisations_, &StoryOrganisation::words, t.word(i).form)) {
        Mention m;
        m.first = m.last = i;
        m.kind = MentionKind::actor;
        m.organisation = true;
        m.ref = org->ref;
        m.ref.span = t.word(i).span;
        m.ref.text = std::string(doc.slice(m.ref.span));
        m.ref.head = i;
        m.ref.sentence = sentence_index;
        m.antecedent = t.word(i).form + " -> " + org->ref.text + ", sentence " + std::to_string(org->ref.sentence);
        added.push_back(std::move(m));
      }
    }
    i = last;
  }
  // A role noun of no country written with a capital inside a sentence, one word of a body named before in full:
  // that body ("the faction-ridden Congress" after "India's Congress (I) party").
  for (Mention& m : found) {
    if (m.kind != MentionKind::agent || m.person || !m.antecedent.empty() || m.ref.code.rfind("---", 0) != 0) continue;
    const int h = m.ref.head;
    if (h <= 1 || h > n || m.first != m.last || m.first != h || !capitalised(t.word(h).form)) continue;
    const StoryOrganisation* org = only_organisation(organisations_, &StoryOrganisation::all, t.word(h).form);
    if (!org) continue;
    const Span span = m.ref.span;
    const std::string text = m.ref.text;
    m.ref = org->ref;
    m.ref.span = span;
    m.ref.text = text;
    m.ref.head = h;
    m.ref.sentence = sentence_index;
    m.kind = MentionKind::actor;
    m.organisation = true;
    m.agent = m.role = UINT32_MAX;
    m.antecedent = t.word(h).form + " -> " + org->ref.text + ", sentence " + std::to_string(org->ref.sentence);
  }
  // Role descriptions: "the president", "the Zambian president", "the foreign minister", "the envoy", and plurals
  // of two: "the two presidents", "both leaders".
  for (Mention& m : found) {
    if (m.kind != MentionKind::agent || m.person || !m.antecedent.empty()) continue;
    const int h = m.ref.head;
    if (h < 1 || h > n) continue;
    // A name after the role is a new person ("the president, Levy Mwanawasa"; "President Bush").
    if (m.last < n && !covered[m.last + 1] && name_word(t, m.last + 1)) continue;
    int det = t.child(h, "det"), num = t.child(h, "nummod");
    std::string det_word = det ? ascii_lower(t.lemma(det)) : "";
    const bool pair = (num && ascii_lower(t.lemma(num)) == "two") || det_word == "both";
    if (!pair && det_word != "the") continue;
    if (pair == singular(t, h)) continue;
    // The description's words, beside the country: its own and its modifiers' ("the former president" is no
    // one now in office, "the defence minister" not the foreign minister).
    std::vector<std::string> words;
    for (int w = m.first; w <= m.last; ++w)
      if (w != det && w != num && !(capitalised(t.word(w).form) && !m.ref.country.empty() && w != h))
        words.push_back(ascii_lower(w == h ? t.lemma(w) : t.word(w).form));
    for (int c : t.children(h))
      if ((t.rel(c) == "amod" || t.rel(c) == "compound") && (c < m.first || c > m.last) && !covered[c])
        words.push_back(ascii_lower(t.word(c).form));
    const std::string noun = ascii_lower(t.lemma(h));
    auto fits = [&](const StoryPerson& p) {
      if (!m.ref.country.empty() && p.ref.country != m.ref.country) return false;
      if (!role_fits(noun, p)) return false;
      for (const std::string& w : words)
        if (w != noun && !contains(p.roles, w)) return false;
      // "the president" is not the vice president: the words that make the title a lesser office must be said.
      for (const std::string& r : p.roles)
        if (lesser_office(r) && !contains(words, r)) return false;
      return true;
    };
    const std::string text = words_of(t, std::min({m.first, det ? det : m.first, num ? num : m.first}), m.last);
    if (pair) {
      // Exactly two people of the story fit the role ("the two presidents" after the Sudanese and the Liberian
      // president), or else the last two named together, when both fit.
      std::vector<const StoryPerson*> fitting;
      for (const StoryPerson& p : people_)
        if (fits(p)) fitting.push_back(&p);
      if (fitting.size() != 2 && last_pair_.size() == 2 && fits(people_[last_pair_[0]]) &&
          fits(people_[last_pair_[1]]))
        fitting = {&people_[last_pair_[0]], &people_[last_pair_[1]]};
      if (fitting.size() != 2 || fitting[0]->ref.code == fitting[1]->ref.code) continue;
      const StoryPerson& a = *fitting[0];
      const StoryPerson& b = *fitting[1];
      Mention second = m;
      set_code(m, a);
      set_code(second, b);
      m.antecedent = text + " -> " + where(a);
      second.antecedent = text + " -> " + where(b);
      m.members = 2;
      second.members = 1;
      added.push_back(std::move(second));  // right after `m` once stably sorted below
      continue;
    }
    const StoryPerson* match = nullptr;
    bool ambiguous = false;
    for (const StoryPerson& p : people_) {
      if (!fits(p)) continue;
      if (match) ambiguous = true;
      match = match ? match : &p;
    }
    if (!match || ambiguous) continue;
    set_code(m, *match);
    m.antecedent = text + " -> " + where(*match);
  }
  found.insert(found.end(), added.begin(), added.end());
  std::stable_sort(found.begin(), found.end(), [](const Mention& a, const Mention& b) { return a.first < b.first; });
}

void Coreference::remember(const DependencyView& t, int sentence_index, const std::vector<Mention>& found) {
  const std::vector<char> covered = covered_words(t, found);
  std::vector<size_t> named;  // the people this sentence names, first or again
  auto note = [&](std::vector<std::string> name, std::vector<std::string> roles, const ActorRef& ref, bool female) {
    if (name.empty()) return;
    size_t k = 0;
    for (; k < people_.size(); ++k)
      if (people_[k].ref.code == ref.code && contains(people_[k].name, name.back())) break;
    if (k == people_.size()) people_.push_back(StoryPerson{std::move(name), {}, {}, ref, female});
    // The title's head noun is its last word, the one before the name: "Chinese Foreign Ministry spokesman".
    if (!roles.empty() && !contains(people_[k].titles, roles.back())) people_[k].titles.push_back(roles.back());
    for (std::string& r : roles)
      if (!contains(people_[k].roles, r)) people_[k].roles.push_back(std::move(r));
    if (std::find(named.begin(), named.end(), k) == named.end())
      named.push_back(k);
  };
  for (const Mention& m : found) {
    if (m.ref.sentence != sentence_index || m.kind == MentionKind::pronoun || m.kind == MentionKind::place) continue;
    if (!m.antecedent.empty()) {
      // A surname or description of someone already known: named again, for the pair of "the two presidents".
      for (size_t k = 0; k < people_.size(); ++k)
        if (people_[k].ref.code == m.ref.code && m.antecedent.find(join(people_[k].name)) != std::string::npos &&
            std::find(named.begin(), named.end(), k) == named.end())
          named.push_back(k);
      continue;
    }
    std::vector<std::string> name, roles;
    int name_from = 0, name_to = 0;
    if (m.person && m.name_first) {  // a dictionary person, perhaps with a title: "President Hu Jintao"
      name_from = m.name_first;
      name_to = m.last;
    } else if (const int end = titled_name_end(t, m, covered)) {
      // A role with a name vigil does not know after it: "Zambian President Levy Mwanawasa".
      name_to = end;
      // The name's own run, after the post's place if one comes first.
      name_from = end;
      while (name_from - 1 > m.last && !covered[name_from - 1]) --name_from;
    } else {
      continue;
    }
    // A name's particles count too ("de" of Yvo de Boer, "De Boer" later); punctuation does not.
    auto particle = [&](int w) { return t.word(w).form != "-" && name_particle(t.word(w).form); };
    for (int w = name_from; w <= name_to; ++w)
      if (capitalised(t.word(w).form) || particle(w)) name.push_back(t.word(w).form);
    for (int w = m.first; w < std::min(name_from, m.last + 1); ++w)
      if (t.upos(w) != "DET" && t.upos(w) != "PUNCT")
        roles.push_back(ascii_lower(w == m.ref.head ? t.lemma(w) : std::string_view(t.word(w).form)));
    ActorRef ref = m.ref;
    ref.sentence = sentence_index;
    note(std::move(name), std::move(roles), ref, m.female);
  }
  // Organisations named by a name of several words, for a later short name ("Amnesty International": "Amnesty").
  for (const Mention& m : found) {
    if (m.ref.sentence != sentence_index || !m.organisation || !m.antecedent.empty() || m.last == m.first) continue;
    // A proper name, not a description ("Chechen separatist"): its other words are capitalised or small words. (A
    // role noun after the name is no part of it: "Congress (I) party".)
    int name_last = m.last;
    if (m.kind == MentionKind::agent)
      while (name_last > m.first && !capitalised(t.word(name_last).form) && t.upos(name_last) == "NOUN") --name_last;
    bool proper = true;
    for (int w = m.first; w <= name_last && proper; ++w) {
      const std::string_view u = t.upos(w);
      proper = capitalised(t.word(w).form) || name_particle(t.word(w).form) || u == "DET" || u == "ADP" ||
               u == "CCONJ" || u == "PART" || u == "PUNCT";
    }
    if (!proper) continue;
    std::vector<std::string> words, all;
    for (int w = m.first; w <= name_last; ++w) {
      if (t.upos(w) != "ADJ" && distinctive_name_word(t.word(w).form)) words.push_back(t.word(w).form);
      if (capitalised(t.word(w).form)) all.push_back(t.word(w).form);
    }
    auto known = std::find_if(organisations_.begin(), organisations_.end(), [&](const StoryOrganisation& o) {
      return o.ref.code == m.ref.code && o.words == words && o.all == all;
    });
    if (known == organisations_.end())
      organisations_.push_back(StoryOrganisation{std::move(words), std::move(all), m.ref});
  }
  // An apposition gives a named person the title next to the name: "Hu Jintao, the Chinese president,".
  for (const Mention& m : found) {
    if (m.ref.sentence != sentence_index || !m.person || !m.antecedent.empty()) continue;
    const int h = m.ref.head;
    std::vector<int> titles;
    for (int c : t.children(h))
      if (t.rel(c) == "appos") titles.push_back(c);
    if (t.rel(h) == "appos") titles.push_back(t.head(h));
    for (int title : titles)
      for (StoryPerson& p : people_) {
        if (p.ref.code != m.ref.code || p.ref.sentence != sentence_index) continue;
        for (int c : t.children(title))
          if (t.rel(c) == "amod" || t.rel(c) == "compound")
            if (!contains(p.roles, ascii_lower(t.word(c).form))) p.roles.push_back(ascii_lower(t.word(c).form));
        if (std::string r = ascii_lower(t.lemma(title)); !contains(p.roles, r)) p.roles.push_back(r);
        if (std::string r = ascii_lower(t.lemma(title)); !contains(p.titles, r)) p.titles.push_back(r);
      }
  }
  if (named.size() == 2) last_pair_ = named;
  else if (named.size() > 2) last_pair_.clear();
}

bool StoryNames::note(const lexicon::Lexicon& lex, const Sentence& tokens, const lexicon::SentenceKeys& keys) {
  const lexicon::Dictionaries& d = lex.dicts();
  const size_t n = keys.forms.size();
  const size_t known = words_.size();
  auto add = [&](size_t i) {
    const std::string& f = tokens.words[i].form;
    if (capitalised(f) && !contains(words_, f)) words_.push_back(f);
  };
  for (size_t i = 0; i < n; ++i) {
    if (keys.forms[i] == lexicon::kUnknownWord && keys.lemmas[i] == lexicon::kUnknownWord) continue;
    if (auto am = lex.actors().longest(keys.forms, i)) {
      bool person = false, organisation = false;
      for (uint32_t v : am.values) {
        const lexicon::Actor& a = d.actors[d.actor_phrases[v].actor];
        person = person || a.kind == lexicon::ActorKind::kPerson;
        organisation = organisation || names_organisation(a);
      }
      if (person)
        for (size_t k = i; k < i + am.length; ++k) add(k);
      else if (organisation && am.length > 1)  // "Amnesty International": a later "Amnesty" (Coreference)
        for (size_t k = i; k < i + am.length; ++k)
          if (distinctive_name_word(tokens.words[k].form)) add(k);
      i += am.length - 1;
      continue;
    }
    if (auto gm = lex.agents().longest(keys.forms, keys.lemmas, i)) {
      size_t k = i + gm.length;
      for (; k < n && (capitalised(tokens.words[k].form) || tokens.words[k].form == "-"); ++k) add(k);
      i = k - 1;
      continue;
    }
    // A name with its office set beside it, "Majzoub al-Khalifa, head of ...": a person (add_appositive_people),
    // whom a later sentence may name by surname alone.
    if (!capitalised(tokens.words[i].form)) continue;
    size_t k = i + 1;
    while (k < n && (capitalised(tokens.words[k].form) || name_particle(tokens.words[k].form))) ++k;
    if (k - i < 2 || k + 1 >= n || tokens.words[k].form != "," || !capitalised(tokens.words[k - 1].form) ||
        !std::islower(static_cast<unsigned char>(tokens.words[k + 1].form[0])))
      continue;
    for (size_t w = i; w < k; ++w) add(w);
    i = k;
  }
  return words_.size() > known;
}

bool StoryNames::names_earlier_person(const Sentence& tokens) const {
  for (const Word& w : tokens.words)
    if (capitalised(w.form) && contains(words_, w.form)) return true;
  return false;
}

bool names_organisation(const lexicon::Actor& a) {
  return a.format == lexicon::DictFormat::kVigil &&
         (a.kind == lexicon::ActorKind::kOrg || a.kind == lexicon::ActorKind::kActor);
}

bool distinctive_name_word(std::string_view form) {
  // Words many organisations' names share, or that name a place or people of their own.
  static constexpr std::string_view kShared[] = {
      "International", "National", "Islamic", "Party", "Front", "Council", "Union", "Organization", "Organisation",
      "Agency", "Committee", "Commission", "Fund", "Bank", "Movement", "Forces", "Force", "Army", "Group", "United",
      "Nations", "World", "European", "African", "Arab", "People", "Democratic", "Liberation", "Revolutionary",
      "Popular", "Court", "Federation", "Association", "Press", "News", "Office", "Program", "Programme", "Human",
      "Rights", "Watch", "Security", "General", "Assembly", "Development", "Food", "Health", "Cross", "Crescent",
      "Muslim", "Brothers", "Brotherhood", "Brigades", "State", "Republic", "Socialist", "Communist", "Congress",
      "Alliance", "League", "Trade", "Economic", "Atomic", "Energy", "Relief", "Works", "Refugees", "Children",
      "Emergency", "Criminal", "Justice", "Tribunal", "Special", "Daily", "Times", "Post", "Service", "Broadcasting",
      "Corporation", "Radio", "Television", "Agence", "France", "Presse", "City", "Central", "Supreme", "Coalition",
      "Network", "Ministry", "Department", "Institute", "Centre", "Center", "Foundation", "Society",
      "Cooperation", "Community", "Conference", "Parliament", "Assistance", "Stabilisation", "Province", "Republican",
      "Democrats", "Republicans", "Conservative", "Labour", "Liberal", "Green", "Greens", "Freedom", "Unity",
      // and the regions in names ("Asia-Pacific Economic Cooperation", "South Asian Association")
      "Pacific", "Atlantic", "Asia", "Asian", "Africa", "America", "American", "Europe", "Gulf", "Middle", "North",
      "South", "East", "West", "Northern", "Southern", "Eastern", "Western"};
  if (form.size() < 4 || !capitalised(form)) return false;
  if (!std::all_of(form.begin(), form.end(), [](unsigned char c) { return std::isalpha(c) != 0; })) return false;
  return std::find(std::begin(kShared), std::end(kShared), form) == std::end(kShared);
}

bool name_particle(std::string_view form) {
  if (form == "-") return true;
  return !form.empty() && form.size() <= 3 &&
         std::all_of(form.begin(), form.end(), [](unsigned char c) { return std::islower(c) != 0; });
}

std::string antecedent_note(const Mention* source, const Mention* target) {
  std::string out;
  if (source && !source->antecedent.empty()) out += "; source: " + source->antecedent;
  if (target && !target->antecedent.empty()) out += "; target: " + target->antecedent;
  return out;
}

}  // namespace vigil::coding
