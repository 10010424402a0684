// Loading the shipped (or user-given) parser model and dictionaries, with errors that say which file is wrong.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "lexicon/lexicon.h"
#include "parse/model.h"
#include "text/sentence_model.h"

namespace vigil::cli {

// The model at `path`, or the shipped one when `path` is empty.
std::unique_ptr<parse::Model> load_parser_model(const std::string& path);

// The sentence-boundary model at `path`, the shipped one when `path` is empty, or none (the rule-based splitter
// alone) when `path` is "none".
std::unique_ptr<SentenceModel> load_sentence_model(const std::string& path);

// The shipped sentence-boundary model, loaded on first use and kept: the evaluations and `vigil explain` split
// documents exactly as `vigil code` does by default.
const SentenceModel* shipped_sentence_model();

// Dictionaries: a vigil folder (`dir`), or the shipped ones when `dir` is empty. A PETRARCH set is named by a
// "petrarch:" prefix and the path of its verbs file; the actors, agents and discards files beside it are found by
// their names (PREFIX.actors.txt and so on).
std::unique_ptr<lexicon::Lexicon> load_lexicon(const std::string& dir);

// The shipped dictionary folders: <data>/dicts (hand-written) and the build's generated dicts (when present), or
// $VIGIL_HOME/dicts alone when VIGIL_HOME is set.
std::vector<std::string> default_dicts_dirs();
// The first of them (for messages).
std::string default_dicts_dir();

}  // namespace vigil::cli
