// Loading the modality, attribution and confirmation cues (dicts/cues), shipped or user-given.
#pragma once

#include <memory>
#include <string>

#include "lexicon/cue_lexicon.h"

namespace vigil::cli {

// The cue file or folder at `path`, or the shipped <data>/dicts/cues when `path` is empty.
std::unique_ptr<lexicon::CueLexicon> load_cue_lexicon(const std::string& path);

}  // namespace vigil::cli
