"""The desktop harness itself, proved on a bare PySide6 tray program (tests/benchmarks).

These are what the backbreak desktop tests rely on: the icon is found where the tray host
shows it, the context menu opens on a click, screenshots show something, and a session leaves
no process behind.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from harness import (
    DesktopError,
    DesktopSession,
    ProcessExitedError,
    RunApp,
    image_is_blank,
    missing_message,
    wait_until,
    which_missing,
)

BARE_TRAY = Path(__file__).resolve().parent.parent / "benchmarks" / "bare_tray.py"
BARE_GREEN = (0x2E, 0x9E, 0x5B)  # the colour bare_tray.py fills its circle with


def pixel(png: Path, x: int, y: int) -> tuple[int, int, int]:
    out = subprocess.run(
        ["identify", "-format", f"%[pixel:p{{{x},{y}}}]", str(png)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    m = re.search(r"\((\d+),(\d+),(\d+)", out)
    assert m, out
    return int(m[1]), int(m[2]), int(m[3])


def close_to(a: tuple[int, int, int], b: tuple[int, int, int], tolerance: int = 12) -> bool:
    return all(abs(p - q) <= tolerance for p, q in zip(a, b, strict=True))


def test_tray_icon_is_embedded_and_drawn(
    desktop: DesktopSession, run_app: RunApp, tmp_path: Path
) -> None:
    app = run_app([sys.executable, str(BARE_TRAY)])
    icon = desktop.wait_for_tray_icon(app.pid, timeout=15)

    shot = tmp_path / f"icon-{desktop.tray}.png"

    def drawn() -> bool:
        # It is this program's icon, not just something: the middle is bare_tray's green.
        # The tray may show the embedded window a moment before the icon paints into it
        # (seen with both cores busy), so look until it does.
        desktop.screenshot(shot, icon)
        return close_to(pixel(shot, icon.w // 2, icon.h // 2), BARE_GREEN)

    wait_until(drawn, 15, "the icon to be drawn in the tray")
    assert not image_is_blank(shot)
    # And it sits where a person looks for it: trayer at the top right, the SNI bar at the
    # bottom of the 1280x800 screen.
    if desktop.tray == "xembed":
        assert icon.y < 30 and icon.x > 1280 - 100, icon
    else:
        assert icon.y >= 800 - 40 and icon.x < 100, icon


def test_context_menu_opens_on_click_and_closes(
    desktop: DesktopSession, run_app: RunApp, tmp_path: Path
) -> None:
    app = run_app([sys.executable, str(BARE_TRAY)])
    icon = desktop.wait_for_tray_icon(app.pid, timeout=15)

    menu = desktop.open_tray_menu(icon)
    shot = desktop.screenshot(tmp_path / f"menu-{desktop.tray}.png", menu)
    assert not image_is_blank(shot)
    # Three entries and a separator: taller than two rows of text, wider than the icon.
    assert menu.h > 50 and menu.w > 80, menu
    # The menu pops up next to the icon, not somewhere else on the screen.
    assert abs(menu.center[0] - icon.center[0]) < 300, (menu, icon)

    desktop.close_menu()
    desktop.wait_for_menu_closed(menu, timeout=5)


def test_quit_from_the_tray_menu_ends_the_program(desktop: DesktopSession, run_app: RunApp) -> None:
    app = run_app([sys.executable, str(BARE_TRAY)])
    icon = desktop.wait_for_tray_icon(app.pid, timeout=15)
    desktop.open_tray_menu(icon)

    desktop.choose_menu_item(2)  # Take a break, Pause for an hour, (separator), Quit

    assert app.wait(timeout=10) == 0


def test_notifications_are_logged_and_shown(desktop: DesktopSession, tmp_path: Path) -> None:
    if shutil.which("notify-send") is None:
        pytest.skip("notify-send missing: apt-get install libnotify-bin")
    subprocess.run(
        ["notify-send", "Time to stretch", "Stand up and roll your shoulders"],
        env=desktop.env,
        check=True,
        timeout=10,
    )
    log = desktop.wait_for_log(desktop.notifications_log, "Time to stretch", timeout=5)
    assert "member=Notify" in log

    bubble = desktop.wait_for_notification_bubble(timeout=5)
    shot = desktop.screenshot(tmp_path / f"notification-{desktop.tray}.png", bubble)
    assert not image_is_blank(shot)
    # dunst's default place is the top right corner.
    assert bubble.x > 1280 // 2 and bubble.y < 200, bubble


def test_waiting_for_the_icon_of_a_program_that_died_fails_at_once(
    desktop: DesktopSession, run_app: RunApp
) -> None:
    app = run_app([sys.executable, "-c", "raise SystemExit(3)"])
    started = time.monotonic()
    with pytest.raises(ProcessExitedError):
        desktop.wait_for_tray_icon(app.pid, timeout=30)
    assert time.monotonic() - started < 10


def test_no_icon_without_a_tray_host(tmp_path: Path) -> None:
    with DesktopSession("none", base_dir=tmp_path / "desktop") as session:
        app = session.launch([sys.executable, str(BARE_TRAY)])
        with pytest.raises(DesktopError, match="no tray host"):
            session.wait_for_tray_icon(app.pid, timeout=2)


@pytest.mark.parametrize("host", ["xembed", "sni"])
def test_closing_leaves_no_process_even_after_a_failure(host: str, tmp_path: Path) -> None:
    started: list[int] = []
    session = DesktopSession("xembed" if host == "xembed" else "sni", base_dir=tmp_path)
    with pytest.raises(RuntimeError, match="test failed"), session:
        app = session.launch([sys.executable, str(BARE_TRAY)])
        session.wait_for_tray_icon(app.pid, timeout=15)
        started = session.pids
        raise RuntimeError("test failed")

    # Xvfb, two buses, dbus-monitor, dunst, the tray host (1 or 2 programs) and the app.
    assert len(started) >= 7
    assert session.leftover_pids() == []
    for pid in started:
        assert not Path(f"/proc/{pid}").exists(), f"PID {pid} still exists (zombie?)"
    display = session.display.lstrip(":")
    assert not Path(f"/tmp/.X11-unix/X{display}").exists()


def test_which_missing_names_the_debian_package(monkeypatch: pytest.MonkeyPatch) -> None:
    real_which = shutil.which

    def which(name: str) -> str | None:
        return None if name in {"trayer", "gtk-sni-tray-standalone"} else real_which(name)

    monkeypatch.setattr(shutil, "which", which)
    missing = which_missing()

    assert missing == {
        "trayer": "trayer",
        "gtk-sni-tray-standalone": "haskell-gtk-sni-tray-utils",
    }
    message = missing_message(missing)
    assert "apt-get install" in message
    assert "trayer" in message and "haskell-gtk-sni-tray-utils" in message
    assert which_missing(["none"]) == {}
