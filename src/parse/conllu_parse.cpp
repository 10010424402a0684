#include "parse/conllu_parse.h"

#include "text/conllu.h"

namespace vigil::parse {

void clear_annotations(Sentence& s) {
  for (Word& w : s.words) {
    w.lemma.clear();
    w.upos.clear();
    w.xpos.clear();
    w.feats.clear();
    w.head = -1;
    w.deprel.clear();
    w.deps.clear();
    w.misc.clear();
  }
  for (MultiwordToken& m : s.multiword_tokens) m.misc.clear();
}

void parse_conllu_file(const std::string& path, Annotator& annotator, std::string& out,
                       const std::function<void(std::string&)>& flush) {
  ConlluReadOptions options;
  options.check_annotations = false;
  ConlluReader reader(path, options);
  Sentence s;
  while (reader.next(s)) {
    clear_annotations(s);
    annotator.annotate(s);
    write_conllu(s, out);
    if (out.size() > (1 << 20) && flush) flush(out);
  }
}

}  // namespace vigil::parse
