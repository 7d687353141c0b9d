"""The one place backbreak imports Qt from, so a binding change touches one file."""

from __future__ import annotations

import linecache
import sys
from collections.abc import Callable
from types import ModuleType

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from shiboken6 import delete, isValid

from backbreak.core.translate import COUNT, tr

if sys.platform != "win32":
    # PySide6 builds no QtDBus for Windows. Elsewhere it costs ~0.3 MiB RSS: libQt6DBus and
    # libdbus-1 are loaded by QtGui already. Only backbreak.platform.dbus uses it.
    from PySide6 import QtDBus

__all__ = [
    "COUNT",
    "QCoreApplication",
    "QObject",
    "QTimer",
    "Qt",
    "QtCore",
    "QtDBus",
    "QtGui",
    "QtWidgets",
    "Signal",
    "Slot",
    "delete_now",
    "is_alive",
    "make_timer",
    "qt_network",
    "spare_source_reads",
    "tr",
]


def is_alive(qt_object: QObject) -> bool:
    """False once the C++ side of a wrapped Qt object is deleted (by its parent or a
    deleteLater), when any call on it would raise RuntimeError."""
    return bool(isValid(qt_object))


def delete_now(qt_object: QObject) -> None:
    """Delete the C++ side of a wrapped Qt object at once (not at the next turn of the event
    loop, as deleteLater does)."""
    delete(qt_object)


def make_timer(
    parent: QObject | None,
    on_timeout: Callable[[], object],
    *,
    interval_ms: int | None = None,
    single_shot: bool = False,
) -> QTimer:
    """A timer owned by `parent` (stopped and freed with it) that calls `on_timeout`; without
    `interval_ms` it is given its interval when started."""
    timer = QTimer(parent)
    timer.setSingleShot(single_shot)
    if interval_ms is not None:
        timer.setInterval(interval_ms)
    timer.timeout.connect(on_timeout)
    return timer


def qt_network() -> ModuleType:
    """QtNetwork, loaded only when asked for: only the Windows control pipe uses it, and
    elsewhere it would cost memory at every start."""
    from PySide6 import QtNetwork

    return QtNetwork


def spare_source_reads() -> bool:
    """Let PySide6's import hook ask its question of each module without caching its source.

    For `from __feature__ import ...` (PYSIDE-2029), PySide6 asks of every module imported
    after it whether its source mentions "PySide6", through inspect.getsource(), which
    keeps each whole file in linecache: ~6 MiB of strings at our start-up, read into the
    heap before the tray icon and freed later in scattered pieces, and ~25 ms. The same
    question is answered here from the file's bytes, nothing is kept, and what the hook
    cached until now is dropped. Modules without a .py file get the answer PySide gives them
    (no source: no). Returns False, changing nothing, where PySide6 has no such hook (another
    version)."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False

    def mentions_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return False
        try:
            with open(path, "rb") as source:  # noqa: PTH123 - the hook runs for every import
                return b"PySide6" in source.read()
        except OSError:
            return False

    setattr(feature, "_mod_uses_pyside", mentions_pyside)  # noqa: B010 - not in its stub
    # What the hook cached before: PySide6 asked it of every module already loaded when it
    # was imported (~50 files, ~2 MiB), and of ours imported since.
    linecache.clearcache()
    return True
