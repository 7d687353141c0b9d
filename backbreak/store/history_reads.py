"""Reading the history: the queries shared by the app's store and the CLI's reader."""

from __future__ import annotations

import contextlib
import io
import sqlite3
from collections.abc import Collection, Mapping, Sequence
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
    Report,
    StreakRules,
    Today,
    aggregate,
    count_by_day,
    count_exercises,
    ratings_by_day,
    report,
    window,
)
from backbreak.core.hours import WorkingHours, day_key
from backbreak.files import exporting
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
            self._read_failed(error)
            raise cannot_read(self.path, error) from error

    def release_memory(self) -> None:
        """Give back the pages SQLite kept from a big read (the streak or the statistics over
        years: ~2 MiB); a later read finds them in the system's file cache."""
        connection = self._reading()
        if connection is not None:
            with contextlib.suppress(sqlite3.Error):
                connection.execute("PRAGMA shrink_memory")

    def _read_failed(self, error: sqlite3.Error) -> None:
        """A read failed (the writer remembers damage SQLite reports)."""

    def daily_counts(
        self, first: date | None = None, last: date | None = None
    ) -> dict[date, dict[HistoryEventKind, int]]:
        """Events per day and kind on the days first..last (None: from the start / to the
        end of the history). Days without events are absent."""
        counts = self._stored_daily_counts(first, last)
        unsaved = self._unsaved()
        if unsaved:
            for day, kinds in count_by_day(unsaved, self._day_starts_at).items():
                if (first is None or first <= day) and (last is None or day <= last):
                    merged = counts.setdefault(day, {})
                    for kind, count in kinds.items():
                        merged[kind] = merged.get(kind, 0) + count
        return counts

    def _stored_daily_counts(
        self, first: date | None, last: date | None
    ) -> dict[date, dict[HistoryEventKind, int]]:
        counts: dict[date, dict[HistoryEventKind, int]] = {}
        rows = self._query(
            "SELECT day, kind, count(*) FROM events WHERE day BETWEEN ? AND ? GROUP BY day, kind",
            day_range(first, last),
        )
        for day_text, kind_text, count in rows:
            day, kind = parse_day(day_text), KINDS.get(str(kind_text))
            if day is not None and kind is not None:
                counts.setdefault(day, {})[kind] = int(count)
        return counts

    def events(
        self,
        start: datetime | None = None,
        end: datetime | None = None,
        kinds: Collection[HistoryEventKind] | None = None,
    ) -> list[HistoryEvent]:
        """Events at instants in [start, end) (None: unbounded), of `kinds` (None: all), in
        time order."""
        found = self._stored_events((start, end), kinds)
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

    def _stored_events(
        self,
        span: tuple[datetime | None, datetime | None],
        kinds: Collection[HistoryEventKind] | None,
    ) -> list[HistoryEvent]:
        start, end = span
        sql = f"{SELECT_EVENT} WHERE utc >= ? AND utc < ?"
        parameters: list[object] = [
            "" if start is None else utc_text(start),
            "~" if end is None else utc_text(end),  # "~" sorts after every digit
        ]
        if kinds is not None:
            sql += f" AND kind IN ({', '.join('?' * len(kinds))})"
            parameters += [kind.value for kind in kinds]
        return [
            event
            for event in (
                row_event(row) for row in self._query(sql + " ORDER BY utc, id", parameters)
            )
            if event is not None
        ]

    def exercise_counts(
        self, first: date | None = None, last: date | None = None
    ) -> dict[str, int]:
        """Completed breaks per exercise on the days first..last."""
        counts = self._stored_exercise_counts(first, last)
        unsaved = self._unsaved()
        if unsaved:
            low, high = (date.fromisoformat(text) for text in day_range(first, last))
            for exercise_id, count in count_exercises(
                unsaved, low, high, self._day_starts_at
            ).items():
                counts[exercise_id] = counts.get(exercise_id, 0) + count
        return counts

    def _stored_exercise_counts(self, first: date | None, last: date | None) -> dict[str, int]:
        rows = self._query(
            "SELECT exercise_id, count(*) FROM events WHERE day BETWEEN ? AND ? "
            "AND kind = 'completed' AND exercise_id IS NOT NULL GROUP BY exercise_id",
            day_range(first, last),
        )
        return {str(exercise_id): int(count) for exercise_id, count in rows}

    def comfort_by_day(
        self, first: date | None = None, last: date | None = None
    ) -> dict[date, tuple[int, ...]]:
        """Comfort ratings (0-10) per day on the days first..last, in time order."""
        ratings = {day: list(values) for day, values in self._stored_comfort(first, last).items()}
        unsaved = self._unsaved()
        if unsaved:
            low, high = (date.fromisoformat(text) for text in day_range(first, last))
            for day, values in ratings_by_day(unsaved, low, high, self._day_starts_at).items():
                ratings.setdefault(day, []).extend(values)
        return {day: tuple(values) for day, values in ratings.items()}

    def _stored_comfort(self, first: date | None, last: date | None) -> dict[date, tuple[int, ...]]:
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
        return {day: tuple(values) for day, values in ratings.items()}

    def aggregates(self, today: date) -> HistoryAggregates:
        """Everything `core.history.report` needs for `today`, in four indexed queries, with
        the events not yet written merged in."""
        stored = HistoryAggregates(
            daily=self._stored_daily_counts(None, None),
            exercises=self._stored_exercise_counts(*window(today, WEEK_DAYS)),
            comfort=self._stored_comfort(*window(today, MONTH_DAYS)),
            pauses=tuple(self._stored_events((None, None), PAUSE_KINDS)),
        )
        return self._with_unsaved(stored, today)

    def _standing_aggregates(self, today: date) -> HistoryAggregates:
        """What `today` reads: today's counts by kind (an index range), the
        other days' done counts only (a covering index, a few thousand rows after ten years)
        and the pause events (a few hundred)."""
        daily = dict(self._done_before(today))
        daily.update(self._stored_daily_counts(today, today))
        stored = HistoryAggregates(
            daily=daily, pauses=tuple(self._stored_events((None, None), PAUSE_KINDS))
        )
        return self._with_unsaved(stored, today)

    def _done_before(self, today: date) -> Mapping[date, Mapping[HistoryEventKind, int]]:
        """Done events per day and kind on file, on the days before `today`."""
        daily: dict[date, dict[HistoryEventKind, int]] = {}
        for kind_text, day_text, count in self._query(
            "SELECT kind, day, count(*) FROM events WHERE kind IN ('completed', 'natural') "
            "AND day < ? GROUP BY kind, day",
            (today.isoformat(),),
        ):
            day, kind = parse_day(day_text), KINDS.get(str(kind_text))
            if day is not None and kind is not None:
                daily.setdefault(day, {})[kind] = int(count)
        return daily

    def _with_unsaved(self, stored: HistoryAggregates, today: date) -> HistoryAggregates:
        """The one place the statistics take in the events not yet written."""
        unsaved = self._unsaved()
        if not unsaved:
            return stored
        return stored.merged(aggregate(unsaved, today=today, day_starts_at=self._day_starts_at))

    def report(
        self,
        now: datetime,
        tz: tzinfo,
        rules: StreakRules,
        hours: WorkingHours,
        regions_of: Mapping[str, Sequence[str]] | None = None,
        *,
        charts: bool = True,
    ) -> Report:
        """`core.history.report` over this history (days starting at this store's boundary).
        Without `charts`, only what today's figures and the streaks need is read: the report
        has the same today, and its charts are left empty."""
        today = day_key(now, tz, self._day_starts_at)
        read = self.aggregates if charts else self._standing_aggregates
        return report(
            read(today),
            now=now,
            tz=tz,
            rules=rules,
            hours=hours,
            day_starts_at=self._day_starts_at,
            regions_of=regions_of,
        )

    def today(self, now: datetime, tz: tzinfo, rules: StreakRules, hours: WorkingHours) -> Today:
        """`report(...).today`, reading only what today's figures and the streaks need."""
        return self.report(now, tz, rules, hours, charts=False).today

    def export_csv(self, target: Path) -> int:
        """Write every event to `target` as CSV (a header row, then one row per event in the
        order they happened to be recorded; times ISO 8601), atomically: the file appears
        whole or not at all. A pipe or a device (`/dev/stdout`) is written into, never
        replaced; a folder or socket is refused (files.exporting). Events not yet saved have
        an empty id. Returns the event count."""
        import csv  # only for an export, not with every start

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
                    self._read_failed(error)
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

    def __init__(self, path: Path, *, day_starts_at: time = DEFAULT_DAY_STARTS_AT) -> None:
        """day_starts_at: the boundary the app writes the history with (the settings')."""
        self.path = path
        self._day_starts_at = day_starts_at
        self._connection = open_read_only(path)

    def _reading(self) -> sqlite3.Connection | None:
        if self._connection is None:  # the app may have created it since
            self._connection = open_read_only(self.path)
        return self._connection

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
