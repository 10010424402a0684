#include "events/petrarch_suite.h"

#include <pugixml.hpp>

#include <cctype>

#include <fmt/format.h>

#include "ingest/input_error.h"

namespace vigil::events {
namespace {

std::string squeeze(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// PETRARCH and TABARI write a multi-word name as one token joined by underscores (DOL_AMROTH), in their
// dictionaries and in the texts of their records; between two letters or digits it stands for a space.
std::string unjoin_underscores(std::string s) {
  auto word_char = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  for (size_t i = 1; i + 1 < s.size(); ++i)
    if (s[i] == '_' && word_char(s[i - 1]) && word_char(s[i + 1])) s[i] = ' ';
  return s;
}

std::string date_of(std::string_view yyyymmdd) {
  if (yyyymmdd.size() != 8) return {};
  return fmt::format("{}-{}-{}", yyyymmdd.substr(0, 4), yyyymmdd.substr(4, 2), yyyymmdd.substr(6, 2));
}

bool is_false(std::string_view v) {
  std::string l;
  for (char c : v) l += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return l == "false";
}

// A <Config> line of the suite: the options PETRARCH honours when coding; the comma_* lengths and stop_on_error are
// not read (vigil does not drop comma-delimited clauses).
void apply_config(pugi::xml_node n, coding::PetrarchOptions& o, const std::string& path) {
  std::string option = n.attribute("option").value();
  std::string value = n.attribute("value").value();
  if (option == "require_dyad") {
    o.require_dyad = !is_false(value);
  } else if (option == "new_actor_length") {
    try {
      o.new_actor_length = std::stoi(value);
    } catch (const std::exception&) {
      throw InputError(InputProblem{path, 0, fmt::format("<Config option=\"new_actor_length\">: '{}' is no number", value)});
    }
  }
}

}  // namespace

Suite read_petrarch_suite(const std::string& path) {
  pugi::xml_document xml;
  pugi::xml_parse_result r = xml.load_file(path.c_str(), pugi::parse_default, pugi::encoding_utf8);
  if (!r) {
    throw InputError(InputProblem{path, 0, fmt::format("not readable XML at byte {}: {}", r.offset, r.description())});
  }
  Suite suite;
  pugi::xml_node root = xml.child("Validation");
  if (!root) throw InputError(InputProblem{path, 0, "no <Validation> element"});
  for (const char* tag : {"Verbfile", "Actorfile", "Agentfile", "Discardfile"})
    if (auto n = root.child("Environment").child(tag)) suite.dictionary_files.push_back(squeeze(n.text().get()));
  coding::PetrarchOptions options;
  for (pugi::xml_node s : root.child("Sentences").children()) {
    if (std::string_view(s.name()) == "Config") apply_config(s, options, path);
    if (std::string_view(s.name()) != "Sentence") continue;
    SuiteRecord rec;
    rec.options = options;
    rec.id = s.attribute("id").value();
    rec.category = s.attribute("category").value();
    rec.date = date_of(s.attribute("date").value());
    rec.text = unjoin_underscores(squeeze(s.child("Text").text().get()));
    rec.parse = s.child("Parse").text().get();
    for (pugi::xml_node e : s.children("EventCoding")) {
      std::string no = e.attribute("noevents").value();
      // error="storydiscard" and the like: the record is rejected, so it codes nothing.
      if (no == "True" || no == "true" || !e.attribute("error").empty()) {
        rec.no_events = true;
        continue;
      }
      rec.expected.push_back(ExpectedCoding{e.attribute("sourcecode").value(), e.attribute("targetcode").value(),
                                            e.attribute("eventcode").value()});
    }
    suite.records.push_back(std::move(rec));
  }
  return suite;
}

}  // namespace vigil::events
