"""Reading a file a person or a pack gives us, safely: only a regular file, and never more
than asked for (a link to /dev/zero reads forever; a FIFO nobody writes blocks the open).
Used by the library's pack reader and by the settings and history stores."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from backbreak.core.translate import tr


class NotRegularFileError(OSError):
    """The target is a folder, a device, a FIFO or a socket: replacing it would destroy it (as
    root, `/dev/null` itself) and reading it may never end, so it is refused. `str()` says
    so in plain words."""

    def __init__(self, target: Path) -> None:
        super().__init__(
            errno.EINVAL,
            tr(
                "Files",
                "%1 is not a regular file (but a folder, a device, a pipe or a socket); "
                "backbreak leaves it alone.",
            ).replace("%1", str(target)),
        )
        self.target = target

    def __str__(self) -> str:
        return str(self.strerror)


def read_regular_file(path: Path, max_bytes: int) -> tuple[bytes, os.stat_result]:
    """At most `max_bytes + 1` bytes of `path` (more than `max_bytes`: too large, the caller
    says so) and its status. Only a regular file is read: a FIFO, a device (a link to
    `/dev/zero`), a socket or a folder raises NotRegularFileError at once. The check is made
    on the opened file, so nothing can swap the file between the check and the read, and
    O_NONBLOCK keeps the open itself from waiting on a FIFO nobody writes."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
    except BaseException:
        os.close(fd)
        raise
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        raise NotRegularFileError(path)
    with os.fdopen(fd, "rb", buffering=0) as file:
        chunks: list[bytes] = []
        left = max_bytes + 1
        while left > 0:
            chunk = file.read(min(left, 1 << 16))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    return b"".join(chunks), info
