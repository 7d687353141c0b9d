"""The one-folder bundle (packaging/build-bundle.sh) used as a person would, on the virtual
desktop: it starts, its icon is in the tray, it answers `status --json` through its own
executable, shows the card on `break-now` and quits on `quit`.

Skipped, saying how to build it, when no bundle was built (a developer's plain test run).
In CI it must run: .ci/run builds the bundle and sets BACKBREAK_REQUIRE_BUNDLE, and with it
(or CI) set a missing bundle fails instead."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import tarfile
from pathlib import Path

import pytest
from harness import DesktopSession, Geometry, RunApp, image_is_blank, wait_until

from backbreak import APP_ID, __version__

ROOT = Path(__file__).resolve().parents[2]
BUNDLE_NAME = f"backbreak-{__version__}-linux-{platform.machine()}"
# A path to the bundle's folder (the one holding backbreak/ and share/), to test another one.
BUNDLE_VARIABLE = "BACKBREAK_BUNDLE"
REQUIRE_VARIABLE = "BACKBREAK_REQUIRE_BUNDLE"


def bundle_folder() -> Path:
    return Path(os.environ.get(BUNDLE_VARIABLE) or ROOT / "dist" / BUNDLE_NAME)


@pytest.fixture
def bundle() -> Path:
    """The bundled executable; skips (fails where the bundle is required) without one."""
    executable = bundle_folder() / "backbreak" / "backbreak"
    if not (executable.is_file() and os.access(executable, os.X_OK)):
        reason = f"no bundle at {executable}: build it with bash packaging/build-bundle.sh"
        if os.environ.get(REQUIRE_VARIABLE) or os.environ.get("CI"):
            pytest.fail(f"{reason} ({REQUIRE_VARIABLE} or CI is set: the bundle must be tested)")
        pytest.skip(reason)
    return executable


def run_bundle(
    executable: Path, desktop: DesktopSession, *args: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(executable), *args], env=desktop.env, capture_output=True, text=True, timeout=30
    )


def big_window_of(desktop: DesktopSession, pid: int) -> Geometry | None:
    """A visible window of `pid` bigger than a tray icon (the card), or None."""
    found = desktop.x("xdotool", "search", "--onlyvisible", "--pid", str(pid)).split()
    for wid in found:
        geometry = desktop.window_geometry(int(wid))
        if geometry.w >= 200 and geometry.h >= 150:
            return geometry
    return None


@pytest.mark.parametrize("desktop", ["xembed"], indirect=True)
def test_the_bundle_starts_shows_its_icon_a_card_and_quits(
    bundle: Path, desktop: DesktopSession, run_app: RunApp, tmp_path: Path
) -> None:
    app = run_app([str(bundle)], name="backbreak-bundle")
    wait_until(
        lambda: run_bundle(bundle, desktop, "status").returncode == 0 or None,
        30,
        "the bundled backbreak to answer",
    )
    icon = desktop.wait_for_tray_icon(app.pid, timeout=20)
    assert not image_is_blank(desktop.screenshot(tmp_path / "icon.png", icon))

    answer = run_bundle(bundle, desktop, "status", "--json")
    assert answer.returncode == 0, answer.stderr
    status = json.loads(answer.stdout)
    assert status["running"] is True and status["state"] == "counting", status

    assert big_window_of(desktop, app.pid) is None  # no card yet
    assert run_bundle(bundle, desktop, "break-now").returncode == 0
    card = wait_until(lambda: big_window_of(desktop, app.pid), 15, "the card of the bundle")
    assert not image_is_blank(desktop.screenshot(tmp_path / "card.png", card))
    assert json.loads(run_bundle(bundle, desktop, "status", "--json").stdout)["state"] == "on_break"

    assert run_bundle(bundle, desktop, "quit").returncode == 0
    assert app.wait(15) == 0
    assert "Traceback" not in app.stderr(), app.stderr()


def test_the_bundle_installs_its_menu_entry_and_the_tarball_carries_the_desktop_files(
    bundle: Path, user_dirs: dict[str, Path]
) -> None:
    """`backbreak install-desktop-entry` from the bundle draws the icons from the SVG, which
    needs Qt's SVG plugins inside the bundle; the tarball has the folder and share/."""
    done = subprocess.run(
        [str(bundle), "install-desktop-entry"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    data = user_dirs["XDG_DATA_HOME"]
    entry = (data / "applications" / f"{APP_ID}.desktop").read_text()
    assert f"Exec={bundle}" in entry.splitlines()
    icon = data / "icons" / "hicolor" / "512x512" / "apps" / f"{APP_ID}.png"
    assert icon.read_bytes().startswith(b"\x89PNG") and icon.stat().st_size > 5000

    tarball = bundle_folder().with_name(bundle_folder().name + ".tar.gz")
    with tarfile.open(tarball) as archive:
        names = set(archive.getnames())
    top = bundle_folder().name
    for path in (
        "backbreak/backbreak",
        f"backbreak/_internal/backbreak/assets/desktop/{APP_ID}.metainfo.xml",
        f"share/applications/{APP_ID}.desktop",
        f"share/metainfo/{APP_ID}.metainfo.xml",
        f"share/icons/hicolor/scalable/apps/{APP_ID}.svg",
        f"share/icons/hicolor/256x256/apps/{APP_ID}.png",
    ):
        assert f"{top}/{path}" in names, path
