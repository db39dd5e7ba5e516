"""Tie a process's life to its parent's: preloaded by the forkserver, called by pool workers.

Without it, `kill -9` of a run leaves its forkserver and workers running forever (Linux only;
elsewhere a no-op). The signal fires when the parent *thread* that forked us ends; the pool is
used and joined within one call, and multiprocessing restarts a forkserver that has gone.
"""

from __future__ import annotations

import os
import signal


def die_with_parent() -> None:
    """SIGKILL this process when its parent thread ends; leave Ctrl-C to the run's main process (the
    terminal sends SIGINT to the whole process group: a worker must not die of it on its own and break
    the pool; it dies with the run when the run stops)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the parent died before prctl took effect
        os._exit(1)


PRELOAD_MARK = "NEWSCLEAN_FORKSERVER"  # set to its pid by the process that starts the worker pools' forkserver


def in_forkserver_preload() -> bool:
    """Whether this import is the forkserver's preload: the mark is inherited from the process that starts the
    forkserver, and that process itself is not the forkserver (issue 17: the run's own process, importing
    `batch_work` later, compiled the rule tables it never uses)."""
    mark = os.environ.get(PRELOAD_MARK)
    return mark is not None and mark != str(os.getpid())


if in_forkserver_preload():  # imported as the forkserver's preload
    die_with_parent()
