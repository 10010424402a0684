#include <gtest/gtest.h>

#include <filesystem>

#include "ingest/document_reader.h"
#include "ingest/published_date.h"
#include "test_support.h"

namespace vigil {
namespace {

struct Collected {
  std::vector<Document> docs;
  std::vector<InputProblem> problems;
};

Collected read_inputs(const std::vector<std::string>& inputs, ReadOptions options = {}) {
  Collected c;
  DocumentStream stream(inputs, options, [&](const InputProblem& p) { c.problems.push_back(p); });
  Document d;
  while (stream.next(d)) c.docs.push_back(d);
  return c;
}

TEST(JsonlReader, ReadsKnownFieldsAndKeepsUnknownOnes) {
  test::TempDir dir;
  std::string path = dir.file(
      "a.jsonl",
      R"({"id": "x1", "outlet": "AFP", "url": "https://example.org/a", "published": "2022-01-19", "title": "T", )"
      R"("text": "Russia denounced the warning.", "lang": "en", "tags": ["a", "b"]})"
      "\n");
  Collected c = read_inputs({path});
  ASSERT_TRUE(c.problems.empty());
  ASSERT_EQ(c.docs.size(), 1u);
  const Document& d = c.docs[0];
  EXPECT_EQ(d.id, "x1");
  EXPECT_EQ(d.outlet, "AFP");
  EXPECT_EQ(d.url, "https://example.org/a");
  EXPECT_EQ(d.published, "2022-01-19");
  EXPECT_EQ(d.title, "T");
  EXPECT_EQ(d.text, "Russia denounced the warning.");
  EXPECT_EQ(d.source_line, 1u);
  ASSERT_EQ(d.metadata.size(), 2u);
  EXPECT_EQ(d.metadata[0].first, "lang");
  EXPECT_EQ(d.metadata[0].second, "\"en\"");
  EXPECT_EQ(d.metadata[1].second, "[\"a\",\"b\"]");
  ASSERT_EQ(d.analysable_spans().size(), 1u);
  EXPECT_EQ(d.slice(d.analysable_spans()[0]), "Russia denounced the warning.");
}

TEST(JsonlReader, OnlyTextIsRequiredAndAbsentIdsAreStable) {
  test::TempDir dir;
  std::string path = dir.file("a.jsonl", "{\"text\": \"Same text.\"}\n{\"text\": \"Same text.\"}\n{\"text\": \"Other.\", \"id\": 42}\n");
  Collected c = read_inputs({path});
  ASSERT_EQ(c.docs.size(), 3u);
  EXPECT_EQ(c.docs[0].id, c.docs[1].id);
  EXPECT_EQ(c.docs[0].id.rfind("doc-", 0), 0u);
  EXPECT_EQ(c.docs[0].id.size(), 20u);
  EXPECT_EQ(c.docs[2].id, "42");
  EXPECT_TRUE(c.docs[0].published.empty());
}

TEST(JsonlReader, PublishedOptionFillsOnlyMissingDates) {
  test::TempDir dir;
  std::string path = dir.file("a.jsonl", R"({"text": "a"})" "\n" R"({"text": "b", "published": "2020-02-29T10:00:00Z"})" "\n");
  ReadOptions o;
  o.published = "2022-01-19";
  Collected c = read_inputs({path}, o);
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].published, "2022-01-19");
  EXPECT_EQ(c.docs[1].published, "2020-02-29");
}

TEST(JsonlReader, BadRecordsAreReportedWithLineAndTheRestIsRead) {
  test::TempDir dir;
  std::string lines = std::string(R"({"text": "good one"})") + "\n" +  // 1
                      "{not json}\n" +                               // 2
                      R"({"id": "no-text"})" + "\n" +                // 3
                      R"({"text": 5})" + "\n" +                      // 4
                      "{\"text\": \"bad \xC3\x28 utf8\"}\n" +        // 5
                      R"({"text": "x", "published": "2022-02-30"})" + "\n" +  // 6
                      "[1, 2]\n" +                                   // 7
                      "\n" +                                         // 8: blank lines are fine
                      R"({"text": "good two"})" + "\n";              // 9
  Collected c = read_inputs({dir.file("bad.jsonl", lines)});
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[1].text, "good two");
  EXPECT_EQ(c.docs[1].source_line, 9u);
  ASSERT_EQ(c.problems.size(), 6u);
  std::vector<uint64_t> lines_seen;
  for (const auto& p : c.problems) lines_seen.push_back(p.line);
  EXPECT_EQ(lines_seen, (std::vector<uint64_t>{2, 3, 4, 5, 6, 7}));
  EXPECT_NE(c.problems[0].message.find("invalid JSON"), std::string::npos);
  EXPECT_NE(c.problems[1].message.find("no \"text\""), std::string::npos);
  EXPECT_NE(c.problems[3].message.find("UTF-8"), std::string::npos);
  EXPECT_NE(c.problems[4].message.find("published"), std::string::npos);
  EXPECT_NE(c.problems[0].to_string().find("bad.jsonl:2: "), std::string::npos);
}

TEST(JsonlReader, HugeLineIsRejectedAndReadingGoesOn) {
  test::TempDir dir;
  std::string huge = "{\"text\": \"" + std::string(50u << 20, 'a') + "\"}\n";
  std::string path = dir.file("huge.jsonl", huge + "{\"text\": \"after\"}\n");
  Collected c = read_inputs({path});
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_EQ(c.problems[0].line, 1u);
  EXPECT_NE(c.problems[0].message.find("longer than"), std::string::npos);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text, "after");
}

TEST(JsonlReader, StopOnErrorThrowsAtTheFirstProblem) {
  test::TempDir dir;
  std::string path = dir.file("a.jsonl", "{\"text\": \"ok\"}\n{oops\n{\"text\": \"never\"}\n");
  ReadOptions o;
  o.stop_on_error = true;
  DocumentStream stream({path}, o, [](const InputProblem&) {});
  Document d;
  EXPECT_TRUE(stream.next(d));
  try {
    stream.next(d);
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.problem().line, 2u);
  }
}

TEST(JsonlReader, CompressedJsonlIsReadTransparently) {
  test::TempDir dir;
  std::string body = "{\"id\": \"a\", \"text\": \"One.\"}\n{\"id\": \"b\", \"text\": \"Two.\"}\n";
  Collected xz = read_inputs({dir.file("a.jsonl.xz", test::xz_compress(body))});
  Collected gz = read_inputs({dir.file("b.jsonl.gz", test::gzip_compress(body))});
  ASSERT_EQ(xz.docs.size(), 2u);
  ASSERT_EQ(gz.docs.size(), 2u);
  EXPECT_EQ(xz.docs[1].text, "Two.");
  EXPECT_EQ(gz.docs[0].id, "a");
}

TEST(PlainTextReader, HeadlineWithTrailingCreditBylineAndDateline) {
  test::TempDir dir;
  std::string text =
      "Navy ships arrive in port—officials. Photo: Navy / handout\n"
      "By Jane Smith and Ali Khan\n"
      "RIGA, May 2 (Wire) - The ships arrived on Monday.\n"
      "Photo credit: Reuters\n"
      "Officials welcomed them.\n";
  Collected c = read_inputs({dir.file("navy-ships.txt", text)});
  ASSERT_TRUE(c.problems.empty());
  ASSERT_EQ(c.docs.size(), 1u);
  const Document& d = c.docs[0];
  EXPECT_EQ(d.id, "navy-ships");
  EXPECT_EQ(d.text, text);  // original bytes kept whole
  EXPECT_EQ(d.title, "Navy ships arrive in port—officials.");
  EXPECT_EQ(d.dateline, "RIGA, May 2 (Wire) -");
  std::vector<std::pair<RegionKind, std::string>> regions;
  for (const Region& r : d.regions) regions.emplace_back(r.kind, std::string(d.slice(r.span)));
  ASSERT_EQ(regions.size(), 7u);
  EXPECT_EQ(regions[0], std::make_pair(RegionKind::headline, std::string("Navy ships arrive in port—officials.")));
  EXPECT_EQ(regions[1], std::make_pair(RegionKind::credit, std::string("Photo: Navy / handout")));
  EXPECT_EQ(regions[2], std::make_pair(RegionKind::byline, std::string("By Jane Smith and Ali Khan")));
  EXPECT_EQ(regions[3], std::make_pair(RegionKind::dateline, std::string("RIGA, May 2 (Wire) -")));
  EXPECT_EQ(regions[4], std::make_pair(RegionKind::body, std::string("The ships arrived on Monday.")));
  EXPECT_EQ(regions[5], std::make_pair(RegionKind::credit, std::string("Photo credit: Reuters")));
  EXPECT_EQ(regions[6], std::make_pair(RegionKind::body, std::string("Officials welcomed them.")));
}

TEST(PlainTextReader, ADatelineMayHoldAnAbbreviatedMonthButNotASentence) {
  test::TempDir dir;
  Collected c = read_inputs({dir.file("a.txt", "Talks resume\nCAIRO, Nov. 8 (Wire) -- The envoys met on Tuesday.\n")});
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].dateline, "CAIRO, Nov. 8 (Wire) --");
  // "NATO, the alliance said. Talks -- ..." ends a sentence before the dash: no dateline.
  c = read_inputs({dir.file("b.txt", "Talks resume\nNATO, the alliance said. Talks -- long stalled -- resumed.\n")});
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].dateline, "");
}

TEST(PlainTextReader, ADatelinesDashMayBeUnspacedOnOneSide) {
  test::TempDir dir;
  // Wire copy's "(Xinhua)-- US President" and "(Xinhua) --After it was delayed".
  Collected c = read_inputs({dir.file("a.txt", "Talks resume\nCAIRO, Nov. 8 (Wire)-- The envoys met on Tuesday.\n")});
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].dateline, "CAIRO, Nov. 8 (Wire)--");
  c = read_inputs({dir.file("b.txt", "Talks resume\nCAIRO, Nov. 8 (Wire) --The envoys met on Tuesday.\n")});
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].dateline, "CAIRO, Nov. 8 (Wire) --");
  bool body_after_dash = false;
  for (const Region& r : c.docs[0].regions)
    body_after_dash = body_after_dash || (r.kind == RegionKind::body && c.docs[0].slice(r.span) == "The envoys met on Tuesday.");
  EXPECT_TRUE(body_after_dash);
  // A hyphen joined to the next word after a space is no dateline's dash: "NATO -led forces".
  c = read_inputs({dir.file("c.txt", "Talks resume\nNATO -led forces met on Tuesday.\n")});
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].dateline, "");
}

TEST(PlainTextReader, CreditOnItsOwnLineAndOrdinarySentencesStartingWithBy) {
  test::TempDir dir;
  std::string text = "Talks stall\nPhoto: AP\nBy midday, the talks had stalled.\n";
  Collected c = read_inputs({dir.file("t.txt", text)});
  ASSERT_EQ(c.docs.size(), 1u);
  const Document& d = c.docs[0];
  ASSERT_EQ(d.regions.size(), 3u);
  EXPECT_EQ(d.regions[1].kind, RegionKind::credit);
  EXPECT_EQ(d.regions[2].kind, RegionKind::body);
  EXPECT_EQ(d.slice(d.regions[2].span), "By midday, the talks had stalled.");
}

TEST(PlainTextReader, BrokenUtf8NamesFileAndLine) {
  test::TempDir dir;
  std::string path = dir.file("bad.txt", "Headline\nfine line\nbroken \xFF byte\n");
  Collected c = read_inputs({path, dir.file("good.txt", "Fine\nAll good.\n")});
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_EQ(c.problems[0].file, path);
  EXPECT_EQ(c.problems[0].line, 3u);
  EXPECT_NE(c.problems[0].message.find("UTF-8"), std::string::npos);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "good");
}

TEST(DocumentStream, FoldersGiveTheirDocumentFilesSortedAndMissingPathsAreReported) {
  test::TempDir dir;
  dir.file("in/b.txt", "B headline\nBody b.\n");
  dir.file("in/a.jsonl", "{\"id\": \"a1\", \"text\": \"A.\"}\n");
  dir.file("in/sub/c.txt", "C headline\nBody c.\n");
  dir.file("in/notes.md", "# not a document\n");
  dir.file("in/image.png", "PNG");
  Collected c = read_inputs({dir.path() + "/in", dir.path() + "/missing.txt"});
  std::vector<std::string> ids;
  for (const auto& d : c.docs) ids.push_back(d.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"a1", "b", "c"}));
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_NE(c.problems[0].message.find("no such file"), std::string::npos);
}

TEST(DocumentStream, FormatFollowsTheExtensionUnlessForced) {
  EXPECT_EQ(format_for_path("x.jsonl"), InputFormat::jsonl);
  EXPECT_EQ(format_for_path("x.jsonl.xz"), InputFormat::jsonl);
  EXPECT_EQ(format_for_path("x.jsonl.gz"), InputFormat::jsonl);
  EXPECT_EQ(format_for_path("x.txt"), InputFormat::text);
  EXPECT_EQ(format_for_path("x.json"), InputFormat::text);
  test::TempDir dir;
  ReadOptions o;
  o.format = InputFormat::jsonl;
  Collected c = read_inputs({dir.file("records.data", "{\"text\": \"x\"}\n")}, o);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text, "x");
}

TEST(PublishedDate, AcceptsRealDatesOnly) {
  EXPECT_EQ(normalize_published_date("2022-01-19"), "2022-01-19");
  EXPECT_EQ(normalize_published_date("2022-01-19T08:30:00Z"), "2022-01-19");
  EXPECT_EQ(normalize_published_date("20220119"), "2022-01-19");
  EXPECT_EQ(normalize_published_date("2024-02-29"), "2024-02-29");
  EXPECT_FALSE(normalize_published_date("2023-02-29"));
  EXPECT_FALSE(normalize_published_date("2022-13-01"));
  EXPECT_FALSE(normalize_published_date("0000-01-01"));
  EXPECT_FALSE(normalize_published_date("19 January 2022"));
  EXPECT_FALSE(normalize_published_date("2022-01-19junk"));
}

TEST(CorpusSeed, HeadlineLeavesThePhotoCreditOut) {
  std::string path = std::string(VIGIL_SHARED_DIR) + "/corpus/seed/canada-sof-ukraine.txt";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "../shared is absent: " << path;
  Collected c = read_inputs({path});
  ASSERT_EQ(c.docs.size(), 1u);
  const Document& d = c.docs[0];
  EXPECT_EQ(d.title, "Canada sent special forces to Ukraine—media.");
  ASSERT_GE(d.regions.size(), 3u);
  EXPECT_EQ(d.regions[1].kind, RegionKind::credit);
  EXPECT_EQ(d.slice(d.regions[1].span), "Photo: canada.ca / National Defense");
  for (Span s : d.analysable_spans()) EXPECT_EQ(d.slice(s).find("Photo:"), std::string_view::npos);
}

TEST(CorpusWire, ReadsEveryStoryWithoutProblems) {
  std::string path = std::string(VIGIL_SHARED_DIR) + "/corpus/news/wire-1997-2006.jsonl.xz";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "../shared is absent: " << path;
  Collected c = read_inputs({path});
  EXPECT_TRUE(c.problems.empty());
  ASSERT_EQ(c.docs.size(), 2452u);
  EXPECT_EQ(c.docs[0].id, "AFP_ENG_19970401.0006");
  EXPECT_EQ(c.docs[0].outlet, "AFP");
  EXPECT_EQ(c.docs[0].published, "1997-04-01");
  EXPECT_FALSE(c.docs[0].dateline.empty());
}

}  // namespace
}  // namespace vigil
