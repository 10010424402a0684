// Problems found in input, named by file, line and what is wrong.
#pragma once

#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>

namespace vigil {

struct InputProblem {
  std::string file;
  uint64_t line = 0;  // 0 when the problem is not tied to a line
  std::string message;
  std::string to_string() const;  // "file:line: message"
};

// Thrown where input cannot be read any further (a missing file, a corrupt compressed stream).
class InputError : public std::runtime_error {
 public:
  explicit InputError(InputProblem p) : std::runtime_error(p.to_string()), problem_(std::move(p)) {}
  const InputProblem& problem() const { return problem_; }

 private:
  InputProblem problem_;
};

// Receives recoverable problems (a bad record); reading goes on after it returns.
using ProblemHandler = std::function<void(const InputProblem&)>;

}  // namespace vigil
