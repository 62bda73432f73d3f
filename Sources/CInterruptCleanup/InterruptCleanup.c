#include "CInterruptCleanup.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { rg_path_capacity = 4096, rg_path_slots = 6 };

static char rg_paths[rg_path_slots][rg_path_capacity];
/// For each slot, whether its path is removed only while it names one file (its device and
/// inode): a path another process may have made meanwhile is left alone.
static int rg_conditional[rg_path_slots];
static dev_t rg_devices[rg_path_slots];
static ino_t rg_inodes[rg_path_slots];
/// How many of `rg_paths` are armed: raised only once a path is whole, so the handler never
/// reads one half copied.
static volatile sig_atomic_t rg_armed = 0;
static const int rg_signals[] = { SIGINT, SIGTERM, SIGHUP };
enum { rg_signal_count = sizeof rg_signals / sizeof rg_signals[0] };
static struct sigaction rg_previous[rg_signal_count];
static int rg_installed = 0;

static void rg_on_signal(int signal_number) {
    int saved = errno;
    for (int k = 0; k < rg_armed; k++) {
        if (rg_conditional[k]) {
            struct stat status;
            if (stat(rg_paths[k], &status) != 0 || status.st_dev != rg_devices[k] || status.st_ino != rg_inodes[k]) continue;
        }
        unlink(rg_paths[k]);
    }
    for (int k = 0; k < rg_signal_count; k++) {
        if (rg_signals[k] == signal_number) sigaction(signal_number, &rg_previous[k], NULL);
    }
    // Blocked while this handler runs, the signal is delivered again as it returns, now with
    // its previous disposition.
    raise(signal_number);
    errno = saved;
}

static void rg_install(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = rg_on_signal;
    sigemptyset(&action.sa_mask);
    for (int k = 0; k < rg_signal_count; k++) sigaddset(&action.sa_mask, rg_signals[k]);
    for (int k = 0; k < rg_signal_count; k++) {
        if (sigaction(rg_signals[k], NULL, &rg_previous[k]) != 0) continue;
        if (rg_previous[k].sa_handler == SIG_IGN) continue;
        sigaction(rg_signals[k], &action, NULL);
    }
}

static int rg_arm(const char *path, int conditional, dev_t device, ino_t inode) {
    size_t length = strlen(path);
    int slot = rg_armed;
    if (length >= rg_path_capacity || slot >= rg_path_slots) return 0;
    memcpy(rg_paths[slot], path, length + 1);
    rg_conditional[slot] = conditional;
    rg_devices[slot] = device;
    rg_inodes[slot] = inode;
    if (!rg_installed) {
        rg_installed = 1;
        rg_install();
    }
    rg_armed = slot + 1;
    return 1;
}

int rg_remove_on_interrupt(const char *path) {
    return rg_arm(path, 0, 0, 0);
}

int rg_remove_on_interrupt_if_same(const char *path, unsigned long long device, unsigned long long inode) {
    return rg_arm(path, 1, (dev_t)device, (ino_t)inode);
}

void rg_keep_on_interrupt(void) {
    rg_armed = 0;
}
