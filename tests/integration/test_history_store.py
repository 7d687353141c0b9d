"""The break history in real SQLite files: round trips, migrations, bad files moved aside,
writes the disk refuses, a second process reading while the app writes, CSV export."""

from __future__ import annotations

import contextlib
import csv
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from clocks import HandClock

from backbreak.core.history import (
    HistoryEvent,
    HistoryEventKind,
    StreakRules,
    Streaks,
    aggregate,
    count_by_day,
    fully_paused_days,
    pause_spans,
    report,
    summarise,
    working_day_rule,
)
from backbreak.core.hours import WorkingHours
from backbreak.core.planner import BreakKind
from backbreak.store import history_store
from backbreak.store.history_files import HistoryUnavailableError
from backbreak.store.history_reads import HistoryReader
from backbreak.store.history_schema import FILE_NAME, SCHEMA_VERSION
from backbreak.store.history_store import HistoryStore

BERLIN = ZoneInfo("Europe/Berlin")
K = HistoryEventKind
CHILD = Path(__file__).resolve().parents[1] / "support" / "history_child.py"
TODAY = date(2026, 3, 30)  # a Monday, the day after the clocks went forward
MOVED_AT = datetime(2026, 3, 30, 8, 15, 30, tzinfo=UTC)


def stamp(instant: datetime) -> str:
    """The local time the store names a moved-aside file with."""
    return instant.astimezone().strftime("%Y%m%d-%H%M%S")


def local(day: date, clock: str, fold: int = 0) -> datetime:
    hours, minutes = (int(part) for part in clock.split(":"))
    return datetime(day.year, day.month, day.day, hours, minutes, tzinfo=BERLIN, fold=fold)


def make(kind: HistoryEventKind, when: datetime, **fields: object) -> HistoryEvent:
    return HistoryEvent.create(kind, when, BERLIN, **fields)  # type: ignore[arg-type]


def sample_history() -> list[HistoryEvent]:
    """A few days of everything: night work, the spring DST change, comfort, a pause."""
    events: list[HistoryEvent] = []
    for back in range(6, -1, -1):
        day = TODAY - timedelta(days=back)
        for n in range(6):
            prompt = local(day, f"{9 + n}:00")
            events += [
                make(K.PROMPTED, prompt, break_kind=BreakKind.MICRO),
                make(K.STARTED, prompt + timedelta(seconds=20), break_kind=BreakKind.MICRO),
                make(
                    K.COMPLETED,
                    prompt + timedelta(seconds=50),
                    break_kind=BreakKind.MICRO,
                    exercise_id=("neck-roll", "cat-cow", "wall-angel")[(n + back) % 3],
                    planned=timedelta(seconds=30),
                    actual=timedelta(seconds=30),
                ),
            ]
        events.append(make(K.SNOOZED, local(day, "15:30"), break_kind=BreakKind.LONG))
        events.append(make(K.SKIPPED, local(day, "15:35"), break_kind=BreakKind.LONG))
        events.append(make(K.COMFORT, local(day, "17:00"), rating=(back + 3) % 11))
    events += [
        make(K.NATURAL, local(TODAY, "03:30")),  # night work: counts for Sunday
        make(K.NATURAL, local(date(2026, 3, 29), "03:30")),  # an hour after the clocks jumped
        make(K.PAUSED, local(TODAY, "12:00"), detail="1h"),
        make(K.RESUMED, local(TODAY, "13:00")),
        make(K.COMPLETED, local(TODAY, "16:00"), break_kind=BreakKind.LONG, detail="Qi Gong, é"),
    ]
    return events


def open_store(path: Path, **options: object) -> HistoryStore:
    return HistoryStore(path, clock=HandClock(MOVED_AT), **options)  # type: ignore[arg-type]


def raw(path: Path, sql: str) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def user_version(path: Path) -> int:
    return int(raw(path, "PRAGMA user_version")[0][0])


def problem_of(store: HistoryStore) -> str | None:
    # A call, not the property itself: mypy would keep the first answer it saw as the type.
    return store.problem


@pytest.fixture
def database(tmp_path: Path) -> Path:
    return tmp_path / "store" / FILE_NAME


# ---------------------------------------------------------------------------------------------
# Round trip


def test_events_come_back_as_they_were_recorded(database: Path) -> None:
    history = sample_history()
    with open_store(database) as store:
        assert all(store.record(event) for event in history)
        assert store.take_notices() == []
    with HistoryReader(database) as reader:
        assert reader.events() == sorted(history, key=lambda event: event.at)
        assert reader.daily_counts() == count_by_day(history)
        # The SQL aggregation and the plain-Python one agree.
        assert reader.aggregates(TODAY) == aggregate(history, today=TODAY)
        week = reader.events(local(TODAY, "00:00"), local(TODAY, "12:30"), kinds={K.PAUSED})
        assert [event.detail for event in week] == ["1h"]


def test_memory_given_back_after_a_big_read_loses_nothing(database: Path) -> None:
    # The app frees SQLite's page cache after reading the whole history; the writer and a
    # reader go on as before.
    history = sample_history()
    with open_store(database) as store:
        assert all(store.record(event) for event in history[:-1])
        counts = store.daily_counts()
        store.release_memory()
        assert store.daily_counts() == counts
        assert store.record(history[-1])
    with HistoryReader(database) as reader:
        reader.release_memory()
        assert reader.events() == sorted(history, key=lambda event: event.at)


def test_each_event_keeps_its_utc_instant_local_time_and_day(database: Path) -> None:
    with open_store(database) as store:
        store.record(make(K.NATURAL, local(TODAY, "03:30"), detail="night"))
        store.record(make(K.COMPLETED, local(date(2026, 3, 27), "09:00"), detail="winter"))
    rows = raw(database, "SELECT utc, local, day FROM events ORDER BY id")
    assert rows == [
        ("2026-03-30T01:30:00.000000+00:00", "2026-03-30T03:30:00+02:00", "2026-03-29"),
        ("2026-03-27T08:00:00.000000+00:00", "2026-03-27T09:00:00+01:00", "2026-03-27"),
    ]


def test_changing_the_day_boundary_moves_night_events_to_their_new_day(database: Path) -> None:
    autumn = date(2026, 10, 25)
    night = [
        make(K.COMPLETED, local(TODAY, "00:30")),
        make(K.COMPLETED, local(date(2026, 3, 29), "03:30")),
        make(K.COMPLETED, local(autumn, "02:30", fold=0)),
        make(K.COMPLETED, local(autumn, "02:30", fold=1)),
        make(K.COMPLETED, local(autumn, "05:00")),
    ]
    with open_store(database) as store:
        for event in night:
            store.record(event)
        assert set(store.daily_counts()) == {
            date(2026, 3, 29),
            date(2026, 3, 28),
            autumn - timedelta(1),
            autumn,
        }
    for boundary in (clock_time(0, 0), clock_time(3, 0), clock_time(4, 0)):
        with open_store(database, day_starts_at=boundary) as store:
            assert store.daily_counts() == count_by_day(night, boundary)
            stored = [row[0] for row in raw(database, "SELECT day FROM events ORDER BY id")]
            assert stored == [event.day(boundary).isoformat() for event in night]


# ---------------------------------------------------------------------------------------------
# Migration

# Version 1 as it shipped; kept here word for word so the migration meets a real old file.
V1_SCHEMA = f"""
PRAGMA application_id = {0x62627268};
CREATE TABLE events (
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
);
CREATE INDEX events_by_time ON events (utc);
PRAGMA user_version = 1;
"""


def test_a_version_1_file_is_migrated_and_keeps_its_events(database: Path) -> None:
    database.parent.mkdir()
    old = sqlite3.connect(database)
    old.executescript(V1_SCHEMA)
    history = sample_history()
    old.executemany(
        "INSERT INTO events (kind, utc, local, day, break_kind, exercise_id, planned_seconds,"
        " actual_seconds, rating, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                e.kind.value,
                e.at.isoformat(timespec="microseconds"),
                e.local_time,
                e.local.date().isoformat(),  # version 1 knew no day boundary
                e.break_kind and e.break_kind.value,
                e.exercise_id,
                e.planned_seconds,
                e.actual_seconds,
                e.rating,
                e.detail,
            )
            for e in history
        ],
    )
    old.commit()
    old.close()
    assert user_version(database) == 1

    with open_store(database) as store:
        assert store.take_notices() == []
        assert store.moved_aside is None
        assert store.events() == sorted(history, key=lambda event: event.at)
        # The days were recomputed with the 04:00 boundary: the 03:30 break is Sunday's.
        assert store.daily_counts() == count_by_day(history)
        assert store.record(make(K.COMPLETED, local(TODAY, "18:00")))
    assert user_version(database) == SCHEMA_VERSION == 2
    names = {row[0] for row in raw(database, "SELECT name FROM sqlite_master")}
    assert {"events", "events_by_time", "events_by_day", "events_by_kind", "settings"} <= names
    assert raw(database, "SELECT value FROM settings WHERE name = 'day_starts_at'") == [("04:00",)]
    # The statistics queries read indexes only, never the table.
    plan = raw(
        database,
        "EXPLAIN QUERY PLAN SELECT day, kind, count(*) FROM events "
        "WHERE day BETWEEN '2026-03-01' AND '2026-03-30' GROUP BY day, kind",
    )
    assert "COVERING INDEX events_by_day" in str(plan)
    plan = raw(
        database,
        "EXPLAIN QUERY PLAN SELECT exercise_id, count(*) FROM events WHERE day BETWEEN "
        "'2026-03-24' AND '2026-03-30' AND kind = 'completed' AND exercise_id IS NOT NULL "
        "GROUP BY exercise_id",
    )
    assert "COVERING INDEX events_by_kind" in str(plan)
    assert raw(database, "SELECT count(*) FROM events") == [(len(history) + 1,)]


def test_a_new_file_gets_the_latest_schema(database: Path) -> None:
    with open_store(database) as store:
        assert store.take_notices() == []
    assert user_version(database) == SCHEMA_VERSION
    assert raw(database, "PRAGMA journal_mode") == [("wal",)]


# ---------------------------------------------------------------------------------------------
# Bad files are moved aside, never deleted


def _wal_snapshot(source_dir: Path, target: Path, sql: str) -> None:
    """Make `target` a WAL-mode database whose latest changes are still in its -wal file, as
    a crashed app leaves it: copy both files while the connection that wrote them is open."""
    source = source_dir / "source.sqlite3"
    connection = sqlite3.connect(source, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA wal_autocheckpoint = 0")
    connection.executescript(sql)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    shutil.copyfile(f"{source}-wal", f"{target}-wal")
    connection.close()


def _assert_new_history_works(database: Path) -> None:
    assert user_version(database) == SCHEMA_VERSION
    with HistoryReader(database) as reader:
        assert reader.events() == []
    with open_store(database) as store:
        assert store.record(make(K.COMPLETED, local(TODAY, "10:00")))
        assert len(store.events()) == 1
        assert store.take_notices() == []


def test_a_file_from_a_newer_version_is_moved_aside_with_its_wal(
    database: Path, tmp_path: Path
) -> None:
    _wal_snapshot(
        tmp_path,
        database,
        f"PRAGMA application_id = {0x62627268}; PRAGMA user_version = 7;"
        "CREATE TABLE events (id INTEGER PRIMARY KEY, what TEXT, mood REAL);"
        "INSERT INTO events (what) VALUES ('from the future'), ('still in the WAL');",
    )
    store = open_store(database)
    aside = database.with_name(f"{FILE_NAME}.newer-{stamp(MOVED_AT)}")
    assert store.moved_aside == aside
    (notice,) = store.take_notices()
    assert "newer version of backbreak" in notice
    assert str(aside) in notice
    assert "nothing was deleted" in notice
    store.close()
    # The events that were only in the WAL are in the file moved aside.
    assert raw(aside, "SELECT what FROM events ORDER BY id") == [
        ("from the future",),
        ("still in the WAL",),
    ]
    assert raw(aside, "PRAGMA user_version") == [(7,)]
    _assert_new_history_works(database)


def test_a_database_of_another_program_is_moved_aside(database: Path) -> None:
    database.parent.mkdir()
    other = sqlite3.connect(database)
    other.executescript("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ada');")
    other.close()
    store = open_store(database)
    aside = database.with_name(f"{FILE_NAME}.foreign-{stamp(MOVED_AT)}")
    assert store.moved_aside == aside
    (notice,) = store.take_notices()
    assert "was not a backbreak break history" in notice and str(aside) in notice
    store.close()
    assert raw(aside, "SELECT name FROM contacts") == [("Ada",)]
    _assert_new_history_works(database)


def test_a_damaged_file_is_moved_aside(database: Path) -> None:
    with open_store(database) as store:
        for n in range(2000):
            store.record(make(K.COMPLETED, local(TODAY, "09:00") + timedelta(seconds=n)))
    page_size = int(raw(database, "PRAGMA page_size")[0][0])
    original = database.read_bytes()
    damaged = bytearray(original)
    damaged[page_size * 3 : page_size * 5] = b"\xff" * (page_size * 2)
    database.write_bytes(bytes(damaged))
    store = open_store(database)
    aside = database.with_name(f"{FILE_NAME}.damaged-{stamp(MOVED_AT)}")
    assert store.moved_aside == aside
    (notice,) = store.take_notices()
    assert "was damaged" in notice and str(aside) in notice
    store.close()
    assert aside.read_bytes() == bytes(damaged)  # moved as it was, not "repaired"
    _assert_new_history_works(database)


def test_only_a_file_left_as_cleanly_closed_skips_the_page_by_page_check(
    database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading every page costs a tenth of a second after ten years, at each start: skipped
    only when nobody wrote the file since the last clean close (issue 14)."""
    checks: list[bool] = []
    real_diagnose = history_store.diagnose

    def diagnose(connection: sqlite3.Connection, *, thorough: bool = True) -> object:
        checks.append(thorough)
        return real_diagnose(connection, thorough=thorough)

    monkeypatch.setattr(history_store, "diagnose", diagnose)
    with open_store(database) as store:
        store.record(make(K.COMPLETED, local(TODAY, "09:00")))
    assert database.with_name(f"{FILE_NAME}.closed").exists()
    crashed = open_store(database)  # as the app that then crashes: it never closes
    assert checks == [False]
    assert not database.with_name(f"{FILE_NAME}.closed").exists()
    open_store(database).close()
    assert checks == [False, True]  # the crash left no note
    crashed.close()
    connection = sqlite3.connect(database)  # another program writes
    connection.execute("INSERT INTO settings (name, value) VALUES ('x', 'y')")
    connection.commit()
    connection.close()
    open_store(database).close()
    assert checks == [False, True, True]
    open_store(database).close()
    assert checks == [False, True, True, False]
    with HistoryReader(database) as reader:  # `backbreak stats` while the app is not running
        reader.daily_counts()
    open_store(database).close()
    assert checks == [False, True, True, False, False]


def test_damage_under_an_unchanged_size_and_time_is_still_found(database: Path) -> None:
    with open_store(database) as store:
        for n in range(400):
            store.record(make(K.COMPLETED, local(TODAY, "09:00") + timedelta(seconds=n)))
    page_size = int(raw(database, "PRAGMA page_size")[0][0])
    before = database.stat()
    damaged = bytearray(database.read_bytes())
    damaged[page_size * 3 : page_size * 5] = b"\xff" * (page_size * 2)
    database.write_bytes(bytes(damaged))
    os.utime(database, ns=(before.st_atime_ns, before.st_mtime_ns))
    store = open_store(database)
    assert store.moved_aside == database.with_name(f"{FILE_NAME}.damaged-{stamp(MOVED_AT)}")
    store.close()


def test_a_file_that_is_not_a_database_is_moved_aside(database: Path) -> None:
    database.parent.mkdir()
    database.write_text("these are my notes, not a database\n" * 200)
    store = open_store(database)
    aside = database.with_name(f"{FILE_NAME}.not-a-database-{stamp(MOVED_AT)}")
    assert store.moved_aside == aside
    (notice,) = store.take_notices()
    assert "not a database" in notice and str(aside) in notice
    store.close()
    assert aside.read_text().startswith("these are my notes")
    _assert_new_history_works(database)


def test_the_wal_and_shm_files_go_aside_with_their_database(database: Path) -> None:
    # A WAL beside a bad file may hold its latest changes: it goes aside as it was, and must
    # never meet the new file (SQLite would replay it into it).
    database.parent.mkdir()
    database.write_bytes(b"not a database " * 300)
    Path(f"{database}-wal").write_bytes(b"old wal " * 50)
    Path(f"{database}-shm").write_bytes(b"old shm " * 50)  # an index SQLite rebuilds
    store = open_store(database)
    aside = store.moved_aside
    assert aside is not None
    assert aside.read_bytes() == b"not a database " * 300
    assert Path(f"{aside}-wal").read_bytes() == b"old wal " * 50
    assert Path(f"{aside}-shm").exists()
    store.close()
    _assert_new_history_works(database)


def test_files_moved_aside_in_the_same_second_get_different_names(database: Path) -> None:
    database.parent.mkdir()
    for text in ("first", "second"):
        database.write_text(f"{text} " * 1000)
        open_store(database).close()
    first = database.with_name(f"{FILE_NAME}.not-a-database-{stamp(MOVED_AT)}")
    second = first.with_name(f"{first.name}-2")
    assert first.read_text().startswith("first")
    assert second.read_text().startswith("second")


def test_the_reader_never_moves_or_changes_a_file(database: Path) -> None:
    with HistoryReader(database) as reader:
        assert reader.events() == []
        assert reader.daily_counts() == {}
    assert not database.exists()
    database.parent.mkdir()
    database.write_text("not a database " * 100)
    before = database.read_bytes()
    with pytest.raises(HistoryUnavailableError, match="cannot be read"):
        HistoryReader(database)
    other = database.with_name("other.sqlite3")
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE contacts (name TEXT)")
    connection.close()
    with pytest.raises(HistoryUnavailableError, match="is not a break history"):
        HistoryReader(other)
    assert database.read_bytes() == before
    assert sorted(path.name for path in database.parent.iterdir()) == [FILE_NAME, "other.sqlite3"]


# ---------------------------------------------------------------------------------------------
# Writes the disk refuses


def test_a_read_only_database_holds_events_in_memory_and_writes_them_later(
    database: Path,
) -> None:
    store = open_store(database)
    assert store.record(make(K.COMPLETED, local(TODAY, "09:00"), detail="saved"))
    # SQLite's own read-only switch on the store's connection: the same "attempt to write a
    # readonly database" a read-only file gives, and it works when tests run as root.
    assert store._connection is not None
    store._connection.execute("PRAGMA query_only = ON")
    assert not store.record(make(K.COMPLETED, local(TODAY, "10:00"), detail="held"))
    assert store.unsaved == 1
    (notice,) = store.take_notices()
    assert "cannot be saved right now" in notice and "read-only" in notice
    assert notice == problem_of(store)
    # The statistics already count the held event.
    assert store.daily_counts() == {TODAY: {K.COMPLETED: 2}}
    # The store opens the file afresh on the next write (as it must after a read-only open).
    assert store.record(make(K.COMPLETED, local(TODAY, "11:00"), detail="later"))
    assert store.unsaved == 0 and problem_of(store) is None
    (notice,) = store.take_notices()
    assert "being saved again" in notice
    store.close()
    assert raw(database, "SELECT detail FROM events ORDER BY id") == [
        ("saved",),
        ("held",),
        ("later",),
    ]


def test_a_full_database_holds_events_in_order_until_there_is_room(
    database: Path, tmp_path: Path
) -> None:
    store = open_store(database)
    assert store.record(make(K.COMPLETED, local(TODAY, "09:00"), detail="first"))
    # SQLite's page limit on the store's connection: the same "database or disk is full" a
    # full disk gives, whoever runs the tests.
    assert store._connection is not None
    pages = store._connection.execute("PRAGMA page_count").fetchone()[0]
    store._connection.execute(f"PRAGMA max_page_count = {pages}")
    held = [
        make(K.COMPLETED, local(TODAY, f"1{n}:00"), exercise_id="cat-cow", detail="x" * 8000)
        for n in range(3)
    ]
    assert [store.record(event) for event in held] == [False, False, False]
    assert store.unsaved == 3
    (notice,) = store.take_notices()  # told once, not three times
    assert "disk holding" in notice and "is full" in notice
    assert not store.flush()
    assert store.take_notices() == []
    assert store.events()[1:] == held
    assert store.exercise_counts() == {"cat-cow": 3}
    export = tmp_path / "export.csv"
    assert store.export_csv(export) == 4
    with export.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [row["id"] for row in rows] == ["1", "", "", ""]

    store._connection.execute("PRAGMA max_page_count = 1073741823")
    assert store.flush()
    assert store.unsaved == 0
    (notice,) = store.take_notices()
    assert "the 3 entries kept in memory" in notice
    store.close()
    with HistoryReader(database) as reader:
        assert reader.events()[1:] == held


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[None]:
    """The folder becomes read-only for us. Root ignores file modes, so as root the folder is
    a small tmpfs of its own, remounted read-only; otherwise plain modes do."""
    database = folder / FILE_NAME
    if os.geteuid() == 0:
        changed = subprocess.run(
            ["mount", "-o", "remount,ro", str(folder)], capture_output=True, text=True
        )
        assert changed.returncode == 0, changed.stderr
        try:
            yield
        finally:
            subprocess.run(["mount", "-o", "remount,rw", str(folder)], check=True)
        return
    database.chmod(0o444)
    folder.chmod(0o555)
    try:
        yield
    finally:
        folder.chmod(0o755)
        database.chmod(0o644)


@pytest.fixture
def store_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder for the database; as root, a tmpfs mount that can be made read-only."""
    folder = tmp_path / "store"
    folder.mkdir()
    if os.geteuid() != 0:
        yield folder
        return
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )
    assert mounted.returncode == 0, f"root could not mount a tmpfs: {mounted.stderr}"
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes and mounts")
def test_a_read_only_folder_holds_events_until_it_is_writable_again(store_folder: Path) -> None:
    database = store_folder / FILE_NAME
    with open_store(database) as store:
        store.record(make(K.COMPLETED, local(TODAY, "09:00"), detail="before"))
    with read_only_folder(store_folder):
        store = open_store(database)
        assert not store.record(make(K.COMPLETED, local(TODAY, "10:00"), detail="held"))
        assert "read-only" in store.take_notices()[0]
        # What is on disk still shows, beside what is held.
        assert [event.detail for event in store.events()] == ["before", "held"]
    assert store.record(make(K.COMPLETED, local(TODAY, "11:00"), detail="after"))
    store.close()
    assert raw(database, "SELECT detail FROM events ORDER BY id") == [
        ("before",),
        ("held",),
        ("after",),
    ]


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 512 KiB file system (tmpfs), so the disk itself fills up."""
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({mounted.stderr.strip()})")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


@pytest.mark.skipif(
    sys.platform != "linux" or os.geteuid() != 0,
    reason="mounting a small tmpfs needs root; the max_page_count test covers the rest",
)
def test_a_full_disk_holds_events_until_space_is_freed(small_disk: Path) -> None:
    database = small_disk / FILE_NAME
    store = open_store(database)
    assert store.record(make(K.COMPLETED, local(TODAY, "09:00"), detail="first"))
    filler = small_disk / "filler"
    descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(descriptor, b"\0" * 4096)
    except OSError:
        pass  # the disk is full
    finally:
        os.close(descriptor)
    held = [make(K.COMPLETED, local(TODAY, f"1{n}:00"), detail="x" * 20000) for n in range(3)]
    assert [store.record(event) for event in held] == [False, False, False]
    assert "is full" in store.take_notices()[0]
    filler.unlink()
    assert store.flush()
    store.close()
    assert raw(database, "PRAGMA integrity_check") == [("ok",)]
    with HistoryReader(database) as reader:
        assert reader.events()[1:] == held


def test_a_closed_store_refuses_to_record(database: Path) -> None:
    store = open_store(database)
    store.close()
    with pytest.raises(ValueError, match="closed"):
        store.record(make(K.COMPLETED, local(TODAY, "09:00")))


# ---------------------------------------------------------------------------------------------
# A second process


def test_a_reader_process_reads_while_the_app_writes(database: Path) -> None:
    store = open_store(database)
    total = 300
    assert store.record(make(K.COMPLETED, local(TODAY, "08:00")))
    reader = subprocess.Popen(
        [sys.executable, str(CHILD), "read", str(database), str(total)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert reader.stdout is not None
    assert reader.stdout.readline() == "ready\n"
    written = []
    for n in range(1, total):
        written.append(
            store.record(make(K.COMPLETED, local(TODAY, "08:00") + timedelta(seconds=n)))
        )
        time.sleep(0.001)
    output, errors = reader.communicate(timeout=30)
    store.close()
    assert reader.returncode == 0, errors
    assert all(written)  # the reader never held the writer up long enough to fail
    seen = [int(line) for line in output.split()]
    assert seen == sorted(seen)
    assert seen[-1] == total
    assert any(1 <= count < total for count in seen)  # it did read in the middle


def test_the_reader_opens_a_history_nobody_is_writing(database: Path) -> None:
    with open_store(database) as store:
        for event in sample_history():
            store.record(event)
    assert not Path(f"{database}-wal").exists()  # closed cleanly: the WAL was folded in
    hours = WorkingHours.weekdays(("09:00", "17:00"))
    rules = StreakRules(6, working_day_rule(hours))
    now = local(TODAY, "18:00")
    with HistoryReader(database) as reader:
        today = reader.today(now, BERLIN, rules, hours)
        assert today == reader.report(now, BERLIN, rules, hours).today
        assert today.to_json_dict() == {
            "day": "2026-03-30",
            "working_day": True,
            "done": 7,
            "completed": 7,
            "natural": 0,
            "skipped": 1,
            "snoozed": 1,
            "goal": 6,
            "goal_met": True,
            "current_streak": 5,  # Tuesday to Friday and today; the weekend was off
            "best_streak": 5,
        }


def test_today_reads_the_same_as_the_report_with_events_not_yet_written(database: Path) -> None:
    """The one path: `today` (today's rows, the other days' done counts) and `report` (every
    aggregate) agree, events held in memory included, as `core.history.report` over all."""
    hours = WorkingHours.weekdays(("09:00", "17:00"))
    rules = StreakRules(2, working_day_rule(hours))
    now = local(TODAY, "18:00")
    history = sample_history()
    with open_store(database) as store:
        for event in history[:-3]:
            store.record(event)
        store._held.extend(history[-3:])  # as when the disk refuses them
        today = store.today(now, BERLIN, rules, hours)
        assert today == store.report(now, BERLIN, rules, hours).today
        everything = report(
            aggregate(history, today=TODAY), now=now, tz=BERLIN, rules=rules, hours=hours
        )
        assert today == everything.today
        store._held.clear()


# ---------------------------------------------------------------------------------------------
# CSV export


def test_export_writes_every_event_with_iso_times(database: Path, tmp_path: Path) -> None:
    history = sample_history()
    target = tmp_path / "history.csv"
    target.write_text("an older export\n")
    with open_store(database) as store:
        for event in history:
            store.record(event)
        assert store.export_csv(target) == len(history)
    with target.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == [
        "id",
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
    ]
    assert len(rows) == len(history) + 1
    by_column = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    night = next(row for row in by_column if row["local"] == "2026-03-30T03:30:00+02:00")
    assert night["utc"] == "2026-03-30T01:30:00.000000+00:00"
    assert night["day"] == "2026-03-29"
    assert night["kind"] == "natural"
    assert by_column[-1]["detail"] == "Qi Gong, é"
    for row, event in zip(by_column, history, strict=True):
        assert datetime.fromisoformat(row["utc"]) == event.at
        assert row["exercise_id"] == (event.exercise_id or "")
    assert [path.name for path in tmp_path.iterdir() if "history.csv" in path.name] == [
        "history.csv"
    ]  # no temporary file left behind


def test_working_hours_feed_the_paused_days(database: Path) -> None:
    """The pieces the statistics window wires together: pauses from the store become paused
    days that neither count nor break the streak."""
    hours = WorkingHours.weekdays(("09:00", "17:00"))
    monday, tuesday, wednesday = (
        TODAY - timedelta(days=7),
        TODAY - timedelta(6),
        TODAY - timedelta(5),
    )
    with open_store(database) as store:
        for day in (monday, wednesday):
            for n in range(6):
                store.record(make(K.COMPLETED, local(day, f"{9 + n}:00")))
        store.record(make(K.PAUSED, local(tuesday, "08:00")))
        store.record(make(K.RESUMED, local(tuesday, "18:00")))
        aggregates = store.aggregates(wednesday)
    paused = fully_paused_days(pause_spans(aggregates.pauses, local(TODAY, "12:00")), hours, BERLIN)
    assert paused == {tuesday}
    summary = summarise(
        aggregates,
        today=wednesday,
        rules=StreakRules(6, working_day_rule(hours)),
        paused_days=paused,
    )
    assert (summary.streaks.current, summary.streaks.best) == (2, 2)


def test_the_streak_reads_the_past_once_a_day_yet_sees_an_event_recorded_in_it(
    database: Path,
) -> None:
    """The days before today are over: their done counts are read once a day, not after
    every event; an event that still lands in one (a clock set back, a journal replayed) is
    counted at once."""
    hours = WorkingHours.weekdays(("09:00", "17:00"))
    rules = StreakRules(1, working_day_rule(hours))
    now = local(TODAY, "18:00")
    friday = TODAY - timedelta(days=3)
    with open_store(database) as store:
        store.record(make(K.COMPLETED, local(friday - timedelta(days=1), "10:00")))
        assert store.today(now, BERLIN, rules, hours).streaks == Streaks(current=0, best=1)
        store.record(make(K.COMPLETED, local(TODAY, "10:00")))
        assert store.today(now, BERLIN, rules, hours).streaks == Streaks(current=1, best=1)
        store.record(make(K.COMPLETED, local(friday, "10:00")))
        assert store.today(now, BERLIN, rules, hours).streaks == Streaks(current=3, best=3)
        assert (
            store.today(now, BERLIN, rules, hours) == store.report(now, BERLIN, rules, hours).today
        )
