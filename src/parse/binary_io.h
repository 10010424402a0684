// The parser's model files use the text stage's little-endian encoding (shared with the sentence-boundary model).
#pragma once

#include "text/binary_io.h"

namespace vigil::parse {
using vigil::BinReader;
using vigil::BinWriter;
using vigil::ModelError;
}  // namespace vigil::parse
