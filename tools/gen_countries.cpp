// vigil_gen_countries: writes vigil's countries dictionary (docs/dictionary-format.md) from data packages.
//
//   vigil_gen_countries --iso-dir /usr/share/iso-codes/json --wordnet-dir /usr/share/wordnet
//                       --supplement dicts/sources/countries-supplement.txt --out build/dicts/actors/countries.txt
//                       [--iso-version V] [--wordnet-version V]
//
// Sources, in order of authority:
//   1. the hand-written supplement (dicts/sources/countries-supplement.txt; its own header documents its syntax):
//      main names, aliases, adjectives, demonyms, capitals, government seats, former states with dates, regions;
//   2. Debian's iso-codes: ISO 3166-1 (codes, names, official and common names) and ISO 3166-3 (former states);
//   3. Debian's wordnet-base (WordNet 3.0): adjectives that are pertainyms of a country's noun ("Canadian" -> Canada),
//      demonym nouns glossed "a native or inhabitant of <country>", and capitals (instances of "national capital"
//      named or glossed "capital of <country>").
//
// Every phrase is split the way vigil's tokenizer splits text ("Guinea-Bissau" -> "Guinea - Bissau"), so the
// dictionary matches tokenized sentences. A phrase the generated data gives to two countries ("Congolese",
// "Korea") is dropped from both and listed in the output's header, unless the supplement assigns it; a phrase the
// supplement gives to two actors is an error. The output is deterministic: same inputs, same bytes.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "lexicon/fold.h"
#include "text/sentence.h"
#include "text/tokenizer.h"

namespace {

using vigil::lexicon::fold_words;

[[noreturn]] void fail(const std::string& message) { throw std::runtime_error(message); }

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail("cannot read " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
  return std::string(s.substr(b, e - b));
}

std::vector<std::string> split_alternatives(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t bar = s.find('|', start);
    std::string part = trim(std::string_view(s).substr(start, bar == std::string::npos ? std::string::npos : bar - start));
    if (!part.empty()) out.push_back(part);
    if (bar == std::string::npos) break;
    start = bar + 1;
  }
  return out;
}

// The phrase as vigil's tokenizer splits it, words joined by single spaces.
std::string tokenized(const std::string& text) {
  std::vector<vigil::SurfaceToken> tokens;
  vigil::split_tokens(text, vigil::Span{0, static_cast<uint32_t>(text.size())}, tokens);
  vigil::Sentence s;
  vigil::build_sentence(text, tokens.data(), tokens.size(), s);
  std::string out;
  for (const vigil::Word& w : s.words) {
    if (!out.empty()) out += ' ';
    out += w.form;
  }
  return out;
}

// The matching key of a phrase: folded words (case and accents ignored).
std::string key_of(const std::string& phrase) {
  std::string k;
  for (const std::string& w : fold_words(phrase)) {
    if (!k.empty()) k += ' ';
    k += w;
  }
  return k;
}

// ----- Entries being built -----

enum class Role { kAlias, kAdj, kDemonym, kCapital };
const char* role_keyword(Role r) {
  switch (r) {
    case Role::kAlias: return "alias";
    case Role::kAdj: return "adj";
    case Role::kDemonym: return "demonym";
    case Role::kCapital: return "capital";
  }
  return "alias";
}

struct PhraseEntry {
  Role role;
  std::string text;    // tokenized
  std::string source;  // "iso", "wordnet", "supplement"
  bool hand = false;   // from the supplement: authoritative
};

struct Seat {
  std::vector<std::string> names;  // tokenized; the first is the main name
  std::string sector;              // "GOV", "MIL", "LEG"
  std::string period;              // empty, or a period during which the seat codes as country+sector
};

struct Entry {
  std::string code;
  std::string kind = "country";  // "country" or "actor" (regions)
  std::string name;              // main name, tokenized
  std::string name_source;
  std::string note;              // comment after the header
  std::string period;            // former states: when the state existed
  std::vector<PhraseEntry> phrases;
  std::vector<Seat> seats;
  std::set<std::string> drops;   // keys of phrases to leave out
};

struct Generator {
  std::map<std::string, Entry> entries;      // by code
  std::vector<std::string> order;            // codes in output order
  nlohmann::json iso1, iso3;
  std::map<std::string, std::string> renamed;  // ISO 3166-3 code -> current code whose aliases its names become
  std::vector<std::string> dropped_report;
  std::map<std::string, int> counts;           // by source

  Entry& entry(const std::string& code) {
    auto it = entries.find(code);
    if (it == entries.end()) fail("supplement refers to unknown code " + code);
    return it->second;
  }

  static void add(Entry& e, Role role, const std::string& text, const std::string& source, bool hand) {
    std::string t = tokenized(text);
    if (t.empty()) return;
    for (const PhraseEntry& p : e.phrases)
      if (p.role == role && key_of(p.text) == key_of(t)) return;
    e.phrases.push_back({role, t, source, hand});
  }

  // "Korea, Republic of" -> "Republic of Korea"; "USSR, Union of Soviet Socialist Republics" -> both parts;
  // "Holy See (Vatican City State)" -> both. Returns the text forms a comma or parenthesized name stands for.
  static std::vector<std::string> readable_forms(const std::string& raw) {
    std::vector<std::string> out;
    std::string s = raw;
    size_t open = s.find(" (");
    if (open != std::string::npos && s.back() == ')') {
      std::string inner = s.substr(open + 2, s.size() - open - 3);
      s = s.substr(0, open);
      if (inner.find("part") == std::string::npos && inner.find(',') == std::string::npos) out.push_back(inner);
    }
    size_t comma = s.find(", ");
    if (comma == std::string::npos) {
      out.insert(out.begin(), s);
      return out;
    }
    if (s.find(", ", comma + 2) != std::string::npos || s.find('(') != std::string::npos) return out;  // too odd
    std::string x = s.substr(0, comma), y = s.substr(comma + 2);
    auto ends_with = [](const std::string& a, const std::string& b) {
      return a.size() >= b.size() && a.compare(a.size() - b.size(), b.size(), b) == 0;
    };
    if (ends_with(y, " of") || ends_with(y, " of the")) {
      if (y.rfind("The ", 0) == 0) y = y.substr(4);
      out.insert(out.begin(), y + " " + x);
      out.push_back(x);  // "Korea" alone: dropped later when two countries claim it
    } else if (y.find("Republic") != std::string::npos || y.find("Union") != std::string::npos) {
      out.insert(out.begin(), x);  // "USSR, Union of Soviet Socialist Republics"
      out.push_back(y);
    }
    return out;
  }

  void load_iso() {
    for (const auto& c : iso1["3166-1"]) {
      Entry e;
      e.code = c["alpha_3"].get<std::string>();
      std::vector<std::string> names;
      if (c.contains("common_name")) names.push_back(c["common_name"].get<std::string>());
      for (const std::string& f : readable_forms(c["name"].get<std::string>())) names.push_back(f);
      if (c.contains("official_name"))
        for (const std::string& f : readable_forms(c["official_name"].get<std::string>())) names.push_back(f);
      if (names.empty()) names.push_back(c["name"].get<std::string>());  // "Bonaire, Sint Eustatius and Saba"
      e.name = tokenized(names[0]);
      e.name_source = "iso";
      e.note = "ISO 3166-1 " + e.code + " " + c["alpha_2"].get<std::string>() +
               (c.contains("numeric") ? " " + c["numeric"].get<std::string>() : std::string());
      for (size_t i = 1; i < names.size(); ++i) add(e, Role::kAlias, names[i], "iso", false);
      entries[e.code] = std::move(e);
    }
  }

  // ----- The supplement -----

  void load_supplement(const std::string& path) {
    std::istringstream in(read_file(path));
    std::string raw;
    int line_no = 0;
    Entry* current = nullptr;
    std::set<std::string> supplement_codes;
    auto error = [&](const std::string& m) { fail(path + ":" + std::to_string(line_no) + ": " + m); };
    while (std::getline(in, raw)) {
      ++line_no;
      std::string line = raw;
      for (size_t i = 0; i < line.size(); ++i)
        if (line[i] == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) {
          line.resize(i);
          break;
        }
      if (trim(line).empty()) continue;
      bool indented = line[0] == ' ' || line[0] == '\t';
      std::istringstream words(trim(line));
      std::string keyword;
      words >> keyword;
      std::string rest;
      std::getline(words, rest);
      rest = trim(rest);
      if (!indented) {
        current = nullptr;
        std::istringstream r(rest);
        std::string code;
        r >> code;
        std::string tail;
        std::getline(r, tail);
        tail = trim(tail);
        if (code.empty()) error("header needs a code");
        if (keyword == "country") {
          current = &entry(code);
          if (!tail.empty()) error("unexpected text after the code: " + tail);
        } else if (keyword == "extra" || keyword == "region") {
          if (entries.count(code)) error(code + " already exists");
          if (tail.empty()) error(keyword + " needs a name");
          Entry e;
          e.code = code;
          e.kind = keyword == "region" ? "actor" : "country";
          e.name = tokenized(tail);
          e.name_source = "supplement";
          e.note = keyword == "region" ? "CAMEO region" : "not in ISO 3166-1";
          entries[code] = std::move(e);
          current = &entries[code];
        } else if (keyword == "former") {
          const nlohmann::json* found = nullptr;
          for (const auto& c : iso3["3166-3"])
            if (c["alpha_3"].get<std::string>() == code) found = &c;
          if (!found) error(code + " is not in ISO 3166-3");
          std::vector<std::string> names = readable_forms((*found)["name"].get<std::string>());
          std::string withdrawn = (*found).value("withdrawal_date", std::string("?"));
          if (tail.rfind("->", 0) == 0) {  // a renamed state: its old names become aliases of the current code
            std::string to = trim(tail.substr(2));
            Entry& target = entry(to);
            for (const std::string& n : names) add(target, Role::kAlias, n, "iso-3166-3", false);
            renamed[code] = to;
            continue;
          }
          if (tail.empty()) error("former needs a period or -> CODE");
          if (entries.count(code)) error(code + " already exists");
          Entry e;
          e.code = code;
          e.name = names.empty() ? code : tokenized(names[0]);
          e.name_source = "iso";
          e.period = tail;
          e.note = "ISO 3166-3 " + code + ", code withdrawn " + withdrawn;
          for (size_t i = 1; i < names.size(); ++i) add(e, Role::kAlias, names[i], "iso", false);
          entries[code] = std::move(e);
          current = &entries[code];
        } else {
          error("unknown header \"" + keyword + "\" (expected country, extra, former or region)");
        }
        if (current) supplement_codes.insert(current->code);
        continue;
      }
      if (!current) error("attribute line outside a block");
      Entry& e = *current;
      if (keyword == "name") {
        std::string t = tokenized(rest);
        if (key_of(t) != key_of(e.name)) add(e, Role::kAlias, e.name, e.name_source, false);
        std::erase_if(e.phrases, [&](const PhraseEntry& p) { return p.role == Role::kAlias && key_of(p.text) == key_of(t); });
        e.name = t;
        e.name_source = "supplement";
      } else if (keyword == "alias" || keyword == "adj" || keyword == "demonym" || keyword == "capital") {
        Role role = keyword == "alias" ? Role::kAlias
                    : keyword == "adj" ? Role::kAdj
                    : keyword == "demonym" ? Role::kDemonym
                                           : Role::kCapital;
        for (const std::string& a : split_alternatives(rest)) add(e, role, a, "supplement", true);
        // A hand-written phrase overrides a generated one of another role for the same actor.
        for (PhraseEntry& p : e.phrases)
          if (!p.hand)
            for (const std::string& a : split_alternatives(rest))
              if (key_of(p.text) == key_of(tokenized(a))) p.hand = true, p.source = "supplement", p.role = role;
      } else if (keyword == "drop") {
        for (const std::string& a : split_alternatives(rest)) e.drops.insert(key_of(tokenized(a)));
      } else if (keyword == "seat") {
        size_t eq = rest.find('=');
        if (eq == std::string::npos) error("seat needs \"= SECTOR\"");
        Seat s;
        for (const std::string& a : split_alternatives(rest.substr(0, eq))) s.names.push_back(tokenized(a));
        std::istringstream r(rest.substr(eq + 1));
        r >> s.sector >> s.period;
        if (s.names.empty() || s.sector.empty()) error("seat needs names and a sector");
        e.seats.push_back(std::move(s));
      } else {
        error("unknown attribute \"" + keyword + "\"");
      }
    }
  }

  // ----- WordNet -----

  struct Synset {
    std::vector<std::string> words;  // underscores as spaces, "(a)" markers stripped
    std::vector<std::pair<std::string, std::string>> pointers;  // symbol, offset
    std::string gloss;
  };

  static std::map<std::string, Synset> read_wordnet(const std::string& path) {
    std::map<std::string, Synset> out;
    std::istringstream in(read_file(path));
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == ' ') continue;  // licence header
      std::istringstream f(line);
      std::string offset, lex, pos, count_hex;
      f >> offset >> lex >> pos >> count_hex;
      Synset s;
      int n = std::stoi(count_hex, nullptr, 16);
      for (int i = 0; i < n; ++i) {
        std::string w, lexid;
        f >> w >> lexid;
        if (size_t p = w.find('('); p != std::string::npos) w.resize(p);
        std::replace(w.begin(), w.end(), '_', ' ');
        s.words.push_back(w);
      }
      int pc = 0;
      f >> pc;
      for (int i = 0; i < pc; ++i) {
        std::string sym, off, p, st;
        f >> sym >> off >> p >> st;
        s.pointers.push_back({sym, off});
      }
      if (size_t bar = line.find(" | "); bar != std::string::npos) s.gloss = trim(line.substr(bar + 3));
      out[offset] = std::move(s);
    }
    return out;
  }

  void load_wordnet(const std::string& dir) {
    std::map<std::string, Synset> nouns = read_wordnet(dir + "/data.noun");
    std::map<std::string, Synset> adjs = read_wordnet(dir + "/data.adj");

    // Every name a country goes by, as written (case matters: "china" is porcelain, "Turkey" the country).
    std::map<std::string, std::string> name_to_code;
    std::set<std::string> ambiguous;
    auto claim = [&](const std::string& text, const std::string& code) {
      auto [it, fresh] = name_to_code.emplace(text, code);
      if (!fresh && it->second != code) ambiguous.insert(text);
    };
    for (const auto& [code, e] : entries) {
      if (e.kind != "country") continue;
      claim(untokenized(e.name), code);
      for (const PhraseEntry& p : e.phrases)
        if (p.role == Role::kAlias) claim(untokenized(p.text), code);
    }
    for (const std::string& a : ambiguous) name_to_code.erase(a);

    // Classes a country's synset is an instance of: country, African country, island, possession, ...
    std::set<std::string> classes;
    static const std::set<std::string> class_words = {
        "country", "African country", "Asian country", "European country", "South American country",
        "Central American country", "North American country", "Balkan country", "Scandinavian country",
        "Baltic State", "island", "archipelago", "possession", "kingdom", "colony", "commonwealth",
        "sultanate", "principality", "dominion", "emirate"};
    std::string national_capital;
    for (const auto& [off, s] : nouns) {
      for (const std::string& w : s.words) {
        if (class_words.count(w)) classes.insert(off);
        if (w == "national capital") national_capital = off;
      }
    }
    std::map<std::string, std::string> country_synsets;  // offset -> code
    for (const auto& [off, s] : nouns) {
      bool is_place = false;
      for (const auto& [sym, target] : s.pointers)
        if ((sym == "@i" || sym == "@") && classes.count(target)) is_place = true;
      if (!is_place) continue;
      for (const std::string& w : s.words)
        if (auto it = name_to_code.find(w); it != name_to_code.end()) {
          country_synsets[off] = it->second;
          break;
        }
    }

    // "X ..." where X is a country name, longest first: the code, else "".
    std::vector<std::string> names_longest;
    for (const auto& [n, c] : name_to_code) names_longest.push_back(n);
    std::sort(names_longest.begin(), names_longest.end(),
              [](const std::string& a, const std::string& b) { return a.size() > b.size() || (a.size() == b.size() && a < b); });
    auto country_at_start = [&](std::string_view text) -> std::string {
      if (text.rfind("the ", 0) == 0) text.remove_prefix(4);
      for (const std::string& n : names_longest)
        if (text.rfind(n, 0) == 0 && (text.size() == n.size() || !std::isalpha(static_cast<unsigned char>(text[n.size()]))))
          return name_to_code[n];
      return "";
    };
    auto usable = [](const std::string& w) {
      if (w.empty() || !std::isupper(static_cast<unsigned char>(w[0]))) return false;  // "gallic", "pro-American"
      return w.find('-') == std::string::npos || w.rfind("Anglo-", 0) == std::string::npos;
    };
    auto is_hyphen_compound = [](const std::string& w) {
      return w.rfind("pro-", 0) == 0 || w.rfind("anti-", 0) == 0 || w.rfind("Anglo-", 0) == 0;
    };

    // Adjectives: pertainyms ("\") of a country's synset.
    for (const auto& [off, s] : adjs)
      for (const auto& [sym, target] : s.pointers) {
        if (sym != "\\") continue;
        auto it = country_synsets.find(target);
        if (it == country_synsets.end()) continue;
        for (const std::string& w : s.words)
          if (usable(w) && !is_hyphen_compound(w)) add(entries[it->second], Role::kAdj, w, "wordnet", false);
      }

    // Demonyms and capitals: by gloss ("a native or inhabitant of Canada", "the capital of Canada") or by a
    // "capital of Canada" lemma.
    for (const auto& [off, s] : nouns) {
      const std::string& g = s.gloss;
      static const std::vector<std::string> demonym_openings = {
          "a native or inhabitant of ", "an inhabitant of ", "a native of ", "a citizen of ",
          "a native or resident of ", "a resident of "};
      for (const std::string& opening : demonym_openings) {
        if (g.rfind(opening, 0) != 0) continue;
        std::string code = country_at_start(std::string_view(g).substr(opening.size()));
        if (code.empty()) break;
        for (const std::string& w : s.words) {
          if (!usable(w) || is_hyphen_compound(w)) continue;
          add(entries[code], Role::kDemonym, w, "wordnet", false);
          std::string pl = plural(w);
          if (!pl.empty()) add(entries[code], Role::kDemonym, pl, "wordnet", false);
        }
        break;
      }
      bool capital = false;
      for (const auto& [sym, target] : s.pointers)
        if (sym == "@i" && target == national_capital) capital = true;
      if (!capital) continue;
      std::string code;
      for (const std::string& w : s.words)
        if (w.rfind("capital of ", 0) == 0) code = country_at_start(std::string_view(w).substr(11));
      if (code.empty()) {
        for (std::string_view opening : {"the capital of ", "capital of ", "the capital and largest city of ",
                                           "capital and largest city of "})
          if (g.rfind(opening, 0) == 0) {
            code = country_at_start(std::string_view(g).substr(std::string(opening).size()));
            break;
          }
      }
      if (code.empty()) continue;
      for (const std::string& w : s.words) {
        if (!usable(w) || w.rfind("capital of", 0) == 0 || w.find(" capital") != std::string::npos) continue;
        add(entries[code], Role::kCapital, w, "wordnet", false);
      }
    }
  }

  static std::string untokenized(const std::string& t) {
    // Names are compared with WordNet's lemmas as written; undo the tokenizer's spaces around hyphens and clitics.
    std::string out;
    for (size_t i = 0; i < t.size(); ++i) {
      if (t.compare(i, 3, " - ") == 0) {
        out += '-';
        i += 2;
      } else if (t.compare(i, 3, " 's") == 0) {
        out += "'s";
        i += 2;
      } else {
        out += t[i];
      }
    }
    return out;
  }

  // The people as a plural noun: "Canadian" -> "Canadians", "Briton" -> "Britons"; "" for the invariant ones
  // ("Chinese", "Swiss") whose plural is the same word.
  static std::string plural(const std::string& w) {
    auto ends = [&](const std::string& s) { return w.size() >= s.size() && w.compare(w.size() - s.size(), s.size(), s) == 0; };
    if (ends("ese") || ends("ss") || ends("ch") || ends("sh") || ends("s") || ends("x")) return "";
    if (ends("man")) return w.substr(0, w.size() - 3) + "men";
    return w + "s";
  }

  // ----- Resolving collisions and writing -----

  void resolve() {
    // Keys of the phrases each code has, by whether hand-written.
    std::map<std::string, std::set<std::string>> hand_codes, generated_codes;
    auto visit = [&](const Entry& e) {
      hand_codes[key_of(e.name)].insert(e.code);  // a main name is always kept
      for (const PhraseEntry& p : e.phrases) (p.hand ? hand_codes : generated_codes)[key_of(p.text)].insert(e.code);
      for (const Seat& s : e.seats)
        for (const std::string& n : s.names) hand_codes[key_of(n)].insert(e.code + s.sector);
    };
    for (const auto& [code, e] : entries) visit(e);
    for (const auto& [key, codes] : hand_codes)
      if (codes.size() > 1) {
        std::string list;
        for (const std::string& c : codes) list += " " + c;
        fail("the supplement (or a main name) gives \"" + key + "\" to several actors:" + list);
      }
    std::map<std::string, std::set<std::string>> report;  // key -> codes it was dropped from
    for (auto& [code, e] : entries) {
      std::erase_if(e.phrases, [&](const PhraseEntry& p) {
        std::string k = key_of(p.text);
        if (k == key_of(e.name)) return true;  // the main name already says it
        if (e.drops.count(k)) {
          if (p.hand) fail(e.code + ": \"" + p.text + "\" is both added and dropped by the supplement");
          return true;
        }
        if (p.hand) return false;
        auto h = hand_codes.find(k);
        if (h != hand_codes.end() && !h->second.count(code)) return report[k].insert(code), true;
        auto g = generated_codes.find(k);
        if (g->second.size() > 1 && !(h != hand_codes.end() && h->second.count(code))) return report[k].insert(code), true;
        return false;
      });
      // Same phrase under two roles of one actor (an adjective that is also a demonym, "Chinese"): keep the first.
      std::set<std::string> seen;
      std::erase_if(e.phrases, [&](const PhraseEntry& p) { return !seen.insert(key_of(p.text)).second; });
    }
    for (const auto& [key, codes] : report) {
      std::string line = key + " (";
      bool first = true;
      for (const std::string& c : codes) line += (first ? "" : ", ") + c, first = false;
      dropped_report.push_back(line + ")");
    }
  }

  std::string render(const std::vector<std::string>& header) {
    std::ostringstream out;
    for (const std::string& h : header) out << "# " << h << "\n";
    if (!dropped_report.empty()) {
      out << "#\n# Phrases the data packages give to more than one actor, left out (the supplement may assign them):\n";
      std::string line = "#  ";
      for (size_t i = 0; i < dropped_report.size(); ++i) {
        std::string item = dropped_report[i] + (i + 1 < dropped_report.size() ? ";" : "");
        if (line.size() + item.size() > 110) {
          out << line << "\n";
          line = "#  ";
        }
        line += " " + item;
      }
      out << line << "\n";
    }
    // Output order: countries by main name, then former states, then regions.
    std::vector<const Entry*> sorted;
    for (const auto& [code, e] : entries) sorted.push_back(&e);
    auto rank = [](const Entry* e) { return e->kind == "actor" ? 2 : !e->period.empty() ? 1 : 0; };
    std::sort(sorted.begin(), sorted.end(), [&](const Entry* a, const Entry* b) {
      if (rank(a) != rank(b)) return rank(a) < rank(b);
      return key_of(a->name) < key_of(b->name);
    });
    auto pad = [](std::string s, size_t w) {
      s.append(s.size() + 2 < w ? w - s.size() : 2, ' ');
      return s;
    };
    const char* section[] = {"States and territories (ISO 3166-1, and Kosovo)", "Former states (ISO 3166-3)",
                             "Regions (CAMEO region codes)"};
    int last_rank = -1;
    for (const Entry* e : sorted) {
      if (rank(e) != last_rank) {
        last_rank = rank(e);
        out << "\n# ===== " << section[last_rank] << " =====\n";
      }
      ++counts["actors"];
      if (e->period.empty()) {
        out << "\n" << pad(e->kind + " " + e->name + " = " + e->code, 48) << "# " << e->note << "\n";
      } else {  // the code during the state's years, and the same code for later mentions of it
        out << "\n" << pad(e->kind + " " + e->name, 48) << "# " << e->note << "\n";
        out << pad("  role " + e->code + " " + e->period, 48) << "# while the state existed\n";
        out << pad("  default " + e->code, 48) << "# later mentions: the former state\n";
      }
      for (Role role : {Role::kAlias, Role::kAdj, Role::kDemonym, Role::kCapital})
        for (const PhraseEntry& p : e->phrases)
          if (p.role == role) {
            out << pad(std::string("  ") + role_keyword(role) + " " + p.text, 48) << "# " << p.source << "\n";
            ++counts[p.source];
            ++counts["phrases"];
          }
      for (const Seat& s : e->seats) {
        std::string header = "actor " + s.names[0] + (s.period.empty() ? " = " + e->code + s.sector : "");
        out << pad(header, 48) << "# seat of " << e->name << " (supplement)\n";
        ++counts["seats"];
        for (size_t i = 1; i < s.names.size(); ++i) out << "  alias " << s.names[i] << "\n";
        if (!s.period.empty())  // the seat while it was one; the country itself afterwards
          out << "  role " << e->code << s.sector << " " << s.period << "\n  default " << e->code << "\n";
      }
    }
    return out.str();
  }
};

}  // namespace

int main(int argc, char** argv) {
  std::string iso_dir = "/usr/share/iso-codes/json", wordnet_dir = "/usr/share/wordnet", supplement, out_path;
  std::string iso_version = "unknown", wordnet_version = "unknown";
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::cerr << "vigil_gen_countries: " << a << " needs a value\n";
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "--iso-dir") iso_dir = value();
    else if (a == "--wordnet-dir") wordnet_dir = value();
    else if (a == "--supplement") supplement = value();
    else if (a == "--out") out_path = value();
    else if (a == "--iso-version") iso_version = value();
    else if (a == "--wordnet-version") wordnet_version = value();
    else {
      std::cerr << "usage: vigil_gen_countries --supplement FILE --out FILE [--iso-dir DIR] [--wordnet-dir DIR]"
                   " [--iso-version V] [--wordnet-version V]\n";
      return 2;
    }
  }
  if (supplement.empty() || out_path.empty()) {
    std::cerr << "vigil_gen_countries: --supplement and --out are required\n";
    return 2;
  }
  try {
    Generator g;
    g.iso1 = nlohmann::json::parse(read_file(iso_dir + "/iso_3166-1.json"));
    g.iso3 = nlohmann::json::parse(read_file(iso_dir + "/iso_3166-3.json"));
    g.load_iso();
    g.load_supplement(supplement);
    g.load_wordnet(wordnet_dir);
    g.resolve();
    std::string supplement_name = supplement;
    if (size_t p = supplement_name.rfind("/dicts/"); p != std::string::npos) supplement_name = supplement_name.substr(p + 1);
    std::vector<std::string> header = {
        "countries.txt: states, territories, former states and regions, with their names, adjectives, demonyms,",
        "capitals and government seats, in vigil's dictionary format (docs/dictionary-format.md).",
        "",
        "GENERATED at build time by vigil_gen_countries (tools/gen_countries.cpp). Do not edit: edit the sources.",
        "Sources (each phrase says which in its comment):",
        "  iso          Debian iso-codes " + iso_version + ": iso_3166-1.json (codes, names, official and common",
        "               names), iso_3166-3.json (former states). Licence LGPL-2.1+.",
        "  wordnet      Debian wordnet-base " + wordnet_version + " (Princeton WordNet 3.0): adjectives that are",
        "               pertainyms of a country, nouns glossed \"a native or inhabitant of\" it, instances of",
        "               \"national capital\" named or glossed \"capital of\" it. WordNet 3.0 licence (BSD-style).",
        "  supplement   " + supplement_name + ", written by hand for vigil (licence: as dicts/, see README):",
        "               main names, news usage, adjectives, demonyms, capitals, government seats, dates, regions.",
        "Codes: ISO 3166-1 alpha-3 as CAMEO uses them; Kosovo KSV (CAMEO-style, no ISO code); Palestine PSE; former",
        "states keep their ISO 3166-3 code (SUN, YUG, CSK, ...) with a role over the years the state existed.",
    };
    std::string text = g.render(header);
    std::ofstream out(out_path, std::ios::binary);
    if (!out) throw std::runtime_error("cannot write " + out_path);
    out << text;
    out.close();
    std::cerr << "vigil_gen_countries: wrote " << out_path << ": " << g.counts["actors"] << " actors, "
              << g.counts["phrases"] << " phrases (iso " << g.counts["iso"] + g.counts["iso-3166-3"] << ", wordnet "
              << g.counts["wordnet"] << ", supplement " << g.counts["supplement"] << "), " << g.counts["seats"]
              << " seats, " << g.dropped_report.size() << " ambiguous phrases left out\n";
  } catch (const std::exception& e) {
    std::cerr << "vigil_gen_countries: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
