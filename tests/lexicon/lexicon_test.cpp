// The compiled lexicon on the seed article's words: encoding, actor/agent/verb lookup, pattern order, pre-filters.
#include <gtest/gtest.h>

#include "lexicon/lexicon.h"
#include "lexicon/load_dictionaries.h"
#include "lexicon/petrarch_format.h"
#include "test_util.h"

namespace vigil::lexicon {
namespace {

using testing::data;

class SeedLexicon : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { lex = new Lexicon(load_vigil_folder(data("vigil"))); }
  static void TearDownTestSuite() { delete lex; }

  static Sentence sentence(std::initializer_list<std::pair<const char*, const char*>> words) {
    Sentence s;
    for (const auto& [form, lemma] : words) {
      Word w;
      w.form = form;
      w.lemma = lemma;
      s.words.push_back(w);
    }
    return s;
  }
  std::string actor_code_at(const SentenceKeys& keys, size_t i, Date date) {
    auto m = lex->actors().longest(keys.forms, i);
    if (!m) return "";
    const ActorPhrase& p = lex->dicts().actor_phrases[m.values[0]];
    return std::string(lex->dicts().actors[p.actor].code_on(date));
  }
  static Lexicon* lex;
};
Lexicon* SeedLexicon::lex = nullptr;

// The coder compares a pattern's words by id: each filler word's id, kept in the pattern, names that very word.
TEST_F(SeedLexicon, PatternFillerWordsCarryTheirIds) {
  size_t words = 0;
  for (const VerbPattern& p : lex->dicts().patterns)
    for (const DepConstraint& c : p.constraints) {
      ASSERT_EQ(c.filler.lemma_ids.size(), c.filler.lemmas.size());
      for (size_t a = 0; a < c.filler.lemmas.size(); ++a) {
        ASSERT_EQ(c.filler.lemma_ids[a].size(), c.filler.lemmas[a].size());
        for (size_t k = 0; k < c.filler.lemmas[a].size(); ++k, ++words)
          EXPECT_EQ(lex->words().word(c.filler.lemma_ids[a][k]), c.filler.lemmas[a][k]);
      }
    }
  EXPECT_GT(words, 0u);  // the seed dictionaries have fillers with words ("talks", "aid", ...)
}

TEST_F(SeedLexicon, FindsActorsAccentInsensitively) {
  // "Canadian Foreign Minister Melanie Joly arrived in Ukraine"
  Sentence s = sentence({{"Canadian", "Canadian"}, {"Foreign", "foreign"}, {"Minister", "minister"},
                         {"Melanie", "Melanie"}, {"Joly", "Joly"}, {"arrived", "arrive"}, {"in", "in"},
                         {"Ukraine", "Ukraine"}});
  SentenceKeys keys;
  lex->encode(s, keys);
  ASSERT_EQ(keys.forms.size(), 8u);
  EXPECT_EQ(keys.forms[6], kUnknownWord);  // "in" is in no dictionary phrase... but is a pattern word? no
  auto joly = lex->actors().longest(keys.forms, 3);
  ASSERT_TRUE(joly);
  EXPECT_EQ(joly.length, 2u);
  EXPECT_EQ(actor_code_at(keys, 3, 20220119), "CANGOV");
  EXPECT_EQ(actor_code_at(keys, 7, 20220119), "UKR");
  const ActorPhrase& adj = lex->dicts().actor_phrases[lex->actors().longest(keys.forms, 0).values[0]];
  EXPECT_EQ(adj.role, PhraseRole::kAdjective);

  auto agent = lex->agents().longest(keys.forms, 1);
  ASSERT_TRUE(agent);
  EXPECT_EQ(agent.length, 2u);
  EXPECT_EQ(lex->dicts().agents[lex->dicts().agent_phrases[agent.values[0]].agent].code, "GOV");

  EXPECT_TRUE(lex->has_actor_phrase(keys));
  EXPECT_FALSE(lex->has_verb(keys));  // no "arrive" verb in the fixture
}

TEST_F(SeedLexicon, FindsVerbsByLemmaAndPatternsMostSpecificFirst) {
  Sentence s = sentence({{"Canada", "Canada"}, {"has", "have"}, {"deployed", "deploy"}, {"a", "a"},
                         {"contingent", "contingent"}, {"to", "to"}, {"Ukraine", "Ukraine"}});
  SentenceKeys keys;
  lex->encode(s, keys);
  EXPECT_TRUE(lex->has_verb(keys));
  EXPECT_TRUE(lex->verbs_for(keys.forms[2]).empty());  // "deployed": vigil verbs match by lemma
  auto deploy = lex->verbs_for(keys.lemmas[2]);
  ASSERT_EQ(deploy.size(), 1u);
  const Verb& v = lex->dicts().verbs[deploy[0]];
  EXPECT_EQ(v.words[0], "deploy");
  auto patterns = lex->patterns_of(v.group);
  ASSERT_EQ(patterns.size(), 2u);
  EXPECT_EQ(lex->dicts().patterns[patterns[0]].codes.code, "074");
  EXPECT_EQ(lex->where(lex->dicts().patterns[patterns[0]].where), data("vigil") + "/verbs/seed.txt:8");
  // "have" is a verb of the "hold | have" group.
  EXPECT_EQ(lex->verbs_for(keys.lemmas[1]).size(), 1u);

  // Synset membership by word ids, one word or several.
  uint32_t forces = lex->dicts().find_synset("&FORCES");
  std::vector<uint32_t> contingent = {keys.forms[4]};
  EXPECT_TRUE(lex->in_synset(forces, contingent));
  std::string scratch;
  std::vector<uint32_t> round_of_talks = {lex->word_id("round", scratch), lex->word_id("of", scratch),
                                          lex->word_id("talks", scratch)};
  EXPECT_TRUE(lex->in_synset(lex->dicts().find_synset("&TALKS"), round_of_talks));
  EXPECT_FALSE(lex->in_synset(forces, round_of_talks));
}

TEST_F(SeedLexicon, PreFilterRejectsSentencesWithoutDictionaryWords) {
  Sentence s = sentence({{"Their", "their"}, {"task", "task"}, {"is", "be"}, {"to", "to"}, {"train", "train"}});
  SentenceKeys keys;
  lex->encode(s, keys);
  EXPECT_FALSE(lex->has_actor_phrase(keys));
  EXPECT_FALSE(lex->has_verb(keys));
}

TEST_F(SeedLexicon, DiscardsMatchAsPhrases) {
  std::vector<std::string> tokens = {"the", "world", "cup", "final"};
  SentenceKeys keys;
  lex->encode(tokens, keys);
  auto m = lex->discards().longest(keys.forms, 1);
  ASSERT_TRUE(m);
  EXPECT_EQ(lex->dicts().discards[m.values[0]].scope, DiscardScope::kStory);
}

TEST_F(SeedLexicon, EncodingReusesBuffers) {
  Sentence s = sentence({{"Canada", "Canada"}, {"warned", "warn"}});
  SentenceKeys keys;
  lex->encode(s, keys);
  const uint32_t* forms = keys.forms.data();
  lex->encode(s, keys);
  EXPECT_EQ(keys.forms.data(), forms);
  EXPECT_EQ(lex->verbs_for(keys.lemmas[1]).size(), 1u);
}

// The pre-filter encodes a sentence with guessed lemmas; once parsed, only the lemmas are encoded again.
TEST_F(SeedLexicon, EncodingLemmasKeepsTheForms) {
  Sentence s = sentence({{"Canada", "Canada"}, {"deployed", "deployed"}, {"troops", "_"}});
  SentenceKeys keys;
  lex->encode(s, keys);
  EXPECT_TRUE(lex->verbs_for(keys.lemmas[1]).empty());
  EXPECT_EQ(keys.lemmas[2], kUnknownWord);
  s.words[1].lemma = "deploy";
  s.words[2].lemma = "troops";
  lex->encode_lemmas(s, keys);
  SentenceKeys whole;
  lex->encode(s, whole);
  EXPECT_EQ(keys.forms, whole.forms);
  EXPECT_EQ(keys.lemmas, whole.lemmas);
  EXPECT_EQ(lex->verbs_for(keys.lemmas[1]).size(), 1u);  // "deploy" found by its new lemma
  EXPECT_EQ(keys.lemmas[2], keys.forms[2]);               // a lemma equal to its form takes the form's id
}


TEST_F(SeedLexicon, CouldCodeAsksForTheWordsOfSomePattern) {
  std::string scratch;
  auto group_of = [&](const char* lemma) { return lex->dicts().verbs[lex->verbs_for(lex->word_id(lemma, scratch))[0]].group; };
  auto ids = [&](std::initializer_list<const char*> words) {
    std::vector<uint32_t> out;
    for (const char* w : words) out.push_back(lex->word_id(w, scratch));
    std::sort(out.begin(), out.end());
    return out;
  };
  // "deploy" has a code of its own: any sentence could do.
  EXPECT_TRUE(lex->could_code(group_of("deploy"), ids({"deploy"})));
  // "hold" codes only with talks (or a conversation) and "with".
  EXPECT_FALSE(lex->could_code(group_of("hold"), ids({"hold", "talks"})));
  EXPECT_TRUE(lex->could_code(group_of("hold"), ids({"hold", "round", "with"})));  // a synset member's first word
  EXPECT_TRUE(lex->could_code(group_of("hold"), ids({"hold", "conversation", "with"})));
  // "warn" codes 130 on its own.
  EXPECT_TRUE(lex->could_code(group_of("warn"), ids({"warn"})));
}

}  // namespace
}  // namespace vigil::lexicon

namespace vigil::lexicon {
namespace {

TEST(MakePhrase, HyphensAreCutAsTheTokenizerCutsText) {
  // "Kim Dae-jung" in a dictionary matches the tokens "Kim Dae - jung" of the text.
  EXPECT_EQ(make_phrase("Kim Dae-jung").words, (std::vector<std::string>{"kim", "dae", "-", "jung"}));
  EXPECT_EQ(make_phrase("al - Qaeda").words, (std::vector<std::string>{"al", "-", "qaeda"}));
  EXPECT_EQ(make_phrase("Kim Dae-jung").text, "Kim Dae-jung");  // as written, for evidence
}

// PETRARCH's blank connector: "MORDOR RADIO" may have words between its two; "MORDOR_PRESS" may not.
TEST(GappedActorPhrases, SkipWordsOnlyWhereTheBlankAllows) {
  Dictionaries d;
  std::vector<InputProblem> problems;
  parse_petrarch_actors("MORDOR  [MOR]\nMORDOR RADIO  [MORMED]\nMORDOR_PRESS  [MORPRS]\nHIGH COUNCIL  [GONGOV]\n", "a.txt", d, problems);
  d.finalize(problems);
  ASSERT_TRUE(problems.empty());
  Lexicon lex(std::move(d));
  auto gapped = [&](std::vector<std::string> tokens) {
    SentenceKeys keys;
    lex.encode(tokens, keys);
    std::vector<std::string> found;
    lex.for_each_gapped_actor(keys.forms, 0, [&](size_t length, std::span<const uint32_t> v) {
      found.push_back(std::to_string(length) + " " + lex.dicts().actor_phrases[v[0]].phrase.text);
      return false;  // ask for every occurrence
    });
    return found;
  };
  // The nearest "radio" first, then the next; the consecutive phrase is the plain matcher's, not a gap.
  EXPECT_EQ(gapped({"Mordor", "state", "radio", "and", "radio"}),
            (std::vector<std::string>{"3 MORDOR RADIO", "5 MORDOR RADIO"}));
  EXPECT_EQ(gapped({"Mordor", "radio"}), std::vector<std::string>{});
  EXPECT_EQ(gapped({"Mordor", "free", "press"}), std::vector<std::string>{});
  // The pre-filter sees a phrase found only with a gap: neither "high" nor "council" is an actor alone.
  auto any_actor = [&](std::vector<std::string> tokens) {
    SentenceKeys keys;
    lex.encode(tokens, keys);
    return lex.has_actor_phrase(keys);
  };
  EXPECT_TRUE(any_actor({"the", "high", "war", "council", "met"}));
  EXPECT_FALSE(any_actor({"the", "high", "war", "met"}));
}

}  // namespace
}  // namespace vigil::lexicon
