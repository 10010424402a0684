// The order in which a hashed weight table inserts its features: grouped by bucket, and within a bucket the most
// important first (ties by key). A bucket's slots depend only on the order of its own features, so this fills every
// bucket exactly as inserting in one global (importance, key) order would, without sorting millions of features:
// a counting sort by bucket, then tiny sorts of a few features each.
#pragma once

#include <cstdint>
#include <vector>

namespace vigil::parse {

// `keys` are distinct and in increasing order; bucket_of(i) < buckets and importance(i) are feature i's.
template <class BucketOf, class Importance>
std::vector<uint32_t> bucket_insertion_order(size_t n, size_t buckets, BucketOf bucket_of, Importance importance) {
  std::vector<uint32_t> start(buckets + 1, 0);
  std::vector<uint32_t> bucket(n);
  for (size_t i = 0; i < n; ++i) {
    bucket[i] = static_cast<uint32_t>(bucket_of(i));
    ++start[bucket[i] + 1];
  }
  for (size_t b = 0; b < buckets; ++b) start[b + 1] += start[b];
  // Features in increasing index (hence key) order within each bucket.
  std::vector<uint32_t> order(n);
  std::vector<uint32_t> fill(start.begin(), start.end() - 1);
  for (size_t i = 0; i < n; ++i) order[fill[bucket[i]]++] = static_cast<uint32_t>(i);
  // Within a bucket: stable insertion sort by importance, largest first (equal ones keep key order).
  std::vector<uint64_t> imp(n);
  for (size_t i = 0; i < n; ++i) imp[i] = importance(i);
  for (size_t b = 0; b < buckets; ++b)
    for (uint32_t j = start[b] + 1; j < start[b + 1]; ++j) {
      const uint32_t x = order[j];
      uint32_t k = j;
      for (; k > start[b] && imp[order[k - 1]] < imp[x]; --k) order[k] = order[k - 1];
      order[k] = x;
    }
  return order;
}

}  // namespace vigil::parse
