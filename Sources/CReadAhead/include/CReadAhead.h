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

/// The share of the regular file at `path` in the page cache now, from 0 to 1, asked without
/// reading it (`mincore` on a mapping of the whole file; 1 for an empty file), and its size in
/// bytes through `size`; -1 when the file cannot be opened or mapped, or is not a regular file.
double rg_cached_share(const char *path, long long *size);

/// Asks the kernel to bring the whole regular file at `path` into the page cache in pieces of
/// `step` bytes, one after another from its start (`POSIX_FADV_WILLNEED` each): a large file
/// asked for in one call is brought in only in part. Returns once every piece has been asked
/// for, which waits for the disk only as far as the kernel's queue of requests is full; 0, or
/// the `errno` of what failed.
int rg_read_ahead_in_steps(const char *path, long long step);

#endif
