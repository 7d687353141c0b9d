"""Every uncaught exception and every Qt warning goes to the log file people attach to bug
reports (backbreak.log), not only to a terminal nobody sees.

An exception raised in a Qt slot does not end the program: PySide6 prints it through
sys.excepthook and the event loop goes on. So the hook here logs it with its traceback, tells
the person once, in plain words, where the details are, and lets the app carry on.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from types import TracebackType

from backbreak.qt import QtCore, tr

log = logging.getLogger("backbreak.crash")
qt_log = logging.getLogger("backbreak.qt")

_QT_LEVELS = {
    QtCore.QtMsgType.QtDebugMsg: logging.DEBUG,
    QtCore.QtMsgType.QtInfoMsg: logging.INFO,
    QtCore.QtMsgType.QtWarningMsg: logging.WARNING,
    QtCore.QtMsgType.QtCriticalMsg: logging.ERROR,
    QtCore.QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def crash_text(log_file: str) -> str:
    return tr(
        "App",
        "Something went wrong inside backbreak. It keeps running; the details are in %1.",
    ).replace("%1", log_file)


def changed_underneath_text(log_file: str) -> str:
    """For an import that fails in a running app: its windows and card load their code when
    first shown, so files replaced by an update meanwhile no longer fit what is running."""
    return tr(
        "App",
        "backbreak's files changed while it was running, as an update does. Quit backbreak "
        "and start it again; the details are in %1.",
    ).replace("%1", log_file)


class CrashReporter:
    """Installs sys.excepthook, threading.excepthook and Qt's message handler; uninstall()
    puts back what was there before.

    tell: shows a message to the person (the windows' tell(), set once the app is built); called
    once per run, for the first exception only, and never allowed to raise in turn."""

    def __init__(self, log_file: str, tell: Callable[[str], None] | None = None) -> None:
        self._log_file = log_file
        self.tell = tell
        self._told = False
        self._previous_hook: Callable[..., object] | None = None
        self._previous_thread_hook: Callable[..., object] | None = None
        self._installed = False

    def install(self) -> None:
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self._on_exception
        threading.excepthook = self._on_thread_exception
        QtCore.qInstallMessageHandler(self._on_qt_message)
        self._installed = True

    def uninstall(self) -> None:
        if not self._installed:
            return
        sys.excepthook = self._previous_hook or sys.__excepthook__
        threading.excepthook = self._previous_thread_hook or threading.__excepthook__
        QtCore.qInstallMessageHandler(None)
        self._installed = False

    def _on_exception(
        self,
        kind: type[BaseException],
        error: BaseException,
        traceback: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, traceback)
            return
        log.error("uncaught exception", exc_info=(kind, error, traceback))
        # Also where a developer running from a terminal looks.
        sys.__excepthook__(kind, error, traceback)
        self._tell_once(
            changed_underneath_text(self._log_file)
            if issubclass(kind, ImportError)
            else crash_text(self._log_file)
        )

    def _on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        log.error(
            "uncaught exception in thread %s",
            args.thread.name if args.thread is not None else "?",
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )

    def _tell_once(self, words: str) -> None:
        if self._told:
            return
        self._told = True
        if self.tell is None:
            return
        try:
            self.tell(words)
        except Exception:  # telling must not raise from inside the hook
            log.exception("could not tell the person about the error")

    def _on_qt_message(
        self, kind: QtCore.QtMsgType, context: QtCore.QMessageLogContext, message: str
    ) -> None:
        level = _QT_LEVELS.get(kind, logging.WARNING)
        where = f" ({context.category})" if context.category not in (None, "", "default") else ""
        qt_log.log(level, "%s%s", message, where)
        if level >= logging.WARNING:
            print(f"Qt: {message}", file=sys.stderr)
