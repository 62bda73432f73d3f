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

int rg_is_cached(const char *path) {
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) return -1;
    struct stat status;
    int answer = -1;
    if (fstat(fd, &status) == 0 && S_ISREG(status.st_mode)) {
        size_t length = (size_t)status.st_size < RG_CACHED_PREFIX ? (size_t)status.st_size : RG_CACHED_PREFIX;
        if (length == 0) {
            answer = 1;
        } else {
            void *mapped = mmap(NULL, length, PROT_READ, MAP_SHARED, fd, 0);
            if (mapped != MAP_FAILED) {
                long page = sysconf(_SC_PAGESIZE);
                size_t pages = (length + (size_t)page - 1) / (size_t)page;
                unsigned char resident[RG_CACHED_PREFIX / 4096];
                if (pages <= sizeof resident && mincore(mapped, length, resident) == 0) {
                    answer = 1;
                    for (size_t i = 0; i < pages; i++) {
                        if (!(resident[i] & 1)) { answer = 0; break; }
                    }
                }
                munmap(mapped, length);
            }
        }
    }
    close(fd);
    return answer;
}

double rg_cached_share(const char *path, long long *size) {
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) return -1;
    struct stat status;
    double share = -1;
    if (fstat(fd, &status) == 0 && S_ISREG(status.st_mode)) {
        if (size) *size = (long long)status.st_size;
        size_t length = (size_t)status.st_size;
        if (length == 0) {
            share = 1;
        } else {
            void *mapped = mmap(NULL, length, PROT_READ, MAP_SHARED, fd, 0);
            if (mapped != MAP_FAILED) {
                long page = sysconf(_SC_PAGESIZE);
                size_t pages = (length + (size_t)page - 1) / (size_t)page;
                unsigned char *resident = malloc(pages);
                if (resident && mincore(mapped, length, resident) == 0) {
                    size_t cached = 0;
                    for (size_t i = 0; i < pages; i++) cached += resident[i] & 1;
                    share = (double)cached / (double)pages;
                }
                free(resident);
                munmap(mapped, length);
            }
        }
    }
    close(fd);
    return share;
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
