"""The small QtDBus wrapper the Linux backends share, against a fake service on a private bus."""

from __future__ import annotations

import socket
import tempfile
from pathlib import Path

from platform_helpers import FakeDesktop

from backbreak.platform.dbus import Bus, session_bus_configured


def test_call_returns_the_arguments(fake: FakeDesktop, session_bus: Bus) -> None:
    fake.own("org.example.Thing")
    fake.reply("/org/example/Thing", "org.example.Thing", "Count", 12)
    assert session_bus.call(
        "org.example.Thing", "/org/example/Thing", "org.example.Thing", "Count"
    ) == [12]


def test_errors_and_missing_services_are_none(fake: FakeDesktop, session_bus: Bus) -> None:
    fake.own("org.example.Thing")
    assert session_bus.call("org.example.Thing", "/x", "org.example.Thing", "Nothing") is None
    assert session_bus.call("org.example.Nobody", "/x", "org.example.Thing", "Count") is None


def test_properties_come_unwrapped(fake: FakeDesktop, session_bus: Bus) -> None:
    fake.own("org.example.Thing")
    fake.set_property("/org/example/Thing", "org.example.Thing", "Ready", True)
    value = session_bus.get_property(
        "org.example.Thing", "/org/example/Thing", "org.example.Thing", "Ready"
    )
    assert value is True  # not a QDBusVariant
    assert (
        session_bus.get_property(
            "org.example.Thing", "/org/example/Thing", "org.example.Thing", "Gone"
        )
        is None
    )


def test_name_owner(fake: FakeDesktop, session_bus: Bus) -> None:
    assert session_bus.name_owner("org.example.Thing") is None
    fake.own("org.example.Thing")
    assert session_bus.name_owner("org.example.Thing") == fake.unique_name


def test_a_session_bus_needs_an_address_or_the_user_bus_socket() -> None:
    assert session_bus_configured({"DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/user/1/bus"})
    assert not session_bus_configured({})
    # A short folder: unix socket paths must stay under 108 bytes.
    with tempfile.TemporaryDirectory(prefix="bb-") as runtime:
        assert not session_bus_configured({"XDG_RUNTIME_DIR": runtime})
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as user_bus:
            user_bus.bind(str(Path(runtime) / "bus"))
            assert session_bus_configured({"XDG_RUNTIME_DIR": runtime})


def test_no_session_bus_without_one_configured() -> None:
    # libdbus is never asked, so it cannot "autolaunch" a bus daemon of its own.
    assert Bus.session({}) is None
