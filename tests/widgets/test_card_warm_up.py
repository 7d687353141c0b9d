"""The card's warm-up, which the app runs at a break's warning so that the first card of the
process appears as fast as any later one (tests/benchmarks/bench_card.py measures that)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from backbreak.qt import QtWidgets
from backbreak.ui.card import warm_up


def test_warm_up_shows_nothing_and_leaves_no_card_behind(qtbot: QtBot) -> None:
    before = set(QtWidgets.QApplication.topLevelWidgets())
    warm_up()
    # The throwaway card is gone at once, not waiting for an event loop to delete it; the
    # guard in tests/conftest.py fails the test if a timer of it were left running.
    assert set(QtWidgets.QApplication.topLevelWidgets()) == before
