"""Test-wide set-up: every test gets its own per-user folders, never the real home; property
tests are reproducible; and a test that leaves a Qt timer, animation, window or thread running
fails, so a leak is caught in the test that made it, not fifty tests later."""

from __future__ import annotations

import os
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis.internal.conjecture import engine as hypothesis_engine

# Timing deadlines make property tests flaky on a loaded 2-core CI machine; speed targets
# live in tests/benchmarks instead.
#
# "ci" (the default): the same examples on every run (derandomize), so a red run is red for
# everyone and the next run does not find something new by chance. Failures found by
# exploring are kept as @example lines beside the test.
# "explore": many random examples, for a developer looking for new failures on purpose
# (BACKBREAK_HYPOTHESIS=explore python3 -m pytest tests/unit/test_planner_properties.py).
settings.register_profile("ci", deadline=None, derandomize=True, max_examples=120, print_blob=True)
settings.register_profile("explore", deadline=None, max_examples=2000, print_blob=True)
settings.load_profile(os.environ.get("BACKBREAK_HYPOTHESIS", "ci"))
# Shrinking a failure may take Hypothesis up to five minutes; a minute shows the failure in
# a readable enough form. The constant is internal (Hypothesis 6.x), hence the check.
if hasattr(hypothesis_engine, "MAX_SHRINKING_SECONDS"):
    hypothesis_engine.MAX_SHRINKING_SECONDS = 60

# Helpers shared by the layers that start real programs (tests/support/processes.py).
sys.path.insert(0, str(Path(__file__).resolve().parent / "support"))

# Widget tests draw offscreen; tests that need a real X server start one (tests/desktop).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def user_dirs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[dict[str, Path]]:
    """Point platformdirs (XDG on Linux) at fresh temporary folders for every test."""
    dirs = {
        "XDG_CONFIG_HOME": tmp_path / "config",
        "XDG_DATA_HOME": tmp_path / "data",
        "XDG_STATE_HOME": tmp_path / "state",
        "XDG_CACHE_HOME": tmp_path / "cache",
    }
    # A socket path must stay under ~100 bytes, so the runtime dir gets a short name.
    with tempfile.TemporaryDirectory(prefix="bb-run-") as runtime:
        Path(runtime).chmod(0o700)
        dirs["XDG_RUNTIME_DIR"] = Path(runtime)
        for name, path in dirs.items():
            path.mkdir(exist_ok=True)
            monkeypatch.setenv(name, str(path))
        yield dirs


@pytest.fixture(autouse=True)
def nothing_left_running() -> Iterator[None]:
    """Fail the test that leaves a live Qt timer or animation, a visible top-level window or
    a new thread behind (checked after pytest-qt has closed the test's own widgets).

    Autouse and requested first, so its teardown runs after every other fixture's."""
    threads_before = set(threading.enumerate())
    yield
    from leaks import leftovers

    found = leftovers(threads_before)
    if found:
        pytest.fail("left running after the test:\n  " + "\n  ".join(found), pytrace=False)
