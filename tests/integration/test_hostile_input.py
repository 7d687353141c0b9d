"""The installed app against hostile input (issue 12): a folder of bad settings, history and
pack files, and misbehaving socket clients. Each time it must start, answer `status`, say
what happened (in the log, and to the person), and keep the original bytes.

The app runs offscreen (no tray: the status window stands in). The installed `backbreak`
command is an editable install of this checkout; PYTHONPATH points at the checkout too, so a
machine whose install points elsewhere still tests this code."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from backbreak.paths import Paths

BACKBREAK = shutil.which("backbreak")
CHECKOUT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(
    BACKBREAK is None, reason="the backbreak command is not installed (pip install -e .)"
)
GOOD_EXERCISE = (CHECKOUT / "assets" / "exercises" / "chin-tuck.toml").read_text()


def environment() -> dict[str, str]:
    python_path = os.pathsep.join(filter(None, [str(CHECKOUT), os.environ.get("PYTHONPATH")]))
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=python_path)


def cli(*args: str, timeout: float = 20) -> subprocess.CompletedProcess[str]:
    assert BACKBREAK is not None
    return subprocess.run(
        [BACKBREAK, *args], capture_output=True, text=True, timeout=timeout, env=environment()
    )


def status() -> dict[str, object]:
    result = cli("status", "--json")
    assert result.returncode == 0, result.stderr
    data: dict[str, object] = json.loads(result.stdout)
    return data


class App:
    def __init__(self, process: subprocess.Popen[str], output: Path, paths: Paths) -> None:
        self.process = process
        self.output = output
        self.paths = paths

    def log(self) -> str:
        log_file = self.paths.log_file
        return log_file.read_text(errors="replace") if log_file.exists() else ""


StartApp = Callable[[], App]


@pytest.fixture
def paths() -> Paths:
    found = Paths.from_platform()  # the test's private XDG folders (conftest)
    for folder in (found.config_dir, found.data_dir, found.user_pack_dir):
        folder.mkdir(parents=True, exist_ok=True)
    return found


@pytest.fixture
def start_app(tmp_path: Path, paths: Paths) -> Iterator[StartApp]:
    started: list[App] = []

    def start() -> App:
        assert BACKBREAK is not None
        output = tmp_path / "app.out"
        with output.open("w") as sink:
            process = subprocess.Popen(
                [BACKBREAK], env=environment(), stdout=sink, stderr=sink, text=True
            )
        app = App(process, output, paths)
        started.append(app)
        deadline = time.monotonic() + 30
        while cli("status").returncode != 0:
            assert process.poll() is None, output.read_text()
            assert time.monotonic() < deadline, "the app never answered"
            time.sleep(0.1)
        return app

    yield start
    for app in started:
        if app.process.poll() is None:
            app.process.terminate()
            try:
                app.process.wait(15)
            except subprocess.TimeoutExpired:
                app.process.kill()
                app.process.wait(5)


def test_bad_settings_files_are_moved_aside_whole(start_app: StartApp, paths: Paths) -> None:
    original = b"config_version = 1\n[schedule]\nx = " + b"[" * 1000 + b"]" * 1000 + b"\n"
    (paths.config_dir / "settings.toml").write_bytes(original)
    app = start_app()
    assert status()["state"] == "counting"
    aside = list(paths.config_dir.glob("settings.toml.broken-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == original
    assert str(aside[0]) in app.log()


def test_an_old_settings_file_with_impossible_numbers_is_reported(
    start_app: StartApp,
    paths: Paths,
) -> None:
    original = b"config_version = 1\n[schedule]\nidle_minutes = nan\n"
    (paths.config_dir / "settings.toml").write_bytes(original)
    app = start_app()
    assert status()["state"] == "counting"
    assert "idle_threshold_seconds" in app.log()
    assert (paths.config_dir / "settings.toml").read_bytes() == original


def test_a_bad_history_file_is_moved_aside_whole(start_app: StartApp, paths: Paths) -> None:
    original = b"this is not a database\x00" * 100
    paths.history_file.write_bytes(original)
    app = start_app()
    assert status()["state"] == "counting"
    aside = list(paths.data_dir.glob("history.sqlite3.not-a-database-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == original
    assert "moved to" in app.log()


def test_hostile_pack_files_leave_the_app_answering(start_app: StartApp, paths: Paths) -> None:
    exercises = paths.user_pack_dir / "exercises"
    exercises.mkdir(parents=True)
    os.mkfifo(exercises / "fifo.toml")
    (exercises / "zero.toml").symlink_to("/dev/zero")
    deep = "x = " + "[" * 2000 + "]" * 2000 + "\n"
    (exercises / "deep.toml").write_text(deep)
    (exercises / "marked-up.toml").write_text(
        GOOD_EXERCISE.replace('id = "chin-tuck"', 'id = "marked-up"').replace(
            'name = "Chin tuck"', 'name = "<font color=red size=6>Evil</font>"'
        )
    )
    app = start_app()
    result = cli("break-now", timeout=20)
    assert result.returncode == 0, result.stderr
    started = time.monotonic()
    assert status()["state"] in ("offered", "on_break")  # a break is up, with its card
    assert time.monotonic() - started < 5
    log = app.log()
    for name in ("fifo.toml", "zero.toml", "deep.toml"):
        assert name in log, name
    assert (exercises / "deep.toml").read_text() == deep
    assert (exercises / "zero.toml").is_symlink()


def test_misbehaving_socket_clients_do_not_stop_the_answers(start_app: StartApp) -> None:
    start_app()
    name = Paths.from_platform().control_socket
    silent = []
    for _ in range(50):  # connect and say nothing
        client = socket.socket(socket.AF_UNIX)
        client.connect(name)
        silent.append(client)
    try:
        for payload in (
            b"[" * 2000 + b"]" * 2000 + b"\n",  # deeply nested JSON
            b"x" * 100_000,  # far over the message limit, no newline
            b"\xff\xfe\x00\n",  # not text
            b'{"command": "status"',  # half a message, then hang up
        ):
            with socket.socket(socket.AF_UNIX) as client:
                client.settimeout(10)
                client.connect(name)
                try:
                    client.sendall(payload)
                except BrokenPipeError:
                    continue  # refused before it was all sent: fine
                if payload.endswith(b"\n"):
                    reply = json.loads(client.recv(65536).split(b"\n")[0])
                    assert reply["ok"] is False and reply["error"]
        for _ in range(5):
            assert status()["state"] == "counting"
    finally:
        for client in silent:
            client.close()


@pytest.mark.parametrize("signal_number", [signal.SIGHUP, signal.SIGQUIT, signal.SIGTERM])
def test_hangup_and_quit_signals_end_the_app_cleanly(
    start_app: StartApp,
    paths: Paths,
    signal_number: int,
) -> None:
    app = start_app()
    app.process.send_signal(signal_number)
    assert app.process.wait(15) == 0, app.output.read_text()
    assert not Path(paths.control_socket).exists()
    assert "quitting" in app.log()
    assert cli("status").returncode == 3  # not running
