"""files.py: all-or-nothing writes never replace what is not a regular file, follow links,
and keep the old file's owner and mode; exports write into pipes and devices (issue 12,
items 1, 5 and 6)."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
import threading
from pathlib import Path

import pytest

from backbreak.core.reading import NotRegularFileError
from backbreak.files import (
    ForeignOwnerError,
    create_private,
    exporting,
    replacing,
    write_atomically,
)

# Tests that need root (device nodes, another user's files) run as root in CI, which runs the
# whole suite as root; a developer's run as a user skips them.
needs_root = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root (CI runs as root)"
)
NOBODY = 65534


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder of its own (conftest puts the XDG folders in pytest's tmp_path)."""
    folder = tmp_path / "files"
    folder.mkdir()
    return folder


def test_a_fifo_is_refused_and_stays_a_fifo(folder: Path) -> None:
    fifo = folder / "x.csv"
    os.mkfifo(fifo)
    with pytest.raises(NotRegularFileError, match="not a regular file"):
        write_atomically(fifo, b"data")
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert os.listdir(folder) == ["x.csv"]  # no temporary left behind


def test_a_folder_is_refused(folder: Path) -> None:
    folder = folder / "folder"
    folder.mkdir()
    with pytest.raises(NotRegularFileError):
        write_atomically(folder, b"data")
    assert folder.is_dir()


def test_a_link_is_followed_never_replaced(folder: Path) -> None:
    real = folder / "real.toml"
    real.write_bytes(b"old")
    link = folder / "link.toml"
    link.symlink_to(real)
    write_atomically(link, b"new")
    assert link.is_symlink()
    assert real.read_bytes() == b"new"


def test_a_link_to_a_fifo_is_refused(folder: Path) -> None:
    fifo = folder / "fifo"
    os.mkfifo(fifo)
    link = folder / "link"
    link.symlink_to(fifo)
    with pytest.raises(NotRegularFileError):
        write_atomically(link, b"data")
    assert link.is_symlink() and stat.S_ISFIFO(fifo.lstat().st_mode)


def test_the_mode_is_kept_and_a_new_file_is_private(folder: Path) -> None:
    old = folder / "old"
    old.write_bytes(b"x")
    old.chmod(0o640)
    write_atomically(old, b"y")
    assert stat.S_IMODE(old.stat().st_mode) == 0o640
    new = folder / "new"
    previous = os.umask(0o022)
    try:
        write_atomically(new, b"y")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(new.stat().st_mode) == 0o600


@needs_root
def test_root_replacing_another_users_file_keeps_its_owner_and_mode(folder: Path) -> None:
    target = folder / "settings.toml"
    target.write_bytes(b"old")
    os.chown(target, NOBODY, NOBODY)
    target.chmod(0o600)
    write_atomically(target, b"new")
    info = target.stat()
    assert (info.st_uid, info.st_gid, stat.S_IMODE(info.st_mode)) == (NOBODY, NOBODY, 0o600)
    assert target.read_bytes() == b"new"


@needs_root
def test_a_user_does_not_take_over_another_users_file() -> None:
    """As `nobody` (seteuid: root only), in a folder anyone may write, a root-owned file is
    refused: replacing it would make it nobody's."""
    shared = Path(tempfile.mkdtemp(dir="/tmp"))  # pytest's own folders are root-only
    try:
        shared.chmod(0o777)
        target = shared / "settings.toml"
        target.write_bytes(b"root's")
        target.chmod(0o666)
        os.setegid(NOBODY)
        os.seteuid(NOBODY)
        try:
            with pytest.raises(ForeignOwnerError, match="belongs to another user"):
                write_atomically(target, b"new")
        finally:
            os.seteuid(0)
            os.setegid(0)
        assert target.read_bytes() == b"root's" and target.stat().st_uid == 0
        assert os.listdir(shared) == ["settings.toml"]
    finally:
        shutil.rmtree(shared)


def test_a_failed_write_keeps_the_old_file_and_leaves_nothing(folder: Path) -> None:
    target = folder / "x"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), replacing(target) as file:
        file.write(b"half")
        raise RuntimeError
    assert target.read_bytes() == b"old"
    assert os.listdir(folder) == ["x"]


def test_an_export_writes_into_a_fifo_and_leaves_it_a_fifo(folder: Path) -> None:
    fifo = folder / "out.csv"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    try:
        # The reader must have opened its end: an export to a FIFO nobody reads fails at once.
        for _ in range(500):
            try:
                with exporting(fifo) as file:
                    file.write(b"a,b\n")
                break
            except OSError:
                threading.Event().wait(0.01)
    finally:
        reader.join(timeout=10)
    assert received == [b"a,b\n"]
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_an_export_to_a_fifo_nobody_reads_fails_at_once(folder: Path) -> None:
    fifo = folder / "out.csv"
    os.mkfifo(fifo)
    with pytest.raises(OSError), exporting(fifo) as file:
        file.write(b"x")
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


@needs_root
def test_an_export_to_a_character_device_writes_into_it(folder: Path) -> None:
    """A copy of /dev/null (a device node: root only)."""
    null = folder / "null"
    os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    with exporting(null) as file:
        file.write(b"x")
    assert stat.S_ISCHR(null.lstat().st_mode)
    assert os.major(null.lstat().st_rdev) == 1


def test_an_export_to_a_socket_is_refused(folder: Path) -> None:
    import socket

    path = folder / "s"
    with socket.socket(socket.AF_UNIX) as listener:
        listener.bind(str(path))
        with pytest.raises(NotRegularFileError), exporting(path) as file:
            file.write(b"x")
    assert stat.S_ISSOCK(path.lstat().st_mode)


def test_create_private_makes_an_owner_only_file_and_leaves_an_existing_one(
    folder: Path,
) -> None:
    previous = os.umask(0o022)
    try:
        create_private(folder / "new")
        existing = folder / "existing"
        existing.write_bytes(b"keep")
        existing.chmod(0o644)
        create_private(existing)
    finally:
        os.umask(previous)
    assert stat.S_IMODE((folder / "new").stat().st_mode) == 0o600
    assert existing.read_bytes() == b"keep"
    assert stat.S_IMODE(existing.stat().st_mode) == 0o644
