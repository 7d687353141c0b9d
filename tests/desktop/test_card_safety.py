"""Safety on the card, as a screen reader and a person get it: the installed app on a virtual
desktop shows an exercise's cautions and the safety reminder, read back from the accessibility
bus (AT-SPI, what Orca reads), in the light and the dark palette.

The dark palette comes from the app's own setting (appearance.theme), on two desktops: one with
GTK's platform theme (QT_QPA_PLATFORMTHEME=gtk3, as on GNOME), which Qt asks for the colour
scheme, and plain X with none, where the app puts in its own palette (style.apply_theme).
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path

import pytest
from harness import (
    DesktopSession,
    Geometry,
    RunApp,
    accessibility_missing,
    image_is_blank,
    missing_message,
    wait_until,
)
from test_app import backbreak_command, cli, keep_screenshot

from backbreak.core import settings as s
from backbreak.core.exercises import Exercise, Library, candidates, load_library
from backbreak.core.planner import BreakKind
from backbreak.paths import assets_dir
from backbreak.store.settings_store import SettingsStore

Node = dict[str, object]


@pytest.fixture(scope="module")
def library() -> Library:
    found, problems = load_library(assets_dir())
    assert not problems
    return found


def exercise_with_cautions(library: Library) -> Exercise:
    """An exercise that fills a micro break at the desk on its own and has cautions: the
    first by id, so every run shows the same one."""
    fitting = candidates(library, BreakKind.MICRO, s.defaults().exercise_setting())
    found = [p for p in fitting if isinstance(p, Exercise) and p.cautions]
    assert found, "no exercise with cautions fills a micro break at the desk"
    return found[0]


def only(library: Library, keep: Exercise, theme: str) -> s.Settings:
    """Settings under which every break shows `keep` alone (everything else excluded)."""
    others = [e.id for e in library.exercises if e.id != keep.id]
    others += [r.id for r in library.routines]
    return s.defaults().with_changes({"exercises.excluded": others, "appearance.theme": theme})


def config_dir(desktop: DesktopSession) -> Path:
    """Where the app in this desktop reads its settings (asked of the app, not guessed)."""
    result = cli(desktop, "paths")
    assert result.returncode == 0, result.stderr
    match = re.search(r"^config\s+(.+)$", result.stdout, re.M)
    assert match, result.stdout
    return Path(match[1].strip())


def named(tree: Sequence[Node], role: str, name: str) -> Node:
    found = [node for node in tree if node["role"] == role and node["name"] == name]
    assert len(found) == 1, f"{len(found)} {role}s named {name!r}: {[n['name'] for n in tree]}"
    return found[0]


def showing(node: Node) -> bool:
    states = node["states"]
    assert isinstance(states, list)
    return "showing" in states and "visible" in states


def extents(node: Node) -> Geometry:
    box = node["extents"]
    assert isinstance(box, list) and len(box) == 4, box
    return Geometry(*box)


def mean_lightness(desktop: DesktopSession, region: Geometry) -> float:
    """Mean of all channels of a screen region, 0 (black) to 1 (white)."""
    out = desktop.x(
        "import", "-window", "root", "-crop", region.crop_spec(), "-format", "%[fx:mean]", "info:"
    )
    return float(out)


def contrast(desktop: DesktopSession, region: Geometry) -> float:
    """WCAG contrast ratio between the darkest and the lightest grey of a screen region: for
    a line of text on the card, the ink against the card (4.5 is the floor for small text)."""
    out = desktop.x(
        "import", "-window", "root", "-crop", region.crop_spec(), "-colorspace", "Gray",
        "-format", "%[fx:minima] %[fx:maxima]", "info:",
    )  # fmt: skip
    darkest, lightest = (relative_luminance(float(v)) for v in out.split())
    return (lightest + 0.05) / (darkest + 0.05)


def relative_luminance(srgb: float) -> float:
    return srgb / 12.92 if srgb <= 0.04045 else ((srgb + 0.055) / 1.055) ** 2.4


@pytest.fixture
def accessibility() -> None:
    missing = accessibility_missing()
    if missing:
        message = missing_message(missing)
        if os.environ.get("CI"):
            # packaging/install-debian-deps.sh --test installs these: a skip in CI would
            # pass off an unread card as green.
            pytest.fail("CI must run the accessibility test; " + message)
        pytest.skip(message)


@pytest.mark.usefixtures("accessibility")
@pytest.mark.parametrize("desktop", ["xembed"], indirect=True)
@pytest.mark.parametrize("platform_theme", ["gtk3", "plain-x"])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_card_reads_out_the_exercises_cautions_and_the_safety_reminder(
    desktop: DesktopSession,
    run_app: RunApp,
    tmp_path: Path,
    library: Library,
    theme: str,
    platform_theme: str,
) -> None:
    exercise = exercise_with_cautions(library)
    assert library.safety is not None and library.safety.reminder
    SettingsStore(config_dir(desktop)).save(only(library, exercise, theme))
    desktop.start_accessibility_bus()
    extra_env = {"QT_QPA_PLATFORMTHEME": "gtk3"} if platform_theme == "gtk3" else {}
    app = run_app([backbreak_command()], name="backbreak", extra_env=extra_env)
    wait_until(lambda: cli(desktop, "status").returncode == 0 or None, 20, "backbreak to answer")
    result = cli(desktop, "break-now")
    assert result.returncode == 0, result.stderr

    def card_with_words() -> list[Node] | None:
        tree = desktop.accessible_tree(app.pid)
        if tree is None:
            return None
        cards = [node for node in tree if node["name"] == "Stretch break"]
        cautions = [node for node in tree if node["name"] == "Take care" and node["description"]]
        return tree if cards and cautions and showing(cautions[0]) else None

    tree = wait_until(card_with_words, 20, "the card's cautions on the accessibility bus")
    card = named(tree, "filler", "Stretch break")
    assert showing(card)
    # The break shows the chosen exercise, and every caution of it is read out.
    assert any(node["name"] == exercise.name for node in tree), [n["name"] for n in tree]
    caution = named(tree, "label", "Take care")
    assert showing(caution)
    for text in (*exercise.cautions, exercise.notes):
        if text:
            assert text in str(caution["description"])
    reminder = named(tree, "label", "Safety reminder")
    assert showing(reminder)
    assert reminder["description"] == library.safety.reminder

    # What a person sees: the card in the palette asked for, and the cautions and the
    # reminder drawn where the accessibility bus says they are, inside the card.
    window = extents(card)
    lightness = mean_lightness(desktop, window)
    if theme == "dark":
        assert lightness < 0.35, f"a dark card, not {lightness:.2f}"
    else:
        assert lightness > 0.65, f"a light card, not {lightness:.2f}"
    for node in (caution, reminder):
        box = extents(node)
        assert window.x <= box.x and box.x + box.w <= window.x + window.w, (box, window)
        assert window.y <= box.y and box.y + box.h <= window.y + window.h, (box, window)
        shot = desktop.screenshot(tmp_path / f"{node['name']}.png", box)
        assert not image_is_blank(shot), node["name"]
        assert contrast(desktop, box) >= 4.5, f"{node['name']} hard to read on a {theme} card"
    shot = desktop.screenshot(tmp_path / f"card-{theme}-{platform_theme}.png", window)
    keep_screenshot(shot, f"card-caution-{theme}-{platform_theme}.png")
    assert cli(desktop, "quit").returncode == 0
    assert app.wait(10) == 0
