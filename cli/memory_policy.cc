#include "memory_policy.h"

#include <cstdint>
#include <cstdlib>

#if defined(__GLIBC__) && defined(__linux__)
#include <malloc.h>
#include <sys/mman.h>
#endif

namespace parallax::cli {

namespace {

// Address space set aside at the bottom of the heap for transparent huge pages: the peak of a
// 200k-sentence alignment (0.8 GB) fits in it. Untouched, it costs no memory.
constexpr size_t kHugePageHeap = size_t{1} << 30;
constexpr uintptr_t kHugePage = uintptr_t{2} << 20;

}  // namespace

// An alignment allocates its large tables (DP scores, pair evidence, Model 1's slots: 100 MB at
// 20k sentences) a few times per pass and frees them. By default glibc maps each from the
// system and unmaps it on free, so every page of every table was faulted in anew, 4 KB at a
// time: 37k page faults at 20k sentences, about a quarter of the run's CPU time on the shared
// VM (docs/PERFORMANCE.md). Kept in the heap, freed tables are reused (24k faults); the heap
// in huge pages takes 1.2k.
void set_memory_policy() {
#if defined(__GLIBC__) && defined(__linux__) && !defined(__SANITIZE_ADDRESS__)
  // Served from the heap (not mmap) up to 1 GB, and the heap not trimmed below 1 GB free.
  mallopt(M_MMAP_THRESHOLD, 1 << 30);
  mallopt(M_TRIM_THRESHOLD, 1 << 30);
  // Grow the heap by kHugePageHeap at once and mark it for huge pages (the kernel's "madvise"
  // mode; a no-op where it is "always" or "never"). The block is freed back into the heap,
  // which keeps it (the trim threshold above), so later allocations land in the marked range.
  const size_t size = kHugePageHeap - kHugePage;
  void* block = std::malloc(size);
  if (block == nullptr) {
    return;
  }
  const auto start = reinterpret_cast<uintptr_t>(block);
  const uintptr_t begin = (start + kHugePage - 1) & ~(kHugePage - 1);
  const uintptr_t end = (start + size) & ~(kHugePage - 1);
  if (end > begin) {
    madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);  // best effort
  }
  std::free(block);
#endif
}

}  // namespace parallax::cli
