"""paths.py: the runtime folder in the shared temp folder is never taken over through a link
or someone else's folder (issue 12, item 2); data folders are created owner-only (item 5)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from backbreak.paths import Paths, UnsafeFolderError

# Tests that chown to another user need root; CI runs the whole suite as root.
needs_root = pytest.mark.skipif(os.geteuid() != 0, reason="needs root (CI runs as root)")
NOBODY = 65534


@pytest.fixture
def shared_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A sticky, world-writable temp folder like /tmp, with XDG_RUNTIME_DIR unset (as sudo
    leaves it), so the app falls back to <tmp>/backbreak-runtime-<uid>."""
    shared = tmp_path / "shared-tmp"
    shared.mkdir()
    shared.chmod(0o1777)
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    monkeypatch.setenv("TMPDIR", str(shared))
    monkeypatch.setattr(tempfile, "tempdir", str(shared))
    return shared


def fallback(shared: Path) -> Path:
    return shared / f"backbreak-runtime-{os.getuid()}"


def test_the_fallback_is_created_private(shared_tmp: Path) -> None:
    paths = Paths.from_platform()
    assert paths.runtime_dir == fallback(shared_tmp)
    previous = os.umask(0o022)
    try:
        paths.ensure()
    finally:
        os.umask(previous)
    info = paths.runtime_dir.lstat()
    assert stat.S_ISDIR(info.st_mode) and stat.S_IMODE(info.st_mode) == 0o700


def test_a_planted_link_is_refused_and_not_followed(shared_tmp: Path, tmp_path: Path) -> None:
    attackers = tmp_path / "attackers"
    attackers.mkdir()
    attackers.chmod(0o777)
    fallback(shared_tmp).symlink_to(attackers)
    with pytest.raises(UnsafeFolderError, match="not a folder of yours"):
        Paths.from_platform()
    assert stat.S_IMODE(attackers.stat().st_mode) == 0o777  # no chmod through the link


def test_ensure_refuses_a_link_that_appears_after_the_paths_were_read(
    shared_tmp: Path, tmp_path: Path
) -> None:
    paths = Paths.from_platform()
    attackers = tmp_path / "attackers"
    attackers.mkdir()
    fallback(shared_tmp).symlink_to(attackers)
    with pytest.raises(UnsafeFolderError):
        paths.ensure()
    assert stat.S_IMODE(attackers.stat().st_mode) != 0o700
    assert list(attackers.iterdir()) == []


@needs_root
def test_another_users_folder_is_refused(shared_tmp: Path) -> None:
    planted = fallback(shared_tmp)
    planted.mkdir(mode=0o700)
    os.chown(planted, NOBODY, NOBODY)
    with pytest.raises(UnsafeFolderError):
        Paths.from_platform()


def test_an_open_folder_of_ours_is_refused_by_a_client(shared_tmp: Path) -> None:
    """Until the app tightens it, someone else may have put a socket in it."""
    fallback(shared_tmp).mkdir()
    fallback(shared_tmp).chmod(0o777)
    with pytest.raises(UnsafeFolderError, match="0777"):
        Paths.from_platform()


def test_the_cli_says_so_in_one_line(shared_tmp: Path, tmp_path: Path) -> None:
    attackers = tmp_path / "attackers"
    attackers.mkdir()
    fallback(shared_tmp).symlink_to(attackers)
    env = {k: v for k, v in os.environ.items() if k != "XDG_RUNTIME_DIR"}
    for command in (["status"], []):
        result = subprocess.run(
            [sys.executable, "-m", "backbreak", *command],
            capture_output=True,
            text=True,
            timeout=60,
            env=dict(env, TMPDIR=str(shared_tmp), QT_QPA_PLATFORM="offscreen"),
        )
        assert result.returncode == 1
        assert "Traceback" not in result.stderr
        assert str(fallback(shared_tmp)) in result.stderr
        assert list(attackers.iterdir()) == []


def test_new_data_folders_are_owner_only(tmp_path: Path) -> None:
    paths = Paths(
        config_dir=tmp_path / "new" / "config",
        data_dir=tmp_path / "new" / "data",
        log_dir=tmp_path / "new" / "log",
        runtime_dir=tmp_path / "new" / "run",
    )
    previous = os.umask(0o022)
    try:
        paths.ensure()
    finally:
        os.umask(previous)
    for folder in (paths.config_dir, paths.data_dir, paths.log_dir, paths.runtime_dir):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


def test_in_a_flatpak_every_instance_shares_one_runtime_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    if sys.platform in ("win32", "darwin"):
        pytest.skip("Flatpak is Linux only")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    monkeypatch.setenv("FLATPAK_ID", "io.github.backbreak.Backbreak")
    paths = Paths.from_platform()
    assert paths.runtime_dir == tmp_path / "app" / "io.github.backbreak.Backbreak" / "backbreak"
    assert paths.control_socket.startswith(str(tmp_path / "app"))
