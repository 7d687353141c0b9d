"""The words and numbers the statistics window shows, in the person's locale."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

from backbreak.core.translate import fill
from backbreak.qt import COUNT, QtCore, tr


def exercise_label(exercise_id: str, names: Mapping[str, str]) -> str:
    """An exercise's name, or its id made readable when the library no longer knows it."""
    name = names.get(exercise_id)
    if name:
        return name
    words = exercise_id.replace("-", " ").replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def exported_text(count: int, path: str | Path) -> str:
    """The result line after a CSV export, for `StatsWindow.show_message`."""
    return fill(tr("Stats", "Exported %Ln events to %1", None, COUNT, count), path)


def export_failed_text(path: str | Path, error: BaseException) -> str:
    """The result line when an export failed, naming the file and the reason."""
    reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
    return fill(tr("Stats", "Could not export to %1: %2"), path, reason)


def number(value: int) -> str:
    return QtCore.QLocale().toString(value)


def decimal(value: float) -> str:
    return QtCore.QLocale().toString(value, "f", 1)


def qdate(day: date) -> QtCore.QDate:
    return QtCore.QDate(day.year, day.month, day.day)


def day_text(day: date) -> str:
    # The pattern goes through tr so a translation can put the month first.
    return QtCore.QLocale().toString(qdate(day), tr("Stats", "d MMMM", "date without year"))


def short_day_text(day: date) -> str:
    return QtCore.QLocale().toString(qdate(day), tr("Stats", "d MMM", "short date"))


def weekday_name(day: date, short: bool = False) -> str:
    form = QtCore.QLocale.FormatType.ShortFormat if short else QtCore.QLocale.FormatType.LongFormat
    return QtCore.QLocale().dayName(day.isoweekday(), form)


def long_day_text(day: date) -> str:
    return f"{weekday_name(day)} {day_text(day)}"


def day_done_text(day: date, done: int) -> str:
    """A day and its breaks done, as a chart's tooltip says it."""
    return fill(tr("Stats", "%1: %Ln breaks done", None, COUNT, done), long_day_text(day))
