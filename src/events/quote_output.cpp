#include "events/quote_output.h"

#include <nlohmann/json.hpp>

namespace vigil::events {

void append_quote_json(const Quote& q, std::string& out) {
  nlohmann::ordered_json j;
  j["doc"] = q.doc;
  j["sentence"] = q.sentence;
  j["text"] = q.text;
  j["span"] = nlohmann::ordered_json::array({q.span.begin, q.span.end});
  if (q.speaker) {
    nlohmann::ordered_json s;
    s["kind"] = q.speaker->kind;
    s["name"] = q.speaker->name;
    s["code"] = q.speaker->code.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(q.speaker->code);
    s["span"] = q.speaker->span ? nlohmann::ordered_json::array({q.speaker->span->begin, q.speaker->span->end})
                                : nlohmann::ordered_json(nullptr);
    j["speaker"] = s;
  } else {
    j["speaker"] = nullptr;
  }
  out += j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  out += '\n';
}

}  // namespace vigil::events
