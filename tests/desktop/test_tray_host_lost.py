"""The tray host goes away under the running app (the panel crashed, the bar was restarted)
and comes back: the person must never be left with nothing on screen. With trayer (XEmbed)
and with status-notifier-watcher + gtk-sni-tray-standalone (StatusNotifierItem)."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import time
from pathlib import Path

import pytest
from harness import (
    DesktopSession,
    Geometry,
    RunApp,
    image_is_blank,
    wait_until,
)
from test_app import cli, keep_screenshot, start, status

from backbreak.app.windows import WINDOW_MESSAGE_MS

# The programs of each tray host, by the name they were started with.
HOST_PROGRAMS = {
    "xembed": {"trayer"},
    "sni": {"gtk-sni-tray-standalone", "status-notifier-watcher"},
}
# "Within a few seconds": the host is watched, not polled by the app.
NOTICE_S = 5.0


def program_name(pid: int) -> str:
    try:
        argv0 = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")[0]
    except OSError:
        return ""
    return os.path.basename(argv0.decode(errors="replace"))


def running(pid: int) -> bool:
    """Alive and not a zombie (the session reaps its helpers only when it closes)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_bytes()
    except OSError:
        return False
    return stat[stat.rindex(b")") + 2 : stat.rindex(b")") + 3] != b"Z"


def kill_tray_host(desktop: DesktopSession) -> None:
    """SIGKILL the tray host's programs, as a crash would: they say goodbye to nobody."""
    pids = [pid for pid in desktop.pids if program_name(pid) in HOST_PROGRAMS[desktop.tray]]
    assert len(pids) == len(HOST_PROGRAMS[desktop.tray]), pids
    for pid in pids:
        os.kill(pid, signal.SIGKILL)
    wait_until(lambda: not any(running(pid) for pid in pids), 5, "the tray host to end")
    desktop.tray = "none"  # so that add_tray_host starts one again


def status_window(desktop: DesktopSession, pid: int) -> Geometry | None:
    """The app's status window while it is on screen (viewable and painted), else None."""
    # xdotool exits 1 when nothing matches: an empty answer, not an error.
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--pid", str(pid), "--name", "^backbreak$"],
        env=desktop.env,
        capture_output=True,
        text=True,
        timeout=10,
        check=False,
    ).stdout
    for wid in map(int, found.split()):
        geometry = desktop.window_geometry(wid)
        if geometry.w > 100 and not desktop.region_is_blank(geometry):
            return geometry
    return None


def test_the_status_window_stands_in_while_the_tray_host_is_gone(
    desktop: DesktopSession, run_app: RunApp, tmp_path: Path
) -> None:
    kind = desktop.tray
    app = start(desktop, run_app)
    desktop.wait_for_tray_icon(app.pid, timeout=20)
    assert status(desktop)["ui"] == "tray"
    assert status_window(desktop, app.pid) is None  # in the tray, no window
    desktop.screenshot(tmp_path / f"1-in-the-tray-{kind}.png")

    kill_tray_host(desktop)
    window = wait_until(
        lambda: status_window(desktop, app.pid), NOTICE_S, "the status window to show"
    )
    assert status(desktop)["ui"] == "window"
    shot = desktop.screenshot(tmp_path / f"2-host-gone-{kind}.png")
    assert not image_is_blank(desktop.screenshot(tmp_path / "window.png", window))
    keep_screenshot(shot, f"tray-host-gone-{kind}.png")

    desktop.add_tray_host(kind)
    icon = desktop.wait_for_tray_icon(app.pid, timeout=20)
    assert not desktop.region_is_blank(icon)
    wait_until(lambda: status_window(desktop, app.pid) is None, NOTICE_S, "the status window to go")
    assert status(desktop)["ui"] == "tray"
    desktop.screenshot(tmp_path / f"3-host-back-{kind}.png")
    assert app.alive()


@pytest.mark.parametrize("desktop", ["xembed"], indirect=True)
def test_a_status_window_the_person_opened_stays_when_the_tray_comes_back(
    desktop: DesktopSession, run_app: RunApp
) -> None:
    app = start(desktop, run_app)
    desktop.wait_for_tray_icon(app.pid, timeout=20)
    assert cli(desktop).returncode == 0  # a second start: the running app shows its window
    wait_until(lambda: status_window(desktop, app.pid), NOTICE_S, "the status window to show")

    kill_tray_host(desktop)
    wait_until(lambda: status(desktop)["ui"] == "window" or None, NOTICE_S, "ui: window")
    assert status_window(desktop, app.pid) is not None

    desktop.add_tray_host("xembed")
    desktop.wait_for_tray_icon(app.pid, timeout=20)
    assert status(desktop)["ui"] == "tray"
    time.sleep(1)  # the app hides a window it showed itself at once when the tray comes
    assert status_window(desktop, app.pid) is not None


def config_dir(desktop: DesktopSession) -> Path:
    """Where the app in this desktop reads its settings (asked of the app, not guessed)."""
    result = cli(desktop, "paths")
    assert result.returncode == 0, result.stderr
    match = re.search(r"^config\s+(.+)$", result.stdout, re.M)
    assert match, result.stdout
    return Path(match[1].strip())


def window_picture(desktop: DesktopSession, pid: int, path: Path) -> bytes | None:
    window = status_window(desktop, pid)
    return desktop.screenshot(path, window).read_bytes() if window is not None else None


@pytest.mark.parametrize("desktop", ["xembed"], indirect=True)
def test_while_the_tray_host_is_gone_messages_are_in_the_status_window(
    desktop: DesktopSession, run_app: RunApp, tmp_path: Path
) -> None:
    app = start(desktop, run_app)
    desktop.wait_for_tray_icon(app.pid, timeout=20)
    kill_tray_host(desktop)
    wait_until(lambda: status_window(desktop, app.pid), NOTICE_S, "the status window to show")
    plain = window_picture(desktop, app.pid, tmp_path / "status.png")

    # Something the app must tell: its settings file, broken by hand while it runs. The
    # words go where the status was, and stay there a while (the settings reload that
    # follows refreshes the status at once).
    (config_dir(desktop) / "settings.toml").write_text("this is [ not a settings file\n")
    told = wait_until(
        lambda: (p := window_picture(desktop, app.pid, tmp_path / "told.png")) != plain and p,
        NOTICE_S,
        "the message in the status window",
    )
    time.sleep(1)
    assert window_picture(desktop, app.pid, tmp_path / "told-later.png") == told
    # Then the status is back.
    wait_until(
        lambda: window_picture(desktop, app.pid, tmp_path / "after.png") != told,
        WINDOW_MESSAGE_MS / 1000 + 5,
        "the status to come back",
    )
