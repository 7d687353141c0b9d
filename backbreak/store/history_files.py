"""Opening the history file (checked, or read-only), the words said when it cannot be used,
and the JSON-lines journals of events that could not be written."""

from __future__ import annotations

import enum
import errno
import json
import logging
import os
import sqlite3
from datetime import time
from pathlib import Path

from backbreak.core.history import HistoryEvent
from backbreak.core.reading import read_regular_file
from backbreak.core.translate import tr
from backbreak.files import PRIVATE_FILE_MODE, PRIVATE_FOLDER_MODE, write_atomically
from backbreak.store.history_schema import (
    APPLICATION_ID,
    COLUMNS,
    READER_BUSY_TIMEOUT_MS,
    SCHEMA_VERSION,
    SQLITE_CANTOPEN,
    SQLITE_FULL,
    SQLITE_READONLY,
    error_code,
    event_row,
    pragma_int,
    row_event,
)

log = logging.getLogger(__name__)

# The record of a clean close is a line of JSON; anything bigger is something else.
MAX_CLOSED_RECORD_BYTES = 4096


def journal_line(event: HistoryEvent, day_starts_at: time, error: str = "") -> str:
    """One event as a JSON line: the row's columns by name (and why it was refused)."""
    record: dict[str, object] = dict(zip(COLUMNS, event_row(event, day_starts_at), strict=True))
    if error:
        record["error"] = error
    return json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n"


def journal_events(data: bytes) -> list[HistoryEvent]:
    events: list[HistoryEvent] = []
    for line in data.decode("utf-8", errors="replace").splitlines():
        try:
            record = json.loads(line)
            row = tuple(record[column] for column in COLUMNS)
        except (ValueError, KeyError, TypeError, RecursionError):
            log.warning("history: skipping an unreadable journal line %r", line[:200])
            continue
        event = row_event(row)
        if event is not None:
            events.append(event)
    return events


def append_private(path: Path, data: bytes) -> None:
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


def moved_aside_text(damage: Damage, path: Path, aside: Path) -> str:
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


def write_problem_text(error: BaseException, path: Path) -> str:
    code = error_code(error) if isinstance(error, sqlite3.Error) else 0
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


def connect(target: str, *, uri: bool, busy_timeout_ms: int) -> sqlite3.Connection:
    # isolation_level=None: no implicit transactions; this module says BEGIN and COMMIT.
    connection = sqlite3.connect(
        target, uri=uri, timeout=busy_timeout_ms / 1000, isolation_level=None
    )
    connection.execute(f"PRAGMA busy_timeout = {busy_timeout_ms}")
    return connection


def diagnose(connection: sqlite3.Connection, *, thorough: bool = True) -> Damage | None:
    """What is wrong with an opened file, or None when it is ours (or new and empty). Raises
    sqlite3.DatabaseError when SQLite cannot read it at all. `thorough` reads every page
    (`PRAGMA quick_check`, a tenth of a second after ten years); without it only the header
    and the schema are read."""
    if thorough and connection.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
        return Damage.DAMAGED
    application_id = pragma_int(connection, "application_id")
    version = pragma_int(connection, "user_version")
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


def cannot_read(path: Path, error: sqlite3.Error) -> HistoryUnavailableError:
    return HistoryUnavailableError(
        tr("history", "The break history {path} cannot be read: {error}").format(
            path=path, error=error
        )
    )


def open_read_only(path: Path, busy_timeout_ms: int | None = None) -> sqlite3.Connection | None:
    """A read-only connection, None when there is no history yet."""
    if not path.exists():
        return None
    timeout = READER_BUSY_TIMEOUT_MS if busy_timeout_ms is None else busy_timeout_ms
    try:
        return _checked_read_only(path, immutable=False, busy_timeout_ms=timeout)
    except sqlite3.Error as error:
        if error_code(error) not in (SQLITE_READONLY, SQLITE_CANTOPEN):
            raise cannot_read(path, error) from error
    # A WAL file needs its -shm, which cannot be made in a read-only folder. Nobody can write
    # there either, so the file cannot change while we read: read it as immutable.
    try:
        return _checked_read_only(path, immutable=True, busy_timeout_ms=timeout)
    except sqlite3.Error as error:
        raise cannot_read(path, error) from error


def _checked_read_only(
    path: Path, *, immutable: bool, busy_timeout_ms: int
) -> sqlite3.Connection | None:
    uri = f"{path.resolve().as_uri()}?mode=ro{'&immutable=1' if immutable else ''}"
    connection = connect(uri, uri=True, busy_timeout_ms=busy_timeout_ms)
    try:
        application_id = pragma_int(connection, "application_id")
        version = pragma_int(connection, "user_version")
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
# Clean closes
#
# Checking every page of the file at each start costs a tenth of a second after ten years of
# history, on the way to the tray icon. A file nobody wrote since the app last closed it
# cleanly cannot have been damaged by a write, so the writer notes at each clean close how it
# left the file and its WAL (device, inode, size, change times), beside the file, and removes
# the note as it opens the file again: a crash, a kill, another program writing, a copy put
# in place or a file touched in any way leaves no note or one that no longer matches, and
# that file is checked page by page as before. What SQLite finds damaged while reading or
# writing is reported as an error and keeps the next close from leaving a note.


def closed_record(path: Path) -> Path:
    return path.with_name(f"{path.name}.closed")


def file_state(path: Path) -> list[list[int] | None]:
    """What changes whenever the file or its WAL is written, replaced or touched. An empty WAL
    (a reader such as `backbreak stats` leaves one) holds nothing: the same as none."""
    state: list[list[int] | None] = []
    for suffix in ("", "-wal"):
        try:
            info = Path(f"{path}{suffix}").stat()
        except FileNotFoundError:
            state.append(None)
            continue
        if suffix and info.st_size == 0:
            state.append(None)
        else:
            state.append(
                [info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns]
            )
    return state


def left_as_closed(path: Path) -> bool:
    """True when `path` and its WAL are as the last clean close left them. The note is removed
    either way, so that only the next clean close writes one again; a note that cannot be
    removed is not trusted (a crash would leave it standing)."""
    record = closed_record(path)
    try:
        data, _info = read_regular_file(record, MAX_CLOSED_RECORD_BYTES)
        record.unlink()
    except OSError:
        return False
    try:
        return bool(json.loads(data) == {"state": file_state(path)})
    except (ValueError, RecursionError):
        return False


def note_clean_close(path: Path) -> None:
    """Note how the writer left `path` as it closed it (see `left_as_closed`)."""
    data = json.dumps({"state": file_state(path)}).encode("utf-8")
    try:
        write_atomically(closed_record(path), data, mode=PRIVATE_FILE_MODE)
    except OSError as error:  # the file is checked page by page at the next open
        log.info("history: cannot note the clean close in %s: %s", closed_record(path), error)
