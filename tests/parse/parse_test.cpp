// Tests of the parse stage on tiny data: training, determinism, model files, the lemmatizer, the arc-eager oracle,
// CoNLL-U pass-through, evaluation; plus the shipped model on a fixed sentence and (Corpus*) on UD dev data.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "ingest/input_error.h"
#include "parse/annotator.h"
#include "parse/conllu_parse.h"
#include "parse/evaluate.h"
#include "parse/features.h"
#include "parse/lemma_repair.h"
#include "parse/model.h"
#include "parse/trainer.h"
#include "text/conllu.h"
#include "text/tokenizer.h"

namespace vigil::parse {
namespace {

namespace fs = std::filesystem;

const std::string kData = std::string(VIGIL_TEST_DATA_DIR) + "/parse";
const std::string kTiny = kData + "/tiny.conllu";

// ctest runs each test in its own process, several at once: the process id keeps their files apart.
std::string temp_path(const std::string& name) {
  return (fs::path(::testing::TempDir()) / ("vigil_parse_" + std::to_string(::getpid()) + "_" + name)).string();
}

void write_file(const std::string& path, const std::string& text) {
  std::ofstream f(path, std::ios::binary);
  f << text;
}

TrainOptions tiny_options() {
  TrainOptions o;
  o.train_files = {kTiny};
  o.wordnet_dir = kData + "/wordnet";
  o.tagger_epochs = 8;
  o.parser_epochs = 12;
  o.labeler_epochs = 8;
  o.jackknife = 0;  // gold tags for the parser: the tiny data is too small to hold folds out
  o.tagger_min_count = 1;
  o.labeler_min_count = 1;
  o.tagdict_min_count = 1;
  o.parser_min_updates = 1;
  o.threads = 1;
  o.vigil_version = "test";
  return o;
}

const Model& tiny_model() {
  static const Model m = train_model(tiny_options());
  return m;
}

int tag_of(const Model& m, const std::string& upos, const std::string& xpos) {
  for (int t = 0; t < m.tags(); ++t)
    if (m.upos[t] == upos && m.xpos[t] == xpos) return t;
  return -1;
}

// ------------------------------------------------------------------------------------------------------------------

// The tiny treebank's sentences with their annotations cleared and predicted again by `m`.
std::vector<Sentence> reannotate(const Model& m, const std::vector<Sentence>& gold) {
  std::vector<Sentence> sys = gold;
  Annotator annotator(m);
  for (Sentence& s : sys) {
    clear_annotations(s);
    annotator.annotate(s);
  }
  return sys;
}

TEST(ParseTrain, LearnsTheTinyTreebank) {
  const Model& m = tiny_model();
  std::vector<Sentence> gold = read_conllu_file(kTiny, true);
  std::vector<Sentence> sys = reannotate(m, gold);
  EvalResult r = evaluate(gold, sys);
  EXPECT_EQ(r.words.gold, r.words.system);
  EXPECT_GE(r.upos.f1(), 97.0);
  EXPECT_GE(r.xpos.f1(), 97.0);
  EXPECT_GE(r.lemmas.f1(), 97.0);
  EXPECT_GE(r.uas.f1(), 90.0);
  EXPECT_GE(r.las.f1(), 85.0);
  // Every sentence is a tree with exactly one root.
  for (const Sentence& s : sys) {
    int roots = 0;
    for (const Word& w : s.words) {
      EXPECT_GE(w.head, 0);
      EXPECT_LE(w.head, static_cast<int>(s.words.size()));
      if (w.head == 0) {
        ++roots;
        EXPECT_EQ(w.deprel, "root");
      } else {
        EXPECT_NE(w.deprel, "root");
      }
    }
    EXPECT_EQ(roots, 1);
  }
}

// Without a labeler of finished trees, the labels the parser gives its arcs as it makes them are the output.
TEST(ParseTrain, ArcLabelsAreTheOutputWithoutALabeler) {
  TrainOptions o = tiny_options();
  o.labeler_epochs = 0;
  o.arc_labeler_min_updates = 1;
  Model m = train_model(o);
  EXPECT_EQ(m.labeler.features(), 0u);
  EXPECT_GT(m.arc_labeler.features(), 0u);
  std::vector<Sentence> gold = read_conllu_file(kTiny, true);
  std::vector<Sentence> sys = reannotate(m, gold);
  for (const Sentence& s : sys)
    for (const Word& w : s.words) EXPECT_EQ(w.head == 0, w.deprel == "root") << w.form;
  EvalResult r = evaluate(gold, sys);
  EXPECT_GE(r.uas.f1(), 90.0);
  EXPECT_GE(r.las.f1(), 85.0);
  // The model file keeps the arc labeler.
  Model back = model_from_bytes(model_bytes(m), "test");
  EXPECT_EQ(back.arc_labeler.features(), m.arc_labeler.features());
}

TEST(ParseTrain, MetadataRecordsDataLicenceAndSettings) {
  const Model& m = tiny_model();
  ASSERT_TRUE(m.meta.contains("training_data"));
  EXPECT_EQ(m.meta["training_data"][0]["file"], "tiny.conllu");
  EXPECT_EQ(m.meta["training_data"][0]["sentences"], 16);
  EXPECT_TRUE(m.meta["training_data"][0].contains("licence"));
  EXPECT_EQ(m.meta["vigil_version"], "test");
  EXPECT_EQ(m.meta["settings"]["seed"], 1);
  EXPECT_EQ(m.meta["lemmatizer"]["exceptions"]["entries"], 10);  // woke_up is skipped (multiword)
  EXPECT_FALSE(m.meta.contains("created"));
}

TEST(ParseTrain, NewsDayVariantsAreRecordedOnlyWhenUsed) {
  EXPECT_FALSE(tiny_model().meta["settings"].contains("news_day_share"));
  TrainOptions o = tiny_options();
  o.news_day_share = 1.0;
  o.parser_epochs = 2;
  o.tagger_epochs = 2;
  o.labeler_epochs = 0;
  Model m = train_model(o);
  EXPECT_EQ(m.meta["settings"]["news_day_share"], 1.0);
  EXPECT_GE(m.meta["settings"]["news_day_variants"].get<int>(), 2);
  EXPECT_EQ(m.meta["training_data"][0]["sentences"], 16);  // the variants are not counted as read
}

TEST(ParseTrain, SameDataAndSeedGiveTheSameBytes) {
  TrainOptions o = tiny_options();
  std::string first = model_bytes(tiny_model());
  o.threads = 2;
  EXPECT_EQ(model_bytes(train_model(o)), first) << "the number of threads changed the model";
  o.seed = 2;
  EXPECT_NE(model_bytes(train_model(o)), first) << "the seed had no effect";
}

TEST(ParseTrain, MalformedTrainingDataNamesTheLine) {
  std::string path = temp_path("bad.conllu");
  write_file(path,
             "# text = Hello world\n"
             "1\tHello\thello\tINTJ\tUH\t_\t0\troot\t_\t_\n"
             "2\tworld\tworld\tNOUN\tNN\t_\t1\n"
             "\n");
  TrainOptions o = tiny_options();
  o.train_files = {path};
  try {
    train_model(o);
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_EQ(e.problem().line, 3u);
    EXPECT_NE(std::string(e.what()).find("bad.conllu:3:"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("10 tab-separated columns"), std::string::npos) << e.what();
  }
  write_file(path,
             "1\tHello\thello\tINTJ\tUH\t_\t0\troot\t_\t_\n"
             "3\tworld\tworld\tNOUN\tNN\t_\t1\tvocative\t_\t_\n"
             "\n");
  try {
    train_model(o);
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_EQ(e.problem().line, 2u) << e.what();
  }
  o.train_files = {temp_path("missing.conllu")};
  EXPECT_THROW(train_model(o), InputError);
}

// A parser trained globally with a beam (max-violation updates) learns the tiny treebank as well as the greedy one,
// records its beam in the model, and gives the same bytes again for the same data and seed.
TEST(ParseBeam, TrainedWithABeamLearnsTheTinyTreebank) {
  TrainOptions o = tiny_options();
  o.labeler_epochs = 0;
  o.arc_labeler_min_updates = 1;
  o.beam = 4;
  Model m = train_model(o);
  EXPECT_EQ(m.beam, 4);
  EXPECT_EQ(m.meta["settings"]["beam"], 4);
  std::vector<Sentence> gold = read_conllu_file(kTiny, true);
  std::vector<Sentence> sys = reannotate(m, gold);
  EvalResult r = evaluate(gold, sys);
  EXPECT_GE(r.uas.f1(), 90.0);
  EXPECT_GE(r.las.f1(), 85.0);
  for (const Sentence& s : sys) {
    int roots = 0;
    for (const Word& w : s.words) {
      EXPECT_EQ(w.head == 0, w.deprel == "root") << w.form;
      roots += w.head == 0;
    }
    EXPECT_EQ(roots, 1);
  }
  std::string bytes = model_bytes(m);
  o.threads = 2;
  EXPECT_EQ(model_bytes(train_model(o)), bytes) << "beam training is not deterministic";
  // The width survives the file; a different parse width can be recorded.
  EXPECT_EQ(model_from_bytes(bytes, "test").beam, 4);
  o.parse_beam = 2;
  EXPECT_EQ(train_model(o).beam, 2);
}

// Greedy models record no beam (their bytes do not change), and the width a caller sets is written and read back.
TEST(ParseBeam, WidthIsKeptInTheMetadata) {
  Model m = tiny_model();
  EXPECT_EQ(m.beam, 1);
  EXPECT_FALSE(m.meta.contains("parse_beam"));
  EXPECT_EQ(model_from_bytes(model_bytes(m), "test").beam, 1);
  m.beam = 3;
  Model back = model_from_bytes(model_bytes(m), "test");
  EXPECT_EQ(back.beam, 3);
  EXPECT_EQ(back.meta["parse_beam"], 3);
  back.beam = 1;
  EXPECT_EQ(model_bytes(back), model_bytes(tiny_model()));
}

// Beam search over a greedily trained model: every parse is a tree, and on the data the model fits it mostly finds
// the greedy parses.
TEST(ParseBeam, BeamParsesAreTrees) {
  const Model& m = tiny_model();
  std::vector<Sentence> gold = read_conllu_file(kTiny, true);
  Annotator greedy(m), wide(m);
  wide.set_beam(8);
  EXPECT_EQ(greedy.beam(), 1);
  EXPECT_EQ(wide.beam(), 8);
  size_t same_as_greedy = 0;
  for (const Sentence& g : gold) {
    std::vector<std::string_view> forms;
    for (const Word& w : g.words) forms.emplace_back(w.form);
    greedy.tag(forms);
    greedy.parse();
    std::vector<int> greedy_heads = greedy.heads();
    wide.tag(forms);
    wide.parse();
    const std::vector<int>& heads = wide.heads();
    ASSERT_EQ(heads.size(), forms.size() + 1);
    int roots = 0;
    for (size_t i = 1; i < heads.size(); ++i) {
      EXPECT_GE(heads[i], 0);
      EXPECT_LE(heads[i], static_cast<int>(forms.size()));
      EXPECT_NE(heads[i], static_cast<int>(i));
      roots += heads[i] == 0;
    }
    EXPECT_EQ(roots, 1);
    same_as_greedy += heads == greedy_heads;
  }
  // The tiny model is trained greedily and fits its data: the beam mostly agrees with the greedy parses.
  EXPECT_GE(same_as_greedy, gold.size() / 2);
}

// ------------------------------------------------------------------------------------------------------------------

TEST(ParseModelFile, SaveLoadRoundTrip) {
  const Model& m = tiny_model();
  std::string path = temp_path("roundtrip.vigil");
  save_model(m, path);
  Model loaded = load_model(path);
  EXPECT_EQ(model_bytes(loaded), model_bytes(m));
  EXPECT_EQ(loaded.meta, m.meta);
  EXPECT_EQ(read_model_metadata(path), m.meta);
  // Same annotations from both.
  std::vector<Sentence> a = read_conllu_file(kTiny, true), b = a;
  Annotator x(m), y(loaded);
  std::string out_a, out_b;
  for (Sentence& s : a) {
    x.annotate(s);
    write_conllu(s, out_a);
  }
  for (Sentence& s : b) {
    y.annotate(s);
    write_conllu(s, out_b);
  }
  EXPECT_EQ(out_a, out_b);
}

std::string load_error(const std::string& bytes) {
  std::string path = temp_path("broken.vigil");
  write_file(path, bytes);
  try {
    load_model(path);
  } catch (const ModelError& e) {
    return e.what();
  }
  return "";
}

TEST(ParseModelFile, ClearErrorsForUnusableFiles) {
  std::string good = model_bytes(tiny_model());
  try {
    load_model(temp_path("does-not-exist.vigil"));
    FAIL();
  } catch (const ModelError& e) {
    EXPECT_NE(std::string(e.what()).find("does-not-exist.vigil: cannot open model file"), std::string::npos) << e.what();
  }
  EXPECT_NE(load_error(good.substr(0, good.size() / 2)).find("truncated"), std::string::npos);
  EXPECT_NE(load_error(good.substr(0, 20)).find("truncated"), std::string::npos);
  EXPECT_NE(load_error("").find("not a vigil parse model"), std::string::npos);
  EXPECT_NE(load_error("hello world, this is not a model at all").find("not a vigil parse model"), std::string::npos);
  std::string other_version = good;
  other_version[8] = static_cast<char>(kModelFormatVersion + 1);
  EXPECT_NE(load_error(other_version).find("format version"), std::string::npos);
  std::string flipped = good;
  flipped[flipped.size() - 100] ^= 0x55;
  EXPECT_NE(load_error(flipped).find("corrupt"), std::string::npos);
  EXPECT_NE(load_error(good + "x").find("trailing"), std::string::npos);
  EXPECT_EQ(load_error(good), "");
}

// ------------------------------------------------------------------------------------------------------------------

TEST(ParseLemmas, LexiconExceptionsAndRules) {
  const Model& m = tiny_model();
  int vbd = tag_of(m, "VERB", "VBD"), nns = tag_of(m, "NOUN", "NNS"), nnp = tag_of(m, "PROPN", "NNP");
  ASSERT_GE(vbd, 0);
  ASSERT_GE(nns, 0);
  ASSERT_GE(nnp, 0);
  std::string out, scratch;
  auto lemma = [&](const char* form, int tag) {
    lemmatize(m, form, tag, out, scratch);
    return out;
  };
  EXPECT_EQ(lemma("arrested", vbd), "arrest");   // seen in training
  EXPECT_EQ(lemma("Arrested", vbd), "arrest");   // lower-cased for verbs
  EXPECT_EQ(lemma("fled", vbd), "flee");         // WordNet exception list
  EXPECT_EQ(lemma("went", vbd), "go");
  EXPECT_EQ(lemma("mice", nns), "mouse");
  EXPECT_EQ(lemma("bombed", vbd), "bomb");       // unseen: suffix rule learned from -ed verbs
  EXPECT_EQ(lemma("rockets", nns), "rocket");    // unseen: -s plural
  EXPECT_EQ(lemma("Paris", nnp), "Paris");       // proper nouns keep their case
}

// The regular inflections undone against a lexicon of a few verbs, and its exception list.
TEST(ParseLemmas, RepairGivesTheFirstRegularInflectionThatIsALexiconLemma) {
  LemmaData L;
  L.edits = {LemmaEdit{1, "e"}};  // fled -> flee
  L.exceptions.assign({{lemma_exception_key(kWnVerb, "fled"), 0}});
  std::vector<std::pair<uint64_t, uint32_t>> lexicon;
  for (const char* v : {"flee", "fle", "free", "hang", "chair", "rule", "monitor", "shell", "bomb", "hop", "hope",
                        "wag", "wage", "plan", "carry", "die", "sponsor", "elect", "fix", "use", "visit"})
    lexicon.emplace_back(lemma_lexicon_key(kWnVerb, v), 0);
  L.lexicon.assign(lexicon);
  auto lemma = [&](int pos, const std::string& lower) -> std::string {
    std::optional<LemmaEdit> e = lexicon_lemma_edit(L, pos, lower);
    if (!e) return "(none)";
    std::string out;
    apply_edit(*e, lower, out);
    return out;
  };
  EXPECT_EQ(lemma(kWnVerb, "fled"), "flee");  // the exception list before "-d" ("fle")
  for (const auto& [form, want] : std::vector<std::pair<std::string, std::string>>{
           {"freed", "free"}, {"hanged", "hang"}, {"chaired", "chair"}, {"ruled", "rule"}, {"ruling", "rule"},
           {"monitoring", "monitor"}, {"shelled", "shell"}, {"bombed", "bomb"}, {"planned", "plan"},
           {"planning", "plan"}, {"carried", "carry"}, {"carries", "carry"}, {"died", "die"}, {"fixes", "fix"},
           {"uses", "use"}, {"visited", "visit"},
           // After one short vowel and a consonant, -ed and -ing drop a silent e: the consonant would be doubled.
           {"hoped", "hope"}, {"hoping", "hope"}, {"hopped", "hop"}, {"waged", "wage"},
           // A hyphenated form: the part after the last hyphen, the prefix kept.
           {"co-sponsored", "co-sponsor"}, {"re-elected", "re-elect"}, {"re-hanged", "re-hang"}})
    EXPECT_EQ(lemma(kWnVerb, form), want) << form;
  EXPECT_EQ(lemma(kWnVerb, "blorfed"), "(none)");
  EXPECT_EQ(lemma(kWnVerb, "visit"), "visit");  // the form itself, last
  EXPECT_EQ(lemma(kWnNoun, "ruled"), "(none)");  // the verb list is not the noun list
}

// A predicted lemma that is a word but of the wrong verb: "had hoped" -> "hop" is mended to "hope", because "hop"
// doubles its "p" ("hopped"); a doubled form, a longer stem and a lemma with no silent-e verb stay as they are.
TEST(ParseLemmas, AnUndoubledConsonantBeforeEdOrIngGivesTheSilentELemma) {
  LemmaData L;
  std::vector<std::pair<uint64_t, uint32_t>> lexicon;
  for (const char* v : {"hop", "hope", "cod", "code", "wag", "wage", "visit", "plan", "win"})
    lexicon.emplace_back(lemma_lexicon_key(kWnVerb, v), 0);
  L.lexicon.assign(lexicon);
  auto mended = [&](const std::string& lower, std::string lemma) {
    silent_e_lemma(L, lower, lemma);
    return lemma;
  };
  EXPECT_EQ(mended("hoped", "hop"), "hope");
  EXPECT_EQ(mended("hoping", "hop"), "hope");
  EXPECT_EQ(mended("coded", "cod"), "code");
  EXPECT_EQ(mended("waged", "wag"), "wage");
  EXPECT_EQ(mended("hopped", "hop"), "hop");      // doubled: the short vowel's own verb
  EXPECT_EQ(mended("visited", "visit"), "visit"); // two syllables
  EXPECT_EQ(mended("planed", "plan"), "plan");    // no verb "plane" in this lexicon
  EXPECT_EQ(mended("hops", "hop"), "hop");        // only -ed and -ing
}

// Training reads WordNet's verb index into the model's lexicon, the model file keeps it, and the lemmatizer uses it.
TEST(ParseLemmas, TheModelKeepsItsLexiconAndRepairsWithIt) {
  const Model& m = tiny_model();
  // tests/data/parse/wordnet: 37 verbs in index.verb and the lemmas of verb.exc not already there (flee, fight,
  // strike, go).
  EXPECT_EQ(m.meta["lemmatizer"]["lexicon"]["verbs"], 37 + 4);
  EXPECT_EQ(m.lemmas.lexicon.size(), 37u + 4);
  Model back = model_from_bytes(model_bytes(m), "test");
  EXPECT_EQ(back.lemmas.lexicon.size(), m.lemmas.lexicon.size());
  EXPECT_TRUE(in_lexicon(back.lemmas, kWnVerb, "rule"));
  EXPECT_TRUE(in_lexicon(back.lemmas, kWnVerb, "flee"));
  EXPECT_FALSE(in_lexicon(back.lemmas, kWnNoun, "rule"));
  EXPECT_FALSE(in_lexicon(back.lemmas, kWnVerb, "rul"));
  int vbd = tag_of(m, "VERB", "VBD"), vbg = tag_of(m, "VERB", "VBG");
  ASSERT_GE(vbd, 0);
  std::string out, scratch;
  for (const auto& [form, tag, want] : std::vector<std::tuple<std::string, int, std::string>>{
           {"ruled", vbd, "rule"}, {"exploded", vbd, "explode"}, {"Chaired", vbd, "chair"}, {"freed", vbd, "free"},
           {"hanged", vbd, "hang"}, {"co-sponsored", vbd, "co-sponsor"}, {"fled", vbd, "flee"}}) {
    lemmatize(back, form, tag, out, scratch);
    EXPECT_EQ(out, want) << form;
  }
  if (vbg >= 0) {
    lemmatize(back, "monitoring", vbg, out, scratch);
    EXPECT_EQ(out, "monitor");
  }
}

// The annotator hands the lemmatizer and the FEATS lexicon the tagger's key of each word instead of the form to hash
// again: both ways must give the same lemma and FEATS for every word.
TEST(ParseLemmas, TheTaggersWordKeyGivesTheSameLemmasAndFeats) {
  const Model& m = tiny_model();
  std::vector<Sentence> sentences = read_conllu_file(kTiny, true);
  ASSERT_FALSE(sentences.empty());
  Annotator a(m);
  std::string out, scratch, normalised;
  size_t words = 0;
  for (Sentence& s : sentences) {
    s.words.push_back(s.words.front());  // and a word with capitals and digits
    s.words.back().form = "Mid-1990S";
    a.annotate(s);
    for (const Word& w : s.words) {
      const int tag = tag_of(m, w.upos, w.xpos);
      ASSERT_GE(tag, 0) << w.form;
      lemmatize(m, w.form, tag, out, scratch);
      EXPECT_EQ(w.lemma, out) << w.form;
      EXPECT_EQ(w.feats, word_feats(m, w.form, tag, scratch)) << w.form;
      normalise_word(w.form, normalised);
      lemmatize(m, w.form, word_key(normalised), tag, out, scratch);
      EXPECT_EQ(w.lemma, out) << w.form;
      EXPECT_EQ(w.feats, word_feats(m, word_key(normalised), tag)) << w.form;
      ++words;
    }
  }
  EXPECT_GT(words, 20u);
}

// ------------------------------------------------------------------------------------------------------------------

TEST(ParseOracle, ZeroCostTransitionsRebuildProjectiveTrees) {
  std::vector<Sentence> sents = read_conllu_file(kTiny, true);
  for (const Sentence& s : sents) {
    int n = static_cast<int>(s.words.size());
    std::vector<int> gold(n + 2, -1);
    for (int i = 1; i <= n; ++i) gold[i] = s.words[i - 1].head;
    std::vector<int> start(n + 3, 0), children(n), fill;
    for (int i = 1; i <= n; ++i) ++start[gold[i] + 1];
    for (int h = 0; h <= n + 1; ++h) start[h + 1] += start[h];
    fill = start;
    for (int i = 1; i <= n; ++i) children[fill[gold[i]]++] = i;
    ArcEagerState st;
    st.init(n);
    while (!st.terminal()) {
      int cost[kTransitions];
      st.costs(gold.data(), start.data(), children.data(), cost);
      int chosen = -1, wrong = 0;
      for (int t = 0; t < kTransitions; ++t) {
        if (!st.legal(t)) continue;
        if (cost[t] == 0 && chosen < 0) chosen = t;
        if (cost[t] > 0) ++wrong;
      }
      ASSERT_GE(chosen, 0) << "no zero-cost transition";
      st.apply(chosen);
    }
    st.finish();
    for (int i = 1; i <= n; ++i) EXPECT_EQ(st.head[i], gold[i]) << s.text << " word " << i;
  }
}

TEST(ParseOracle, CostsCountLostArcs) {
  // "a b c": b is the root, a and c depend on it.
  std::vector<int> gold = {-1, 2, 0, 2, -1};
  std::vector<int> start = {0, 1, 1, 3, 3, 3};  // children of 0: {2}; of 2: {1, 3}
  std::vector<int> children = {2, 1, 3};
  ArcEagerState st;
  st.init(3);
  st.apply(kShift);  // stack: root a; buffer: b c
  int cost[kTransitions];
  st.costs(gold.data(), start.data(), children.data(), cost);
  EXPECT_EQ(cost[kLeft], 0);   // b <- a is gold
  EXPECT_EQ(cost[kShift], 2);  // a would lose its head b, and b the root
  EXPECT_EQ(cost[kRight], 2);  // b would get head a (losing root -> b) and a could not get b
  EXPECT_FALSE(st.legal(kReduce));
}

// ------------------------------------------------------------------------------------------------------------------

TEST(ParseConllu, KeepsTokenizationAndPredictsTheRest) {
  std::string input =
      "# newdoc id = test-doc\n"
      "# sent_id = s1\n"
      "# text = The rebels don't fight.\n"
      "1\tThe\tXX\tXX\tXX\tXX=Y\t3\tnonsense\t3:det\tGloss=x\n"
      "2\trebels\tXX\tXX\tXX\t_\t1\tnonsense\t_\t_\n"
      "3-4\tdon't\t_\t_\t_\t_\t_\t_\t_\tFoo=bar\n"
      "3\tdo\tXX\tXX\tXX\t_\t0\tnonsense\t_\t_\n"
      "4\tn't\tXX\tXX\tXX\t_\t_\t_\t_\t_\n"
      "4.1\tfight\tfight\tVERB\tVB\t_\t_\t_\t0:root\t_\n"
      "5\tfight\tXX\tXX\tXX\t_\t9\tnonsense\t_\tSpaceAfter=No\n"
      "6\t.\tXX\tXX\tXX\t_\t_\t_\t_\t_\n"
      "\n";
  std::string in_path = temp_path("passthrough.conllu");
  write_file(in_path, input);
  Annotator annotator(tiny_model());
  std::string out;
  parse_conllu_file(in_path, annotator, out, nullptr);
  std::istringstream lines(out);
  std::vector<std::string> got;
  for (std::string line; std::getline(lines, line);) got.push_back(line);
  ASSERT_EQ(got.size(), 12u) << out;
  EXPECT_EQ(got[0], "# newdoc id = test-doc");
  EXPECT_EQ(got[1], "# sent_id = s1");
  EXPECT_EQ(got[2], "# text = The rebels don't fight.");
  EXPECT_EQ(got[5], "3-4\tdon't\t_\t_\t_\t_\t_\t_\t_\t_");
  EXPECT_EQ(got[8], "4.1\tfight\tfight\tVERB\tVB\t_\t_\t_\t0:root\t_");  // empty node kept verbatim
  EXPECT_EQ(got[11], "");
  const char* ids[] = {"1", "2", "3", "4", "5", "6"};
  const char* forms[] = {"The", "rebels", "do", "n't", "fight", "."};
  int row[] = {3, 4, 6, 7, 9, 10};
  int roots = 0;
  for (int i = 0; i < 6; ++i) {
    std::vector<std::string> cols;
    std::stringstream ss(got[row[i]]);
    for (std::string c; std::getline(ss, c, '\t');) cols.push_back(c);
    ASSERT_EQ(cols.size(), 10u) << got[row[i]];
    EXPECT_EQ(cols[0], ids[i]);
    EXPECT_EQ(cols[1], forms[i]);
    for (int c = 2; c < 8; ++c) EXPECT_EQ(got[row[i]].find("XX"), std::string::npos) << got[row[i]];
    EXPECT_EQ(got[row[i]].find("nonsense"), std::string::npos);
    EXPECT_NE(cols[3], "_");  // UPOS predicted
    EXPECT_NE(cols[4], "_");
    EXPECT_NE(cols[2], "_");
    int head = std::stoi(cols[6]);
    EXPECT_GE(head, 0);
    EXPECT_LE(head, 6);
    roots += head == 0;
    EXPECT_EQ(cols[8], "_");  // DEPS is not predicted
    EXPECT_EQ(cols[9], i == 4 ? "SpaceAfter=No" : "_");
  }
  EXPECT_EQ(roots, 1);
}

TEST(ParseConllu, MalformedInputNamesTheLine) {
  std::string path = temp_path("malformed.conllu");
  write_file(path, "1\tA\t_\t_\t_\t_\t_\t_\t_\t_\n2\tB\t_\t_\n\n");
  Annotator annotator(tiny_model());
  std::string out;
  try {
    parse_conllu_file(path, annotator, out, nullptr);
    FAIL();
  } catch (const InputError& e) {
    EXPECT_EQ(e.problem().line, 2u);
  }
}

TEST(ParseRawText, TokenizedDocumentsGetFullAnnotations) {
  Document doc;
  doc.id = "raw-1";
  doc.text = "Rebels attacked a convoy near the border. The government denied the report.";
  doc.regions.push_back(Region{RegionKind::body, Span{0, static_cast<uint32_t>(doc.text.size())}});
  std::vector<Sentence> sentences = tokenize_document(doc);
  ASSERT_EQ(sentences.size(), 2u);
  Annotator annotator(tiny_model());
  std::string out;
  for (Sentence& s : sentences) {
    annotator.annotate(s);
    write_conllu(s, out, ConlluWriteOptions{.token_ranges = true});
  }
  const Sentence& s = sentences[1];
  ASSERT_EQ(s.words.size(), 6u);
  EXPECT_EQ(s.words[2].form, "denied");
  EXPECT_EQ(s.words[2].lemma, "deny");
  EXPECT_EQ(s.words[2].upos, "VERB");
  EXPECT_EQ(s.words[2].head, 0);
  EXPECT_EQ(s.words[1].head, 3);
  EXPECT_EQ(s.words[1].deprel, "nsubj");
  EXPECT_EQ(s.words[4].deprel, "obj");
  EXPECT_NE(out.find("TokenRange="), std::string::npos);
}

// ------------------------------------------------------------------------------------------------------------------

const char* kGold =
    "# text = They don't fly.\n"
    "1\tThey\tthey\tPRON\tPRP\tCase=Nom|Number=Plur\t4\tnsubj\t_\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\tdo\tAUX\tVBP\tMood=Ind\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tfly\tfly\tVERB\tVB\tVerbForm=Inf\t0\troot\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n";

TEST(ParseEval, IdenticalFilesScore100) {
  std::string g = temp_path("gold.conllu");
  write_file(g, kGold);
  EvalResult r = evaluate_files(g, g);
  for (const Metric* m : {&r.tokens, &r.words, &r.upos, &r.xpos, &r.ufeats, &r.lemmas, &r.uas, &r.las})
    EXPECT_DOUBLE_EQ(m->f1(), 100.0);
  EXPECT_EQ(r.words.gold, 5u);
  EXPECT_EQ(r.tokens.gold, 4u);
}

TEST(ParseEval, CountsErrorsLikeTheCoNLL2018Scorer) {
  std::string sys_text = kGold;
  // UPOS of "They" wrong; head of "." wrong; label of "n't" differs only in its subtype (LAS ignores subtypes).
  auto replace = [&](const std::string& a, const std::string& b) { sys_text.replace(sys_text.find(a), a.size(), b); };
  replace("1\tThey\tthey\tPRON", "1\tThey\tthey\tNOUN");
  replace("5\t.\t.\tPUNCT\t.\t_\t4", "5\t.\t.\tPUNCT\t.\t_\t1");
  replace("4\tadvmod", "4\tadvmod:neg");
  std::string g = temp_path("gold.conllu"), s = temp_path("sys.conllu");
  write_file(g, kGold);
  write_file(s, sys_text);
  EvalResult r = evaluate_files(g, s);
  EXPECT_DOUBLE_EQ(r.upos.f1(), 80.0);
  EXPECT_DOUBLE_EQ(r.uas.f1(), 80.0);
  EXPECT_DOUBLE_EQ(r.las.f1(), 80.0);
  EXPECT_DOUBLE_EQ(r.xpos.f1(), 100.0);
}

TEST(ParseEval, AlignsDifferentTokenizations) {
  // The system did not split "don't": 4 words against 5 gold words.
  std::string sys_text =
      "1\tThey\tthey\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n"
      "2\tdon't\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n"
      "3\tfly\tfly\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
      "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
      "\n";
  std::string g = temp_path("gold.conllu"), s = temp_path("sys.conllu");
  write_file(g, kGold);
  write_file(s, sys_text);
  EvalResult r = evaluate_files(g, s);
  EXPECT_EQ(r.words.gold, 5u);
  EXPECT_EQ(r.words.system, 4u);
  EXPECT_EQ(r.words.correct, 3u);  // They, fly, . (don't aligns to neither do nor n't by form)
  EXPECT_EQ(r.tokens.correct, 4u);
  EXPECT_EQ(r.uas.correct, 3u);
  EXPECT_NEAR(r.uas.f1(), 200.0 * 3 / 9, 1e-9);
  // Different text: a clear error.
  write_file(s, "1\tThem\tthey\tPRON\tPRP\t_\t0\troot\t_\t_\n\n");
  EXPECT_THROW(evaluate_files(g, s), std::runtime_error);
}

// ------------------------------------------------------------------------------------------------------------------
// The shipped model.

std::string shipped_model() { return std::string(VIGIL_TEST_DATA_DIR) + "/../../" + kDefaultModelName; }

const Model* shipped() {
  static const Model* m = fs::exists(shipped_model()) ? new Model(load_model(shipped_model())) : nullptr;
  return m;
}

Sentence sentence_of(const std::vector<std::string>& forms) {
  Sentence s;
  for (const std::string& f : forms) {
    Word w;
    w.form = f;
    s.words.push_back(w);
  }
  return s;
}

TEST(ParseShippedModel, ParsesAFixedSentence) {
  if (!shipped()) GTEST_SKIP() << "no shipped model at " << shipped_model();
  Annotator a(*shipped());
  // "Rebels attacked a police convoy near the border on Monday, officials said."
  Sentence s = sentence_of({"Rebels", "attacked", "a", "police", "convoy", "near", "the", "border", "on", "Monday",
                            ",", "officials", "said", "."});
  a.annotate(s);
  auto w = [&](int i) -> const Word& { return s.words[i - 1]; };
  EXPECT_EQ(w(2).upos, "VERB");
  EXPECT_EQ(w(2).xpos, "VBD");
  EXPECT_EQ(w(2).lemma, "attack");
  EXPECT_EQ(w(1).head, 2);
  EXPECT_EQ(w(1).deprel, "nsubj");
  EXPECT_EQ(w(5).head, 2);
  EXPECT_EQ(w(5).deprel, "obj");
  EXPECT_EQ(w(4).head, 5);
  EXPECT_EQ(w(4).deprel, "compound");
  EXPECT_EQ(w(12).head, 13);
  EXPECT_EQ(w(12).deprel, "nsubj");
  EXPECT_EQ(w(12).lemma, "official");
  // Reported speech: "said" heads the sentence or hangs off the reported clause, as UD has it (parataxis), or as
  // a trailing conjunct with no conjunction (the coder reads that as reported speech too).
  EXPECT_TRUE((w(2).head == 0 && w(13).head == 2 && (w(13).deprel == "parataxis" || w(13).deprel == "conj")) ||
              (w(13).head == 0 && w(2).head == 13))
      << w(2).head << " " << w(13).head << " " << w(13).deprel;
}

// Punctuation heads nothing: the decoder never makes a mark a head, even where the model's best guess would (here
// the final stop took "Commissioner" as its subject).
TEST(ParseShippedModel, PunctuationHeadsNothing) {
  if (!shipped()) GTEST_SKIP() << "no shipped model at " << shipped_model();
  Annotator a(*shipped());
  Sentence s = sentence_of({"EU", "Economic", "and", "Monetary", "Affairs", "Commissioner", "Joaquin", "Almunia", "on",
                            "Wednesday", "called", "on", "the", "Cypriot", "government", "to", "speed", "up", "."});
  a.annotate(s);
  for (const Word& w : s.words)
    if (w.head > 0) EXPECT_NE(s.words[w.head - 1].upos, "PUNCT") << w.form << " hangs on " << s.words[w.head - 1].form;
  // And "X on <weekday> VERBed" keeps the verb at the top (src/parse/tree_repair).
  EXPECT_EQ(s.words[10].head, 0);
  EXPECT_EQ(s.words[9].head, 11);
}

TEST(ParseShippedModel, HandlesPassives) {
  if (!shipped()) GTEST_SKIP() << "no shipped model at " << shipped_model();
  Annotator a(*shipped());
  Sentence s = sentence_of({"Two", "soldiers", "were", "killed", "by", "the", "rebels", "."});
  a.annotate(s);
  EXPECT_EQ(s.words[3].head, 0);
  EXPECT_EQ(s.words[1].head, 4);
  EXPECT_EQ(s.words[1].deprel, "nsubj:pass");
  EXPECT_EQ(s.words[2].deprel, "aux:pass");
  EXPECT_EQ(s.words[6].head, 4);
  EXPECT_EQ(s.words[6].deprel.substr(0, 3), "obl");
  EXPECT_EQ(s.words[3].lemma, "kill");
}

TEST(ParseShippedModel, NewsSentencesHaveAFiniteVerb) {
  if (!shipped()) GTEST_SKIP() << "no shipped model at " << shipped_model();
  Annotator a(*shipped());
  // Rare -ed forms seen only as participles in training, and irregular pasts never seen ("shrank"), are past tenses
  // when they head the sentence.
  for (const auto& [forms, verb, lemma] : std::vector<std::tuple<std::vector<std::string>, int, std::string>>{
           {{"The", "president", "hosted", "the", "king", "in", "Riyadh", "."}, 3, "host"},
           {{"Georgian", "police", "detained", "dozens", "of", "protesters", "."}, 3, "detain"},
           {{"Japan", "'s", "economy", "shrank", "at", "an", "annual", "rate", "of", "2", "percent", "."}, 4, "shrink"},
           {{"Turkish", "drones", "struck", "Kurdish", "militia", "positions", "in", "Syria", "."}, 3, "strike"},
           {{"Tens", "of", "thousands", "of", "Israelis", "demonstrated", "in", "Tel", "Aviv", "."}, 6, "demonstrate"},
           // A verb the tagger read as a noun, in a sentence with no other verb.
           {{"A", "local", "man", "shot", "dead", "the", "mayor", "of", "the", "town", "."}, 4, "shoot"},
           // Before a trailing attribution, whose "said" is the sentence's only finite verb.
           {{"Israeli", "jets", "struck", "depots", "near", "Homs", "on", "Friday", ",", "the", "Syrian", "army", "said",
             "."},
            3, "strike"},
           // The only other finite verb is inside a clause ("that Mongolia was ...").
           {{"Mongolian", "Prime", "Minister", "Miegombyn", "Enkhbold", "on", "Thursday", "refuted", "news", "reports",
             "claiming", "that", "Mongolia", "was", "setting", "up", "refugee", "camps", "."},
            8, "refute"}}) {
    Sentence s = sentence_of(forms);
    a.annotate(s);
    const Word& w = s.words[verb - 1];
    EXPECT_EQ(w.xpos, "VBD") << forms[verb - 1];
    EXPECT_EQ(w.lemma, lemma) << forms[verb - 1];
    if (forms[verb] != "depots") {  // before an attribution "said" may head the reported clause
      EXPECT_EQ(w.head, 0) << forms[verb - 1];
    }
  }
}

// After "a", "an" or a possessor, the last of a run of adjectives with nothing noun-like after it heads the phrase:
// the noun the tagger read as an adjective ("a Muslim militant to", "a 25-year-old Australian, had", "the army's
// offensive against"); words of degree stay.
TEST(ParseShippedModel, AnAdjectiveEndingAPhraseAfterAnArticleIsItsNoun) {
  if (!shipped()) GTEST_SKIP() << "no shipped model at " << shipped_model();
  Annotator a(*shipped());
  for (const auto& [forms, word, upos] : std::vector<std::tuple<std::vector<std::string>, int, std::string>>{
           {{"The", "court", "sentenced", "a", "Muslim", "militant", "to", "three", "years", "in", "jail", "."}, 6,
            "NOUN"},
           {{"Nguyen", ",", "a", "25", "-", "year", "-", "old", "Australian", ",", "had", "been", "sentenced", "."}, 9,
            "PROPN"},
           {{"A", "second", "Palestinian", "was", "wounded", "in", "the", "shooting", "."}, 3, "PROPN"},
           {{"I", "was", "a", "little", "scared", "."}, 5, "ADJ"},
           // After a possessor too, but for "own".
           {{"They", "fled", "the", "army", "'s", "offensive", "against", "the", "rebels", "."}, 6, "NOUN"},
           {{"They", "did", "it", "on", "their", "own", "."}, 6, "ADJ"},
           {{"It", "is", "a", "highly", "toxic", ",", "cancer", "-", "causing", "metal", "."}, 5, "ADJ"}}) {
    Sentence s = sentence_of(forms);
    a.annotate(s);
    EXPECT_EQ(s.words[word - 1].upos, upos) << forms[word - 1];
  }
}

// "the daily said", "China Daily reported": before a finite verb, after a determiner, adjective or noun, "daily" is
// the newspaper; after a verb it stays how often ("they meet daily").
TEST(ParseShippedModel, TheDailyThatReportsIsANewspaper) {
  if (!shipped()) GTEST_SKIP() << "no shipped model at " << shipped_model();
  Annotator a(*shipped());
  for (const auto& [forms, word, xpos] : std::vector<std::tuple<std::vector<std::string>, int, std::string>>{
           {{"Ten", "students", "were", "arrested", ",", "the", "Media", "daily", "said", "."}, 8, "NN"},
           {{"Prices", "rose", ",", "the", "daily", "said", "."}, 5, "NN"},
           {{"The", "two", "sides", "meet", "daily", "."}, 5, "RB"}}) {
    Sentence s = sentence_of(forms);
    a.annotate(s);
    EXPECT_EQ(s.words[word - 1].xpos, xpos) << forms[word - 1];
  }
}

// Wire copy's "X on <weekday> VERBed": the weekday is an oblique of the verb, X its subject (src/parse/tree_repair).
TEST(ParseShippedModel, TheDayBetweenSubjectAndVerbIsAnOblique) {
  if (!shipped()) GTEST_SKIP() << "no shipped model at " << shipped_model();
  Annotator a(*shipped());
  Sentence s = sentence_of({"China", "on", "Sunday", "expressed", "strong", "dissatisfaction", "with", "the",
                            "decision", "."});
  a.annotate(s);
  EXPECT_EQ(s.words[3].head, 0);
  EXPECT_EQ(s.words[0].head, 4);
  EXPECT_EQ(s.words[0].deprel, "nsubj");
  EXPECT_EQ(s.words[2].head, 4);
  EXPECT_EQ(s.words[2].deprel, "obl");
  EXPECT_EQ(s.words[1].deprel, "case");
}

// Past tenses and -ing forms of wire copy whose suffix rules made non-words ("rul", "monitore", "flead", "invad").
TEST(ParseShippedModel, VerbLemmasAreWordNetVerbs) {
  if (!shipped()) GTEST_SKIP() << "no shipped model at " << shipped_model();
  Annotator a(*shipped());
  for (const auto& [forms, verb, lemma] : std::vector<std::tuple<std::vector<std::string>, int, std::string>>{
           {{"The", "court", "ruled", "that", "the", "election", "was", "valid", "."}, 3, "rule"},
           {{"Observers", "are", "monitoring", "the", "ceasefire", "."}, 3, "monitor"},
           {{"Thousands", "fled", "the", "fighting", "."}, 2, "flee"},
           {{"Iraq", "invaded", "Kuwait", "in", "1990", "."}, 2, "invade"},
           {{"Rebels", "shelled", "the", "town", "."}, 2, "shell"},
           {{"The", "rebels", "freed", "two", "hostages", "."}, 3, "free"},
           {{"France", "co-sponsored", "the", "resolution", "."}, 2, "co-sponsor"}}) {
    Sentence s = sentence_of(forms);
    a.annotate(s);
    EXPECT_EQ(s.words[verb - 1].lemma, lemma) << forms[verb - 1];
  }
  EXPECT_GT(shipped()->meta["lemmatizer"]["lexicon"]["verbs"].get<int>(), 8000);  // WordNet's one-word verbs
}

TEST(ParseShippedModel, MetadataNamesDataAndLicences) {
  if (!shipped()) GTEST_SKIP() << "no shipped model at " << shipped_model();
  const nlohmann::json& meta = shipped()->meta;
  ASSERT_TRUE(meta.contains("training_data"));
  std::string dump = meta.dump();
  EXPECT_NE(dump.find("en_ewt-ud-train"), std::string::npos);
  EXPECT_NE(dump.find("CC BY-SA 4.0"), std::string::npos);
  EXPECT_NE(dump.find("WordNet"), std::string::npos);
  EXPECT_TRUE(meta.contains("scores_gold_tokenization"));
  EXPECT_LE(fs::file_size(shipped_model()), 40u << 20);
}

TEST(CorpusParse, ShippedModelOnEwtDev) {
  std::string dev = std::string(VIGIL_SHARED_DIR) + "/ud/en_ewt-ud-dev.conllu.xz";
  if (!fs::exists(dev)) GTEST_SKIP() << "../shared/ud not available (" << dev << ")";
  if (!shipped()) GTEST_SKIP() << "no shipped model at " << shipped_model();
  nlohmann::json s = score_model(*shipped(), dev);
  EXPECT_GE(s["upos"].get<double>(), 94.5) << s.dump();
  EXPECT_GE(s["uas"].get<double>(), 84.0) << s.dump();
  EXPECT_GE(s["las"].get<double>(), 80.5) << s.dump();
  EXPECT_GE(s["lemmas"].get<double>(), 95.0) << s.dump();
}

}  // namespace
}  // namespace vigil::parse
