"""How long planning a whole year of breaks takes (run on demand, not by pytest).

    python3 tests/benchmarks/bench_planner.py

Drives the planner from wake-up to wake-up through a working year (Mon-Fri 09:00-12:30 and
13:30-18:00, Europe/Berlin, both DST changes), taking every break as soon as it is offered,
and prints the time, the events, and the ratio to a baseline in the same run: a plain
minute-by-minute walk over the same year that only asks "is this a working minute?".
Target: the whole year in under 0.5 s.
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from backbreak.core.hours import WorkingHours
from backbreak.core.planner import EventKind, Planner, Rules

ZONE = ZoneInfo("Europe/Berlin")
HOURS = WorkingHours.weekdays(("09:00", "12:30"), ("13:30", "18:00"))
START = datetime(2026, 1, 1, tzinfo=ZONE).astimezone(UTC)
END = datetime(2027, 1, 1, tzinfo=ZONE).astimezone(UTC)
TARGET_SECONDS = 0.5


def plan_year() -> tuple[float, dict[str, int], int]:
    began = time.perf_counter()
    planner = Planner(Rules(working_hours=HOURS), ZONE, START)
    counts: dict[str, int] = {}
    days: set[object] = set()
    while (wake := planner.next_wakeup()) is not None and wake < END:
        for event in planner.advance(wake):
            counts[event.kind.value] = counts.get(event.kind.value, 0) + 1
            if event.kind is EventKind.BREAK_DUE:
                days.add(event.at.astimezone(ZONE).date())
                planner.start_break(event.at)
                planner.finish_break(event.at + (event.length or timedelta(0)))
    return time.perf_counter() - began, counts, len(days)


def minute_walk_baseline() -> float:
    began = time.perf_counter()
    minute = START
    working = 0
    while minute < END:
        local = minute.astimezone(ZONE)
        of_day = local.hour * 60 + local.minute
        if any(a <= of_day < b for a, b in HOURS.days[local.weekday()]):
            working += 1
        minute += timedelta(minutes=1)
    return time.perf_counter() - began


def main() -> int:
    runs = [plan_year() for _ in range(3)]
    best = min(seconds for seconds, _counts, _days in runs)
    _seconds, counts, days = runs[0]
    baseline = minute_walk_baseline()
    print(f"planner, one working year: {best:.3f} s (best of 3)  target < {TARGET_SECONDS} s")
    print(f"  working days with breaks: {days}; events: {counts}")
    print(f"baseline minute walk over the same year: {baseline:.3f} s")
    print(f"ratio planner / baseline: {best / baseline:.2f}")
    print("PASS" if best < TARGET_SECONDS else "FAIL")
    return 0


if __name__ == "__main__":
    sys.exit(main())
