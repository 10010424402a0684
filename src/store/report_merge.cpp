#include "store/report_merge.h"

#include <algorithm>
#include <cctype>
#include <numeric>
#include <optional>
#include <set>
#include <string_view>
#include <tuple>

#include <fmt/format.h>

#include "store/merge_rules.h"

namespace vigil::store {
namespace {

// Lower-cased words of letters and digits.
std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  std::string w;
  for (char ch : text) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c >= 0x80) {
      w += static_cast<char>(std::tolower(c));
    } else if (!w.empty()) {
      out.push_back(std::move(w));
      w.clear();
    }
  }
  if (!w.empty()) out.push_back(std::move(w));
  return out;
}

bool is_stopword(std::string_view w) {
  static const std::set<std::string_view> stop = {
      "the", "and", "for", "with", "said", "says", "that", "was", "were", "has", "have", "had", "from", "this",
      "its", "their", "they", "his", "her", "after", "over", "into", "about", "who", "which", "but", "are", "not",
      "been", "will", "would", "when", "than", "then", "also", "other", "more", "least", "some", "all", "one", "two",
      "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "according", "told"};
  return stop.contains(w);
}

std::vector<std::string> content_words(std::string_view text) {
  std::vector<std::string> out;
  for (std::string& w : words(text))
    if (w.size() >= 3 && !is_stopword(w)) out.push_back(std::move(w));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

size_t shared_count(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  size_t n = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] == b[j]) ++n, ++i, ++j;
    else if (a[i] < b[j]) ++i;
    else ++j;
  }
  return n;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// An outlet's name as another report would credit it ("the Continental Press Service" -> "continental press service").
std::string credit_name(std::string_view outlet) {
  std::string o = lower(outlet);
  if (o.starts_with("the ")) o = o.substr(4);
  return o;
}

// One meeting of the same two parties, in one country, on compatible days, is placed by one outlet at its venue or
// the venue's small town ("Woodside") and by another at the nearest city ("San Francisco"): differing names within
// the country do not make it two meetings when both sides are named exactly alike. Not for acts of force, where a
// second town is a second strike.
bool same_meeting_elsewhere_named(const ReportEvent& a, const ReportEvent& b, ActorMatch s, ActorMatch t) {
  return is_reciprocal(a.cameo) && is_reciprocal(b.cameo) && s == ActorMatch::exact && t == ActorMatch::exact &&
         !a.place_country.empty() && a.place_country == b.place_country;
}

struct UnionFind {
  std::vector<size_t> parent;
  explicit UnionFind(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), size_t{0}); }
  size_t find(size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
};

struct Prepared {
  std::string family;
  DayRange days;
  std::vector<std::string> evidence_words;
};

struct Pair {
  double score;
  size_t a, b;
  std::string reason;
};

}  // namespace

std::vector<uint64_t> shingles(const std::string& text) {
  std::vector<std::string> w = words(text);
  std::vector<uint64_t> out;
  for (size_t i = 0; i + 3 <= w.size(); ++i) {
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t k = i; k < i + 3; ++k) {
      for (unsigned char c : w[k]) h = (h ^ c) * 0x100000001b3ULL;
      h = (h ^ 0x20) * 0x100000001b3ULL;
    }
    out.push_back(h);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

double containment(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  if (a.empty() || b.empty()) return 0;
  size_t n = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] == b[j]) ++n, ++i, ++j;
    else if (a[i] < b[j]) ++i;
    else ++j;
  }
  return static_cast<double>(n) / static_cast<double>(std::min(a.size(), b.size()));
}

MergeResult merge_reports(const std::vector<ReportEvent>& events, const std::vector<ReportDocument>& docs,
                          const MergeOptions& opt) {
  const size_t n = events.size();
  // A canonical order, so that the result does not depend on the input order.
  auto order_key = [&](size_t i) {
    const ReportDocument& d = docs[events[i].doc];
    return std::tie(d.published, d.id, events[i].id);
  };
  std::vector<size_t> rank_of(n), by_rank(n);
  std::iota(by_rank.begin(), by_rank.end(), size_t{0});
  std::sort(by_rank.begin(), by_rank.end(), [&](size_t a, size_t b) { return order_key(a) < order_key(b); });
  for (size_t r = 0; r < n; ++r) rank_of[by_rank[r]] = r;

  std::vector<Prepared> prep(n);
  for (size_t i = 0; i < n; ++i) {
    const ReportEvent& e = events[i];
    prep[i].family = code_family(e.cameo);
    std::string date = e.date.empty() ? docs[e.doc].published : e.date;
    std::string basis = e.date.empty() ? "published" : e.date_basis;
    prep[i].days = event_days(date, e.date_precision, basis, opt.published_lag_days);
    prep[i].evidence_words = content_words(e.evidence);
  }

  // Copies of one story: documents sharing most of their word 3-shingles, or one crediting the other's outlet.
  std::vector<std::optional<std::vector<uint64_t>>> doc_shingles(docs.size());
  std::vector<std::optional<std::string>> doc_lower(docs.size());
  auto credits = [&](size_t a, size_t b) {
    if (docs[a].outlet.empty() || docs[b].outlet.empty() || docs[a].outlet == docs[b].outlet) return false;
    std::string name = credit_name(docs[b].outlet);
    if (name.size() < 4) return false;
    if (!doc_lower[a]) doc_lower[a] = lower(docs[a].text);
    return doc_lower[a]->find(name) != std::string::npos;
  };
  auto copy_of = [&](size_t a, size_t b) -> std::string {
    if (a == b) return "same document";
    if (!doc_shingles[a]) doc_shingles[a] = shingles(docs[a].text);
    if (!doc_shingles[b]) doc_shingles[b] = shingles(docs[b].text);
    double c = containment(*doc_shingles[a], *doc_shingles[b]);
    if (c >= opt.copy_containment) return fmt::format("copies of one story ({:.0f}% shared 3-word shingles)", 100 * c);
    if (credits(a, b)) return fmt::format("{} credits {}", docs[a].id, docs[b].outlet);
    if (credits(b, a)) return fmt::format("{} credits {}", docs[b].id, docs[a].outlet);
    return {};
  };

  // The hard tests every pair of a group must pass; on success, how well the actors agree.
  struct Agreement {
    bool ok = false;
    bool crossed = false;
    ActorMatch s = ActorMatch::none, t = ActorMatch::none;
  };
  auto agree = [&](size_t i, size_t j) {
    Agreement best;
    const ReportEvent &a = events[i], &b = events[j];
    if (a.doc == b.doc) return best;
    if (prep[i].family != prep[j].family) return best;
    if (!days_compatible(prep[i].days, prep[j].days)) return best;
    auto strength = [](ActorMatch m) { return m == ActorMatch::exact ? 3 : m == ActorMatch::country ? 2 : m == ActorMatch::missing ? 1 : 0; };
    ActorMatch s = match_actors(a.source, b.source), t = match_actors(a.target, b.target);
    if (s != ActorMatch::none && t != ActorMatch::none) best = Agreement{true, false, s, t};
    if (is_reciprocal(a.cameo) && is_reciprocal(b.cameo)) {
      ActorMatch cs = match_actors(a.source, b.target), ct = match_actors(a.target, b.source);
      if (cs != ActorMatch::none && ct != ActorMatch::none &&
          (!best.ok || strength(cs) + strength(ct) > strength(best.s) + strength(best.t)))
        best = Agreement{true, true, cs, ct};
    }
    if (!best.ok) return best;
    if (!places_compatible({a.place_name, a.place_country, a.place_precision},
                           {b.place_name, b.place_country, b.place_precision}) &&
        !same_meeting_elsewhere_named(a, b, best.s, best.t))
      return Agreement{};
    return best;
  };
  auto named = [](ActorMatch m) { return m == ActorMatch::exact || m == ActorMatch::country; };
  auto match_name = [](ActorMatch m) {
    return m == ActorMatch::exact ? "same" : m == ActorMatch::country ? "same country" : "one unnamed";
  };

  // Candidate pairs: same family and overlapping days (a sweep over events sorted by first day).
  std::vector<size_t> sweep(n);
  std::iota(sweep.begin(), sweep.end(), size_t{0});
  std::sort(sweep.begin(), sweep.end(), [&](size_t a, size_t b) {
    return std::tie(prep[a].family, prep[a].days.known, prep[a].days.first, rank_of[a]) <
           std::tie(prep[b].family, prep[b].days.known, prep[b].days.first, rank_of[b]);
  });
  std::vector<Pair> pairs;
  for (size_t x = 0; x < n; ++x) {
    size_t i = sweep[x];
    for (size_t y = x + 1; y < n; ++y) {
      size_t j = sweep[y];
      if (prep[j].family != prep[i].family) break;
      if (prep[i].days.known && prep[j].days.known && prep[j].days.first > prep[i].days.last) break;
      Agreement g = agree(i, j);
      if (!g.ok) continue;
      const ReportEvent &a = events[i], &b = events[j];
      std::string dyad = fmt::format("{}{}>{} / {}>{}", g.crossed ? "reciprocal, " : "", a.source.empty() ? "-" : a.source,
                                     a.target.empty() ? "-" : a.target, b.source.empty() ? "-" : b.source,
                                     b.target.empty() ? "-" : b.target);
      std::string base = fmt::format("family {} ({} / {}), source {}, target {} ({}), dates compatible ({} / {})",
                                     prep[i].family, a.cameo, b.cameo, match_name(g.s), match_name(g.t), dyad,
                                     a.date.empty() ? docs[a.doc].published : a.date,
                                     b.date.empty() ? docs[b.doc].published : b.date);
      double score = 0;
      std::string evidence;
      if (named(g.s) && named(g.t)) {
        score = 2 + 0.5 * (g.s == ActorMatch::exact) + 0.5 * (g.t == ActorMatch::exact);
        evidence = "both actors named alike";
      }
      if (std::string copy = copy_of(a.doc, b.doc); !copy.empty()) {
        score += 2;
        evidence += (evidence.empty() ? "" : ", ") + copy;
      }
      size_t shared = shared_count(prep[i].evidence_words, prep[j].evidence_words);
      size_t smaller = std::min(prep[i].evidence_words.size(), prep[j].evidence_words.size());
      double overlap = smaller ? static_cast<double>(shared) / static_cast<double>(smaller) : 0;
      if (shared >= opt.evidence_min_shared && overlap >= opt.evidence_overlap) {
        score += 1 + overlap;
        evidence += fmt::format("{}evidence shares {} content words ({:.0f}%)", evidence.empty() ? "" : ", ", shared,
                                100 * overlap);
      }
      // The same named place below country level, with the same doer: the Houthis' attack "in the Gulf of Aden"
      // on one day, told once with its target and once without.
      if (named(g.s) && !a.place_name.empty() && a.place_precision != "country" &&
          lower(a.place_name) == lower(b.place_name) && a.place_country == b.place_country) {
        score += 1.5;
        evidence += fmt::format("{}same place ({})", evidence.empty() ? "" : ", ", a.place_name);
      }
      // The same doer named alike, on the same single day, one report not naming whom it acted on: "Russia
      // launched 83 missiles on Monday" and "Russia's missiles hit Kyiv on Monday". Weaker than any evidence above,
      // so it only joins what nothing contradicts (complete link keeps every pair of a group compatible).
      if (score == 0 && g.s == ActorMatch::exact && g.t == ActorMatch::missing && prep[i].days.known &&
          prep[j].days.known && prep[i].days.first == prep[i].days.last && prep[j].days.first == prep[j].days.last &&
          prep[i].days.first == prep[j].days.first) {
        score = 0.5;
        evidence = "same doer on the same day, one target unnamed";
      }
      if (score == 0) continue;
      pairs.push_back(Pair{score, i, j, base + "; " + evidence});
    }
  }
  std::sort(pairs.begin(), pairs.end(), [&](const Pair& p, const Pair& q) {
    if (p.score != q.score) return p.score > q.score;
    auto kp = std::minmax(rank_of[p.a], rank_of[p.b]), kq = std::minmax(rank_of[q.a], rank_of[q.b]);
    return kp < kq;
  });

  // Greedy complete-link agglomeration, strongest pairs first.
  UnionFind uf(n);
  std::vector<std::vector<size_t>> members(n);
  for (size_t i = 0; i < n; ++i) members[i] = {i};
  MergeResult res;
  res.reason.assign(n, "");
  for (const Pair& p : pairs) {
    size_t ra = uf.find(p.a), rb = uf.find(p.b);
    if (ra == rb) continue;
    bool all = true;
    for (size_t x : members[ra]) {
      for (size_t y : members[rb])
        if (!agree(x, y).ok) {
          all = false;
          break;
        }
      if (!all) break;
    }
    if (!all) continue;
    // The group's root is its earliest report; the absorbed root records why it joined.
    size_t keep = rank_of[ra] < rank_of[rb] ? ra : rb, gone = keep == ra ? rb : ra;
    size_t other = gone == ra ? p.b : p.a;  // the pair's event on the kept side
    size_t mine = other == p.a ? p.b : p.a;
    res.reason[gone] = fmt::format("merged with {}{}: {}", events[other].id,
                                   mine == gone ? "" : fmt::format(" (through {})", events[mine].id), p.reason);
    uf.parent[gone] = keep;
    members[keep].insert(members[keep].end(), members[gone].begin(), members[gone].end());
    members[gone].clear();
  }

  // Groups in canonical order of their representatives.
  res.group_of.assign(n, 0);
  res.source_group.assign(n, 0);
  for (size_t r = 0; r < n; ++r) {
    size_t i = by_rank[r];
    if (uf.find(i) != i) continue;
    std::vector<size_t> m = members[i];
    std::sort(m.begin(), m.end(), [&](size_t a, size_t b) { return rank_of[a] < rank_of[b]; });
    MergedGroup g;
    g.events = m;
    std::vector<size_t> doc_list;
    std::set<std::string> outlets;
    for (size_t e : m) {
      doc_list.push_back(events[e].doc);
      outlets.insert(docs[events[e].doc].outlet.empty() ? docs[events[e].doc].id : docs[events[e].doc].outlet);
    }
    std::sort(doc_list.begin(), doc_list.end());
    doc_list.erase(std::unique(doc_list.begin(), doc_list.end()), doc_list.end());
    g.reports = doc_list.size();
    g.outlets = outlets.size();
    // Independent sources: documents joined when they are copies of one story.
    std::vector<size_t> src(m.size());
    std::iota(src.begin(), src.end(), size_t{0});
    auto find = [&](size_t x) {
      while (src[x] != x) x = src[x];
      return x;
    };
    for (size_t a = 0; a < m.size(); ++a)
      for (size_t b = a + 1; b < m.size(); ++b)
        if (find(a) != find(b) && !copy_of(events[m[a]].doc, events[m[b]].doc).empty()) {
          size_t x = find(a), y = find(b);
          src[std::max(x, y)] = std::min(x, y);
        }
    std::vector<size_t> roots;
    for (size_t a = 0; a < m.size(); ++a) {
      size_t root = find(a);
      auto it = std::find(roots.begin(), roots.end(), root);
      res.source_group[m[a]] = static_cast<size_t>(it - roots.begin());
      if (it == roots.end()) roots.push_back(root);
      res.group_of[m[a]] = res.groups.size();
    }
    g.independent_sources = roots.size();
    res.reason[m[0]].clear();
    res.groups.push_back(std::move(g));
  }
  return res;
}

}  // namespace vigil::store
