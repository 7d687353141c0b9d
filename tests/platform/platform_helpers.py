"""Helpers for the tests of backbreak.platform: processes, skips, and the fake desktop.

A plain module (unique name: the test folders have no __init__.py) that conftest.py and the
tests import; the fixtures themselves are in conftest.py.
"""

from __future__ import annotations

import ctypes.util
import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from processes import stop_process  # shared with tests/desktop

from backbreak.platform.dbus import Bus
from backbreak.qt import QtDBus

STARTUP_TIMEOUT_S = 10.0

X_TOOLS = {"Xvfb": "xvfb", "xdotool": "xdotool", "xprop": "x11-utils"}
DBUS_TOOLS = {"dbus-daemon": "dbus"}


def missing_or_skip(missing: Mapping[str, str]) -> None:
    """Skip (fail under CI) naming what to apt-get install, if anything is missing."""
    if not missing:
        return
    packages = " ".join(sorted(set(missing.values())))
    message = (
        f"platform tests need {', '.join(sorted(missing))}: "
        f"apt-get install -y --no-install-recommends {packages}"
    )
    if os.environ.get("CI"):
        pytest.fail("CI must run the platform tests; " + message)
    pytest.skip(message)


def require_programs(programs: Mapping[str, str]) -> None:
    missing_or_skip({name: pkg for name, pkg in programs.items() if shutil.which(name) is None})


def read_line(fd: int, timeout: float, what: str) -> str:
    """One line from a pipe, waiting at most `timeout` seconds in all."""
    deadline = time.monotonic() + timeout
    data = b""
    while not data.endswith(b"\n"):
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not select.select([fd], [], [], remaining)[0]:
            raise TimeoutError(f"{what} said nothing within {timeout} s")
        chunk = os.read(fd, 256)
        if not chunk:
            raise RuntimeError(f"{what} exited before it was ready ({data!r})")
        data += chunk
    return data.decode().strip()


def start_reporting(
    argv: Sequence[str], flag: str, what: str
) -> tuple[subprocess.Popen[bytes], str]:
    """Start a program that writes one line (its display number or bus address) to the
    descriptor it is handed as `flag` + number; return it and that line."""
    read_fd, write_fd = os.pipe()
    try:
        popen = subprocess.Popen(
            [*argv, f"{flag}{write_fd}"],
            pass_fds=[write_fd],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # a Ctrl-C reaches pytest, which then ends it in order
        )
        os.close(write_fd)
        write_fd = -1
        try:
            return popen, read_line(read_fd, STARTUP_TIMEOUT_S, what)
        except BaseException:
            stop_process(popen)
            raise
    finally:
        os.close(read_fd)
        if write_fd >= 0:
            os.close(write_fd)


def x_env(display: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "XAUTHORITY")}
    return {**env, "DISPLAY": display}


def x_run(display: str, *argv: str) -> str:
    """Run an X client (xdotool, xprop) against `display`; returns its stdout."""
    done = subprocess.run(
        argv, env=x_env(display), capture_output=True, text=True, timeout=10, check=True
    )
    return done.stdout


@dataclass(frozen=True)
class BusAddresses:
    session: str
    system: str


class FakeDesktop:
    """Scripts the fake service process; see fake_dbus_service.py for what each call does."""

    PATH = "/org/backbreak/test/Fake"
    INTERFACE = "org.backbreak.test.Fake"

    def __init__(self, control: Bus, unique_name: str, popen: subprocess.Popen[bytes]) -> None:
        self._control = control
        self.unique_name = unique_name
        self.popen = popen

    def _call(self, member: str, *args: Any) -> list[Any]:
        reply = self._control.call(self.unique_name, self.PATH, self.INTERFACE, member, *args)
        assert reply is not None, f"the fake service refused {member}{args}"
        return list(reply)

    def own(self, name: str, bus: str = "session") -> None:
        assert self._call("Own", bus, name) == [True], f"cannot own {name} on the {bus} bus"

    def release(self, name: str, bus: str = "session") -> None:
        self._call("Release", bus, name)

    def reply(self, path: str, interface: str, member: str, value: Any) -> None:
        self._call("Reply", path, interface, member, QtDBus.QDBusVariant(value))

    def fail(self, path: str, interface: str, member: str, error: str) -> None:
        self._call("Fail", path, interface, member, error)

    def silence(self, path: str, interface: str, member: str) -> None:
        self._call("Silence", path, interface, member)

    def set_property(self, path: str, interface: str, name: str, value: Any) -> None:
        self._call("SetProperty", path, interface, name, QtDBus.QDBusVariant(value))

    def emit(
        self, path: str, interface: str, member: str, value: bool, *, bus: str = "session"
    ) -> None:
        assert self._call("Emit", bus, path, interface, member, value) == [True]


def qt_xcb_missing() -> dict[str, str]:
    """Libraries Qt's xcb plugin needs that are absent (soname -> Debian package), from the
    desktop harness's list."""
    desktop = str(Path(__file__).resolve().parent.parent / "desktop")
    if desktop not in sys.path:
        sys.path.insert(0, desktop)
    from harness import REQUIRED_LIBRARIES

    return {
        f"lib{lib}.so": pkg
        for lib, pkg in REQUIRED_LIBRARIES.items()
        if ctypes.util.find_library(lib) is None
    }
