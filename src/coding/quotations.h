// Who reports a quotation that runs over several sentences. Wire copy quotes a speaker at length and names them
// once: "\"The situation is serious,\" Gedi said. \"We will not let Mogadishu burn.\"" The second sentence's "we"
// is Gedi's side, though that sentence names no one. Worked out from tokens alone, before parsing, so that the
// pre-filter can keep such a sentence and the coder can look back (or ahead) to the sentence naming the speaker.
#pragma once

#include <vector>

#include "ingest/document.h"
#include "text/sentence.h"

namespace vigil::coding {

// For each sentence, the index of the other sentence whose verb of saying reports the quotation the sentence stands
// in, or -1: when it holds that verb itself, stands in no quotation, or in one credited to no one. Quotation marks pair up across sentences; a paragraph that opens with a mark while a quotation is still
// open continues it (the news convention for a quote running over paragraphs), and an open quotation ends with its
// paragraph otherwise. A quotation is reported by the sentence it closes in when a verb of saying follows the
// closing mark ("...,\" he said"), else by the one it opens in when words come before the opening mark ("She said:
// \"...", "Shen warned: \"If ..."); one that opens its sentence with neither continues the voice of a quotation
// that ended in the sentence before it or in the same sentence ("\"...,\" Gedi said. \"We ...\"").
std::vector<int> quotation_reporters(const Document& doc, const std::vector<Sentence>& sentences);

// Whether the sentence holds "I" or "we", the words whose referent a quotation's speaker decides.
bool has_first_person(const Sentence& s);

}  // namespace vigil::coding
