"""The one place backbreak imports Qt from, so a binding change touches one file."""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot

from backbreak.translate import tr

__all__ = [
    "QCoreApplication",
    "QObject",
    "QTimer",
    "Qt",
    "QtCore",
    "QtGui",
    "QtWidgets",
    "Signal",
    "Slot",
    "tr",
]
