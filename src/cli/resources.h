// Loading the shipped (or user-given) parser model and dictionaries, with errors that say which file is wrong.
#pragma once

#include <memory>
#include <string>

#include "lexicon/lexicon.h"
#include "parse/model.h"

namespace vigil::cli {

// The model at `path`, or the shipped one when `path` is empty.
std::unique_ptr<parse::Model> load_parser_model(const std::string& path);

// Dictionaries: a vigil folder (`dir`), or the shipped ones when `dir` is empty. A PETRARCH set is named by a
// "petrarch:" prefix and the path of its verbs file; the actors, agents and discards files beside it are found by
// their names (PREFIX.actors.txt and so on).
std::unique_ptr<lexicon::Lexicon> load_lexicon(const std::string& dir);

// The default dictionary folder.
std::string default_dicts_dir();

}  // namespace vigil::cli
