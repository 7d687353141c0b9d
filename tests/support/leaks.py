"""What a test left running: live Qt timers and animations, visible top-level windows, new
threads. Used by the guard in tests/conftest.py and by the shutdown tests."""

from __future__ import annotations

import gc
import sys
import threading

# A thread the test started gets this long to finish by itself before it counts as left.
THREAD_GRACE_S = 5.0


def leftovers(threads_before: set[threading.Thread], *, stop: bool = True) -> list[str]:
    """Describe what is still running; with `stop`, also stop it, so that one leak fails one
    test and not every test after it."""
    found = [*_qt_leftovers(stop=stop)]
    for thread in threading.enumerate():
        if thread in threads_before or not thread.is_alive():
            continue
        thread.join(THREAD_GRACE_S)
        if thread.is_alive():
            found.append(f"thread {thread.name!r} (daemon={thread.daemon})")
    return found


def _qt_leftovers(*, stop: bool) -> list[str]:
    if "PySide6.QtCore" not in sys.modules:
        return []
    from PySide6 import QtCore, QtWidgets
    from shiboken6 import isValid

    app = QtCore.QCoreApplication.instance()
    if app is None:
        return []
    # Widgets closed in teardown asked for deleteLater(): let that happen first.
    QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)
    found: list[str] = []
    if isinstance(app, QtWidgets.QApplication):
        for widget in app.topLevelWidgets():
            if widget.isVisible():
                found.append(f"visible window {_describe(widget)}")
                if stop:
                    widget.hide()
                    widget.deleteLater()
    for thing in gc.get_objects():
        if isinstance(thing, QtCore.QTimer):
            if isValid(thing) and thing.isActive():
                found.append(
                    f"active timer {_describe(thing)} every {thing.interval()} ms"
                    f" (parent: {_describe(thing.parent())})"
                )
                if stop:
                    thing.stop()
        elif (
            isinstance(thing, QtCore.QAbstractAnimation)
            and isValid(thing)
            and thing.state() == QtCore.QAbstractAnimation.State.Running
        ):
            found.append(f"running animation {_describe(thing)}")
            if stop:
                thing.stop()
    if stop and found:
        QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)
    return found


def _describe(thing: object) -> str:
    if thing is None:
        return "none"
    name = ""
    object_name = getattr(thing, "objectName", None)
    if callable(object_name):
        try:
            name = object_name()
        except RuntimeError:  # deleted on the C++ side
            return f"{type(thing).__name__} (deleted)"
    return f"{type(thing).__name__}{' ' + repr(name) if name else ''}"
