#include "text/abbreviations.h"

#include <string>
#include <unordered_map>

namespace vigil {
namespace {

// Written for vigil from English news usage (AP style and wire copy).
const std::unordered_map<std::string_view, AbbreviationKind>& table() {
  static const std::unordered_map<std::string_view, AbbreviationKind> t = [] {
    std::unordered_map<std::string_view, AbbreviationKind> m;
    for (std::string_view w :
         {"Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt",
          "Cpl", "Pvt", "Adm", "Cmdr", "Cdr", "Brig", "Gov", "Sen", "Sens", "Rep", "Reps", "Rev", "Msgr", "Fr", "St",
          "Ste", "Hon", "Pres", "Supt", "Insp", "Det", "Amb", "Atty", "Mt", "Ft", "Sr", "Jr", "Mssrs", "Gens",
          "Lt.-Gen", "Maj.-Gen", "Lt.-Col", "Brig.-Gen",
          "vs", "v"})  // "Roe v. Wade", "Hamdan v. Rumsfeld": a party's name always follows
      m.emplace(w, AbbreviationKind::title);
    for (std::string_view w : {"No", "Nos", "no", "nos", "Vol", "vol", "Art", "art", "Fig", "fig", "pp", "p", "Sec",
                               "sec", "Ch", "ch", "Para", "para", "Ex", "Tel", "tel", "pop"})  // "(pop. 256,000)"
      m.emplace(w, AbbreviationKind::before_number);
    for (std::string_view w :
         {"Inc", "Ltd", "Co", "Corp", "Bros", "Cos", "Plc", "plc", "LLC", "Assn", "Assoc", "Dept", "dept", "Univ",
          "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues",
          "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "etc", "al", "approx", "ca", "cf", "est",
          "Ave", "Blvd", "Rd", "Ln", "Hwy", "Sq", "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga",
          "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev",
          "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo", "Gov't", "govt", "min",
          "max", "mln", "bln", "Mln", "Bln", "Abp", "Bp", "Pte", "Bhd", "Sdn", "Tbk", "AG", "esp", "incl", "Intl",
          "intl", "Natl", "natl", "Govt", "ft", "yrs", "mos", "hrs", "mins", "km", "approx", "Jan", "viz", "ibid",
          "Op", "op", "ed", "eds", "Ed", "Eds", "Gr", "Lat", "Heb", "Mt", "Rt", "Nat",
          "Ont", "Que", "Alta", "Sask", "Nfld"})  // Canadian provinces: "Kingston, Ont."
      m.emplace(w, AbbreviationKind::ordinary);
    return m;
  }();
  return t;
}

}  // namespace

AbbreviationKind abbreviation_kind(std::string_view word) {
  auto it = table().find(word);
  if (it != table().end()) return it->second;
  return AbbreviationKind::none;
}

}  // namespace vigil
