#include "parse/model.h"

#include <cstdio>
#include <cstring>
#include <fstream>
#include <memory>

#include <fmt/format.h>

#include "parse/hash.h"

namespace vigil::parse {
namespace {

constexpr size_t kHeaderBytes = 8 + 4 + 4 + 8 + 8;

void write_edits(BinWriter& out, const std::vector<LemmaEdit>& edits) {
  out.put<uint32_t>(static_cast<uint32_t>(edits.size()));
  for (const LemmaEdit& e : edits) {
    out.put<uint32_t>(e.strip);
    out.str(e.append);
  }
}

std::vector<LemmaEdit> read_edits(BinReader& in) {
  uint32_t n = in.get<uint32_t>();
  std::vector<LemmaEdit> edits;
  for (uint32_t i = 0; i < n; ++i) {
    LemmaEdit e;
    e.strip = in.get<uint32_t>();
    e.append = in.str();
    edits.push_back(std::move(e));
  }
  return edits;
}

std::string read_file(const std::string& path) { return read_model_file(path); }

// Checks the header; returns the payload.
std::string_view payload_of(std::string_view bytes, const std::string& name) {
  if (bytes.size() < 8 || std::memcmp(bytes.data(), kModelMagic, 8) != 0)
    throw ModelError(fmt::format("{}: not a vigil parse model (bad magic bytes)", name));
  if (bytes.size() < kHeaderBytes) throw ModelError(fmt::format("{}: model file is truncated (in its header)", name));
  uint32_t version;
  uint64_t size, hash;
  std::memcpy(&version, bytes.data() + 8, 4);
  std::memcpy(&size, bytes.data() + 16, 8);
  std::memcpy(&hash, bytes.data() + 24, 8);
  if (version != kModelFormatVersion)
    throw ModelError(fmt::format("{}: model format version {} is not supported (this vigil reads version {}); "
                                 "retrain the model with 'vigil train'",
                                 name, version, kModelFormatVersion));
  std::string_view payload = bytes.substr(kHeaderBytes);
  if (payload.size() < size)
    throw ModelError(fmt::format("{}: model file is truncated ({} of {} payload bytes)", name, payload.size(), size));
  if (payload.size() > size) throw ModelError(fmt::format("{}: model file has trailing bytes", name));
  if (hash_bytes(payload) != hash) throw ModelError(fmt::format("{}: model file is corrupt (checksum mismatch)", name));
  return payload;
}

}  // namespace

std::string model_bytes(const Model& m) {
  BinWriter out;
  // The beam width lives in the metadata (absent for a greedy parser, so greedy models keep their bytes).
  nlohmann::json meta = m.meta;
  if (m.beam == 1) meta.erase("parse_beam");
  else meta["parse_beam"] = m.beam;
  out.str(meta.dump());
  out.strings(m.upos);
  out.strings(m.xpos);
  out.vec(m.closed);
  out.strings(m.labels);
  out.put<int32_t>(m.root_label);
  m.tagdict.write(out);
  out.vec(m.lemmas.lower_base);
  out.vec(m.lemmas.wordnet_pos);
  write_edits(out, m.lemmas.edits);
  m.lemmas.known.write(out);
  m.lemmas.exceptions.write(out);
  m.lemmas.rules.write(out);
  m.lemmas.lexicon.write(out);
  out.put<int32_t>(m.lemmas.max_suffix);
  out.strings(m.feats.values);
  m.feats.known.write(out);
  out.vec(m.feats.by_tag);
  m.tagger.write(out);
  m.tagger2.write(out);
  m.parser.write(out);
  m.arc_labeler.write(out);
  m.labeler.write(out);
  const std::string& payload = out.buffer();
  std::string bytes(kModelMagic, 8);
  auto put = [&](auto v) { bytes.append(reinterpret_cast<const char*>(&v), sizeof v); };
  put(kModelFormatVersion);
  put(uint32_t{0});
  put(static_cast<uint64_t>(payload.size()));
  put(hash_bytes(payload));
  bytes += payload;
  return bytes;
}

void save_model(const Model& model, const std::string& path) {
  std::string bytes = model_bytes(model);
  std::string tmp = path + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    if (!f) throw ModelError(fmt::format("{}: cannot write model file", tmp));
    f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!f) throw ModelError(fmt::format("{}: cannot write model file", tmp));
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0)
    throw ModelError(fmt::format("{}: cannot write model file: {}", path, std::strerror(errno)));
}

Model model_from_bytes(std::string_view bytes, const std::string& name) {
  BinReader in(payload_of(bytes, name), name);
  Model m;
  try {
    m.meta = nlohmann::json::parse(in.str());
  } catch (const nlohmann::json::exception&) {
    in.fail("corrupt (bad metadata)");
  }
  if (auto b = m.meta.find("parse_beam"); b != m.meta.end()) {
    if (!b->is_number_integer() || b->get<int>() < 1 || b->get<int>() > kMaxBeam) in.fail("corrupt (bad parse_beam)");
    m.beam = b->get<int>();
  }
  m.upos = in.strings();
  m.xpos = in.strings();
  m.closed = in.vec<uint8_t>();
  m.labels = in.strings();
  m.root_label = in.get<int32_t>();
  uint32_t tags = static_cast<uint32_t>(m.upos.size());
  if (tags == 0 || tags > 250 || m.xpos.size() != tags || m.closed.size() != tags) in.fail("corrupt (tag set)");
  if (m.labels.empty() || m.labels.size() > 250 || m.root_label < 0 ||
      m.root_label >= static_cast<int>(m.labels.size()))
    in.fail("corrupt (label set)");
  m.tagdict = U64Map::read(in, 0xfffffff0u);
  m.lemmas.lower_base = in.vec<uint8_t>();
  m.lemmas.wordnet_pos = in.vec<uint8_t>();
  m.lemmas.edits = read_edits(in);
  uint32_t edits = static_cast<uint32_t>(m.lemmas.edits.size());
  m.lemmas.known = U64Map::read(in, edits);
  m.lemmas.exceptions = U64Map::read(in, edits);
  m.lemmas.rules = U64Map::read(in, edits);
  m.lemmas.lexicon = U64Map::read(in, 1);
  m.lemmas.max_suffix = in.get<int32_t>();
  if (m.lemmas.lower_base.size() != tags || m.lemmas.wordnet_pos.size() != tags) in.fail("corrupt (lemma tables)");
  m.feats.values = in.strings();
  m.feats.known = U64Map::read(in, static_cast<uint32_t>(m.feats.values.size()));
  m.feats.by_tag = in.vec<uint32_t>();
  if (m.feats.by_tag.size() != tags) in.fail("corrupt (feature tables)");
  for (uint32_t v : m.feats.by_tag)
    if (v >= m.feats.values.size()) in.fail("corrupt (feature tables)");
  m.tagger = WeightTable::read(in);
  m.tagger2 = WeightTable::read(in);
  m.parser = TransitionTable::read(in);
  m.arc_labeler = WeightTable::read(in);
  m.labeler = WeightTable::read(in);
  const int labels = static_cast<int>(m.labels.size());
  if (m.tagger.classes() != static_cast<int>(tags) || (m.tagger2.features() && m.tagger2.classes() != static_cast<int>(tags)) ||
      m.arc_labeler.classes() != labels || (m.labeler.features() && m.labeler.classes() != labels))
    in.fail("corrupt (weight tables do not match the tag or label set)");
  if (in.remaining() != 0) in.fail("corrupt (unexpected bytes after the tables)");
  return m;
}

Model load_model(const std::string& path) { return model_from_bytes(read_file(path), path); }

nlohmann::json read_model_metadata(const std::string& path) {
  std::string bytes = read_file(path);
  BinReader in(payload_of(bytes, path), path);
  try {
    return nlohmann::json::parse(in.str());
  } catch (const nlohmann::json::exception&) {
    in.fail("corrupt (bad metadata)");
  }
}

}  // namespace vigil::parse
