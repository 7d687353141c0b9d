"""The one place backbreak imports Qt from, so a binding change touches one file."""

from __future__ import annotations

import sys

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot

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
    "tr",
]
