#pragma once

// Process-wide allocator settings for training (call once at start-up, before threads start).
//
// Why: fresh pages cost ~10 µs per 4 KiB on the target machine (docs/performance.md). glibc serves
// blocks above M_MMAP_THRESHOLD with mmap and returns them with munmap, and trims the heap top
// above M_TRIM_THRESHOLD, so large temporaries (Eigen's GEMM packing buffers, first-step
// workspaces) would be page-faulted in again every step. Raising both thresholds keeps freed
// memory in the process for reuse. Returns false where this is not supported (non-glibc).

namespace eqlab {

bool keepFreedMemoryForReuse();

}  // namespace eqlab
