// Repairs of "told reporters that ..." where the model hung the reported clause on the reporters.
#include <gtest/gtest.h>

#include "parse/tree_repair.h"
#include "sentence_rows.h"

namespace vigil::parse {
namespace {

using test::arcs;

TEST(ReportedClauses, AThatClauseHungOnTheReportersIsTheVerbsComplement) {
  // "Abbas assured journalists that the talks would continue", as the shipped model parsed it.
  Sentence s = test::sentence_of_rows({{"Abbas", "PROPN", "NNP", 2, "nsubj"},
                                       {"assured", "VERB", "VBD", 0, "root"},
                                       {"journalists", "NOUN", "NNS", 2, "obj"},
                                       {"that", "SCONJ", "IN", 7, "mark"},
                                       {"talks", "NOUN", "NNS", 7, "nsubj"},
                                       {"would", "AUX", "MD", 7, "aux"},
                                       {"continue", "VERB", "VB", 3, "acl:relcl"}});
  s.words[1].lemma = "assure";
  EXPECT_EQ(repair_reported_clauses(s), 1);
  EXPECT_EQ(arcs(s), "2:nsubj 0:root 2:obj 7:mark 7:nsubj 7:aux 2:ccomp ");
}

TEST(ReportedClauses, AThatReadAsARelativePronounBecomesTheMarker) {
  // "The minister warned reporters that Israel would attack Gaza": "that" the object of "attack".
  Sentence s = test::sentence_of_rows({{"minister", "NOUN", "NN", 2, "nsubj"},
                                       {"warned", "VERB", "VBD", 0, "root"},
                                       {"reporters", "NOUN", "NNS", 2, "obj"},
                                       {"that", "PRON", "WDT", 7, "obj"},
                                       {"Israel", "PROPN", "NNP", 7, "nsubj"},
                                       {"would", "AUX", "MD", 7, "aux"},
                                       {"attack", "VERB", "VB", 3, "acl:relcl"},
                                       {"Gaza", "PROPN", "NNP", 7, "obj"}});
  s.words[1].lemma = "warn";
  EXPECT_EQ(repair_reported_clauses(s), 1);
  EXPECT_EQ(arcs(s), "2:nsubj 0:root 2:obj 7:mark 7:nsubj 7:aux 2:ccomp 7:obj ");
}

TEST(ReportedClauses, RelativeClausesAndOtherVerbsAreLeftAlone) {
  // "told reporters who travelled with him": the reporters' own clause.
  Sentence who = test::sentence_of_rows({{"He", "PRON", "PRP", 2, "nsubj"},
                                         {"told", "VERB", "VBD", 0, "root"},
                                         {"reporters", "NOUN", "NNS", 2, "iobj"},
                                         {"who", "PRON", "WP", 5, "nsubj"},
                                         {"travelled", "VERB", "VBD", 3, "acl:relcl"}});
  who.words[1].lemma = "tell";
  EXPECT_EQ(repair_reported_clauses(who), 0);
  // "met reporters that ...": not a verb of telling.
  Sentence met = test::sentence_of_rows({{"He", "PRON", "PRP", 2, "nsubj"},
                                         {"met", "VERB", "VBD", 0, "root"},
                                         {"reporters", "NOUN", "NNS", 2, "obj"},
                                         {"that", "SCONJ", "IN", 6, "mark"},
                                         {"talks", "NOUN", "NNS", 6, "nsubj"},
                                         {"continue", "VERB", "VBP", 3, "acl"}});
  met.words[1].lemma = "meet";
  EXPECT_EQ(repair_reported_clauses(met), 0);
}

}  // namespace
}  // namespace vigil::parse
