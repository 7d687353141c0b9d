"""Fixtures for backbreak.platform: a private X server, two private buses, a fake desktop.

    x_display      ":N" of an Xvfb started once for the run (-displayfd: no number clashes)
    bus_addresses  addresses of a private "session" and a private "system" bus (run-wide)
    session_bus / system_bus   backbreak.platform.dbus.Bus connections to them, per test
    fake           a FakeDesktop: a process of its own that owns whatever names a test asks
                   for, and answers, fails or emits what the test scripts

A test whose programs are missing is skipped, naming the Debian packages to install, except
when CI is set: there it fails, as in tests/desktop (a skip would pass off an untested layer
as green). Every process started here is ended (SIGTERM, then SIGKILL) and reaped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# The helpers are a plain module next to this file, importable whatever pytest's import mode.
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from platform_helpers import (  # noqa: E402
    DBUS_TOOLS,
    STARTUP_TIMEOUT_S,
    X_TOOLS,
    BusAddresses,
    FakeDesktop,
    read_line,
    require_programs,
    start_reporting,
    stop_process,
)
from processes import PRIVATE_BUS_CONFIG  # noqa: E402

from backbreak.platform.dbus import Bus  # noqa: E402

FAKE_SERVICE = HERE / "fake_dbus_service.py"

# A bus that starts no service by itself (no <servicedir>), so every process on it is ours.


@pytest.fixture(scope="session")
def x_display() -> Iterator[str]:
    require_programs(X_TOOLS)
    argv = ["Xvfb", "-screen", "0", "640x480x24", "-nolisten", "tcp", "-noreset", "-displayfd"]
    popen, number = start_reporting(argv, "", "Xvfb")
    try:
        yield f":{number}"
    finally:
        stop_process(popen)


@pytest.fixture(scope="session")
def bus_addresses() -> Iterator[BusAddresses]:
    require_programs(DBUS_TOOLS)
    # A short folder of its own: unix socket paths must stay under 108 bytes.
    folder = Path(tempfile.mkdtemp(prefix="bb-bus-"))
    daemons: list[subprocess.Popen[bytes]] = []
    try:
        addresses = []
        for name in ("session", "system"):
            config = folder / f"{name}.conf"
            config.write_text(PRIVATE_BUS_CONFIG.format(socket=folder / f"{name}.sock"))
            argv = ["dbus-daemon", f"--config-file={config}", "--nofork", "--nopidfile"]
            popen, address = start_reporting(argv, "--print-address=", f"dbus-daemon ({name})")
            daemons.append(popen)
            addresses.append(address)
        yield BusAddresses(*addresses)
    finally:
        for popen in reversed(daemons):
            stop_process(popen)
        shutil.rmtree(folder, ignore_errors=True)


def _connect(address: str, **kwargs: Any) -> Bus:
    bus = Bus.connect_to(address, f"test-{uuid.uuid4().hex}", **kwargs)
    assert bus.connected, f"cannot connect to {address}: {bus.connection.lastError().message()}"
    return bus


@pytest.fixture
def session_bus(qapp: Any, bus_addresses: BusAddresses) -> Iterator[Bus]:
    bus = _connect(bus_addresses.session)
    yield bus
    bus.close()


@pytest.fixture
def system_bus(qapp: Any, bus_addresses: BusAddresses) -> Iterator[Bus]:
    bus = _connect(bus_addresses.system)
    yield bus
    bus.close()


@pytest.fixture
def fake(qapp: Any, bus_addresses: BusAddresses) -> Iterator[FakeDesktop]:
    popen = subprocess.Popen(
        [sys.executable, str(FAKE_SERVICE), bus_addresses.session, bus_addresses.system],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        start_new_session=True,
    )
    control: Bus | None = None
    try:
        assert popen.stdout is not None
        ready, unique_name = read_line(
            popen.stdout.fileno(), STARTUP_TIMEOUT_S, "the fake service"
        ).split()
        assert ready == "ready"
        control = _connect(bus_addresses.session, timeout_ms=5000)
        yield FakeDesktop(control, unique_name, popen)
    finally:
        if control is not None:
            control.close()
        stop_process(popen)
