"""Reading the history: the queries shared by the app's store and the CLI's reader."""

from __future__ import annotations

import csv
import io
import sqlite3
from collections.abc import Collection, Container, Sequence
from datetime import date, datetime, time, tzinfo
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from backbreak.core.history import (
    DEFAULT_DAY_STARTS_AT,
    MONTH_DAYS,
    PAUSE_KINDS,
    WEEK_DAYS,
    HistoryAggregates,
    HistoryEvent,
    HistoryEventKind,
    StreakRules,
    count_by_day,
    count_exercises,
    paused_days,
    ratings_by_day,
    today_record,
    window,
)
from backbreak.core.hours import WorkingHours
from backbreak.files import (
    exporting,
)
from backbreak.store.history_files import (
    cannot_read,
    open_read_only,
)
from backbreak.store.history_schema import (
    COLUMNS,
    CSV_HEADER,
    KINDS,
    SELECT_EVENT,
    csv_row,
    day_range,
    parse_day,
    row_event,
    utc_text,
)

# ---------------------------------------------------------------------------------------------
# Reading


class HistoryReads:
    """The read API, shared by the writer (which adds the events it still holds) and the
    read-only reader."""

    path: Path
    _day_starts_at: time = DEFAULT_DAY_STARTS_AT

    def _reading(self) -> sqlite3.Connection | None:
        raise NotImplementedError

    def _unsaved(self) -> Sequence[HistoryEvent]:
        return ()

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _query(self, sql: str, parameters: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        connection = self._reading()
        if connection is None:
            return []
        try:
            return connection.execute(sql, parameters).fetchall()
        except sqlite3.Error as error:
            raise cannot_read(self.path, error) from error

    def daily_counts(
        self, first: date | None = None, last: date | None = None
    ) -> dict[date, dict[HistoryEventKind, int]]:
        """Events per day and kind on the days first..last (None: from the start / to the
        end of the history). Days without events are absent."""
        counts: dict[date, dict[HistoryEventKind, int]] = {}
        rows = self._query(
            "SELECT day, kind, count(*) FROM events WHERE day BETWEEN ? AND ? GROUP BY day, kind",
            day_range(first, last),
        )
        for day_text, kind_text, count in rows:
            day, kind = parse_day(day_text), KINDS.get(str(kind_text))
            if day is not None and kind is not None:
                counts.setdefault(day, {})[kind] = int(count)
        unsaved = self._unsaved()
        if unsaved:
            for day, kinds in count_by_day(unsaved, self._day_starts_at).items():
                if (first is None or first <= day) and (last is None or day <= last):
                    merged = counts.setdefault(day, {})
                    for kind, count in kinds.items():
                        merged[kind] = merged.get(kind, 0) + count
        return counts

    def events(
        self,
        start: datetime | None = None,
        end: datetime | None = None,
        kinds: Collection[HistoryEventKind] | None = None,
    ) -> list[HistoryEvent]:
        """Events at instants in [start, end) (None: unbounded), of `kinds` (None: all), in
        time order."""
        sql = f"{SELECT_EVENT} WHERE utc >= ? AND utc < ?"
        parameters: list[object] = [
            "" if start is None else utc_text(start),
            "~" if end is None else utc_text(end),  # "~" sorts after every digit
        ]
        if kinds is not None:
            sql += f" AND kind IN ({', '.join('?' * len(kinds))})"
            parameters += [kind.value for kind in kinds]
        found = [
            event
            for event in (
                row_event(row) for row in self._query(sql + " ORDER BY utc, id", parameters)
            )
            if event is not None
        ]
        unsaved = [
            event
            for event in self._unsaved()
            if (start is None or start <= event.at)
            and (end is None or event.at < end)
            and (kinds is None or event.kind in kinds)
        ]
        if unsaved:
            found = sorted(found + unsaved, key=lambda event: event.at)
        return found

    def exercise_counts(
        self, first: date | None = None, last: date | None = None
    ) -> dict[str, int]:
        """Completed breaks per exercise on the days first..last."""
        rows = self._query(
            "SELECT exercise_id, count(*) FROM events WHERE day BETWEEN ? AND ? "
            "AND kind = 'completed' AND exercise_id IS NOT NULL GROUP BY exercise_id",
            day_range(first, last),
        )
        counts = {str(exercise_id): int(count) for exercise_id, count in rows}
        unsaved = self._unsaved()
        if unsaved:
            low, high = (date.fromisoformat(text) for text in day_range(first, last))
            for exercise_id, count in count_exercises(
                unsaved, low, high, self._day_starts_at
            ).items():
                counts[exercise_id] = counts.get(exercise_id, 0) + count
        return counts

    def comfort_by_day(
        self, first: date | None = None, last: date | None = None
    ) -> dict[date, tuple[int, ...]]:
        """Comfort ratings (0-10) per day on the days first..last, in time order."""
        ratings: dict[date, list[int]] = {}
        rows = self._query(
            "SELECT day, rating FROM events WHERE kind = 'comfort' AND day BETWEEN ? AND ? "
            "AND rating IS NOT NULL ORDER BY utc, id",
            day_range(first, last),
        )
        for day_text, rating in rows:
            day = parse_day(day_text)
            if day is not None:
                ratings.setdefault(day, []).append(int(rating))
        unsaved = self._unsaved()
        if unsaved:
            low, high = (date.fromisoformat(text) for text in day_range(first, last))
            for day, values in ratings_by_day(unsaved, low, high, self._day_starts_at).items():
                ratings.setdefault(day, []).extend(values)
        return {day: tuple(values) for day, values in ratings.items()}

    def aggregates(self, today: date) -> HistoryAggregates:
        """Everything `core.history.summarise` needs for `today`, in four indexed queries."""
        return HistoryAggregates(
            daily=self.daily_counts(),
            exercises=self.exercise_counts(*window(today, WEEK_DAYS)),
            comfort=self.comfort_by_day(*window(today, MONTH_DAYS)),
            pauses=tuple(self.events(kinds=PAUSE_KINDS)),
        )

    def paused_days(
        self, now: datetime, hours: WorkingHours, tz: tzinfo, day_starts_at: time
    ) -> frozenset[date]:
        """`core.history.paused_days` from the pause events on file."""
        return paused_days(self.events(kinds=PAUSE_KINDS), now, hours, tz, day_starts_at)

    def today_summary(
        self,
        today: date,
        rules: StreakRules | None = None,
        paused_days: Container[date] = frozenset(),
    ) -> dict[str, object]:
        """Today in numbers for `--json`; the keys (stable) are those of
        `core.history.today_record`: day, working_day, done, completed, natural, skipped,
        snoozed, goal, goal_met, current_streak, best_streak."""
        return today_record(self.daily_counts(), today=today, rules=rules, paused_days=paused_days)

    def export_csv(self, target: Path) -> int:
        """Write every event to `target` as CSV (a header row, then one row per event in the
        order they happened to be recorded; times ISO 8601), atomically: the file appears
        whole or not at all. A pipe or a device (`/dev/stdout`) is written into, never
        replaced; a folder or socket is refused (files.exporting). Events not yet saved have
        an empty id. Returns the event count."""
        connection = self._reading()
        written = 0
        with exporting(target) as file:
            stream = io.TextIOWrapper(file, encoding="utf-8", newline="")
            writer = csv.writer(stream)
            writer.writerow(CSV_HEADER)
            if connection is not None:
                try:
                    for row in connection.execute(
                        f"SELECT id, {', '.join(COLUMNS)} FROM events ORDER BY id"
                    ):
                        writer.writerow(row)
                        written += 1
                except sqlite3.Error as error:
                    raise cannot_read(self.path, error) from error
            for event in self._unsaved():
                writer.writerow(csv_row(event, self._day_starts_at))
                written += 1
            stream.flush()
            stream.detach()  # the binary file stays open for `exporting` to finish
        return written


class HistoryReader(HistoryReads):
    """Reads the history without ever writing it (for the CLI, while the app runs). A missing
    file reads as an empty history; one that is not ours raises HistoryUnavailableError."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._connection = open_read_only(path)

    def _reading(self) -> sqlite3.Connection | None:
        if self._connection is None:  # the app may have created it since
            self._connection = open_read_only(self.path)
        return self._connection

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
