#include "cli/coding_setup.h"

#include "cli/cue_resources.h"
#include "cli/gazetteer_resource.h"
#include "cli/resources.h"

namespace vigil::cli {

std::unique_ptr<events::DocumentCoder> CodingSetup::coder(const SentenceModel* sentences) const {
  auto c = std::make_unique<events::DocumentCoder>(*model, *lexicon);
  c->set_sentence_model(sentences);
  c->set_cues(*cues);
  c->set_gazetteer(gazetteer.get());
  return c;
}

std::unique_ptr<events::DocumentCoder> CodingSetup::coder() const { return coder(shipped_sentence_model()); }

CodingSetup load_coding_setup(const std::string& dicts, const std::string& model, const std::string& cues) {
  CodingSetup s;
  s.model = load_parser_model(model);
  s.lexicon = load_lexicon(dicts);
  s.cues = load_cue_lexicon(cues);
  s.gazetteer = load_gazetteer();
  return s;
}

}  // namespace vigil::cli
