"""The installed `backbreak` command against a real running app (offscreen: no tray, so the
status window stands in). The desktop layer repeats this with real tray hosts."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

BACKBREAK = shutil.which("backbreak")
pytestmark = pytest.mark.skipif(
    BACKBREAK is None, reason="the backbreak command is not installed (pip install -e .)"
)


def cli(*args: str, timeout: float = 20) -> subprocess.CompletedProcess[str]:
    assert BACKBREAK is not None
    return subprocess.run(
        [BACKBREAK, *args], capture_output=True, text=True, timeout=timeout, env=os.environ
    )


def status() -> dict[str, object]:
    result = cli("status", "--json")
    assert result.returncode == 0, result.stderr
    data: dict[str, object] = json.loads(result.stdout)
    return data


@pytest.fixture
def running_app(tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    assert BACKBREAK is not None
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with (tmp_path / "app.log").open("w") as log:
        app = subprocess.Popen([BACKBREAK], env=env, stdout=log, stderr=log, text=True)
    deadline = time.monotonic() + 20
    while cli("status").returncode != 0:
        assert app.poll() is None, (tmp_path / "app.log").read_text()
        assert time.monotonic() < deadline, "the app never answered"
        time.sleep(0.1)
    yield app
    if app.poll() is None:
        app.terminate()
        app.wait(10)


def test_status_json_has_the_documented_keys(running_app: subprocess.Popen[str]) -> None:
    data = status()
    assert set(data) == {
        "done_today",
        "daily_goal",
        "streak",
        "best_streak",
        "state",
        "in_working_hours",
        "next_break_at",
        "next_break_kind",
        "seconds_to_next_break",
        "paused_until",
        "snoozed_until",
        "snoozes_left",
        "skips_left",
        "breaks_today",
        "idle",
        "idle_detection",
        "ui",
        "version",
        "running",
        "waiting_for",
    }
    assert data["state"] == "counting"
    assert data["ui"] == "window"  # offscreen has no tray
    assert isinstance(data["seconds_to_next_break"], int)
    assert 24 * 60 < data["seconds_to_next_break"] <= 25 * 60


def test_the_first_start_wrote_the_settings_file_to_edit(
    running_app: subprocess.Popen[str],
) -> None:
    from backbreak.paths import Paths

    text = (Paths.from_platform().config_dir / "settings.toml").read_text()
    assert "# micro_interval_minutes = 25" in text  # every setting there, at its default


def test_the_first_start_welcomes_once(running_app: subprocess.Popen[str], tmp_path: Path) -> None:
    from backbreak.paths import Paths

    assert Paths.from_platform().welcome_shown_file.exists()
    assert app_log().count("welcome shown") == 1
    assert cli("quit").returncode == 0
    assert running_app.wait(10) == 0
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    assert BACKBREAK is not None
    with (tmp_path / "again.log").open("w") as log:
        again = subprocess.Popen([BACKBREAK], env=env, stdout=log, stderr=log, text=True)
    try:
        deadline = time.monotonic() + 20
        while cli("status").returncode != 0:
            assert again.poll() is None and time.monotonic() < deadline
            time.sleep(0.1)
        assert app_log().count("welcome shown") == 1  # the second start is quiet
    finally:
        again.terminate()
        again.wait(10)


def test_status_in_words(running_app: subprocess.Popen[str]) -> None:
    result = cli("status")
    assert result.returncode == 0
    assert "Next stretch in" in result.stdout


def test_pause_resume_and_break_now(running_app: subprocess.Popen[str]) -> None:
    assert cli("pause", "1h").returncode == 0
    data = status()
    assert data["state"] == "paused"
    assert data["paused_until"] is not None
    # The plan looks past the pause: the first break comes 25 minutes after it ends.
    assert str(data["next_break_at"]) > str(data["paused_until"])
    assert cli("resume").returncode == 0
    assert status()["state"] == "counting"
    assert cli("break-now").returncode == 0
    assert status()["state"] == "on_break"
    # A running break can be skipped; then nothing is left to snooze. A break started with
    # break-now is the person's own: skipping it uses none of the day's three skips.
    assert cli("skip").returncode == 0
    assert status()["skips_left"] == 3
    refused = cli("snooze")
    assert refused.returncode == 1
    assert "no break to snooze" in refused.stderr


def test_pause_for_any_length_and_until_a_time(running_app: subprocess.Popen[str]) -> None:
    from datetime import datetime, timedelta

    before = datetime.now().astimezone()
    assert cli("pause", "1h20m").returncode == 0
    until = datetime.fromisoformat(str(status()["paused_until"]))
    assert timedelta(minutes=79) < until - before < timedelta(minutes=81)
    # A time of day is the next time the clock shows it: within a day, never in the past.
    assert cli("pause", "until", "14:00").returncode == 0
    until = datetime.fromisoformat(str(status()["paused_until"]))
    assert (until.hour, until.minute) == (14, 0)
    assert timedelta(0) < until - before <= timedelta(days=1)
    refused = cli("pause", "until", "25:00")
    assert refused.returncode == 2 and "14:00" in refused.stderr


def app_log() -> str:
    from backbreak.paths import Paths

    return Paths.from_platform().log_file.read_text()


def test_settings_and_stats_open_their_windows_and_stats_reads_the_live_history(
    running_app: subprocess.Popen[str], tmp_path: Path
) -> None:
    opened = cli("settings")
    assert opened.returncode == 0
    assert opened.stdout == ""  # the window is the answer, not the status line
    assert "settings window shown" in app_log()
    assert cli("break-now").returncode == 0
    assert cli("skip").returncode == 0
    # The CLI reads the history file the running app writes: the break the person started
    # and skipped was theirs, so it is kept as ended early, not counted as a skip.
    result = cli("stats", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["skipped"] == 0
    assert cli("stats", "--csv", str(tmp_path / "events.csv")).returncode == 0
    with (tmp_path / "events.csv").open(newline="") as exported:
        kinds = [row["kind"] for row in csv.DictReader(exported)]
    assert kinds[-2:] == ["started", "ended_early"]
    in_words = cli("stats")
    assert in_words.returncode == 0 and "0 skipped" in in_words.stdout
    assert "statistics window shown" in app_log()
    assert running_app.poll() is None


def test_a_second_start_hands_over_and_exits(running_app: subprocess.Popen[str]) -> None:
    second = cli()
    assert second.returncode == 0
    assert "already running" in second.stdout
    assert running_app.poll() is None


def test_quit_ends_the_app_with_exit_code_0(running_app: subprocess.Popen[str]) -> None:
    result = cli("quit")
    assert result.returncode == 0
    assert running_app.wait(10) == 0
    assert cli("status").returncode == 3


def test_sigterm_ends_the_app_cleanly(running_app: subprocess.Popen[str]) -> None:
    running_app.terminate()
    assert running_app.wait(10) == 0
    # It cleaned up after itself: the next start listens again at once.
    assert cli("status").returncode == 3


def test_commands_without_a_running_app_say_so() -> None:
    for args in (("status",), ("status", "--json"), ("quit",), ("pause", "30m"), ("settings",)):
        result = cli(*args)
        assert result.returncode == 3
        assert "not running" in result.stderr


def test_no_display_is_one_clear_line_and_exit_2() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    assert BACKBREAK is not None
    result = subprocess.run([BACKBREAK], capture_output=True, text=True, env=env, timeout=20)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "display" in result.stderr
    assert "Traceback" not in result.stderr


def test_version_and_help() -> None:
    from backbreak import __version__

    assert cli("--version").stdout.strip() == f"backbreak {__version__}"
    help_text = cli("--help").stdout
    for command in ("status", "break-now", "pause", "resume", "snooze", "skip", "quit"):
        assert command in help_text


def test_bad_usage_exits_2() -> None:
    result = cli("pause", "forever-and-ever")
    assert result.returncode == 2


def test_module_entry_point_matches_the_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "backbreak", "--version"], capture_output=True, text=True
    )
    assert result.stdout == cli("--version").stdout
