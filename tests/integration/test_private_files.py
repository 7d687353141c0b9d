"""Data files are owner-only whatever the umask: the history (with its -wal and -shm) and the
log hold health ratings (issue 12, item 5)."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from backbreak.core.history import HistoryEvent, HistoryEventKind
from backbreak.logs import PrivateRotatingFileHandler, setup_logging
from backbreak.store.history_store import HistoryStore


@pytest.fixture
def open_umask() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.usefixtures("open_umask")
def test_a_new_history_and_its_journal_are_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "data" / "backbreak" / "history.sqlite3"
    with HistoryStore(path) as store:
        at = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
        assert store.record(HistoryEvent.create(HistoryEventKind.COMFORT, at, UTC, rating=3))
        for suffix in ("", "-wal", "-shm"):
            assert mode(Path(f"{path}{suffix}")) == 0o600, suffix
    assert mode(path.parent) == 0o700


@pytest.mark.usefixtures("open_umask")
def test_the_log_and_each_rotated_log_are_owner_only(tmp_path: Path) -> None:
    log_file = tmp_path / "log" / "backbreak.log"
    handler = setup_logging(log_file)
    try:
        logging.getLogger("backbreak.test").warning("comfort 3")
        assert mode(log_file) == 0o600
        assert mode(log_file.parent) == 0o700
        assert isinstance(handler, PrivateRotatingFileHandler)
        handler.rotate()
        logging.getLogger("backbreak.test").warning("after rotation")
        assert mode(log_file) == 0o600
        assert mode(Path(f"{log_file}.1")) == 0o600
    finally:
        logging.getLogger("backbreak").removeHandler(handler)
        logging.getLogger("apscheduler").removeHandler(handler)
        handler.close()
