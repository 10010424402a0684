// Finding the gazetteer generated at build time (<build>/dicts/places/gazetteer.tsv, or $VIGIL_HOME/dicts/places).
#pragma once

#include <memory>
#include <string>

#include "lexicon/gazetteer.h"

namespace vigil::cli {

// The gazetteer at `path`, or the shipped one when `path` is empty; nullptr (and a warning on stderr) when the
// shipped one is absent, so events are coded without places rather than not at all.
std::unique_ptr<lexicon::Gazetteer> load_gazetteer(const std::string& path = "");

}  // namespace vigil::cli
