"""The one place backbreak imports Qt from, so a binding change touches one file."""

from __future__ import annotations

import sys
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
    "qt_network",
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


def qt_network() -> ModuleType:
    """QtNetwork, loaded only when asked for: only the Windows control pipe uses it, and
    elsewhere it would cost memory at every start."""
    from PySide6 import QtNetwork

    return QtNetwork
