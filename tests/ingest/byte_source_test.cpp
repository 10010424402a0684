#include <gtest/gtest.h>

#include "ingest/byte_source.h"
#include "ingest/input_error.h"
#include "ingest/line_reader.h"
#include "test_support.h"

namespace vigil {
namespace {

std::string read_path(const std::string& path) {
  auto src = open_byte_source(path);
  return read_all(*src, 1 << 24);
}

TEST(ByteSource, ReadsPlainXzAndGzipAlike) {
  test::TempDir dir;
  std::string text;
  for (int i = 0; i < 5000; ++i) text += "line " + std::to_string(i) + " of the test\n";
  EXPECT_EQ(read_path(dir.file("a.txt", text)), text);
  EXPECT_EQ(read_path(dir.file("a.txt.xz", test::xz_compress(text))), text);
  EXPECT_EQ(read_path(dir.file("a.txt.gz", test::gzip_compress(text))), text);
  // Decided by content, not by name.
  EXPECT_EQ(read_path(dir.file("misnamed.txt", test::gzip_compress(text))), text);
}

TEST(ByteSource, ConcatenatedGzipMembersAreOneStream) {
  test::TempDir dir;
  std::string path = dir.file("two.gz", test::gzip_compress("first\n") + test::gzip_compress("second\n"));
  EXPECT_EQ(read_path(path), "first\nsecond\n");
}

TEST(ByteSource, MissingFileNamesTheFile) {
  try {
    open_byte_source("/nonexistent/vigil/file.txt");
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.problem().file, "/nonexistent/vigil/file.txt");
    EXPECT_NE(std::string(e.what()).find("cannot open"), std::string::npos);
  }
}

TEST(ByteSource, CorruptAndTruncatedXzAreErrors) {
  test::TempDir dir;
  std::string packed = test::xz_compress(std::string(100000, 'x') + "tail");
  std::string truncated = packed.substr(0, packed.size() / 2);
  EXPECT_THROW(read_path(dir.file("t.xz", truncated)), InputError);
  std::string corrupt = packed;
  corrupt[corrupt.size() / 2] ^= 0x55;
  EXPECT_THROW(read_path(dir.file("c.xz", corrupt)), InputError);
}

TEST(ByteSource, TruncatedGzipIsAnError) {
  test::TempDir dir;
  std::string packed = test::gzip_compress(std::string(100000, 'y'));
  EXPECT_THROW(read_path(dir.file("t.gz", packed.substr(0, packed.size() / 2))), InputError);
}

TEST(ByteSource, ReadAllRefusesMoreThanTheLimit) {
  test::TempDir dir;
  auto src = open_byte_source(dir.file("big.txt", std::string(5000, 'z')));
  EXPECT_THROW(read_all(*src, 4000), InputError);
}

TEST(LineReader, SplitsLinesAndDropsCarriageReturns) {
  test::TempDir dir;
  LineReader r(open_byte_source(dir.file("l.txt", "one\r\ntwo\n\nthree")), 100);
  std::string line;
  ASSERT_EQ(r.next(line), LineReader::Status::line);
  EXPECT_EQ(line, "one");
  ASSERT_EQ(r.next(line), LineReader::Status::line);
  EXPECT_EQ(line, "two");
  ASSERT_EQ(r.next(line), LineReader::Status::line);
  EXPECT_EQ(line, "");
  ASSERT_EQ(r.next(line), LineReader::Status::line);
  EXPECT_EQ(line, "three");
  EXPECT_EQ(r.line_number(), 4u);
  EXPECT_EQ(r.next(line), LineReader::Status::end);
}

TEST(LineReader, SkipsAnOverlongLineAndGoesOn) {
  test::TempDir dir;
  std::string big(300000, 'a');  // spans several read buffers
  LineReader r(open_byte_source(dir.file("l.txt", "short\n" + big + "\nafter\n")), 1000);
  std::string line;
  ASSERT_EQ(r.next(line), LineReader::Status::line);
  ASSERT_EQ(r.next(line), LineReader::Status::too_long);
  EXPECT_EQ(r.line_number(), 2u);
  EXPECT_TRUE(line.empty());
  ASSERT_EQ(r.next(line), LineReader::Status::line);
  EXPECT_EQ(line, "after");
  EXPECT_EQ(r.line_number(), 3u);
}

}  // namespace
}  // namespace vigil
