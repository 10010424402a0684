#include "cli/gold_reference.h"

#include <set>

#include <fmt/format.h>

#include "cli/gold_file.h"
#include "ingest/document_reader.h"
#include "ingest/input_error.h"

namespace vigil::cli {
namespace {

// A UTF-8 continuation byte (10xxxxxx) never starts a character.
bool on_char_boundary(const std::string& text, uint32_t offset) {
  return offset >= text.size() || (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80;
}

}  // namespace

std::vector<SentenceReference> read_sentence_references(const std::string& gold_path) {
  std::vector<SentenceReference> refs;
  for_each_gold_item(gold_path, [&](const nlohmann::json& item, uint64_t line) {
    SentenceReference r;
    r.doc = item.at("doc").get<std::string>();
    r.start = item.at("start").get<uint32_t>();
    r.end = item.at("end").get<uint32_t>();
    r.events = item.at("events");
    if (!r.events.is_array()) throw InputError(InputProblem{gold_path, line, "bad gold item: \"events\" is not a list"});
    r.line = line;
    refs.push_back(std::move(r));
  });
  return refs;
}

std::map<std::string, Document> resolve_sentence_references(const std::vector<SentenceReference>& refs,
                                                            const std::string& corpus, const std::string& gold_path) {
  std::set<std::string> wanted;
  for (const SentenceReference& r : refs) wanted.insert(r.doc);
  std::map<std::string, Document> docs;
  ReadOptions options;
  options.stop_on_error = true;  // a reference into a record that cannot be read would be silently lost
  DocumentStream stream({corpus}, options, [](const InputProblem& p) { throw InputError(p); });
  Document doc;
  while (docs.size() < wanted.size() && stream.next(doc))
    if (wanted.count(doc.id) && !docs.count(doc.id)) docs.emplace(doc.id, std::move(doc));
  for (const SentenceReference& r : refs) {
    auto it = docs.find(r.doc);
    if (it == docs.end())
      throw InputError(InputProblem{gold_path, r.line, fmt::format("document \"{}\" is not in {}", r.doc, corpus)});
    const std::string& text = it->second.text;
    if (r.start >= r.end || r.end > text.size())
      throw InputError(InputProblem{gold_path, r.line, fmt::format("span {}-{} is not inside document \"{}\" ({} bytes)",
                                                                   r.start, r.end, r.doc, text.size())});
    if (!on_char_boundary(text, r.start) || !on_char_boundary(text, r.end))
      throw InputError(InputProblem{gold_path, r.line, fmt::format("span {}-{} of document \"{}\" cuts a UTF-8 character",
                                                                   r.start, r.end, r.doc)});
  }
  return docs;
}

}  // namespace vigil::cli
