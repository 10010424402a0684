// Quotes as JSON Lines (vigil code --quotes): one quote per line with its speaker.
#pragma once

#include <string>

#include "events/modality.h"

namespace vigil::events {

void append_quote_json(const Quote& q, std::string& out);

}  // namespace vigil::events
