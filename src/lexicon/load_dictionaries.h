// Loading a whole dictionary set: vigil's folder layout, or PETRARCH's four files.
#pragma once

#include <string>
#include <vector>

#include "ingest/input_error.h"
#include "lexicon/dictionary.h"

namespace vigil::lexicon {

// Every problem found while loading, so a dictionary author sees all of them at once. what() lists them one per
// line; problem() is the first.
class DictionaryErrors : public InputError {
 public:
  explicit DictionaryErrors(std::vector<InputProblem> problems);
  const std::vector<InputProblem>& problems() const { return problems_; }
  const char* what() const noexcept override;

 private:
  std::vector<InputProblem> problems_;
  std::string message_;
};

// Reads a vigil dictionary folder (actors/*.txt, agents.txt or agents/*.txt, verbs/*.txt, discards.txt or
// discards/*.txt), in path order, and finalizes it. Problems are appended to `problems`.
void load_vigil_folder(const std::string& dir, Dictionaries& dicts, std::vector<InputProblem>& problems);

// Several folders read as one set (the shipped set: hand-written dicts/ and the generated ones of the build), in order.
void load_vigil_folders(const std::vector<std::string>& dirs, Dictionaries& dicts, std::vector<InputProblem>& problems);
Dictionaries load_vigil_folders(const std::vector<std::string>& dirs);

// The files of a PETRARCH set; empty names are skipped. Several actor files may be given, as PETRARCH allows.
struct PetrarchFiles {
  std::string verbs;
  std::vector<std::string> actors;
  std::string agents;
  std::string discards;
};
void load_petrarch_set(const PetrarchFiles& files, Dictionaries& dicts, std::vector<InputProblem>& problems);

// The above, throwing DictionaryErrors when anything was wrong.
Dictionaries load_vigil_folder(const std::string& dir);
Dictionaries load_petrarch_set(const PetrarchFiles& files);

}  // namespace vigil::lexicon
