"""Reading what a person or a pack gives us, safely: only a regular file, and never more than
asked for (a link to /dev/zero reads forever; a FIFO nobody writes blocks the open). Used by
the library's pack reader and by the settings and history stores.

The values read are checked by the pack reader and the settings alike; both say what they got
in the file's own notation (`show`), and both know an id by the same pattern (`IDENTIFIER`: a
setting's favourites are the pack's exercise ids)."""

from __future__ import annotations

import errno
import json
import os
import re
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Final

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


# An exercise's or a routine's id: lower-case letters and digits, in words joined by dashes.
IDENTIFIER: Final = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# Longer texts are cut in messages (a hostile file's value may be megabytes long).
_SHOWN_TEXT: Final = 42
_SHOWN_ITEMS: Final = 8


def show(value: object) -> str:
    """A value as it would be typed in a TOML file, for "got ..." in messages: a long text cut
    short, a long or nested list and a table named rather than written out."""
    if value is None:
        return tr("Values", "nothing")
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        text = json.dumps(value, ensure_ascii=False)
        return text if len(text) <= _SHOWN_TEXT else text[: _SHOWN_TEXT - 2] + '…"'
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list | tuple):
        if len(value) <= _SHOWN_ITEMS and all(isinstance(i, str | int | float) for i in value):
            return "[" + ", ".join(show(item) for item in value) + "]"
        return tr("Values", "a list")
    if isinstance(value, Mapping):
        return tr("Values", "a table")
    return tr("Values", "a value of type %1").replace("%1", type(value).__name__)
