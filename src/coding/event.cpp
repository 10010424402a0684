#include "coding/event.h"

#include <array>

#include <fmt/format.h>

#include "text/word_list.h"

namespace vigil::coding {
namespace {

// Code blocks that open a code but are not countries (CAMEO's transnational and generic actors).
bool is_non_country_block(std::string_view b) {
  static constexpr std::array<std::string_view, 10> blocks = {"IGO", "NGO", "MNC", "UIS", "INT", "---",
                                                              "NGM", "IMG", "UNO", "CVL"};
  return is_one_of(b, blocks);
}

}  // namespace

void split_actor_code(const std::string& code, std::string& country, std::vector<std::string>& sectors) {
  country.clear();
  sectors.clear();
  for (size_t i = 0; i + 3 <= code.size(); i += 3) {
    std::string block = code.substr(i, 3);
    if (i == 0 && !is_non_country_block(block)) country = block;
    else if (block != "---") sectors.push_back(block);
  }
}

std::string event_id(const Event& e) {
  uint64_t h = 0xcbf29ce484222325ULL;
  auto mix = [&](std::string_view s) {
    for (unsigned char c : s) {
      h ^= c;
      h *= 0x100000001b3ULL;
    }
    h ^= 0xff;
    h *= 0x100000001b3ULL;
  };
  mix(e.doc);
  mix(std::to_string(e.sentence));
  mix(std::to_string(e.evidence.verb_span.begin));
  mix(e.source.code);
  mix(e.target ? e.target->code : "");
  mix(e.cameo);
  return fmt::format("ev-{:016x}", h);
}

}  // namespace vigil::coding
