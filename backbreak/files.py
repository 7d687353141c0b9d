"""Writing a file all or nothing: the settings file, the autostart entry, a CSV export."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


@contextlib.contextmanager
def replacing(target: Path, *, mode: int | None = None) -> Iterator[BinaryIO]:
    """Yield a file for `target`'s new content. When the block ends normally the new file
    replaces `target` whole (fsync, rename, and the folder fsynced so a crash cannot forget
    the rename); on any failure the old file stays as it was and nothing is left behind.

    mode: the new file's permissions; None keeps the temporary file's (owner only)."""
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    temporary = Path(name)
    try:
        with os.fdopen(fd, "wb") as file:
            yield file
            file.flush()
            os.fsync(file.fileno())
        if mode is not None:
            temporary.chmod(mode)
        temporary.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    if sys.platform != "win32":
        with contextlib.suppress(OSError):
            folder = os.open(target.parent, os.O_RDONLY)
            try:
                os.fsync(folder)
            finally:
                os.close(folder)


def write_atomically(target: Path, data: bytes, *, mode: int | None = None) -> None:
    """Replace `target` with `data`, all or nothing (see `replacing`)."""
    with replacing(target, mode=mode) as file:
        file.write(data)
