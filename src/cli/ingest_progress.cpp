#include "cli/ingest_progress.h"

#include <unistd.h>

#include <cstdio>
#include <string>

#include <fmt/format.h>

namespace vigil::cli {

IngestProgress::IngestProgress(uint64_t total) : total_(total) {
  terminal_ = isatty(STDERR_FILENO) == 1;
  start_ = last_ = std::chrono::steady_clock::now();
}

IngestProgress::~IngestProgress() { finish(); }

void IngestProgress::finish() {
  if (drawn_ && terminal_) std::fputc('\n', stderr);
  drawn_ = false;
}

void IngestProgress::update(uint64_t documents, uint64_t events, uint64_t skipped) {
  auto now = std::chrono::steady_clock::now();
  auto every = terminal_ ? std::chrono::milliseconds(250) : std::chrono::milliseconds(10000);
  if (now - last_ < every) return;
  last_ = now;
  draw(documents, events, skipped, false);
}

void IngestProgress::draw(uint64_t documents, uint64_t events, uint64_t skipped, bool) {
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  uint64_t coded = documents - skipped;
  double doc_rate = secs > 0 ? coded / secs : 0, event_rate = secs > 0 ? events / secs : 0;
  std::string eta;
  if (total_ > 0 && doc_rate > 0 && documents <= total_) {
    double left = static_cast<double>(total_ - documents) / std::max(doc_rate, 1e-9);
    eta = fmt::format(", ETA {}:{:02}", static_cast<int>(left) / 60, static_cast<int>(left) % 60);
  }
  std::string counts = total_ ? fmt::format("{}/{}", documents, total_) : std::to_string(documents);
  if (terminal_) {
    std::string bar;
    if (total_) {
      const int width = 24;
      int filled = static_cast<int>(width * std::min(1.0, static_cast<double>(documents) / static_cast<double>(total_)));
      bar = fmt::format("[{}{}] ", std::string(filled, '#'), std::string(width - filled, '.'));
    }
    std::fprintf(stderr, "\rvigil ingest: %s%s documents (%.1f/s), %llu events (%.1f/s), %llu unchanged%s   ",
                 bar.c_str(), counts.c_str(), doc_rate, static_cast<unsigned long long>(events), event_rate,
                 static_cast<unsigned long long>(skipped), eta.c_str());
    drawn_ = true;
  } else {
    std::fprintf(stderr, "vigil ingest: %s documents (%.1f/s), %llu events (%.1f/s), %llu unchanged, %.0f s%s\n",
                 counts.c_str(), doc_rate, static_cast<unsigned long long>(events), event_rate,
                 static_cast<unsigned long long>(skipped), secs, eta.c_str());
  }
  std::fflush(stderr);
}

}  // namespace vigil::cli
