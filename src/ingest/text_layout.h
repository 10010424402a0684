// Finds the parts of an article's text: headline, photo credits, bylines, dateline and body.
#pragma once

#include "ingest/document.h"

namespace vigil {

struct LayoutOptions {
  bool first_line_is_headline = true;  // plain-text files: yes; JSONL `text` fields: no (the title is its own field)
};

// Fills doc.regions (and doc.title, doc.dateline when found) from doc.text.
void analyse_layout(Document& doc, const LayoutOptions& options);

}  // namespace vigil
