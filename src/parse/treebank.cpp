#include "parse/treebank.h"

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace vigil::parse {
namespace {

struct Node {
  std::string label;
  std::vector<std::unique_ptr<Node>> kids;
  int word = 0;  // 1-based word index for a preterminal
  int head = 0;  // head word of the phrase
  bool preterminal() const { return word > 0; }
};

class Reader {
 public:
  explicit Reader(std::string_view s) : s_(s) {}
  std::unique_ptr<Node> read(std::vector<Word>& words) {
    skip();
    if (pos_ >= s_.size() || s_[pos_] != '(') fail("expected '('");
    ++pos_;
    auto n = std::make_unique<Node>();
    skip();
    n->label = token();
    skip();
    if (pos_ < s_.size() && s_[pos_] == ')') fail("empty phrase");
    if (pos_ < s_.size() && s_[pos_] != '(') {  // (TAG word)
      Word w;
      w.form = token();
      w.xpos = n->label;
      words.push_back(w);
      n->word = static_cast<int>(words.size());
      skip();
    } else {
      while (pos_ < s_.size() && s_[pos_] == '(') {
        n->kids.push_back(read(words));
        skip();
      }
    }
    if (pos_ >= s_.size() || s_[pos_] != ')') fail("expected ')'");
    if (!n->preterminal() && n->kids.empty()) fail("empty phrase");
    ++pos_;
    return n;
  }
  bool at_end() {
    skip();
    return pos_ >= s_.size();
  }

 private:
  void skip() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\n' || s_[pos_] == '\t' || s_[pos_] == '\r')) ++pos_;
  }
  std::string token() {
    size_t b = pos_;
    while (pos_ < s_.size() && s_[pos_] != ' ' && s_[pos_] != '\n' && s_[pos_] != '\t' && s_[pos_] != '\r' &&
           s_[pos_] != '(' && s_[pos_] != ')')
      ++pos_;
    return std::string(s_.substr(b, pos_ - b));
  }
  [[noreturn]] void fail(const char* what) {
    throw std::invalid_argument(std::string("Treebank parse: ") + what + " at byte " + std::to_string(pos_));
  }
  std::string_view s_;
  size_t pos_ = 0;
};

bool starts(const std::string& s, std::string_view p) { return s.rfind(p, 0) == 0; }
bool is_punct_tag(const std::string& t) {
  return t == "," || t == "." || t == ":" || t == "``" || t == "''" || t == "-LRB-" || t == "-RRB-" || t == "#" || t == "$";
}
bool is_verb_tag(const std::string& t) { return starts(t, "VB") || t == "MD" || starts(t, "AUX"); }
bool is_noun_tag(const std::string& t) {
  return starts(t, "NN") || t == "PRP" || t == "CD" || t == "EX" || t == "WP" || t == "WDT";
}
std::string base(const std::string& label) {
  size_t dash = label.find('-', 1);
  return dash == std::string::npos ? label : label.substr(0, dash);
}

class Converter {
 public:
  explicit Converter(std::vector<Word>& w) : w_(w) {}

  int head(Node& n) {
    if (n.preterminal()) return n.head = n.word;
    for (auto& k : n.kids) head(*k);
    Node* h = choose(n);
    n.head = h->head;
    label_children(n, *h);
    return n.head;
  }

 private:
  std::string lower(int word) const {
    std::string s = w_[word - 1].form;
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  }
  bool is_be(int word) const {
    std::string l = lower(word);
    return l == "is" || l == "are" || l == "was" || l == "were" || l == "be" || l == "been" || l == "being" || l == "am" ||
           l == "'s" || l == "'re";
  }

  Node* first(Node& n, auto pred) {
    for (auto& k : n.kids)
      if (pred(*k)) return k.get();
    return nullptr;
  }
  Node* last(Node& n, auto pred) {
    for (auto it = n.kids.rbegin(); it != n.kids.rend(); ++it)
      if (pred(**it)) return it->get();
    return nullptr;
  }

  Node* choose(Node& n) {
    const std::string b = base(n.label);
    auto lab = [](std::initializer_list<const char*> ls) {
      return [ls](const Node& k) {
        for (const char* l : ls)
          if (base(k.label) == l) return true;
        return false;
      };
    };
    Node* h = nullptr;
    if (b == "S" || b == "SINV" || b == "SQ" || b == "ROOT" || b == "" || b == "FRAG") {
      h = first(n, lab({"VP"}));
      if (!h) h = first(n, lab({"S", "SINV", "SQ"}));
      if (!h) h = first(n, lab({"NP", "ADJP", "PP"}));
    } else if (b == "VP") {
      h = first(n, lab({"VP"}));
      if (!h) {
        Node* verb = first(n, [](const Node& k) { return k.preterminal() && is_verb_tag(k.label); });
        // A copula with a non-verbal predicate: the predicate heads the clause (UD).
        Node* pred = first(n, lab({"ADJP", "NP"}));
        if (verb && pred && is_be(verb->word)) h = pred;
        else h = verb;
      }
    } else if (b == "NP" || b == "NX" || b == "WHNP" || b == "NML") {
      // NP -> NP PP / NP , NP ,: the first NP; otherwise the last noun-like word.
      Node* np = first(n, lab({"NP"}));
      bool has_poss = np && !np->kids.empty() && np->kids.back()->label == "POS";
      if (np && !has_poss) h = np;
      if (!h) h = last(n, [](const Node& k) { return k.preterminal() && is_noun_tag(k.label); });
      if (!h) h = last(n, lab({"NP", "QP", "ADJP"}));
      if (!h) h = last(n, [](const Node& k) { return k.preterminal() && (starts(k.label, "JJ") || starts(k.label, "VB")); });
    } else if (b == "PP" || b == "WHPP") {
      h = first(n, lab({"NP", "S", "SBAR", "ADJP", "ADVP", "WHNP", "VP"}));
    } else if (b == "SBAR") {
      h = first(n, lab({"S", "SINV", "SQ", "FRAG"}));
    } else if (b == "ADJP") {
      h = last(n, [](const Node& k) { return k.preterminal() && starts(k.label, "JJ"); });
    } else if (b == "ADVP" || b == "WHADVP") {
      h = last(n, [](const Node& k) { return k.preterminal() && (starts(k.label, "RB") || k.label == "WRB"); });
    } else if (b == "QP") {
      h = last(n, [](const Node& k) { return k.preterminal() && k.label == "CD"; });
    } else if (b == "PRT") {
      h = first(n, [](const Node& k) { return k.preterminal() && k.label == "RP"; });
    }
    if (!h) h = first(n, [](const Node& k) { return !(k.preterminal() && is_punct_tag(k.label)); });
    if (!h) h = n.kids.front().get();
    return h;
  }

  void attach(int dep, int head, const std::string& rel) {
    if (dep == head) return;
    w_[dep - 1].head = head;
    w_[dep - 1].deprel = rel;
  }

  // "Mordor , Rohan , Fornost and Bree" inside one NP: groups between commas and conjunctions are conjuncts, the
  // first heads the phrase, each group's last word heads the group.
  bool flat_coordination(Node& n) {
    bool has_cc = false;
    for (auto& k : n.kids)
      if (!k->preterminal()) return false;
      else if (k->label == "CC") has_cc = true;
    if (!has_cc) return false;
    std::vector<std::vector<Node*>> groups(1);
    std::vector<Node*> separators;
    for (auto& k : n.kids) {
      if (k->label == "CC" || k->label == ",") {
        separators.push_back(k.get());
        if (!groups.back().empty()) groups.emplace_back();
      } else {
        groups.back().push_back(k.get());
      }
    }
    if (groups.back().empty()) groups.pop_back();
    if (groups.size() < 2) return false;
    int first_head = groups[0].back()->word;
    for (size_t g = 0; g < groups.size(); ++g) {
      int gh = groups[g].back()->word;
      for (Node* k : groups[g])
        if (k->word != gh) attach(k->word, gh, k->label == "DT" ? "det" : starts(k->label, "JJ") ? "amod" : "compound");
      if (g > 0) attach(gh, first_head, "conj");
    }
    for (Node* sep : separators) {
      // Attach each separator to the conjunct after it.
      int after = 0;
      for (auto& g : groups)
        if (g.front()->word > sep->word) {
          after = g.back()->word;
          break;
        }
      attach(sep->word, after ? after : first_head, sep->label == "CC" ? "cc" : "punct");
    }
    n.head = first_head;
    return true;
  }

  void label_children(Node& n, Node& h) {
    const std::string b = base(n.label);
    if ((b == "NP" || b == "NX") && flat_coordination(n)) return;
    const int hw = h.head;
    bool passive = false, seen_head = false;
    // Passive: "be" before a VBN-headed verb phrase.
    if (b == "VP" || b == "S")
      for (auto& k : n.kids)
        if (k->preterminal() && is_be(k->word) && w_[hw - 1].xpos == "VBN") passive = true;
    Node* conj_head = nullptr;
    bool coordination = false;
    for (auto& k : n.kids)
      if (k->label == "CC") coordination = true;
    int np_after_verb = 0;
    for (size_t i = 0; i < n.kids.size(); ++i) {
      Node& k = *n.kids[i];
      if (&k == &h) {
        seen_head = true;
        conj_head = &k;
        continue;
      }
      const std::string kb = base(k.label);
      const int d = k.head;
      std::string rel = "dep";
      if (k.preterminal() && is_punct_tag(k.label)) rel = "punct";
      else if (k.label == "CC") rel = "cc";
      else if (coordination && seen_head && kb == base(h.label) && i > 0 &&
               (n.kids[i - 1]->label == "CC" || n.kids[i - 1]->label == ",")) rel = "conj";
      else if (b == "S" || b == "SINV" || b == "SQ" || b == "ROOT") {
        if ((kb == "NP" || kb == "WHNP") && !seen_head) rel = passive ? "nsubj:pass" : "nsubj";
        else if (k.label == "NP-TMP") rel = "obl:tmod";
        else if (kb == "NP") rel = seen_head ? "parataxis" : "nsubj";
        else if (kb == "PP") rel = "obl";
        else if (kb == "ADVP" || kb == "RB") rel = "advmod";
        else if (kb == "SBAR") rel = "advcl";
        else if (kb == "S" || kb == "VP") rel = seen_head ? "parataxis" : "ccomp";
        else if (is_verb_tag(k.label)) rel = "aux";
      } else if (b == "VP") {
        if (k.preterminal() && (is_verb_tag(k.label) || k.label == "TO")) {
          if (k.label == "TO") rel = "mark";
          else if (is_be(k.word) && !h.preterminal() && base(h.label) != "VP") rel = "cop";
          else rel = passive && is_be(k.word) ? "aux:pass" : "aux";
        } else if (k.preterminal() && (k.label == "RB")) rel = "advmod";
        else if (k.label == "NP-TMP") rel = "obl:tmod";
        else if (kb == "NP") rel = ++np_after_verb == 1 ? "obj" : "obj";
        else if (kb == "PP") rel = (passive && lower(first_word(k)) == "by") ? "obl:agent" : "obl";
        else if (kb == "PRT") rel = "compound:prt";
        else if (kb == "ADVP") rel = "advmod";
        else if (kb == "ADJP") rel = "xcomp";
        else if (kb == "S") rel = starts_with_to(k) ? "xcomp" : "ccomp";
        else if (kb == "SBAR") rel = complementizer_is_that_or_none(k) ? "ccomp" : "advcl";
        else if (kb == "VP") rel = "conj";
      } else if (b == "NP" || b == "WHNP" || b == "NX" || b == "NML") {
        if (k.preterminal()) {
          if (k.label == "DT" || k.label == "PDT" || k.label == "WDT") rel = "det";
          else if (starts(k.label, "JJ") || k.label == "VBN" || k.label == "VBG") rel = "amod";
          else if (starts(k.label, "NN")) rel = i < index_of(n, h) ? "compound" : "dep";
          else if (k.label == "CD") rel = "nummod";
          else if (k.label == "POS") rel = "case";
          else if (k.label == "PRP$" || k.label == "WP$") rel = "nmod:poss";
          else if (starts(k.label, "RB")) rel = "advmod";
        } else if (kb == "NP") {
          bool poss = !k.kids.empty() && k.kids.back()->label == "POS";
          if (poss) rel = "nmod:poss";
          else if (seen_head) rel = (i > 0 && n.kids[i - 1]->label == ",") ? "appos" : "nmod";
          else rel = "compound";
        } else if (kb == "ADJP") rel = "amod";
        else if (kb == "QP") rel = "nummod";
        else if (kb == "PP") rel = "nmod";
        else if (kb == "SBAR") rel = "acl:relcl";
        else if (kb == "VP" || kb == "S") rel = "acl";
        else if (kb == "PRN") rel = "appos";
      } else if (b == "PP" || b == "WHPP") {
        if (k.preterminal() && (k.label == "IN" || k.label == "TO")) rel = (base(h.label) == "S" || base(h.label) == "SBAR") ? "mark" : "case";
        else if (kb == "ADVP" || starts(k.label, "RB")) rel = "advmod";
      } else if (b == "SBAR") {
        if (k.preterminal() || kb == "WHADVP") rel = "mark";
        else if (kb == "WHNP") rel = "nsubj";
      } else if (b == "ADJP" || b == "ADVP" || b == "QP") {
        if (kb == "PP") rel = "obl";
        else if (starts(k.label, "RB") || kb == "ADVP") rel = "advmod";
        else if (kb == "S" || kb == "SBAR") rel = "ccomp";
      } else if (b == "PRT") {
        rel = "compound:prt";
      }
      if (rel == "conj" && conj_head) attach(d, conj_head->head, rel);
      else attach(d, hw, rel);
    }
    // "cc" words hang from the conjunct that follows them (UD).
    for (size_t i = 0; i + 1 < n.kids.size(); ++i)
      if (n.kids[i]->label == "CC" && w_[n.kids[i]->head - 1].deprel == "cc" && n.kids[i + 1]->head != hw)
        w_[n.kids[i]->head - 1].head = n.kids[i + 1]->head;
  }

  int first_word(Node& n) { return n.preterminal() ? n.word : first_word(*n.kids.front()); }
  bool starts_with_to(Node& s) {
    std::string f = lower(first_word(s));
    return f == "to";
  }
  bool complementizer_is_that_or_none(Node& sbar) {
    Node& k = *sbar.kids.front();
    if (!k.preterminal()) return base(k.label) == "S";
    std::string f = lower(k.word);
    return f == "that" || f == "whether" || f == "if";
  }
  static size_t index_of(Node& n, Node& k) {
    for (size_t i = 0; i < n.kids.size(); ++i)
      if (n.kids[i].get() == &k) return i;
    return n.kids.size();
  }

  std::vector<Word>& w_;
};

std::string upos_of(const Word& w) {
  const std::string& t = w.xpos;
  if (t == "NNP" || t == "NNPS") return "PROPN";
  if (starts(t, "NN")) return "NOUN";
  if (t == "MD" || starts(t, "AUX")) return "AUX";
  if (starts(t, "VB")) return (w.deprel == "aux" || w.deprel == "aux:pass" || w.deprel == "cop") ? "AUX" : "VERB";
  if (starts(t, "JJ")) return "ADJ";
  if (starts(t, "RB") || t == "WRB") return "ADV";
  if (t == "IN") return w.deprel == "mark" ? "SCONJ" : "ADP";
  if (t == "DT" || t == "PDT" || t == "WDT") return "DET";
  if (t == "PRP" || t == "PRP$" || t == "WP" || t == "WP$" || t == "EX") return "PRON";
  if (t == "CD") return "NUM";
  if (t == "CC") return "CCONJ";
  if (t == "TO" || t == "POS" || t == "RP") return "PART";
  if (is_punct_tag(t)) return "PUNCT";
  return "X";
}

}  // namespace

Sentence treebank_to_dependencies(std::string_view bracketing) {
  Sentence s;
  Reader r(bracketing);
  std::unique_ptr<Node> root = r.read(s.words);
  if (!r.at_end()) throw std::invalid_argument("Treebank parse: text after the closing bracket");
  if (s.words.empty()) throw std::invalid_argument("Treebank parse: no words");
  for (Word& w : s.words) w.head = 0, w.deprel = "root";
  Converter c(s.words);
  int top = c.head(*root);
  s.words[top - 1].head = 0;
  s.words[top - 1].deprel = "root";
  // Passives, seen whole: a participle with a form of "be" as its auxiliary has a passive subject, and its
  // by-phrase is the agent.
  auto lower = [&](int i) {
    std::string l = s.words[i - 1].form;
    for (char& ch : l) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return l;
  };
  const int n = static_cast<int>(s.words.size());
  for (int v = 1; v <= n; ++v) {
    if (s.words[v - 1].xpos != "VBN") continue;
    bool passive = false;
    for (int c = 1; c <= n; ++c)
      if (s.words[c - 1].head == v && (s.words[c - 1].deprel == "aux" || s.words[c - 1].deprel == "aux:pass")) {
        std::string l = lower(c);
        if (l == "is" || l == "are" || l == "was" || l == "were" || l == "be" || l == "been" || l == "being") {
          passive = true;
          s.words[c - 1].deprel = "aux:pass";
        }
      }
    if (!passive) continue;
    for (int c = 1; c <= n; ++c) {
      Word& w = s.words[c - 1];
      if (w.head != v) continue;
      if (w.deprel == "nsubj") w.deprel = "nsubj:pass";
      if (w.deprel == "obl")
        for (int k = 1; k <= n; ++k)
          if (s.words[k - 1].head == c && s.words[k - 1].deprel == "case" && lower(k) == "by") w.deprel = "obl:agent";
    }
  }
  for (Word& w : s.words) {
    // Treebank escapes for brackets.
    if (w.form == "-LRB-") w.form.assign(1, '(');  // assign(1, c): g++ 12 warns -Wrestrict on = "(" here
    if (w.form == "-RRB-") w.form.assign(1, ')');
    w.upos = upos_of(w);
    w.lemma = w.form;
    for (char& ch : w.lemma) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (!s.text.empty()) s.text += ' ';
    w.span = Span{static_cast<uint32_t>(s.text.size()), static_cast<uint32_t>(s.text.size() + w.form.size())};
    s.text += w.form;
  }
  s.span = Span{0, static_cast<uint32_t>(s.text.size())};
  return s;
}

}  // namespace vigil::parse
