"""Asking a small desktop program for one value (gsettings, kreadconfig)."""

from __future__ import annotations

from collections.abc import Sequence


def program_answer(argv: Sequence[str], timeout_s: float) -> str | None:
    """The program's output, stripped, or None when it fails, is missing or takes too long.

    subprocess is imported here, only on desktops that need it: it costs about 0.5 MiB of
    memory the app has no other use for."""
    import subprocess

    try:
        done = subprocess.run(
            list(argv),
            capture_output=True,
            text=True,
            timeout=timeout_s,
            check=False,
            stdin=subprocess.DEVNULL,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout.strip() if done.returncode == 0 else None
