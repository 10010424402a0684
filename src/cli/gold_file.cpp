#include "cli/gold_file.h"

#include <fstream>
#include <string_view>
#include <utility>

#include "ingest/input_error.h"

namespace vigil::cli {

void for_each_gold_item(const std::string& path, const std::function<void(const nlohmann::json&, uint64_t)>& f) {
  std::ifstream in(path);
  if (!in) throw InputError(InputProblem{path, 0, "cannot open"});
  std::string line;
  uint64_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty()) continue;
    nlohmann::json item;
    try {
      item = nlohmann::json::parse(line);
    } catch (const nlohmann::json::exception& e) {
      throw InputError(InputProblem{path, line_no, std::string("invalid JSON: ") + e.what()});
    }
    try {
      f(item, line_no);
    } catch (const nlohmann::json::exception& e) {  // a field missing or of the wrong type
      throw InputError(InputProblem{path, line_no, std::string("bad gold item: ") + e.what()});
    }
  }
}

std::string gold_actor_code(const nlohmann::json& item, const char* field) {
  const nlohmann::json& v = item.at(field);
  if (!v.is_string()) return "";
  std::string code = v.get<std::string>();
  static const std::pair<std::string_view, std::string_view> kRenamed[] = {
      {"XKX", "KSV"}, {"PSEHMS", "PSEREB"}, {"PSEFAT", "PSEPTY"}, {"IMGISI", "IMGMOSISI"}};
  for (auto [gold, dict] : kRenamed)
    if (code.starts_with(gold)) return std::string(dict) + code.substr(gold.size());
  return code;
}

}  // namespace vigil::cli
