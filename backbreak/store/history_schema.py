"""The history file's schema and migrations, and how an event becomes a row and back."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time
from typing import Any

from backbreak.core.history import (
    HistoryEvent,
    HistoryEventKind,
)
from backbreak.core.planner import BreakKind

log = logging.getLogger(__name__)


FILE_NAME = "history.sqlite3"
APPLICATION_ID = 0x62627268  # "bbrh": backbreak history
# The writer runs in the GUI thread: it waits at most this long for a lock, then holds the
# event in memory and the app tries again from a timer. With a second here and the reader's
# three, a locked history cost 4 s per command, nearly the CLI's 5 s. A reader (the CLI)
# may wait longer; the app's own reads wait no longer than its writes.
WRITER_BUSY_TIMEOUT_MS = 200
READER_BUSY_TIMEOUT_MS = 3000
# A journal of unsaved events is a few KiB; a bigger one is something else (not replayed).
MAX_JOURNAL_BYTES = 16 * 1024 * 1024

COLUMNS = (
    "kind",
    "utc",
    "local",
    "day",
    "break_kind",
    "exercise_id",
    "planned_seconds",
    "actual_seconds",
    "rating",
    "detail",
)
CSV_HEADER = ("id", *COLUMNS)
SELECT_EVENT = f"SELECT {', '.join(COLUMNS)} FROM events"
INSERT_EVENT = f"INSERT INTO events ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
EARLIEST, LATEST = "0001-01-01", "9999-12-31"
KINDS = {kind.value: kind for kind in HistoryEventKind}

# Primary result codes (sqlite3.h) this module tells apart.
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 5, 6, 8
SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 11, 13, 14, 26


# ---------------------------------------------------------------------------------------------
# Schema

# Version 1: the events. Times are ISO 8601 text so the file reads well in any SQLite tool;
# `utc` always has the same width (microseconds, +00:00), so text order is time order.
SCHEMA_V1 = (
    """CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        utc TEXT NOT NULL,
        local TEXT NOT NULL,
        day TEXT NOT NULL,
        break_kind TEXT,
        exercise_id TEXT,
        planned_seconds INTEGER CHECK (planned_seconds >= 0),
        actual_seconds INTEGER CHECK (actual_seconds >= 0),
        rating INTEGER CHECK (rating BETWEEN 0 AND 10),
        detail TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX events_by_time ON events (utc)",
)

# Version 2: indexes for the statistics, which read per-day counts by kind and per-exercise
# counts from covering indexes (ten years of events in tens of milliseconds, no table scan),
# comfort ratings and pauses by kind; and the day boundary the `day` column was computed with
# is remembered, so changing it recomputes the days.
SCHEMA_V2 = (
    "CREATE INDEX events_by_day ON events (day, kind)",
    "CREATE INDEX events_by_kind ON events (kind, day, exercise_id)",
    "CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
)

Migration = Callable[[sqlite3.Connection, time], None]


def _create_v1(connection: sqlite3.Connection, _day_starts_at: time) -> None:
    for statement in SCHEMA_V1:
        connection.execute(statement)


def _migrate_to_v2(connection: sqlite3.Connection, day_starts_at: time) -> None:
    for statement in SCHEMA_V2:
        connection.execute(statement)
    # Version 1 did not record which boundary its days used: compute them afresh.
    _recompute_days(connection, day_starts_at)


MIGRATIONS: tuple[Migration, ...] = (_create_v1, _migrate_to_v2)
SCHEMA_VERSION = len(MIGRATIONS)


def _boundary_text(day_starts_at: time) -> str:
    return f"{day_starts_at.hour:02d}:{day_starts_at.minute:02d}"


def _recompute_days(connection: sqlite3.Connection, day_starts_at: time) -> None:
    # The local wall-clock time without its offset, moved back by the boundary: the same
    # arithmetic as core.hours.day_key (HistoryEvent.local_time always starts YYYY-MM-DDTHH:MM:SS).
    minutes = day_starts_at.hour * 60 + day_starts_at.minute
    connection.execute(
        "UPDATE events SET day = date(substr(local, 1, 19), ?)", (f"-{minutes} minutes",)
    )
    connection.execute(
        "INSERT OR REPLACE INTO settings (name, value) VALUES ('day_starts_at', ?)",
        (_boundary_text(day_starts_at),),
    )


def migrate(connection: sqlite3.Connection, day_starts_at: time) -> None:
    """Bring the file to SCHEMA_VERSION and to `day_starts_at`, all or nothing."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        version = pragma_int(connection, "user_version")
        if version == 0:
            connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        for number in range(version + 1, SCHEMA_VERSION + 1):
            log.info("history: migrating the schema to version %d", number)
            MIGRATIONS[number - 1](connection, day_starts_at)
        if version < SCHEMA_VERSION:
            connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        stored = connection.execute(
            "SELECT value FROM settings WHERE name = 'day_starts_at'"
        ).fetchone()
        if stored is None or stored[0] != _boundary_text(day_starts_at):
            log.info("history: days now start at %s", _boundary_text(day_starts_at))
            _recompute_days(connection, day_starts_at)
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise


def pragma_int(connection: sqlite3.Connection, name: str) -> int:
    row = connection.execute(f"PRAGMA {name}").fetchone()
    return int(row[0])


# ---------------------------------------------------------------------------------------------
# Rows


def utc_text(instant: datetime) -> str:
    return instant.astimezone(UTC).isoformat(timespec="microseconds")


def event_row(event: HistoryEvent, day_starts_at: time) -> tuple[object, ...]:
    return (
        event.kind.value,
        utc_text(event.at),
        event.local_time,
        event.day(day_starts_at).isoformat(),
        None if event.break_kind is None else event.break_kind.value,
        event.exercise_id,
        event.planned_seconds,
        event.actual_seconds,
        event.rating,
        event.detail,
    )


def csv_row(event: HistoryEvent, day_starts_at: time) -> list[object]:
    return ["", *event_row(event, day_starts_at)]


def row_event(row: Sequence[Any]) -> HistoryEvent | None:
    kind, utc, local, _day, break_kind, exercise_id, planned, actual, rating, detail = row
    try:
        return HistoryEvent(
            kind=HistoryEventKind(kind),
            at=datetime.fromisoformat(str(utc)),
            local_time=str(local),
            break_kind=None if break_kind is None else BreakKind(break_kind),
            exercise_id=None if exercise_id is None else str(exercise_id),
            planned_seconds=planned,
            actual_seconds=actual,
            rating=rating,
            detail=str(detail),
        )
    except ValueError as error:
        # Only a hand-edited file gets here: skip the row, keep the rest.
        log.warning("history: skipping an unreadable event %r: %s", row, error)
        return None


def parse_day(text: object) -> date | None:
    try:
        return date.fromisoformat(str(text))
    except ValueError:
        return None


def day_range(first: date | None, last: date | None) -> tuple[str, str]:
    return (
        EARLIEST if first is None else first.isoformat(),
        LATEST if last is None else last.isoformat(),
    )


def error_code(error: sqlite3.Error) -> int:
    return int(getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF
