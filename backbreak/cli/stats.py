"""`backbreak stats`: today's breaks and streak from the history file, or every event as CSV.

Reads the history directly (SQLite allows a reader beside the running app), so it works
whether or not backbreak is running, and never changes the history or the settings file.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from backbreak.core.settings import Settings
from backbreak.core.translate import COUNT, fill, tr
from backbreak.paths import Paths
from backbreak.store.settings_store import SettingsStore

if TYPE_CHECKING:
    from backbreak.core.history import Today

EXIT_OK = 0
EXIT_FAILED = 1


def read_settings_quietly(paths: Paths) -> Settings:
    """The person's settings, for the goal, hours and day boundary; defaults when the file is
    missing or unusable (the app reports and repairs that; a reader leaves it alone). Read
    as the app reads it: a FIFO in its place does not hang the command, nor a hostile file
    crash it."""
    return SettingsStore(paths.config_dir).read_only()


def stats(paths: Paths, *, as_json: bool, csv_file: Path | None) -> int:
    from backbreak.store.history_files import HistoryUnavailableError
    from backbreak.store.history_reads import HistoryReader

    settings = read_settings_quietly(paths)
    rules = settings.to_rules()
    import tzlocal  # not backbreak.app's: that package loads Qt

    tz = tzlocal.get_localzone()
    try:
        with HistoryReader(paths.history_file, day_starts_at=rules.day_starts_at) as reader:
            if csv_file is not None:
                count = reader.export_csv(csv_file)
                print(fill(tr("Cli", "Wrote %n events to %1", None, COUNT, count), csv_file))
                return EXIT_OK
            # The same figures as the app's status and its statistics window (core.history).
            today = reader.today(datetime.now(tz), tz, settings.streak_rules(), rules.working_hours)
    except (HistoryUnavailableError, OSError) as error:
        print(f"backbreak: {error}", file=sys.stderr)
        return EXIT_FAILED
    if as_json:
        print(json.dumps(today.to_json_dict(), indent=2, sort_keys=True, default=str))
        return EXIT_OK
    print(stats_lines(today))
    return EXIT_OK


def stats_lines(today: Today) -> str:
    """What `backbreak stats` prints: today's breaks and the streak, each count with its
    plural form."""
    goal, current = today.goal, today.streaks.current
    done = fill(
        tr("Cli", "Today: %1 of %n breaks done, %2 skipped, %3 snoozed.", None, COUNT, goal),
        today.done,
        today.skipped,
        today.snoozed,
    )
    streak = fill(
        tr("Cli", "Streak: %n working days in a row (best %1).", None, COUNT, current),
        today.streaks.best,
    )
    return f"{done}\n{streak}"
