"""python-dbusmock's templates on private buses, for tests/platform/test_dbusmock_*.py.

Our own fake service (tests/platform/fake_dbus_service.py) emits what a test scripts; a
dbusmock template is someone else's reading of the real service: its names, paths,
signatures, and what its methods do (the screensaver's SetActive emits ActiveChanged,
logind's Session.Lock emits Lock, the notification daemon numbers its notifications and
answers CloseNotification with NotificationClosed). Each template runs as a process of its
own, on a pair of buses (a "session" and a "system" dbus-daemon) started for one test, whose
addresses are all it is given (DBUS_SESSION_BUS_ADDRESS, DBUS_SYSTEM_BUS_ADDRESS): nothing
reaches the machine's own buses, and everything is ended when the test ends.

The interpreter: ours when python-dbusmock is installed in it, else Debian's /usr/bin/python3
with python3-dbusmock (packaging/install-debian-deps.sh --test installs that one: it brings
dbus-python and PyGObject from Debian; dbus-python does not pip-install without a compiler
and libdbus's headers). Either way only the mock runs there: the code under test runs here.

The test drives a mock over a blocking jeepney connection of its own (never the Qt one under
test): org.freedesktop.DBus.Mock's EmitSignal, GetMethodCalls and the templates' helpers.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jeepney  # type: ignore[import-untyped]
from jeepney.io.blocking import open_dbus_connection  # type: ignore[import-untyped]
from processes import PRIVATE_BUS_CONFIG, stop_process

DEBIAN_PYTHON = "/usr/bin/python3"
MOCK_INTERFACE = "org.freedesktop.DBus.Mock"
STARTUP_TIMEOUT_S = 15.0
CALL_TIMEOUT_S = 5.0


def dbusmock_python() -> str | None:
    """An interpreter that can run `-m dbusmock`, or None."""
    for python in dict.fromkeys((sys.executable, DEBIAN_PYTHON)):
        if not Path(python).exists():
            continue
        found = subprocess.run(
            [python, "-c", "import dbusmock"], capture_output=True, timeout=60, check=False
        )
        if found.returncode == 0:
            return python
    return None


@dataclass(frozen=True)
class MockBuses:
    session: str
    system: str
    folder: Path

    def environ(self) -> dict[str, str]:
        return {"DBUS_SESSION_BUS_ADDRESS": self.session, "DBUS_SYSTEM_BUS_ADDRESS": self.system}


def _start_bus(folder: Path, kind: str) -> tuple[subprocess.Popen[bytes], str]:
    # Imported here: platform_helpers lives in tests/platform, on the path only from there.
    from platform_helpers import start_reporting

    config = folder / f"{kind}.conf"
    text = PRIVATE_BUS_CONFIG.format(socket=folder / f"{kind}.sock")
    config.write_text(text.replace("<type>session</type>", f"<type>{kind}</type>"))
    argv = ["dbus-daemon", f"--config-file={config}", "--nofork", "--nopidfile"]
    return start_reporting(argv, "--print-address=", f"dbus-daemon ({kind})")


@contextlib.contextmanager
def private_buses() -> Iterator[MockBuses]:
    """A "session" and a "system" bus of our own, with nothing on them, ended afterwards."""
    # A short folder: unix socket paths must stay under 108 bytes.
    folder = Path(tempfile.mkdtemp(prefix="bb-mock-"))
    daemons: list[subprocess.Popen[bytes]] = []
    try:
        addresses = []
        for kind in ("session", "system"):
            popen, address = _start_bus(folder, kind)
            daemons.append(popen)
            addresses.append(address)
        yield MockBuses(addresses[0], addresses[1], folder)
    finally:
        for popen in reversed(daemons):
            stop_process(popen)
        shutil.rmtree(folder, ignore_errors=True)


def variants(signature: str, values: tuple[Any, ...]) -> list[tuple[str, Any]]:
    """Arguments for an "av" (EmitSignal's): one single-letter type per value."""
    assert len(signature) == len(values), "one basic type per value"
    return list(zip(signature, values, strict=True))


class MockService:
    """One template's process, and a connection of the test's own to drive it."""

    def __init__(self, popen: subprocess.Popen[bytes], address: str, name: str, log: Path) -> None:
        self.popen = popen
        self.name = name
        self.log = log
        self._connection = open_dbus_connection(address)

    def call(
        self,
        path: str,
        interface: str,
        member: str,
        signature: str | None = None,
        body: tuple[Any, ...] = (),
    ) -> tuple[Any, ...]:
        address = jeepney.DBusAddress(path, self.name, interface)
        message = jeepney.new_method_call(address, member, signature, body)
        reply = self._connection.send_and_get_reply(message, timeout=CALL_TIMEOUT_S)
        if reply.header.message_type is jeepney.MessageType.error:
            raise AssertionError(f"{interface}.{member} failed: {reply.body}")
        return tuple(reply.body)

    def emit(self, path: str, interface: str, member: str, signature: str, *values: Any) -> None:
        """Have the mock send a signal, from the name's owner, as the real service does."""
        body = (interface, member, signature, variants(signature, values))
        self.call(path, MOCK_INTERFACE, "EmitSignal", "sssav", body)

    def method_calls(self, path: str, member: str) -> list[list[Any]]:
        """The arguments of every call of `member` the mock took at `path`, in order."""
        (calls,) = self.call(path, MOCK_INTERFACE, "GetMethodCalls", "s", (member,))
        return [[value for _signature, value in arguments] for _stamp, arguments in calls]

    def has_owner(self) -> bool:
        reply = self._connection.send_and_get_reply(
            jeepney.message_bus.NameHasOwner(self.name), timeout=CALL_TIMEOUT_S
        )
        return bool(reply.body[0])

    def stop(self) -> None:
        self._connection.close()
        stop_process(self.popen)


def start_template(
    python: str,
    buses: MockBuses,
    template: str,
    name: str,
    *,
    system: bool,
    parameters: Mapping[str, Any] | None = None,
) -> MockService:
    """Run dbusmock's `template` (which owns `name`) on the buses; return once it owns it."""
    argv = [python, "-m", "dbusmock", "--template", template]
    if parameters:
        argv += ["--parameters", json.dumps(dict(parameters))]
    log = buses.folder / f"{template}.log"
    with log.open("wb") as output:
        popen = subprocess.Popen(
            argv,
            env={**os.environ, **buses.environ()},
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # a Ctrl-C reaches pytest, which then ends it in order
        )
    try:
        service = MockService(popen, buses.system if system else buses.session, name, log)
    except BaseException:
        stop_process(popen)
        raise
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while not service.has_owner():
        if popen.poll() is not None or time.monotonic() > deadline:
            service.stop()
            said = log.read_text(errors="replace")[-2000:]
            raise RuntimeError(f"dbusmock's {template} did not come up on the bus: {said}")
        time.sleep(0.02)
    return service
