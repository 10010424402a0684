// The CAMEO event ontology: every event code with its name, level, QuadClass, Goldstein weight and PLOVER mapping.
//
// The table is compiled in (cameo_table.cpp), so coding never depends on a data file being found. Root, level and
// QuadClass follow from the code itself and are computed, not stored.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace vigil::lexicon {

enum class QuadClass : uint8_t {
  kVerbalCooperation = 1,    // roots 01-05
  kMaterialCooperation = 2,  // roots 06-09
  kVerbalConflict = 3,       // roots 10-14
  kMaterialConflict = 4,     // roots 15-20
};

struct CameoCode {
  std::string_view code;  // "04", "042", "0211"
  double goldstein;       // -10 .. +10
  // PLOVER (CAMEO2PLOVER, 2021); empty where PLOVER has no counterpart (public statements 01x, appeals 02x).
  std::string_view plover_type;
  std::string_view plover_mode;
  std::string_view plover_context;
  std::string_view name;  // CAMEO 1.1b3 label; roots are upper case ("CONSULT")

  std::string_view root() const { return code.substr(0, 2); }
  // 1 = root ("04"), 2 = three digits ("042"), 3 = four digits ("0211").
  int level() const { return static_cast<int>(code.size()) - 1; }
  int root_number() const { return (code[0] - '0') * 10 + (code[1] - '0'); }
  QuadClass quad_class() const;
};

// All 311 codes, sorted by code.
std::span<const CameoCode> cameo_codes();

// The entry for `code`, or nullptr when it is not a CAMEO code ("---", "1717", "abc").
const CameoCode* find_cameo(std::string_view code);

// The code one level up ("0211" -> "021", "021" -> "02"), or nullptr for a root.
const CameoCode* cameo_parent(const CameoCode& code);

}  // namespace vigil::lexicon
