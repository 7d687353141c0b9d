"""Asking a small desktop program for one value (gsettings, kreadconfig) or for its output
(pactl, pw-dump)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence


def program_output(
    argv: Sequence[str], timeout_s: float, environ: Mapping[str, str] | None = None
) -> bytes | None:
    """The program's output, or None when it fails, is missing or takes too long. It runs
    with `environ` (None: ours) and no input: a program waiting for input must not hang.

    subprocess is imported here, only on desktops that need it: it costs about 0.5 MiB of
    memory the app has no other use for."""
    import subprocess

    try:
        done = subprocess.run(
            list(argv),
            capture_output=True,
            timeout=timeout_s,
            check=False,
            stdin=subprocess.DEVNULL,
            env=None if environ is None else dict(environ),
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout if done.returncode == 0 else None


def program_answer(argv: Sequence[str], timeout_s: float) -> str | None:
    """The program's output as text, stripped, or None when it fails, is missing or takes too
    long."""
    import locale  # loaded already by subprocess

    output = program_output(argv, timeout_s)
    # Decoded as subprocess's text mode does: in the locale's encoding.
    return None if output is None else output.decode(locale.getpreferredencoding(False)).strip()
