"""Test-wide set-up: every test gets its own per-user folders, never the real home."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# Timing deadlines make property tests flaky on a loaded 2-core CI machine; speed targets
# live in tests/benchmarks instead.
settings.register_profile("backbreak", deadline=None)
settings.load_profile("backbreak")

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
