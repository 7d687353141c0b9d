"""Start-up, memory and CPU of backbreak against bare programs doing the same, in one run.

    python3 tests/benchmarks/bench_startup.py [--runs 3] [--idle 30] [--settle 10] [--polls 10]
                                              [--only-bare] [--backbreak CMD] [--tray xembed|sni]

One virtual desktop (XEmbed tray by default) from tests/desktop/harness.py. Ten years of
history (about 147 000 events, bench_history.py's working days up to yesterday) are built
once; then each round runs, one after the other:

  bare       tests/benchmarks/bare_tray.py: seconds from spawn until its tray icon is embedded
             and drawn; RSS and PSS after --settle seconds; CPU over the next --idle seconds;
             then one small window (SIGUSR1), closed as a window manager closes it, and RSS
             again after --settle seconds: the floor of what a first window leaves behind in
             any Qt program (Qt's and FreeType's code and the fonts, touched once).
  backbreak  the `backbreak` command with an empty history: the same; then `status --json`
             against tests/benchmarks/bare_status_client.py (the same round trip with the
             standard library only), --polls calls of each, alternating, user+sys CPU of
             each call; then a card (`break-now`, ended with `skip`), the settings window
             (`settings`) and the statistics window (`stats`), each window closed as a window
             manager closes it (WM_DELETE_WINDOW), and RSS again after --settle seconds.
  10 years   the `backbreak` command with the ten years of history in its data folder, as a
             clean quit leaves it (after a crash the first start also checks every page,
             ~0.1 s more): start -> icon, and RSS after --settle seconds.

Each program gets its own data folder (the welcome and the safety advice marked as seen, so
every run starts alike). Then one table of medians against the targets, with PASS or FAIL:

  start -> icon, empty and 10-year history   <= 1.6 x bare
  idle RSS                                   <= bare + 8 MiB
  RSS after the windows are closed           <= idle RSS + 3 MiB (bare: one window, the floor)
  idle CPU                                   <= 0.01 s per minute (schedstat's ns where kept,
                                             else clock ticks)
  status --json CPU                          <= 1.5 x the bare client

The exit status is 0 unless something broke (1: a tool or the backbreak command is missing, a
program died or never showed its icon). Not collected by pytest (the name does not start
with test_).
"""

from __future__ import annotations

import argparse
import ctypes
import os
import resource
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))  # backbreak itself, for the history store
sys.path.insert(0, str(HERE.parent / "desktop"))
sys.path.insert(0, str(HERE.parent / "support"))  # harness's shared process helpers

from harness import (  # noqa: E402
    DesktopError,
    DesktopSession,
    LaunchedApp,
    TrayHost,
    missing_message,
    which_missing,
)

BARE_TRAY = HERE / "bare_tray.py"
BARE_STATUS_CLIENT = HERE / "bare_status_client.py"
CLK_TCK = os.sysconf("SC_CLK_TCK")

RSS_MARGIN_MIB = 8.0
WINDOWS_MARGIN_MIB = 3.0
START_RATIO = 1.6
STATUS_RATIO = 1.5
IDLE_CPU_PER_MINUTE = 0.01
HISTORY_YEARS = 10


@dataclass
class Run:
    start_s: float
    rss_mib: float
    pss_mib: float
    idle_cpu_s: float | None = None  # utime+stime over the idle window
    idle_cpu_precise_s: float | None = None  # the same from schedstat (ns), if available
    idle_window_s: float = 0.0
    rss_after_windows_mib: float | None = None
    # The anonymous part of RSS (heap, Python objects): what the program itself holds. The
    # rest is pages of shared libraries and fonts it has touched (drawing a first window
    # touches ~6 MiB of Qt's and FreeType's code and the font files), which every Qt program
    # on the desktop shares and the kernel may drop.
    anon_mib: float | None = None
    anon_after_windows_mib: float | None = None
    status_cpu_s: list[float] = field(default_factory=list)
    bare_client_cpu_s: list[float] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    exit_code: int = 0

    @property
    def cpu_per_minute(self) -> float | None:
        if self.idle_cpu_s is None:
            return None
        return self.idle_cpu_s * 60.0 / self.idle_window_s

    @property
    def precise_cpu_per_minute(self) -> float | None:
        if self.idle_cpu_precise_s is None:
            return None
        return self.idle_cpu_precise_s * 60.0 / self.idle_window_s


@dataclass
class Subject:
    label: str
    argv: list[str]
    history: Path | None = None  # a history file copied into each run's data folder
    idle: bool = True  # measure idle CPU
    exercise: bool = False  # poll status, open and close the windows
    one_window: bool = False  # bare: open and close its one window (SIGUSR1)
    runs: list[Run] = field(default_factory=list)

    def values(self, attr: str) -> list[float]:
        found = (getattr(run, attr) for run in self.runs)
        return [float(value) for value in found if value is not None]

    def median(self, attr: str) -> float | None:
        values = self.values(attr)
        return statistics.median(values) if values else None


@dataclass
class Bench:
    """What every run needs: the desktop, the settings and the command line's path."""

    desk: DesktopSession
    args: argparse.Namespace
    env: dict[str, str]  # bytecode settings, for both programs alike
    folder: Path
    backbreak: list[str]


# -- /proc readings ----------------------------------------------------------------------------


def read_kib(path: str, key: str) -> int:
    """A 'Key:   1234 kB' line of /proc/PID/status or smaps_rollup."""
    for line in Path(path).read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    raise KeyError(f"{key} not in {path}")


def rss_mib(pid: int) -> float:
    return read_kib(f"/proc/{pid}/status", "VmRSS") / 1024


def anon_mib(pid: int) -> float:
    return read_kib(f"/proc/{pid}/status", "RssAnon") / 1024


def cpu_ticks(pid: int) -> int:
    """utime + stime of the whole process (all threads), in clock ticks."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    # Fields after the parenthesised name; utime and stime are fields 14 and 15 (1-based).
    fields = stat[stat.rindex(")") + 2 :].split()
    return int(fields[11]) + int(fields[12])


def cpu_ns(pid: int) -> int | None:
    """On-CPU time summed over the live threads (schedstat, nanoseconds); None if absent.

    utime/stime count whole ticks (10 ms), as coarse as the 0.01 s/min target itself, so this
    finer figure is shown next to it. Threads that end during the window are not counted.
    """
    total = 0
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            total += int((task / "schedstat").read_text().split()[0])
    except (OSError, ValueError):
        return None
    return total


def children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


# -- closing a window as a window manager does --------------------------------------------------


class _ClientMessage(ctypes.Structure):
    """Xlib's XClientMessageEvent, padded to the size of an XEvent (24 longs)."""

    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", ctypes.c_ulong),
        ("message_type", ctypes.c_ulong),
        ("format", ctypes.c_int),
        ("data", ctypes.c_long * 5),
        ("pad", ctypes.c_long * 12),
    ]


def close_window(display: str, wid: int) -> None:
    """Send WM_DELETE_WINDOW, as a window manager's close button does: the harness's desktop
    has no window manager, and xdotool's windowclose destroys the window under the app."""
    try:
        xlib = ctypes.CDLL("libX11.so.6")  # the soname: find_library would run ldconfig
    except OSError as error:
        raise DesktopError(f"libX11 is needed to close a window: {error}") from None
    xlib.XOpenDisplay.restype = ctypes.c_void_p
    xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    xlib.XInternAtom.restype = ctypes.c_ulong
    xlib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    xlib.XSendEvent.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.c_int,
        ctypes.c_long,
        ctypes.POINTER(_ClientMessage),
    ]
    xlib.XFlush.argtypes = xlib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    connection = xlib.XOpenDisplay(display.encode())
    if not connection:
        raise DesktopError(f"cannot open the display {display}")
    try:
        event = _ClientMessage()
        event.type = 33  # ClientMessage
        event.window = wid
        event.message_type = xlib.XInternAtom(connection, b"WM_PROTOCOLS", 0)
        event.format = 32
        event.data[0] = xlib.XInternAtom(connection, b"WM_DELETE_WINDOW", 0)
        xlib.XSendEvent(connection, wid, 0, 0, ctypes.byref(event))
        xlib.XFlush(connection)
    finally:
        xlib.XCloseDisplay(connection)


# -- ten years of history ------------------------------------------------------------------------


# One working day's events, in order, every nine minutes from 09:00: 20 breaks offered, most
# taken (with an exercise), some snoozed, skipped or taken by being away, and a comfort rating
# at the end; every eighth day is paused as well. About 56 events a day, as bench_history.py's
# days: 147 000 in ten years.
DAY_PLAN = ["prompted", "started", "completed"] * 14 + ["prompted", "snoozed"] * 3
DAY_PLAN += ["prompted", "skipped"] * 2 + ["natural"] * 3 + ["comfort"]
PAUSED_DAY = ["paused", *DAY_PLAN, "resumed"]
EXERCISE_IDS = ("chin-tuck", "shoulder-roll", "cat-cow", "wall-angels", "thoracic-extension")


def build_history(folder: Path) -> tuple[Path, int]:
    """A history file of ten years of working days up to yesterday, written through the
    history store, and its event count."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from backbreak.core.history import HistoryEvent, HistoryEventKind
    from backbreak.core.planner import BreakKind
    from backbreak.store.history_store import HistoryStore

    zone = ZoneInfo("Europe/Berlin")
    store = HistoryStore(folder / "history.sqlite3")
    day = date.today() - timedelta(days=round(365.25 * HISTORY_YEARS))
    days = count = 0
    while day < date.today():
        if day.weekday() < 5:
            nine = datetime(day.year, day.month, day.day, 9, tzinfo=zone)
            plan = PAUSED_DAY if days % 8 == 0 else DAY_PLAN
            events = [
                HistoryEvent.create(
                    HistoryEventKind(kind),
                    nine + timedelta(minutes=n * 9),
                    zone,
                    break_kind=BreakKind.LONG if n % 12 == 11 else BreakKind.MICRO,
                    exercise_id=EXERCISE_IDS[n % 5] if kind == "completed" else None,
                    planned=timedelta(seconds=30),
                    actual=timedelta(seconds=30) if kind == "completed" else None,
                    rating=7 if kind == "comfort" else None,
                    detail="indefinitely" if kind == "paused" else "",
                )
                for n, kind in enumerate(plan)
            ]
            store.record_many(events)
            days, count = days + 1, count + len(events)
        day += timedelta(days=1)
    store.close()
    return folder / "history.sqlite3", count


def data_home(bench: Bench, subject: Subject, run: int) -> Path:
    """A fresh XDG_DATA_HOME for one run: the subject's history, nothing shown yet that
    would make the first run differ from the next (the welcome, the safety advice)."""
    home = bench.folder / f"data-{subject.label.replace(' ', '-')}-{run}"
    data = home / "backbreak"
    data.mkdir(parents=True)
    (data / "welcome-shown").touch()
    (data / "safety-seen").touch()
    if subject.history is not None:
        shutil.copy2(subject.history, data / "history.sqlite3")
        # As a person's last quit left it: closed cleanly, so the page-by-page check runs
        # only after a crash (history_store's docstring), not at this start.
        from backbreak.store.history_store import HistoryStore

        HistoryStore(data / "history.sqlite3").close()
    return home


# -- one run -----------------------------------------------------------------------------------


class RunFailedError(RuntimeError):
    pass


def measure(bench: Bench, subject: Subject, number: int) -> Run:
    env = {**bench.env, "XDG_DATA_HOME": str(data_home(bench, subject, number))}
    spawned = time.monotonic()
    app = bench.desk.launch(subject.argv, name=subject.label.replace(" ", "-"), extra_env=env)
    try:
        bench.desk.wait_for_tray_icon(app.pid, timeout=60, poll_interval=0.02)
        start_s = time.monotonic() - spawned
        settle(bench, app, subject)
        run = Run(
            start_s, rss_mib(app.pid), read_kib(f"/proc/{app.pid}/smaps_rollup", "Pss") / 1024
        )
        run.anon_mib = anon_mib(app.pid)
        if subject.idle:
            measure_idle(bench, app, subject, run)
        if subject.exercise:
            poll_status(bench, env, run)
            open_and_close_windows(bench, app, env, run)
            settle(bench, app, subject)
            run.rss_after_windows_mib = rss_mib(app.pid)
            run.anon_after_windows_mib = anon_mib(app.pid)
        if subject.one_window:
            open_and_close_one_window(bench, app, run)
            settle(bench, app, subject)
            run.rss_after_windows_mib = rss_mib(app.pid)
            run.anon_after_windows_mib = anon_mib(app.pid)
    except DesktopError as exc:
        raise RunFailedError(f"{subject.label}: {exc}\n{app.stderr()[-2000:]}") from exc
    finally:
        exit_code = app.stop(timeout=5)
    run.exit_code = exit_code
    return run


def settle(bench: Bench, app: LaunchedApp, subject: Subject) -> None:
    time.sleep(bench.args.settle)
    if not app.alive():
        raise RunFailedError(f"{subject.label} exited")


def measure_idle(bench: Bench, app: LaunchedApp, subject: Subject, run: Run) -> None:
    ticks0, ns0, t0 = cpu_ticks(app.pid), cpu_ns(app.pid), time.monotonic()
    time.sleep(bench.args.idle)
    if not app.alive():
        raise RunFailedError(f"{subject.label} exited during the idle time")
    ticks1, ns1, t1 = cpu_ticks(app.pid), cpu_ns(app.pid), time.monotonic()
    run.idle_cpu_s = (ticks1 - ticks0) / CLK_TCK
    run.idle_cpu_precise_s = (ns1 - ns0) / 1e9 if ns0 is not None and ns1 is not None else None
    run.idle_window_s = t1 - t0


def command_line(bench: Bench, env: dict[str, str], *words: str) -> None:
    done = subprocess.run(
        [*bench.backbreak, *words],
        env={**bench.desk.env, **env},
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    if done.returncode != 0:
        raise RunFailedError(f"backbreak {shlex.join(words)}: {done.returncode} {done.stderr}")


def cpu_of(argv: list[str], env: dict[str, str]) -> float:
    """User+sys CPU seconds of one call, which must succeed."""
    before = children_cpu_s()
    done = subprocess.run(argv, env=env, capture_output=True, timeout=30, check=False)
    spent = children_cpu_s() - before
    if done.returncode != 0:
        raise RunFailedError(f"{shlex.join(argv)}: {done.returncode} {done.stderr.decode()}")
    return spent


def poll_status(bench: Bench, env: dict[str, str], run: Run) -> None:
    """`status --json` and the bare client, alternating, against the app that runs."""
    full_env = {**bench.desk.env, **env}
    socket_path = str(Path(full_env["XDG_RUNTIME_DIR"]) / "backbreak" / "backbreak.sock")
    bare = [sys.executable, str(BARE_STATUS_CLIENT), socket_path]
    ours = [*bench.backbreak, "status", "--json"]
    for _ in range(bench.args.polls):
        run.bare_client_cpu_s.append(cpu_of(bare, full_env))
        run.status_cpu_s.append(cpu_of(ours, full_env))


def new_windows(bench: Bench, pid: int, before: set[int]) -> set[int]:
    done = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
        env=bench.desk.env,
        capture_output=True,
        text=True,
        timeout=10,
        check=False,  # 1: nothing matches
    )
    return {int(line) for line in done.stdout.split()} - before


def wait_for(probe: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while not probe():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


def open_and_close_windows(bench: Bench, app: LaunchedApp, env: dict[str, str], run: Run) -> None:
    """A card, the settings window and the statistics window, one after the other, each
    opened from the command line and closed again (the card by `skip`)."""
    before = new_windows(bench, app.pid, set())
    for opening, closing in (("break-now", "skip"), ("settings", None), ("stats", None)):
        look_and_close(
            bench,
            app,
            run,
            opening,
            before,
            opened_by=partial(command_line, bench, env, opening),
            closed_by=partial(command_line, bench, env, closing) if closing else None,
        )


def open_and_close_one_window(bench: Bench, app: LaunchedApp, run: Run) -> None:
    """bare_tray.py's window: shown on SIGUSR1, closed as a window manager closes it."""
    before = new_windows(bench, app.pid, set())
    look_and_close(
        bench, app, run, "SIGUSR1", before, opened_by=lambda: os.kill(app.pid, signal.SIGUSR1)
    )


def look_and_close(
    bench: Bench,
    app: LaunchedApp,
    run: Run,
    name: str,
    before: set[int],
    *,
    opened_by: Callable[[], None],
    closed_by: Callable[[], None] | None = None,
) -> None:
    """Open a window, let it draw as a person would look at it, and close it (`closed_by`,
    or WM_DELETE_WINDOW on each new window)."""
    opened_by()
    if not wait_for(lambda: bool(new_windows(bench, app.pid, before)), 15):
        run.problems.append(f"no window appeared after `{name}`")
        return
    time.sleep(1.0)
    if closed_by is not None:
        closed_by()
    else:
        for wid in new_windows(bench, app.pid, before):
            close_window(bench.desk.env["DISPLAY"], wid)
    if not wait_for(lambda: not new_windows(bench, app.pid, before), 15):
        run.problems.append(f"the window of `{name}` did not close")


# -- report ------------------------------------------------------------------------------------


def summary(values: Sequence[float], digits: int, scale: float = 1.0) -> str:
    if not values:
        return "-"
    med = statistics.median(values) * scale
    if len(values) == 1:
        return f"{med:.{digits}f}"
    return f"{med:.{digits}f} [{min(values) * scale:.{digits}f}-{max(values) * scale:.{digits}f}]"


def verdict(ok: bool | None) -> str:
    return "-" if ok is None else "PASS" if ok else "FAIL"


Row = tuple[str, str, str, str, str]


def rows(bare: Subject, app: Subject, decade: Subject) -> list[Row]:
    def limit(value: float | None, bound: float | None) -> bool | None:
        return None if value is None or bound is None else value <= bound

    def times(factor: float, value: float | None) -> float | None:
        return None if value is None else factor * value

    def plus(margin: float, value: float | None) -> float | None:
        return None if value is None else value + margin

    bare_start, app_idle_rss = bare.median("start_s"), app.median("rss_mib")
    bare_cpu = [v for r in app.runs for v in r.bare_client_cpu_s]
    app_cpu = [v for r in app.runs for v in r.status_cpu_s]
    bare_poll = statistics.median(bare_cpu) if bare_cpu else None
    precise_cpu = app.median("precise_cpu_per_minute")
    app_poll = statistics.median(app_cpu) if app_cpu else None
    return [
        (
            "start -> icon, empty history (s)",
            summary(bare.values("start_s"), 3),
            summary(app.values("start_s"), 3),
            f"<= {START_RATIO:g} x bare",
            verdict(limit(app.median("start_s"), times(START_RATIO, bare_start))),
        ),
        (
            f"start -> icon, {HISTORY_YEARS}-year history (s)",
            summary(bare.values("start_s"), 3),
            summary(decade.values("start_s"), 3),
            f"<= {START_RATIO:g} x bare",
            verdict(limit(decade.median("start_s"), times(START_RATIO, bare_start))),
        ),
        (
            "idle RSS (MiB)",
            summary(bare.values("rss_mib"), 1),
            summary(app.values("rss_mib"), 1),
            f"<= bare + {RSS_MARGIN_MIB:g} MiB",
            verdict(limit(app_idle_rss, plus(RSS_MARGIN_MIB, bare.median("rss_mib")))),
        ),
        (
            f"idle RSS, {HISTORY_YEARS}-year history (MiB)",
            summary(bare.values("rss_mib"), 1),
            summary(decade.values("rss_mib"), 1),
            "(for information)",
            "-",
        ),
        (
            "RSS after windows closed (MiB; bare: one window)",
            summary(bare.values("rss_after_windows_mib"), 1),
            summary(app.values("rss_after_windows_mib"), 1),
            f"<= idle + {WINDOWS_MARGIN_MIB:g} MiB",
            verdict(
                limit(app.median("rss_after_windows_mib"), plus(WINDOWS_MARGIN_MIB, app_idle_rss))
            ),
        ),
        (
            "  anonymous part: idle (MiB)",
            summary(bare.values("anon_mib"), 1),
            summary(app.values("anon_mib"), 1),
            "(for information)",
            "-",
        ),
        (
            "  anonymous part: after the windows (MiB)",
            summary(bare.values("anon_after_windows_mib"), 1),
            summary(app.values("anon_after_windows_mib"), 1),
            "(for information)",
            "-",
        ),
        (
            "  growth, idle -> after the windows (MiB)",
            growth(bare),
            growth(app),
            "(for information)",
            "-",
        ),
        # The verdict goes by the scheduler's nanoseconds where the kernel keeps them: clock
        # ticks are 10 ms samples, and one tick charged in the 30 s window reads 0.02 s/min.
        (
            "idle CPU (s/min, schedstat)",
            summary(bare.values("precise_cpu_per_minute"), 4),
            summary(app.values("precise_cpu_per_minute"), 4),
            f"<= {IDLE_CPU_PER_MINUTE:g} s/min" if precise_cpu else "(not kept here)",
            verdict(limit(precise_cpu, IDLE_CPU_PER_MINUTE)) if precise_cpu is not None else "-",
        ),
        (
            "idle CPU (s/min, ticks)",
            summary(bare.values("cpu_per_minute"), 4),
            summary(app.values("cpu_per_minute"), 4),
            "(coarse, for information)"
            if precise_cpu is not None
            else f"<= {IDLE_CPU_PER_MINUTE:g} s/min",
            "-"
            if precise_cpu is not None
            else verdict(limit(app.median("cpu_per_minute"), IDLE_CPU_PER_MINUTE)),
        ),
        (
            "status --json CPU (ms; bare: the stdlib client)",
            summary(bare_cpu, 1, 1000),
            summary(app_cpu, 1, 1000),
            f"<= {STATUS_RATIO:g} x bare client",
            verdict(limit(app_poll, times(STATUS_RATIO, bare_poll))),
        ),
    ]


def growth(subject: Subject) -> str:
    """RSS after the windows minus idle RSS, run by run: what closing left behind."""
    grown = [
        run.rss_after_windows_mib - run.rss_mib
        for run in subject.runs
        if run.rss_after_windows_mib is not None
    ]
    return summary(grown, 1) if grown else "-"


def report(bare: Subject, app: Subject | None, decade: Subject | None) -> None:
    print()
    if app is None or decade is None:
        start, rss = summary(bare.values("start_s"), 3), summary(bare.values("rss_mib"), 1)
        cpu = summary(bare.values("cpu_per_minute"), 4)
        print(f"bare: start -> icon {start} s, RSS {rss} MiB, idle CPU {cpu} s/min")
        return
    table: list[Row] = [
        (
            "metric",
            f"bare (n={len(bare.runs)})",
            f"backbreak (n={len(app.runs)})",
            "target",
            "result",
        ),
        *rows(bare, app, decade),
    ]
    widths = [max(len(row[i]) for row in table) for i in range(5)]
    for i, row in enumerate(table):
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
        if i == 0:
            print("  ".join("-" * w for w in widths))
    print("(median [min-max] over the runs; status --json over every call of every run)")
    ratio = [(app.median("start_s"), "empty"), (decade.median("start_s"), "10 years")]
    bare_start = bare.median("start_s") or 1.0
    print(
        "start -> icon / bare: " + ", ".join(f"{n} x{(v or 0) / bare_start:.2f}" for v, n in ratio)
    )
    for subject in (bare, app, decade):
        for number, run in enumerate(subject.runs, 1):
            for problem in run.problems:
                print(f"note: {subject.label} run {number}: {problem}")
    codes = {r.exit_code for s in (bare, app, decade) for r in s.runs}
    if codes - {0, -15}:
        print(f"note: exit statuses after SIGTERM: {sorted(codes)} (negative = killed by signal)")


# -- main --------------------------------------------------------------------------------------


def resolve(command: str) -> str | None:
    """Path of a command; through a pyenv shim to the real script, so that the shim's own
    start-up (a bash script, ~0.1 s) is not counted as the program's."""
    path = shutil.which(command)
    if path is None:
        return None
    if f"{os.sep}shims{os.sep}" in path and shutil.which("pyenv"):
        done = subprocess.run(
            ["pyenv", "which", command], capture_output=True, text=True, check=False
        )
        if done.returncode == 0 and done.stdout.strip():
            return done.stdout.strip()
    return path


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=3, help="runs of each program (default 3)")
    parser.add_argument("--idle", type=float, default=30, help="CPU window, s (default 30)")
    parser.add_argument("--settle", type=float, default=10, help="wait before RSS, s (10)")
    parser.add_argument(
        "--polls", type=int, default=10, help="status --json calls per run, and bare ones (10)"
    )
    parser.add_argument("--only-bare", action="store_true", help="measure bare_tray.py only")
    parser.add_argument(
        "--backbreak", default="backbreak", help="command to start backbreak (default: backbreak)"
    )
    parser.add_argument("--tray", choices=["xembed", "sni"], default="xembed")
    args = parser.parse_args(argv)
    if args.runs < 1 or args.idle <= 0 or args.settle < 0 or args.polls < 1:
        parser.error("--runs >= 1, --idle > 0, --settle >= 0, --polls >= 1")
    return args


def subjects_for(args: argparse.Namespace, folder: Path) -> list[Subject] | None:
    bare = Subject("bare", [sys.executable, str(BARE_TRAY)], one_window=True)
    if args.only_bare:
        return [bare]
    words = shlex.split(args.backbreak)
    found = resolve(words[0])
    if found is None:
        print(
            f"{words[0]!r} not found on PATH: install backbreak (pip install -e .) "
            "or pass --only-bare",
            file=sys.stderr,
        )
        return None
    began = time.monotonic()
    history, count = build_history(folder)
    took = time.monotonic() - began
    print(f"history: {count} events over {HISTORY_YEARS} years, built in {took:.0f} s")
    command = [found, *words[1:]]
    return [
        bare,
        Subject("backbreak", command, exercise=True),
        Subject(f"{HISTORY_YEARS} years", command, history=history, idle=False),
    ]


def compile_bytecode(env: dict[str, str]) -> None:
    """An installed app starts from compiled bytecode (pip compiles it); a checkout where
    PYTHONDONTWRITEBYTECODE is set would compile every module on every start and measure
    the compiler. Compile once into a private cache that every program here uses."""
    import backbreak

    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(Path(backbreak.__file__).parent)],
        env={**os.environ, **env},
        check=True,
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    tray: TrayHost = args.tray
    missing = which_missing([tray])
    if missing:
        print(missing_message(missing), file=sys.stderr)
        return 1
    # Logs (the programs' stderr, the helpers') are kept if a run breaks.
    logs = Path(tempfile.mkdtemp(prefix="bb-bench-"))
    env = {"PYTHONDONTWRITEBYTECODE": "", "PYTHONPYCACHEPREFIX": str(logs / "pycache")}
    compile_bytecode(env)
    subjects = subjects_for(args, logs)
    if subjects is None:
        return 1
    # Bare and backbreak: start, settle, idle; backbreak also polls (~0.1 s a call), opens
    # three windows (~5 s each) and settles again; the 10-year history: start and settle.
    per_round = (1 + args.settle + args.idle) * (2 if len(subjects) > 1 else 1)
    per_round += 2 + args.settle  # the bare tray's one window
    if len(subjects) > 1:
        per_round += args.polls * 0.2 + 15 + args.settle + 1 + args.settle
    print(
        f"{len(subjects)} programs x {args.runs} runs, about {per_round * args.runs / 60:.1f} min"
    )
    for s in subjects:
        print(f"  {s.label}: {shlex.join(s.argv)}")
    print(f"started {time.strftime('%Y-%m-%d %H:%M:%S %Z')}")
    try:
        with DesktopSession(tray, base_dir=logs) as desk:
            print(f"desktop {desk.display}, tray host: {tray}")
            bench = Bench(desk, args, env, logs, subjects[-1].argv if len(subjects) > 1 else [])
            for i in range(args.runs):
                for s in subjects:
                    run = measure(bench, s, i)
                    s.runs.append(run)
                    print(
                        f"  run {i + 1} {s.label:<9} start {run.start_s:.3f} s  "
                        f"RSS {run.rss_mib:.1f} MiB",
                        flush=True,
                    )
    except (RunFailedError, DesktopError) as exc:
        print(f"benchmark broke: {exc}\nlogs: {logs}", file=sys.stderr)
        return 1
    shutil.rmtree(logs, ignore_errors=True)
    report(subjects[0], *(subjects[1:] if len(subjects) == 3 else (None, None)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
