#include "coding/event_coder.h"

#include "coding/document_issuers.h"
#include "coding/partnerless_consultations.h"
#include "coding/actor_kinds.h"
#include "coding/code_kinds.h"
#include "coding/quotations.h"
#include "coding/word_kinds.h"
#include "coding/ranked_doers.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <deque>

#include <fmt/format.h>

#include "lexicon/fold.h"
#include "parse/press_words.h"
#include "text/word_list.h"

namespace vigil::coding {

using lexicon::DepRole;
using lexicon::kNone;
using lexicon::kUnknownWord;

namespace {

lexicon::Date parse_date(const std::string& ymd) {
  if (ymd.size() != 10) return lexicon::kNoDate;
  return std::stoi(ymd.substr(0, 4)) * 10000 + std::stoi(ymd.substr(5, 2)) * 100 + std::stoi(ymd.substr(8, 2));
}

// "fired rockets at Sderot", "a drone fired one missile at militants": the weapon a verb sends off is an armed
// role in the dictionaries (as the subject of "Russian missiles hit Kyiv"), but as the object it is what was fired,
// not whom at. Taken for the target it made the firers' own forces their victims (PSEREB -> PSEMIL). So is the air
// strike a side launches, orders or calls in ("Canadian troops called in an air strike": no CANMIL -> CANMIL).
bool is_fired_weapon(const DependencyView& tree, const Mention& t, int verb, int sentence) {
  static constexpr std::array<std::string_view, 7> launching = {"fire", "launch", "lob", "shoot", "hurl", "drop",
                                                                "order"};
  static constexpr std::array<std::string_view, 18> weapons = {
      "missile", "rocket", "shell", "mortar", "drone", "grenade", "bomb", "artillery", "projectile", "Katyusha",
      "katyusha", "round", "torpedo", "salvo", "strike", "airstrike", "raid", "bombardment"};
  // "called in an air strike": the strike the doer's side flies.
  const int prt = tree.child(verb, "compound:prt");
  const bool called_in = tree.lemma(verb) == "call" && prt && tree.folded_form(prt) == "in";
  return t.ref.sentence == sentence && tree.head(t.head) == verb && tree.rel(t.head) == "obj" &&
         (is_one_of(tree.lemma(verb), launching) || called_in) && is_one_of(tree.lemma(t.head), weapons);
}

// "Singaporean businessmen will discuss with their Egyptian counterparts": a counterpart holds the other party's
// office in its own country, so it takes that party's sectors (EGYBUS, not the dictionary's default EGYGOV).
void match_counterpart(const DependencyView& tree, int sentence, const ActorRef& other, ActorRef& counterpart) {
  if (counterpart.sentence != sentence || counterpart.head <= 0 || tree.lemma(counterpart.head) != "counterpart")
    return;
  if (counterpart.country.empty() || other.country.empty() || other.country == counterpart.country ||
      other.sectors.empty() || !other.code.starts_with(other.country))
    return;
  // An office, not a cause: "Hamas government members meeting Israeli counterparts" meet ministers, not militants.
  static constexpr std::array<std::string_view, 10> offices = {"GOV", "MIL", "BUS", "LEG", "JUD",
                                                               "COP", "MED", "EDU", "HLH", "SPY"};
  for (const std::string& sector : other.sectors)
    if (!is_one_of(sector, offices)) return;
  counterpart.sectors = other.sectors;
  counterpart.code = counterpart.country + other.code.substr(other.country.size());
}

}  // namespace

void EventCoder::start_document(const Document& doc) {
  doc_ = &doc;
  date_ = parse_date(doc.published);
  mentions_.start_story(date_);
  story_discarded_ = false;
  story_has_actor_ = false;
  previous_doers_.clear();
  doers_.clear();
  story_country_.clear();
  first_countries_.clear();
  story_names_.clear();
  quote_reporter_ = -1;
}

bool EventCoder::names_a_party() const {
  // "Zimbabwe's opposition", "the ruling party": what a later bare "the opposition" takes its country from.
  const lexicon::Dictionaries& d = lex_.dicts();
  for (size_t i = 0; i < keys_.forms.size(); ++i) {
    uint32_t f = keys_.forms[i];
    if (f == kUnknownWord || !lex_.agents().starts_with(f)) continue;
    for (uint32_t v : lex_.agents().longest(keys_.forms, keys_.lemmas, i).values) {
      uint32_t a = d.agent_phrases[v].agent;
      if (a >= d.agents.size()) continue;
      const std::string& code = d.agents[a].code;
      if (code.find("OPP") != std::string::npos || code.find("PTY") != std::string::npos) return true;
    }
  }
  return false;
}

bool EventCoder::may_hold_event(const Sentence& tokens) {
  lex_.encode(tokens, keys_);
  first_countries_.push_back(first_country_named(tokens));
  const size_t n = keys_.forms.size();
  for (size_t i = 0; i < n; ++i) {
    uint32_t f = keys_.forms[i];
    if (f == kUnknownWord) continue;
    if (lex_.discards().starts_with(f)) {
      auto m = lex_.discards().longest(keys_.forms, i);
      for (uint32_t v : m.values)
        if (lex_.dicts().discards[v].scope == lexicon::DiscardScope::kStory) story_discarded_ = true;
    }
  }
  if (story_discarded_) return false;
  // An actor: a whole dictionary phrase (not just a word that begins one, like "the"), or a pronoun once the story
  // has named someone.
  bool actor = lex_.has_actor_phrase(keys_);
  for (size_t i = 0; i < n && !actor; ++i) {
    uint32_t f = keys_.forms[i];
    if (f != kUnknownWord && lex_.agents().starts_with(f) && lex_.agents().longest(keys_.forms, keys_.lemmas, i))
      actor = true;
  }
  // A sentence naming who issued a statement or report ("The Council adopted a statement") is noted even when it
  // codes nothing: "The statement condemned ..." after it is the issuer's (DocumentIssuers).
  bool issues_document = false;
  for (size_t i = 0; actor && i < tokens.words.size() && !issues_document; ++i)
    issues_document = is_document_noun(tokens.words[i].form);
  // A surname of someone named in an earlier sentence ("Hu made the remarks").
  const bool surname = story_names_.names_earlier_person(tokens);
  // A person named here first ("General Vladimir Semionov built a villa"), whom a later surname needs.
  names_person_ = story_names_.note(lex_, tokens, keys_) && actor;
  names_actor_ = actor && (names_a_party() || issues_document || names_person_);
  actor = actor || surname;
  if (actor) story_has_actor_ = true;
  for (const Word& w : tokens.words) {
    if (actor || !story_has_actor_) break;
    std::string_view f = w.form;
    if (f.size() < 2 || f.size() > 4) continue;  // the pronouns below: most words are longer
    if (f == "he" || f == "He" || f == "she" || f == "She" || f == "they" || f == "They" || f == "it" || f == "It")
      actor = true;
  }
  // "The statement called for ...": a document the story said who issued (DocumentIssuers).
  for (size_t i = 1; i < tokens.words.size() && !actor && story_has_actor_; ++i) {
    std::string_view det = tokens.words[i - 1].form;
    actor = (det == "The" || det == "the" || det == "This" || det == "this") &&
            is_document_noun(tokens.words[i].form);
  }
  // "\"We will not let Mogadishu burn.\"" in a quotation whose speaker another sentence names.
  if (!actor && quote_reporter_ >= 0) actor = has_first_person(tokens);
  // "The two sides agreed ...": the two countries named before (MentionFinder::add_two_sides).
  for (size_t i = 0; i + 1 < tokens.words.size() && !actor && story_has_actor_; ++i) {
    std::string_view f = tokens.words[i].form, next = tokens.words[i + 1].form;
    actor = (f == "two" || f == "both" || f == "Both") && (next == "sides" || next == "countries" || next == "nations");
  }
  // PETRARCH's new actors (new_actor_length) need no dictionary actor in the sentence.
  if (!actor && !(petrarch_verbs_ && petrarch_options_.new_actor_length > 0)) return false;
  // Or forces "now in" a country (code_forces_now_in): a copula, no event word.
  if (!petrarch_verbs_)
    for (size_t i = 0; i + 1 < tokens.words.size(); ++i)
      if (std::string_view(tokens.words[i].form) == "now" && std::string_view(tokens.words[i + 1].form) == "in")
        return true;
  // And an event word that could code here: a dictionary verb or noun by form, by the lemma a caller may have
  // guessed (irregular forms: "met", "fought") or by a regular stem ("shelled", "troops"), whose own code or one
  // of whose patterns finds the words it needs ("said" alone codes nothing).
  present_.clear();
  stems_.clear();
  for (size_t i = 0; i < n; ++i) {
    for (uint32_t id : {keys_.forms[i], keys_.lemmas[i]})
      if (id != kUnknownWord) present_.push_back(id);
    std::string_view form = tokens.words[i].form;
    if (form == "n't" || form == "N'T") present_.push_back(lex_.words().find("not"));
    if (form.size() < 4) continue;
    // A capital only where the sentence starts ("Visiting Prime Minister X said"): names are no verbs.
    if (!std::islower(static_cast<unsigned char>(form[0]))) {
      if (i != 0 || !std::isupper(static_cast<unsigned char>(form[0])) ||
          !std::islower(static_cast<unsigned char>(form[1])))
        continue;
      first_word_.assign(form);
      first_word_[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(first_word_[0])));
      form = first_word_;
    }
    // Every regular ending ends in d, g or s ("-ed", "-ing", "-s"): the stems of other words are none.
    const char last = static_cast<char>(std::tolower(static_cast<unsigned char>(form.back())));
    if (last != 'd' && last != 'g' && last != 's') continue;
    for (const std::string& stem : regular_verb_stems(form))
      if (uint32_t id = lex_.words().find(stem); id != kUnknownWord) {
        present_.push_back(id);
        stems_.push_back(id);
      }
  }
  std::sort(present_.begin(), present_.end());
  present_.erase(std::unique(present_.begin(), present_.end()), present_.end());
  // A group's answer is the same for every word that names it (a form and its lemma, a verb said twice): ask once.
  std::vector<uint32_t> refused;
  auto codable = [&](uint32_t id) {
    for (uint32_t v : lex_.verbs_for(id)) {
      const uint32_t group = lex_.dicts().verbs[v].group;
      if (std::find(refused.begin(), refused.end(), group) != refused.end()) continue;
      if (lex_.could_code(group, present_)) return true;
      refused.push_back(group);
    }
    return false;
  };
  for (size_t i = 0; i < n; ++i)
    if (codable(keys_.forms[i]) || codable(keys_.lemmas[i])) return true;
  for (uint32_t id : stems_)
    if (codable(id)) return true;
  return false;
}

const Mention* EventCoder::actor_at(int word) const {
  if (word <= 0) return nullptr;
  if (int m = mention_by_head_[word]) {
    const Mention* found = &sentence_mentions_[m - 1];
    // A country adjective the parse made the head of the name it modifies ("Jordanian" heading a flat "King
    // Abdullah II"): the name, of the same country, says more.
    if (found->kind == MentionKind::adjective)
      for (int c : tree_.children(word)) {
        std::string_view r = tree_.rel(c);
        if (r != "flat" && r != "compound" && r != "nmod:desc" && r != "appos") continue;
        int k = mention_by_head_[c] ? mention_by_head_[c] : mention_by_word_[c];
        if (!k || k == m) continue;
        const Mention* named = &sentence_mentions_[k - 1];
        if (named->kind != MentionKind::adjective && named->kind != MentionKind::pronoun &&
            named->ref.country == found->ref.country)
          return named;
      }
    // A role of no country with a name in apposition ("Tibet's exiled spiritual leader, the Dalai Lama,", "the
    // spokesman, John Smith,"): the name says who.
    if (found->kind == MentionKind::agent && found->ref.code.starts_with("---") && !linear_)
      for (int c : tree_.children(word))
        if (tree_.rel(c) == "appos" && c > word)
          if (int k = mention_by_head_[c]; k && k != m && sentence_mentions_[k - 1].kind == MentionKind::actor &&
                                           !sentence_mentions_[k - 1].ref.country.empty())
            return &sentence_mentions_[k - 1];
    return found;
  }
  // A word inside a name: parsers often pick another head inside "Foreign Ministry spokeswoman Maria Zakharova".
  if (int m = mention_by_word_[word]) return &sentence_mentions_[m - 1];
  // A noun owned by an actor: "Ukrainian territory", "Russia's forces", "the Canadian authorities". A name in
  // apposition or a country adjective says more than a possessive pronoun: "her Polish counterpart, Zbigniew Rau".
  const Mention* pronoun = nullptr;
  const Mention* owner = nullptr;  // a possessor or adjective seen first
  // "President Suleymen Demirel" with the first name unknown: the title of no country before the name gives way to
  // the surname the lexicon knows, which says whose president.
  const Mention* title = nullptr;
  for (int c : tree_.children(word)) {
    std::string_view r = tree_.rel(c);
    // "nmod:desc": a title before a name the parse made the name's modifier ("Fornost President Umbardacil").
    if (r == "compound" || r == "amod" || r == "nmod:poss" || r == "flat" || r == "appos" || r == "nmod:desc")
      if (int m = mention_by_head_[c]) {
        const Mention* found = &sentence_mentions_[m - 1];
        if (title) {
          if ((r == "flat" || r == "appos") && found->kind == MentionKind::actor && !found->ref.country.empty())
            return found;
          continue;
        }
        if (!owner && (r == "nmod:desc" || r == "compound") && found->kind == MentionKind::agent &&
            found->ref.code.starts_with("---") && tree_.upos(word) == "PROPN") {
          title = found;
          continue;
        }
        if (found->kind == MentionKind::pronoun) {
          if (!pronoun) pronoun = found;
          continue;
        }
        // "Arafat's Fatah movement", "Sharon's Likud party": the body's own name says more than its leader or
        // country before it. Not a bare country ("Canada's Ukraine policy" is Canada's).
        // "Chinese State Councilor Tang Jiaxuan": the name of the titled person, of the adjective's country, says
        // more than the adjective.
        if (owner) {
          const bool body = r == "compound" && found->kind == MentionKind::actor && !found->ref.sectors.empty() &&
                            (owner->ref.country.empty() || found->ref.country == owner->ref.country);
          // So does a name in apposition after a country's possessive: "Tibet's exiled spiritual leader, the Dalai
          // Lama," is the Dalai Lama, not a Chinese leader.
          const bool country_owner = owner->kind == MentionKind::adjective ||
                                     (owner->kind == MentionKind::actor && owner->ref.sectors.empty());
          const bool named = (r == "flat" || r == "appos") && country_owner && found->kind == MentionKind::actor &&
                             found->ref.country == owner->ref.country;
          return body || named ? found : owner;
        }
        if (r != "nmod:poss" && r != "amod") return found;
        owner = found;
      }
  }
  if (title) return title;
  if (owner) return owner;
  if (pronoun) return pronoun;
  // A name vigil does not know, set beside its office in a body: "Tan Boon Huat, permanent secretary of the Ministry
  // of Finance of Singapore" is of that ministry (SGPGOV), as "a member of Hamas" is Hamas.
  if (tree_.upos(word) == "PROPN")
    for (int c : tree_.children(word)) {
      if (tree_.rel(c) != "appos" || mention_by_word_[c] || tree_.upos(c) != "NOUN") continue;
      for (int g : tree_.children(c)) {
        int gc = tree_.child(g, "case");
        if (tree_.base_rel(g) != "nmod" || !gc || tree_.lemma(gc) != "of" || !mention_by_head_[g]) continue;
        const Mention* body = &sentence_mentions_[mention_by_head_[g] - 1];
        // A body, not a place or a country ("a citizen of France" is no state), nor a person.
        bool is_body = (body->kind == MentionKind::agent || body->kind == MentionKind::actor) && !body->city &&
                       !body->person && body->ref.code.size() > 3 && body->ref.code.rfind("---", 0) != 0;
        if (is_body) return body;
      }
    }
  // One noun phrase the parse split at a participle it took for the head noun: "the ruling [Islamist Hamas
  // movement]", the rest hung on "ruling" with no preposition, right after it.
  if (tree_.upos(word) == "NOUN" && tree_.word(word).form.ends_with("ing"))
    for (int c : tree_.children(word))
      if (tree_.rel(c) == "nmod" && c > word && !tree_.child(c, "case") && tree_.subtree_range(c).first == word + 1)
        if (const Mention* found = actor_at(c); found && found->kind != MentionKind::pronoun) return found;
  // A country adjective one step down a compound: "the Chinese container ship", "the Russian gas pipeline".
  for (int c : tree_.children(word))
    if (tree_.rel(c) == "compound")
      for (int g : tree_.children(c))
        if (tree_.rel(g) == "amod")
          if (int m = mention_by_head_[g]; m && sentence_mentions_[m - 1].kind == MentionKind::adjective)
            return &sentence_mentions_[m - 1];
  return nullptr;
}

int EventCoder::aimed_against(int noun, const std::vector<const Mention*>& sources) const {
  // An object aimed at another actor: "declined to join Western sanctions against Russia". Its adjective says
  // whose the measure is; an act on the measure is aimed where the measure is. Not at the doer's own country
  // ("hit back at the sanctions against Tehran").
  for (int c : tree_.children(noun)) {
    int cs = tree_.child(c, "case");
    if (tree_.base_rel(c) != "nmod" || !cs || tree_.lemma(cs) != "against") continue;
    const Mention* m = mention_by_head_[c] ? &sentence_mentions_[mention_by_head_[c] - 1] : nullptr;
    if (!m || m->kind == MentionKind::pronoun || m->ref.country.empty()) continue;
    bool own = false;
    for (const Mention* s : sources) own = own || s->ref.country == m->ref.country;
    if (!own) return c;
  }
  return noun;
}

// Owning up to or announcing a deployment is the state's word about its own forces; "said" or "reported" could be
// about anyone's.
const Mention* EventCoder::announcing_state(int clause) const {
  if (tree_.rel(clause) != "ccomp") return nullptr;
  static constexpr std::string_view kOwning[] = {"acknowledge", "admit", "confirm", "announce"};
  int head = tree_.head(clause);
  if (!is_one_of(tree_.lemma(head), kOwning)) return nullptr;
  std::vector<const Mention*> speakers;
  if (int subject = tree_.child(head, "nsubj")) actors_at(subject, speakers);
  return speakers.size() == 1 && speakers[0]->ref.country.size() == 3 ? speakers[0] : nullptr;
}

bool EventCoder::is_own(int word, const std::vector<const Mention*>& sources) const {
  // "Taiwan put its armed forces on alert", "Israel recalled its ambassador to Turkey": the doer's own people are
  // its instrument, not its target. So with an owner that points back as "its" does ("Bulgaria will withdraw the
  // country's troops from Iraq").
  if (word < 1 || word > tree_.size()) return false;
  int poss = tree_.child(word, "nmod:poss");
  if (!poss) return false;
  const Mention* owner = actor_at(poss);
  if (tree_.upos(poss) != "PRON" && !(owner && !owner->antecedent.empty())) return false;
  const Mention* m = actor_at(word);
  if (!m || m->ref.country.empty()) return false;
  for (const Mention* s : sources)
    if (s->ref.country != m->ref.country) return false;
  return !sources.empty();
}

bool EventCoder::is_venue(const Mention& m, int verb, std::string_view code) const {
  // Only words of this sentence: a target taken from an earlier sentence ("these recommendations") is no venue.
  if (m.ref.sentence != sentence_index_ || m.head < 1 || m.head > tree_.size()) return false;
  // Meetings happen somewhere: "held a round of negotiations in Belarus", "met in Geneva". Elsewhere a country
  // after "in" is often what the act is aimed at ("arrived in Ukraine" on a visit, "intervened in Syria").
  // "hit a carrier off Yemen": off a coast is where a ship is, for any act.
  if (int cs = tree_.child(m.head, "case"); cs && tree_.lemma(cs) == "off") return true;
  bool meeting = code == "040" || code == "041" || code == "044" || code == "045" || code == "046";
  if (meeting && (m.kind == MentionKind::place || (m.kind == MentionKind::actor && m.ref.code.size() == 3))) {
    int cs = tree_.child(m.head, "case");
    if (cs && (tree_.lemma(cs) == "in" || tree_.lemma(cs) == "at")) return true;
  }
  // A body that sits, after "in" or "at", is the forum of a stance taken there: "supported the position in the UN
  // Security Council", "criticised the plan at the General Assembly", "condemned it in parliament". Not meetings
  // (04x), whose partners and venues the rules above and below tell apart.
  if (tree_.head(m.head) == verb && (m.ref.code.starts_with("IGO") || m.ref.has_sector("LEG")) && code.size() >= 2 &&
      (code[0] == '0' ? code[1] >= '1' && code[1] <= '5' && code[1] != '4' : code[0] == '1' && code[1] <= '3')) {
    int cs = tree_.child(m.head, "case");
    if (cs && (tree_.lemma(cs) == "in" || tree_.lemma(cs) == "at")) return true;
  }
  // A capital after "in" is the city where the act happens ("deployed police in Dhaka"), not its government, unless
  // the act is aimed at it.
  bool capital = m.kind == MentionKind::actor && m.city;
  if (capital && aimed_at_its_place(code)) return false;
  // A visit goes to the city or region it arrives in: "arrived in Xi'an", "arrived at Haikou" (a trip home is no
  // visit, and is dropped later).
  if (m.kind == MentionKind::place && m.city && code == "042") {
    int cs = tree_.child(m.head, "case");
    if (cs && (tree_.lemma(cs) == "in" || tree_.lemma(cs) == "at")) return false;
  }
  if ((m.kind != MentionKind::place && !capital) || tree_.head(m.head) != verb) return false;
  // "met in Geneva", "arrived in Port-au-Prince": where the act happens. "moved into", "marched on" and a bare
  // object ("shelled Kharkiv") make the place what the act is aimed at.
  int cs = tree_.child(m.head, "case");
  if (!cs) return false;
  std::string_view p = tree_.lemma(cs);
  // "marched through Tbilisi", "rallies across the capital": the route of an act is where it happens. But words
  // aimed "at" a capital are aimed at its government: "lashed out at Washington", "hit out at Beijing".
  if (capital && p == "at" && is_disapproval_code(code)) return false;
  if (capital)
    return p == "in" || p == "at" || p == "near" || p == "outside" || p == "inside" || p == "around" ||
           p == "through" || p == "across" || p == "throughout";
  static constexpr std::string_view locative[] = {"in", "at", "near", "from", "through", "across", "outside", "inside",
                                                  "around", "within", "during", "over", "along", "off", "via",
                                                  "beyond", "throughout", "between", "of"};
  return is_one_of(p, locative);
}

// Whether a conjunct is joined to what comes before it by a conjunction or a comma, its own or right before its
// phrase (a Treebank conversion may hang the comma elsewhere).
bool EventCoder::is_joined_conjunct(int c) const {
  if (tree_.child(c, "cc") || tree_.child(c, "punct")) return true;
  int before = tree_.subtree_range(c).first - 1;
  if (before < 1) return false;
  const Word& w = tree_.word(before);
  return w.upos == "CCONJ" || w.form == "," || w.form == ";";
}

void EventCoder::actors_at(int word, std::vector<const Mention*>& out) const {
  const Mention* m = actor_at(word);
  // "members of the PKK clashed with members of the presidential guard": a body's members act as the body, and so
  // do its wings, branches and factions ("the military wing of Hamas claimed responsibility"). The body alone, not
  // the names joined to it: in "the permanent members of the Security Council -- Britain, China, ..." the parse
  // joins the members' names to the council. A role of no country read off the part's own words ("military" in
  // "the military wing of Hamas") gives way to the body.
  // So do a movement's or party's followers ("supporters of Hamas clashed with ..."), but not a state's: the
  // supporters of a government or a president are not its organs.
  static constexpr std::string_view kPartsOfABody[] = {"member", "wing", "branch", "faction"};
  static constexpr std::string_view kFollowers[] = {"supporter", "loyalist", "follower", "partisan", "fighter",
                                                    "militant"};
  const bool part = word >= 1 && word <= tree_.size() && is_one_of(tree_.lemma(word), kPartsOfABody);
  const bool follower = word >= 1 && word <= tree_.size() && is_one_of(tree_.lemma(word), kFollowers);
  auto state_organ = [](const Mention* b) {
    return b->ref.sectors.empty() || b->ref.has_sector("GOV") || b->ref.has_sector("MIL") ||
           b->ref.has_sector("COP") || b->ref.has_sector("JUD") || b->ref.has_sector("LEG");
  };
  if ((!m || m->ref.code.starts_with("---")) && !linear_ && (part || follower))
    for (int c : tree_.children(word))
      if (int of = tree_.child(c, "case"); of && tree_.lemma(of) == "of" && tree_.base_rel(c) == "nmod") {
        const Mention* body = actor_at(c);
        bool is_body = body && body->kind != MentionKind::place && !body->city && (part || !state_organ(body));
        if (is_body) out.push_back(body);
        if (is_body || !m) return;
        break;
      }
  // "expressed appreciation for what China has done", "criticised what the United States did in Iraq": a free
  // relative stands for the doer of its clause. Not for one who only names or judges the thing ("opposed what
  // they described as ...", "resort to what he called Plan B"), nor a modal's ("grabbing what they could").
  static constexpr std::string_view kNaming[] = {"say", "call", "describe", "term", "dub", "label", "consider", "see",
                                                 "view", "regard", "believe", "think", "know", "claim", "allege"};
  if (!m && !linear_ && word >= 1 && word <= tree_.size() && tree_.upos(word) == "PRON" &&
      tree_.folded_form(word) == "what")
    for (int c : tree_.children(word))
      if (int doer = tree_.rel(c) == "acl:relcl" && tree_.xpos(c) != "MD" && !is_one_of(tree_.lemma(c), kNaming)
                         ? tree_.child(c, "nsubj")
                         : 0;
          doer && doer != word) {
        actors_at(doer, out);
        return;
      }
  // "Eight countries, including Canada, opposed", "radical states like Iran and Syria", "countries such as Iran, Iraq
  // or Libya": a group of no one in particular, or one an adjective places ("European nations such as Britain"),
  // stands for the members it names.
  // Only a group of states or bodies: not "issues like the EU budget", "dozens of people, including his friends".
  static constexpr std::string_view kGroups[] = {"country", "state", "nation", "government", "power", "neighbour",
                                                 "neighbor", "ally", "donor", "group", "organisation", "organization",
                                                 "faction", "movement", "party"};
  if (!linear_ && word >= 1 && word <= tree_.size() && tree_.upos(word) == "NOUN" &&
      is_one_of(tree_.lemma(word), kGroups) &&
      (!m || m->ref.code.starts_with("---") || m->kind == MentionKind::adjective)) {
    std::vector<const Mention*> members;
    for (int c : tree_.children(word)) {
      const int cs = tree_.child(c, "case");
      const std::string_view p = cs ? std::string_view(tree_.folded_form(cs)) : std::string_view();
      if (tree_.base_rel(c) != "nmod" || (p != "like" && p != "including" && p != "such")) continue;
      std::vector<int> named = {c};
      for (int k : tree_.children(c))
        if (tree_.rel(k) == "conj") named.push_back(k);
      for (int k : named) {
        std::vector<const Mention*> found;  // a member may be a group naming its own ("European nations such as ...")
        actors_at(k, found);
        for (const Mention* a : found)
          if (a->kind != MentionKind::place && !a->city && !a->ref.code.starts_with("---")) members.push_back(a);
      }
    }
    if (!members.empty()) {
      out.insert(out.end(), members.begin(), members.end());
      return;
    }
  }
  if (!m) {
    // "to meet with Ikeda and Prime Minister Hashimoto": a name vigil does not know, first in a coordination, leaves
    // the others named. Only a name: a common noun heading one is often an act ("the visit ... and Turkish
    // diplomats" is a parse gone wrong). (PETRARCH's linear reading takes the phrase's first actor; left as it is.)
    if (linear_ || word < 1 || word > tree_.size() || tree_.upos(word) != "PROPN") return;
    auto nominal = [&](int w) { return tree_.upos(w) == "NOUN" || tree_.upos(w) == "PROPN"; };
    // Named members only: a country adjective inside a name ("the East Asian Summit", "Western Cape") is no one.
    for (int c : tree_.children(word))
      if (const Mention* named = tree_.rel(c) == "conj" && nominal(c) && is_joined_conjunct(c) ? actor_at(c) : nullptr;
          named && (named->kind == MentionKind::actor || named->kind == MentionKind::agent) && !named->city)
        actors_at(c, out);
    return;
  }
  out.push_back(m);
  // A plural resolved to the people it stands for ("the two presidents"): its other members follow it.
  for (int k = 1; k < m->members && m + k < sentence_mentions_.data() + sentence_mentions_.size(); ++k)
    out.push_back(m + k);
  std::vector<std::string> seen;  // the countries of this role
  // One role, several countries: "Indian and Chinese corps commanders", "the foreign ministers of Armenia and
  // Azerbaijan" name an actor for each country.
  if (m->kind == MentionKind::agent && !m->ref.country.empty() && m->first <= word && word <= m->last) {
    seen.push_back(m->ref.country);
    for (int owner : tree_.children(word)) {
      std::string_view r = tree_.base_rel(owner);
      if (r != "amod" && r != "nmod" && r != "compound") continue;
      // "Thai and Cambodian troops": the agent's mention took the nearer adjective; the first is its own mention.
      std::vector<int> owners;
      // Parses often chain the members ("of Arnor, Osgiliath and Gondor": "Gondor" a conjunct of "Osgiliath").
      for (int k : tree_.children(owner))
        if (tree_.rel(k) == "conj") owners.push_back(k);
      for (size_t q = 0; q < owners.size(); ++q)
        for (int k : tree_.children(owners[q]))
          if (tree_.rel(k) == "conj") owners.push_back(k);
      if (!owners.empty()) owners.push_back(owner);  // only in a coordination: not "pro-Russian Ukrainian separatists"
      for (int k : owners) {
        if (!mention_by_head_[k]) continue;
        const Mention& other = sentence_mentions_[mention_by_head_[k] - 1];
        if (other.ref.country.empty() || std::find(seen.begin(), seen.end(), other.ref.country) != seen.end()) continue;
        seen.push_back(other.ref.country);
        Mention copy = *m;
        copy.ref.code = other.ref.country + m->ref.code.substr(m->ref.country.size());
        split_actor_code(copy.ref.code, copy.ref.country, copy.ref.sectors);
        derived_mentions_.push_back(std::move(copy));
        out.push_back(&derived_mentions_.back());
      }
    }
  }
  // An owner written after the role ("troops from the United States"): a country coordinated after that owner
  // shares the role ("troops from the United States and the Philippines", the parse hanging "the Philippines" on
  // "troops").
  int owner_after = 0;
  if (m->kind == MentionKind::agent && !m->ref.country.empty() && m->first == word)
    for (int c : tree_.children(word))
      if (int cs = tree_.child(c, "case"); c > word && tree_.base_rel(c) == "nmod" && cs &&
                                           (tree_.lemma(cs) == "from" || tree_.lemma(cs) == "of") && actor_at(c) &&
                                           actor_at(c)->ref.country == m->ref.country)
        owner_after = c;
  // Coordination: "Fornost and Gondor", "the US and European allies". A conjunct with no conjunction and no comma
  // of its own is no coordination but one phrase the parse split ("the evil Arnor awful Gondor"), which stands for
  // its first actor.
  for (int c : tree_.children(word)) {
    if (tree_.rel(c) != "conj" || (linear_ && !is_joined_conjunct(c))) continue;
    size_t from = out.size();
    actors_at(c, out);
    if (owner_after && c > owner_after && out.size() == from + 1 && out.back()->kind == MentionKind::actor &&
        out.back()->ref.code.size() == 3) {
      Mention copy = *m;
      copy.ref.code = out.back()->ref.code + m->ref.code.substr(m->ref.country.size());
      split_actor_code(copy.ref.code, copy.ref.country, copy.ref.sectors);
      derived_mentions_.push_back(std::move(copy));
      out.back() = &derived_mentions_.back();
      continue;
    }
    // vigil's own patterns read a country written before the first role as shared ("Congolese officials and
    // armed groups"); PETRARCH's, a country anywhere in the phrase.
    if (seen.empty() || out.size() != from + 1 || (!linear_ && m->first >= word)) continue;
    // PETRARCH's compound: roles coordinated before the countries they share are each of them ("Lawmakers and
    // officials in Fornost and Gondor"), the parse hanging the countries on the first role only.
    const Mention* other = out.back();
    if (other->kind != MentionKind::agent || !other->ref.country.empty() || other->ref.code.rfind("---", 0) != 0)
      continue;
    out.pop_back();
    for (const std::string& country : seen) {
      derived_mentions_.push_back(with_country(*other, country));
      out.push_back(&derived_mentions_.back());
    }
  }
}

// A noun complement with no preposition and no copula ("called up [300,000 reservists]", "became [the 31st member]
// of NATO"): it stands where an object would, so it is taken as one, and its prepositions are the verb's.
bool EventCoder::is_bare_noun_complement(int word) const {
  return tree_.rel(word) == "xcomp" && tree_.upos(word) == "NOUN" && !tree_.child(word, "case") &&
         !tree_.child(word, "cop");
}

// "calling it \"barbaric\"", "called him \"a puppet\"", "a house they call their \"embassy\"": a naming verb
// whose object (a few words of a noun phrase, or none) runs into a quotation names something; it telephones no one.
// The parse of quoted words is too unreliable to find the name itself, but a call is never followed by a quotation.
static bool names_in_quotes(const DependencyView& t, int verb) {
  if (!is_naming_verb(t.lemma(verb))) return false;
  static constexpr std::string_view kQuotes[] = {"\"", "\u201c", "``", "'"};
  for (int w = verb + 1; w <= t.size() && w <= verb + 5; ++w) {
    if (is_one_of(t.word(w).form, kQuotes)) return w > verb + 1;
    std::string_view u = t.upos(w);
    if (u != "PRON" && u != "DET" && u != "NOUN" && u != "PROPN" && u != "ADJ" && u != "NUM") return false;
  }
  return false;
}

// What a naming verb calls its object ("calling it [a coup]"), which parsers often make a second object: a noun or
// adjective after the object with no preposition or mark. 0 for other verbs, or with no such word.
int EventCoder::object_predicate(int verb) const {
  if (!is_naming_verb(tree_.lemma(verb))) return 0;
  int object = 0;
  for (int c : tree_.children(verb)) {
    std::string_view r = tree_.rel(c), u = tree_.upos(c);
    if (r == "obj" && !object) {
      object = c;
      continue;
    }
    if (object && c > object && (r == "obj" || r == "xcomp") && (u == "NOUN" || u == "ADJ") &&
        !tree_.child(c, "case") && !tree_.child(c, "mark") && !tree_.child(c, "cop"))
      return c;
  }
  // "called the sanctions unjustified": an adjective the parse hung after the object, as its last word.
  if (object)
    for (int c : tree_.children(object))
      if (c > object && tree_.rel(c) == "amod" && tree_.upos(c) == "ADJ" &&
          tree_.subtree_range(object).second == tree_.subtree_range(c).second)
        return c;
  return 0;
}

// A noun right after a participle with no preposition, taken for an oblique ("crowds burned down [its embassy]"):
// a reduced passive takes no such noun, so the participle is an active verb and the noun its object. Not a time
// ("seized Monday") or a number.
int EventCoder::bare_noun_after(int verb, bool names_too) const {
  for (int c : tree_.children(verb)) {
    const std::string_view u = tree_.upos(c);
    if (c > verb && tree_.base_rel(c) == "obl" && !tree_.child(c, "case") &&
        (u == "NOUN" || (names_too && u == "PROPN")) && !is_time_name(tree_.lemma(c)))
      return c;
  }
  return 0;
}

// "brushed aside a warning", "turned down the offer": parsers often take a verb's particle for the preposition of
// the noun after it. Only a word that is a particle far more often than a preposition, right after the verb, marking
// a noun hung on the verb; not part of a longer preposition ("out of").
int EventCoder::noun_behind_particle(int verb) const {
  static constexpr std::string_view particles[] = {"aside", "off", "out", "down", "away", "back"};
  int p = verb + 1;
  if (p > tree_.size() || tree_.rel(p) != "case" || !is_one_of(tree_.folded_form(p), particles)) return 0;
  // "pulled out of Gaza": a two-word preposition.
  if (tree_.child(p, "fixed") || (p < tree_.size() && tree_.upos(p + 1) == "ADP")) return 0;
  int noun = tree_.head(p);
  if (noun <= p || tree_.head(noun) != verb || tree_.base_rel(noun) != "obl") return 0;
  const std::string_view u = tree_.upos(noun);
  return u == "NOUN" || u == "PROPN" ? noun : 0;
}

int EventCoder::bare_object_of_false_passive(int verb) const {
  // "Georgian police detained the opposition leader" parsed as a passive: a past participle with a passive subject
  // but no passive auxiliary, and a noun hanging from it with no preposition. The object is that noun.
  if (tree_.child(verb, "aux:pass") || tree_.child(verb, "nsubj") || !tree_.child(verb, "nsubj:pass") ||
      tree_.xpos(verb) != "VBN")
    return 0;
  for (int c : tree_.children(verb))
    if (c > verb && (tree_.rel(c) == "obj" || (tree_.rel(c) == "obl" && !tree_.child(c, "case") &&
                                               tree_.upos(c) != "NUM" && !is_time_name(tree_.lemma(c)))))
      return c;
  return 0;
}

// Verbs whose object does what their infinitive says ("asked Russia to pull out", "prompted Israel to freeze"),
// which parsers often attach as an adverbial clause. Elsewhere an infinitive is the subject's own purpose: "will visit
// the United States to meet President X" is the visitor's meeting. ("accused Iran of developing", "blamed Russia
// for shelling": an "of" or "for" clause is the object's, whatever the verb.)
static bool takes_object_and_infinitive(std::string_view lemma) {
  static constexpr std::string_view verbs[] = {
      "ask",      "urge",     "call",     "tell",     "order",    "invite",   "allow",    "force",    "persuade",
      "encourage", "press",   "pressure", "warn",     "instruct", "request",  "require",  "permit",   "authorize",
      "authorise", "help",    "enable",   "compel",   "direct",   "appeal",   "implore",  "exhort",   "advise",
      "convince", "lobby",    "push",     "prod",     "challenge", "dare",    "forbid",   "prevent",  "caution",
      "remind",   "prompt",   "empower",  "demand",   "give",     "oblige",   "obligate", "lead",     "cause",
      "want",     "expect",   "need",     "get",      "let",      "make",     "send",     "dispatch", "deploy",
      "mobilize", "mobilise", "recruit",  "hire",     "appoint",  "assign",   "task",     "mandate",  "commission",
      "train",    "equip",    "arm",      "fund",     "finance",  "pay",      "inspire",  "motivate", "incite",
      "provoke",  "drive",    "tempt",    "lure",     "entitle",  "license",  "entrust",  "select",   "choose",
      "elect",    "nominate", "designate"};
  return is_one_of(lemma, verbs);
}

// Verbs of asking and waiting whose "for" phrase names who is to do what the infinitive after it says: "called for
// Olmert to resign", "appealed for Cuba to open", "waited for Haniya to cross". Not a verb of motion: "left for
// Havana to meet" is the traveller's meeting.
static bool asks_for_someone_to_act(std::string_view lemma) {
  static constexpr std::string_view verbs[] = {"call",  "appeal", "press", "push",     "plead",  "ask",
                                               "clamor", "clamour", "lobby", "campaign", "wait",   "pray"};
  return is_one_of(lemma, verbs);
}

// Nouns whose infinitive (or "of" + gerund) is an act of the noun's holder: "plans to send", "no intention of
// attacking". Not nouns whose infinitive someone else carries out ("a demand to withdraw").
static bool is_intent_noun(std::string_view lemma) {
  static constexpr std::string_view nouns[] = {
      "plan",       "intention", "decision", "attempt",   "effort",    "offer",       "proposal",
      "promise",    "pledge",    "commitment", "readiness", "willingness", "threat",
      "determination", "refusal", "vow",     "ambition",  "aim",       "goal",        "desire", "wish",
      "strategy",   "scheme",    "plot",     "intent",    "preparation", "preparations", "resolve", "hope"};
  return is_one_of(lemma, nouns);
}

EventCoder::EventCoder(const lexicon::Lexicon& lex)
    : lex_(lex), mentions_(lex), mishap_verbs_(lex.dicts().find_synset(lexicon::kMishapVerbsSet)) {
  for (const auto& g : lex.dicts().groups) petrarch_verbs_ = petrarch_verbs_ || g.format == lexicon::DictFormat::kPetrarch;
}

bool EventCoder::is_mishap_verb(int w) const {
  if (mishap_verbs_ == lexicon::kNone || w <= 0 || keys_.lemmas[w - 1] == kUnknownWord) return false;
  return lex_.in_synset(mishap_verbs_, std::span<const uint32_t>(keys_.lemmas).subspan(w - 1, 1));
}

int EventCoder::subject_of(int verb, int depth) const {
  if (verb <= 0 || depth > 6) return 0;
  const size_t slot = (static_cast<size_t>(verb) * kSubjectDepths + depth) * 2 + (linear_ ? 1 : 0);
  if (slot >= subject_cache_.size()) return find_subject(verb, depth);  // a tree other than the sentence's
  if (subject_cache_[slot] == 0) subject_cache_[slot] = find_subject(verb, depth) + 1;
  return subject_cache_[slot] - 1;
}

// "Visiting Russian Prime Minister Viktor Chernomyrdin gave a warning", "The visiting U.S. envoy X said": a
// participle that opens the sentence describes the guest named after it, though the parse made the guest its
// object. The guest (an official or body, not a place visited: "Visiting Moscow, Bush said"), or 0.
int EventCoder::guest_opening_the_sentence(int visiting) const {
  if (tree_.lemma(visiting) != "visit" || tree_.xpos(visiting) != "VBG") return 0;
  const bool opens = visiting == 1 || (visiting == 2 && tree_.lemma(1) == "the");
  const int guest = tree_.child(visiting, "obj");
  if (!opens || !guest || tree_.subtree_range(guest).first != visiting + 1) return 0;
  const Mention* m = actor_at(guest);
  if (!m || m->kind == MentionKind::place || m->city || m->ref.code.size() <= 3) return 0;
  return guest;
}

int EventCoder::find_subject(int verb, int depth) const {
  bool passive_subject = false;
  bool false_passive = bare_object_of_false_passive(verb) != 0;
  const bool has_nsubj = tree_.child(verb, "nsubj") != 0;
  for (int c : tree_.children(verb)) {
    std::string_view r = tree_.rel(c);
    if (c < verb && (r == "nsubj" || (!has_nsubj && (r == "advcl" || r == "dislocated" || r == "csubj"))))
      if (int guest = guest_opening_the_sentence(c)) return guest;
    // "shot dead Khayreddin al-Dabbagh" parsed with the name an agent: an agent with no "by" is the object.
    if (r == "obl:agent" && !linear_ && !tree_.child(c, "case")) continue;
    if (r == "nsubj" || r == "csubj" || r == "obl:agent") {
      if (tree_.rel(verb) == "acl:relcl" && is_relative_pronoun(tree_.word(c))) {
        // "who" speaks of people: a city the parse made its antecedent ("displaced Sudanese living in Khartoum who
        // want to return home") is not the one who acts.
        const Mention* a = actor_at(tree_.head(verb));
        if (tree_.lemma(c) == "who" && a && (a->city || a->kind == MentionKind::place)) return 0;
        // "who" stands right after the people it speaks of: a clause the parse hung on a larger noun that names no
        // one itself ("its campaign against the LTTE who accuse ...", the campaign's owner aside) has for doer the
        // actor named just before it.
        if (int named = mention_by_head_[tree_.head(verb)] ? 0 : people_named_before(c)) return named;
        return tree_.head(verb);
      }
      // A relative clause the parse hung elsewhere ("said Haniya, who has just made a visit"): its antecedent.
      if (int a = r == "nsubj" ? antecedent_of_stray_relative(c) : 0) return a;
      return c;
    }
    // A controller seen from its complement: "Gollum was seen to break into ..." (depth > 0 only).
    // "he was prepared to meet", "Iran is determined to press on": a participle of readiness is an adjective whose
    // subject is the one ready to act.
    static constexpr std::string_view kReadiness[] = {"prepare", "determine", "commit", "resolve", "poise", "dispose",
                                                      "incline"};
    if (r == "nsubj:pass") {
      if (depth > 0 || false_passive || (is_one_of(tree_.lemma(verb), kReadiness) && tree_.child(verb, "xcomp")))
        return c;
      passive_subject = true;
    }
  }
  // A passive with no by-phrase has no known doer: do not borrow one from another clause. Nor may a passive
  // conjunct borrow its head's subject, who is what the act is done to ("he was sent ... and has been implicated
  // in attacks").
  if (passive_subject) return 0;
  if (depth == 0 && !false_passive && tree_.child(verb, "aux:pass")) return 0;
  std::string_view r = tree_.rel(verb);
  // A bare participle joined to a passive shares its auxiliaries, so it is passive too: in "eight policemen have
  // been detained, accused of negligence" the policemen are the accused, not the accusers.
  if (depth == 0 && r == "conj" && tree_.xpos(verb) == "VBN" && !tree_.child(verb, "aux") &&
      tree_.child(tree_.head(verb), "aux:pass"))
    return 0;
  int mark = tree_.child(verb, "mark");
  std::string_view ml = mark ? tree_.lemma(mark) : std::string_view();
  if (r == "xcomp" || (r == "advcl" && (ml == "of" || ml == "for")) ||
      (r == "advcl" && ml == "to" && takes_object_and_infinitive(tree_.lemma(tree_.head(verb))))) {
    // Object control: "asked Russia to pull out", "called on Tunisia to stop" (the parser may take the
    // infinitive for an adverbial clause), "accused Iran of developing", "blamed Russia for shelling".
    // "promised to", "agreed to" have no object: the subject acts.
    int head = tree_.head(verb);
    for (int c : tree_.children(head)) {
      std::string_view cr = tree_.rel(c);
      if (c == verb || !(cr == "obj" || cr == "iobj" || tree_.base_rel(c) == "obl")) continue;
      // The addressee in a prepositional phrase: "called on Tunisia to", "appealed to the council to", "pleaded
      // with Israel to".
      if (tree_.base_rel(c) == "obl") {
        int cs = tree_.child(c, "case");
        std::string_view p = cs ? tree_.lemma(cs) : std::string_view();
        std::string_view hl = tree_.lemma(head);
        bool addressee = (hl == "call" && (p == "on" || p == "upon")) || (hl == "appeal" && p == "to") ||
                         (hl == "plead" && p == "with");
        if (!addressee) continue;
      }
      // Not a thing a role noun only describes: "gunmen wearing police uniforms stormed" (a parse making "stormed"
      // the complement of "wearing") is no police act. A name so used still is its people: "asked UN staff to".
      const Mention* controller = c < verb ? actor_at(c) : nullptr;
      if (controller && controller->kind == MentionKind::agent && !mention_by_head_[c] && !mention_by_word_[c] &&
          tree_.rel(controller->head) == "compound" && tree_.head(controller->head) == c)
        continue;
      if (controller) return c;
    }
    // "thanked his hosts for helping him", "blamed the weather for delaying": one praised, blamed, accused or
    // punished for an act did it, named or not; the subject did not.
    if (const std::string_view hl = tree_.lemma(head);
        r == "advcl" && (ml == "of" || ml == "for") && (blames_for_act(hl) || praises_for_act(hl) || hl == "accuse"))
      if (int o = tree_.child(head, "obj"); o && o < verb) return 0;
  }
  // "called for Olmert to resign": UD makes the "for" phrase the infinitive's subject, parsers often an oblique of
  // the verb above. Only the phrase that runs up to the infinitive's "to", and only after a verb of asking.
  if ((r == "advcl" || r == "xcomp") && ml == "to" && asks_for_someone_to_act(tree_.lemma(tree_.head(verb))))
    for (int c : tree_.children(tree_.head(verb))) {
      int cs = tree_.base_rel(c) == "obl" ? tree_.child(c, "case") : 0;
      if (!cs || tree_.lemma(cs) != "for" || c > mark || !actor_at(c)) continue;
      bool adjacent = true;  // nothing between the phrase and "to" but the phrase's own words
      for (int w = c + 1; w < mark && adjacent; ++w) adjacent = tree_.dominates(c, w);
      if (adjacent) return c;
    }
  // A conjunct with nothing that joins it ("is about to restore ties ... after crowds burned down its embassy",
  // "burned" a conjunct of "about") is a parse gone wrong, not a second act of the same doer: PETRARCH's parse
  // would give it its own subject.
  if (r == "conj" && linear_ && !tree_.child(verb, "cc") && !tree_.child(verb, "punct")) return 0;
  // "a resolution calling on Syria to ...", "a fleet composed of warships visited X": the noun described acts. Only
  // for the clause itself, not one climbed to from a clause below ("criticising X despite failing to ...").
  if (!linear_ && depth == 0)
    if (int d = doer_of_unattached_clause(verb)) return d;
  // "An aircraft crashed at the airport, killing 36 people": what a mishap brings about is no one's act (the
  // dictionaries' &MISHAPVERBS); nor what a verb joined to it says the mishap did ("crashed in a residential area
  // and hit a 10-story apartment block").
  if ((r == "advcl" || r == "conj") && is_mishap_verb(tree_.head(verb))) return 0;
  if (r == "xcomp" || r == "conj" || r == "advcl") return subject_of(tree_.head(verb), depth + 1);
  // PETRARCH's subject is the noun phrase before the verb: a predicate with no subject hung beside a root name
  // ("The rights activists of Amnesty International are about to ...", the parse reading "activists [are] Amnesty
  // International" and hanging "are about" on the name) has that phrase for subject, first its own subject.
  // Only a copular predicate (a verb so hung is the rule in emit) and the first after the name.
  if (linear_ && r == "parataxis" && tree_.child(verb, "cop") && tree_.head(verb) > 0 && tree_.head(verb) < verb &&
      tree_.rel(tree_.head(verb)) == "root" &&
      (tree_.upos(tree_.head(verb)) == "PROPN" || tree_.xpos(tree_.head(verb)).starts_with("NNP"))) {
    int name = tree_.head(verb);
    bool first = true;  // nothing but the predicate's own words between the name and it
    for (int w = name + 1; w < verb && first; ++w) first = tree_.dominates(verb, w);
    if (first) {
      if (int s = tree_.child(name, "nsubj"); s && s < name) return s;
      return name;
    }
  }
  if (r == "acl:relcl") return tree_.head(verb);
  // "Egypt was the first country to establish ties with China": who the ranked noun describes; "China wants to be
  // the first to send aid": the one who would be it.
  if (r == "acl" && ml == "to")
    if (int noun = ranked_noun_of_infinitive(tree_, verb)) {
      if (int s = who_is_ranked(tree_, noun)) return s;
      return tree_.rel(noun) == "xcomp" ? subject_of(tree_.head(noun), depth + 1) : 0;
    }
  if (r == "acl" && (ml == "to" || ml == "of") && tree_.head(verb) > 0 && is_intent_noun(tree_.lemma(tree_.head(verb)))) {
    // "Russia's plan to send troops", "the US has no plans to send troops", "took the decision to send tanks":
    // whoever holds the plan does the act.
    int noun = tree_.head(verb);
    if (int poss = tree_.child(noun, "nmod:poss"); poss && actor_at(poss)) return poss;
    // "a United States proposal to lift", "the Iranian plan to resume": the name or adjective on the noun holds it.
    for (int c : tree_.children(noun))
      if (const Mention* m = c < noun && (tree_.rel(c) == "compound" || tree_.rel(c) == "amod") ? actor_at(c) : nullptr;
          m && m->ref.code.rfind("---", 0) != 0)
        return c;
    std::string_view nr = tree_.rel(noun);
    if (nr == "obj" || nr == "root" || nr == "conj") return subject_of(tree_.head(noun), depth + 1);
  }
  return 0;
}

int EventCoder::speaker_of(int verb) const {
  for (int v = verb, steps = 0; v > 0 && steps < 8; v = tree_.head(v), ++steps) {
    std::string_view r = tree_.rel(v);
    int h = tree_.head(v);
    if ((r == "ccomp" || r == "parataxis") && h > 0 && is_speech_lemma(tree_.lemma(h))) return subject_of(h);
    // "..., she said in a statement": the speech verb hangs from the reported clause, as parataxis or as a
    // conjunct with a subject, no conjunction and nothing else to say.
    for (int c : tree_.children(v))
      if (is_speech_lemma(tree_.lemma(c)) && (tree_.rel(c) == "parataxis" || (c > v && is_bare_reporting_conjunct(tree_, c))))
        return subject_of(c);
  }
  return 0;
}

bool EventCoder::is_trailing_report(int verb, int c) const {
  if (c < verb || !is_speech_lemma(tree_.lemma(c)) || !tree_.child(c, "nsubj") || tree_.child(c, "obj") ||
      tree_.child(c, "ccomp") || tree_.child(c, "mark"))
    return false;
  int first = tree_.subtree_range(c).first;
  return (first > 1 && tree_.word(first - 1).form == ",") || tree_.word(first).form == ",";
}

std::vector<std::string> regular_verb_stems(std::string_view form) {
  const std::string f = ascii_lower(form);
  std::vector<std::string> out;
  auto undouble = [&](const std::string& s) {  // "stopped" -> "stopp" -> "stop"
    if (s.size() >= 3 && s.back() == s[s.size() - 2] && !std::strchr("aeiou", s.back())) out.push_back(s.substr(0, s.size() - 1));
  };
  auto strip = [&](std::string_view suffix) { return f.substr(0, f.size() - suffix.size()); };
  if (f.size() > 4 && f.ends_with("ied")) out.push_back(strip("ied") + "y");
  if (f.size() > 3 && f.ends_with("ed")) {
    out.push_back(strip("ed"));      // "shelled" -> "shell", "bombed" -> "bomb"
    out.push_back(strip("d"));       // "blockaded" -> "blockade"
    undouble(strip("ed"));
  }
  if (f.size() > 4 && f.ends_with("ing")) {
    out.push_back(strip("ing"));
    out.push_back(strip("ing") + "e");
    undouble(strip("ing"));
  }
  if (f.size() > 3 && f.ends_with("es")) out.push_back(strip("es"));
  if (f.size() > 2 && f.ends_with("s")) out.push_back(strip("s"));
  return out;
}

bool EventCoder::is_event_word(int w) const {
  std::string_view r = tree_.rel(w);
  if (r == "aux" || r == "aux:pass" || r == "cop") return false;
  // Capitalised inside a sentence and before another capital, a verb's form is a word of a name: "the Visiting Forces
  // Agreement", "the Defense Intelligence Agency". Not in a headline written in title case ("Russia Attacks Ukraine"),
  // nor after punctuation that opens a sentence ("CAIRO, Nov. 8 (Xinhua) -- Visiting UN Secretary-General").
  auto capitalised = [&](int i) { return std::isupper(static_cast<unsigned char>(tree_.word(i).form[0])) != 0; };
  if (w > 1 && w < tree_.size() && tree_.upos(w - 1) != "PUNCT" && capitalised(w) && capitalised(w + 1)) {
    int lower = 0, words = 0;
    for (int i = 1; i <= tree_.size(); ++i) {
      if (!std::isalpha(static_cast<unsigned char>(tree_.word(i).form[0]))) continue;
      ++words;
      lower += !capitalised(i);
    }
    if (2 * lower > words) return false;
  }
  // "warned citizens against visiting Ukraine", "barred from entering": the act is not happening; nor is it in
  // "a place to visit" (an infinitive describing a noun). It is in "plans to send troops" (a plan's act, coded
  // with the plan's modality).
  if (r == "acl" && tree_.head(w) > 0 && is_intent_noun(tree_.lemma(tree_.head(w)))) return true;
  // Nor in "the first country to visit X" (src/coding/ranked_doers.h): a rank tells of an act done.
  if (r == "acl" && ranked_noun_of_infinitive(tree_, w)) return true;
  if (r == "advcl" || r == "acl" || r == "xcomp")
    for (int c : tree_.children(w)) {
      if (tree_.rel(c) != "mark") continue;
      std::string_view m = tree_.lemma(c);
      if (m == "against" || m == "from" || (r == "acl" && m == "to")) return false;
    }
  return true;
}

// A line named by the two countries it divides ("on the Armenian-Azerbaijani border", "along the Thai-Cambodian
// frontier"): the two countries joined by a hyphen before the noun are its two sides. Only with no doer named on
// the verb: a fight there between unnamed forces is the two countries fighting each other, but "Azerbaijani forces
// shelled the border" is Azerbaijan's act alone.
void EventCoder::border_sides(int verb, int noun, std::vector<const Mention*>& out) const {
  if (int s = subject_of(verb); s && actor_at(s)) return;
  std::vector<const Mention*> sides;
  breadth_first(tree_, {noun}, 3, {"amod", "compound"}, [&](int f, int) {
    const Mention* m = f < noun ? actor_at(f) : nullptr;
    if (!m || m->ref.code.size() != 3 || m->ref.code != m->ref.country) return false;
    for (const Mention* x : sides)
      if (x->ref.country == m->ref.country) return false;
    sides.push_back(m);
    return false;
  });
  // Joined by a hyphen ("Israel-Lebanon"): a coordination ("European and African nations") is the parser's to
  // resolve, and a lone adjective with another of its own ("the Russian Ukrainian border guard") is no pair.
  if (sides.size() != 2) return;
  if (sides[0]->first > sides[1]->first) std::swap(sides[0], sides[1]);
  if (sides[1]->first - sides[0]->last != 2 || tree_.word(sides[0]->last + 1).form != "-") return;
  out = sides;
}

// PETRARCH codes a noun phrase by its first country and the role its words name: "X's deputy prime minister Y",
// "X's awful minister Y" are X's government, whatever country the person's name also stands for.
const Mention* EventCoder::first_country_in_role(int head, const Mention* chosen) const {
  auto in_phrase = [&](int h) {
    for (int steps = 0; h && h != head && steps < 8; ++steps, h = tree_.head(h)) {
      std::string_view r = tree_.base_rel(h);
      if (r != "nmod" && r != "compound" && r != "amod" && r != "flat" && r != "appos") return false;
    }
    return h == head;
  };
  const Mention* country = nullptr;
  const Mention* role = nullptr;
  auto [lo, hi] = tree_.subtree_range(head);
  for (int w = lo; w <= hi; ++w) {
    int m = mention_by_first_[w];
    if (!m || !in_phrase(sentence_mentions_[m - 1].head)) continue;
    const Mention& men = sentence_mentions_[m - 1];
    if (!country && !role && men.kind == MentionKind::actor && men.ref.code.size() == 3) country = &men;
    const std::string& rc = men.ref.code;
    bool owned_role = rc.size() > 3 && (rc.starts_with("---") || (men.ref.country.size() == 3 && rc.starts_with(men.ref.country)));
    if (!role && men.kind == MentionKind::agent && owned_role) role = &men;
  }
  if (!country || !role) return chosen;
  Mention combined = *role;
  combined.ref.code = country->ref.code + role->ref.code.substr(3);
  if (combined.ref.code == chosen->ref.code) return chosen;
  split_actor_code(combined.ref.code, combined.ref.country, combined.ref.sectors);
  derived_mentions_.push_back(std::move(combined));
  return &derived_mentions_.back();
}

const Mention* EventCoder::new_actor_at(int head) const {
  const int limit = petrarch_options_.new_actor_length;
  if (limit <= 0 || head <= 0 || mention_by_word_[head]) return nullptr;
  // The phrase is the head's own words: not its preposition, the other members of a coordination, commas and
  // possessive marks, nor a prepositional phrase other than an of-phrase ("the Ministry of Magic", not "... on
  // Wednesday").
  auto [lo, hi] = tree_.subtree_range(head);
  std::vector<char> skip(static_cast<size_t>(hi - lo + 1), 0);
  for (int c : tree_.children(head)) {
    std::string_view r = tree_.base_rel(c);
    int cs = tree_.rel(c) == "nmod" ? tree_.child(c, "case") : 0;
    bool other_phrase = cs && tree_.lemma(cs) != "of";
    if (r != "conj" && r != "cc" && r != "punct" && r != "case" && !other_phrase) continue;
    auto [clo, chi] = tree_.subtree_range(c);
    for (int w = clo; w <= chi; ++w) skip[w - lo] = 1;
  }
  std::string code;
  int words = 0;
  for (int w = lo; w <= hi; ++w) {
    const Word& wd = tree_.word(w);
    if (skip[w - lo] || wd.upos == "PUNCT" || wd.upos == "PART" || (tree_.rel(w) == "case" && wd.form.starts_with("'")))
      continue;
    if (mention_by_word_[w] || ++words > limit) return nullptr;
    if (!code.empty()) code += ' ';
    for (char ch : wd.form) code += static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  }
  if (words == 0) return nullptr;
  Mention m;
  m.first = lo;
  m.last = hi;
  m.head = head;
  m.ref.code = "\"" + code + "\"";
  m.ref.text = code;
  m.ref.head = head;
  m.ref.sentence = sentence_index_;
  m.ref.span = Span{tree_.word(lo).span.begin, tree_.word(hi).span.end};
  m.ref.rule = "PETRARCH new actor";
  derived_mentions_.push_back(std::move(m));
  return &derived_mentions_.back();
}

int EventCoder::country_in_phrase(int phrase) const {
  // The nearest actor with a country inside an in/at-phrase: "in the Tigrayan city of Axum", "in the basement of a
  // police station in Izium".
  int cs = tree_.child(phrase, "case");
  if (!cs || (tree_.lemma(cs) != "in" && tree_.lemma(cs) != "at")) return 0;
  int found = 0;
  breadth_first(tree_, {phrase}, 3, {"nmod", "amod", "compound", "flat"}, [&](int w, int) {
    const Mention* m = actor_at(w);
    if (m && m->ref.country.size() == 3 && m->kind != MentionKind::pronoun) found = w;
    return found != 0;
  });
  return found;
}

// "the chaos in Iraq, where US troops are clashing with insurgents": a clause opened by "where" happens in the
// place named right before it, whatever the parse hung the clause on (the model often makes it a clause of the
// main verb, or "where" a conjunct of the place). The word of that place when it names a country, else 0.
int EventCoder::place_of_where_clause(int verb) const {
  // "where US troops are clashing with insurgents and training local forces": each conjunct of the clause.
  while (tree_.rel(verb) == "conj" && tree_.head(verb) > 0) verb = tree_.head(verb);
  int where = 0;
  for (int c : tree_.children(verb))
    if (tree_.rel(c) == "advmod" && tree_.lemma(c) == "where" && c < verb) where = c;
  if (int before = tree_.subtree_range(verb).first - 1; !where && before >= 1 && tree_.lemma(before) == "where")
    where = before;
  if (!where) return 0;
  int place = where - 1;
  if (place >= 1 && tree_.word(place).form == ",") --place;
  const Mention* m = place >= 1 ? actor_at(place) : nullptr;
  if (!m || m->kind == MentionKind::pronoun || m->ref.country.size() != 3 || m->ref.code.size() != 3) return 0;
  return place;
}

void EventCoder::adopt_local_country(std::vector<const Mention*>& targets, const std::vector<const Mention*>& sources,
                                     int verb, std::string_view code, std::deque<Mention>& adopted) const {
  // A sentence naming several countries leaves a role noun of no country without one. Two readings of CAMEO
  // practice give it one: the opposition (and political prisoners) belong to the government that faces them
  // ("suspended talks with the opposition in Mexico City" is the Venezuelan opposition); people struck by force
  // belong to the place where it strikes them ("killed civilians in the Tigrayan city of Axum", "struck Kurdish
  // militia positions in northern Syria").
  // And a government sits in its capital: the officials or leaders one meets there are that country's ("meet with
  // officials in Algiers and in Nouakchott" are Algeria's and Mauritania's). Not rebels or the opposition, who
  // often meet abroad ("met rebels in Doha").
  const bool force = code_of_force(code);
  const bool meeting = code.starts_with("04") || code == "036";
  std::string doer_country;
  for (const Mention* s : sources)
    if (doer_country.empty()) doer_country = s->ref.country;
  // The countries of the capitals named after "in" on `w`, and on the members coordinated with that phrase.
  auto capitals_met_in = [&](int w) {
    std::vector<std::string> out;
    for (int c : tree_.children(w)) {
      int cs = tree_.child(c, "case");
      if (!cs || tree_.lemma(cs) != "in" || (tree_.base_rel(c) != "obl" && tree_.base_rel(c) != "nmod")) continue;
      std::vector<int> places{c};
      for (int k : tree_.children(c))
        if (tree_.rel(k) == "conj") places.push_back(k);
      for (int p : places) {
        const Mention* m = mention_by_head_[p] ? &sentence_mentions_[mention_by_head_[p] - 1] : nullptr;
        if (m && m->kind == MentionKind::actor && m->city && m->ref.code.size() == 3 &&
            std::find(out.begin(), out.end(), m->ref.country) == out.end())
          out.push_back(m->ref.country);
      }
      if (!out.empty()) break;
    }
    return out;
  };
  std::vector<const Mention*> more;
  for (const Mention*& t : targets) {
    if (t->ref.code.rfind("---", 0) != 0 || t->ref.code.size() <= 3) continue;
    std::string country;
    if (t->ref.has_sector("OPP")) country = doer_country;
    if (country.empty() && force && t->ref.sentence == sentence_index_ && tree_.upos(t->head) == "NOUN") {
      int at = 0;
      for (int c : tree_.children(t->head))
        if (!at && tree_.base_rel(c) == "nmod") at = country_in_phrase(c);
      for (int c : tree_.children(verb))
        if (!at && tree_.base_rel(c) == "obl") at = country_in_phrase(c);
      // "opened fire on a funeral in eastern Baghdad, wounding two people": a participle clause strikes where the
      // clause it hangs from does.
      if (int h = tree_.head(verb); !at && h > 0 && tree_.rel(verb) == "advcl" && tree_.xpos(verb) == "VBG")
        breadth_first(tree_, {h}, 3, {"obl", "obj", "nmod"}, [&](int f, int level) {
          if (level > 0 && tree_.base_rel(f) == "obl") at = country_in_phrase(f);
          if (level > 0 && !at && tree_.base_rel(f) == "nmod") at = country_in_phrase(f);
          return at != 0;
        });
      if (!at) at = place_of_where_clause(verb);
      if (at) country = actor_at(at)->ref.country;
    }
    // "training local forces" in a clause set in Iraq: a role called local is of the place the act happens in.
    if (country.empty() && t->ref.sentence == sentence_index_ && called_local(t->head)) {
      int at = place_of_where_clause(verb);
      for (int c : tree_.children(verb))
        if (!at && tree_.base_rel(c) == "obl") at = country_in_phrase(c);
      if (at) country = actor_at(at)->ref.country;
    }
    if (country.empty() && meeting && t->ref.has_sector("GOV") && t->ref.sentence == sentence_index_) {
      std::vector<std::string> seats = capitals_met_in(t->head);
      if (seats.empty()) seats = capitals_met_in(verb);
      if (!seats.empty()) country = seats[0];
      for (size_t k = 1; k < seats.size(); ++k) {
        adopted.push_back(with_country(*t, seats[k]));
        more.push_back(&adopted.back());
      }
    }
    if (country.empty()) continue;
    adopted.push_back(with_country(*t, country));
    t = &adopted.back();
  }
  targets.insert(targets.end(), more.begin(), more.end());
}

// The actor of a "with" phrase on the verb ("met with X") that is none of `side`, or 0.
int EventCoder::with_partner(int verb, const std::vector<const Mention*>& side) const {
  if (tree_.upos(verb) != "VERB") return 0;
  for (int c : tree_.children(verb)) {
    int cs = tree_.base_rel(c) == "obl" ? tree_.child(c, "case") : 0;
    const Mention* m = cs && tree_.lemma(cs) == "with" ? actor_at(c) : nullptr;
    if (m && m->kind != MentionKind::place && std::find(side.begin(), side.end(), m) == side.end()) return c;
  }
  return 0;
}

// Acts the sentence shows to be another, or none: each coded again (or dropped) before anyone is looked for. True
// when it was.
bool EventCoder::emit_redirected(int verb, const lexicon::EventCodes& codes, const std::string& rule,
                                 const Binding& b, std::vector<Event>& out, bool linear_defaults) {
  if (b.compound && b.compound_after) {
    // "- * WITH %" with a subject: "Eriador agrees with the Philippines and France" is Eriador's act towards each
    // of them. With no subject the compound's members act on each other ("fighting between X and Y").
    Binding each;
    actors_at(subject_of(verb), each.source);
    if (!each.source.empty()) {
      each.target = b.source;
      emit(verb, codes, rule, each, out, linear_defaults);
      return true;
    }
  }
  // "Bush and Rice met last week with Iraqi Prime Minister al-Maliki": a coordinated subject that meets (or talks,
  // works, ...) with someone named is one side of the act, not its two parties; each member acts towards the
  // partner.
  if (!linear_defaults && b.compound && !b.compound_after && b.target.empty())
    if (int partner = with_partner(verb, b.source)) {
      Binding each;
      actors_at(partner, each.target);
      // A member of the partner's own country is on its side, not the other ("China and Burundi ..., said Hu when
      // meeting with Burundian President Nkurunziza").
      for (const Mention* m : b.source)
        if (std::none_of(each.target.begin(), each.target.end(),
                         [&](const Mention* t) { return !m->ref.country.empty() && t->ref.country == m->ref.country; }))
          each.source.push_back(m);
      if (each.source.empty() || each.target.empty()) return false;
      lexicon::EventCodes one_way = codes;  // the compound's "040:040" is the members' act on each other
      one_way.reciprocal.clear();
      emit(verb, one_way, rule + "; a coordinated side and its partner", each, out, linear_defaults);
      return true;
    }
  // "Lavrov attacked the ODIHR Monday, saying it had an unacceptable autonomy": an attack in words is criticism.
  if (!linear_defaults && codes.code == "190" && is_attack_in_words(verb)) {
    lexicon::EventCodes words = codes;
    words.code = "111";
    words.reciprocal.clear();
    emit(verb, words, rule + "; an attack in words", b, out, linear_defaults);
    return true;
  }
  // "A Russian attack on the Baltic states would trigger ...": a nominal event that is the subject of a conditional
  // is one imagined, not reported.
  if (!linear_defaults && tree_.upos(verb) == "NOUN" && tree_.base_rel(verb) == "nsubj")
    for (int a : tree_.children(tree_.head(verb))) {
      static constexpr std::string_view kConditional[] = {"would", "could", "might", "may"};
      if (tree_.rel(a) == "aux" && is_one_of(tree_.folded_form(a), kConditional)) return true;
    }
  // "calling it a coup against democracy" names the act; it is no telephone call and no appeal (what it is called
  // may make it criticism or praise, coded by the patterns that read it).
  if (!linear_defaults && (codes.code.starts_with("02") || codes.code.starts_with("04")) &&
      (object_predicate(verb) || names_in_quotes(tree_, verb) ||
       (tree_.rel(verb) == "acl:relcl" && named_by_free_relative(tree_, tree_.head(verb)))))
    return true;
  // "Rebels captured Kisangani": no one arrests a town; taking a named place is occupying territory (192), as the
  // patterns code "captured the town".
  if (!linear_defaults && codes.code == "173")
    for (const Mention* t : b.target)
      if ((t->kind == MentionKind::place || t->city) && tree_.base_rel(t->head) == "obj" && tree_.head(t->head) == verb) {
        lexicon::EventCodes taken = codes;
        taken.code = "192";
        emit(verb, taken, rule + "; a named place taken", b, out, linear_defaults);
        return true;
      }
  // "voiced concern that Syria and Iran were moving to topple the government": worry over what a named actor is
  // doing charges it with the act (112), aimed at that actor.
  if (!linear_defaults && codes.code == "012" && !b.compound)
    if (int doer = doer_of_feared_act(verb)) {
      Binding charged = b;
      charged.target.clear();
      actors_at(doer, charged.target);
      std::erase_if(charged.target, [&](const Mention* t) {
        return std::find(b.source.begin(), b.source.end(), t) != b.source.end();
      });
      if (!charged.target.empty()) {
        lexicon::EventCodes accusation = codes;
        accusation.code = "112";
        emit(verb, accusation, rule + "; a named doer's act feared", charged, out, linear_defaults);
        return true;
      }
    }
  return false;
}

// "Germany's defence minister said Berlin was ready to ...", "North Korea's foreign ministry said Pyongyang would
// ...": a government speaking of its own capital's act uses the capital for itself, and CAMEO codes the government
// that speaks (DEUGOV, PRKGOV). The country's own name stays the state ("Italy will withdraw", said a minister: ITA),
// as does a capital no government of its own speaks for ("Washington demanded").
static void speaks_for_own_state(const Mention& speaker, const Mention& doer, ActorRef& source) {
  if (doer.kind != MentionKind::actor || !doer.city || doer.ref.code.size() != 3 || doer.ref.code != doer.ref.country)
    return;
  if (speaker.ref.country != doer.ref.country || !speaker.ref.has_sector("GOV")) return;
  if (speaker.ref.code != speaker.ref.country + "GOV") return;
  source.code = speaker.ref.code;
  source.sectors = speaker.ref.sectors;
}

Mention& EventCoder::derive_at(int w, MentionKind kind, const std::string& code) const {
  Mention m;
  m.first = m.last = m.head = w;
  m.kind = kind;
  m.ref.code = code;
  split_actor_code(m.ref.code, m.ref.country, m.ref.sectors);
  m.ref.sentence = sentence_index_;
  m.ref.head = w;
  m.ref.text = tree_.word(w).form;
  m.ref.span = tree_.word(w).span;
  derived_mentions_.push_back(std::move(m));
  return derived_mentions_.back();
}

// The code the doer and target make of a pattern's code (vigil's own dictionaries only).
const std::string& EventCoder::recoded_for_actors(const std::string& given, int verb, const ActorRef& source,
                                                  const Mention* target) const {
  // A state body protests in words, not in the street: "Roh ... strongly protesting the latter's pilgrimages to a
  // war shrine" is a criticism (111); CAMEO keeps demonstrations (14) for the public. (A country named alone may be
  // its people: "Angry Palestinians protested", "Serbs and Albanians protested".)
  static const std::string kCriticism = "111";
  if (given.starts_with("14") && tree_.lemma(verb) == "protest" &&
      (source.has_sector("GOV") || source.has_sector("LEG") || source.has_sector("JUD")))
    return kCriticism;
  // Police who fight private people repress them (175): "Kenyan police clashed with residents of the capital's slum".
  static const std::string kRepression = "175";
  if (given.starts_with("19") && source.has_sector("COP") && target && private_people(target->ref) &&
      target->ref.country == source.country)
    return kRepression;
  return given;
}

void EventCoder::emit(int verb, const lexicon::EventCodes& codes, const std::string& rule, const Binding& b,
                      std::vector<Event>& out, bool linear_defaults) {
  linear_ = linear_defaults;
  if (emit_redirected(verb, codes, rule, b, out, linear_defaults)) return;
  Participants p;
  p.sources = b.source;
  p.targets = b.target;
  find_doers(verb, codes, b, linear_defaults, p);
  find_targets(verb, codes, b, linear_defaults, p);
  std::vector<const Mention*>& sources = p.sources;
  std::vector<const Mention*>& targets = p.targets;
  const bool show_of_force = !linear_defaults && codes.code.starts_with("15");
  // Pulling back or cutting one's forces moves them too: "plans to reduce the number of US forces in Iraq".
  const bool forces_moved = !linear_defaults && codes.code.starts_with("087");
  // A place is where something happens to someone, never the one who acts ("the shelling of Kharkiv").
  std::erase_if(sources, [](const Mention* m) { return m->kind == MentionKind::place; });
  if (!linear_defaults) give_countries(verb, codes, out, p);
  // A target must be someone: not the source again, not the doer's own forces in a show of force or a withdrawal,
  // and not a role noun that belongs to no one ("forces"). (PETRARCH's convention keeps them, as "---EDU" for
  // "students".)
  std::erase_if(targets, [&](const Mention* t) {
    return std::find(sources.begin(), sources.end(), t) != sources.end() ||
           ((show_of_force || forces_moved) && own_force_of(t, sources)) ||
           (!linear_defaults && (t->ref.code.rfind("---", 0) == 0 ||
                                 (t->ref.sentence == sentence_index_ && is_own(t->head, sources)))) ||
           is_venue(*t, verb, codes.code) || (!linear_defaults && is_fired_weapon(tree_, *t, verb, sentence_index_));
  });
  // "Four deputies were sentenced to 15 years": a court's act, though the sentence names none.
  if (sources.empty() && !linear_defaults && !b.compound)
    if (const Mention* authority = implied_authority(verb, targets)) sources.push_back(authority);
  // "Watson was sentenced in Norway" (NORJUD), "Gotovina was arrested in Spain" (ESPCOP): the doer's own country
  // after "in" is where a state coerces someone, not whom.
  if (!linear_defaults && (codes.code.starts_with("17") || codes.code == "116"))
    std::erase_if(targets, [&](const Mention* t) { return coerced_at_home(*t, sources); });
  if (sources.empty()) return;
  const Sentence& s = tree_.sentence();
  int speaker = speaker_of(verb);
  auto make = [&](const Mention* src, const Mention* tgt, const std::string& given, int at = 0) {
    if (!at) at = verb;
    const std::string& code = linear_defaults ? given : recoded_for_actors(given, at, src->ref, tgt);
    if (code.empty() || code == "---") return;
    // Speaking to the press is an interview, not a consultation: "rebels who spoke to AFP", "the minister talked
    // with reporters" code no 04 event (what was said may).
    if (!linear_defaults && tgt && code.starts_with("04") && tgt->ref.sentence == sentence_index_ &&
        tree_.head(tgt->head) == at && (is_news_outlet(*tgt) || parse::is_press_noun(tree_.lemma(tgt->head))))
      return;
    // A place in the doer's own country is where it acts, not whom it acts on ("refuel in the country").
    // Nor, outside force, a place of its own country that the act is not done to directly ("keeping the
    // country's plants running"; but "addressed the nation").
    const bool direct = tgt && tgt->ref.sentence == sentence_index_ && tree_.head(tgt->head) == at &&
                        tree_.rel(tgt->head) == "obj";
    if (tgt && tgt->kind == MentionKind::place &&
        (tgt->ref.code == src->ref.code ||
         (tgt->ref.country == src->ref.country && !code_of_force(code) && !direct)))
      tgt = nullptr;
    // "Larijani warned that Iran would attack": the country whose act a threat holds out is the threatener's own
    // side, not whom it threatens.
    if (tgt && !linear_defaults && code.starts_with("13") && tgt->ref.code.size() == 3 &&
        tgt->ref.code == src->ref.country && tgt->ref.sentence == sentence_index_ &&
        tree_.rel(tgt->head) == "nsubj" && tree_.head(tgt->head) != at && tree_.dominates(at, tgt->head))
      tgt = nullptr;
    // Two people of the dictionaries who hold the same code are still two parties: "Abbas and Prime Minister Haneya
    // have been engaged in talks" (PSEGOV with PSEGOV).
    const bool two_people = tgt && tgt->ref.dated_person != UINT32_MAX && src->ref.dated_person != UINT32_MAX &&
                            tgt->ref.dated_person != src->ref.dated_person;
    if (tgt && tgt->ref.code == src->ref.code && !two_people) {
      // A role of no country that took the doer's own ("huddled with several fellow leaders", "asked the interior
      // minister to investigate") is someone of the same side, not a sign that nothing happened: words and
      // cooperation (roots 01 to 08) keep the act with no target. Force so turned on one's own side is more often
      // a misreading, and is dropped as before.
      const bool adopted = std::any_of(p.adopted.begin(), p.adopted.end(), [&](const Mention& a) { return &a == tgt; });
      if (!adopted || linear_defaults || code.compare(0, 2, "09") >= 0) return;
      tgt = nullptr;
    }
    // A visit is a state's, a body's or an official's: civilians, students, the press or refugees coming to a
    // country ("13,000 Albanians have arrived in Italy", "American students came to China") make no visit.
    if (!linear_defaults && is_visit_code(code) && private_people(src->ref)) return;
    // A role noun with no one it belongs to ("officials said") names no actor: no event; nor is it a target of
    // vigil's own patterns ("mediated between officials and armed groups"). PETRARCH's suites keep such targets.
    // PETRARCH codes them as ---GOV, ---REL, ... ("Clerics and lawmakers believe ...").
    if (src->ref.code.rfind("---", 0) == 0 && !linear_defaults) return;
    if (tgt && !linear_defaults && tgt->ref.code.rfind("---", 0) == 0) tgt = nullptr;
    for (const Event& e : out)
      if (e.sentence == sentence_index_ && e.cameo == code && e.source.code == src->ref.code &&
          (e.target ? e.target->code : "") == (tgt ? tgt->ref.code : ""))
        return;
    Event e;
    e.doc = doc_ ? doc_->id : "";
    e.sentence = sentence_index_;
    e.source = src->ref;
    if (speaker && !linear_defaults)
      if (const Mention* sp = actor_at(speaker)) speaks_for_own_state(*sp, *src, e.source);
    if (tgt) e.target = tgt->ref;
    // Only a target: a counterpart that acts is someone else's ("his Egyptian counterpart met ..." is the opposite
    // number of an earlier "he", not of whom he met).
    if (e.target && !linear_defaults) match_counterpart(tree_, sentence_index_, e.source, *e.target);
    e.cameo = code;
    e.verb_word = at;
    e.negation_in_code = b.negation_in_code;
    e.evidence.text = s.text;
    e.evidence.verb = tree_.word(at).form;
    e.evidence.verb_span = tree_.word(at).span;
    e.evidence.rule = rule + antecedent_note(src, tgt);
    if (doc_ && !doc_->published.empty()) {
      e.date = doc_->published;
      e.date_precision = "day";
      e.date_basis = "published";
    } else {
      e.date_basis = "unresolved";
    }
    if (speaker)
      if (const Mention* sp = actor_at(speaker)) e.speaker = sp->ref;
    e.id = event_id(e);
    out.push_back(std::move(e));
    doers_.push_back(*src);
    if (story_country_.empty() && !p.country_from_dateline) story_country_ = src->ref.country;
    if (doers_.size() > 16) doers_.erase(doers_.begin(), doers_.end() - 8);
  };
  // PETRARCH actor codes may name several actors at once ("FRO/BIL/SAM" for the Shire): one event for each.
  std::deque<Mention> split;  // stable addresses: the lists below point into it
  auto expand = [&](std::vector<const Mention*>& list) {
    bool any = false;
    for (const Mention* m : list) any = any || m->ref.code.find('/') != std::string::npos;
    if (!any) return;
    std::vector<const Mention*> out;
    for (const Mention* m : list) {
      size_t start = 0;
      for (;;) {
        size_t slash = m->ref.code.find('/', start);
        Mention part = *m;
        part.ref.code = m->ref.code.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
        split_actor_code(part.ref.code, part.ref.country, part.ref.sectors);
        split.push_back(part);
        out.push_back(&split.back());
        if (slash == std::string::npos) break;
        start = slash + 1;
      }
    }
    list = out;
  };
  expand(sources);
  expand(targets);
  // "Russia and Ukraine held talks", "X and Y clashed": with no target, the events of a shared kind (consulting,
  // cooperating, fighting, a ceasefire) run between the coordinated actors themselves, both ways.
  // Praise, apology, a visit or mediation go from one party to another: "is supported by Germany and Italy" is no
  // support between the two. Nor does a passive's by-agent act on its own conjuncts.
  const std::string& k = codes.code;
  bool one_way = k.starts_with("051") || k.starts_with("052") || k.starts_with("053") || k.starts_with("055") ||
                 k.starts_with("056") || k.starts_with("042") || k.starts_with("045");
  bool reciprocal_kind = k.size() >= 2 && !one_way &&
                         (k.starts_with("03") || k.starts_with("04") || k.starts_with("05") || k.starts_with("06") ||
                          k.starts_with("19") || k == "0871");
  bool passive = tree_.child(verb, "nsubj:pass") > 0 || tree_.child(verb, "aux:pass") > 0;
  // Nor do they when the verb's object names others of no country ("Afghan and coalition forces killed three
  // suspected terrorists"): the act is on them.
  const Mention* object = actor_at(tree_.child(verb, "obj"));
  if (object && object->ref.code.starts_with("---")) reciprocal_kind = false;
  const bool among_themselves =
      b.compound || (targets.empty() && sources.size() >= 2 && reciprocal_kind && !passive && !linear_defaults);
  if (among_themselves && !linear_defaults && is_multilateral(sources, codes.code)) {
    for (const Mention* a : sources) make(a, nullptr, codes.code);
    return;
  }
  if (!b.compound && targets.empty() && sources.size() >= 2 && reciprocal_kind && !passive && !linear_defaults) {
    for (const Mention* a : sources)
      for (const Mention* c : sources)
        if (a != c) make(a, c, codes.code);
    return;
  }
  if (b.compound) {
    for (const Mention* a : sources)
      for (const Mention* c : sources)
        if (a != c) make(a, c, codes.code);
    return;
  }
  // Cooperating with, visiting or yielding to one's own country is no act between parties: "Merkel promised to
  // repair Germany-US relations" is no promise to Germany. Another target stands; with none, the act has no target.
  // (vigil's convention: PETRARCH's dictionaries keep such pairs, and its suite expects them.) Nor is a comment
  // about one's own country made to it: "Larijani warned that Iran will resort to other means" (01x). Addressed
  // to it, it is ("Erdogan addressed the nation"), and so is an appeal to one's own people (02x).
  const bool cooperative = !petrarch_verbs_ && codes.code.size() >= 2 && codes.code.compare(0, 2, "03") >= 0 &&
                           codes.code.compare(0, 2, "08") <= 0;
  const bool comment = !petrarch_verbs_ && codes.code.starts_with("01");
  auto own_country = [&](const Mention* src, const Mention* tgt) {
    if (src->ref.country.empty() || tgt->ref.code != src->ref.country || tgt->ref.code == src->ref.code) return false;
    if (cooperative) return true;
    const bool addressed = tgt->head > 0 && tree_.head(tgt->head) == verb &&
                           (tree_.rel(tgt->head) == "obj" || tree_.rel(tgt->head) == "iobj");
    return comment && !addressed;
  };
  for (const Mention* src : sources) {
    // "The Kremlin denied that it had any role": a pronoun pointing back to the source leaves the event without a
    // target. A name is another matter: "Russia attacked Moscow" is no event at all.
    bool none = true;
    for (const Mention* tgt : targets) none = none && own_country(src, tgt);
    for (const Mention* tgt : targets) none = none || (tgt->kind == MentionKind::pronoun && tgt->ref.code == src->ref.code);
    // A trip to one's own country is no visit between actors: "lawmakers went to Mogadishu", "pilgrims arrived in
    // Saudi Arabia", "the premier toured Shandong" (a city, a region, a capital as a city: the country's code).
    // CAMEO codes a visit to whom it is made, and at home there is no one else; no event at all.
    // Not "the country" read back to a name before it, which may be the wrong one ("Hu paid a state visit to the
    // country", Mongolia, with "Chinese" named last): such a visit keeps its place as before, with no target.
    bool home_trip = is_visit_code(codes.code) && !targets.empty();
    for (const Mention* tgt : targets)
      home_trip = home_trip && own_country(src, tgt) && !(tgt->kind == MentionKind::place && !tgt->city);
    if (home_trip) continue;
    // PETRARCH keeps only complete codings, a source, a target and a code: "a senior official said" alone is none.
    // Without require_dyad it keeps them when a noun phrase after the verb stands where the target would ("said
    // on Saturday"; not "said today"), as PETRARCH fills the target with the phrase's null actor.
    bool open_target = !petrarch_options_.require_dyad && first_phrase_after(verb) != 0;
    if (none && (!linear_defaults || open_target)) make(src, nullptr, codes.code);
    for (const Mention* tgt : targets) {
      if (own_country(src, tgt)) continue;
      make(src, tgt, codes.code);
      if (!codes.reciprocal.empty()) make(tgt, src, codes.reciprocal);
    }
  }
  if (linear_defaults || !codes.code.starts_with("12")) return;
  // Turning down someone's request, offer or demand reports that request too, as CAMEO coders code it:
  // "Switzerland turned down a German request" is also DEU -> CHE 020; "despite repeated appeals from Minsk".
  for (int c : tree_.children(verb)) {
    std::string_view r = tree_.base_rel(c);
    int cs = tree_.child(c, "case");
    bool despite = (r == "obl" || r == "nmod") && cs && tree_.lemma(cs) == "despite";
    // "brushed aside a U.S. warning": the particle taken for the noun's preposition.
    if (r != "obj" && tree_.rel(c) != "nsubj:pass" && !despite && c != noun_behind_particle(verb)) continue;
    std::string code = requested_act_code(tree_.lemma(c));
    if (code.empty()) continue;
    std::vector<const Mention*> owners;
    actors_at(c, owners);
    for (int g : tree_.children(c)) {
      int gc = tree_.child(g, "case");
      if (owners.empty() && tree_.base_rel(g) == "nmod" && gc && (tree_.lemma(gc) == "from" || tree_.lemma(gc) == "by"))
        actors_at(g, owners);
    }
    for (const Mention* owner : owners)
      for (const Mention* src : sources)
        if (owner->ref.code.rfind("---", 0) != 0 && owner->kind != MentionKind::place) make(owner, src, code, c);
  }
}

std::string requested_act_code(std::string_view noun) {
  static constexpr std::pair<std::string_view, std::string_view> codes[] = {
      {"request", "020"}, {"appeal", "020"},   {"call", "020"},     {"plea", "020"},       {"petition", "020"},
      {"demand", "100"},  {"ultimatum", "100"}, {"offer", "030"},   {"proposal", "030"},   {"initiative", "030"},
      {"overture", "030"}, {"invitation", "030"}, {"peace plan", "030"}, {"warning", "130"}, {"threat", "130"}};
  for (auto [word, code] : codes)
    if (noun == word) return std::string(code);
  return "";
}

void EventCoder::code_sentence(const Sentence& parsed, int sentence_index, std::vector<Event>& out,
                               SentenceTrace* trace) {
  lex_.encode(parsed, keys_);
  code_encoded(parsed, sentence_index, out, trace);
}

void EventCoder::code_sentence(const Sentence& parsed, int sentence_index, std::span<const uint32_t> forms,
                               std::vector<Event>& out) {
  keys_.forms.assign(forms.begin(), forms.end());
  lex_.encode_lemmas(parsed, keys_);
  code_encoded(parsed, sentence_index, out, nullptr);
}

void EventCoder::note_mentions(const Sentence& parsed, int sentence_index, bool keep_people) {
  if (story_discarded_) return;
  lex_.encode(parsed, keys_);
  tree_.reset(parsed);
  clear_sentence_caches();
  sentence_mentions_.clear();
  Document empty;
  mentions_.note_skipped(tree_, keys_, doc_ ? *doc_ : empty, sentence_index, sentence_mentions_, keep_people);
}

void EventCoder::remember_people_of_uncoded_sentence(int sentence_index) {
  sentence_mentions_.clear();
  Document empty;
  mentions_.find(tree_, keys_, doc_ ? *doc_ : empty, sentence_index, sentence_mentions_);
  sentence_mentions_.clear();
}

bool EventCoder::is_topic_gerund(int w) const {
  // By the words, not the attachment: parsers hang such a gerund on the noun or on the verb before it alike.
  if (w < 3 || tree_.xpos(w) != "VBG") return false;
  const int on = w - 1, noun = w - 2;
  const std::string_view p = tree_.folded_form(on);
  if ((p != "on" && p != "about") || tree_.head(on) != w) return false;
  return tree_.upos(noun) == "NOUN" || tree_.upos(noun) == "PROPN";
}

void EventCoder::code_encoded(const Sentence& parsed, int sentence_index, std::vector<Event>& out,
                              SentenceTrace* trace) {
  sentence_index_ = sentence_index;
  previous_doers_ = doers_;  // events of earlier sentences only
  if (previous_doers_.size() > 8) previous_doers_.erase(previous_doers_.begin(), previous_doers_.end() - 8);
  tree_.reset(parsed);
  derived_mentions_.clear();
  linear_ = false;  // set per verb group below; nothing of an earlier sentence's dictionary format carries over
  const lexicon::Dictionaries& d = lex_.dicts();
  const int n = tree_.size();
  // Sentence and story discards.
  for (int i = 0; i < n; ++i) {
    if (keys_.forms[i] == kUnknownWord || !lex_.discards().starts_with(keys_.forms[i])) continue;
    auto m = lex_.discards().longest(keys_.forms, static_cast<size_t>(i));
    for (uint32_t v : m.values) {
      lexicon::DiscardScope scope = d.discards[v].scope;
      if (scope == lexicon::DiscardScope::kStory) story_discarded_ = true;
      if (scope != lexicon::DiscardScope::kActor) {
        if (trace) trace->skipped = "discard: " + d.discards[v].phrase.text + " (" + lex_.where(d.discards[v].where) + ")";
        // A sentence that codes nothing still names the story's people: "Chinese President Hu Jintao rolled out
        // the red carpet ..." before "Hu met with five African presidents".
        if (!story_discarded_) remember_people_of_uncoded_sentence(sentence_index);
        return;
      }
    }
  }
  if (story_discarded_) {
    if (trace) trace->skipped = "the story was discarded";
    return;
  }
  sentence_mentions_.clear();
  Document empty;
  mentions_.find(tree_, keys_, doc_ ? *doc_ : empty, sentence_index, sentence_mentions_);
  mention_by_head_.assign(n + 1, 0);
  mention_by_first_.assign(n + 1, 0);
  mention_by_last_.assign(n + 1, 0);
  mention_by_word_.assign(n + 1, 0);
  for (size_t k = 0; k < sentence_mentions_.size(); ++k) {
    const Mention& m = sentence_mentions_[k];
    int id = static_cast<int>(k) + 1;
    if (m.head >= 1 && m.head <= n && !mention_by_head_[m.head]) mention_by_head_[m.head] = id;
    if (m.kind == MentionKind::pronoun) continue;
    for (int w = m.first; w <= m.last && w <= n; ++w)
      if (!mention_by_word_[w]) mention_by_word_[w] = id;
    if (!mention_by_first_[m.first]) mention_by_first_[m.first] = id;
    if (!mention_by_last_[m.last]) mention_by_last_[m.last] = id;
  }
  clear_sentence_caches();
  if (trace) trace->mentions = sentence_mentions_;
  const size_t first_event = out.size();
  petrarch_verb_.assign(n + 1, 0);
  std::vector<uint32_t> verbs;
  for (int w = 1; w <= n; ++w) {
    if (!is_event_word(w)) continue;
    if (int guest = guest_after_visiting(w)) {  // "talks with visiting President X": X's visit, not the clause's
      code_guest_visit(w, guest, out);
      continue;
    }
    verbs.clear();
    for (uint32_t id : {keys_.lemmas[w - 1], keys_.forms[w - 1]})
      if (id != kUnknownWord)
        for (uint32_t v : lex_.verbs_for(id))
          if (std::find(verbs.begin(), verbs.end(), v) == verbs.end()) verbs.push_back(v);
    if (petrarch_verbs_ && keys_.forms[w - 1] != keys_.lemmas[w - 1] && keys_.forms[w - 1] != kUnknownWord) {
      // PETRARCH looks verbs up by their form: a form listed as a verb of its own ("LEFT [032:033]") is that verb,
      // not also its lemma's ("LEAVE [012]").
      auto petrarch = [&](uint32_t v) { return d.groups[d.verbs[v].group].format == lexicon::DictFormat::kPetrarch; };
      const auto& by_form = lex_.verbs_for(keys_.forms[w - 1]);
      bool form_listed = false;
      for (uint32_t v : by_form) form_listed = form_listed || petrarch(v);
      if (form_listed)
        std::erase_if(verbs, [&](uint32_t v) {
          return petrarch(v) && std::find(by_form.begin(), by_form.end(), v) == by_form.end();
        });
    }
    if (verbs.empty() && tree_.xpos(w).rfind("VB", 0) == 0) {
      // A lemmatizer's slip on an unseen inflection ("shelled" -> "shel"): the verb's regular stems.
      for (const std::string& stem : regular_verb_stems(tree_.word(w).form)) {
        uint32_t id = lex_.words().find(stem);
        if (id == kUnknownWord) continue;
        for (uint32_t v : lex_.verbs_for(id))
          if (std::find(verbs.begin(), verbs.end(), v) == verbs.end()) verbs.push_back(v);
        if (!verbs.empty()) break;
      }
    }
    const std::string_view upos = tree_.upos(w);
    // The other words of a multi-word verb must hang from it ("rule out", "back down").
    auto has_its_words = [&](uint32_t vi) {
      const lexicon::Verb& v = d.verbs[vi];
      const lexicon::VerbGroup& g = d.groups[v.group];
      for (size_t k = 0; k < v.words.size(); ++k) {
        if (k == v.head) continue;
        uint32_t id = lex_.words().find(v.words[k]);
        bool found = false;
        for (int c : tree_.children(w))
          if (keys_.forms[c - 1] == id || keys_.lemmas[c - 1] == id) found = true;
        // PETRARCH's multi-word verbs are runs of words ("+CORDON_OFF"): the word in its place next to the verb
        // counts wherever the parse hung it ("cordoned off the roads", "off" a preposition of "roads").
        int at = w + static_cast<int>(k) - static_cast<int>(v.head);
        if (!found && g.format == lexicon::DictFormat::kPetrarch && at >= 1 && at <= n)
          found = keys_.forms[at - 1] == id;
        // A particle the parse made the preposition of the next noun ("brushed [aside a warning]").
        if (!found && at == w + 1 && at <= n && keys_.forms[at - 1] == id) found = noun_behind_particle(w) != 0;
        if (!found) return false;
      }
      return true;
    };
    bool longer_noun_found = false;
    for (uint32_t vi : verbs)
      longer_noun_found = longer_noun_found || (d.groups[d.verbs[vi].group].noun && d.verbs[vi].words.size() > 1 &&
                                                has_its_words(vi));
    for (uint32_t vi : verbs) {
      const lexicon::Verb& v = d.verbs[vi];
      const lexicon::VerbGroup& g = d.groups[v.group];
      if (g.format == lexicon::DictFormat::kVigil) {
        // A gerund is a noun's event too ("the shelling of"), but not one with an object ("striking a deal on").
        bool nominal = upos == "NOUN" || upos == "PROPN" || (tree_.xpos(w) == "VBG" && !tree_.child(w, "obj"));
        // Predicative adjectives stand for verbs ("was optimistic that ...", "is ready to ...").
        bool predicate = upos == "VERB" || (upos == "ADJ" && tree_.child(w, "cop"));
        if (g.noun ? !nominal : !predicate) continue;
      } else if (upos != "VERB" && tree_.xpos(w).rfind("VB", 0) != 0) {
        continue;  // PETRARCH verbs are verbs in the parse
      }
      if (!has_its_words(vi)) continue;
      // "the UN Special Commission on disarming the country", "talks on reducing arms": a gerund after "on" or
      // "about" that a noun takes names what the noun is about, no act.
      if (g.format == lexicon::DictFormat::kVigil && is_topic_gerund(w)) continue;
      // "condemned the US for interfering": the interference is the condemner's charge, not the US's coded act.
      if (g.format == lexicon::DictFormat::kVigil && is_act_blamed_on_object(w)) continue;
      // A noun named with its modifier ("air +strikes", "verbal +attacks") is that noun alone, not also the bare
      // noun's event ("strikes", "attacks").
      if (g.noun && g.format == lexicon::DictFormat::kVigil && v.words.size() == 1 && longer_noun_found) continue;
      linear_ = g.format == lexicon::DictFormat::kPetrarch;
      bool coded = false;
      for (uint32_t pi : lex_.patterns_of(v.group)) {
        const lexicon::VerbPattern& p = d.patterns[pi];
        Binding b;
        std::string why;
        bool ok = match_pattern(p, w, b, trace ? &why : nullptr);
        if (trace) trace->trials.push_back(PatternTrial{w, pi, ok, why});
        if (!ok) continue;
        size_t before = out.size();
        emit(w, p.codes, lex_.where(p.where) + ": " + p.text, b, out, g.format == lexicon::DictFormat::kPetrarch);
        if (g.format == lexicon::DictFormat::kVigil && !names_a_partner(p)) mark_partner_unnamed(out, before);
        petrarch_verb_[w] = petrarch_verb_[w] || g.format == lexicon::DictFormat::kPetrarch;
        coded = true;
        break;
      }
      if (!coded) {
        const lexicon::EventCodes& codes = v.code.code.empty() ? g.code : v.code;
        if (trace) trace->trials.push_back(PatternTrial{w, kNone, codes.code != "---" && !codes.code.empty(), "the verb's own code " + codes.code});
        size_t before = out.size();
        emit(w, codes, lex_.where(v.where) + ": " + v.text, Binding{}, out, g.format == lexicon::DictFormat::kPetrarch);
        if (g.format == lexicon::DictFormat::kVigil) mark_partner_unnamed(out, before);
        petrarch_verb_[w] = petrarch_verb_[w] || g.format == lexicon::DictFormat::kPetrarch;
      }
    }
  }
  if (petrarch_verbs_) {
    absorb_trailing_clauses(first_event, out);
  } else {
    code_forces_now_in(out);
    give_attacks_their_victims(first_event, out);
  }
}

// A country's forces said to be "now in" another country have just been sent there, as "arrived in" says (074).
// Only with "now": without it a presence is a state, not an event ("US troops are in Iraq"). "Members of X" are X.
void EventCoder::code_forces_now_in(std::vector<Event>& out) {
  for (int w = 1; w <= tree_.size(); ++w) {
    int cs = tree_.child(w, "case");
    if (!tree_.child(w, "cop") || !cs || tree_.lemma(cs) != "in") continue;
    bool now = false;
    for (int c : tree_.children(w)) now = now || (tree_.rel(c) == "advmod" && tree_.lemma(c) == "now");
    const Mention* country = actor_at(w);
    int subject = tree_.child(w, "nsubj");
    if (!now || !subject || !country || country->kind == MentionKind::pronoun || country->ref.code.size() != 3 ||
        country->ref.country.empty())
      continue;
    std::vector<const Mention*> forces;
    actors_at(subject, forces);
    if (forces.empty() && (tree_.lemma(subject) == "member" || is_quantity_noun(tree_.lemma(subject))))
      for (int c : tree_.children(subject))
        if (int of = tree_.child(c, "case"); tree_.base_rel(c) == "nmod" && of && tree_.lemma(of) == "of") actors_at(c, forces);
    bool foreign_forces = !forces.empty();
    for (const Mention* m : forces)
      foreign_forces = foreign_forces && m->ref.has_sector("MIL") && !m->ref.country.empty() &&
                       m->ref.country != country->ref.country;
    if (!foreign_forces) continue;
    Binding b;
    b.source = forces;
    b.target = {country};
    linear_ = false;
    emit(w, lexicon::EventCodes{"074", ""}, "forces now in a country => 074", b, out);
  }
}

void EventCoder::absorb_trailing_clauses(size_t first_event, std::vector<Event>& out) const {
  const std::vector<char>& petrarch_verb = petrarch_verb_;
  // PETRARCH's convention: a clause that follows a coded verb inside its phrase ("restore ties with Gondor almost
  // five years after crowds burned down its embassy", "wage war on the Rohans until that group yielded ground")
  // only qualifies that verb's event; its own event is reported only when the verb codes none. A clause put before
  // the verb hangs from the sentence and stays.
  auto coded_at = [&](int verb) {
    for (size_t k = first_event; k < out.size(); ++k)
      if (out[k].verb_word == verb) return true;
    return false;
  };
  // A clause opened by a subordinator that the parse made a conjunct or a complement is adverbial all the same:
  // "..., almost five years after Calenardhon crowds burned down its embassy" ("after" hung on "crowds", "burned" a
  // conjunct or an xcomp).
  auto opens_with_subordinator = [&](int v) {
    if (tree_.rel(v) != "conj" && tree_.rel(v) != "xcomp") return false;
    static constexpr std::array<std::string_view, 6> subordinators = {"after", "before", "since",
                                                                      "until", "when",   "while"};
    for (int w = tree_.subtree_range(v).first; w < v; ++w)
      if ((tree_.rel(w) == "case" || tree_.rel(w) == "mark") && is_one_of(tree_.lemma(w), subordinators)) return true;
    return false;
  };
  std::vector<char> drop(out.size(), 0);
  bool any = false;
  for (size_t k = first_event; k < out.size(); ++k) {
    int v = out[k].verb_word;
    if (v < 1 || v >= static_cast<int>(petrarch_verb.size()) || !petrarch_verb[v]) continue;
    int h = tree_.head(v);
    int mark = tree_.child(v, "mark");
    bool infinitive = mark && tree_.lemma(mark) == "to";
    // PETRARCH codes one event for a verb phrase: an infinitive it governs, directly or through its object
    // ("abandoned efforts to stop the parade"), is folded into the governing verb's event when that verb codes one.
    if (h > 0 && h < v && infinitive && (tree_.rel(v) == "xcomp" || tree_.rel(v) == "acl")) {
      int up = tree_.rel(v) == "acl" && tree_.rel(h) == "obj" ? tree_.head(h) : h;
      if (petrarch_verb[up] && coded_at(up)) {
        drop[k] = 1;
        any = true;
        continue;
      }
    }
    if ((tree_.rel(v) != "advcl" && !opens_with_subordinator(v)) || h < 1 || h > v) continue;
    // An infinitive's event is its governing verb's ("vowed to wage war on the Rohans"): climb to it.
    // So is that of a conjunct with nothing joining it, a parse gone wrong ("it seems" made a conjunct of "said").
    for (int steps = 0; steps < 4 && !(petrarch_verb[h] && coded_at(h)) && tree_.head(h) > 0; ++steps) {
      int mark = tree_.child(h, "mark");
      bool infinitive = tree_.rel(h) == "xcomp" || (tree_.rel(h) == "advcl" && mark && tree_.lemma(mark) == "to");
      bool unjoined = tree_.rel(h) == "conj" && !tree_.child(h, "cc") && !tree_.child(h, "punct");
      if (!infinitive && !unjoined) break;
      h = tree_.head(h);
    }
    // A predicate's infinitive is its act ("is about to restore ties ..., five years after ..."): go down to it.
    if (!(petrarch_verb[h] && coded_at(h)))
      for (int c : tree_.children(h))
        if (c < v && tree_.rel(c) == "xcomp" && petrarch_verb[c] && coded_at(c)) h = c;
    if (!petrarch_verb[h] || !coded_at(h)) continue;
    drop[k] = 1;
    any = true;
  }
  if (!any) return;
  size_t w = first_event;
  for (size_t k = first_event; k < out.size(); ++k)
    if (!drop[k]) {
      if (w != k) out[w] = std::move(out[k]);
      ++w;
    }
  out.resize(w);
}

}  // namespace vigil::coding
