// Beam search over arc-eager parser states (Zhang & Nivre 2011), shared by the runtime parser and its training: at
// each step every state in the beam is extended by each legal transition and the `width` best-scoring results are
// kept. A state that has read the whole sentence is carried over unchanged until all have.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include "parse/features.h"

namespace vigil::parse {

struct BeamItem {
  ArcEagerState st;
  double score = 0;
  int node = -1;        // its last transition in the history (training; -1: none yet)
  bool correct = true;  // training: every gold arc is still reachable
};

// One transition in the history of the states of a sentence; the path of a state is found by walking back.
struct BeamStep {
  int parent;  // -1: the initial state
  uint8_t transition;
  uint8_t label;
};

struct BeamCandidate {
  double score;
  int item;        // the beam item extended
  int transition;  // -1: a finished item carried over
  bool correct;
};

// Better candidates first: higher score, then the earlier item, then the smaller transition. A fixed order, so ties
// go the same way every time, and a beam of width 1 makes the greedy parser's choices.
inline bool better_candidate(const BeamCandidate& a, const BeamCandidate& b) {
  if (a.score != b.score) return a.score > b.score;
  if (a.item != b.item) return a.item < b.item;
  return a.transition < b.transition;
}

// Keeps the best `width` candidates, best first.
inline void keep_best(std::vector<BeamCandidate>& c, int width) {
  size_t k = std::min<size_t>(static_cast<size_t>(std::max(width, 1)), c.size());
  std::partial_sort(c.begin(), c.begin() + static_cast<std::ptrdiff_t>(k), c.end(), better_candidate);
  c.resize(k);
}

// The transitions (and labels) of the path ending at history node `node`, first to last.
inline void beam_path(const std::vector<BeamStep>& history, int node, std::vector<BeamStep>& out) {
  out.clear();
  for (; node >= 0; node = history[node].parent) out.push_back(history[node]);
  std::reverse(out.begin(), out.end());
}

}  // namespace vigil::parse
