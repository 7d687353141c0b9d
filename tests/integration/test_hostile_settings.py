"""Settings files that crashed every start (issue 12, item 7): whatever a file makes the reader
or a migration raise ends in "moved aside, told, defaults", with the original bytes kept;
bad numbers in an old file are reported values, not crashes."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from backbreak.core import settings as core_settings
from backbreak.core.settings import defaults
from backbreak.store.settings_store import SETTINGS_FILE, SettingsStore

NOW = datetime(2026, 11, 23, 14, 5, 9)


def store_in(folder: Path) -> SettingsStore:
    return SettingsStore(folder, now=lambda: NOW)


def deep_arrays(levels: int) -> str:
    return f"[schedule]\nx = {'[' * levels}{']' * levels}\n"


def deep_inline_tables(levels: int) -> str:
    return "[schedule]\nx = " + "{a = " * levels + "1" + "}" * levels + "\n"


def deep_dotted_table(levels: int, version: int) -> str:
    return f"config_version = {version}\n[{'.'.join(['a'] * levels)}]\nb = 1\n"


HOSTILE = {
    "arrays 1000 deep": deep_arrays(1000),
    "inline tables 1000 deep": deep_inline_tables(1000),
    "dotted table 5000 deep, version 1": deep_dotted_table(5000, 1),
    "dotted table 5000 deep, current version": deep_dotted_table(5000, 3),
    "arrays 40 deep": deep_arrays(40),
}


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_file_is_moved_aside_whole_and_defaults_apply(tmp_path: Path, text: str) -> None:
    original = text.encode()
    (tmp_path / SETTINGS_FILE).write_bytes(original)
    store = store_in(tmp_path)
    result = store.load()
    assert result.settings == defaults()
    message = result.message() or ""
    aside = tmp_path / f"{SETTINGS_FILE}.broken-20261123-140509"
    assert str(aside) in message
    assert aside.read_bytes() == original
    assert not (tmp_path / SETTINGS_FILE).exists()
    store.save(defaults())  # and a later save works
    assert (tmp_path / SETTINGS_FILE).exists()


@pytest.mark.parametrize("number", ["inf", "-inf", "nan", "1e308", "-1e308"])
def test_a_version_1_idle_time_that_is_no_number_of_seconds_is_reported(
    tmp_path: Path, number: str
) -> None:
    original = f"config_version = 1\n[schedule]\nidle_minutes = {number}\n".encode()
    (tmp_path / SETTINGS_FILE).write_bytes(original)
    result = store_in(tmp_path).load()
    assert result.settings == defaults()
    assert [problem.key for problem in result.problems] == ["schedule.idle_threshold_seconds"]
    assert (tmp_path / SETTINGS_FILE).read_bytes() == original  # loading never writes


def test_any_exception_while_checking_ends_in_moved_aside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure nobody foresaw (here: one injected into the checks) is no crash either."""

    def broken(_document: object) -> object:
        raise KeyError("a bug")

    monkeypatch.setattr("backbreak.store.settings_store.load_document", broken)
    (tmp_path / SETTINGS_FILE).write_bytes(b"[schedule]\n")
    result = store_in(tmp_path).load()
    assert result.settings == defaults()
    assert "KeyError" in (result.message() or "")
    assert (tmp_path / f"{SETTINGS_FILE}.broken-20261123-140509").read_bytes() == b"[schedule]\n"


def test_a_fifo_as_the_settings_file_hangs_nothing(tmp_path: Path) -> None:
    fifo = tmp_path / SETTINGS_FILE
    os.mkfifo(fifo)
    store = store_in(tmp_path)
    result = store.load()
    assert "not a file" in (result.message() or "")
    assert result.settings == defaults()


def test_nesting_depth_counts_without_recursion() -> None:
    deep: object = 1
    for _ in range(100_000):
        deep = [deep]
    assert core_settings.nesting_depth(deep, 32) == 33
    assert core_settings.nesting_depth({"a": {"b": [1, {"c": 2}]}}, 32) == 4
    assert core_settings.nesting_depth(5, 32) == 0


def test_stats_reads_past_a_fifo_and_a_hostile_settings_file(tmp_path: Path) -> None:
    """`backbreak stats` reads the settings too: it must neither hang nor crash on them."""
    config = Path(os.environ["XDG_CONFIG_HOME"]) / "backbreak"
    config.mkdir(parents=True)
    for make in (
        lambda path: os.mkfifo(path),
        lambda path: path.write_text(deep_arrays(1000)),
        lambda path: path.write_text("config_version = 1\n[schedule]\nidle_minutes = nan\n"),
    ):
        target = config / SETTINGS_FILE
        if target.exists() or target.is_symlink():
            target.unlink()
        make(target)
        result = subprocess.run(
            [sys.executable, "-m", "backbreak", "stats", "--json"],
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert result.returncode == 0, result.stderr
        assert '"goal": 6' in result.stdout


@pytest.mark.skipif(os.geteuid() != 0, reason="chowns to another user: needs root (CI is root)")
def test_root_saving_another_users_settings_keeps_them_theirs(tmp_path: Path) -> None:
    """Issue 12, item 6: as root, saving replaced another user's 0600 settings.toml with a
    root-owned one. The file, and the copy kept of an older version's file, stay theirs."""
    nobody = 65534
    path = tmp_path / SETTINGS_FILE
    path.write_text("config_version = 1\n[schedule]\nidle_minutes = 3\n")
    os.chown(path, nobody, nobody)
    path.chmod(0o600)
    store = store_in(tmp_path)
    store.load()
    store.save(defaults().with_changes({"schedule.micro_interval_minutes": 30}))
    for saved in (path, tmp_path / f"{SETTINGS_FILE}.v1"):
        info = saved.stat()
        assert (info.st_uid, info.st_gid, info.st_mode & 0o777) == (nobody, nobody, 0o600), saved
    assert "micro_interval_minutes = 30" in path.read_text()
