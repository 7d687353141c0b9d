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


def load_library(library: str, missing: str) -> ctypes.CDLL | None:
    """The shared library `library` (a soname), or None when it cannot be loaded; `missing`
    says in the log what provides it and what its absence means."""
    try:
        return ctypes.CDLL(library)
    except OSError:
        log.info("no %s (%s)", library, missing)
        return None


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
    # For watching a selection's owner (platform/tray_host.py): events read from our own
    # connection's socket.
    lib.XDefaultScreen.argtypes = [display]
    lib.XDefaultScreen.restype = ctypes.c_int
    lib.XGetSelectionOwner.argtypes = [display, atom]
    lib.XGetSelectionOwner.restype = window
    lib.XConnectionNumber.argtypes = [display]
    lib.XConnectionNumber.restype = ctypes.c_int
    lib.XPending.argtypes = [display]
    lib.XPending.restype = ctypes.c_int
    lib.XNextEvent.argtypes = [display, ctypes.c_void_p]
    lib.XNextEvent.restype = ctypes.c_int
    lib.XSync.argtypes = [display, ctypes.c_int]
    lib.XSync.restype = ctypes.c_int


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
        lib = load_library(library, "Debian package libx11-6; X11 backends are off")
        if lib is None:
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

    # -- selections and events (platform/tray_host.py) ------------------------------------

    @property
    def default_screen(self) -> int:
        """The screen number a display name like ":0.1" picks (0 for ":0")."""
        return int(self.lib.XDefaultScreen(self.pointer)) if self.pointer else 0

    @property
    def fd(self) -> int:
        """The connection's socket, to watch for events (QSocketNotifier); -1 when closed."""
        return int(self.lib.XConnectionNumber(self.pointer)) if self.pointer else -1

    def selection_owner(self, selection: str) -> int | None:
        """The window that owns a selection (0: nobody); None when it cannot be asked."""
        if not self.pointer:
            return None
        selection_atom = self.atom(selection)
        with self.errors_trapped() as errors:
            owner = int(self.lib.XGetSelectionOwner(self.pointer, selection_atom))
        return None if errors else owner

    def sync(self) -> bool:
        """Wait until the server has handled every request sent; False if any of them failed.

        A request without a reply (say, selecting events) reports its error only later; a
        sync inside errors_trapped() makes it arrive there."""
        if not self.pointer:
            return False
        with self.errors_trapped() as errors:
            self.lib.XSync(self.pointer, 0)
        return not errors

    def drain_events(self) -> int:
        """Read and drop every event that has arrived; how many there were. For a watcher
        that asks afresh whenever anything arrived, so the events' contents do not matter."""
        if not self.pointer:
            return 0
        event = (ctypes.c_long * _XEVENT_LONGS)()  # Xlib's XEvent: a union padded to 24 longs
        count = 0
        with self.errors_trapped():
            while self.lib.XPending(self.pointer) > 0:
                self.lib.XNextEvent(self.pointer, ctypes.byref(event))
                count += 1
        return count


# libXfixes, for being told when a selection changes owner rather than asking (Debian package
# libxfixes3; loaded only by the tray host watch, and optional there).
LIBXFIXES = "libXfixes.so.3"
_XEVENT_LONGS = 24
XFIXES_SET_SELECTION_OWNER_NOTIFY_MASK = 1 << 0
XFIXES_SELECTION_WINDOW_DESTROY_NOTIFY_MASK = 1 << 1
XFIXES_SELECTION_CLIENT_CLOSE_NOTIFY_MASK = 1 << 2


class XFixes:
    """The XFixes extension on one XDisplay: selection-owner events."""

    def __init__(self, display: XDisplay, lib: ctypes.CDLL) -> None:
        self.display = display
        self.lib = lib

    @classmethod
    def open(cls, display: XDisplay, *, library: str = LIBXFIXES) -> XFixes | None:
        """None when libXfixes is missing or the server lacks XFixes 1 or later."""
        if not display.is_open:
            return None
        lib = load_library(library, "Debian package libxfixes3")
        if lib is None:
            return None
        pointer = ctypes.c_void_p
        lib.XFixesQueryExtension.argtypes = [pointer, *[ctypes.POINTER(ctypes.c_int)] * 2]
        lib.XFixesQueryExtension.restype = ctypes.c_int
        lib.XFixesQueryVersion.argtypes = [pointer, *[ctypes.POINTER(ctypes.c_int)] * 2]
        lib.XFixesQueryVersion.restype = ctypes.c_int
        lib.XFixesSelectSelectionInput.argtypes = [
            pointer,
            ctypes.c_ulong,
            ctypes.c_ulong,
            ctypes.c_ulong,
        ]
        lib.XFixesSelectSelectionInput.restype = None
        first, second = ctypes.c_int(), ctypes.c_int()
        with display.errors_trapped():
            if not lib.XFixesQueryExtension(display.pointer, first, second):
                log.info("the X server has no XFixes extension")
                return None
            # The server serves a client only the XFixes requests of the version it asked
            # for; selection events came with version 1.
            first.value, second.value = 5, 0
            if not lib.XFixesQueryVersion(display.pointer, first, second) or first.value < 1:
                return None
        return cls(display, lib)

    def watch_selection(self, selection: str) -> bool:
        """Have an event sent whenever `selection` gets a new owner or loses its owner (the
        owner's window destroyed, its client gone); False if the server refused."""
        mask = (
            XFIXES_SET_SELECTION_OWNER_NOTIFY_MASK
            | XFIXES_SELECTION_WINDOW_DESTROY_NOTIFY_MASK
            | XFIXES_SELECTION_CLIENT_CLOSE_NOTIFY_MASK
        )
        display = self.display
        selection_atom = display.atom(selection)
        # No reply comes to this request: the sync is where an error would show.
        self.lib.XFixesSelectSelectionInput(display.pointer, display.root, selection_atom, mask)
        return display.sync()
