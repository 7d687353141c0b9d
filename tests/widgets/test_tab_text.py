"""Tabs that are not selected show their text whole: the dots of "Übungen" and the accent of
"Énergie" (German and the pseudo-locale's settings tabs). Fusion and Windows lay out a tab's
text 2 px shorter than a line when the tab is not selected, and the text was clipped to that,
top and bottom (see backbreak.ui.style.TabBar)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from backbreak.core.settings import Settings
from backbreak.qt import QtGui, QtWidgets
from backbreak.ui.settings.window import SettingsWindow
from backbreak.ui.style import TabBar, TabWidget

STYLES = ("Fusion", "Windows")  # the two QCommonStyle styles every Qt build has


@pytest.fixture(params=STYLES)
def style(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def tabs_with(qtbot: QtBot, name: str, second: str) -> TabWidget:
    """Tabs "Allgemein" (selected) and `second`, drawn in the style called `name`."""
    tabs = TabWidget()
    qtbot.addWidget(tabs)
    style = QtWidgets.QStyleFactory.create(name)
    assert style is not None, name
    style.setParent(tabs)  # goes with the tabs
    # A widget's style does not reach its children: the bar is given it as well.
    tabs.setStyle(style)
    tabs.tabBar().setStyle(style)
    tabs.addTab(QtWidgets.QWidget(), "Allgemein")
    tabs.addTab(QtWidgets.QWidget(), second)
    tabs.resize(400, 120)
    tabs.show()
    qtbot.waitExposed(tabs)
    return tabs


def second_tab(tabs: TabWidget) -> QtGui.QImage:
    """The unselected second tab as drawn, in the tab bar's own pixels."""
    bar = tabs.tabBar()
    assert bar.currentIndex() == 0
    image = bar.grab().toImage()
    return image.copy(bar.tabRect(1)).convertToFormat(QtGui.QImage.Format.Format_RGB32)


def differing_rows(one: QtGui.QImage, other: QtGui.QImage) -> list[int]:
    assert one.size() == other.size()
    return [
        y
        for y in range(one.height())
        if any(one.pixel(x, y) != other.pixel(x, y) for x in range(one.width()))
    ]


def lightness(image: QtGui.QImage, x: int, y: int) -> int:
    return QtGui.QColor(image.pixel(x, y)).lightness()


def ink_rows(image: QtGui.QImage, column_range: range) -> list[int]:
    """Rows with text-dark pixels among `column_range`."""
    return [
        y for y in range(image.height()) if any(lightness(image, x, y) < 100 for x in column_range)
    ]


def test_the_umlaut_of_an_unselected_tab_is_drawn_above_its_capital(
    qtbot: QtBot, style: str
) -> None:
    # The same word with and without the dots: the tabs are the same width, so whatever
    # differs between the two pictures is the dots.
    dots = second_tab(tabs_with(qtbot, style, "Übungen"))
    plain = second_tab(tabs_with(qtbot, style, "Ubungen"))
    rows = differing_rows(dots, plain)
    assert rows, "the dots of Ü are not drawn on a tab that is not selected"
    # Above the capital, which the plain picture shows alone.
    letters = ink_rows(plain, range(plain.width()))
    assert letters
    assert max(rows) < min(letters)


def test_the_accent_of_an_unselected_tab_is_drawn(qtbot: QtBot, style: str) -> None:
    accent = second_tab(tabs_with(qtbot, style, "Énergie"))
    plain = second_tab(tabs_with(qtbot, style, "Energie"))
    assert differing_rows(accent, plain), "the accent of É is not drawn"


def test_the_tails_of_an_unselected_tab_are_drawn(qtbot: QtBot, style: str) -> None:
    # The clip cut the bottom as well: "gy" is drawn from the top of the g down to the end
    # of the tails, as tall as the font's glyphs are.
    tabs = tabs_with(qtbot, style, "gy")
    image = second_tab(tabs)
    middle = image.width() // 2
    # Ink is what differs from the tab's own shading in that row, left of the text.
    drawn = [
        y
        for y in range(image.height())
        if any(
            abs(lightness(image, x, y) - lightness(image, middle - 16, y)) > 24
            for x in range(middle - 10, middle + 10)
        )
    ]
    glyphs = tabs.tabBar().fontMetrics().tightBoundingRect("gy")
    assert drawn[-1] - drawn[0] + 1 >= glyphs.height()


def test_unselected_tabs_leave_a_whole_line_for_their_text(qtbot: QtBot, style: str) -> None:
    tabs = tabs_with(qtbot, style, "Übungen")
    bar = tabs.tabBar()
    option = QtWidgets.QStyleOptionTab()
    bar.initStyleOption(option, 1)
    assert not option.state & QtWidgets.QStyle.StateFlag.State_Selected
    text = bar.style().subElementRect(QtWidgets.QStyle.SubElement.SE_TabBarTabText, option, bar)
    assert text.height() >= bar.fontMetrics().height()
    # The accent reaches above the font's ascent, which a line leaves room for.
    umlaut = bar.fontMetrics().boundingRect("Ü")
    assert text.height() >= umlaut.height()
    assert bar.tabRect(1).contains(text)


def test_the_settings_window_uses_the_tab_bar_that_leaves_room(qtbot: QtBot) -> None:
    window = SettingsWindow(Settings())
    qtbot.addWidget(window)
    assert isinstance(window.tabs.tabBar(), TabBar)


def test_the_tab_bar_keeps_its_hint_for_side_tabs(qtbot: QtBot) -> None:
    bar = TabBar()
    qtbot.addWidget(bar)
    bar.addTab("Übungen")
    bar.setShape(QtWidgets.QTabBar.Shape.RoundedWest)
    plain = QtWidgets.QTabBar()
    qtbot.addWidget(plain)
    plain.addTab("Übungen")
    plain.setShape(QtWidgets.QTabBar.Shape.RoundedWest)
    assert bar.tabSizeHint(0) == plain.tabSizeHint(0)
