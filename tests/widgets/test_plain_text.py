"""Words from pack files are shown as written, never as markup (issue 12, item 9): a name like
`<font color=red size=6>` or a summary with `<img src=...>` and a link must not render. Every
label in our windows is plain text; the only rich text is our own safety advice."""

from __future__ import annotations

from dataclasses import replace

from pytestqt.qtbot import QtBot

from backbreak.core.exercises import Exercise, Library, load_library
from backbreak.core.guide import Guide
from backbreak.core.settings import Settings
from backbreak.paths import assets_dir
from backbreak.qt import Qt, QtWidgets
from backbreak.ui.card import BreakCard
from backbreak.ui.settings.window import SettingsWindow
from backbreak.ui.stats.window import StatsWindow
from backbreak.ui.style import plain_tooltip

LIBRARY, _ = load_library(assets_dir())
NAME = "<font color=red size=6>Evil</font>"
SUMMARY = "<img src='file:///etc/passwd'> <a href='https://example.com'>click</a> <b>bold</b>"
STEP = "<h1>Shout</h1> then breathe"
# Our own rich text, with links into the advice (written by us, never from a pack).
OUR_RICH_TEXT = {"Safety"}


def hostile_exercise() -> Exercise:
    original = LIBRARY.exercise("chin-tuck")
    assert original is not None
    steps = tuple(replace(step, instruction=STEP) for step in original.steps)
    return replace(original, name=NAME, summary=SUMMARY, setup=STEP, steps=steps)


def rich_labels(widget: QtWidgets.QWidget) -> list[str]:
    return [
        f"{label.objectName() or type(label.parent()).__name__}: {label.text()[:40]!r}"
        for label in widget.findChildren(QtWidgets.QLabel)
        if label.textFormat() != Qt.TextFormat.PlainText and label.objectName() not in OUR_RICH_TEXT
    ]


def test_the_card_shows_pack_words_as_written(qtbot: QtBot) -> None:
    seconds = [100.0]
    card = BreakCard(Guide.for_practice(hostile_exercise()), clock=lambda: seconds[0])
    card.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(card)
    card.present()
    shown = [label.text() for label in card.findChildren(QtWidgets.QLabel)]
    assert NAME in shown and SUMMARY in shown
    assert rich_labels(card) == []
    card.begin()
    seconds[0] += 30
    card.tick()
    assert any(
        STEP in text for text in (label.text() for label in card.findChildren(QtWidgets.QLabel))
    )
    assert rich_labels(card) == []
    card.close()


def test_the_settings_window_shows_pack_words_as_written(qtbot: QtBot) -> None:
    library = Library(exercises=(hostile_exercise(), *LIBRARY.exercises[1:]), safety=LIBRARY.safety)
    window = SettingsWindow(Settings(), library=library)
    qtbot.addWidget(window)
    window.show()
    assert rich_labels(window) == []
    tips = [
        item.toolTip()
        for view in window.findChildren(QtWidgets.QListWidget)
        for item in (view.item(row) for row in range(view.count()))
        if item.text().startswith(NAME)
    ]
    assert tips and all(tip == plain_tooltip(SUMMARY) for tip in tips)
    window.close()


def test_the_statistics_window_has_only_plain_labels(qtbot: QtBot) -> None:
    window = StatsWindow()
    qtbot.addWidget(window)
    assert rich_labels(window) == []


def test_a_plain_tooltip_shows_markup_as_text() -> None:
    tip = plain_tooltip(SUMMARY)
    assert "<img" not in tip and "&lt;img" in tip
    assert plain_tooltip("") == ""
