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
# How long an X server may take to accept the connection, and then to answer its first
# request. Qt waits without end for that answer: a display that accepts and never speaks
# hung the start for over 40 s with no output.
CONNECT_SECONDS = 2.0
ANSWER_SECONDS = 3.0
# The X11 connection setup request: byte order "l" (little-endian), protocol 11.0, no
# authorization. Any answer (success, failure, "authenticate") shows an X server is there.
_X11_SETUP_REQUEST = b"l\0" + (11).to_bytes(2, "little") + (0).to_bytes(2, "little") + b"\0" * 6


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
    reachable = _x_display_reachable(x_display)
    if reachable is None:
        return (
            f"the X display {x_display!r} (DISPLAY) accepts connections but does not answer; "
            "is the desktop running?"
        )
    if not reachable:
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


def _x_display_reachable(display: str) -> bool | None:
    """True when an X server answers at `display`, False when none can be reached, None
    when something accepts the connection but does not answer the X11 setup request."""
    match = re.fullmatch(
        r"(?:(?P<proto>unix|tcp)/)?(?P<host>[^:]*):(?P<number>\d+)(?:\.\d+)?", display
    )
    if match is None:
        return False
    host, number = match["host"], int(match["number"])
    try:
        if host in ("", "unix") and match["proto"] != "tcp":
            connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                connection.settimeout(CONNECT_SECONDS)
                path = f"/tmp/.X11-unix/X{number}"
                # Xvfb and Xorg listen on the file and on the abstract name; either will do.
                connection.connect(path if Path(path).exists() else "\0" + path)
            except BaseException:
                connection.close()
                raise
        else:
            connection = socket.create_connection(
                (host or "localhost", 6000 + number), timeout=CONNECT_SECONDS
            )
    except OSError:
        return False
    with connection:
        return _answers_x11(connection)


def _answers_x11(connection: socket.socket) -> bool | None:
    try:
        connection.settimeout(ANSWER_SECONDS)
        connection.sendall(_X11_SETUP_REQUEST)
        first = connection.recv(1)
    except TimeoutError:
        return None
    except OSError:
        return False
    return bool(first) and first[0] in (0, 1, 2)
