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
The page-by-page check (`PRAGMA quick_check`, a tenth of a second after ten years) is
skipped only for a file nobody wrote since this writer last closed it cleanly: closing notes
the file's and its WAL's state beside it (`history.sqlite3.closed`), opening removes the note
and compares (`history_files.left_as_closed`). After a crash, a kill, damage SQLite reported
while in use, or any other program touching the file, the check runs as before.

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
import logging
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, time
from pathlib import Path

from backbreak.core.clock import Clock, SystemClock
from backbreak.core.history import (
    DEFAULT_DAY_STARTS_AT,
    HistoryEvent,
    HistoryEventKind,
)
from backbreak.core.reading import read_regular_file
from backbreak.core.translate import tr
from backbreak.files import (
    PRIVATE_FILE_MODE,
    PRIVATE_FOLDER_MODE,
    create_private,
    write_atomically,
)
from backbreak.store.history_files import (
    Damage,
    HistoryUnavailableError,
    append_private,
    connect,
    diagnose,
    journal_events,
    journal_line,
    left_as_closed,
    moved_aside_text,
    note_clean_close,
    open_read_only,
    write_problem_text,
)
from backbreak.store.history_reads import (
    HistoryReads,
)
from backbreak.store.history_schema import (
    INSERT_EVENT,
    MAX_JOURNAL_BYTES,
    SQLITE_BUSY,
    SQLITE_CORRUPT,
    SQLITE_FULL,
    SQLITE_LOCKED,
    SQLITE_NOTADB,
    WRITER_BUSY_TIMEOUT_MS,
    error_code,
    event_row,
    migrate,
)

log = logging.getLogger(__name__)


# ---------------------------------------------------------------------------------------------
# Writing


class HistoryStore(HistoryReads):
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
        # SQLite found the file damaged while in use: no note of a clean close (see
        # history_files.left_as_closed), so the next open checks every page.
        self._damage_seen = False
        # The done counts of the days before a `today` (`_done_before`): those days are over,
        # so the streak's long past is read once a day, not after every event recorded.
        self._past: tuple[date, Mapping[date, Mapping[HistoryEventKind, int]]] | None = None
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
        rows = [event_row(event, self._day_starts_at) for event in self._held]
        try:
            with _writing(connection):
                if len(rows) == 1:
                    connection.execute(INSERT_EVENT, rows[0])
                else:
                    connection.executemany(INSERT_EVENT, rows)
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
        if self._past is not None and any(
            event.day(self._day_starts_at) < self._past[0] for event in self._held
        ):
            self._past = None  # a day already over got an event (a journal, a clock set back)
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
                with _writing(connection):
                    connection.execute(INSERT_EVENT, event_row(event, self._day_starts_at))
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
            journal_line(event, self._day_starts_at, str(error)) for event, error in rejected
        )
        try:
            append_private(self._rejected_file, lines.encode("utf-8"))
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
            self._problem = write_problem_text(error, self.path)
            self._notify(self._problem)
        else:
            log.debug("history: still cannot write: %s", error)
        code = error_code(error) if isinstance(error, sqlite3.Error) else 0
        self._read_failed(error)
        if code not in (SQLITE_BUSY, SQLITE_LOCKED, SQLITE_FULL) and self._connection is not None:
            # A connection SQLite opened read-only (the file was not writable then) stays
            # read-only: open afresh on the next try.
            with contextlib.suppress(sqlite3.Error):
                self._connection.close()
            self._connection = None

    def _read_failed(self, error: BaseException) -> None:
        if isinstance(error, sqlite3.Error) and error_code(error) in (
            SQLITE_CORRUPT,
            SQLITE_NOTADB,
        ):
            self._damage_seen = True

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
        self._past = None  # the file may be another one now (a bad one moved aside)
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER_MODE)
        damage = self._diagnosis()
        if damage is not None:
            aside = self._move_aside(damage)
            self.moved_aside = aside
            self._notify(moved_aside_text(damage, self.path, aside))
        # The history holds health ratings: a new file is owner-only, whatever the umask
        # (SQLite gives its -wal and -shm files the database file's mode).
        create_private(self.path)
        connection = connect(str(self.path), uri=False, busy_timeout_ms=WRITER_BUSY_TIMEOUT_MS)
        try:
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = NORMAL")
            migrate(connection, self._day_starts_at)
        except BaseException:
            connection.close()
            raise
        return connection

    def _diagnosis(self) -> Damage | None:
        """What is wrong with the file, if anything. Read through a read-only connection: one
        that may write folds a WAL it finds into the file, or deletes it, when it closes,
        and a WAL beside a bad file must go aside with it as it is."""
        # Every page is read unless nobody wrote the file since this app last closed it cleanly.
        thorough = not left_as_closed(self.path)
        if not self.path.exists():
            return None
        connection = connect(
            f"{self.path.resolve().as_uri()}?mode=ro",
            uri=True,
            busy_timeout_ms=WRITER_BUSY_TIMEOUT_MS,
        )
        try:
            return diagnose(connection, thorough=thorough)
        except sqlite3.DatabaseError as error:
            if error_code(error) == SQLITE_NOTADB:
                return Damage.NOT_A_DATABASE
            if error_code(error) == SQLITE_CORRUPT:
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

    # -- reading (the held events are merged in by HistoryReads)

    def _done_before(self, today: date) -> Mapping[date, Mapping[HistoryEventKind, int]]:
        if self._past is None or self._past[0] != today:
            self._past = (today, super()._done_before(today))
        return self._past[1]

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
                self._fallback_reader = open_read_only(self.path, WRITER_BUSY_TIMEOUT_MS)
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
        clean = self._connection is not None and not self._held and not self._damage_seen
        for connection in (self._connection, self._fallback_reader):
            if connection is not None:
                connection.close()
        if clean:
            note_clean_close(self.path)
        self._connection = self._fallback_reader = None
        self._closed = True

    # -- the journal of events unsaved at closing

    def _keep_in_journal(self) -> None:
        data = "".join(journal_line(event, self._day_starts_at) for event in self._held)
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
            events = journal_events(data)
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


@contextlib.contextmanager
def _writing(connection: sqlite3.Connection) -> Iterator[None]:
    """One write transaction: committed when the block ends, rolled back when it raises
    (anything, KeyboardInterrupt too: a half-written batch must not stay open)."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                connection.execute("ROLLBACK")
        raise
