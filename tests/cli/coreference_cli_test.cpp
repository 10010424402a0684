// Story-level coreference end to end: an event whose doer is a bare surname says, in its output rule, which
// earlier mention the actor came from.
#include <gtest/gtest.h>

#include "run_vigil.h"

namespace vigil {
namespace {

using test::run_vigil;

TEST(CoreferenceCli, AnEventOfABareSurnameNamesItsAntecedentInTheRule) {
  // "Ukrainian President Petro Poroshenko met Trudeau. Poroshenko condemned Russia." ("Poroshenko" is in no
  // dictionary of the test set: the first sentence names him with his role.)
  std::string conllu =
      "# newdoc id = d1\n"
      "# text = Ukrainian President Petro Poroshenko met Trudeau .\n"
      "1\tUkrainian\tUkrainian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
      "2\tPresident\tPresident\tPROPN\tNNP\t_\t4\tcompound\t_\t_\n"
      "3\tPetro\tPetro\tPROPN\tNNP\t_\t4\tcompound\t_\t_\n"
      "4\tPoroshenko\tPoroshenko\tPROPN\tNNP\t_\t5\tnsubj\t_\t_\n"
      "5\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "6\tTrudeau\tTrudeau\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
      "7\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n"
      "# text = Poroshenko condemned Russia .\n"
      "1\tPoroshenko\tPoroshenko\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tcondemned\tcondemn\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tRussia\tRussia\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
      "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  auto r = run_vigil(std::string("code --conllu --published 2022-01-19 --format jsonl --dicts ") +
                         VIGIL_TEST_DATA_DIR + "/coding/dicts",
                     conllu);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const size_t line = r.out.find("\"sentence\":1,");
  ASSERT_NE(line, std::string::npos) << r.out;
  const std::string second = r.out.substr(line, r.out.find('\n', line) - line);
  EXPECT_NE(second.find("\"code\":\"UKRGOV\""), std::string::npos) << second;
  EXPECT_NE(second.find("\"cameo\":\"111\""), std::string::npos) << second;
  EXPECT_NE(second.find("; source: Poroshenko -> Petro Poroshenko, sentence 0"), std::string::npos) << second;
}

}  // namespace
}  // namespace vigil
