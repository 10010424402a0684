// Writing stored events in the layouts other tools read:
//  - gdelt:  the GDELT 2.0 event table, 61 tab-separated columns, no header (GDELT 2.0 Event Codebook)
//  - icews:  ICEWS coded event data, 20 tab-separated columns with the ICEWS header (Dataverse doi:10.7910/DVN/28075)
//  - plover: PLOVER/POLECAT-style JSON records, one per line (PLOVER manual field names)
//  - csv:    vigil's own columns, RFC 4180 quoting, with a header
//  - jsonl:  vigil's own JSON record, one per line (the `vigil query` format)
// Where vigil has no value for a column (tone, ethnic and religion codes) the column is empty, never invented.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "store/event_store.h"

namespace vigil::store {

enum class ExportFormat { gdelt, icews, plover, csv, jsonl };

// "gdelt" -> ExportFormat::gdelt; throws std::invalid_argument for an unknown name.
ExportFormat export_format(std::string_view name);

// The column names of a tabular format (GDELT's are not written: the table has no header).
std::span<const std::string_view> export_columns(ExportFormat f);

// The header line ("" for formats without one).
std::string export_header(ExportFormat f);

// Appends one event (with its newline).
void append_export(ExportFormat f, const EventRecord& e, std::string& out);

}  // namespace vigil::store
