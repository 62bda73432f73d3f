#ifndef RG_READ_AHEAD_H
#define RG_READ_AHEAD_H

/// The kernel's page cache, asked and filled ahead of reads: on a disk that answers many
/// requests at once better than one after another (a virtual machine's, an SSD's), files read
/// one at a time wait for each in turn, while files asked for ahead arrive together.

/// How much of a file's start ``rg_is_cached`` looks at: 1 MB.
#define RG_CACHED_PREFIX (1024 * 1024)

/// Asks the kernel to bring the whole regular file at `path` into the page cache
/// (`POSIX_FADV_WILLNEED`) and returns without waiting for it. Opened without waiting for a
/// writer, so a named pipe does not hang it. Returns 0, or the `errno` of what failed (the
/// file is then read as it would have been, without help).
int rg_read_ahead(const char *path);

/// Whether the pages of the regular file at `path` (its first ``RG_CACHED_PREFIX`` bytes) are
/// all in the page cache now, asked without reading them (`mincore` on a mapping), so that
/// asking brings nothing in: 1 when they are (or the file is empty), 0 when one is not, -1 when
/// the file cannot be opened or mapped, or is not a regular file.
int rg_is_cached(const char *path);

#endif
