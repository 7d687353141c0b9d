"""Starting without a usable display gives one clear sentence instead of a Qt abort."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from backbreak.cli.display import _x_display_reachable, display_problem

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="X11/Wayland checks are Linux")


def test_no_display_variables_at_all() -> None:
    problem = display_problem({})
    assert problem is not None
    assert "DISPLAY" in problem


def test_a_display_nobody_serves() -> None:
    problem = display_problem({"DISPLAY": ":93"})
    assert problem is not None
    assert "':93'" in problem


def test_nonsense_display_value() -> None:
    assert display_problem({"DISPLAY": "garbage"}) is not None


def test_offscreen_needs_no_display() -> None:
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None


def test_a_listening_wayland_socket_is_enough(tmp_path: Path) -> None:
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(tmp_path / "wayland-7"))
        server.listen()
        env = {"WAYLAND_DISPLAY": "wayland-7", "XDG_RUNTIME_DIR": str(tmp_path)}
        assert display_problem(env) is None


def test_a_stale_wayland_name_without_x_is_reported(tmp_path: Path) -> None:
    env = {"WAYLAND_DISPLAY": "wayland-9", "XDG_RUNTIME_DIR": str(tmp_path)}
    problem = display_problem(env)
    assert problem is not None
    assert "wayland-9" in problem


def test_library_lookup_finds_libc_and_not_a_made_up_library() -> None:
    from backbreak.cli.display import _library_installed

    assert _library_installed("libc.so.6")
    assert not _library_installed("libbackbreak-does-not-exist.so.0")


def free_x_display_number() -> int:
    """A display number with no X socket file (the check then uses the abstract name)."""
    for number in range(180, 250):
        if not Path(f"/tmp/.X11-unix/X{number}").exists():
            return number
    raise AssertionError("no free display number")


def test_a_display_that_accepts_and_never_speaks_is_given_up_on_quickly() -> None:
    """Issue 12, item 14: Qt waits without end for the X server's first answer."""
    number = free_x_display_number()
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(f"\0/tmp/.X11-unix/X{number}")
        server.listen()  # the kernel accepts for it; nobody ever answers
        started = time.monotonic()
        problem = display_problem({"DISPLAY": f":{number}"})
        assert time.monotonic() - started < 10
    assert problem is not None
    assert "does not answer" in problem


def test_a_display_that_answers_the_setup_request_is_reachable() -> None:
    """Any answer will do: here a refusal ("authorization required"), as a real X server
    gives a client without a cookie."""
    number = free_x_display_number()
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(f"\0/tmp/.X11-unix/X{number}")
        server.listen()

        def answer() -> None:
            connection, _address = server.accept()
            with connection:
                connection.recv(12)
                connection.sendall(b"\0" + b"\0" * 7)

        thread = threading.Thread(target=answer)
        thread.start()
        try:
            assert _x_display_reachable(f":{number}") is True
        finally:
            thread.join(5)


def test_the_start_says_so_in_one_line_and_exits_2() -> None:
    number = free_x_display_number()
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(f"\0/tmp/.X11-unix/X{number}")
        server.listen()
        env = {
            key: value
            for key, value in os.environ.items()
            if key not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")
        }
        result = subprocess.run(
            [sys.executable, "-m", "backbreak"],
            capture_output=True,
            text=True,
            timeout=30,
            env=dict(env, DISPLAY=f":{number}"),
        )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "does not answer" in result.stderr
