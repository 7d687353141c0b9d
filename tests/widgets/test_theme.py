"""`theme = "dark"` gives dark windows even where the desktop has no platform theme to ask
(issue 15). Offscreen, as on plain X with no desktop, Qt has no platform theme: the colour
scheme request changes nothing, so our own palette must stand in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from apps import build_app
from pytestqt.qtbot import QtBot

from backbreak.qt import QtGui, QtWidgets
from backbreak.ui.style import apply_theme, dark_palette, is_dark


@pytest.fixture
def desktop_look(qapp: QtWidgets.QApplication) -> Iterator[tuple[str, str]]:
    """The look before the test, put back after it (the application is shared by tests)."""
    before = (qapp.style().name(), qapp.palette().color(QtGui.QPalette.ColorRole.Window).name())
    yield before
    apply_theme("system")
    after = (qapp.style().name(), qapp.palette().color(QtGui.QPalette.ColorRole.Window).name())
    assert after == before


def window_colour(widget: QtWidgets.QWidget) -> QtGui.QColor:
    return widget.palette().color(QtGui.QPalette.ColorRole.Window)


def test_dark_applies_our_palette_where_the_desktop_cannot(
    qtbot: QtBot, qapp: QtWidgets.QApplication, desktop_look: tuple[str, str]
) -> None:
    assert not is_dark(qapp.palette())  # offscreen starts light
    window = QtWidgets.QLabel("text")
    qtbot.addWidget(window)
    apply_theme("dark")
    assert is_dark(qapp.palette())
    # Widgets that exist take the application's palette with the next event round.
    qtbot.waitUntil(lambda: is_dark(window.palette()))
    assert qapp.style().name().lower() == "fusion"
    text = window.palette().color(QtGui.QPalette.ColorRole.WindowText)
    assert text.lightness() - window_colour(window).lightness() > 150  # readable
    # Back to the desktop's own look, and to light on request.
    apply_theme("system")
    qtbot.waitUntil(lambda: window_colour(window).name() == desktop_look[1])
    apply_theme("light")
    qtbot.wait(10)
    assert not is_dark(window.palette())
    apply_theme("dark")
    apply_theme("light")
    assert not is_dark(qapp.palette())


def test_the_dark_palette_dims_disabled_text_but_keeps_it_readable() -> None:
    palette = dark_palette()
    roles, disabled = QtGui.QPalette.ColorRole, QtGui.QPalette.ColorGroup.Disabled
    window = palette.color(roles.Window).lightness()
    enabled = palette.color(roles.WindowText).lightness()
    dimmed = palette.color(disabled, roles.WindowText).lightness()
    assert window < dimmed < enabled


def test_the_setting_applies_it_in_the_running_app(
    qtbot: QtBot, tmp_path: Path, qapp: QtWidgets.QApplication, desktop_look: tuple[str, str]
) -> None:
    from zoneinfo import ZoneInfo

    from clocks import HandClock
    from schedulers import HandScheduler

    from backbreak.core.planner import Planner
    from backbreak.paths import Paths
    from backbreak.store.settings_store import SettingsStore

    paths = Paths(tmp_path / "config", tmp_path / "data", tmp_path / "log", tmp_path / "run")
    paths.ensure()
    store = SettingsStore(paths.config_dir)
    settings = store.load().settings
    clock = HandClock()
    zone = ZoneInfo("Europe/Berlin")
    controller = build_app(
        Planner(settings.to_rules(), zone, clock.now()),
        clock,
        zone,
        scheduler_factory=HandScheduler,
        settings=settings,
        settings_store=store,
    )
    qtbot.addWidget(controller.windows.window)
    controller.start(scheduler_delay_ms=0)
    try:
        controller.settings.change({"appearance.theme": "dark"})
        qtbot.waitUntil(lambda: is_dark(controller.windows.window.palette()))
        controller.settings.change({"appearance.theme": "system"})
        qtbot.waitUntil(lambda: not is_dark(controller.windows.window.palette()))
    finally:
        controller.stop()
