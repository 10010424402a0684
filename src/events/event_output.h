// Writing coded events: one JSON object per line (the `vigil code` format), or tab-separated columns.
#pragma once

#include <string>

#include "coding/event.h"

namespace vigil::events {

// Appends the event as one line of JSON (with its newline).
void append_event_json(const coding::Event& e, std::string& out);

// The TSV header line and one event's row (tabs and newlines in text become spaces).
const std::string& event_tsv_header();
void append_event_tsv(const coding::Event& e, std::string& out);

}  // namespace vigil::events
