"""Pictures of the card, the settings, statistics and status windows and the tray menu in one
language, to look at before a language ships: cut-off text, words left in English, sentences
glued from pieces.

    python3 packaging/i18n/screens.py --language de --out DIR [--dark]
    python3 packaging/i18n/screens.py --catalogue pseudo.qm --out DIR   (pseudo_locale.py)

Offscreen (no display needed); the windows are drawn at their natural size."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from backbreak.app.main import speak
from backbreak.core.exercises import load_library
from backbreak.core.exercises.words import in_language
from backbreak.core.guide import Guide
from backbreak.core.history import (
    HistoryEvent,
    HistoryEventKind,
    StreakRules,
    aggregate,
    summarise,
)
from backbreak.core.settings import Settings
from backbreak.core.status import Status
from backbreak.paths import assets_dir, exercise_words_file
from backbreak.qt import QtCore, QtWidgets
from backbreak.ui.actions import AppActions
from backbreak.ui.card import BreakCard
from backbreak.ui.icons import app_icon
from backbreak.ui.settings.window import SettingsWindow
from backbreak.ui.stats.window import StatsWindow
from backbreak.ui.status_window import StatusWindow
from backbreak.ui.style import apply_theme
from backbreak.ui.tray import tray_menu

ZONE = ZoneInfo("Europe/Berlin")


def _history(today: date) -> list[HistoryEvent]:
    events = []
    for back in range(60):
        day = today - timedelta(days=back)
        for n in range((back * 7) % 8):
            at = datetime.combine(day, time(9 + n, 10), ZONE)
            events.append(
                HistoryEvent.create(HistoryEventKind.COMPLETED, at, ZONE, exercise_id="cat-cow")
            )
    return events


def _grab(widget: QtWidgets.QWidget, target: Path) -> None:
    widget.show()
    QtWidgets.QApplication.processEvents()
    widget.grab().save(str(target))
    print(target)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", default="en")
    parser.add_argument("--catalogue", type=Path, help="a .qm to load instead of a language")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--dark", action="store_true")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QtWidgets.QApplication(sys.argv[:1])
    if args.catalogue is not None:
        translator = QtCore.QTranslator(app)
        if not translator.load(str(args.catalogue)):
            print(f"cannot read {args.catalogue}", file=sys.stderr)
            return 1
        app.installTranslator(translator)
        language = "en"
    else:
        language = speak(app, args.language)
    apply_theme("dark" if args.dark else "light")
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "-dark" if args.dark else ""
    library, _problems = load_library(assets_dir())
    library = in_language(library, exercise_words_file(language))

    practice = library.get("cat-cow")
    assert practice is not None
    # The reminder every card of the app shows, in the language (app.exercise_library).
    reminder = library.safety.reminder if library.safety is not None else ""
    card = BreakCard(Guide.for_practice(practice), reminder=reminder)
    card.present()
    card.begin()
    _grab(card, args.out / f"card{suffix}.png")
    card.close_now()

    settings = SettingsWindow(Settings(), library=library)
    _grab(settings, args.out / f"settings{suffix}.png")

    stats = StatsWindow()
    today = date.today()
    rules = StreakRules(6, lambda day: day.weekday() < 5)
    # The regions each exercise works, as the app gives them (app.statistics): without them
    # "Body regions, last 7 days" says no exercise was done beside a week of exercises.
    regions_of = {p.id: [r.value for r in p.regions] for p in library.exercises}
    summary = summarise(
        aggregate(_history(today), today=today), today=today, rules=rules, regions_of=regions_of
    )
    # The exercises' names in the language, as the app gives its window (app.statistics).
    stats.show_summary(summary, exercise_names={p.id: p.name for p in library.exercises})
    _grab(stats, args.out / f"stats{suffix}.png")

    actions = AppActions()
    status = StatusWindow(actions, app_icon("backbreak"), app_icon("backbreak-paused"))
    status.show_status(Status(seconds_to_next_break=12 * 60, breaks_today=3))
    _grab(status, args.out / f"status-window{suffix}.png")

    # The tray menu with a break at hand: its Snooze and Skip entries show.
    actions.offer_break_choices(snooze_minutes=5, skip=True)
    menu = tray_menu(actions)
    _grab(menu, args.out / f"tray-menu{suffix}.png")
    menu.deleteLater()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
