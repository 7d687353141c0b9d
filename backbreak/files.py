"""Writing a file all or nothing: the settings file, the autostart entry, a CSV export; and
creating a private data file."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from backbreak.core.reading import NotRegularFileError
from backbreak.core.translate import tr

# Data files hold health ratings and habits: only their owner may read them.
PRIVATE_FILE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700


class ForeignOwnerError(PermissionError):
    """The target belongs to another user and we cannot give its replacement the same owner:
    writing it would hand their file to us."""

    def __init__(self, target: Path) -> None:
        super().__init__(
            errno.EPERM,
            tr("Files", "%1 belongs to another user; backbreak does not replace it.").replace(
                "%1", str(target)
            ),
        )

    def __str__(self) -> str:
        return str(self.strerror)


def resolved_target(target: Path) -> Path:
    """The file a write to `target` must change: a symbolic link is followed (dotfile
    managers link settings files), never replaced by a file of its own."""
    return Path(os.path.realpath(target)) if target.is_symlink() else target


def existing_info(target: Path) -> os.stat_result | None:
    """`target`'s own status (not a link's), None when nothing is there."""
    try:
        return target.lstat()
    except FileNotFoundError:
        return None


@contextlib.contextmanager
def replacing(target: Path, *, mode: int | None = None) -> Iterator[BinaryIO]:
    """Yield a file for `target`'s new content. When the block ends normally the new file
    replaces `target` whole (fsync, rename, and the folder fsynced so a crash cannot forget
    the rename); on any failure the old file stays as it was and nothing is left behind.

    A symbolic link is followed: the file it points to is replaced. Anything at the target
    that is not a regular file raises NotRegularFileError before anything is written. The
    replacement keeps the old file's owner, group and mode (a root process saving another
    user's 0600 file must not leave a root-owned one); when the owner cannot be kept
    (another user's file, and we are not root), ForeignOwnerError is raised instead.

    mode: the new file's permissions; None keeps the old file's, or owner-only (0600) for a
    new file."""
    target = resolved_target(target)
    old = existing_info(target)
    if old is not None and not stat.S_ISREG(old.st_mode):
        raise NotRegularFileError(target)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    temporary = Path(name)
    try:
        with os.fdopen(fd, "wb") as file:
            if old is not None and hasattr(os, "fchown"):
                _keep_owner(file.fileno(), old, target)
            if mode is None and old is not None:
                mode = stat.S_IMODE(old.st_mode)
            if mode is not None and hasattr(os, "fchmod"):
                os.fchmod(file.fileno(), mode)  # after fchown, which clears set-id bits
            yield file
            file.flush()
            os.fsync(file.fileno())
        if mode is not None and not hasattr(os, "fchmod"):  # pragma: no cover - Windows
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


def _keep_owner(fd: int, old: os.stat_result, target: Path) -> None:
    mine = os.fstat(fd)
    if (mine.st_uid, mine.st_gid) == (old.st_uid, old.st_gid):
        return
    try:
        os.fchown(fd, old.st_uid, old.st_gid)
    except PermissionError:
        if mine.st_uid != old.st_uid:
            raise ForeignOwnerError(target) from None
        # Our own file in a group we are not in (or a setgid folder's group): the owner,
        # who decides who may read it, is kept; the mode (owner-only by default) still holds.


def write_atomically(target: Path, data: bytes, *, mode: int | None = None) -> None:
    """Replace `target` with `data`, all or nothing (see `replacing`)."""
    with replacing(target, mode=mode) as file:
        file.write(data)


@contextlib.contextmanager
def exporting(target: Path) -> Iterator[BinaryIO]:
    """Yield a file for an export the person named. A regular file (or none yet) is written
    all or nothing (`replacing`); a pipe, a FIFO or a character device (`/dev/stdout`, a
    terminal, `/dev/null`) is written into as it is, never replaced; a folder, a socket or a
    block device is refused (NotRegularFileError)."""
    real = Path(os.path.realpath(target))
    info = existing_info(real)
    if info is None or stat.S_ISREG(info.st_mode):
        with replacing(target) as file:
            yield file
        return
    if not (stat.S_ISFIFO(info.st_mode) or stat.S_ISCHR(info.st_mode)):
        raise NotRegularFileError(target)
    # O_NONBLOCK: a FIFO nobody reads fails at once (ENXIO) instead of hanging the command.
    # No O_CREAT, no O_TRUNC: a device or FIFO is never created nor truncated here.
    fd = os.open(real, os.O_WRONLY | os.O_NOCTTY | os.O_NONBLOCK)
    os.set_blocking(fd, True)
    with os.fdopen(fd, "wb") as file:
        yield file


def create_private(path: Path) -> None:
    """Create `path` empty and owner-only (0600) if it does not exist yet; an existing file,
    whatever its mode, is left alone. Files that others create for us (SQLite's database,
    the log) are then opened with the mode this gave them."""
    flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, flags | os.O_EXCL, PRIVATE_FILE_MODE))


def note_first_time(marker: Path, words: str) -> bool:
    """True the first time: `marker` (a small file in the data folder that remembers
    something was shown, such as the welcome or the safety advice) was not there and now
    holds `words`. False when it was there. OSError when it cannot be written, which the
    caller decides about: shown anyway, or not at all rather than at every start."""
    if marker.exists():
        return False
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.write_text(words, encoding="utf-8")
    return True
