"""Whether the desktop asks for less motion (an accessibility setting), for the card's
"Reduced motion: as the desktop has it" choice.

Backends, the first that can tell wins: GNOME and its relatives (`gsettings`,
org.gnome.desktop.interface enable-animations), KDE Plasma (`kreadconfig6`/`kreadconfig5`,
AnimationDurationFactor 0), Windows (SystemParametersInfo SPI_GETCLIENTAREAANIMATION). Elsewhere,
or when nothing answers, motion stays on. Asked once per break card, never in a loop.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Mapping

from backbreak.platform.programs import program_answer

# How long a card may wait for the answer; the program answers in ~10 ms.
QUERY_TIMEOUT_S = 1.0
GNOME_FAMILY = {"gnome", "unity", "budgie", "pantheon", "cinnamon", "mate", "x-cinnamon"}
SPI_GETCLIENTAREAANIMATION = 0x1042


def _desktops(environ: Mapping[str, str]) -> set[str]:
    return {d.strip().lower() for d in environ.get("XDG_CURRENT_DESKTOP", "").split(":") if d}


def gnome_reduced_motion(environ: Mapping[str, str]) -> bool | None:
    gsettings = shutil.which("gsettings", path=environ.get("PATH"))
    if gsettings is None:
        return None
    answer = program_answer(
        [gsettings, "get", "org.gnome.desktop.interface", "enable-animations"], QUERY_TIMEOUT_S
    )
    if answer not in ("true", "false"):
        return None
    return answer == "false"


def kde_reduced_motion(environ: Mapping[str, str]) -> bool | None:
    for program in ("kreadconfig6", "kreadconfig5"):
        found = shutil.which(program, path=environ.get("PATH"))
        if found is None:
            continue
        answer = program_answer(
            [found, "--group", "KDE", "--key", "AnimationDurationFactor"], QUERY_TIMEOUT_S
        )
        if answer is None:
            return None
        try:
            return float(answer) == 0.0 if answer else False
        except ValueError:
            return None
    return None


def windows_reduced_motion() -> bool | None:  # pragma: no cover - Windows only
    import ctypes

    enabled = ctypes.c_bool(True)
    user32 = ctypes.WinDLL("user32")  # type: ignore[attr-defined]
    if not user32.SystemParametersInfoW(SPI_GETCLIENTAREAANIMATION, 0, ctypes.byref(enabled), 0):
        return None
    return not enabled.value


def desktop_prefers_reduced_motion(
    environ: Mapping[str, str] = os.environ, *, platform: str = sys.platform
) -> bool:
    if platform == "win32":
        return bool(windows_reduced_motion())
    if platform == "darwin":
        return False  # not read yet: needs NSWorkspace (pyobjc), which we do not ship
    desktops = _desktops(environ)
    answer: bool | None = None
    if desktops & {"kde"}:
        answer = kde_reduced_motion(environ)
    elif desktops & GNOME_FAMILY:
        answer = gnome_reduced_motion(environ)
    return bool(answer)
