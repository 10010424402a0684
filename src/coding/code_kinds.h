// What kind of act a CAMEO code names, as the coder's rules ask it: violence, force, disapproval, visits, acts aimed
// at a place, acts that move forces.
#pragma once

#include <string_view>

namespace vigil::coding {

// Assault, fighting and mass violence (CAMEO roots 18-20): acts that hurt people where they happen.
inline bool is_violence(std::string_view code) {
  return code.starts_with("18") || code.starts_with("19") || code.starts_with("20");
}

// Codes of force and coercion (roots 15-20): shows of force, coercion, assault, fighting, mass violence.
inline bool code_of_force(std::string_view code) {
  return code.starts_with("15") || code.starts_with("17") || is_violence(code);
}

// Acts aimed at the city where they happen: a visit to it, forces arriving to protect it, or an attack on it
// ("arrived in Kyiv", "soldiers arrived in Kyiv", "missiles fell in Kyiv"). For other acts a city after "in" is only
// where they happen.
inline bool aimed_at_its_place(std::string_view code) {
  return code.starts_with("04") || code == "074" || code.starts_with("18") || code.starts_with("19") ||
         code.starts_with("20");
}

// Appeals (02x) and demands (10x): acts that ask something of someone.
inline bool is_appeal_or_demand(std::string_view code) { return code.starts_with("02") || code.starts_with("10"); }

// Codes of disapproval (11x): criticism, accusations, complaints.
inline bool is_disapproval_code(std::string_view code) { return code.starts_with("11"); }

// Codes of visits made and hosted (042, 043): their target is whom the visit goes to.
inline bool is_visit_code(std::string_view code) { return code == "042" || code == "043"; }

// Aid given or promised (033x, 07x): "promised an aid package", "provided relief".
inline bool is_aid_code(std::string_view code) { return code.starts_with("033") || code.starts_with("07"); }

// Codes of acts that move forces (deployments, shows of force): their passive subject is the doer.
inline bool moves_forces(std::string_view code) { return code == "074" || code.starts_with("15"); }

}  // namespace vigil::coding
