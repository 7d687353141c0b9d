"""Counts take their plural form in every language, English too ("1 working day"), and a
value put into a message stays as it is, even when it holds "%2"."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from backbreak.cli.main import _pause_args
from backbreak.cli.stats import stats_lines
from backbreak.core.catalogue import Catalogue
from backbreak.core.history import Streaks, Today
from backbreak.core.translate import COUNT, fill, speaking, tr
from backbreak.paths import i18n_dir


def _catalogue(language: str) -> Catalogue:
    return Catalogue.read(i18n_dir() / f"backbreak_{language}.ts", language)


def _today(*, done: int, goal: int, current: int, best: int) -> Today:
    return Today(
        day=date(2026, 3, 2),
        working_day=True,
        done=done,
        completed=done,
        natural=0,
        skipped=0,
        snoozed=1,
        goal=goal,
        streaks=Streaks(current=current, best=best),
    )


def test_fill_puts_every_value_in_once() -> None:
    assert fill("%1 then %2", "%2", "b") == "%2 then b"
    assert fill("%2, %1 and %3", "a", "b") == "b, a and %3"  # a value missing: left as is
    assert fill("%1 of %n", 3) == "3 of %n"  # the count is tr's to put in


def test_a_pause_length_is_quoted_as_typed(capsys: pytest.CaptureFixture[str]) -> None:
    # A chain of .replace("%1", typed).replace("%2", "7") printed "'7' is not a pause
    # length" for `backbreak pause %2`.
    with speaking(_catalogue("en")):
        assert _pause_args("%2", None) == {}
    said = capsys.readouterr().err
    assert said.startswith("backbreak pause: '%2' is not a pause length"), said
    assert "(up to 7 days)" in said


def test_stats_speak_of_one_working_day_and_of_two_in_english() -> None:
    with speaking(_catalogue("en")):
        one = stats_lines(_today(done=0, goal=1, current=1, best=1))
        two = stats_lines(_today(done=3, goal=6, current=2, best=5))
    assert one.splitlines() == [
        "Today: 0 of 1 break done, 0 skipped, 1 snoozed.",
        "Streak: 1 working day in a row (best 1).",
    ]
    assert two.splitlines() == [
        "Today: 3 of 6 breaks done, 0 skipped, 1 snoozed.",
        "Streak: 2 working days in a row (best 5).",
    ]


def test_stats_take_the_languages_plural_forms() -> None:
    with speaking(_catalogue("de")):
        assert stats_lines(_today(done=1, goal=6, current=1, best=4)).splitlines()[1] == (
            "Serie: 1 Arbeitstag am Stück (Bestwert 4)."
        )
        assert stats_lines(_today(done=1, goal=6, current=0, best=4)).splitlines()[1] == (
            "Serie: 0 Arbeitstage am Stück (Bestwert 4)."
        )
    with speaking(_catalogue("fr")):  # French: the singular for 0 and 1
        assert "Série\u202f: 0 jour travaillé d'affilée" in stats_lines(
            _today(done=1, goal=6, current=0, best=4)
        )
        assert "Série\u202f: 2 jours travaillés d'affilée" in stats_lines(
            _today(done=1, goal=6, current=2, best=4)
        )
    with speaking(_catalogue("es")):
        assert "Racha: 1 día laborable seguido" in stats_lines(
            _today(done=1, goal=6, current=1, best=4)
        )


def test_the_app_speaks_english_plurals_through_qt(qapp: Any) -> None:
    """The app loads backbreak_en.qm when it speaks English (app.main.speak): Qt picks the
    form and writes %Ln as the locale does."""
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    translator = QTranslator()
    assert translator.load(str(i18n_dir() / "backbreak_en.qm"))
    assert QCoreApplication.installTranslator(translator)
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        one, many = 1, 1234
        assert tr("Stats", "Current streak: %Ln working days.", None, COUNT, one) == (
            "Current streak: 1 working day."
        )
        assert tr("Stats", "Exported %Ln events to %1", None, COUNT, many) == (
            "Exported 1,234 events to %1"
        )
        assert tr("Card", "Snooze the break for %n minutes", None, COUNT, one) == (
            "Snooze the break for 1 minute"
        )
    finally:
        QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(before)
