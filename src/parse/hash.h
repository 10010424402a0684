// The parser's feature hashing is the text stage's (shared with the sentence-boundary model).
#pragma once

#include "text/feature_hash.h"

namespace vigil::parse {
using vigil::finish_keys;
using vigil::fmix64;
using vigil::hash_bytes;
using vigil::Key;
using vigil::kMul;
}  // namespace vigil::parse
