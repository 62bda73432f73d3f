#include "CReadAhead.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

int rg_read_ahead(const char *path) {
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) return errno;
    int result = posix_fadvise(fd, 0, 0, POSIX_FADV_WILLNEED);
    close(fd);
    return result;
}

/// The pages of the regular file at `path` in the page cache among its first `limit` bytes
/// (the whole file when `limit` is 0), asked without reading them (`mincore` on a mapping); their
/// number through `pages`, the file's size through `size`. -1 when the file cannot be opened or
/// mapped, or is not a regular file.
static long long resident_pages(const char *path, size_t limit, size_t *pages, long long *size) {
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) return -1;
    struct stat status;
    long long resident = -1;
    if (fstat(fd, &status) == 0 && S_ISREG(status.st_mode)) {
        if (size) *size = (long long)status.st_size;
        size_t length = limit > 0 && (size_t)status.st_size > limit ? limit : (size_t)status.st_size;
        long page = sysconf(_SC_PAGESIZE);
        *pages = (length + (size_t)page - 1) / (size_t)page;
        if (length == 0) {
            resident = 0;
        } else {
            void *mapped = mmap(NULL, length, PROT_READ, MAP_SHARED, fd, 0);
            if (mapped != MAP_FAILED) {
                unsigned char *vector = malloc(*pages);
                if (vector && mincore(mapped, length, vector) == 0) {
                    resident = 0;
                    for (size_t i = 0; i < *pages; i++) resident += vector[i] & 1;
                }
                free(vector);
                munmap(mapped, length);
            }
        }
    }
    close(fd);
    return resident;
}

int rg_is_cached(const char *path) {
    size_t pages = 0;
    long long resident = resident_pages(path, RG_CACHED_PREFIX, &pages, NULL);
    return resident < 0 ? -1 : (size_t)resident == pages;
}

double rg_cached_share(const char *path, long long *size) {
    size_t pages = 0;
    long long resident = resident_pages(path, 0, &pages, size);
    if (resident < 0) return -1;
    return pages == 0 ? 1 : (double)resident / (double)pages;
}

int rg_read_ahead_in_steps(const char *path, long long step) {
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) return errno;
    struct stat status;
    int result = 0;
    if (fstat(fd, &status) != 0) {
        result = errno;
    } else if (S_ISREG(status.st_mode) && step > 0) {
        for (off_t offset = 0; offset < status.st_size && result == 0; offset += (off_t)step) {
            result = posix_fadvise(fd, offset, (off_t)step, POSIX_FADV_WILLNEED);
        }
    }
    close(fd);
    return result;
}
