"""`backbreak stats` reads the history file itself: today's numbers, JSON, and CSV export."""

from __future__ import annotations

import csv
import json
import os
import stat
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import tzlocal

from backbreak.core.history import HistoryEvent, HistoryEventKind
from backbreak.core.planner import BreakKind
from backbreak.paths import Paths
from backbreak.store.history_store import HistoryStore


def backbreak(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "backbreak", *args], capture_output=True, text=True, timeout=60
    )


def record_a_morning(paths: Paths) -> None:
    tz = tzlocal.get_localzone()
    now = datetime.now(tz)
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    with HistoryStore(paths.history_file) as store:
        for minutes, kind in ((3, HistoryEventKind.COMPLETED), (2, HistoryEventKind.SKIPPED)):
            store.record(
                HistoryEvent.create(
                    kind,
                    now - timedelta(minutes=minutes),
                    tz,
                    break_kind=BreakKind.MICRO,
                    exercise_id="chin-tuck",
                )
            )


def test_stats_with_no_history_yet_reads_as_nothing_done() -> None:
    result = backbreak("stats", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["done"] == 0


def test_stats_tells_today_and_exports_every_event(tmp_path: Path) -> None:
    paths = Paths.from_platform()  # the test's private XDG folders (conftest)
    record_a_morning(paths)
    summary = json.loads(backbreak("stats", "--json").stdout)
    assert (summary["done"], summary["skipped"], summary["goal"]) == (1, 1, 6)
    text = backbreak("stats")
    assert "1 of 6 breaks done, 1 skipped" in text.stdout
    target = tmp_path / "history.csv"
    result = backbreak("stats", "--csv", str(target))
    assert result.returncode == 0, result.stderr
    with target.open(newline="") as exported:
        rows = list(csv.DictReader(exported))
    assert [row["kind"] for row in rows] == ["completed", "skipped"]
    assert rows[0]["exercise_id"] == "chin-tuck"


def test_csv_export_never_replaces_what_is_not_a_regular_file(tmp_path: Path) -> None:
    """Issue 12, item 1: a FIFO nobody reads is refused with a message and stays a FIFO; a
    folder is refused; a link is followed, never replaced by a file of its own."""
    record_a_morning(Paths.from_platform())
    fifo = tmp_path / "fifo.csv"
    os.mkfifo(fifo)
    result = backbreak("stats", "--csv", str(fifo))
    assert result.returncode == 1
    assert str(fifo) in result.stderr
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    result = backbreak("stats", "--csv", str(folder))
    assert result.returncode == 1 and "not a regular file" in result.stderr
    assert folder.is_dir()
    real = tmp_path / "real.csv"
    real.write_text("old")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    assert backbreak("stats", "--csv", str(link)).returncode == 0
    assert link.is_symlink() and real.read_text().startswith("id,kind")


@pytest.mark.skipif(os.geteuid() != 0, reason="makes a device node: needs root (CI runs as root)")
def test_csv_export_to_a_device_writes_into_it(tmp_path: Path) -> None:
    """As root, `--csv /dev/null` replaced /dev/null; a copy of it must stay a device."""
    null = tmp_path / "null"
    os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    record_a_morning(Paths.from_platform())
    result = backbreak("stats", "--csv", str(null))
    assert result.returncode == 0, result.stderr
    assert stat.S_ISCHR(null.lstat().st_mode)
    assert not [name for name in os.listdir(tmp_path) if name.endswith(".tmp")]
