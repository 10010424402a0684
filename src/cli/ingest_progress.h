// The progress of `vigil ingest`: on a terminal, a bar with documents/s, events/s and the time left; otherwise a
// plain log line every few seconds (a log file gets a record of the run, not carriage returns).
#pragma once

#include <chrono>
#include <cstdint>

namespace vigil::cli {

class IngestProgress {
 public:
  // `total`: documents expected (0 when unknown: no bar, no ETA).
  explicit IngestProgress(uint64_t total);
  ~IngestProgress();
  void update(uint64_t documents, uint64_t events, uint64_t skipped);
  // Ends the bar (when drawn) so that later messages start on their own line.
  void finish();
  bool terminal() const { return terminal_; }

 private:
  void draw(uint64_t documents, uint64_t events, uint64_t skipped, bool final);
  uint64_t total_;
  bool terminal_ = false;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace vigil::cli
