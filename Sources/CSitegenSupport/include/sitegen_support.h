#ifndef SITEGEN_SUPPORT_H
#define SITEGEN_SUPPORT_H

/// Atomically exchanges two paths (Linux renameat2 RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise (ENOSYS/EINVAL where unsupported).
int sitegen_exchange_paths(const char *a, const char *b);

#include <stddef.h>

/// memmem(3): the first occurrence of a byte string in another, or NULL.
const void *sitegen_memmem(const void *haystack, size_t haystack_length, const void *needle, size_t needle_length);

#endif
