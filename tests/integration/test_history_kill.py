"""The history survives the app being killed at any moment (SIGKILL: no clean-up at all).

A child process records events as fast as it can and prints each event's number once
`record` says it is committed; it is killed 200 times at random moments (some while it is
still opening the file, most while it writes). After every kill the file must pass
`PRAGMA integrity_check` and hold every event the child reported committed.
"""

from __future__ import annotations

import os
import random
import selectors
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

CHILD = Path(__file__).resolve().parents[1] / "support" / "history_child.py"
ROUNDS = 200

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _wait_for_ready(child: subprocess.Popen[bytes], timeout: float) -> bytes:
    """What the child printed up to and including its "ready" line."""
    assert child.stdout is not None
    selector = selectors.DefaultSelector()
    selector.register(child.stdout, selectors.EVENT_READ)
    seen = b""
    deadline = time.monotonic() + timeout
    try:
        while b"ready\n" not in seen:
            left = deadline - time.monotonic()
            assert left > 0, f"the writer never became ready; it printed {seen!r}"
            if selector.select(left):
                chunk = os.read(child.stdout.fileno(), 65536)
                assert chunk, f"the writer ended early ({child.wait()}): {seen!r}"
                seen += chunk
    finally:
        selector.close()
    return seen


def _committed(output: bytes) -> set[int]:
    # Only whole lines: the last one may have been cut by the kill.
    lines = output.split(b"\n")[:-1]
    return {int(line) for line in lines if line and line != b"ready"}


def test_killed_writer_never_loses_a_committed_event_nor_damages_the_file(
    tmp_path: Path,
) -> None:
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    database = tmp_path / "history.sqlite3"
    committed: set[int] = set()
    killed_while_writing = 0
    for round_number in range(ROUNDS):
        child = subprocess.Popen(
            [sys.executable, str(CHILD), "write", str(database), str(round_number * 1_000_000)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert child.stdout is not None and child.stderr is not None
        output = b""
        if rng.random() < 0.15:
            time.sleep(rng.uniform(0, 0.1))  # starting up, opening or creating the file
        else:
            output = _wait_for_ready(child, timeout=20)
            time.sleep(rng.uniform(0, 0.02))
            killed_while_writing += 1
        child.send_signal(signal.SIGKILL)
        child.wait()
        output += child.stdout.read()
        errors = child.stderr.read()
        child.stdout.close()
        child.stderr.close()
        assert child.returncode == -signal.SIGKILL, errors.decode()
        committed |= _committed(output)
        if not database.exists():
            assert not committed
            continue
        check = sqlite3.connect(database)
        try:
            integrity = check.execute("PRAGMA integrity_check").fetchall()
            assert integrity == [("ok",)], f"seed {seed}, round {round_number}"
            tables = {row[0] for row in check.execute("SELECT name FROM sqlite_master")}
            if "events" not in tables:  # killed before the schema was committed
                assert not committed
                continue
            present = {int(row[0]) for row in check.execute("SELECT detail FROM events")}
        finally:
            check.close()
        missing = committed - present
        assert not missing, f"seed {seed}, round {round_number}: lost {sorted(missing)[:10]}"
    assert killed_while_writing > ROUNDS // 2
    assert len(committed) > ROUNDS  # the writer did get to write, round after round
