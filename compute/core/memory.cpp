#include "compute/core/memory.h"

#include <cstdlib>  // defines __GLIBC__ on glibc systems

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace eqlab {

bool keepFreedMemoryForReuse() {
#if defined(__GLIBC__)
    // Blocks up to 32 MiB (the largest value glibc accepts here on 64-bit) come from the heap;
    // the heap top is trimmed only beyond 1 GiB of free memory.
    const bool a = mallopt(M_MMAP_THRESHOLD, 32 << 20) == 1;
    const bool b = mallopt(M_TRIM_THRESHOLD, 1 << 30) == 1;
    return a && b;
#else
    return false;
#endif
}

}  // namespace eqlab
