"""Start-up and idle cost of backbreak against a bare PySide6 tray program.

    python3 tests/benchmarks/bench_startup.py [--runs 5] [--idle 60] [--settle 20] [--only-bare]

One virtual desktop (XEmbed tray by default) from tests/desktop/harness.py; in it, runs
(a) tests/benchmarks/bare_tray.py and (b) the `backbreak` command, alternating a, b, a, b ...
For each run: seconds from spawn until its tray icon is embedded and drawn; RSS and PSS after
--settle seconds; CPU seconds used over the following --idle seconds. Then SIGTERM (SIGKILL if
needed). Prints medians against the targets:

    RSS            <= bare + 8 MiB
    start -> icon  <= 1.6 x bare
    idle CPU       <= 0.01 s per minute

PASS/FAIL is printed; the exit status is 0 unless something broke (1: a tool or the backbreak
command is missing, a program died or never showed its icon).
Not collected by pytest (the file name does not start with test_).
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "desktop"))
sys.path.insert(0, str(HERE.parent / "support"))  # harness's shared process helpers

from harness import DesktopError, DesktopSession, TrayHost, missing_message, which_missing  # noqa: E402

BARE_TRAY = HERE / "bare_tray.py"
CLK_TCK = os.sysconf("SC_CLK_TCK")
MIB = 1024 * 1024

RSS_MARGIN_MIB = 8.0
START_RATIO = 1.6
IDLE_CPU_PER_MINUTE = 0.01


@dataclass
class Run:
    start_s: float
    rss_mib: float
    pss_mib: float
    idle_cpu_s: float  # utime+stime over the idle window
    idle_cpu_precise_s: float | None  # the same from schedstat (ns resolution), if available
    idle_window_s: float
    exit_code: int

    @property
    def cpu_per_minute(self) -> float:
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
    runs: list[Run] = field(default_factory=list)


# -- /proc readings ----------------------------------------------------------------------------


def read_kib(path: str, key: str) -> int:
    """A 'Key:   1234 kB' line of /proc/PID/status or smaps_rollup."""
    for line in Path(path).read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    raise KeyError(f"{key} not in {path}")


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


# -- one run -----------------------------------------------------------------------------------


class RunFailedError(RuntimeError):
    pass


def measure(
    desk: DesktopSession,
    subject: Subject,
    settle: float,
    idle: float,
    env: dict[str, str] | None = None,
) -> Run:
    spawned = time.monotonic()
    app = desk.launch(subject.argv, name=subject.label, extra_env=env)
    try:
        desk.wait_for_tray_icon(app.pid, timeout=60, poll_interval=0.02)
        start_s = time.monotonic() - spawned

        time.sleep(settle)
        if not app.alive():
            raise RunFailedError(f"{subject.label} exited during the settle time")
        rss = read_kib(f"/proc/{app.pid}/status", "VmRSS") / 1024
        pss = read_kib(f"/proc/{app.pid}/smaps_rollup", "Pss") / 1024

        ticks0, ns0, t0 = cpu_ticks(app.pid), cpu_ns(app.pid), time.monotonic()
        time.sleep(idle)
        if not app.alive():
            raise RunFailedError(f"{subject.label} exited during the idle time")
        ticks1, ns1, t1 = cpu_ticks(app.pid), cpu_ns(app.pid), time.monotonic()
        precise = (ns1 - ns0) / 1e9 if ns0 is not None and ns1 is not None else None
    except DesktopError as exc:
        raise RunFailedError(f"{subject.label}: {exc}\n{app.stderr()[-2000:]}") from exc
    finally:
        exit_code = app.stop(timeout=5)
    return Run(start_s, rss, pss, (ticks1 - ticks0) / CLK_TCK, precise, t1 - t0, exit_code)


# -- report ------------------------------------------------------------------------------------


def summary(values: Sequence[float], digits: int) -> str:
    med = statistics.median(values)
    if len(values) == 1:
        return f"{med:.{digits}f}"
    return f"{med:.{digits}f} [{min(values):.{digits}f}-{max(values):.{digits}f}]"


def report(bare: Subject, app: Subject | None) -> None:
    rows: list[tuple[str, str, int]] = [
        ("start -> icon (s)", "start_s", 3),
        ("RSS after settle (MiB)", "rss_mib", 1),
        ("PSS after settle (MiB)", "pss_mib", 1),
        ("idle CPU (s/min, ticks)", "cpu_per_minute", 4),
    ]
    if all(r.precise_cpu_per_minute is not None for r in bare.runs + (app.runs if app else [])):
        rows.append(("idle CPU (s/min, schedstat)", "precise_cpu_per_minute", 4))

    def col(subject: Subject, attr: str, digits: int) -> str:
        return summary([float(getattr(r, attr)) for r in subject.runs], digits)

    headers = ["metric", f"bare (n={len(bare.runs)})"]
    if app is not None:
        headers += [f"backbreak (n={len(app.runs)})", "backbreak vs bare"]
    table = [headers]
    for title, attr, digits in rows:
        line = [title, col(bare, attr, digits)]
        if app is not None:
            b = statistics.median(float(getattr(r, attr)) for r in bare.runs)
            a = statistics.median(float(getattr(r, attr)) for r in app.runs)
            ratio = f"x{a / b:.2f}" if b > 0 else "-"
            line += [col(app, attr, digits), f"{a - b:+.{digits}f} ({ratio})"]
        table.append(line)
    widths = [max(len(row[i]) for row in table) for i in range(len(headers))]
    print()
    for i, row in enumerate(table):
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)))
        if i == 0:
            print("  ".join("-" * w for w in widths))
    print("(median [min-max] over the runs)")

    codes = {r.exit_code for s in (bare, app) if s for r in s.runs}
    if codes - {0, -15}:
        print(f"note: exit statuses after SIGTERM: {sorted(codes)} (negative = killed by signal)")

    if app is None:
        return
    print()
    med = {
        (s.label, attr): statistics.median(float(getattr(r, attr)) for r in s.runs)
        for s in (bare, app)
        for attr in ("start_s", "rss_mib", "cpu_per_minute")
    }
    checks = [
        (
            f"RSS <= bare + {RSS_MARGIN_MIB:g} MiB",
            med[app.label, "rss_mib"] <= med[bare.label, "rss_mib"] + RSS_MARGIN_MIB,
            f"{med[app.label, 'rss_mib']:.1f} vs limit "
            f"{med[bare.label, 'rss_mib'] + RSS_MARGIN_MIB:.1f} MiB",
        ),
        (
            f"start <= {START_RATIO:g} x bare",
            med[app.label, "start_s"] <= START_RATIO * med[bare.label, "start_s"],
            f"{med[app.label, 'start_s']:.3f} vs limit "
            f"{START_RATIO * med[bare.label, 'start_s']:.3f} s",
        ),
        (
            f"idle CPU <= {IDLE_CPU_PER_MINUTE:g} s/min",
            med[app.label, "cpu_per_minute"] <= IDLE_CPU_PER_MINUTE,
            f"{med[app.label, 'cpu_per_minute']:.4f} s/min "
            f"(resolution {60 / CLK_TCK / app.runs[0].idle_window_s:.4f} s/min at this --idle)",
        ),
    ]
    for name, ok, detail in checks:
        print(f"{'PASS' if ok else 'FAIL'}  {name:<28} {detail}")


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
    parser.add_argument("--runs", type=int, default=5, help="runs of each program (default 5)")
    parser.add_argument("--idle", type=float, default=60, help="CPU window, s (default 60)")
    parser.add_argument("--settle", type=float, default=20, help="wait before RSS, s (20)")
    parser.add_argument("--only-bare", action="store_true", help="measure bare_tray.py only")
    parser.add_argument(
        "--backbreak", default="backbreak", help="command to start backbreak (default: backbreak)"
    )
    parser.add_argument("--tray", choices=["xembed", "sni"], default="xembed")
    args = parser.parse_args(argv)
    if args.runs < 1 or args.idle <= 0 or args.settle < 0:
        parser.error("--runs >= 1, --idle > 0, --settle >= 0")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    tray: TrayHost = args.tray
    missing = which_missing([tray])
    if missing:
        print(missing_message(missing), file=sys.stderr)
        return 1

    bare = Subject("bare", [sys.executable, str(BARE_TRAY)])
    subjects = [bare]
    app: Subject | None = None
    if not args.only_bare:
        words = shlex.split(args.backbreak)
        found = resolve(words[0])
        if found is None:
            print(
                f"{words[0]!r} not found on PATH: install backbreak (pip install -e .) "
                "or pass --only-bare",
                file=sys.stderr,
            )
            return 1
        app = Subject("backbreak", [found, *words[1:]])
        subjects.append(app)

    per_run = 1 + args.settle + args.idle
    total = per_run * args.runs * len(subjects)
    print(f"{len(subjects)} programs x {args.runs} runs, about {total / 60:.1f} min")
    for s in subjects:
        print(f"  {s.label}: {shlex.join(s.argv)}")

    # Logs (the programs' stderr, the helpers') are kept if a run breaks.
    logs = Path(tempfile.mkdtemp(prefix="bb-bench-"))
    # An installed app starts from compiled bytecode (pip compiles it); a checkout where
    # PYTHONDONTWRITEBYTECODE is set would compile every module on every start and measure
    # the compiler. Compile once into a private cache and let both programs use it.
    bytecode = logs / "pycache"
    env = {"PYTHONDONTWRITEBYTECODE": "", "PYTHONPYCACHEPREFIX": str(bytecode)}
    import backbreak

    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(Path(backbreak.__file__).parent)],
        env={**os.environ, **env},
        check=True,
    )
    try:
        with DesktopSession(tray, base_dir=logs) as desk:
            print(f"desktop {desk.display}, tray host: {tray}")
            for i in range(args.runs):
                for s in subjects:
                    run = measure(desk, s, args.settle, args.idle, env)
                    s.runs.append(run)
                    print(
                        f"  run {i + 1} {s.label:<9} start {run.start_s:.3f} s  "
                        f"RSS {run.rss_mib:.1f} MiB  PSS {run.pss_mib:.1f} MiB  "
                        f"idle CPU {run.idle_cpu_s:.2f} s / {run.idle_window_s:.0f} s",
                        flush=True,
                    )
    except (RunFailedError, DesktopError) as exc:
        print(f"benchmark broke: {exc}\nlogs: {logs}", file=sys.stderr)
        return 1
    shutil.rmtree(logs, ignore_errors=True)
    report(bare, app)
    return 0


if __name__ == "__main__":
    sys.exit(main())
