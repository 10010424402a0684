// The dictionary model: actors, agents, verbs with their patterns, synonym sets and discards, as loaded from vigil's
// own format or PETRARCH's. Every entry keeps where it came from (file, line, original text) so `vigil explain`
// and an event's evidence can name the rule.
//
// This is the editable, inspectable form; lexicon.h compiles it into matchers.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/input_error.h"
#include "lexicon/dict_date.h"

namespace vigil::lexicon {

inline constexpr uint32_t kNone = UINT32_MAX;

// Where an entry was written. `file` indexes Dictionaries::files.
struct SourceRef {
  uint32_t file = kNone;
  uint32_t line = 0;
};

enum class DictFormat : uint8_t { kVigil, kPetrarch };

// A phrase as written, and its folded words (see fold.h). `gap_after[i]` is true when the source allowed other
// words between word i and word i+1 (PETRARCH's space connector); vigil phrases are always consecutive.
struct Phrase {
  std::string text;
  std::vector<std::string> words;
  std::vector<bool> gap_after;
};

// A consecutive phrase from text as written ("Mélanie Joly" -> words "melanie", "joly").
Phrase make_phrase(std::string_view text);

// ----- Actors -----

enum class ActorKind : uint8_t { kActor, kCountry, kOrg, kPerson };

// What a phrase names: the actor itself, or its adjective (which combines with agents), demonym or capital.
enum class PhraseRole : uint8_t { kName, kAlias, kAdjective, kDemonym, kCapital };

struct RoleCode {
  std::string code;
  Period period;
  SourceRef where;
};

struct Actor {
  ActorKind kind = ActorKind::kActor;
  std::string name;             // the main name as written
  std::string default_code;     // empty: no code outside the roles (PETRARCH) or derived (vigil person, see below)
  std::vector<RoleCode> roles;  // in file order; the first containing the date wins
  SourceRef where;
  DictFormat format = DictFormat::kVigil;

  // The code on `date` (kNoDate: the default). Empty when nothing applies.
  std::string_view code_on(Date date) const;
};

struct ActorPhrase {
  Phrase phrase;
  PhraseRole role = PhraseRole::kName;
  uint32_t actor = kNone;  // index into Dictionaries::actors
  SourceRef where;
};

// ----- Agents -----

struct Agent {
  std::string name;  // the main phrase as written
  std::string code;  // sector blocks without the tilde: "GOV", "GOVFRM", "NGO"
  bool prefix = false;  // "NGO~": the code goes before the actor's country code
  SourceRef where;
  DictFormat format = DictFormat::kVigil;
};

// One surface form of an agent: its phrase, an alias, or a plural.
struct AgentPhrase {
  Phrase phrase;
  uint32_t agent = kNone;
  bool plural = false;
  SourceRef where;
};

// ----- Synonym sets -----

struct Synset {
  std::string name;  // with the '&': "&FORCES"
  std::vector<Phrase> members;  // after finalize(): nested sets flattened in
  std::vector<std::string> nested;  // names of sets listed as members ("+&TIETYPES"), flattened by finalize()
  SourceRef where;
  DictFormat format = DictFormat::kVigil;
};

// ----- Verbs -----

// The CAMEO code of an event, and of its reciprocal (target -> source) when the pattern says "A:B".
struct EventCodes {
  std::string code;        // "042", or "---" for no event; PETRARCH codes are kept as written ("1717", "025?")
  std::string reciprocal;  // empty when none
};

// A block of synonymous verbs (or event nouns) sharing patterns.
struct VerbGroup {
  std::string name;       // vigil: the header's lemmas; PETRARCH: the block title ("DEPLOY")
  EventCodes code;        // the bare verb's code ("---" when it codes nothing without a pattern)
  bool noun = false;      // a nominal event ("deployment")
  std::vector<uint32_t> verbs;     // indices into Dictionaries::verbs
  std::vector<uint32_t> patterns;  // indices into Dictionaries::patterns, in file order
  SourceRef where;
  DictFormat format = DictFormat::kVigil;
};

// One verb (or noun) of a group. `words` are folded; `head` is the verb word. Multi-word verbs ("rule out",
// PETRARCH "KLM_NOP_+RST") need the other words next to the head, in order.
struct Verb {
  std::vector<std::string> words;
  uint32_t head = 0;
  std::vector<std::string> forms;  // inflected forms of the head matched besides its lemma (PETRARCH: given in
                                   // {...} or generated: -S, -ED, -ING); vigil verbs match by lemma only
  EventCodes code;  // own code, else the group's (empty code = use the group's)
  uint32_t group = kNone;
  std::string text;  // as written
  SourceRef where;
};

// Who an actor phrase in a pattern stands for.
enum class Slot : uint8_t { kNone, kSource, kTarget, kCompound };

// ---- vigil's dependency patterns ----

enum class DepRole : uint8_t { kSubj, kObj, kIobj, kPrt, kXcomp, kCcomp, kMod, kAux, kPrep };

struct DepFiller {
  bool any = false;                              // "_": the dependent just has to exist
  std::vector<std::vector<std::string>> lemmas;  // alternatives, each one or more folded words ("round_of_talks")
  // The word ids of `lemmas`, set by the Lexicon that owns the dictionaries: a coder compares ids per word, and a
  // hash lookup per alternative per trial would cost more than the comparison.
  std::vector<std::vector<uint32_t>> lemma_ids;
  std::vector<std::string> synset_names;         // "&FORCES" alternatives
  std::vector<uint32_t> synsets;                 // resolved by finalize()
  Slot slot = Slot::kNone;
};

struct DepConstraint {
  DepRole role = DepRole::kObj;
  std::string preposition;  // for kPrep, folded, multi-word joined by spaces ("in front of")
  DepFiller filler;
  bool negated = false;  // "!mod:not"
};

// ---- PETRARCH's linear patterns ----

enum class LinearKind : uint8_t {
  kVerb,         // '*': where the verb is
  kWord,         // a word
  kSynset,       // &NAME
  kSource,       // $
  kTarget,       // +
  kCompound,     // %
  kSkipPhrase,   // ^: skip a noun phrase
  kAlternatives  // {A | B}: TABARI disjunction, kept as an anonymous synset
};

struct LinearElement {
  LinearKind kind = LinearKind::kWord;
  std::string word;      // kWord: folded; kSynset: the name ("&TIETYPES")
  uint32_t word_id = UINT32_MAX;  // kWord: the id of `word`, set by the Lexicon that owns the dictionaries
  uint32_t synset = kNone;  // kSynset / kAlternatives: resolved by finalize()
  bool adjacent_next = false;  // '_' joined this element to the next one: no words may come between
};

enum class PatternSyntax : uint8_t { kDependency, kLinear };

struct VerbPattern {
  PatternSyntax syntax = PatternSyntax::kDependency;
  std::vector<DepConstraint> constraints;  // kDependency
  std::vector<LinearElement> elements;     // kLinear, in sentence order, with one kVerb element
  uint32_t verb_index = 0;                 // kLinear: position of the kVerb element in `elements`
  EventCodes codes;
  uint32_t group = kNone;
  std::string text;  // the pattern as written, for explain and evidence
  SourceRef where;

  // How specific the pattern is: constraints (dependency) or non-verb elements (linear). Longer patterns are tried
  // first.
  size_t size() const;
  // Whether the pattern asks for the verb's own negation ("mod:not"): "did not rule out force" is a threat, and
  // the "not" is part of the code, not a denial of it.
  bool requires_negation() const;
};

// ----- Discards -----

enum class DiscardScope : uint8_t { kSentence, kStory, kActor };

struct Discard {
  Phrase phrase;
  DiscardScope scope = DiscardScope::kSentence;
  SourceRef where;
  DictFormat format = DictFormat::kVigil;
};

// ----- The whole set -----

// Synonym sets the coder itself reads, by name (not only through patterns): lint counts them as used.
inline constexpr std::string_view kMishapVerbsSet = "&MISHAPVERBS";  // "crashed, killing 36": no one's act
inline constexpr std::string_view kSetsReadByTheCoder[] = {kMishapVerbsSet};

class Dictionaries {
 public:
  std::vector<std::string> files;  // file names, indexed by SourceRef::file
  std::vector<Actor> actors;
  std::vector<ActorPhrase> actor_phrases;
  std::vector<Agent> agents;
  std::vector<AgentPhrase> agent_phrases;
  std::vector<Synset> synsets;
  std::vector<VerbGroup> groups;
  std::vector<Verb> verbs;
  std::vector<VerbPattern> patterns;
  std::vector<Discard> discards;

  uint32_t add_file(std::string name);
  std::string_view file_of(SourceRef ref) const;
  // "file:line", or "" for an unset ref.
  std::string where(SourceRef ref) const;

  // The synset named `name` ("&FORCES"), or kNone.
  uint32_t find_synset(std::string_view name) const;

  // Links what the loaders left by name: synset references in patterns are resolved, nested synsets flattened.
  // Reports undefined or circular sets. Call once after all files are loaded (load_dictionaries does).
  void finalize(std::vector<InputProblem>& problems);
};

}  // namespace vigil::lexicon
