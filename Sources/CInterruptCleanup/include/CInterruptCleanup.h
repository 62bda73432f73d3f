#ifndef RG_INTERRUPT_CLEANUP_H
#define RG_INTERRUPT_CLEANUP_H

/// Removal of what a command has half written when the process is stopped by SIGINT (Ctrl-C),
/// SIGTERM or SIGHUP: the temporary file of an output, the files of an index whose first run
/// did not finish. The signal's handler removes the armed paths, puts back the signal's
/// previous disposition and raises the signal again, so the process ends as it would have (a
/// shell sees exit status 128 + the signal's number). Written in C because a signal handler may
/// only call async-signal-safe functions (`unlink`, `sigaction`, `raise`), and must reach the
/// paths without Swift's lazy globals or locks.
///
/// For one output at a time: the command line writes its outputs one after another, and
/// disarms one before it arms the next. A signal the process ignored when the first path was
/// armed (a background job of a non-interactive shell ignores SIGINT) stays ignored.

/// Arms removal of `path` (NUL-terminated, fewer than 4,096 bytes) if a signal stops the
/// process, beside the paths armed already (six at most). Installs the handlers the first
/// time. Returns 1 when armed, 0 when the path is too long or six are armed (it is not, then).
int rg_remove_on_interrupt(const char *path);
/// Arms removal of `path` as ``rg_remove_on_interrupt`` does, but only while it names the file
/// of `device` and `inode`: a path that another process may make meanwhile (an index another
/// run begins) is left alone when it is that process's file.
int rg_remove_on_interrupt_if_same(const char *path, unsigned long long device, unsigned long long inode);

/// Disarms every path: the files are kept (renamed into place, or a run committed) or already
/// removed.
void rg_keep_on_interrupt(void);

#endif
