"""Checks that a graphical display is reachable before Qt is asked to open it.

Without this, Qt aborts the process (qFatal) with a multi-line message and a core dump when
DISPLAY is unset or stale, or when the xcb plugin's libraries are missing.
"""

from __future__ import annotations

import os
import re
import socket
import sys
from collections.abc import Mapping
from pathlib import Path

# Platforms that need no display server.
_HEADLESS_PLATFORMS = ("offscreen", "minimal", "vnc", "linuxfb", "eglfs", "vkkhrdisplay")


def display_problem(environ: Mapping[str, str]) -> str | None:
    """None when a GUI can start here; otherwise one plain sentence saying what is missing."""
    if sys.platform in ("win32", "darwin"):
        return None
    platform = environ.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0]
    if platform in _HEADLESS_PLATFORMS:
        return None
    wayland = environ.get("WAYLAND_DISPLAY", "")
    if platform != "xcb" and wayland and _wayland_socket_exists(wayland, environ):
        return None
    x_display = environ.get("DISPLAY", "")
    if not x_display:
        if platform == "wayland" or wayland:
            return f"cannot reach the Wayland display {wayland!r} (WAYLAND_DISPLAY)"
        return "no graphical display: neither DISPLAY nor WAYLAND_DISPLAY is set"
    if not _x_display_reachable(x_display):
        return f"cannot reach the X display {x_display!r} (DISPLAY); is the desktop running?"
    if not _library_installed("libxcb-cursor.so.0"):
        return (
            "Qt needs the library libxcb-cursor0 for X11; "
            "install it with: apt-get install libxcb-cursor0"
        )
    return None


def _library_installed(soname: str) -> bool:
    """Whether the dynamic linker can find `soname` in the usual folders. A glob, not
    ctypes.util.find_library: that runs ldconfig in a subprocess and costs ~1 MiB RSS."""
    folders = [Path(p) for p in os.environ.get("LD_LIBRARY_PATH", "").split(":") if p]
    folders += [
        Path("/lib"),
        Path("/usr/lib"),
        Path("/lib64"),
        Path("/usr/lib64"),
        Path("/usr/local/lib"),
    ]
    for folder in folders:
        if (folder / soname).exists() or any(folder.glob(f"*-linux-gnu*/{soname}")):
            return True
    return False


def _wayland_socket_exists(name: str, environ: Mapping[str, str]) -> bool:
    path = Path(name)
    if not path.is_absolute():
        path = Path(environ.get("XDG_RUNTIME_DIR", "/nonexistent")) / name
    return path.is_socket()


def _x_display_reachable(display: str) -> bool:
    match = re.fullmatch(
        r"(?:(?P<proto>unix|tcp)/)?(?P<host>[^:]*):(?P<number>\d+)(?:\.\d+)?", display
    )
    if match is None:
        return False
    host, number = match["host"], int(match["number"])
    try:
        if host in ("", "unix") and match["proto"] != "tcp":
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as unix:
                unix.settimeout(2)
                path = f"/tmp/.X11-unix/X{number}"
                # Xvfb and Xorg listen on the file and on the abstract name; either will do.
                unix.connect(path if Path(path).exists() else "\0" + path)
            return True
        with socket.create_connection((host or "localhost", 6000 + number), timeout=2):
            return True
    except OSError:
        return False
