"""The one place backbreak imports Qt from, so a binding change touches one file."""

from __future__ import annotations

import sys

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from shiboken6 import isValid

from backbreak.translate import tr

if sys.platform != "win32":
    # PySide6 builds no QtDBus for Windows. Elsewhere it costs ~0.3 MiB RSS: libQt6DBus and
    # libdbus-1 are loaded by QtGui already. Only backbreak.platform.dbus uses it.
    from PySide6 import QtDBus

__all__ = [
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
    "is_alive",
    "tr",
]


def is_alive(qt_object: QObject) -> bool:
    """False once the C++ side of a wrapped Qt object is deleted (by its parent or a
    deleteLater), when any call on it would raise RuntimeError."""
    return bool(isValid(qt_object))
