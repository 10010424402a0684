// Dated roles of the shipped people dictionaries (dicts/actors/people-*.txt), run as a user would: `vigil code
// --conllu` on a hand-made parse with the default dictionaries and a given publication date.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "conllu_rows.h"

namespace vigil {
namespace {

// "NAME met Kenyan officials .", with NAME's words as one flat name, coded on `published`; the source code.
std::string source_of(const std::string& name, const std::string& published) {
  std::vector<std::vector<std::string>> rows;
  std::string words = name + " ";
  for (size_t at = 0; (at = words.find(' ')) != std::string::npos; words.erase(0, at + 1)) {
    std::string w = words.substr(0, at);
    rows.push_back({w, w, "PROPN", "1", "flat"});
  }
  const std::string verb = std::to_string(rows.size() + 1);
  rows[0][3] = verb;  // the name's first word hangs under the verb
  rows[0][4] = "nsubj";
  rows.push_back({"met", "meet", "VERB", "0", "root"});
  rows.push_back({"Kenyan", "Kenyan", "ADJ", std::to_string(rows.size() + 2), "amod"});
  rows.push_back({"officials", "official", "NOUN", verb, "obj"});
  std::string out = test::code_conllu(test::conllu("p", rows), published);
  // Second line, fourth column: the source code.
  size_t line = out.find('\n');
  if (line == std::string::npos || line + 1 >= out.size()) return "(no event) " + out;
  std::string row = out.substr(line + 1);
  size_t col = 0;
  for (int i = 0; i < 3; ++i) col = row.find('\t', col) + 1;
  return row.substr(col, row.find('\t', col) - col);
}

// The first event of a hand-made parse (rows "form lemma upos head deprel"), coded on `published`: "SOURCE>TARGET"
// ("-" for no target), or "(no event)".
std::string actors_of(const std::vector<std::vector<std::string>>& rows, const std::string& published) {
  std::string out = test::code_conllu(test::conllu("a", rows), published);
  size_t line = out.find('\n');
  if (line == std::string::npos || line + 1 >= out.size()) return "(no event) " + out;
  std::string row = out.substr(line + 1, out.find('\n', line + 1) - line - 1);
  std::vector<std::string> cols;
  for (size_t at = 0;; ) {
    size_t tab = row.find('\t', at);
    cols.push_back(row.substr(at, tab == std::string::npos ? std::string::npos : tab - at));
    if (tab == std::string::npos) break;
    at = tab + 1;
  }
  if (cols.size() < 5) return "(short row) " + row;
  return cols[3] + ">" + (cols[4].empty() ? "-" : cols[4]);
}

TEST(ShippedPeople, OfficeHoldersOfTheLateNinetiesAndMidTwoThousands) {
  EXPECT_EQ(source_of("Renato Ruggiero", "1997-04-21"), "IGOWTO");
  EXPECT_EQ(source_of("Renato Ruggiero", "2001-09-01"), "ITAGOV");
  EXPECT_EQ(source_of("Renato Ruggiero", "2010-01-01"), "ITAELI");
  EXPECT_EQ(source_of("Megawati", "1997-04-27"), "IDNOPP");
  EXPECT_EQ(source_of("Meral Aksener", "1997-04-03"), "TURGOV");
  EXPECT_EQ(source_of("Liang Guanglie", "2005-11-04"), "CHNMIL");
  EXPECT_EQ(source_of("Liang Guanglie", "2010-01-01"), "CHNGOV");
  EXPECT_EQ(source_of("Amir Peretz", "2005-11-28"), "ISROPP");
  EXPECT_EQ(source_of("Amir Peretz", "2006-06-01"), "ISRGOV");
  // The longer name wins over a later president's "Hassan Sheikh".
  EXPECT_EQ(source_of("Sharif Hassan Sheikh Adan", "2005-11-28"), "SOMLEG");
}

TEST(ShippedPeople, LeadersMissingFromTheNinetiesAndTwoThousandsFiles) {
  EXPECT_EQ(source_of("Nursultan Nazarbayev", "2005-11-20"), "KAZGOV");
  EXPECT_EQ(source_of("John Kufuor", "2006-11-20"), "GHAGOV");
  EXPECT_EQ(source_of("Michel Camdessus", "1997-04-15"), "IGOIMF");
  EXPECT_EQ(source_of("Michel Camdessus", "2005-01-01"), "FRAELI");
  EXPECT_EQ(source_of("Pascal Lamy", "2005-11-20"), "IGOWTO");
  EXPECT_EQ(source_of("Prachanda", "2005-11-20"), "NPLREB");
  EXPECT_EQ(source_of("Wu Bangguo", "2005-11-20"), "CHNLEG");
  // Korean names hyphenated as the news writes them (split as the tokenizer splits them).
  EXPECT_EQ(source_of("Kim Jong - il", "2005-11-20"), "PRKGOV");
}

TEST(ShippedPeople, WireNamesOfNinetySevenAndTwoThousandFiveSix) {
  // Chinese provincial and national leaders: in office, and elite after.
  EXPECT_EQ(source_of("Zhang Gaoli", "2006-11-01"), "CHNGOV");
  EXPECT_EQ(source_of("Zhang Gaoli", "2020-01-01"), "CHNELI");
  EXPECT_EQ(source_of("Liu Jianchao", "2005-11-08"), "CHNGOV");
  EXPECT_EQ(source_of("Xu Jialu", "2005-11-01"), "CHNLEG");
  EXPECT_EQ(source_of("Donald Tsang", "2006-12-05"), "HKGGOV");
  EXPECT_EQ(source_of("Edmund Ho", "2005-11-20"), "MACGOV");
  EXPECT_EQ(source_of("Kim Kye - gwan", "2006-11-28"), "PRKGOV");
  // Cyprus of 1997: the president, and the Turkish Cypriot leader as a breakaway authority.
  EXPECT_EQ(source_of("Glafcos Clerides", "1997-04-24"), "CYPGOV");
  EXPECT_EQ(source_of("Glafcos Clerides", "2005-01-01"), "CYPELI");
  EXPECT_EQ(source_of("Rauf Denktash", "1997-04-09"), "CYPSEP");
  EXPECT_EQ(source_of("Greek Cypriot side", "1997-04-24"), "CYPGOV");
  EXPECT_EQ(source_of("Mehmet Ali Talat", "2006-01-01"), "CYPSEP");
  // Roles that change over the years: army to opposition, finance to opposition leader, opposition to cabinet.
  EXPECT_EQ(source_of("Sarath Fonseka", "2006-11-28"), "LKAMIL");
  EXPECT_EQ(source_of("Sarath Fonseka", "2010-06-01"), "LKAOPP");
  EXPECT_EQ(source_of("Sadakazu Tanigaki", "2005-12-05"), "JPNGOV");
  EXPECT_EQ(source_of("Sadakazu Tanigaki", "2010-06-01"), "JPNOPP");
  EXPECT_EQ(source_of("Umberto Bossi", "1997-04-28"), "ITAOPP");
  EXPECT_EQ(source_of("Umberto Bossi", "2002-06-01"), "ITAGOV");
  EXPECT_EQ(source_of("Laloo Prasad Yadav", "1997-04-29"), "INDGOV");
  EXPECT_EQ(source_of("Laloo Prasad Yadav", "2000-01-01"), "INDPTY");
  EXPECT_EQ(source_of("Yuval Diskin", "2006-12-10"), "ISRSPY");
  EXPECT_EQ(source_of("Yuval Diskin", "2012-01-01"), "ISRELI");
  // A national office, then a UN one; her country's elite between them.
  EXPECT_EQ(source_of("Phumzile Mlambo - Ngcuka", "2006-11-20"), "ZAFGOV");
  EXPECT_EQ(source_of("Phumzile Mlambo - Ngcuka", "2010-01-01"), "ZAFELI");
  EXPECT_EQ(source_of("Phumzile Mlambo - Ngcuka", "2015-01-01"), "IGOUNO");
  EXPECT_EQ(source_of("Yvo de Boer", "2006-11-07"), "IGOUNO");
  EXPECT_EQ(source_of("Yvo de Boer", "2012-01-01"), "NLDELI");
  EXPECT_EQ(source_of("Sean McCormack", "2005-12-15"), "USAGOV");
  EXPECT_EQ(source_of("Iajuddin Ahmed", "2006-12-11"), "BGDGOV");
  // Wire spellings of people listed elsewhere.
  EXPECT_EQ(source_of("Fouad Seniora", "2005-11-01"), "LBNGOV");
  EXPECT_EQ(source_of("Ismail Haneya", "2006-11-01"), "PSEGOV");
  EXPECT_EQ(source_of("Walid Moualem", "2006-12-01"), "SYRGOV");
}

TEST(ShippedPeople, PartiesAndArmedGroupsWithDatedRoles) {
  EXPECT_EQ(source_of("Bharatiya Janata Party", "1997-04-29"), "INDOPP");
  EXPECT_EQ(source_of("Bharatiya Janata Party", "2000-01-01"), "INDPTY");
  EXPECT_EQ(source_of("Kuomintang", "1997-04-01"), "TWNPTY");
  EXPECT_EQ(source_of("Kuomintang", "2005-11-01"), "TWNOPP");
  EXPECT_EQ(source_of("UNITA", "1997-04-10"), "AGOREB");
  EXPECT_EQ(source_of("UNITA", "2005-01-01"), "AGOOPP");
  EXPECT_EQ(source_of("SPLM", "2004-01-01"), "SDNREB");
  EXPECT_EQ(source_of("SPLM", "2006-01-01"), "SDNGOV");
  EXPECT_EQ(source_of("SPLM", "2012-01-01"), "SSDGOV");
  EXPECT_EQ(source_of("Mahdi Army", "2006-12-01"), "IRQUAF");
  // Chechnya's separatist fighters have no state but Russia to fight: RUSREB, not a bare sector.
  EXPECT_EQ(source_of("Chechen rebels", "1997-04-06"), "RUSREB");
  EXPECT_EQ(source_of("MONUC", "2005-12-05"), "IGOUNOPKO");
}

TEST(ShippedPeople, AgentNounsOfWireCopy) {
  // "Israeli air raid killed Palestinians": the raid's owner is the armed forces.
  EXPECT_EQ(actors_of({{"Israeli", "Israeli", "ADJ", "3", "amod"},
                       {"air", "air", "NOUN", "3", "compound"},
                       {"raid", "raid", "NOUN", "4", "nsubj"},
                       {"killed", "kill", "VERB", "0", "root"},
                       {"Palestinians", "Palestinian", "PROPN", "4", "obj"}},
                      "2006-11-07"),
            "ISRMIL>PSE");
  // "Palestinian hospital officials accused Israeli soldiers": health, not government.
  EXPECT_EQ(actors_of({{"Palestinian", "Palestinian", "ADJ", "3", "amod"},
                       {"hospital", "hospital", "NOUN", "3", "compound"},
                       {"officials", "official", "NOUN", "4", "nsubj"},
                       {"accused", "accuse", "VERB", "0", "root"},
                       {"Israeli", "Israeli", "ADJ", "6", "amod"},
                       {"soldiers", "soldier", "NOUN", "4", "obj"}},
                      "1997-04-08"),
            "PSEHLH>ISRMIL");
  // "Israeli prison guards beat Palestinian prisoners".
  EXPECT_EQ(actors_of({{"Israeli", "Israeli", "ADJ", "3", "amod"},
                       {"prison", "prison", "NOUN", "3", "compound"},
                       {"guards", "guard", "NOUN", "4", "nsubj"},
                       {"beat", "beat", "VERB", "0", "root"},
                       {"Palestinian", "Palestinian", "ADJ", "6", "amod"},
                       {"prisoners", "prisoner", "NOUN", "4", "obj"}},
                      "2006-11-07"),
            "ISRCOP>PSECVL");
  // "Zambian bus operators criticised the government": companies.
  EXPECT_EQ(actors_of({{"Zambian", "Zambian", "ADJ", "3", "amod"},
                       {"bus", "bus", "NOUN", "3", "compound"},
                       {"operators", "operator", "NOUN", "4", "nsubj"},
                       {"criticised", "criticise", "VERB", "0", "root"},
                       {"Zambian", "Zambian", "ADJ", "6", "amod"},
                       {"government", "government", "NOUN", "4", "obj"}},
                      "2006-11-15"),
            "ZMBBUS>ZMBGOV");
  // "The Zairean presidency accused Angolan troops".
  EXPECT_EQ(actors_of({{"The", "the", "DET", "3", "det"},
                       {"Zairean", "Zairean", "ADJ", "3", "amod"},
                       {"presidency", "presidency", "NOUN", "4", "nsubj"},
                       {"accused", "accuse", "VERB", "0", "root"},
                       {"Angolan", "Angolan", "ADJ", "6", "amod"},
                       {"troops", "troops", "NOUN", "4", "obj"}},
                      "1997-04-10"),
            "CODGOV>AGOMIL");
  // "Chinese scientists criticised Japanese officials": research is EDU.
  EXPECT_EQ(actors_of({{"Chinese", "Chinese", "ADJ", "2", "amod"},
                       {"scientists", "scientist", "NOUN", "3", "nsubj"},
                       {"criticised", "criticise", "VERB", "0", "root"},
                       {"Japanese", "Japanese", "ADJ", "5", "amod"},
                       {"officials", "official", "NOUN", "3", "obj"}},
                      "2005-11-20"),
            "CHNEDU>JPNGOV");
  // "Somali gunmen attacked Kenyan police": armed opposition (REB, as agents.txt).
  EXPECT_EQ(actors_of({{"Somali", "Somali", "ADJ", "2", "amod"},
                       {"gunmen", "gunman", "NOUN", "3", "nsubj"},
                       {"attacked", "attack", "VERB", "0", "root"},
                       {"Kenyan", "Kenyan", "ADJ", "5", "amod"},
                       {"police", "police", "NOUN", "3", "obj"}},
                      "2006-12-01"),
            "SOMREB>KENCOP");
  // "The Thai local press criticised the government": the media; a bare "press" is no agent (it is also the lemma
  // of "pressed"), so "The Thai press" stays the country.
  EXPECT_EQ(actors_of({{"The", "the", "DET", "4", "det"},
                       {"Thai", "Thai", "ADJ", "4", "amod"},
                       {"local", "local", "ADJ", "4", "amod"},
                       {"press", "press", "NOUN", "5", "nsubj"},
                       {"criticised", "criticise", "VERB", "0", "root"},
                       {"the", "the", "DET", "7", "det"},
                       {"government", "government", "NOUN", "5", "obj"}},
                      "2006-12-01"),
            "THAMED>THAGOV");
  EXPECT_EQ(actors_of({{"The", "the", "DET", "3", "det"},
                       {"Thai", "Thai", "ADJ", "3", "amod"},
                       {"press", "press", "NOUN", "4", "nsubj"},
                       {"criticised", "criticise", "VERB", "0", "root"},
                       {"the", "the", "DET", "6", "det"},
                       {"government", "government", "NOUN", "4", "obj"}},
                      "2006-12-01"),
            "THA>THAGOV");
}

TEST(ShippedPeople, OfficesAndBodiesOfTheNinetiesWire) {
  // "the pope" and "the pontiff" are the office: whoever holds it is the Vatican's head of state.
  EXPECT_EQ(source_of("the pope", "1997-04-25"), "VATGOV");
  EXPECT_EQ(source_of("the pontiff", "2006-12-02"), "VATGOV");
  // A bare "Pope" titles others too: no office without the article.
  EXPECT_EQ(source_of("Coptic Pope Shenouda", "1997-04-25").substr(0, 10), "(no event)");
  // China's cabinet and its advisory conference, as Xinhua names them.
  EXPECT_EQ(source_of("State Council", "2006-11-14"), "CHNGOV");
  EXPECT_EQ(source_of("CPPCC", "2005-11-16"), "CHNGOV");
}

TEST(ShippedPeople, HeadsOfStateOfTheLateNineties) {
  // Congo-Brazzaville's Sassou Nguesso: president, opposition leader, militia leader in the 1997 war, president again.
  EXPECT_EQ(source_of("Sassou Nguesso", "1990-01-01"), "COGGOV");
  EXPECT_EQ(source_of("Denis Sassou Nguesso", "1995-01-01"), "COGOPP");
  EXPECT_EQ(source_of("Sassou Nguesso", "1997-07-01"), "COGREB");
  EXPECT_EQ(source_of("Sassou Nguesso", "2006-11-03"), "COGGOV");
  EXPECT_EQ(source_of("Pascal Lissouba", "1997-06-10"), "COGGOV");
  EXPECT_EQ(source_of("Omar Bongo", "1997-04-01"), "GABGOV");
  EXPECT_EQ(source_of("Eyadema", "2005-01-01"), "TGOGOV");
  EXPECT_EQ(source_of("Mathieu Kerekou", "1993-01-01"), "BENELI");
  EXPECT_EQ(source_of("Mathieu Kerekou", "1997-04-01"), "BENGOV");
  EXPECT_EQ(source_of("Bizima Karaha", "1997-04-13"), "CODREB");
  EXPECT_EQ(source_of("Tin Oo", "1997-04-12"), "MMROPP");
  EXPECT_EQ(source_of("King Birendra", "1997-04-01"), "NPLGOV");
  EXPECT_EQ(source_of("Margaret Thatcher", "1997-04-12"), "GBRELI");
  EXPECT_EQ(source_of("John Prescott", "1997-04-29"), "GBROPP");
  EXPECT_EQ(source_of("John Prescott", "2001-01-01"), "GBRGOV");
  EXPECT_EQ(source_of("Abdala Bucaram", "1997-01-15"), "ECUGOV");
  EXPECT_EQ(source_of("Fabian Alarcon", "1997-04-01"), "ECUGOV");
  EXPECT_EQ(source_of("Hugo Banzer", "1997-04-01"), "BOLOPP");
  EXPECT_EQ(source_of("Hugo Banzer", "1985-01-01"), "BOLELI");
  EXPECT_EQ(source_of("Hugo Banzer", "1998-01-01"), "BOLGOV");
  EXPECT_EQ(source_of("Rene Preval", "1997-04-01"), "HTIGOV");
  EXPECT_EQ(source_of("Rene Preval", "2003-01-01"), "HTIELI");
  EXPECT_EQ(source_of("Jim Bolger", "1997-04-01"), "NZLGOV");
}

TEST(ShippedPeople, PartiesJuntasAndTribunalsOfTheNinetiesWire) {
  // South Africa's ANC: in opposition between its unbanning and the 1994 election, the ruling party since.
  EXPECT_EQ(source_of("ANC", "1992-06-01"), "ZAFOPP");
  EXPECT_EQ(source_of("African National Congress", "2005-11-14"), "ZAFPTY");
  // "ANC TV" is the Philippine news channel.
  EXPECT_EQ(source_of("ANC TV", "2006-11-29"), "PHLMED");
  // Burma's junta under both its names, and the opposition's initials.
  EXPECT_EQ(source_of("SLORC", "1997-04-12"), "MMRGOV");
  EXPECT_EQ(source_of("State Peace and Development Council", "2005-01-01"), "MMRGOV");
  EXPECT_EQ(source_of("NLD", "1997-04-12"), "MMROPP");
  // The Philippine communist party and its armed wing; "CPP" alone stays Cambodia's ruling party.
  EXPECT_EQ(source_of("Communist Party of the Philippines", "2005-12-12"), "PHLREB");
  EXPECT_EQ(source_of("CPP", "2005-11-05"), "KHMPTY");
  EXPECT_EQ(source_of("Funcinpec", "2006-11-16"), "KHMPTY");
  // An Indian daily, not the region its first word names.
  EXPECT_EQ(source_of("Asian Age", "1997-04-25"), "INDMED");
  EXPECT_EQ(source_of("ICTY", "2005-12-12"), "IGOUNOJUD");
  EXPECT_EQ(source_of("Middle East Quartet", "2006-11-18"), "IGO");
  EXPECT_EQ(source_of("SCIC", "2006-11-02"), "SOMREB");
}

// Two sentences of one story: the second's lines of the TSV output ("SOURCE>TARGET" per event of sentence 1).
std::string second_sentence_actors(const std::vector<std::vector<std::string>>& first,
                                   const std::vector<std::vector<std::string>>& second) {
  std::string two = test::conllu("s", first);
  std::string next = test::conllu("s", second);
  two += next.substr(next.find('\n') + 1);  // same story: no second "newdoc"
  std::string out = test::code_conllu(two, "1997-04-01"), found;
  for (size_t at = out.find('\n'); at != std::string::npos && at + 1 < out.size();) {
    size_t end = out.find('\n', at + 1);
    std::string row = out.substr(at + 1, end == std::string::npos ? std::string::npos : end - at - 1);
    at = end;
    std::vector<std::string> cols;
    for (size_t c = 0;;) {
      size_t tab = row.find('\t', c);
      cols.push_back(row.substr(c, tab == std::string::npos ? std::string::npos : tab - c));
      if (tab == std::string::npos) break;
      c = tab + 1;
    }
    if (cols.size() >= 5 && cols[1] == "1") found += cols[3] + ">" + (cols[4].empty() ? "-" : cols[4]) + " ";
  }
  return found;
}

TEST(ShippedPeople, BareOppositionTakesTheOneCountryTheStoryGaveIt) {
  // "Britain criticised Zimbabwe's opposition." then "The opposition criticised the president.": the bare
  // opposition is Zimbabwe's, as the story said, not the country of the story's first doer.
  const std::vector<std::vector<std::string>> zimbabwe = {{"Britain", "Britain", "PROPN", "2", "nsubj"},
                                                          {"criticised", "criticise", "VERB", "0", "root"},
                                                          {"Zimbabwe", "Zimbabwe", "PROPN", "5", "nmod:poss"},
                                                          {"'s", "'s", "PART", "3", "case"},
                                                          {"opposition", "opposition", "NOUN", "2", "obj"},
                                                          {".", ".", "PUNCT", "2", "punct"}};
  const std::vector<std::vector<std::string>> bare = {{"The", "the", "DET", "2", "det"},
                                                      {"opposition", "opposition", "NOUN", "3", "nsubj"},
                                                      {"criticised", "criticise", "VERB", "0", "root"},
                                                      {"the", "the", "DET", "5", "det"},
                                                      {"president", "president", "NOUN", "3", "obj"},
                                                      {".", ".", "PUNCT", "3", "punct"}};
  EXPECT_EQ(second_sentence_actors(zimbabwe, bare), "ZWEOPP>ZWEGOV ");
}

}  // namespace
}  // namespace vigil
