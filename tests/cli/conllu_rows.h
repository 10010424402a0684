// Hand-made parses for CLI tests: a CoNLL-U sentence from rows, coded by `vigil code --conllu` with the shipped
// dictionaries.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "run_vigil.h"

namespace vigil::test {

// One CoNLL-U sentence from rows "form lemma upos head deprel".
inline std::string conllu(const std::string& id, const std::vector<std::vector<std::string>>& rows) {
  std::string text, body;
  for (size_t i = 0; i < rows.size(); ++i) {
    const auto& r = rows[i];
    text += (i ? " " : "") + r[0];
    body += std::to_string(i + 1) + "\t" + r[0] + "\t" + r[1] + "\t" + r[2] + "\t_\t_\t" + r[3] + "\t" + r[4] + "\t_\t_\n";
  }
  return "# newdoc id = " + id + "\n# text = " + text + "\n" + body + "\n";
}

// The TSV events of `doc` coded as published on `published`.
inline std::string code_conllu(const std::string& doc, const std::string& published) {
  auto r = run_vigil("code --conllu --published " + published + " --format tsv", doc);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return r.out;
}

}  // namespace vigil::test
