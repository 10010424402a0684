// A fixed-size array of trivially copyable values for the large read-only tables of a model. Big arrays are
// 2 MiB-aligned and marked for transparent huge pages: feature lookups are random accesses over tens of megabytes,
// and with 4 KiB pages nearly every one would also miss the TLB.
#pragma once

#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <new>
#include <type_traits>
#include <vector>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace vigil::parse {

template <class T>
class PodArray {
  static_assert(std::is_trivially_copyable_v<T>);

 public:
  PodArray() = default;
  explicit PodArray(size_t n) { allocate(n); }
  PodArray(const PodArray& o) {
    allocate(o.size_);
    if (size_) std::memcpy(data_, o.data_, size_ * sizeof(T));
  }
  PodArray(PodArray&& o) noexcept : data_(o.data_), size_(o.size_) {
    o.data_ = nullptr;
    o.size_ = 0;
  }
  PodArray& operator=(PodArray o) noexcept {
    std::swap(data_, o.data_);
    std::swap(size_, o.size_);
    return *this;
  }
  ~PodArray() { std::free(data_); }

  static PodArray from(const std::vector<T>& v) {
    PodArray a(v.size());
    if (!v.empty()) std::memcpy(a.data_, v.data(), v.size() * sizeof(T));
    return a;
  }
  void fill(const T& v) {
    for (size_t i = 0; i < size_; ++i) data_[i] = v;
  }
  T* data() { return data_; }
  const T* data() const { return data_; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  T& operator[](size_t i) { return data_[i]; }
  const T& operator[](size_t i) const { return data_[i]; }

 private:
  void allocate(size_t n) {
    size_ = n;
    if (n == 0) return;
    size_t bytes = n * sizeof(T);
    constexpr size_t kHuge = size_t{2} << 20;
    if (bytes >= kHuge) {
      bytes = (bytes + kHuge - 1) / kHuge * kHuge;
      data_ = static_cast<T*>(std::aligned_alloc(kHuge, bytes));
#if defined(__linux__) && defined(MADV_HUGEPAGE)
      if (data_) madvise(data_, bytes, MADV_HUGEPAGE);
#endif
    } else {
      data_ = static_cast<T*>(std::aligned_alloc(64, (bytes + 63) / 64 * 64));  // whole cache lines
    }
    if (!data_) throw std::bad_alloc();
  }
  T* data_ = nullptr;
  size_t size_ = 0;
};

}  // namespace vigil::parse
