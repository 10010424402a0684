// Story-level coreference for people: later words that point back to a person the story named in full. A bare
// surname ("Hu made the remarks" after "Chinese President Hu Jintao"), a role description ("the president", "the
// Zambian president", "the envoy") and a plural of two ("the two presidents", "both leaders") take the code of
// the person they stand for. The rules are few and conservative, and each resolution says where it came from:
//   - only people named in earlier sentences count, by a dictionary name or a role with a name after it;
//   - a surname (or the whole name again) resolves when exactly one such person has that word in their name;
//   - a description ("the" + role noun, perhaps a country adjective and the role's own modifiers) resolves when
//     exactly one such person was written with a title of that head noun, or with "leader" for any head of state
//     or government; a lesser office ("vice president", "deputy minister") must be said as such;
//   - a plural of two resolves to the two people the role fits when there are exactly two, or else to the last
//     two named together in one sentence when it fits both;
//   - a title the person no longer holds ("former minister X") gives no person: its code is the office's;
//   - an organisation named in full ("Amnesty International", "Islamic Jihad") may be named later by one distinctive
//     word of its name ("Amnesty", "Jihad"), a capitalised name standing alone, when no other organisation or
//     person of the story has that word; a role noun of no country written with a capital is such a body too when
//     its name has the word ("Congress" after "India's Congress (I) party", "the Commission" after "the European
//     Commission").
// He/she are resolved by MentionFinder (recency, sentence-subject preference; the dictionaries record no gender);
// the surnames this adds take part. Sentence numbers in the notes are the story's sentence indices, as events
// report them (0-based).
#pragma once

#include <string>
#include <vector>

#include "coding/dependency_view.h"
#include "coding/event.h"
#include "lexicon/lexicon.h"

namespace vigil::coding {

struct Mention;  // coding/mentions.h, which holds a Coreference

// A person the story has named in full.
struct StoryPerson {
  std::vector<std::string> name;   // the words of the name as written ("Hu", "Jintao")
  std::vector<std::string> roles;   // lower-case words of the titles written with the name ("chinese", "president")
  std::vector<std::string> titles;  // their head nouns ("president"; "spokesman" of "government spokesman")
  ActorRef ref;                    // the code, the words and the sentence where the person was named
  bool female = false;             // called a woman where named: never a later "he"
};

// An organisation the story has named by a name of several words, for its short name later.
struct StoryOrganisation {
  std::vector<std::string> words;  // the distinctive words of the name ("Amnesty"; not "International")
  std::vector<std::string> all;    // every capitalised word of the name ("Congress" of "Congress (I) party")
  ActorRef ref;                    // the code, the words and the sentence where it was named
};

class Coreference {
 public:
  void start_story();
  // Adds mentions for bare surnames of earlier people and re-codes role descriptions and plurals that point back
  // to them. Runs on one sentence's mentions before its pronouns are resolved.
  void resolve(const DependencyView& t, const Document& doc, int sentence_index, std::vector<Mention>& found) const;
  // Remembers the people this sentence names in full, for the sentences after it.
  void remember(const DependencyView& t, int sentence_index, const std::vector<Mention>& found);

 private:
  std::vector<StoryPerson> people_;          // in order of first naming
  std::vector<StoryOrganisation> organisations_;
  std::vector<size_t> last_pair_;  // indices into people_ of the two people the last sentence naming two named
};

// The cheap pre-parse side: which capitalised words of the story so far name people (the words of dictionary
// people, and names written after a role: "President Levy Mwanawasa"), so a sentence holding only a surname
// ("Hu made the remarks") is still parsed and coded.
class StoryNames {
 public:
  void clear() { words_.clear(); }
  // Notes the name words of one tokenized sentence (`keys` its encoding); true when it names someone new.
  bool note(const lexicon::Lexicon& lex, const Sentence& tokens, const lexicon::SentenceKeys& keys);
  // Whether the sentence holds a word noted in an earlier sentence.
  bool names_earlier_person(const Sentence& tokens) const;

 private:
  std::vector<std::string> words_;
};

// Whether a word is written with a capital first letter.
bool capitalised(std::string_view form);

// Whether a dictionary actor is a body or group of vigil's own dictionaries (an "org" or "actor" entry; PETRARCH's
// write countries as plain actors too), whose name a story may shorten later.
bool names_organisation(const lexicon::Actor& a);

// Whether a word of an organisation's name can stand for it alone: capitalised, of four letters or more, and not
// one of the words many names share ("International", "Islamic", "National", "Party").
bool distinctive_name_word(std::string_view form);

// Whether a word can join a person's name without a capital: a particle ("al" of "al-Khalifa", "de", "bin"), or
// the hyphen the tokenizer splits off.
bool name_particle(std::string_view form);

// Marks the words some mention covers (indexed by word number, 1-based).
std::vector<char> covered_words(const DependencyView& t, const std::vector<Mention>& found);

// The last word of a name vigil does not know that a role mention introduces ("Zambian President Levy Mwanawasa":
// the role's mention ends at "President", the name at "Mwanawasa"), or 0 when no such name follows the mention.
// Only a present office of one person names one: not "former minister", not "ministers".
int titled_name_end(const DependencyView& t, const Mention& m, const std::vector<char>& covered);

// What an event's actors owe to earlier mentions, for its evidence: "; source: he -> Hu Jintao, sentence 2", or
// empty when both were named where they stand.
std::string antecedent_note(const Mention* source, const Mention* target);

}  // namespace vigil::coding
