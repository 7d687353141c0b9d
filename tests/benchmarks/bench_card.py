"""How fast the break card appears and how much its animation costs.

    python3 tests/benchmarks/bench_card.py [--seconds 20] [--shows 10]

Starts a virtual desktop (tests/desktop/harness.py, XEmbed tray) and runs card_probe.py in it,
which builds the app's controller with the real exercise library and measures, in-process:

    break trigger -> card fully visible   (window exposed and faded in)   <= 150 ms,
                                           first show and every later one
    a long break's animation over --seconds: frame ticks, repaints, CPU  <= 5 % of one core,
                                           frame time p99 (tick to tick)  <= 20 ms

The figure is repainted only when a joint moves a visible amount, so repaints per second
are below the 60 frame ticks while a stretch is held.

beside a baseline measured in the same process: a bare window repainting at the same timer
rate. Prints figures, ratios and PASS/FAIL; exit status 0 unless something broke.
Not collected by pytest (the file name does not start with test_).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "desktop"))
sys.path.insert(0, str(HERE.parent / "support"))

from harness import DesktopError, DesktopSession, missing_message, which_missing  # noqa: E402

SHOW_MS = 150.0
CPU_PERCENT = 5.0
P99_MS = 20.0


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--shows", type=int, default=10)
    args = parser.parse_args(argv)
    missing = which_missing(["xembed"])
    if missing:
        print(missing_message(missing), file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as logs:
        try:
            with DesktopSession("xembed", base_dir=Path(logs)) as desk:
                probe = [sys.executable, str(HERE / "card_probe.py")]
                result = subprocess.run(
                    [*probe, str(args.seconds), str(args.shows)],
                    env=desk.env,
                    capture_output=True,
                    text=True,
                    timeout=args.seconds * 3 + 120,
                )
        except DesktopError as error:
            print(f"desktop: {error}", file=sys.stderr)
            return 1
    if result.returncode != 0:
        print(result.stderr, file=sys.stderr)
        return 1
    data = json.loads(result.stdout.strip().splitlines()[-1])
    shows = data["show_ms"]
    first, later = shows[0], shows[1:]
    card, base = data["card"], data["baseline"]
    print(f"library read (cold, happens once after start-up): {data['load_library_ms']:.1f} ms")
    print(
        f"trigger -> card fully visible: first {first:.1f} ms; later median "
        f"{statistics.median(later):.1f} ms, worst {max(later):.1f} ms "
        f"(target <= {SHOW_MS:.0f} ms)  {verdict(max(shows) <= SHOW_MS)}"
    )
    print(f"animation over {args.seconds:.0f} s      card        bare window   ratio")
    print(f"  routine: {data['routine']}")
    print(f"  frame ticks per second   {card['fps']:6.1f}      {base['fps']:6.1f}")
    print(f"  repaints per second      {card['repaints']:6.1f}      {base['repaints']:6.1f}")
    print(f"  frame time median        {card['median_ms']:6.1f} ms   {base['median_ms']:6.1f} ms")
    print(
        f"  frame time p99           {card['p99_ms']:6.1f} ms   {base['p99_ms']:6.1f} ms"
        f"   x{card['p99_ms'] / base['p99_ms']:.2f}  (target <= {P99_MS:.0f} ms)  "
        f"{verdict(card['p99_ms'] <= P99_MS)}"
    )
    print(
        f"  CPU, % of one core       {card['cpu_percent']:6.2f}      {base['cpu_percent']:6.2f}"
        f"        x{card['cpu_percent'] / max(base['cpu_percent'], 1e-9):.2f}  "
        f"(target <= {CPU_PERCENT:.0f} %)  {verdict(card['cpu_percent'] <= CPU_PERCENT)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
