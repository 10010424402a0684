#include "ingest/byte_source.h"

#include <lzma.h>
#include <zlib.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

#include <fmt/format.h>

#include "ingest/input_error.h"

namespace vigil {
namespace {

[[noreturn]] void fail(const std::string& name, const std::string& message) {
  throw InputError(InputProblem{name, 0, message});
}

// The raw bytes of a file or stdin, with a small look-ahead buffer so the format can be sniffed.
class FileSource : public ByteSource {
 public:
  explicit FileSource(const std::string& path) {
    name_ = path;
    if (path == "-") {
      file_ = stdin;
    } else {
      file_ = std::fopen(path.c_str(), "rb");
      if (!file_) fail(path, fmt::format("cannot open: {}", std::strerror(errno)));
      owned_ = true;
    }
  }
  ~FileSource() override {
    if (owned_) std::fclose(file_);
  }
  size_t read(char* buf, size_t n) override {
    size_t got = 0;
    if (peek_pos_ < peek_.size()) {
      got = std::min(n, peek_.size() - peek_pos_);
      std::memcpy(buf, peek_.data() + peek_pos_, got);
      peek_pos_ += got;
      if (got == n) return got;
    }
    size_t more = std::fread(buf + got, 1, n - got, file_);
    if (more < n - got && std::ferror(file_)) fail(name_, fmt::format("read error: {}", std::strerror(errno)));
    return got + more;
  }
  // The first bytes of the stream, without consuming them.
  const std::vector<char>& peek(size_t n) {
    peek_.resize(n);
    size_t got = std::fread(peek_.data(), 1, n, file_);
    peek_.resize(got);
    return peek_;
  }

 private:
  std::FILE* file_ = nullptr;
  bool owned_ = false;
  std::vector<char> peek_;
  size_t peek_pos_ = 0;
};

constexpr size_t kChunk = 1 << 16;

class XzSource : public ByteSource {
 public:
  explicit XzSource(std::unique_ptr<FileSource> in) : in_(std::move(in)), buf_(kChunk) {
    name_ = in_->name();
    if (lzma_stream_decoder(&strm_, UINT64_MAX, LZMA_CONCATENATED) != LZMA_OK)
      fail(name_, "cannot start the xz decoder");
  }
  ~XzSource() override { lzma_end(&strm_); }
  size_t read(char* out, size_t n) override {
    if (done_) return 0;
    strm_.next_out = reinterpret_cast<uint8_t*>(out);
    strm_.avail_out = n;
    while (strm_.avail_out == n) {
      lzma_action action = LZMA_RUN;
      if (strm_.avail_in == 0 && !eof_) {
        size_t got = in_->read(buf_.data(), buf_.size());
        strm_.next_in = reinterpret_cast<const uint8_t*>(buf_.data());
        strm_.avail_in = got;
        if (got == 0) eof_ = true;
      }
      if (eof_) action = LZMA_FINISH;
      lzma_ret r = lzma_code(&strm_, action);
      if (r == LZMA_STREAM_END) {
        done_ = true;
        break;
      }
      if (r != LZMA_OK) fail(name_, fmt::format("corrupt xz data (liblzma error {})", static_cast<int>(r)));
      if (eof_ && strm_.avail_in == 0 && strm_.avail_out == n) fail(name_, "truncated xz data");
    }
    return n - strm_.avail_out;
  }

 private:
  std::unique_ptr<FileSource> in_;
  std::vector<char> buf_;
  lzma_stream strm_ = LZMA_STREAM_INIT;
  bool eof_ = false;
  bool done_ = false;
};

class GzipSource : public ByteSource {
 public:
  explicit GzipSource(std::unique_ptr<FileSource> in) : in_(std::move(in)), buf_(kChunk) {
    name_ = in_->name();
    std::memset(&strm_, 0, sizeof strm_);
    if (inflateInit2(&strm_, 15 + 32) != Z_OK) fail(name_, "cannot start the gzip decoder");
  }
  ~GzipSource() override { inflateEnd(&strm_); }
  size_t read(char* out, size_t n) override {
    if (done_) return 0;
    strm_.next_out = reinterpret_cast<Bytef*>(out);
    strm_.avail_out = static_cast<uInt>(n);
    while (strm_.avail_out == n) {
      if (strm_.avail_in == 0) {
        size_t got = in_->read(buf_.data(), buf_.size());
        if (got == 0) {
          if (member_done_) { done_ = true; break; }
          fail(name_, "truncated gzip data");
        }
        strm_.next_in = reinterpret_cast<Bytef*>(buf_.data());
        strm_.avail_in = static_cast<uInt>(got);
      }
      member_done_ = false;
      int r = inflate(&strm_, Z_NO_FLUSH);
      if (r == Z_STREAM_END) {
        member_done_ = true;  // another gzip member may follow (concatenated .gz files)
        inflateReset(&strm_);
        continue;
      }
      if (r != Z_OK && r != Z_BUF_ERROR) fail(name_, fmt::format("corrupt gzip data ({})", strm_.msg ? strm_.msg : "zlib error"));
    }
    return n - strm_.avail_out;
  }

 private:
  std::unique_ptr<FileSource> in_;
  std::vector<char> buf_;
  z_stream strm_;
  bool member_done_ = false;
  bool done_ = false;
};

}  // namespace

std::unique_ptr<ByteSource> open_byte_source(const std::string& path) {
  auto file = std::make_unique<FileSource>(path);
  const std::vector<char>& head = file->peek(6);
  static const unsigned char xz_magic[6] = {0xFD, '7', 'z', 'X', 'Z', 0x00};
  if (head.size() == 6 && std::memcmp(head.data(), xz_magic, 6) == 0) return std::make_unique<XzSource>(std::move(file));
  if (head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0x1F && static_cast<unsigned char>(head[1]) == 0x8B)
    return std::make_unique<GzipSource>(std::move(file));
  return file;
}

std::string read_all(ByteSource& source, size_t max_bytes) {
  std::string out;
  std::vector<char> buf(kChunk);
  while (size_t got = source.read(buf.data(), buf.size())) {
    if (out.size() + got > max_bytes)
      fail(source.name(), fmt::format("larger than the limit of {} bytes", max_bytes));
    out.append(buf.data(), got);
  }
  return out;
}

}  // namespace vigil
