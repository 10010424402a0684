// Parse evaluation the way the CoNLL 2018 shared task scorer (conll18_ud_eval.py) computes it: words of the gold
// and system files are aligned by character offsets in the text (spaces removed), through multiword tokens by
// longest common subsequence, and every score is an F1 over all words (punctuation included). LAS compares only the
// universal part of DEPREL (before ':'); UFeats only the universal features.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "text/sentence.h"

namespace vigil::parse {

struct Metric {
  size_t gold = 0;     // gold words (or tokens)
  size_t system = 0;   // system words
  size_t correct = 0;  // aligned and equal
  size_t aligned = 0;  // aligned words
  double f1() const { return gold + system ? 200.0 * static_cast<double>(correct) / static_cast<double>(gold + system) : 0.0; }
  double aligned_accuracy() const { return aligned ? 100.0 * static_cast<double>(correct) / static_cast<double>(aligned) : 0.0; }
};

struct EvalResult {
  Metric tokens, words, upos, xpos, ufeats, lemmas, uas, las;
};

// Throws std::runtime_error when the two texts differ (other than in whitespace).
EvalResult evaluate(const std::vector<Sentence>& gold, const std::vector<Sentence>& system);

// Reads both CoNLL-U files (throwing InputError on malformed input). With `newdoc_prefix`, only sentences of
// documents whose "# newdoc id" starts with it are scored (in both files).
EvalResult evaluate_files(const std::string& gold_path, const std::string& system_path,
                          const std::string& newdoc_prefix = "");

// Reads a whole CoNLL-U file; with a prefix, keeps only sentences of the matching documents.
std::vector<Sentence> read_conllu_file(const std::string& path, bool check_annotations,
                                       const std::string& newdoc_prefix = "");

}  // namespace vigil::parse
