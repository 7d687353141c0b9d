"""Starting without a usable display gives one clear sentence instead of a Qt abort."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest

from backbreak.display import display_problem

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
    from backbreak.display import _library_installed

    assert _library_installed("libc.so.6")
    assert not _library_installed("libbackbreak-does-not-exist.so.0")
