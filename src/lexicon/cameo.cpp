#include "lexicon/cameo.h"

#include <algorithm>

namespace vigil::lexicon {

QuadClass CameoCode::quad_class() const {
  int root = root_number();
  if (root <= 5) return QuadClass::kVerbalCooperation;
  if (root <= 9) return QuadClass::kMaterialCooperation;
  if (root <= 14) return QuadClass::kVerbalConflict;
  return QuadClass::kMaterialConflict;
}

const CameoCode* find_cameo(std::string_view code) {
  auto all = cameo_codes();
  auto it = std::lower_bound(all.begin(), all.end(), code,
                             [](const CameoCode& c, std::string_view key) { return c.code < key; });
  if (it == all.end() || it->code != code) return nullptr;
  return &*it;
}

const CameoCode* cameo_parent(const CameoCode& code) {
  if (code.level() == 1) return nullptr;
  return find_cameo(code.code.substr(0, code.code.size() - 1));
}

}  // namespace vigil::lexicon
