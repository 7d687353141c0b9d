"""backbreak on a German desktop (LANG=de_DE.UTF-8), as a German speaker meets it: the
welcome notification, the tray menu, the card, the settings and statistics windows and
`backbreak status` all speak German. The words expected are read from the shipped catalogue
(so the test checks that the app uses it, not a translation of its own); the screenshots go
to $BACKBREAK_SCREENSHOTS (packaging/screenshots/de-*.png)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from harness import DesktopSession, RunApp, image_is_blank, wait_until
from test_app import backbreak_command, keep_screenshot
from test_card_safety import accessibility  # noqa: F401 - the fixture, used by name

from backbreak.core.catalogue import Catalogue
from backbreak.paths import i18n_dir

GERMAN = {"LANG": "de_DE.UTF-8", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}


@pytest.fixture(scope="module")
def german() -> Catalogue:
    return Catalogue.read(i18n_dir() / "backbreak_de.ts", "de")


def cli(desktop: DesktopSession, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [backbreak_command(), *args],
        env={**desktop.env, **GERMAN},
        capture_output=True,
        text=True,
        timeout=30,
    )


def names(desktop: DesktopSession, pid: int) -> set[str]:
    tree = desktop.accessible_tree(pid) or []
    return {str(node["name"]) for node in tree if node["name"]}


def window_titled(desktop: DesktopSession, title: str) -> int:
    found = wait_until(
        lambda: desktop.x("xdotool", "search", "--onlyvisible", "--name", title).split() or None,
        15,
        f"a window titled {title!r}",
    )
    return int(found[0])


@pytest.mark.usefixtures("accessibility")
@pytest.mark.parametrize("desktop", ["xembed"], indirect=True)
def test_a_german_desktop_gets_backbreak_in_german(
    desktop: DesktopSession, run_app: RunApp, tmp_path: Path, german: Catalogue
) -> None:
    def de(context: str, text: str) -> str:
        said = german.translate(context, text)
        assert said != text, f"{text!r} has no German in the catalogue"
        return said

    desktop.start_accessibility_bus()
    app = run_app([backbreak_command()], name="backbreak", extra_env=GERMAN)
    wait_until(lambda: cli(desktop, "status").returncode == 0 or None, 20, "backbreak to answer")

    # The first start's welcome, sent to the desktop's notification service.
    desktop.wait_for_log(desktop.notifications_log, de("Welcome", "backbreak is running"), 10)
    bubble = desktop.wait_for_notification_bubble()
    keep_screenshot(desktop.screenshot(tmp_path / "welcome.png", bubble), "de-welcome.png")

    # `backbreak status`, in a German terminal.
    status = cli(desktop, "status")
    assert status.returncode == 0, status.stderr
    assert status.stdout.splitlines()[1] == german.translate("Status", "Breaks done today: %n", 0)

    # The tray menu: its picture (a popup menu is not on the accessibility bus), and its
    # actions' words read where the same actions are buttons, in the status window.
    icon = desktop.wait_for_tray_icon(app.pid, timeout=20)
    menu = desktop.open_tray_menu(icon)
    menu_shot = desktop.screenshot(tmp_path / "menu.png", menu)
    assert not image_is_blank(menu_shot)
    keep_screenshot(desktop.screenshot(tmp_path / "screen-menu.png"), "de-tray-menu.png")
    desktop.close_menu()
    desktop.wait_for_menu_closed(menu)
    assert cli(desktop).returncode == 0  # a second start shows the running one's window
    wait_until(
        lambda: de("Menu", "Take a break now") in names(desktop, app.pid) or None,
        15,
        "the menu's actions in German on the accessibility bus",
    )
    shown = names(desktop, app.pid)
    for item in ("Statistics", "Settings…", "Quit backbreak"):
        assert de("Menu", item) in shown, sorted(shown)

    # The card.
    assert cli(desktop, "break-now").returncode == 0
    card = window_titled(desktop, de("Card", "backbreak: time for a stretch"))
    wait_until(
        lambda: de("Card", "Stretch break") in names(desktop, app.pid) or None,
        15,
        "the German card on the accessibility bus",
    )
    card_shot = desktop.screenshot(tmp_path / "card.png", desktop.window_geometry(card))
    assert not image_is_blank(card_shot)
    keep_screenshot(card_shot, "de-card.png")
    assert cli(desktop, "skip").returncode == 0

    # The settings and statistics windows.
    for command, title, shot in (
        ("settings", de("App", "backbreak: settings"), "de-settings.png"),
        ("stats", de("App", "backbreak: statistics"), "de-stats.png"),
    ):
        assert cli(desktop, command).returncode == 0
        window = window_titled(desktop, title)
        picture = desktop.screenshot(tmp_path / shot, desktop.window_geometry(window))
        assert not image_is_blank(picture)
        keep_screenshot(picture, shot)
