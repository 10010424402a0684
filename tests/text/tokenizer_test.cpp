#include <gtest/gtest.h>

#include <filesystem>

#include "ingest/document_reader.h"
#include "text/tokenizer.h"

namespace vigil {
namespace {

// Surface tokens of a text, as strings.
std::vector<std::string> surface(const std::string& text) {
  std::vector<SurfaceToken> tokens;
  split_tokens(text, Span{0, static_cast<uint32_t>(text.size())}, tokens);
  std::vector<std::string> out;
  for (const SurfaceToken& t : tokens) out.push_back(text.substr(t.span.begin, t.span.size()));
  return out;
}

using V = std::vector<std::string>;

TEST(Tokenizer, SplitsPunctuationAndKeepsOffsetsExact) {
  std::string text = "Russia, again, denounced it!";
  std::vector<SurfaceToken> tokens;
  split_tokens(text, Span{0, static_cast<uint32_t>(text.size())}, tokens);
  ASSERT_EQ(tokens.size(), 7u);
  EXPECT_EQ(tokens[0].span, (Span{0, 6}));
  EXPECT_FALSE(tokens[0].space_after);
  EXPECT_EQ(tokens[1].span, (Span{6, 7}));
  EXPECT_TRUE(tokens[1].space_after);
  EXPECT_EQ(tokens[6].span, (Span{27, 28}));
}

TEST(Tokenizer, ClitcsStayInTheSurfaceToken) {
  EXPECT_EQ(surface("Canada's troops don't go."), (V{"Canada's", "troops", "don't", "go", "."}));
  EXPECT_EQ(surface("I’m sure they’ve left."), (V{"I’m", "sure", "they’ve", "left", "."}));
}

TEST(Tokenizer, Abbreviations) {
  EXPECT_EQ(surface("The U.S. and Gen. Smith met on Jan. 9 at Acme Inc. offices."),
            (V{"The", "U.S.", "and", "Gen.", "Smith", "met", "on", "Jan.", "9", "at", "Acme", "Inc.", "offices", "."}));
  EXPECT_EQ(surface("J. R. R. Tolkien wrote it."), (V{"J.", "R.", "R.", "Tolkien", "wrote", "it", "."}));
  EXPECT_EQ(surface("at 5 p.m. today"), (V{"at", "5", "p.m.", "today"}));
  EXPECT_EQ(surface("Flight No. 17 left."), (V{"Flight", "No.", "17", "left", "."}));
  EXPECT_EQ(surface("He said no."), (V{"He", "said", "no", "."}));
}

TEST(Tokenizer, NumbersDecimalsAndSymbols) {
  EXPECT_EQ(surface("It fell 1.1 percent to 1,189.42 points, or $5 (3%)."),
            (V{"It", "fell", "1.1", "percent", "to", "1,189.42", "points", ",", "or", "$", "5", "(", "3", "%", ")", "."}));
  EXPECT_EQ(surface("at 10:30 on 11/28/2000"), (V{"at", "10:30", "on", "11/28/2000"}));
}

TEST(Tokenizer, DashesHyphensAndEllipses) {
  EXPECT_EQ(surface("Ukraine—media"), (V{"Ukraine", "—", "media"}));
  EXPECT_EQ(surface("a full-scale invasion"), (V{"a", "full", "-", "scale", "invasion"}));
  EXPECT_EQ(surface("non-profit co-workers"), (V{"non-profit", "co-workers"}));
  EXPECT_EQ(surface("wait... what -- now"), (V{"wait", "...", "what", "--", "now"}));
  EXPECT_EQ(surface("so…"), (V{"so", "…"}));
  EXPECT_EQ(surface("the Ukrainian-Russian border"), (V{"the", "Ukrainian", "-", "Russian", "border"}));
}

TEST(Tokenizer, QuotesAndNestedQuotes) {
  EXPECT_EQ(surface("She said: \"He called it 'hysteria.'\""),
            (V{"She", "said", ":", "\"", "He", "called", "it", "'", "hysteria", ".", "'", "\""}));
  EXPECT_EQ(surface("“charging Russophobic sentiments”"), (V{"“", "charging", "Russophobic", "sentiments", "”"}));
}

TEST(Tokenizer, AddressesStayWhole) {
  EXPECT_EQ(surface("See https://example.org/a?b=1, or www.canada.ca."),
            (V{"See", "https://example.org/a?b=1", ",", "or", "www.canada.ca", "."}));
  EXPECT_EQ(surface("Write to press@example.com today"), (V{"Write", "to", "press@example.com", "today"}));
  EXPECT_EQ(surface("Photo: canada.ca / National Defense"), (V{"Photo", ":", "canada.ca", "/", "National", "Defense"}));
}

TEST(Tokenizer, NonAsciiLettersAndEmoticons) {
  EXPECT_EQ(surface("Mélanie Joly visited Kyiv :)"), (V{"Mélanie", "Joly", "visited", "Kyiv", ":)"}));
  EXPECT_EQ(surface("Zelenskyy's office"), (V{"Zelenskyy's", "office"}));
}

// Sentences of a one-region text.
std::vector<std::string> sentences(const std::string& text) {
  Document d;
  d.text = text;
  d.regions.push_back(Region{RegionKind::body, Span{0, static_cast<uint32_t>(text.size())}});
  std::vector<std::string> out;
  for (const Sentence& s : tokenize_document(d, TokenizeOptions{.sentence_comments = false})) out.push_back(s.text);
  return out;
}

TEST(SentenceSplitter, EndsAtFinalPunctuationNotAtAbbreviations) {
  EXPECT_EQ(sentences("Gen. Smith met Mr. Jones in the U.S. capital. They talked. Did it work? Yes!"),
            (V{"Gen. Smith met Mr. Jones in the U.S. capital.", "They talked.", "Did it work?", "Yes!"}));
}

TEST(SentenceSplitter, ACaseNameOrAProvinceDoesNotEndTheSentence) {
  // "v." always has a party's name after it; Canadian provinces keep their period ("Kingston, Ont.").
  EXPECT_EQ(sentences("The court ruled in Hamdan v. Rumsfeld on Thursday. It was close."),
            (V{"The court ruled in Hamdan v. Rumsfeld on Thursday.", "It was close."}));
  EXPECT_EQ(surface("He lives in Kingston, Ont., with his family."),
            (V{"He", "lives", "in", "Kingston", ",", "Ont.", ",", "with", "his", "family", "."}));
}

TEST(SentenceSplitter, QuotesCloseWithTheirSentence) {
  EXPECT_EQ(sentences("\"We will not go,\" she said. \"Never!\" he added. Then they left."),
            (V{"\"We will not go,\" she said.", "\"Never!\" he added.", "Then they left."}));
  EXPECT_EQ(sentences("It called this “hysteria.” Moscow also objected."),
            (V{"It called this “hysteria.”", "Moscow also objected."}));
}

TEST(SentenceSplitter, AbbreviationAtTheEndBeforeACommonSentenceStart) {
  EXPECT_EQ(sentences("Troops returned to the U.S. The army said so."),
            (V{"Troops returned to the U.S.", "The army said so."}));
}

TEST(SentenceSplitter, LineBreaksAndParagraphs) {
  EXPECT_EQ(sentences("Headline without a period\nThe body starts here.\n\nA new paragraph"),
            (V{"Headline without a period", "The body starts here.", "A new paragraph"}));
  // A wrapped line continuing in lower case is the same sentence.
  EXPECT_EQ(sentences("The minister said the talks\nwould go on.").size(), 1u);
  EXPECT_EQ(sentences("The minister said the talks\nwould go on.")[0], "The minister said the talks would go on.");
}

TEST(SentenceSplitter, DecimalsAndEllipsesDoNotEndSentences) {
  EXPECT_EQ(sentences("Shares fell 1.1 percent... and then rose. Prices held."),
            (V{"Shares fell 1.1 percent... and then rose.", "Prices held."}));
}

TEST(Words, CliticsBecomeMultiwordTokens) {
  Document d;
  d.text = "Canada's troops don't stay. I cannot say. We're gonna win.";
  d.regions.push_back(Region{RegionKind::body, Span{0, static_cast<uint32_t>(d.text.size())}});
  auto s = tokenize_document(d);
  ASSERT_EQ(s.size(), 3u);
  std::vector<std::string> forms;
  for (const Word& w : s[0].words) forms.push_back(w.form);
  EXPECT_EQ(forms, (V{"Canada", "'s", "troops", "do", "n't", "stay", "."}));
  ASSERT_EQ(s[0].multiword_tokens.size(), 2u);
  EXPECT_EQ(s[0].multiword_tokens[0].form, "Canada's");
  EXPECT_EQ(s[0].multiword_tokens[0].first, 1);
  EXPECT_EQ(s[0].multiword_tokens[0].last, 2);
  EXPECT_EQ(s[0].words[1].span, (Span{6, 8}));
  EXPECT_EQ(s[0].words[3].span, (Span{16, 18}));
  forms.clear();
  for (const Word& w : s[1].words) forms.push_back(w.form);
  EXPECT_EQ(forms, (V{"I", "can", "not", "say", "."}));
  forms.clear();
  for (const Word& w : s[2].words) forms.push_back(w.form);
  EXPECT_EQ(forms, (V{"We", "'re", "gon", "na", "win", "."}));
  EXPECT_EQ(s[0].comments[0], "sent_id = -1");
}

TEST(Words, CurlyApostropheClitics) {
  Document d;
  d.text = "Russia’s troops won’t leave.";
  d.regions.push_back(Region{RegionKind::body, Span{0, static_cast<uint32_t>(d.text.size())}});
  auto s = tokenize_document(d);
  ASSERT_EQ(s.size(), 1u);
  std::vector<std::string> forms;
  for (const Word& w : s[0].words) forms.push_back(w.form);
  EXPECT_EQ(forms, (V{"Russia", "’s", "troops", "wo", "n’t", "leave", "."}));
}

TEST(CorpusSeed, HeadlineThenEachBodySentenceAndNothingFromTheCredit) {
  std::string path = std::string(VIGIL_SHARED_DIR) + "/corpus/seed/canada-sof-ukraine.txt";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "../shared is absent: " << path;
  DocumentStream stream({path}, ReadOptions{}, [](const InputProblem& p) { FAIL() << p.to_string(); });
  Document doc;
  ASSERT_TRUE(stream.next(doc));
  auto s = tokenize_document(doc);
  ASSERT_EQ(s.size(), 19u);
  EXPECT_EQ(s[0].text, "Canada sent special forces to Ukraine—media.");
  EXPECT_EQ(s[1].text, "As tensions escalate between NATO and Russia, Canada has deployed a contingent of an elite Special Operations Regiment to Ukraine.");
  EXPECT_EQ(s[18].text.substr(0, 25), "Russia called these recom");
  size_t credit_begin = doc.text.find("Photo:");
  size_t credit_end = doc.text.find('\n');
  for (const Sentence& sent : s)
    for (const Word& w : sent.words) EXPECT_FALSE(w.span.begin >= credit_begin && w.span.end <= credit_end) << w.form;
}

}  // namespace
}  // namespace vigil
