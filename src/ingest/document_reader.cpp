#include "ingest/document_reader.h"

#include <simdjson.h>

#include <algorithm>
#include <cstring>
#include <filesystem>

#include <fmt/format.h>

#include "ingest/byte_source.h"
#include "ingest/line_reader.h"
#include "ingest/published_date.h"
#include "ingest/text_layout.h"
#include "ingest/utf8.h"

namespace vigil {
namespace fs = std::filesystem;

namespace {

bool ends_with(const std::string& s, std::string_view suffix) { return s.size() >= suffix.size() && s.ends_with(suffix); }

bool is_document_file(const std::string& name) {
  for (std::string_view ext : {".txt", ".jsonl", ".jsonl.xz", ".jsonl.gz", ".txt.xz", ".txt.gz"})
    if (ends_with(name, ext)) return true;
  return false;
}

}  // namespace

InputFormat format_for_path(const std::string& path) {
  if (ends_with(path, ".jsonl") || ends_with(path, ".jsonl.xz") || ends_with(path, ".jsonl.gz")) return InputFormat::jsonl;
  return InputFormat::text;
}

std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs, const ReadOptions& options,
                                       const ProblemHandler& problems) {
  std::vector<std::string> files;
  if (inputs.empty()) files.push_back("-");
  for (const std::string& in : inputs) {
    if (in == "-") {
      files.push_back(in);
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(in, ec);
    if (ec || !fs::exists(st)) {
      InputProblem p{in, 0, "no such file or folder"};
      if (options.stop_on_error) throw InputError(p);
      problems(p);
      continue;
    }
    if (fs::is_directory(st)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(in, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file() && is_document_file(it->path().filename().string())) found.push_back(it->path().string());
      }
      if (ec) problems(InputProblem{in, 0, fmt::format("cannot list folder: {}", ec.message())});
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else {
      files.push_back(in);
    }
  }
  return files;
}

namespace {

// Reports a problem, or throws it when the caller wants to stop at the first one.
bool reject(const ProblemHandler& problems, const ReadOptions& options, InputProblem p) {
  if (options.stop_on_error) throw InputError(std::move(p));
  problems(p);
  return false;
}

std::string json_string_or_number(simdjson::dom::element e) {
  if (e.is_string()) return std::string(std::string_view(e.get_string().value_unsafe()));
  if (e.is_null()) return {};
  return simdjson::minify(e);
}

}  // namespace

bool parse_jsonl_record(std::string& line, const std::string& file, uint64_t line_number, const ReadOptions& options,
                        const ProblemHandler& problems, Document& doc) {
  auto bad = [&](const std::string& message) { return reject(problems, options, InputProblem{file, line_number, message}); };
  // simdjson reads past the end of its input; give the line the padding it wants.
  line.reserve(line.size() + simdjson::SIMDJSON_PADDING);
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element root;
  auto error = parser.parse(line.data(), line.size(), false).get(root);
  if (error == simdjson::UTF8_ERROR) {
    size_t at = find_invalid_utf8(line);
    return bad(fmt::format("invalid UTF-8 at byte {} of the line", at == std::string::npos ? 0 : at + 1));
  }
  if (error) return bad(fmt::format("invalid JSON: {}", simdjson::error_message(error)));
  simdjson::dom::object obj;
  if (root.get_object().get(obj)) return bad("record is not a JSON object");
  doc = Document();
  doc.source_file = file;
  doc.source_line = line_number;
  bool has_text = false;
  for (auto field : obj) {
    std::string_view key = field.key;
    simdjson::dom::element v = field.value;
    if (key == "text") {
      if (!v.is_string()) return bad("field \"text\" is not a string");
      doc.text = std::string(std::string_view(v.get_string().value_unsafe()));
      has_text = true;
    } else if (key == "id") {
      doc.id = json_string_or_number(v);
    } else if (key == "outlet" || key == "url" || key == "title" || key == "dateline" || key == "published") {
      if (!v.is_string() && !v.is_null()) return bad(fmt::format("field \"{}\" is not a string", key));
      std::string value = json_string_or_number(v);
      if (key == "outlet") doc.outlet = std::move(value);
      else if (key == "url") doc.url = std::move(value);
      else if (key == "title") doc.title = std::move(value);
      else if (key == "dateline") doc.dateline = std::move(value);
      else if (!value.empty()) {
        auto date = normalize_published_date(value);
        if (!date) return bad(fmt::format("field \"published\" is not a date (YYYY-MM-DD): \"{}\"", value));
        doc.published = *date;
      }
    } else {
      doc.metadata.emplace_back(std::string(key), simdjson::minify(v));
    }
  }
  if (!has_text) return bad("record has no \"text\" field");
  if (doc.text.size() > UINT32_MAX / 2) return bad("text too large");
  if (doc.id.empty()) doc.id = content_id(doc.text);
  if (doc.published.empty()) doc.published = options.published;
  std::string title = doc.title, dateline = doc.dateline;
  analyse_layout(doc, LayoutOptions{.first_line_is_headline = false});
  if (!title.empty()) doc.title = title;
  if (!dateline.empty()) doc.dateline = dateline;
  return true;
}

bool parse_plain_text(std::string text, const std::string& file, const ReadOptions& options,
                      const ProblemHandler& problems, Document& doc) {
  size_t bad_at = find_invalid_utf8(text);
  if (bad_at != std::string::npos)
    return reject(problems, options,
                  InputProblem{file, line_of_offset(text, bad_at), fmt::format("invalid UTF-8 at byte {}", bad_at)});
  doc = Document();
  doc.source_file = file;
  doc.source_line = 1;
  doc.text = std::move(text);
  if (file == "-") {
    doc.id = content_id(doc.text);
  } else {
    // The file's name without folders and extensions names the document: "canada-sof-ukraine".
    std::string stem = fs::path(file).filename().string();
    for (std::string_view ext : {".xz", ".gz", ".txt"})
      if (ends_with(stem, ext)) stem.resize(stem.size() - ext.size());
    doc.id = stem.empty() ? content_id(doc.text) : stem;
  }
  doc.published = options.published;
  analyse_layout(doc, LayoutOptions{.first_line_is_headline = true});
  return true;
}

struct DocumentStream::Current {
  std::string file;
  InputFormat format;
  std::unique_ptr<LineReader> lines;     // JSONL
  std::unique_ptr<ByteSource> whole;     // plain text
};

DocumentStream::DocumentStream(std::vector<std::string> inputs, ReadOptions options, ProblemHandler problems)
    : options_(std::move(options)), handler_(std::move(problems)) {
  files_ = expand_inputs(inputs, options_, [this](const InputProblem& p) { report(p); });
}

DocumentStream::~DocumentStream() = default;

void DocumentStream::report(const InputProblem& p) {
  ++problem_count_;
  if (handler_) handler_(p);
}

bool DocumentStream::open_next_file() {
  current_.reset();
  while (file_index_ < files_.size()) {
    const std::string& file = files_[file_index_++];
    try {
      auto source = open_byte_source(file);
      auto cur = std::make_unique<Current>();
      cur->file = file;
      cur->format = options_.format;
      if (cur->format == InputFormat::automatic) {
        if (file == "-") {
          // Sniff stdin: a JSON object per line starts with "{".
          std::string head = read_all(*source, options_.max_record_bytes);
          size_t first = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
          cur->format = first != std::string::npos && head[first] == '{' ? InputFormat::jsonl : InputFormat::text;
          struct StringSource : ByteSource {
            std::string data;
            size_t pos = 0;
            StringSource(std::string d, std::string n) : data(std::move(d)) { name_ = std::move(n); }
            size_t read(char* buf, size_t n) override {
              size_t k = std::min(n, data.size() - pos);
              std::memcpy(buf, data.data() + pos, k);
              pos += k;
              return k;
            }
          };
          source = std::make_unique<StringSource>(std::move(head), "-");
        } else {
          cur->format = format_for_path(file);
        }
      }
      if (cur->format == InputFormat::jsonl) cur->lines = std::make_unique<LineReader>(std::move(source), options_.max_record_bytes);
      else cur->whole = std::move(source);
      current_ = std::move(cur);
      return true;
    } catch (const InputError& e) {
      if (options_.stop_on_error) throw;
      report(e.problem());
    }
  }
  return false;
}

bool DocumentStream::next(Document& doc) {
  for (;;) {
    if (!current_ && !open_next_file()) return false;
    Current& cur = *current_;
    try {
      if (cur.whole) {
        std::string file = cur.file;
        std::string text = read_all(*cur.whole, options_.max_record_bytes);
        current_.reset();
        bool ok = parse_plain_text(std::move(text), file, options_,
                                   [this](const InputProblem& p) { report(p); }, doc);
        if (ok) return true;
        continue;
      }
      std::string line;
      for (;;) {
        LineReader::Status st = cur.lines->next(line);
        if (st == LineReader::Status::end) break;
        if (st == LineReader::Status::too_long) {
          InputProblem p{cur.file, cur.lines->line_number(),
                         fmt::format("record longer than {} bytes; skipped", options_.max_record_bytes)};
          if (options_.stop_on_error) throw InputError(p);
          report(p);
          continue;
        }
        if (line.find_first_not_of(" \t") == std::string::npos) continue;  // blank line
        if (parse_jsonl_record(line, cur.file, cur.lines->line_number(), options_,
                               [this](const InputProblem& p) { report(p); }, doc))
          return true;
      }
      current_.reset();
    } catch (const InputError& e) {
      current_.reset();
      if (options_.stop_on_error) throw;
      report(e.problem());  // a corrupt compressed stream: the rest of this file is lost, said so, and we go on
    }
  }
}

}  // namespace vigil
