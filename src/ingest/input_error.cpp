#include "ingest/input_error.h"

#include <fmt/format.h>

namespace vigil {

std::string InputProblem::to_string() const {
  if (line == 0) return fmt::format("{}: {}", file, message);
  return fmt::format("{}:{}: {}", file, line, message);
}

}  // namespace vigil
