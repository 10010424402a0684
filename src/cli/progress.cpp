#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>

#include <fmt/format.h>

namespace vigil::cli {

Progress::Progress(std::string what) : what_(std::move(what)) {
  enabled_ = isatty(STDERR_FILENO) == 1;
  start_ = last_ = std::chrono::steady_clock::now();
}

Progress::~Progress() {
  if (drawn_) std::fputc('\n', stderr);
}

void Progress::update(uint64_t documents, uint64_t events, size_t file, size_t files) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_ < std::chrono::milliseconds(250)) return;
  last_ = now;
  draw(documents, events, file, files);
}

void Progress::draw(uint64_t documents, uint64_t events, size_t file, size_t files) {
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  double rate = secs > 0 ? documents / secs : 0;
  // A bar over input files when there are several; a running count otherwise.
  std::string bar;
  if (files > 1) {
    const int width = 24;
    int filled = static_cast<int>(width * static_cast<double>(file) / static_cast<double>(files));
    bar = fmt::format("[{}{}] file {}/{} ", std::string(filled, '#'), std::string(width - filled, '.'), file, files);
  }
  std::fprintf(stderr, "\r%s: %s%llu documents (%.0f/s), %llu events, %.0f s   ", what_.c_str(), bar.c_str(),
               static_cast<unsigned long long>(documents), rate, static_cast<unsigned long long>(events), secs);
  std::fflush(stderr);
  drawn_ = true;
}

}  // namespace vigil::cli
