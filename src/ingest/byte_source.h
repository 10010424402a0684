// A stream of bytes from a file or stdin, decompressed transparently when it is xz or gzip (told by magic bytes).
#pragma once

#include <cstddef>
#include <memory>
#include <string>

namespace vigil {

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to n bytes into buf; returns 0 at the end. Throws InputError on a read or decompression error.
  virtual size_t read(char* buf, size_t n) = 0;
  const std::string& name() const { return name_; }

 protected:
  std::string name_;
};

// Opens `path` ("-" is stdin). Throws InputError naming the file when it cannot be opened.
std::unique_ptr<ByteSource> open_byte_source(const std::string& path);

// Reads a whole source into memory, refusing more than max_bytes (throws InputError).
std::string read_all(ByteSource& source, size_t max_bytes);

}  // namespace vigil
