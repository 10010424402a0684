// Which coder produced stored events: vigil's version and content hashes of the model and dictionaries in use, so
// the store can tell a document coded by other dictionaries from one it already holds.
#pragma once

#include <string>

#include "store/event_store.h"

namespace vigil::cli {

// `model` and `dicts` as given on the command line (empty: the shipped ones).
store::CoderVersion coder_version(const std::string& model, const std::string& dicts);

}  // namespace vigil::cli
