#include "text/ud_documents.h"

#include <algorithm>

#include "text/conllu.h"

namespace vigil {

void for_each_ud_document(const std::string& path, const std::function<void(const UdDocument&)>& f) {
  ConlluReader reader(path, ConlluReadOptions{.check_annotations = false});
  Sentence s;
  UdDocument ud;
  auto flush = [&] {
    if (!ud.doc.text.empty()) {
      ud.doc.regions.push_back(Region{RegionKind::body, Span{0, static_cast<uint32_t>(ud.doc.text.size())}});
      if (ud.doc.id.empty()) ud.doc.id = content_id(ud.doc.text);
      f(ud);
    }
    ud = UdDocument();
  };
  bool first = true;
  while (reader.next(s)) {
    bool new_par = first;
    first = false;
    for (const std::string& c : s.comments) {
      if (c.starts_with("newdoc")) {
        new_par = true;
        flush();
        size_t eq = c.find("= ");
        ud.doc.id = eq == std::string::npos ? "" : c.substr(eq + 2);
      }
      if (c == "newpar" || c.starts_with("newpar ")) new_par = true;
    }
    if (!ud.doc.text.empty()) ud.doc.text += new_par ? "\n\n" : " ";
    const uint32_t base = static_cast<uint32_t>(ud.doc.text.size());
    ud.doc.text += s.text;
    uint32_t first_begin = UINT32_MAX, last_end = 0;
    auto add = [&](Span sp) {
      Span d{base + sp.begin, base + sp.end};
      ud.tokens.push_back(d);
      first_begin = std::min(first_begin, d.begin);
      last_end = std::max(last_end, d.end);
    };
    size_t mi = 0;
    for (size_t i = 0; i < s.words.size();) {
      if (mi < s.multiword_tokens.size() && s.multiword_tokens[mi].first == static_cast<int>(i) + 1) {
        add(s.multiword_tokens[mi].span);
        i = static_cast<size_t>(s.multiword_tokens[mi].last);
        ++mi;
        continue;
      }
      add(s.words[i].span);
      ++i;
    }
    if (first_begin < last_end) ud.sentences.push_back(Span{first_begin, last_end});
  }
  flush();
}

}  // namespace vigil
