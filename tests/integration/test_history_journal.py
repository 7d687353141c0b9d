"""Break events are never lost to a history that cannot take them (issue 12, items 3 and 4):
an event the file refuses for good is set aside, reported once, and the others go on being
saved; events that cannot be saved at closing are kept in a journal and saved at the next
start."""

from __future__ import annotations

import json
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from backbreak.core.history import DEFAULT_DAY_STARTS_AT, HistoryEvent, HistoryEventKind
from backbreak.store import history_store
from backbreak.store.history_files import journal_line
from backbreak.store.history_store import HistoryStore

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def event(minutes: int, kind: HistoryEventKind = HistoryEventKind.COMPLETED) -> HistoryEvent:
    fields: dict[str, object] = {"rating": 4} if kind is HistoryEventKind.COMFORT else {}
    return HistoryEvent.create(kind, START + timedelta(minutes=minutes), UTC, **fields)  # type: ignore[arg-type]


def saved_kinds(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return [row[0] for row in connection.execute("SELECT kind FROM events ORDER BY utc")]


@pytest.fixture(autouse=True)
def short_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each write to a locked file waits the writer's busy timeout: keep the tests short."""
    monkeypatch.setattr(history_store, "WRITER_BUSY_TIMEOUT_MS", 20)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    place = tmp_path / "history"
    place.mkdir()
    return place


def open_store(folder: Path) -> HistoryStore:
    return HistoryStore(
        folder / "history.sqlite3",
        journals=(folder / "unsaved.jsonl", folder / "run" / "unsaved.jsonl"),
        rejected_file=folder / "rejected.jsonl",
    )


def test_an_event_the_file_refuses_is_set_aside_and_the_session_goes_on(folder: Path) -> None:
    store = open_store(folder)
    with sqlite3.connect(folder / "history.sqlite3") as connection:
        connection.execute(
            "CREATE TRIGGER no_comfort BEFORE INSERT ON events WHEN NEW.kind = 'comfort' "
            "BEGIN SELECT RAISE(ABORT, 'comfort refused'); END"
        )
    assert store.record(event(1))
    assert store.record(event(2, HistoryEventKind.COMFORT))  # refused: set aside, not held
    assert store.unsaved == 0
    notices = store.take_notices()
    assert len(notices) == 1 and str(folder / "rejected.jsonl") in notices[0]
    assert store.record(event(3))
    assert store.record(event(4, HistoryEventKind.COMFORT))
    assert len(store.take_notices()) == 1  # each batch set aside is told
    store.close()  # no exception: the socket and lock are released after it
    assert saved_kinds(folder / "history.sqlite3") == ["completed", "completed"]
    lines = (folder / "rejected.jsonl").read_text().splitlines()
    assert [json.loads(line)["kind"] for line in lines] == ["comfort", "comfort"]
    assert "comfort refused" in json.loads(lines[0])["error"]
    assert stat.S_IMODE((folder / "rejected.jsonl").stat().st_mode) == 0o600


def test_events_unsaved_at_closing_are_kept_and_saved_at_the_next_start(folder: Path) -> None:
    store = open_store(folder)
    assert store.record(event(1))
    blocker = sqlite3.connect(folder / "history.sqlite3", isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")  # another program holds the file
    try:
        for minutes in range(2, 66):
            store.record(event(minutes))
        assert store.unsaved == 64
        store.close()
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    journal = folder / "unsaved.jsonl"
    assert len(journal.read_text().splitlines()) == 64
    assert stat.S_IMODE(journal.stat().st_mode) == 0o600
    reopened = open_store(folder)
    assert reopened.unsaved == 0
    assert any("now in" in notice for notice in reopened.take_notices())
    reopened.close()
    assert len(saved_kinds(folder / "history.sqlite3")) == 65
    assert not journal.exists()


def test_a_journal_that_cannot_be_written_falls_back_to_the_next(folder: Path) -> None:
    (folder / "not-a-folder").write_text("")
    store = HistoryStore(
        folder / "history.sqlite3",
        journals=(folder / "not-a-folder" / "unsaved.jsonl", folder / "run" / "unsaved.jsonl"),
    )
    blocker = sqlite3.connect(folder / "history.sqlite3", isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        store.record(event(1))
        store.close()
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert len((folder / "run" / "unsaved.jsonl").read_text().splitlines()) == 1


def test_a_journal_replayed_but_still_unsaved_is_not_doubled(folder: Path) -> None:
    """The journal is rewritten whole at closing: its replayed events are held again, and
    must not be appended a second time."""
    for _ in range(2):
        blocker = sqlite3.connect(folder / "history.sqlite3", isolation_level=None)
        blocker.execute("BEGIN EXCLUSIVE")
        try:
            store = open_store(folder)
            store.record(event(len(list(folder.glob("*.jsonl")))))
            store.close()
        finally:
            blocker.execute("ROLLBACK")
            blocker.close()
    assert len((folder / "unsaved.jsonl").read_text().splitlines()) == 2
    store = open_store(folder)
    store.close()
    assert len(saved_kinds(folder / "history.sqlite3")) == 2


def test_an_unreadable_journal_line_is_skipped(folder: Path) -> None:
    good = journal_line(event(1), DEFAULT_DAY_STARTS_AT)
    (folder / "unsaved.jsonl").write_text("not json\n" + "[" * 5000 + "\n" + good)
    store = open_store(folder)
    store.close()
    assert saved_kinds(folder / "history.sqlite3") == ["completed"]
