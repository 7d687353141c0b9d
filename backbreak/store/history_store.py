"""The break history in SQLite: `history.sqlite3` in the data folder.

One writer, many readers. The app writes through `HistoryStore`; `backbreak stats` and other
processes read through `HistoryReader` (a read-only connection) while the app runs. The file
is in WAL mode, so readers never wait for the writer nor the writer for them; `busy_timeout`
covers the short moments a checkpoint or WAL recovery takes a lock.

Durability. `synchronous = NORMAL`: in WAL mode every committed event is in the WAL file before
`record` returns, so it survives the app crashing or being killed at any moment
(tests/integration/test_history_kill.py kills a writer 200 times); only a power cut or an OS
crash may lose the last few events, and it never damages the file. FULL would add an fsync to
every event (milliseconds on laptop disks, tens on spinning ones), for breaks history that is
nice to keep but not worth a stall in the GUI thread.

Schema. `PRAGMA user_version` says which of `MIGRATIONS` ran; `PRAGMA application_id` marks
the file as ours. Opening runs the missing migrations in one transaction. Each event is stored
with its UTC instant, its local wall-clock time with offset, and its day (computed with the
day boundary, 04:00 by default), so the per-day statistics are a GROUP BY on an index. The
boundary used is kept in the `settings` table; opening with another boundary recomputes the
days of every event (in SQL, from the local time).

Bad files. A file that is not a database, is damaged (`PRAGMA quick_check`), belongs to
something else, or was written by a newer backbreak (higher user_version) is moved aside with
its -wal/-shm files, as `history.sqlite3.<reason>-<YYYYmmdd-HHMMSS>`, and a new history is
started. Nothing is deleted; `take_notices()` tells the person where the old file went.

Failed writes. When a write fails (read-only file or folder, full disk, the file locked for
too long...), the event is kept in memory in order, the person is told once, and the held
events are written, oldest first, by the next `record` or `flush` that succeeds. Reads include
the held events, so the statistics stay right meanwhile.

Events that still cannot be written when the store closes (the disk full, the file locked) are
kept in the first of `journals` that can be written (the data folder, then the runtime folder,
which is usually on another file system), as JSON lines, and replayed when the next store
opens. An event the file refuses for good (an IntegrityError: a CHECK constraint someone
added) would block every later one: it is set aside in `rejected_file` (appended, never
replayed, kept for the person), reported once, and the others are written.
"""

from __future__ import annotations

import contextlib
import csv
import enum
import errno
import io
import json
import logging
import os
import sqlite3
from collections.abc import Callable, Collection, Container, Iterable, Sequence
from datetime import UTC, date, datetime, time, tzinfo
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from backbreak.core.clock import Clock, SystemClock
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
from backbreak.core.planner import BreakKind
from backbreak.core.reading import read_regular_file
from backbreak.core.translate import tr
from backbreak.files import (
    PRIVATE_FILE_MODE,
    PRIVATE_FOLDER_MODE,
    create_private,
    exporting,
    write_atomically,
)

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
_SELECT_EVENT = f"SELECT {', '.join(COLUMNS)} FROM events"
_INSERT_EVENT = (
    f"INSERT INTO events ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
)
_EARLIEST, _LATEST = "0001-01-01", "9999-12-31"
_KINDS = {kind.value: kind for kind in HistoryEventKind}

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


def _migrate(connection: sqlite3.Connection, day_starts_at: time) -> None:
    """Bring the file to SCHEMA_VERSION and to `day_starts_at`, all or nothing."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        version = _pragma_int(connection, "user_version")
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


def _pragma_int(connection: sqlite3.Connection, name: str) -> int:
    row = connection.execute(f"PRAGMA {name}").fetchone()
    return int(row[0])


# ---------------------------------------------------------------------------------------------
# Rows


def _utc_text(instant: datetime) -> str:
    return instant.astimezone(UTC).isoformat(timespec="microseconds")


def _row(event: HistoryEvent, day_starts_at: time) -> tuple[object, ...]:
    return (
        event.kind.value,
        _utc_text(event.at),
        event.local_time,
        event.day(day_starts_at).isoformat(),
        None if event.break_kind is None else event.break_kind.value,
        event.exercise_id,
        event.planned_seconds,
        event.actual_seconds,
        event.rating,
        event.detail,
    )


def _csv_row(event: HistoryEvent, day_starts_at: time) -> list[object]:
    return ["", *_row(event, day_starts_at)]


def _event(row: Sequence[Any]) -> HistoryEvent | None:
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


def _parse_day(text: object) -> date | None:
    try:
        return date.fromisoformat(str(text))
    except ValueError:
        return None


def _day_range(first: date | None, last: date | None) -> tuple[str, str]:
    return (
        _EARLIEST if first is None else first.isoformat(),
        _LATEST if last is None else last.isoformat(),
    )


def _code(error: sqlite3.Error) -> int:
    return int(getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF


def _journal_line(event: HistoryEvent, day_starts_at: time, error: str = "") -> str:
    """One event as a JSON line: the row's columns by name (and why it was refused)."""
    record: dict[str, object] = dict(zip(COLUMNS, _row(event, day_starts_at), strict=True))
    if error:
        record["error"] = error
    return json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n"


def _journal_events(data: bytes) -> list[HistoryEvent]:
    events: list[HistoryEvent] = []
    for line in data.decode("utf-8", errors="replace").splitlines():
        try:
            record = json.loads(line)
            row = tuple(record[column] for column in COLUMNS)
        except (ValueError, KeyError, TypeError, RecursionError):
            log.warning("history: skipping an unreadable journal line %r", line[:200])
            continue
        event = _event(row)
        if event is not None:
            events.append(event)
    return events


def _append_private(path: Path, data: bytes) -> None:
    """Append to `path`, creating it owner-only; one write call per batch of lines."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER_MODE)
    flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags, PRIVATE_FILE_MODE)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)


# ---------------------------------------------------------------------------------------------
# Messages


class HistoryUnavailableError(Exception):
    """The history cannot be read; the message says why, in plain words."""


class Damage(enum.Enum):
    """Why a file was moved aside (the value goes into the new file name)."""

    NOT_A_DATABASE = "not-a-database"
    DAMAGED = "damaged"
    FOREIGN = "foreign"
    NEWER = "newer"


def _moved_aside_text(damage: Damage, path: Path, aside: Path) -> str:
    if damage is Damage.NOT_A_DATABASE:
        text = tr(
            "history",
            "The break history file {path} was not a database backbreak can read. It was "
            "moved to {aside} (nothing was deleted) and a new history was started.",
        )
    elif damage is Damage.DAMAGED:
        text = tr(
            "history",
            "The break history file {path} was damaged. It was moved to {aside} (nothing "
            "was deleted) and a new history was started.",
        )
    elif damage is Damage.FOREIGN:
        text = tr(
            "history",
            "The file {path} was not a backbreak break history. It was moved to {aside} "
            "(nothing was deleted) and a new history was started.",
        )
    else:
        text = tr(
            "history",
            "The break history file {path} was written by a newer version of backbreak and "
            "this version cannot use it. It was moved to {aside} (nothing was deleted) and a "
            "new history was started; put it back with the newer version to see it again.",
        )
    return text.format(path=path, aside=aside)


def _write_problem_text(error: BaseException, path: Path) -> str:
    code = _code(error) if isinstance(error, sqlite3.Error) else 0
    os_errno = error.errno if isinstance(error, OSError) else None
    if code in (SQLITE_READONLY, SQLITE_CANTOPEN) or os_errno in (
        errno.EROFS,
        errno.EACCES,
        errno.EPERM,
    ):
        text = tr(
            "history",
            "Your breaks cannot be saved right now: {path} or its folder cannot be written "
            "(read-only?). They are kept in memory and will be saved as soon as it can be "
            "written again.",
        )
    elif code == SQLITE_FULL or os_errno in (errno.ENOSPC, errno.EDQUOT):
        text = tr(
            "history",
            "Your breaks cannot be saved right now: the disk holding {path} is full. They are "
            "kept in memory and will be saved as soon as there is space again.",
        )
    else:
        text = tr(
            "history",
            "Your breaks cannot be saved right now ({error}). They are kept in memory and will "
            "be saved to {path} as soon as possible.",
        )
    return text.format(path=path, error=error)


# ---------------------------------------------------------------------------------------------
# Opening


def _connect(target: str, *, uri: bool, busy_timeout_ms: int) -> sqlite3.Connection:
    # isolation_level=None: no implicit transactions; this module says BEGIN and COMMIT.
    connection = sqlite3.connect(
        target, uri=uri, timeout=busy_timeout_ms / 1000, isolation_level=None
    )
    connection.execute(f"PRAGMA busy_timeout = {busy_timeout_ms}")
    return connection


def _diagnose(connection: sqlite3.Connection) -> Damage | None:
    """What is wrong with an opened file, or None when it is ours (or new and empty). Raises
    sqlite3.DatabaseError when SQLite cannot read it at all."""
    if connection.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
        return Damage.DAMAGED
    application_id = _pragma_int(connection, "application_id")
    version = _pragma_int(connection, "user_version")
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    if application_id == 0 and version == 0 and not tables:
        return None
    if application_id != APPLICATION_ID:
        return Damage.FOREIGN
    if version > SCHEMA_VERSION:
        return Damage.NEWER
    if version < 1 or "events" not in tables:
        return Damage.FOREIGN
    return None


def _cannot_read(path: Path, error: sqlite3.Error) -> HistoryUnavailableError:
    return HistoryUnavailableError(
        tr("history", "The break history {path} cannot be read: {error}").format(
            path=path, error=error
        )
    )


def _open_read_only(path: Path, busy_timeout_ms: int | None = None) -> sqlite3.Connection | None:
    """A read-only connection, None when there is no history yet."""
    if not path.exists():
        return None
    timeout = READER_BUSY_TIMEOUT_MS if busy_timeout_ms is None else busy_timeout_ms
    try:
        return _checked_read_only(path, immutable=False, busy_timeout_ms=timeout)
    except sqlite3.Error as error:
        if _code(error) not in (SQLITE_READONLY, SQLITE_CANTOPEN):
            raise _cannot_read(path, error) from error
    # A WAL file needs its -shm, which cannot be made in a read-only folder. Nobody can write
    # there either, so the file cannot change while we read: read it as immutable.
    try:
        return _checked_read_only(path, immutable=True, busy_timeout_ms=timeout)
    except sqlite3.Error as error:
        raise _cannot_read(path, error) from error


def _checked_read_only(
    path: Path, *, immutable: bool, busy_timeout_ms: int
) -> sqlite3.Connection | None:
    uri = f"{path.resolve().as_uri()}?mode=ro{'&immutable=1' if immutable else ''}"
    connection = _connect(uri, uri=True, busy_timeout_ms=busy_timeout_ms)
    try:
        application_id = _pragma_int(connection, "application_id")
        version = _pragma_int(connection, "user_version")
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    except BaseException:
        connection.close()
        raise
    if application_id == 0 and version == 0 and not tables:
        connection.close()
        return None
    if application_id != APPLICATION_ID or not 1 <= version <= SCHEMA_VERSION:
        connection.close()
        raise HistoryUnavailableError(
            tr(
                "history",
                "{path} is not a break history this version of backbreak can read; "
                "the app moves it aside when it next starts.",
            ).format(path=path)
        )
    return connection


# ---------------------------------------------------------------------------------------------
# Reading


class _HistoryReads:
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
            raise _cannot_read(self.path, error) from error

    def daily_counts(
        self, first: date | None = None, last: date | None = None
    ) -> dict[date, dict[HistoryEventKind, int]]:
        """Events per day and kind on the days first..last (None: from the start / to the
        end of the history). Days without events are absent."""
        counts: dict[date, dict[HistoryEventKind, int]] = {}
        rows = self._query(
            "SELECT day, kind, count(*) FROM events WHERE day BETWEEN ? AND ? GROUP BY day, kind",
            _day_range(first, last),
        )
        for day_text, kind_text, count in rows:
            day, kind = _parse_day(day_text), _KINDS.get(str(kind_text))
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
        sql = f"{_SELECT_EVENT} WHERE utc >= ? AND utc < ?"
        parameters: list[object] = [
            "" if start is None else _utc_text(start),
            "~" if end is None else _utc_text(end),  # "~" sorts after every digit
        ]
        if kinds is not None:
            sql += f" AND kind IN ({', '.join('?' * len(kinds))})"
            parameters += [kind.value for kind in kinds]
        found = [
            event
            for event in (_event(row) for row in self._query(sql + " ORDER BY utc, id", parameters))
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
            _day_range(first, last),
        )
        counts = {str(exercise_id): int(count) for exercise_id, count in rows}
        unsaved = self._unsaved()
        if unsaved:
            low, high = (date.fromisoformat(text) for text in _day_range(first, last))
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
            _day_range(first, last),
        )
        for day_text, rating in rows:
            day = _parse_day(day_text)
            if day is not None:
                ratings.setdefault(day, []).append(int(rating))
        unsaved = self._unsaved()
        if unsaved:
            low, high = (date.fromisoformat(text) for text in _day_range(first, last))
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
                    raise _cannot_read(self.path, error) from error
            for event in self._unsaved():
                writer.writerow(_csv_row(event, self._day_starts_at))
                written += 1
            stream.flush()
            stream.detach()  # the binary file stays open for `exporting` to finish
        return written


class HistoryReader(_HistoryReads):
    """Reads the history without ever writing it (for the CLI, while the app runs). A missing
    file reads as an empty history; one that is not ours raises HistoryUnavailableError."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._connection = _open_read_only(path)

    def _reading(self) -> sqlite3.Connection | None:
        if self._connection is None:  # the app may have created it since
            self._connection = _open_read_only(self.path)
        return self._connection

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


# ---------------------------------------------------------------------------------------------
# Writing


class HistoryStore(_HistoryReads):
    """The app's history: opens (creating, migrating or moving aside a bad file) on
    construction, then `record` each event. See the module docstring for what happens when
    the disk refuses a write. To change the day boundary, close and open again."""

    def __init__(
        self,
        path: Path,
        *,
        day_starts_at: time = DEFAULT_DAY_STARTS_AT,
        clock: Clock | None = None,
        journals: Sequence[Path] = (),
        rejected_file: Path | None = None,
    ) -> None:
        """journals: where events unsaved at closing go, first that works first (and where
        the next store looks for them); rejected_file: where events the file refuses for
        good go. Both default to files beside the history."""
        self.path = path
        self._day_starts_at = day_starts_at
        self._clock = clock or SystemClock()
        self._connection: sqlite3.Connection | None = None
        self._fallback_reader: sqlite3.Connection | None = None
        self._held: list[HistoryEvent] = []
        self._notices: list[str] = []
        self._problem: str | None = None
        self._closed = False
        self._journals = tuple(journals) or (path.with_name(f"{path.name}.unsaved.jsonl"),)
        self._rejected_file = rejected_file or path.with_name(f"{path.name}.rejected.jsonl")
        self._replayed: list[Path] = []  # journals whose events are now held here
        # Where the last bad file went (None: none moved aside by this store).
        self.moved_aside: Path | None = None
        self._writable()
        self._replay_journals()

    # -- what the person should hear about

    def take_notices(self) -> list[str]:
        """Messages for the person, in plain words, each given once: a file moved aside, the
        history not being saved, saving working again."""
        notices, self._notices = self._notices, []
        return notices

    @property
    def problem(self) -> str | None:
        """Why events are not being saved right now (None: they are)."""
        return self._problem

    @property
    def unsaved(self) -> int:
        """Events held in memory, waiting for the disk."""
        return len(self._held)

    def _notify(self, text: str) -> None:
        log.warning("history: %s", text)
        self._notices.append(text)

    # -- writing

    def record(self, event: HistoryEvent) -> bool:
        """Save one event in its own transaction (with any held before it, oldest first).
        True when it is on disk; False when it is held in memory for a later try."""
        if self._closed:
            raise ValueError("the history store is closed")
        self._held.append(event)
        return self.flush()

    def record_many(self, events: Iterable[HistoryEvent]) -> bool:
        """Save many events in one transaction (an import, a benchmark's synthetic years);
        like `record`, they are held in memory if the disk refuses them."""
        if self._closed:
            raise ValueError("the history store is closed")
        self._held.extend(events)
        return self.flush()

    def flush(self) -> bool:
        """Try to write the held events now. True when none is left in memory."""
        if not self._held:
            return True
        connection = self._writable()
        if connection is None:
            return False
        rows = [_row(event, self._day_starts_at) for event in self._held]
        try:
            connection.execute("BEGIN IMMEDIATE")
            try:
                if len(rows) == 1:
                    connection.execute(_INSERT_EVENT, rows[0])
                else:
                    connection.executemany(_INSERT_EVENT, rows)
                connection.execute("COMMIT")
            except BaseException:
                if connection.in_transaction:
                    with contextlib.suppress(sqlite3.Error):
                        connection.execute("ROLLBACK")
                raise
        except sqlite3.IntegrityError:
            # HistoryEvent checks every value first, so the file itself refuses (a CHECK or
            # trigger someone added). Holding the event would block every later one for good.
            return self._write_one_by_one(connection)
        except sqlite3.DatabaseError as error:
            self._write_failed(error)
            return False
        self._saved(len(rows))
        return True

    def _saved(self, count: int) -> None:
        self._held.clear()
        for journal in self._replayed:
            with contextlib.suppress(OSError):
                journal.unlink()
        if self._replayed:
            self._notify(
                tr(
                    "history",
                    "The breaks that could not be saved when backbreak last quit are now in "
                    "{path}.",
                ).format(path=self.path)
            )
            self._replayed = []
        if self._problem is not None:
            self._problem = None
            self._notify(
                tr(
                    "history",
                    "Your breaks are being saved again; the {count} entries kept in memory "
                    "meanwhile are now in {path}.",
                ).format(count=count, path=self.path)
            )

    def _write_one_by_one(self, connection: sqlite3.Connection) -> bool:
        """Write the held events each in its own transaction; those the file refuses go to
        the rejected file. Stops, holding the rest, at any other error."""
        held, rejected = list(self._held), []
        written = 0
        for index, event in enumerate(held):
            try:
                connection.execute("BEGIN IMMEDIATE")
                try:
                    connection.execute(_INSERT_EVENT, _row(event, self._day_starts_at))
                    connection.execute("COMMIT")
                except BaseException:
                    if connection.in_transaction:
                        with contextlib.suppress(sqlite3.Error):
                            connection.execute("ROLLBACK")
                    raise
            except sqlite3.IntegrityError as error:
                rejected.append((event, error))
                continue
            except sqlite3.DatabaseError as error:
                self._held = held[index:]
                self._set_aside(rejected)
                self._write_failed(error)
                return False
            written += 1
        self._set_aside(rejected)
        self._saved(written)
        return True

    def _set_aside(self, rejected: Sequence[tuple[HistoryEvent, sqlite3.Error]]) -> None:
        if not rejected:
            return
        lines = "".join(
            _journal_line(event, self._day_starts_at, str(error)) for event, error in rejected
        )
        try:
            _append_private(self._rejected_file, lines.encode("utf-8"))
        except OSError as error:
            # Nowhere to keep them: the log file is the last place they are written down.
            log.error("history: cannot set aside %d refused events: %s", len(rejected), error)
            for line in lines.splitlines():
                log.error("history: refused event: %s", line)
            where = tr("history", "the log file")
        else:
            where = str(self._rejected_file)
        self._notify(
            tr(
                "history",
                "{count} break entries could not be saved: {path} refuses them ({error}). They "
                "were set aside in {where}; backbreak goes on saving the others.",
            ).format(count=len(rejected), path=self.path, error=rejected[0][1], where=where)
        )

    def _write_failed(self, error: BaseException) -> None:
        if self._problem is None:
            self._problem = _write_problem_text(error, self.path)
            self._notify(self._problem)
        else:
            log.debug("history: still cannot write: %s", error)
        code = _code(error) if isinstance(error, sqlite3.Error) else 0
        if code not in (SQLITE_BUSY, SQLITE_LOCKED, SQLITE_FULL) and self._connection is not None:
            # A connection SQLite opened read-only (the file was not writable then) stays
            # read-only: open afresh on the next try.
            with contextlib.suppress(sqlite3.Error):
                self._connection.close()
            self._connection = None

    def _writable(self) -> sqlite3.Connection | None:
        if self._connection is not None:
            return self._connection
        try:
            self._connection = self._open()
        except sqlite3.IntegrityError:
            raise
        except (sqlite3.DatabaseError, OSError) as error:
            self._write_failed(error)
            return None
        if self._fallback_reader is not None:
            self._fallback_reader.close()
            self._fallback_reader = None
        return self._connection

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER_MODE)
        damage = self._diagnosis()
        if damage is not None:
            aside = self._move_aside(damage)
            self.moved_aside = aside
            self._notify(_moved_aside_text(damage, self.path, aside))
        # The history holds health ratings: a new file is owner-only, whatever the umask
        # (SQLite gives its -wal and -shm files the database file's mode).
        create_private(self.path)
        connection = _connect(str(self.path), uri=False, busy_timeout_ms=WRITER_BUSY_TIMEOUT_MS)
        try:
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = NORMAL")
            _migrate(connection, self._day_starts_at)
        except BaseException:
            connection.close()
            raise
        return connection

    def _diagnosis(self) -> Damage | None:
        """What is wrong with the file, if anything. Read through a read-only connection: one
        that may write folds a WAL it finds into the file, or deletes it, when it closes,
        and a WAL beside a bad file must go aside with it as it is."""
        if not self.path.exists():
            return None
        connection = _connect(
            f"{self.path.resolve().as_uri()}?mode=ro",
            uri=True,
            busy_timeout_ms=WRITER_BUSY_TIMEOUT_MS,
        )
        try:
            return _diagnose(connection)
        except sqlite3.DatabaseError as error:
            if _code(error) == SQLITE_NOTADB:
                return Damage.NOT_A_DATABASE
            if _code(error) == SQLITE_CORRUPT:
                return Damage.DAMAGED
            raise  # locked, unreadable folder...: not the file's fault; try again later
        finally:
            connection.close()

    def _move_aside(self, damage: Damage) -> Path:
        """Rename the file and its -wal/-shm companions to one free name saying why and when
        (local time), like history.sqlite3.damaged-20260302-101500."""
        stamp = self._clock.now().astimezone().strftime("%Y%m%d-%H%M%S")
        base = self.path.with_name(f"{self.path.name}.{damage.value}-{stamp}")
        aside, number = base, 1
        while any(Path(f"{aside}{suffix}").exists() for suffix in ("", "-wal", "-shm")):
            number += 1
            aside = base.with_name(f"{base.name}-{number}")
        # The WAL first: a new file must never meet the old file's WAL, which SQLite would
        # replay into it.
        moved: list[tuple[Path, Path]] = []
        try:
            for suffix in ("-wal", "-shm", ""):
                source = Path(f"{self.path}{suffix}")
                if source.exists():
                    destination = Path(f"{aside}{suffix}")
                    source.rename(destination)
                    moved.append((destination, source))
        except OSError:
            for destination, source in reversed(moved):
                with contextlib.suppress(OSError):
                    destination.rename(source)
            raise
        return aside

    # -- reading (the held events are merged in by _HistoryReads)

    def _unsaved(self) -> Sequence[HistoryEvent]:
        return self._held

    def _reading(self) -> sqlite3.Connection | None:
        if self._closed:
            raise ValueError("the history store is closed")
        if self._connection is not None:
            return self._connection
        # Cannot write: still show what is on disk.
        if self._fallback_reader is None:
            with contextlib.suppress(HistoryUnavailableError):
                self._fallback_reader = _open_read_only(self.path, WRITER_BUSY_TIMEOUT_MS)
        return self._fallback_reader

    # -- closing

    def close(self) -> None:
        """Write what is held if the disk allows, then close. Events that still cannot be
        written go to the first journal that can be written, for the next store to replay;
        only when none can are they lost (logged, each of them)."""
        if self._closed:
            return
        try:
            flushed = self.flush()
        except Exception:  # closing must finish: the socket and lock are released after us
            log.exception("history: writing the held events at closing failed")
            flushed = False
        if not flushed and self._held:
            self._keep_in_journal()
        for connection in (self._connection, self._fallback_reader):
            if connection is not None:
                connection.close()
        self._connection = self._fallback_reader = None
        self._closed = True

    # -- the journal of events unsaved at closing

    def _keep_in_journal(self) -> None:
        data = "".join(_journal_line(event, self._day_starts_at) for event in self._held)
        for journal in self._journals:
            try:
                journal.parent.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER_MODE)
                # The whole file is rewritten: it holds every replayed event too.
                write_atomically(journal, data.encode("utf-8"), mode=PRIVATE_FILE_MODE)
            except OSError as error:
                log.warning("history: cannot keep unsaved events in %s: %s", journal, error)
                continue
            for other in self._replayed:
                if other != journal:
                    with contextlib.suppress(OSError):
                        other.unlink()
            log.warning(
                "history: %d events could not be saved before closing; kept in %s, to be "
                "saved at the next start",
                len(self._held),
                journal,
            )
            return
        log.error("history: %d events could not be saved before closing", len(self._held))
        for line in data.splitlines():
            log.error("history: unsaved event: %s", line)

    def _replay_journals(self) -> None:
        """Hold the events a previous store kept in a journal, oldest first, and write them
        now if the disk allows (the journal goes once they are in the history)."""
        found: list[HistoryEvent] = []
        for journal in self._journals:
            try:
                data, _info = read_regular_file(journal, MAX_JOURNAL_BYTES)
            except FileNotFoundError:
                continue
            except OSError as error:
                log.warning("history: cannot read the journal %s: %s", journal, error)
                continue
            if len(data) > MAX_JOURNAL_BYTES:
                log.warning("history: %s is too large to be a journal; left alone", journal)
                continue
            events = _journal_events(data)
            log.info("history: %d unsaved events from %s", len(events), journal)
            found.extend(events)
            self._replayed.append(journal)
        if not self._replayed:
            return
        self._held[:0] = sorted(found, key=lambda event: event.at)
        if not self._held:
            self._saved(0)
            return
        self.flush()
