"""Start at login in a Flatpak goes through the XDG Background portal.

The portal here is our own fake (fake_portal.py) on a private dbus-daemon session bus: the
real xdg-desktop-portal needs a Flatpak sandbox and a desktop's portal backend, which do not
run here. It answers as the real one does: granted, refused, or (a hung portal) never.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from platform_helpers import STARTUP_TIMEOUT_S, BusAddresses, read_line, stop_process

from backbreak import APP_ID
from backbreak.platform.autostart import AutostartError, XdgAutostart, detect_autostart
from backbreak.platform.portal_autostart import PortalAutostart, request_path

FAKE_PORTAL = Path(__file__).resolve().parent / "fake_portal.py"


class Portal:
    """The running fake portal: what it was asked, one request at a time."""

    def __init__(self, popen: subprocess.Popen[bytes]) -> None:
        self.popen = popen

    def stop(self) -> None:
        stop_process(self.popen)

    def next_request(self) -> dict[str, Any]:
        assert self.popen.stdout is not None
        line = read_line(self.popen.stdout.fileno(), STARTUP_TIMEOUT_S, "the fake portal")
        request: dict[str, Any] = json.loads(line)
        return request


@pytest.fixture
def start_portal(bus_addresses: BusAddresses) -> Iterator[Callable[[str], Portal]]:
    started: list[subprocess.Popen[bytes]] = []

    def start(mode: str) -> Portal:
        popen = subprocess.Popen(
            [sys.executable, str(FAKE_PORTAL), bus_addresses.session, mode],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            start_new_session=True,
        )
        started.append(popen)
        assert popen.stdout is not None
        assert read_line(popen.stdout.fileno(), STARTUP_TIMEOUT_S, "the fake portal") == "ready"
        return Portal(popen)

    yield start
    for popen in started:
        stop_process(popen)


def portal_autostart(
    bus_addresses: BusAddresses, tmp_path: Path, timeout_s: float = 10.0
) -> PortalAutostart:
    return PortalAutostart(
        tmp_path / "data" / "backbreak" / "autostart-granted",
        bus_address=bus_addresses.session,
        timeout_s=timeout_s,
    )


def test_a_granted_request_turns_start_at_login_on_and_off(
    start_portal: Callable[[str], Portal], bus_addresses: BusAddresses, tmp_path: Path
) -> None:
    portal = start_portal("grant")
    autostart = portal_autostart(bus_addresses, tmp_path)
    assert not autostart.is_enabled()

    autostart.enable()
    asked = portal.next_request()
    assert asked["autostart"] is True
    assert asked["commandline"] == ["backbreak"]
    assert asked["dbus-activatable"] is False
    assert asked["window"] == ""
    assert "log in" in asked["reason"] and len(asked["reason"]) <= 256  # the portal's limit
    assert autostart.is_enabled()
    # Kept across starts: a new instance (the next time the settings open) still knows.
    assert portal_autostart(bus_addresses, tmp_path).is_enabled()

    autostart.disable()
    assert portal.next_request()["autostart"] is False
    assert not autostart.is_enabled()


def test_a_refused_request_says_so_and_start_at_login_stays_off(
    start_portal: Callable[[str], Portal], bus_addresses: BusAddresses, tmp_path: Path
) -> None:
    start_portal("refuse")
    autostart = portal_autostart(bus_addresses, tmp_path)
    with pytest.raises(AutostartError, match="not allowed") as raised:
        autostart.enable()
    assert "settings" in str(raised.value)  # where to change the answer
    assert not autostart.is_enabled()
    # Turning it off needs nobody's permission: the refusal leaves it off, as asked.
    autostart.disable()
    assert not autostart.is_enabled()


def test_a_refusal_after_a_grant_counts_as_off(
    start_portal: Callable[[str], Portal], bus_addresses: BusAddresses, tmp_path: Path
) -> None:
    """The person took the permission back in the desktop's settings: the portal then
    turns autostart off and says so, and the switch must not go on showing it on."""
    granting = start_portal("grant")
    autostart = portal_autostart(bus_addresses, tmp_path)
    autostart.enable()
    assert autostart.is_enabled()
    granting.stop()
    start_portal("refuse")
    with pytest.raises(AutostartError, match="not allowed"):
        autostart.enable()
    assert not autostart.is_enabled()


def test_a_portal_that_never_answers_gives_up_after_the_timeout(
    start_portal: Callable[[str], Portal], bus_addresses: BusAddresses, tmp_path: Path
) -> None:
    portal = start_portal("silent")
    autostart = portal_autostart(bus_addresses, tmp_path, timeout_s=0.5)
    started = time.monotonic()
    with pytest.raises(AutostartError, match="did not answer"):
        autostart.enable()
    assert 0.5 <= time.monotonic() - started < 5
    assert portal.next_request()["autostart"] is True  # it was asked, and kept quiet
    assert not autostart.is_enabled()


def test_no_portal_on_the_bus_is_an_error_at_once(
    bus_addresses: BusAddresses, tmp_path: Path
) -> None:
    autostart = portal_autostart(bus_addresses, tmp_path)
    started = time.monotonic()
    with pytest.raises(AutostartError, match="did not answer"):
        autostart.enable()
    assert time.monotonic() - started < 5
    assert not autostart.is_enabled()


def test_the_request_path_is_made_as_the_portal_documents() -> None:
    assert (
        request_path(":1.42", "backbreak_ab12")
        == "/org/freedesktop/portal/desktop/request/1_42/backbreak_ab12"
    )


def test_in_a_flatpak_the_portal_is_chosen_never_the_desktop_file(tmp_path: Path) -> None:
    state = tmp_path / "granted"
    environ = {
        "FLATPAK_ID": APP_ID,
        "DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/flatpak/bus",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    chosen = detect_autostart(environ, platform="linux", portal_state_file=state)
    assert isinstance(chosen, PortalAutostart)
    assert chosen.state_file == state and chosen.command == ["backbreak"]
    assert chosen.bus_address == "unix:path=/run/flatpak/bus"
    del environ["FLATPAK_ID"]
    assert isinstance(detect_autostart(environ, platform="linux"), XdgAutostart)


def test_in_a_flatpak_the_portal_keeps_its_answer_in_the_data_folder(
    user_dirs: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FLATPAK_ID", APP_ID)
    chosen = detect_autostart(platform="linux")
    assert isinstance(chosen, PortalAutostart)
    assert chosen.state_file.parent == user_dirs["XDG_DATA_HOME"] / "backbreak"


def test_install_desktop_entry_in_a_flatpak_refuses_and_says_why(
    user_dirs: dict[str, Path],
) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "backbreak", "install-desktop-entry"],
        env={**os.environ, "FLATPAK_ID": APP_ID, "LANGUAGE": "en"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "Flatpak" in result.stderr and "applications menu" in result.stderr
    assert not any(user_dirs["XDG_DATA_HOME"].rglob("*.desktop"))
