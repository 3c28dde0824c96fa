// How the parallax process asks the C library and the kernel for memory (the library itself
// allocates through the standard containers and leaves the policy to its caller, STYLE.md §2).
#pragma once

namespace parallax::cli {

// Call once, first thing in main, before other threads exist. Keeps freed memory in the heap
// for the next allocation instead of giving it back to the system, and asks for transparent
// huge pages for the heap where the kernel allows them on request. Best effort: where the C
// library or the kernel has no such setting, nothing changes. Outputs never depend on it.
void set_memory_policy();

}  // namespace parallax::cli
