// Arc labeler: labels each arc as the parser makes it (LEFT-ARC labels the stack word, RIGHT-ARC the buffer word),
// so that the parser's later decisions see the labels (features.h, templates 168-183). The features describe the
// head and the dependent with what the parser state knows at that moment: the dependent's dependents so far (all
// of them for a LEFT-ARC, the left ones for a RIGHT-ARC), the head's earlier dependents on the same side, and the
// next words of the buffer.
#pragma once

#include <algorithm>
#include <cstdint>

#include "parse/features.h"

namespace vigil::parse {

inline constexpr int kMaxArcLabelFeatures = 48;

inline size_t arc_label_features(const ArcEagerState& st, const ParseWords& pw, int h, int d, uint64_t* out) {
  const int n = st.n;
  const int none = st.none();
  const uint64_t* W = pw.word;
  const uint32_t* P = pw.tag;
  const uint8_t* A = st.label.data();
  // Function words by their form, other words by their tag.
  auto what = [&](int i) -> uint64_t { return i != none && pw.closed[i] ? W[i] : P[i]; };
  const bool left = d < h;
  const uint64_t dir = left ? 1 : 2;
  const uint64_t dw = W[d], hw = W[h];
  const uint64_t dp = P[d], hp = P[h];
  const uint64_t dist = distance_bucket(left ? h - d : d - h);
  const uint64_t hl = A[h];
  const int g = st.head[h] >= 0 ? st.head[h] : none;
  const uint64_t prevp = P[d - 1];
  const uint64_t nextp = P[d + 1 <= n ? d + 1 : none];
  const int n1 = st.b + 1 <= n ? st.b + 1 : none;
  const int n2 = st.b + 2 <= n ? st.b + 2 : none;
  // The head's nearest earlier dependent on the dependent's side.
  const int sib = left ? st.lc1[h] : st.rc1[h];
  const uint64_t hset = left ? st.lset_l[h] : st.lset_r[h];
  size_t k = 0;
  k += label_pair_keys(400, {dir, dw, dp, hw, hp, dist, hl, pw.suffix[d], prevp, nextp, P[g]}, out + k);
  const size_t pair_keys = k;
  out[k++] = Key(420)(dp)(dir)(d == 1 ? 1 : 0).unfinished();
  out[k++] = Key(421)(dp)(hp)(dir)(g == none ? 1 : 0).unfinished();
  // the dependent's own dependents so far
  out[k++] = Key(422)(dp)(std::min<int>(st.nl[d], 3))(std::min<int>(st.nr[d], 3)).unfinished();
  out[k++] = Key(423)(dp)(st.lset_l[d])(st.lset_r[d]).unfinished();
  out[k++] = Key(424)(dp)(hp)(st.lset_l[d]).unfinished();
  out[k++] = Key(425)(dp)(what(st.lc1[d])).unfinished();
  out[k++] = Key(426)(dp)(hp)(what(st.lc1[d])).unfinished();
  out[k++] = Key(427)(dp)(what(st.lc2[d])).unfinished();
  out[k++] = Key(428)(dp)(hp)(what(st.lc2[d])).unfinished();
  out[k++] = Key(429)(dp)(what(st.rc1[d])).unfinished();
  out[k++] = Key(430)(dp)(hp)(what(st.rc1[d])).unfinished();
  out[k++] = Key(431)(dp)(what(st.rc2[d])).unfinished();
  out[k++] = Key(432)(dp)(what(st.lc1[d]))(what(st.lc2[d])).unfinished();
  out[k++] = Key(433)(dw)(what(st.lc1[d])).unfinished();
  // the head's earlier dependents
  out[k++] = Key(434)(dp)(hp)(dir)(hset).unfinished();
  out[k++] = Key(435)(dp)(hp)(A[sib])(dir).unfinished();
  out[k++] = Key(436)(dp)(hp)(what(sib))(dir).unfinished();
  out[k++] = Key(437)(dp)(hp)(what(st.lc1[h]))(dir).unfinished();
  out[k++] = Key(438)(hl)(dp)(hp)(hset).unfinished();
  // what follows in the buffer
  out[k++] = Key(439)(dp)(hp)(P[n1]).unfinished();
  out[k++] = Key(440)(dp)(dir)(P[n1])(P[n2]).unfinished();
  out[k++] = Key(441)(dp)(what(n1)).unfinished();
  out[k++] = Key(442)(dw)(P[n1]).unfinished();
  finish_keys(out + pair_keys, k - pair_keys);
  return k;
}

}  // namespace vigil::parse
