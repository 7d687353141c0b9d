"""How fast the break history is with ten years in it (run on demand, not by pytest).

    python3 tests/benchmarks/bench_history.py

Builds ten years of synthetic history (Mon-Fri, about 57 events a working day: prompts,
starts, completions with exercises, snoozes, skips, natural breaks, a comfort rating, now and
then a pause; ~150 000 events) in a temporary folder, then times:

  start path  what the app does with its history before the tray icon shows: open the store
              (`HistoryStore(...)`) and work out today's figures and the streaks
              (`HistoryStore.today`), in a fresh process as at a start, after a clean close
              (the usual start) and after a crash (every page of the file checked), with the
              peak memory it allocates; beside the same on an empty history. Target: 10 years
              add <= 50 ms to a start.
  statistics  everything the statistics window shows (`HistoryStore.report`: the aggregates in
              SQL, the fully paused days, streaks, charts, heatmap, top exercises, regions,
              comfort trend). Target <= 300 ms.
  record      one event, its own committed transaction, 2000 times (checkpoints included).
              Target <= 5 ms (median and p99).

Baselines measured in the same run: a bare `SELECT count(*)` over the events (the cheapest
full look at the table) for the statistics, and a bare sqlite3 INSERT + COMMIT into a file
with the same pragmas for recording. Also prints opening times and the file's size.
"""

from __future__ import annotations

import json
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from backbreak.core.history import (
    HistoryEvent,
    HistoryEventKind,
    Report,
    StreakRules,
    aggregate,
    working_day_rule,
)
from backbreak.core.hours import WorkingHours
from backbreak.core.planner import BreakKind
from backbreak.store.history_files import closed_record
from backbreak.store.history_reads import HistoryReader
from backbreak.store.history_store import HistoryStore

ZONE = ZoneInfo("Europe/Berlin")
HOURS = WorkingHours.weekdays(("09:00", "12:30"), ("13:30", "18:00"))
FIRST_DAY = date(2016, 3, 1)
TODAY = date(2026, 3, 2)
NOW = datetime(2026, 3, 2, 16, 0, tzinfo=ZONE).astimezone(UTC)
EXERCISES = [f"exercise-{n:02d}" for n in range(21)]
REGIONS = ("neck", "shoulders", "upper back", "mid back", "lower back", "chest", "hips", "arms")
REGIONS_OF = {name: [REGIONS[n % 8], REGIONS[(n * 3 + 1) % 8]] for n, name in enumerate(EXERCISES)}
STATS_TARGET_S = 0.300
START_TARGET_S = 0.050
RECORD_TARGET_S = 0.005
# Enough records for the WAL to pass its 1000-page checkpoint mark a few times: the record
# that triggers a checkpoint is the slow one.
RECORDS = 2000
K = HistoryEventKind
RULES = StreakRules(6, working_day_rule(HOURS))


def synthetic_days(rng: random.Random) -> Iterator[list[HistoryEvent]]:
    day = FIRST_DAY
    while day < TODAY:
        if day.weekday() < 5:
            yield one_day(day, rng)
        day += timedelta(days=1)


def one_day(day: date, rng: random.Random) -> list[HistoryEvent]:
    start = datetime(day.year, day.month, day.day, 9, 0, tzinfo=ZONE)

    def at(minute: float) -> datetime:
        return start + timedelta(minutes=minute)

    events: list[HistoryEvent] = []
    kinds = (
        [K.PROMPTED] * 18
        + [K.STARTED] * 15
        + [K.COMPLETED] * rng.choice((1, 9, 13, 13, 13, 13, 13, 15))
        + [K.SNOOZED] * 5
        + [K.SKIPPED] * 3
        + [K.NATURAL] * 3
    )
    for n, kind in enumerate(kinds):
        events.append(
            HistoryEvent.create(
                kind,
                at(n * 540 / len(kinds)),
                ZONE,
                break_kind=BreakKind.LONG if n % 4 == 3 else BreakKind.MICRO,
                exercise_id=rng.choice(EXERCISES) if kind is K.COMPLETED else None,
                planned=timedelta(seconds=30),
                actual=timedelta(seconds=30) if kind is K.COMPLETED else None,
            )
        )
    events.append(HistoryEvent.create(K.COMFORT, at(545), ZONE, rating=rng.randint(3, 9)))
    if rng.random() < 0.05:  # a whole day paused now and then
        events.append(HistoryEvent.create(K.PAUSED, at(-60), ZONE, detail="indefinitely"))
        events.append(HistoryEvent.create(K.RESUMED, at(600), ZONE))
    events.sort(key=lambda event: event.at)
    return events


def statistics_window(store: HistoryStore | HistoryReader) -> Report:
    return store.report(NOW, ZONE, RULES, HOURS, regions_of=REGIONS_OF)


def start_path(path: Path, trace: bool) -> dict[str, float]:
    """Open the store and work out today's figures, as the app does before its icon shows
    (run in a child process: `--start-path PATH [--trace]`)."""
    if trace:
        tracemalloc.start()
    began = time.perf_counter()
    store = HistoryStore(path)
    opened = time.perf_counter()
    store.today(NOW, ZONE, RULES, HOURS)
    done = time.perf_counter()
    peak = tracemalloc.get_traced_memory()[1] if trace else 0
    store.close()
    return {"open": opened - began, "today": done - opened, "peak": peak}


def start_path_in_child(path: Path, *, crashed: bool, trace: bool = False) -> dict[str, float]:
    """`start_path` in a fresh process; `crashed`: as after a crash (no clean close noted)."""
    if crashed:
        closed_record(path).unlink(missing_ok=True)
    command = [sys.executable, __file__, "--start-path", str(path)] + (["--trace"] if trace else [])
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    figures: dict[str, float] = json.loads(result.stdout)
    return figures


def print_start_path(path: Path, empty: Path) -> None:
    rows = []
    for label, where, crashed in (
        ("empty history", empty, False),
        ("10 years, after a clean close", path, False),
        ("10 years, after a crash", path, True),
    ):
        runs = [start_path_in_child(where, crashed=crashed) for _ in range(5)]
        peak = start_path_in_child(where, crashed=crashed, trace=True)["peak"]
        rows.append(
            (
                label,
                statistics.median(run["open"] for run in runs),
                statistics.median(run["today"] for run in runs),
                peak,
            )
        )
    print("start path (fresh process, median of 5): open the store + today's figures")
    for label, opened, today, peak in rows:
        print(
            f"  {label:30} open {opened * 1e3:6.1f} ms  today {today * 1e3:6.1f} ms  "
            f"total {(opened + today) * 1e3:6.1f} ms  peak {peak / 2**20:5.2f} MiB"
        )
    added = (rows[1][1] + rows[1][2]) - (rows[0][1] + rows[0][2])
    print(
        f"  10 years add {added * 1e3:.1f} ms to a start  "
        f"target <= {START_TARGET_S * 1e3:.0f} ms  {verdict(added, START_TARGET_S)}"
    )


def timed(action: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        action()
        times.append(time.perf_counter() - began)
    return times


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def verdict(value: float, target: float) -> str:
    return "PASS" if value <= target else "FAIL"


def main() -> int:
    rng = random.Random(20260302)
    with tempfile.TemporaryDirectory(prefix="bench-history-") as folder:
        path = Path(folder) / "history.sqlite3"
        began = time.perf_counter()
        store = HistoryStore(path)
        count = 0
        batch: list[HistoryEvent] = []
        for events in synthetic_days(rng):
            batch += events
            if len(batch) > 5000:
                store.record_many(batch)
                count += len(batch)
                batch = []
        store.record_many(batch)
        count += len(batch)
        store.close()
        print(
            f"history: {count} events over ten years, built in {time.perf_counter() - began:.1f} s"
        )
        print(f"file size: {path.stat().st_size / 1e6:.1f} MB")

        empty = Path(folder) / "empty.sqlite3"
        HistoryStore(empty).close()
        print_start_path(path, empty)
        began = time.perf_counter()
        with HistoryReader(path) as reader:
            reader.today(NOW, ZONE, RULES, HOURS)
        cli = time.perf_counter() - began
        print(f"CLI: open read-only + today's figures with streaks: {cli * 1e3:.1f} ms")

        store = HistoryStore(path)

        stats = timed(lambda: statistics_window(store), 7)
        connection = sqlite3.connect(path)
        baseline = timed(lambda: connection.execute("SELECT count(*) FROM events").fetchone(), 7)
        connection.close()
        summary = statistics_window(store)
        streaks = summary.streaks
        print(
            f"statistics window: median {statistics.median(stats) * 1e3:.1f} ms, "
            f"worst {max(stats) * 1e3:.1f} ms  target <= {STATS_TARGET_S * 1e3:.0f} ms  "
            f"{verdict(max(stats), STATS_TARGET_S)}"
        )
        print(f"  (streaks: current {streaks.current}, best {streaks.best})")
        print(
            f"  baseline SELECT count(*): {statistics.median(baseline) * 1e3:.2f} ms; "
            f"ratio {statistics.median(stats) / statistics.median(baseline):.1f}"
        )

        base = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
        events = [
            HistoryEvent.create(
                K.COMPLETED,
                base + timedelta(seconds=n),
                ZONE,
                break_kind=BreakKind.MICRO,
                exercise_id="exercise-01",
                planned=timedelta(seconds=30),
                actual=timedelta(seconds=30),
            )
            for n in range(RECORDS)
        ]
        iterator = iter(events)
        records = timed(lambda: store.record(next(iterator)), len(events))
        store.close()
        bare_path = Path(folder) / "bare.sqlite3"
        bare = sqlite3.connect(bare_path, isolation_level=None)
        bare.execute("PRAGMA journal_mode = WAL")
        bare.execute("PRAGMA synchronous = NORMAL")
        bare.execute("CREATE TABLE t (kind TEXT, utc TEXT, local TEXT, day TEXT)")

        def bare_insert() -> None:
            bare.execute("BEGIN IMMEDIATE")
            bare.execute("INSERT INTO t VALUES ('completed', 'x', 'y', 'z')")
            bare.execute("COMMIT")

        bare_records = timed(bare_insert, len(events))
        bare.close()
        median, p99 = statistics.median(records), percentile(records, 0.99)
        print(
            f"record one event ({RECORDS} times): median {median * 1e3:.3f} ms, "
            f"p99 {p99 * 1e3:.3f} ms, worst {max(records) * 1e3:.2f} ms  "
            f"target <= {RECORD_TARGET_S * 1e3:.0f} ms  {verdict(p99, RECORD_TARGET_S)}"
        )
        bare_median = statistics.median(bare_records)
        print(
            f"  baseline bare INSERT + COMMIT: median {bare_median * 1e3:.3f} ms; "
            f"ratio {median / bare_median:.1f}"
        )

        began = time.perf_counter()
        with HistoryReader(path) as reader:
            everything = reader.events()
        loaded = time.perf_counter() - began
        began = time.perf_counter()
        aggregate(everything, today=TODAY)
        print(
            f"for comparison, without SQL aggregation: loading every event {loaded:.2f} s, "
            f"aggregating them in Python {time.perf_counter() - began:.2f} s"
        )
        print(f"file size after the run: {path.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--start-path"]:
        print(json.dumps(start_path(Path(sys.argv[2]), trace="--trace" in sys.argv)))
        sys.exit(0)
    sys.exit(main())
