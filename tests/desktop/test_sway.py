"""The installed backbreak on a Wayland desktop (headless sway, waybar's tray), used as a
person would: its icon in the bar, the card on "break now", and the compositor telling it
that the person went away and came back (issue 16).

Skipped, naming the Debian packages, where sway, waybar or grim is missing; CI installs them
(packaging/install-debian-deps.sh --test) and fails instead of skipping.
"""

from __future__ import annotations

import json
import os
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from harness import LaunchedApp, image_is_blank, image_stats, missing_message, wait_until
from sway_session import SwaySession, sway_missing
from test_app import backbreak_command, keep_screenshot

from backbreak.core.settings import CONFIG_VERSION

# The shortest "away after" the settings allow; a micro break is as long (30 s), so being
# away that long is a natural break.
THRESHOLD_S = 30
OPACITY_WARNING = "does not support setting window opacity"


@pytest.fixture
def sway_programs() -> None:
    missing = sway_missing()
    if missing:
        message = missing_message(missing).replace("desktop tests", "Wayland desktop tests")
        if os.environ.get("CI"):
            pytest.fail("CI must run the Wayland desktop tests; " + message)
        pytest.skip(message)


@pytest.fixture
def sway(sway_programs: None, tmp_path: Path) -> Iterator[SwaySession]:
    with SwaySession(base_dir=tmp_path / "sway") as session:
        yield session


@pytest.fixture
def launched(sway: SwaySession) -> Iterator[list[LaunchedApp]]:
    apps: list[LaunchedApp] = []
    yield apps
    for app in apps:
        code = app.stop()
        print(f"--- {app.name} (pid {app.pid}) exited {code}; stderr:")
        print(app.stderr()[-4000:])


def cli(sway: SwaySession, *args: str) -> tuple[int, str]:
    done = subprocess.run(
        [backbreak_command(), *args], env=sway.env, capture_output=True, text=True, timeout=30
    )
    return done.returncode, done.stdout + done.stderr


def status(sway: SwaySession) -> dict[str, object]:
    code, out = cli(sway, "status", "--json")
    assert code == 0, out
    data: dict[str, object] = json.loads(out)
    return data


def start(sway: SwaySession, launched: list[LaunchedApp]) -> LaunchedApp:
    app = sway.launch([backbreak_command()], name="backbreak")
    launched.append(app)
    wait_until(lambda: cli(sway, "status")[0] == 0 or None, 20, "backbreak to answer")
    return app


def write_threshold(sway: SwaySession) -> None:
    """A settings.toml with the shortest "away after" (before the app starts)."""
    settings = Path(sway.env["XDG_CONFIG_HOME"]) / "backbreak" / "settings.toml"
    settings.parent.mkdir(parents=True)
    settings.write_text(
        f"config_version = {CONFIG_VERSION}\n[schedule]\nidle_threshold_seconds = {THRESHOLD_S}\n"
    )


def app_log(sway: SwaySession) -> str:
    return (Path(sway.env["XDG_STATE_HOME"]) / "backbreak" / "log" / "backbreak.log").read_text()


def test_the_icon_sits_in_waybars_tray(
    sway: SwaySession, launched: list[LaunchedApp], tmp_path: Path
) -> None:
    tray_end = (sway.bar.w - 40, 0, 40, sway.bar.h)  # waybar's tray is at the right end
    before = sway.screenshot(tmp_path / "bar-before.png", tray_end)
    assert image_is_blank(before)
    app = start(sway, launched)
    wait_until(lambda: sway.sni_item_of(app.pid), 20, "the app's StatusNotifierItem")

    def drawn() -> Path | None:
        shot = sway.screenshot(tmp_path / "tray.png", tray_end)
        return None if image_is_blank(shot) else shot

    shot = wait_until(drawn, 10, "the icon drawn in waybar")
    assert image_stats(shot).colors > 10  # an antialiased picture, not a flat slot
    keep_screenshot(sway.screenshot(tmp_path / "bar.png", sway.bar), "tray-waybar.png")
    data = status(sway)
    assert data["ui"] == "tray"
    assert data["idle_detection"] in ("wayland-ext-idle-notify", "wayland-kde-idle")


def test_break_now_shows_the_card_on_top_and_it_fades_without_a_warning(
    sway: SwaySession, launched: list[LaunchedApp], tmp_path: Path
) -> None:
    app = start(sway, launched)
    code, out = cli(sway, "break-now")
    assert code == 0, out
    card = wait_until(
        lambda: sway.window_named(app.pid, "time for a stretch"), 10, "the card window"
    )
    # sway floats it (a tool window) and centres it on the 1280x800 output.
    assert abs(card.x + card.w // 2 - 640) < 40
    assert abs(card.y + card.h // 2 - 400) < 60
    shot = sway.screenshot(tmp_path / "card.png", card)
    assert not image_is_blank(shot)
    time.sleep(0.7)
    assert sway.screenshot(tmp_path / "card-later.png", card).read_bytes() != shot.read_bytes()
    keep_screenshot(sway.screenshot(tmp_path / "screen.png"), "card-sway.png")
    code, out = cli(sway, "skip")
    assert code == 0, out  # the card fades out and closes
    wait_until(
        lambda: sway.window_named(app.pid, "time for a stretch") is None or None,
        10,
        "the card to go",
    )
    # Qt's warnings go to the log: the fades in and out set no opacity Wayland cannot take.
    assert OPACITY_WARNING not in app_log(sway)
    assert OPACITY_WARNING not in app.stderr()


def test_away_after_the_threshold_back_on_input_and_a_natural_break(
    sway: SwaySession, launched: list[LaunchedApp]
) -> None:
    write_threshold(sway)
    start(sway, launched)
    assert status(sway)["idle_detection"] in ("wayland-ext-idle-notify", "wayland-kde-idle")
    time.sleep(1)  # a second of work, so that there is work to break from
    sway.move_cursor(5, 5)
    last_input = time.monotonic()
    wait_until(lambda: status(sway)["idle"] is True or None, THRESHOLD_S + 20, "away")
    assert time.monotonic() - last_input >= THRESHOLD_S - 1  # not before the threshold
    assert status(sway)["breaks_today"] == 0
    sway.move_cursor(-5, -5)
    wait_until(lambda: status(sway)["idle"] is False or None, 10, "back")
    data = status(sway)
    assert data["breaks_today"] == 1  # away as long as a micro break: that was the break
    code, out = cli(sway, "stats", "--json")
    assert code == 0, out
    assert json.loads(out)["natural"] == 1


@pytest.mark.usefixtures("sway_programs")
def test_the_wayland_desktop_ends_everything_it_started(tmp_path: Path) -> None:
    with SwaySession(base_dir=tmp_path / "sway") as second:
        second.launch(["sleep", "600"], name="sleeper")
        assert len(second.leftover_pids()) >= 5  # sway, two buses, waybar, the sleeper
        folder = Path(second.env["WAYLAND_DISPLAY"]).parent
    assert second.leftover_pids() == []
    assert not folder.exists()
