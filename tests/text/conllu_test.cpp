#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "ingest/input_error.h"
#include "text/conllu.h"

namespace vigil {
namespace {

std::string write_temp(const std::string& content) {
  static int n = 0;
  auto p = std::filesystem::temp_directory_path() / ("vigil-conllu-" + std::to_string(::getpid()) + "-" + std::to_string(n++) + ".conllu");
  std::ofstream(p) << content;
  return p.string();
}

const char* kSample =
    "# sent_id = s1\n"
    "# text = Canada's troops didn't go.\n"
    "1-2\tCanada's\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "1\tCanada\tCanada\tPROPN\tNNP\tNumber=Sing\t3\tnmod:poss\t3:nmod:poss\t_\n"
    "2\t's\t's\tPART\tPOS\t_\t1\tcase\t1:case\t_\n"
    "3\ttroops\ttroop\tNOUN\tNNS\tNumber=Plur\t5\tnsubj\t5:nsubj\t_\n"
    "4-5\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "4\tdid\tdo\tAUX\tVBD\t_\t6\taux\t6:aux\t_\n"
    "5\tn't\tnot\tPART\tRB\t_\t6\tadvmod\t6:advmod\t_\n"
    "5.1\tgo\tgo\tVERB\tVB\t_\t_\t_\t3:nsubj\tCopyOf=6\n"
    "6\tgo\tgo\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No\n"
    "7\t.\t.\tPUNCT\t.\t_\t6\tpunct\t6:punct\t_\n"
    "\n";

TEST(Conllu, ReadsWordsMultiwordTokensAndEmptyNodes) {
  ConlluReader r(write_temp(kSample));
  Sentence s;
  ASSERT_TRUE(r.next(s));
  ASSERT_EQ(s.words.size(), 7u);
  EXPECT_EQ(s.text, "Canada's troops didn't go.");
  EXPECT_EQ(s.words[2].lemma, "troop");
  EXPECT_EQ(s.words[2].head, 5);
  EXPECT_EQ(s.words[2].deprel, "nsubj");
  ASSERT_EQ(s.multiword_tokens.size(), 2u);
  EXPECT_EQ(s.multiword_tokens[1].form, "didn't");
  EXPECT_EQ(s.multiword_tokens[1].span, (Span{16, 22}));
  EXPECT_EQ(s.words[5].span, (Span{23, 25}));
  EXPECT_FALSE(s.words[5].space_after);
  ASSERT_EQ(s.empty_nodes.size(), 1u);
  EXPECT_EQ(s.empty_nodes[0].after, 5);
  EXPECT_FALSE(r.next(s));
}

TEST(Conllu, WritesBackWhatItRead) {
  ConlluReader r(write_temp(kSample));
  Sentence s;
  ASSERT_TRUE(r.next(s));
  std::string out;
  write_conllu(s, out);
  EXPECT_EQ(out, kSample);
}

TEST(Conllu, MalformedLinesNameTheirLine) {
  auto expect_error_at = [](const std::string& text, uint64_t line, const std::string& what) {
    ConlluReader r(write_temp(text));
    Sentence s;
    try {
      while (r.next(s)) {}
      FAIL() << "expected an error for: " << text;
    } catch (const InputError& e) {
      EXPECT_EQ(e.problem().line, line) << e.what();
      EXPECT_NE(std::string(e.what()).find(what), std::string::npos) << e.what();
    }
  };
  expect_error_at("1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n2\tB\tb\tX\n", 2, "10 tab-separated columns");
  expect_error_at("1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n3\tB\tb\tX\tX\t_\t1\tdep\t_\t_\n", 2, "out of sequence");
  expect_error_at("1\tA\ta\tX\tX\t_\tzero\troot\t_\t_\n", 1, "bad HEAD");
  expect_error_at("\n\n1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n2\tB\tb\tX\tX\t_\t9\tdep\t_\t_\n", 3, "beyond the sentence");
  expect_error_at("1-3\tAB\t_\t_\t_\t_\t_\t_\t_\t_\n1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n\n", 1, "runs past");
}

TEST(Conllu, UnannotatedInputIsAcceptedWhenAnnotationsAreNotChecked) {
  ConlluReader r(write_temp("1\tHello\t_\t_\t_\t_\t_\t_\t_\t_\n2\tworld\t_\t_\t_\t_\t_\t_\t_\t_\n\n"),
                 ConlluReadOptions{.check_annotations = false});
  Sentence s;
  ASSERT_TRUE(r.next(s));
  EXPECT_EQ(s.text, "Hello world");
  EXPECT_EQ(s.words[1].head, -1);
}

}  // namespace
}  // namespace vigil
