"""The file watch the settings file and the exercise pack share: a QFileSystemWatcher whose
every signal means "look again", and its ending at shutdown."""

from __future__ import annotations

from collections.abc import Callable

from backbreak.qt import QObject, QtCore


def start_file_watch(parent: QObject, look_again: Callable[[], None]) -> QtCore.QFileSystemWatcher:
    """A watch (with no paths yet) that calls `look_again` when a watched file or folder
    changes; which one does not matter, the caller reads what it watches anew."""
    watch = QtCore.QFileSystemWatcher(parent)
    watch.fileChanged.connect(lambda _path: look_again())
    watch.directoryChanged.connect(lambda _path: look_again())
    return watch


def watched_paths(watch: QtCore.QFileSystemWatcher) -> list[str]:
    return watch.files() + watch.directories()


def end_file_watch(watch: QtCore.QFileSystemWatcher) -> None:
    """Unwatch everything and free the watch (at shutdown)."""
    watched = watched_paths(watch)
    if watched:
        watch.removePaths(watched)
    watch.deleteLater()
