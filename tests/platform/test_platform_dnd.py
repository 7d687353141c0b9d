"""Do-not-disturb: a real fullscreen Qt window on Xvfb, the D-Bus backends against a fake
desktop service, GNOME's gsettings through a stand-in `gsettings` program."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from platform_helpers import (
    STARTUP_TIMEOUT_S,
    BusAddresses,
    FakeDesktop,
    missing_or_skip,
    qt_xcb_missing,
    read_line,
    stop_process,
    x_env,
    x_run,
)

from backbreak.platform.dbus import Bus
from backbreak.platform.dnd import (
    DO_NOT_DISTURB,
    FULL_SCREEN,
    CombinedDnd,
    GnomeShowBannersDnd,
    X11FullscreenDnd,
    XfconfDnd,
    detect_do_not_disturb,
    dunst_paused,
    kde_inhibited,
)
from backbreak.platform.x11 import XDisplay

NOTIFICATIONS = ("org.freedesktop.Notifications", "/org/freedesktop/Notifications")

FULLSCREEN_WINDOW = """
from PySide6 import QtWidgets
app = QtWidgets.QApplication([])
window = QtWidgets.QWidget()
window.setWindowTitle("backbreak test: fullscreen")
window.showFullScreen()
print(int(window.winId()), flush=True)
app.exec()
"""


@pytest.fixture
def display(x_display: str) -> Iterator[XDisplay]:
    opened = XDisplay.open(x_display)
    if opened is None:
        missing_or_skip({"libX11.so.6": "libx11-6"})
    assert opened is not None
    yield opened
    opened.close()


@pytest.fixture
def fullscreen_window(x_display: str, bus_addresses: BusAddresses) -> Iterator[int]:
    """The X window id of a Qt window shown with showFullScreen() in another process."""
    missing_or_skip(qt_xcb_missing())
    env = {
        **x_env(x_display),
        "QT_QPA_PLATFORM": "xcb",
        # Qt on xcb asks the session bus for a portal and a menu bar; without an address,
        # libdbus would "autolaunch" a bus daemon (dbus-launch) that outlives the test.
        "DBUS_SESSION_BUS_ADDRESS": bus_addresses.session,
        "NO_AT_BRIDGE": "1",
    }
    popen = subprocess.Popen(
        [sys.executable, "-c", FULLSCREEN_WINDOW],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        assert popen.stdout is not None
        yield int(read_line(popen.stdout.fileno(), STARTUP_TIMEOUT_S, "the fullscreen window"))
    finally:
        stop_process(popen)


@pytest.fixture
def active_window(x_display: str) -> Iterator[None]:
    """Leaves no _NET_ACTIVE_WINDOW behind on the shared X server."""
    yield
    x_run(x_display, "xprop", "-root", "-remove", "_NET_ACTIVE_WINDOW")


def set_active_window(x_display: str, window: int) -> None:
    # There is no window manager on Xvfb: nobody maintains _NET_ACTIVE_WINDOW, so the test
    # plays the window manager's part. xprop can only write it as CARDINAL, where a window
    # manager writes type WINDOW; the backend reads any 32-bit type.
    x_run(
        x_display, "xprop", "-root", "-f", "_NET_ACTIVE_WINDOW", "32c",
        "-set", "_NET_ACTIVE_WINDOW", str(window),
    )  # fmt: skip


# -- X11, for real -------------------------------------------------------------------------


@pytest.mark.usefixtures("active_window")
def test_a_focused_fullscreen_window_means_do_not_disturb(
    x_display: str, display: XDisplay, fullscreen_window: int
) -> None:
    dnd = X11FullscreenDnd(display)
    # Without a window manager there is no _NET_ACTIVE_WINDOW: cannot tell.
    assert dnd.active() is None

    # Qt writes _NET_WM_STATE_FULLSCREEN on its window itself (before mapping it), so only
    # the focus needs faking.
    assert "_NET_WM_STATE_FULLSCREEN" in x_run(
        x_display, "xprop", "-id", str(fullscreen_window), "_NET_WM_STATE"
    )
    set_active_window(x_display, fullscreen_window)
    assert dnd.active() is True

    # The window leaves fullscreen (what a window manager does on F11 again).
    x_run(x_display, "xprop", "-id", str(fullscreen_window), "-remove", "_NET_WM_STATE")
    assert dnd.active() is False

    set_active_window(x_display, 0)  # nothing focused
    assert dnd.active() is False


@pytest.mark.usefixtures("active_window")
def test_a_stale_active_window_is_not_fatal(x_display: str, display: XDisplay) -> None:
    # The window closed between the two reads: Xlib's default error handler would exit the
    # process on BadWindow.
    set_active_window(x_display, 0x3FFFFF)
    assert X11FullscreenDnd(display).active() is None
    assert X11FullscreenDnd(display).active() is None  # and the connection still works


@pytest.mark.usefixtures("active_window")
def test_detect_includes_the_fullscreen_check_on_x11(
    x_display: str, fullscreen_window: int
) -> None:
    environ = {"XDG_SESSION_TYPE": "x11", "DISPLAY": x_display}
    dnd = detect_do_not_disturb(environ, platform="linux")
    assert dnd.name == "x11-fullscreen"
    set_active_window(x_display, fullscreen_window)
    assert dnd.active() is True


def test_detect_skips_xwayland(x_display: str) -> None:
    environ = {"XDG_SESSION_TYPE": "wayland", "DISPLAY": x_display, "PATH": ""}
    assert detect_do_not_disturb(environ, platform="linux") is None


# -- D-Bus, against the fake desktop -------------------------------------------------------


def test_kde_inhibited_property(fake: FakeDesktop, session_bus: Bus) -> None:
    service, path = NOTIFICATIONS
    fake.own(service)
    dnd = kde_inhibited(session_bus)
    assert dnd.active() is None  # a server without the property (dunst, GNOME Shell)
    fake.set_property(path, "org.freedesktop.Notifications", "Inhibited", True)
    assert dnd.active() is True
    fake.set_property(path, "org.freedesktop.Notifications", "Inhibited", False)
    assert dnd.active() is False


def test_dunst_paused_property(fake: FakeDesktop, session_bus: Bus) -> None:
    service, path = NOTIFICATIONS
    fake.own(service)
    fake.set_property(path, "org.dunstproject.cmd0", "paused", True)
    assert dunst_paused(session_bus).active() is True
    fake.set_property(path, "org.dunstproject.cmd0", "paused", "yes")  # not a boolean
    assert dunst_paused(session_bus).active() is None


def test_xfce_notifyd_switch(fake: FakeDesktop, session_bus: Bus) -> None:
    dnd = XfconfDnd(session_bus)
    assert dnd.active() is None  # no xfconfd
    fake.own(XfconfDnd.SERVICE)
    fake.fail(
        XfconfDnd.PATH, XfconfDnd.INTERFACE, "GetProperty", "org.xfce.Xfconf.Error.PropertyNotFound"
    )
    assert dnd.active() is False  # never toggled: off
    fake.reply(XfconfDnd.PATH, XfconfDnd.INTERFACE, "GetProperty", True)
    assert dnd.active() is True


def test_detect_combines_what_applies(fake: FakeDesktop, session_bus: Bus) -> None:
    service, path = NOTIFICATIONS
    fake.own(service)
    fake.set_property(path, "org.dunstproject.cmd0", "paused", False)
    environ = {"XDG_CURRENT_DESKTOP": "XFCE", "PATH": ""}
    dnd = detect_do_not_disturb(environ, platform="linux", session_bus=session_bus)
    assert isinstance(dnd, CombinedDnd)
    assert dnd.name == "notifications-inhibited+dunst-paused+xfce-notifyd"
    assert dnd.active() is False  # dunst says no; the others cannot tell
    fake.set_property(path, "org.dunstproject.cmd0", "paused", True)
    assert dnd.active() is True


# -- GNOME: gsettings ----------------------------------------------------------------------


def fake_gsettings(folder: Path, script: str) -> Path:
    program = folder / "gsettings"
    program.write_text(f"#!/bin/sh\n{script}\n")
    program.chmod(0o755)
    return program


@pytest.mark.parametrize(("printed", "expected"), [("false", True), ("true", False)])
def test_gnome_show_banners(tmp_path: Path, printed: str, expected: bool) -> None:
    program = fake_gsettings(
        tmp_path,
        f'[ "$*" = "get org.gnome.desktop.notifications show-banners" ] && echo {printed}',
    )
    assert GnomeShowBannersDnd(str(program)).active() is expected


def test_gnome_show_banners_unreadable(tmp_path: Path) -> None:
    failing = fake_gsettings(tmp_path, "echo 'No such schema' >&2; exit 1")
    assert GnomeShowBannersDnd(str(failing)).active() is None
    assert GnomeShowBannersDnd(str(tmp_path / "missing")).active() is None


def test_gnome_show_banners_slow_gsettings_gives_up(tmp_path: Path) -> None:
    slow = fake_gsettings(tmp_path, "exec sleep 2")
    assert GnomeShowBannersDnd(str(slow)).active() is None  # after 0.2 s


def test_detect_uses_gsettings_on_gnome_only(tmp_path: Path) -> None:
    fake_gsettings(tmp_path, "echo false")
    gnome = detect_do_not_disturb(
        {"XDG_CURRENT_DESKTOP": "ubuntu:GNOME", "PATH": str(tmp_path)}, platform="linux"
    )
    assert gnome is not None
    assert gnome.name == "gnome-show-banners"
    assert gnome.active() is True
    kde = {"XDG_CURRENT_DESKTOP": "KDE", "PATH": str(tmp_path)}
    assert detect_do_not_disturb(kde, platform="linux") is None


# -- combining -------------------------------------------------------------------------------


class Says:
    def __init__(self, answer: bool | None) -> None:
        self.name = f"says-{answer}"
        self.answer = answer
        self.asked = 0

    def active(self) -> bool | None:
        self.asked += 1
        return self.answer


def test_combined_is_active_when_any_backend_is() -> None:
    assert CombinedDnd([Says(None), Says(False)]).active() is False
    assert CombinedDnd([Says(None), Says(None)]).active() is None
    assert CombinedDnd([]).active() is None
    last = Says(False)
    assert CombinedDnd([Says(None), Says(True), last]).active() is True
    assert last.asked == 0  # the first "yes" settles it


def test_windows_and_macos_have_no_backend_yet() -> None:
    environ = {"DISPLAY": ":0", "XDG_CURRENT_DESKTOP": "GNOME", "PATH": os.defpath}
    for platform in ("win32", "darwin"):
        assert detect_do_not_disturb(environ, platform=platform) is None


def test_combined_says_what_holds_the_break_back() -> None:
    class FullScreen(Says):
        cause = FULL_SCREEN

    paused_daemon = Says(True)  # a do-not-disturb switch (dunst, KDE, Xfce, GNOME)
    combined = CombinedDnd([FullScreen(False), paused_daemon])
    assert combined.active() is True and combined.cause == DO_NOT_DISTURB
    combined = CombinedDnd([FullScreen(True), paused_daemon])
    assert combined.active() is True and combined.cause == FULL_SCREEN
    combined = CombinedDnd([FullScreen(False), Says(False)])
    assert combined.active() is False and combined.cause is None
    assert X11FullscreenDnd.cause == FULL_SCREEN
