"""Giving memory back to the system after one-off work: today's figures over years of history
at start-up, the statistics window closed.

glibc's malloc keeps what Python and SQLite free in its heap, to reuse; a long-running tray
app would then hold the peak of its busiest moment for the rest of the day. malloc_trim(0)
returns the free pages. Other C libraries (musl, macOS, Windows) have no such call: nothing
is done there.
"""

from __future__ import annotations

import sys


def release_freed_memory() -> None:
    """Return the C heap's free pages to the system, where the C library can (glibc)."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes  # loaded already on X11 (platform.idle); a few hundred kB otherwise

    try:
        trim = getattr(ctypes.CDLL(None), "malloc_trim", None)  # None: not glibc
    except OSError:
        return
    if trim is not None:
        trim(0)
