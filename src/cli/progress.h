// A progress line on stderr for long runs, shown only when stderr is a terminal (a log file or pipe gets nothing):
// documents done, their rate, events, and which input file of how many.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace vigil::cli {

class Progress {
 public:
  explicit Progress(std::string what);
  ~Progress();  // ends the line
  // Called after each document; redraws at most a few times a second.
  void update(uint64_t documents, uint64_t events, size_t file, size_t files);
  bool enabled() const { return enabled_; }

 private:
  void draw(uint64_t documents, uint64_t events, size_t file, size_t files);
  std::string what_;
  bool enabled_ = false;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace vigil::cli
