// Little-endian binary encoding for model files, with errors that say what is wrong with the file.
#pragma once

#include <bit>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace vigil {

static_assert(std::endian::native == std::endian::little, "vigil model files are read and written little-endian");

// A model file that cannot be used: missing, truncated, corrupt or of another format version.
class ModelError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class BinWriter {
 public:
  template <class T>
  void put(T v) {
    static_assert(std::is_trivially_copyable_v<T>);
    buf_.append(reinterpret_cast<const char*>(&v), sizeof v);
  }
  void str(std::string_view s) {
    put<uint32_t>(static_cast<uint32_t>(s.size()));
    buf_.append(s);
  }
  template <class T>
  void vec(const std::vector<T>& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    put<uint64_t>(v.size());
    if (!v.empty()) buf_.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
  }
  void strings(const std::vector<std::string>& v) {
    put<uint32_t>(static_cast<uint32_t>(v.size()));
    for (const std::string& s : v) str(s);
  }
  std::string& buffer() { return buf_; }

 private:
  std::string buf_;
};

class BinReader {
 public:
  BinReader(std::string_view data, std::string name) : p_(data.data()), end_(data.data() + data.size()), name_(std::move(name)) {}
  template <class T>
  T get() {
    static_assert(std::is_trivially_copyable_v<T>);
    need(sizeof(T));
    T v;
    std::memcpy(&v, p_, sizeof v);
    p_ += sizeof v;
    return v;
  }
  std::string str() {
    uint32_t n = get<uint32_t>();
    need(n);
    std::string s(p_, n);
    p_ += n;
    return s;
  }
  template <class T>
  std::vector<T> vec() {
    uint64_t n = get<uint64_t>();
    if (n > static_cast<uint64_t>(end_ - p_) / sizeof(T)) fail("truncated or corrupt (array runs past the end)");
    std::vector<T> v(n);
    if (n) std::memcpy(v.data(), p_, n * sizeof(T));
    p_ += n * sizeof(T);
    return v;
  }
  std::vector<std::string> strings() {
    uint32_t n = get<uint32_t>();
    std::vector<std::string> v;
    for (uint32_t i = 0; i < n; ++i) v.push_back(str());
    return v;
  }
  size_t remaining() const { return static_cast<size_t>(end_ - p_); }
  [[noreturn]] void fail(const std::string& what) const { throw ModelError(name_ + ": model file is " + what); }

 private:
  void need(size_t n) const {
    if (static_cast<size_t>(end_ - p_) < n) fail("truncated");
  }
  const char* p_;
  const char* end_;
  std::string name_;
};

// The bytes of a model file; throws ModelError naming the file when it cannot be read.
inline std::string read_model_file(const std::string& path) {
  std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) throw ModelError(path + ": cannot open model file: " + std::strerror(errno));
  std::string data;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f.get())) > 0) data.append(buf, n);
  if (std::ferror(f.get())) throw ModelError(path + ": cannot read model file");
  return data;
}

}  // namespace vigil
