"""A second process on the break history, for tests/integration (run with the test's Python).

    history_child.py write DB FIRST   record events numbered FIRST, FIRST+1, ... for ever,
                                      printing each number once `record` reports it committed
    history_child.py read DB EXPECTED print the number of events every few milliseconds, read
                                      through HistoryReader, until EXPECTED are there

Both print "ready" once the file is open, and flush every line, so the parent knows exactly
what was committed (write) or seen (read) when it stops them.
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from backbreak.core.history import HistoryEvent, HistoryEventKind
from backbreak.core.planner import BreakKind
from backbreak.store.history_reads import HistoryReader
from backbreak.store.history_store import HistoryStore

START = datetime(2026, 3, 2, 8, tzinfo=UTC)


def write(path: Path, first: int) -> int:
    store = HistoryStore(path)
    print("ready", flush=True)
    number = first
    while True:
        event = HistoryEvent(
            kind=HistoryEventKind.COMPLETED,
            at=START + timedelta(seconds=number),
            local_time=(START + timedelta(seconds=number)).isoformat(),
            break_kind=BreakKind.MICRO,
            exercise_id="neck-roll",
            planned_seconds=30,
            actual_seconds=30,
            detail=str(number),
        )
        if not store.record(event):
            print(f"held: {store.problem}", file=sys.stderr, flush=True)
            return 1
        print(number, flush=True)
        number += 1


def read(path: Path, expected: int) -> int:
    reader = HistoryReader(path)
    print("ready", flush=True)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        total = sum(sum(kinds.values()) for kinds in reader.daily_counts().values())
        print(total, flush=True)
        if total >= expected:
            return 0
        time.sleep(0.002)
    return 1


def main() -> int:
    mode, path, number = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    return write(path, number) if mode == "write" else read(path, number)


if __name__ == "__main__":
    sys.exit(main())
