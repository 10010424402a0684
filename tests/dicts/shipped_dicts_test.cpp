// The shipped dictionaries: the generated countries file (build tree) and the hand-written organisations, agents
// and discards (source tree) load with vigil's loader without a problem, and key entries code as they should.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "lexicon/fold.h"
#include "lexicon/load_dictionaries.h"
#include "lexicon/vigil_format.h"
#include "text/sentence.h"
#include "text/tokenizer.h"

namespace vigil::lexicon {
namespace {

const std::string kSource = VIGIL_SOURCE_DICTS_DIR;
const std::string kBuild = VIGIL_BUILD_DICTS_DIR;

std::string dump(const std::vector<InputProblem>& problems) {
  std::string out;
  for (const auto& p : problems) out += p.to_string() + "\n";
  return out;
}

// The files this suite owns, loaded together.
class ShippedDicts : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dicts = new Dictionaries();
    problems = new std::vector<InputProblem>();
    load_vigil_file(kBuild + "/actors/countries.txt", DictKind::kActors, *dicts, *problems);
    load_vigil_file(kSource + "/actors/organisations.txt", DictKind::kActors, *dicts, *problems);
    load_vigil_file(kSource + "/actors/capitals.txt", DictKind::kActors, *dicts, *problems);
    load_vigil_file(kSource + "/agents.txt", DictKind::kAgents, *dicts, *problems);
    load_vigil_file(kSource + "/discards.txt", DictKind::kDiscards, *dicts, *problems);
    dicts->finalize(*problems);
  }
  static void TearDownTestSuite() {
    delete dicts;
    delete problems;
  }

  // Codes of every actor a phrase names on `date` (kNoDate: the default), with the phrase's role.
  static std::set<std::string> codes(const std::string& phrase, Date date = kNoDate) {
    std::vector<std::string> words = fold_words(phrase);
    std::set<std::string> out;
    for (const ActorPhrase& p : dicts->actor_phrases)
      if (p.phrase.words == words) out.insert(std::string(dicts->actors[p.actor].code_on(date)));
    return out;
  }
  static std::set<PhraseRole> roles(const std::string& phrase) {
    std::vector<std::string> words = fold_words(phrase);
    std::set<PhraseRole> out;
    for (const ActorPhrase& p : dicts->actor_phrases)
      if (p.phrase.words == words) out.insert(p.role);
    return out;
  }
  static std::set<std::string> agent_codes(const std::string& phrase) {
    std::vector<std::string> words = fold_words(phrase);
    std::set<std::string> out;
    for (const AgentPhrase& p : dicts->agent_phrases)
      if (p.phrase.words == words) {
        const Agent& a = dicts->agents[p.agent];
        out.insert(a.prefix ? a.code + "~" : a.code);
      }
    return out;
  }
  static const Discard* discard(const std::string& phrase) {
    std::vector<std::string> words = fold_words(phrase);
    for (const Discard& d : dicts->discards)
      if (d.phrase.words == words) return &d;
    return nullptr;
  }

  static Dictionaries* dicts;
  static std::vector<InputProblem>* problems;
};
Dictionaries* ShippedDicts::dicts = nullptr;
std::vector<InputProblem>* ShippedDicts::problems = nullptr;

using S = std::set<std::string>;

TEST_F(ShippedDicts, LoadWithoutProblems) {
  EXPECT_TRUE(problems->empty()) << dump(*problems);
  EXPECT_GT(dicts->actors.size(), 500u);
  EXPECT_GT(dicts->agent_phrases.size(), 500u);
  EXPECT_GT(dicts->discards.size(), 50u);
}

TEST_F(ShippedDicts, GeneratedFileRecordsItsSources) {
  std::ifstream in(kBuild + "/actors/countries.txt");
  std::string first((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::string header = first.substr(0, 3000);
  EXPECT_NE(header.find("GENERATED"), std::string::npos);
  EXPECT_NE(header.find("Debian iso-codes"), std::string::npos);
  EXPECT_NE(header.find("wordnet-base"), std::string::npos);
  EXPECT_NE(header.find("countries-supplement.txt"), std::string::npos);
}

TEST_F(ShippedDicts, Canada) {
  EXPECT_EQ(codes("Canada"), S{"CAN"});
  EXPECT_EQ(codes("Canadian"), S{"CAN"});
  EXPECT_EQ(roles("Canadian"), std::set<PhraseRole>{PhraseRole::kAdjective});
  EXPECT_EQ(codes("Canadians"), S{"CAN"});
  EXPECT_EQ(codes("Ottawa"), S{"CAN"});
  EXPECT_EQ(roles("Ottawa"), std::set<PhraseRole>{PhraseRole::kCapital});
}

TEST_F(ShippedDicts, CapitalsAndSeats) {
  EXPECT_EQ(codes("Kyiv"), S{"UKR"});
  EXPECT_EQ(codes("Kiev"), S{"UKR"});
  EXPECT_EQ(codes("Moscow"), S{"RUS"});
  EXPECT_EQ(codes("Washington"), S{"USA"});
  EXPECT_EQ(codes("Kremlin"), S{"RUSGOV"});
  EXPECT_EQ(codes("White House"), S{"USAGOV"});
  EXPECT_EQ(codes("Pentagon"), S{"USAMIL"});
  EXPECT_EQ(codes("Downing Street"), S{"GBRGOV"});
  EXPECT_EQ(codes("Zhongnanhai"), S{"CHNGOV"});
  EXPECT_EQ(codes("Élysée"), S{"FRAGOV"});
  EXPECT_EQ(codes("Elysee"), S{"FRAGOV"});  // accent-insensitive
  // The wire's epithets for a state, never another one.
  EXPECT_EQ(codes("the Jewish state"), S{"ISR"});
  EXPECT_EQ(codes("the Islamic republic"), S{"IRN"});
  EXPECT_EQ(codes("the Stalinist state"), S{"PRK"});
  // A seat with a period: the government then, the country afterwards.
  EXPECT_EQ(codes("Blue House", 20200101), S{"KORGOV"});
  EXPECT_EQ(codes("Blue House", 20230101), S{"KOR"});
}

TEST_F(ShippedDicts, NewsNames) {
  EXPECT_EQ(codes("Emirati"), S{"ARE"});
  EXPECT_EQ(codes("Ivory Coast"), S{"CIV"});
  EXPECT_EQ(codes("Côte d'Ivoire"), S{"CIV"});
  EXPECT_EQ(codes("Burma"), S{"MMR"});
  EXPECT_EQ(codes("Britain"), S{"GBR"});
  EXPECT_EQ(codes("British"), S{"GBR"});
  EXPECT_EQ(codes("Dutch"), S{"NLD"});
  EXPECT_EQ(codes("Holland"), S{"NLD"});
  EXPECT_EQ(codes("South Korea"), S{"KOR"});
  EXPECT_EQ(codes("Republic of Korea"), S{"KOR"});
  EXPECT_EQ(codes("North Korea"), S{"PRK"});
  EXPECT_EQ(codes("DPRK"), S{"PRK"});
  EXPECT_EQ(codes("Korea"), S{});  // both Koreas: left out
  EXPECT_EQ(codes("Ukrainian"), S{"UKR"});
  EXPECT_EQ(codes("Russian"), S{"RUS"});
  EXPECT_EQ(codes("the US"), S{"USA"});
  EXPECT_EQ(codes("U.S."), S{"USA"});
  EXPECT_EQ(codes("us"), S{});  // never the pronoun
  EXPECT_EQ(codes("Congo"), S{"COD"});
  EXPECT_EQ(codes("Republic of Congo"), S{"COG"});
  EXPECT_EQ(codes("Guinea-Bissau"), S{});           // not as one token ...
  EXPECT_EQ(codes("Guinea - Bissau"), S{"GNB"});    // ... but as the tokenizer splits it
  EXPECT_EQ(codes("Kosovo"), S{"KSV"});
  EXPECT_EQ(codes("Palestinian"), S{"PSE"});
  EXPECT_EQ(codes("Turkey"), S{"TUR"});
  EXPECT_EQ(codes("Türkiye"), S{"TUR"});
}

TEST_F(ShippedDicts, FormerStatesAreDated) {
  const Actor* ussr = nullptr;
  for (const Actor& a : dicts->actors)
    if (a.name == "Soviet Union") ussr = &a;
  ASSERT_NE(ussr, nullptr);
  ASSERT_EQ(ussr->roles.size(), 1u);
  EXPECT_EQ(ussr->roles[0].code, "SUN");
  EXPECT_TRUE(ussr->roles[0].period.contains(19800101));
  EXPECT_TRUE(ussr->roles[0].period.contains(19911226));
  EXPECT_FALSE(ussr->roles[0].period.contains(19911227));
  EXPECT_EQ(codes("USSR", 19850101), S{"SUN"});
  EXPECT_EQ(codes("Yugoslavia", 19900101), S{"YUG"});
  EXPECT_EQ(codes("Czechoslovakia"), S{"CSK"});
  EXPECT_EQ(codes("Zaire"), S{"COD"});  // a renamed state codes as the state
  // A capital of successive states speaks for the state of its day.
  EXPECT_EQ(codes("Belgrade", 19990401), S{"YUG"});
  EXPECT_EQ(codes("Belgrade", 20050101), S{"SCG"});
  EXPECT_EQ(codes("Belgrade", 20230101), S{"SRB"});
  EXPECT_EQ(roles("Belgrade"), std::set<PhraseRole>{PhraseRole::kCapital});
}

TEST_F(ShippedDicts, Organisations) {
  // Written with a hyphen or without.
  EXPECT_EQ(codes("UN Secretary - General"), S{"IGOUNO"});
  EXPECT_EQ(codes("UN Secretary General"), S{"IGOUNO"});
  EXPECT_EQ(codes("NATO"), S{"IGOWSTNAT"});
  EXPECT_EQ(codes("United Nations"), S{"IGOUNO"});
  EXPECT_EQ(codes("Global News"), S{"CANMED"});
  EXPECT_EQ(codes("Reuters"), S{"GBRMED"});
  EXPECT_EQ(codes("TASS"), S{"RUSMED"});
  EXPECT_EQ(codes("Xinhua"), S{"CHNMED"});
  EXPECT_EQ(codes("Hamas"), S{"PSEREB"});
  EXPECT_EQ(codes("Taliban", 20230101), S{"AFGGOV"});
  EXPECT_EQ(codes("Taliban", 20100101), S{"AFGREB"});
  // "Wagner" alone is a common surname: the group only from its founding, no one before.
  EXPECT_EQ(codes("Wagner", 20230101), S{"RUSUAF"});
  EXPECT_EQ(codes("Wagner", 20051115), S{""});
  EXPECT_EQ(codes("Wagner Group", 20051115), S{"RUSUAF"});
  // A US-led coalition in a war is an armed force, not a party coalition.
  EXPECT_EQ(codes("US - led coalition"), S{"USAMIL"});
  EXPECT_EQ(codes("U.S. - led coalition forces"), S{"USAMIL"});
  // State-owned companies of sanctions news are their country's business sector.
  EXPECT_EQ(codes("Sberbank"), S{"RUSBUS"});
  EXPECT_EQ(codes("VTB"), S{"RUSBUS"});
  EXPECT_EQ(codes("Gazprom"), S{"RUSBUS"});
}

TEST_F(ShippedDicts, Agents) {
  EXPECT_EQ(agent_codes("foreign minister"), S{"GOV"});
  EXPECT_EQ(agent_codes("foreign ministers"), S{"GOV"});
  EXPECT_EQ(agent_codes("authorities"), S{"GOV"});
  EXPECT_EQ(agent_codes("special forces"), S{"MIL"});
  EXPECT_EQ(agent_codes("coastguard"), S{"MIL"});
  EXPECT_EQ(agent_codes("troops"), S{"MIL"});
  // Wire copy's "security forces" keep order at home: police, as CAMEO coders read them; "special forces" fight.
  EXPECT_EQ(agent_codes("security forces"), S{"COP"});
  EXPECT_EQ(agent_codes("forces"), S{"MIL"});
  // "The prosecution said": the prosecutors. Bare "prosecution" is the act ("faces prosecution"): no agent.
  EXPECT_EQ(agent_codes("the prosecution"), S{"JUD"});
  EXPECT_EQ(agent_codes("prosecution"), S{});
  EXPECT_EQ(agent_codes("spokesperson"), S{"GOV"});
  EXPECT_EQ(agent_codes("regiment"), S{"MIL"});
  EXPECT_EQ(agent_codes("rebels"), S{"REB"});
  EXPECT_EQ(agent_codes("protesters"), S{"CVL"});
  EXPECT_EQ(agent_codes("journalists"), S{"MED"});
  EXPECT_EQ(agent_codes("lawmakers"), S{"LEG"});
  EXPECT_EQ(agent_codes("police"), S{"COP"});
  EXPECT_EQ(agent_codes("refugees"), S{"REF"});
  EXPECT_EQ(agent_codes("aid group"), S{"NGO~"});
  // Armed groups named by their kind are armed opposition (see the header of agents.txt).
  EXPECT_EQ(agent_codes("insurgent groups"), S{"REB"});
  EXPECT_EQ(agent_codes("terrorist cell"), S{"REB"});
  EXPECT_EQ(agent_codes("Islamist forces"), S{"REB"});
  EXPECT_EQ(agent_codes("separatist movement"), S{"SEP"});
  // Trades whose names hold a state's words: not the state's agencies, not lawmakers.
  EXPECT_EQ(agent_codes("travel agencies"), S{"BUS"});
  EXPECT_EQ(agent_codes("sales representatives"), S{"BUS"});
}

TEST_F(ShippedDicts, Discards) {
  const Discard* d = discard("World Cup");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->scope, DiscardScope::kStory);
  d = discard("box office");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->scope, DiscardScope::kSentence);
  d = discard("Team Canada");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->scope, DiscardScope::kActor);
  // Wire copy: football reports, takeover bids and rate decisions hold no political events.
  for (const char* phrase : {"FA Cup", "America 's Cup"}) {
    d = discard(phrase);
    ASSERT_NE(d, nullptr) << phrase;
    EXPECT_EQ(d->scope, DiscardScope::kStory) << phrase;
  }
  for (const char* phrase : {"half - time", "equaliser", "cash offer", "takeover bid", "interest rates", "expo"}) {
    d = discard(phrase);
    ASSERT_NE(d, nullptr) << phrase;
    EXPECT_EQ(d->scope, DiscardScope::kSentence) << phrase;
  }
  // Sums of money: "pledged 150 million US dollars" names no United States.
  for (const char* phrase : {"US dollars", "U.S. dollars"}) {
    d = discard(phrase);
    ASSERT_NE(d, nullptr) << phrase;
    EXPECT_EQ(d->scope, DiscardScope::kActor) << phrase;
  }
  EXPECT_EQ(discard("exhibition"), nullptr);  // "inaugurate the exhibition" shares sentences with talks
}

// Within one file of actors, agents or discards a phrase means one thing.
TEST_F(ShippedDicts, NoPhraseHasTwoCodes) {
  std::map<std::vector<std::string>, std::set<std::string>> actor_codes;
  for (const ActorPhrase& p : dicts->actor_phrases)
    actor_codes[p.phrase.words].insert(dicts->actors[p.actor].name + "=" +
                                       std::string(dicts->actors[p.actor].code_on(kNoDate)));
  std::string clashes;
  for (const auto& [words, cs] : actor_codes)
    if (cs.size() > 1) {
      for (const auto& w : words) clashes += w + " ";
      for (const auto& c : cs) clashes += "[" + c + "]";
      clashes += "\n";
    }
  EXPECT_TRUE(clashes.empty()) << clashes;
}

// Dictionary phrases match tokenized text only if they are split the way the tokenizer splits it: no word of a
// phrase may be one the tokenizer would cut ("Guinea-Bissau" must be written "Guinea - Bissau"). Clitics ("'s")
// are checked in context: the tokenizer makes them from "People's", not from a free-standing "'s".
TEST_F(ShippedDicts, PhrasesAreSplitLikeTheTokenizer) {
  auto tokenized = [](const std::string& text) {
    std::vector<SurfaceToken> tokens;
    split_tokens(text, Span{0, static_cast<uint32_t>(text.size())}, tokens);
    Sentence s;
    build_sentence(text, tokens.data(), tokens.size(), s);
    std::vector<std::string> words;
    for (const Word& w : s.words) words.push_back(fold(w.form));
    return words;
  };
  std::string bad;
  auto check = [&](const Phrase& p, SourceRef where) {
    std::string joined;  // the phrase as it would appear in text: clitics attached to the word before
    std::istringstream written(p.text);
    std::string w;
    while (written >> w) {
      bool clitic = w == "'s" || w == "'" || w == "\u2019s";
      if (!joined.empty() && !clitic) joined += ' ';
      joined += w;
    }
    if (tokenized(joined) != p.words) bad += dicts->where(where) + ": \"" + p.text + "\"\n";
  };
  for (const ActorPhrase& p : dicts->actor_phrases) check(p.phrase, p.where);
  for (const AgentPhrase& p : dicts->agent_phrases) check(p.phrase, p.where);
  for (const Discard& d : dicts->discards) check(d.phrase, d.where);
  EXPECT_TRUE(bad.empty()) << bad;
}

// The whole shipped set, as vigil will read it: the source folder and the build folder. Reports other authors'
// files too (people, verbs), so a broken line anywhere in dicts/ shows up here.
TEST(ShippedFolders, LoadCleanly) {
  for (const std::string& dir : {kSource, kBuild}) {
    Dictionaries d;
    std::vector<InputProblem> problems;
    load_vigil_folder(dir, d, problems);
    EXPECT_TRUE(problems.empty()) << dir << ":\n" << dump(problems);
  }
}

}  // namespace
}  // namespace vigil::lexicon
