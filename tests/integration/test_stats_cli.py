"""`backbreak stats` reads the history file itself: today's numbers, JSON, and CSV export."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

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
