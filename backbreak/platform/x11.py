"""One Xlib connection of our own, through ctypes, for the X11 backends (idle and dnd).

Why not Qt's connection: PySide6 does not expose the xcb/Xlib handles of its platform plugin,
and the app may run offscreen or on Wayland while an X server (XWayland) is still around.
Why Xlib and not xcb: the MIT-SCREEN-SAVER client library everyone has (libXss, Debian
package libxss1) is an Xlib one.

Xlib reports a protocol error (say BadWindow, when the active window closes between two
requests) through a process-wide handler whose default prints the error and exits the
process. Every request here therefore runs inside `errors_trapped()`, which swaps in a
handler that only records the error and puts the previous one back afterwards, the way GTK's
gdk_x11_display_error_trap_push does. Qt's xcb plugin installs a no-op handler of its own
when it opens Xlib; it is restored unchanged.

Use from the GUI thread only: the connection is not opened with XInitThreads.
"""

from __future__ import annotations

import ctypes
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

log = logging.getLogger(__name__)

LIBX11 = "libX11.so.6"  # the soname, so no ldconfig run (ctypes.util.find_library) is needed
_ANY_PROPERTY_TYPE = 0
_SUCCESS = 0
_CARD32 = 0xFFFFFFFF


class _XErrorEvent(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("resourceid", ctypes.c_ulong),
        ("serial", ctypes.c_ulong),
        ("error_code", ctypes.c_ubyte),
        ("request_code", ctypes.c_ubyte),
        ("minor_code", ctypes.c_ubyte),
    ]


_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.POINTER(_XErrorEvent))


def _declare(lib: ctypes.CDLL) -> None:
    """Prototypes for the calls we make: without them ctypes passes and returns C ints, which
    truncates the 64-bit Display pointer and window ids."""
    display, window, atom = ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong
    lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    lib.XOpenDisplay.restype = display
    lib.XCloseDisplay.argtypes = [display]
    lib.XCloseDisplay.restype = ctypes.c_int
    lib.XDefaultRootWindow.argtypes = [display]
    lib.XDefaultRootWindow.restype = window
    lib.XInternAtom.argtypes = [display, ctypes.c_char_p, ctypes.c_int]
    lib.XInternAtom.restype = atom
    lib.XGetWindowProperty.argtypes = [
        display,
        window,
        atom,
        ctypes.c_long,  # offset, in 32-bit units
        ctypes.c_long,  # length, in 32-bit units
        ctypes.c_int,  # delete
        atom,  # requested type
        ctypes.POINTER(atom),  # actual type
        ctypes.POINTER(ctypes.c_int),  # actual format
        ctypes.POINTER(ctypes.c_ulong),  # number of items
        ctypes.POINTER(ctypes.c_ulong),  # bytes after
        ctypes.POINTER(ctypes.POINTER(ctypes.c_ubyte)),  # data, freed with XFree
    ]
    lib.XGetWindowProperty.restype = ctypes.c_int
    lib.XFree.argtypes = [ctypes.c_void_p]
    lib.XFree.restype = ctypes.c_int
    lib.XSetErrorHandler.argtypes = [ctypes.c_void_p]
    lib.XSetErrorHandler.restype = ctypes.c_void_p


class XDisplay:
    """An open Xlib display connection; `open()` it once and keep it for the app's life."""

    def __init__(self, lib: ctypes.CDLL, pointer: int, name: str) -> None:
        self.lib = lib
        self.pointer: int = pointer
        self.name = name
        self.root: int = lib.XDefaultRootWindow(pointer)
        self._atoms: dict[str, int] = {}
        self._errors: list[int] = []

        def record(_display: Any, event: Any) -> int:
            self._errors.append(int(event.contents.error_code))
            return 0

        # Kept on the instance: ctypes callbacks must outlive every call that may invoke them.
        self._handler = _ERROR_HANDLER(record)

    def __repr__(self) -> str:
        return f"XDisplay({self.name!r})"

    @classmethod
    def open(cls, name: str, *, library: str = LIBX11) -> XDisplay | None:
        """Connect to X display `name` (e.g. ":0"); None when libX11 or the display is missing."""
        if not name:
            return None
        try:
            lib = ctypes.CDLL(library)
        except OSError:
            log.info("no %s (Debian package libx11-6); X11 backends are off", library)
            return None
        _declare(lib)
        pointer = lib.XOpenDisplay(name.encode())
        if not pointer:
            log.info("cannot open X display %r; X11 backends are off", name)
            return None
        return cls(lib, pointer, name)

    @property
    def is_open(self) -> bool:
        return bool(self.pointer)

    def close(self) -> None:
        if self.pointer:
            self.lib.XCloseDisplay(self.pointer)
            self.pointer = 0

    @contextmanager
    def errors_trapped(self) -> Iterator[list[int]]:
        """Within the block, X errors are collected into the yielded list instead of ending
        the process. Only requests that wait for a reply may run inside (their errors arrive
        before the reply does); nothing here sends reply-less requests."""
        self._errors.clear()
        previous = self.lib.XSetErrorHandler(ctypes.cast(self._handler, ctypes.c_void_p))
        try:
            yield self._errors
        finally:
            self.lib.XSetErrorHandler(previous)

    def atom(self, name: str) -> int:
        atom = self._atoms.get(name)
        if atom is None:
            with self.errors_trapped():
                atom = int(self.lib.XInternAtom(self.pointer, name.encode(), 0))
            self._atoms[name] = atom
        return atom

    def cardinals(self, window: int, prop: str, max_items: int = 64) -> list[int] | None:
        """The items of a 32-bit property of `window` (WINDOW, ATOM, CARDINAL ...).

        [] when the window has no such property; None when it cannot be read (the window is
        gone, or the property is not 32-bit)."""
        if not self.pointer:
            return None
        actual_type = ctypes.c_ulong()
        actual_format = ctypes.c_int()
        count = ctypes.c_ulong()
        bytes_after = ctypes.c_ulong()
        data = ctypes.POINTER(ctypes.c_ubyte)()
        prop_atom = self.atom(prop)
        with self.errors_trapped() as errors:
            status = self.lib.XGetWindowProperty(
                self.pointer,
                window,
                prop_atom,
                0,
                max_items,
                0,
                _ANY_PROPERTY_TYPE,
                ctypes.byref(actual_type),
                ctypes.byref(actual_format),
                ctypes.byref(count),
                ctypes.byref(bytes_after),
                ctypes.byref(data),
            )
        try:
            if status != _SUCCESS or errors:
                return None
            if actual_type.value == 0:  # None: the property is not set
                return []
            if actual_format.value != 32:
                return None
            # Xlib hands 32-bit items back as C longs (64 bits on LP64), not as 32-bit words;
            # the mask undoes the sign extension of signed (INTEGER) items.
            items = ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))
            return [items[i] & _CARD32 for i in range(count.value)]
        finally:
            if data:
                self.lib.XFree(data)
