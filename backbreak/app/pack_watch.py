"""Notices changes to the person's own exercise pack while the app runs, so the next break
uses what they just added or fixed without a restart.

The pack is `pack/`, `pack/exercises/*.toml` and `pack/routines/*.toml` (paths.user_pack_dir).
A QFileSystemWatcher watches the three folders and the pack files in them: a folder's watch
sees files come and go (and editors that save by replacing the file), but not a file
rewritten in place, which only a watch on the file itself sees. While the pack folder does
not exist yet its parent is watched, to see it appear; that watch is dropped once it does,
as the parent (the data folder) also changes with every break the history records.

A burst of events (an editor writes a temporary file, renames it, touches the folder; a
person copies ten files) is settled by a short single-shot timer, and `changed` is emitted
only when the pack's files really differ (names, sizes, modification times) from what was
seen when it was last emitted: a change elsewhere in the parent folder is not a pack change.
"""

from __future__ import annotations

import logging
from pathlib import Path

from backbreak.app.file_watch import end_file_watch, start_file_watch, watched_paths
from backbreak.core.exercises import MAX_PACK_FILES
from backbreak.qt import QObject, QtCore, Signal, make_timer

log = logging.getLogger(__name__)

# Long enough to gather an editor's save (temporary file, rename, attribute change) or a
# copy of several files into one reload, short enough to feel immediate.
SETTLE_MS = 400
# The pack's folders holding files.
PACK_SUBFOLDERS = ("exercises", "routines")

Signature = tuple[tuple[str, int, int], ...]


def pack_signature(folder: Path) -> Signature:
    """What the pack holds, cheaply: each file's path, size and modification time."""
    found: list[tuple[str, int, int]] = []
    for sub in PACK_SUBFOLDERS:
        for path in _pack_files(folder / sub):
            try:
                info = path.stat()
            except OSError:  # gone since it was listed, or unreadable: the loader says so
                continue
            found.append((str(path), info.st_size, info.st_mtime_ns))
    return tuple(found)


def _pack_files(folder: Path) -> list[Path]:
    try:
        # The files the loader reads (core.exercises.packs), and no more: past the first
        # MAX_PACK_FILES by name a folder is left out, and the person is told.
        names = sorted(
            entry.name
            for entry in folder.iterdir()
            if entry.suffix == ".toml" and not entry.name.startswith(".")
        )
        return [folder / name for name in names[:MAX_PACK_FILES]]
    except OSError:
        return []


class PackWatch(QObject):
    """Emits `changed` once a burst of changes to the pack folder has settled."""

    changed = Signal()

    def __init__(
        self, folder: Path, *, settle_ms: int = SETTLE_MS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self._watcher: QtCore.QFileSystemWatcher | None = None
        self._settle = make_timer(self, self._settled, interval_ms=settle_ms, single_shot=True)
        self._seen: Signature = ()

    def start(self) -> None:
        """Watch from now on; what the pack holds now is what the caller has loaded."""
        if self._watcher is not None:
            return
        self._seen = pack_signature(self.folder)
        self._watcher = start_file_watch(self, self._poke)
        self._rewatch()

    def stop(self) -> None:
        """Stop the settle timer and the watch (at shutdown). Safe to call twice."""
        self._settle.stop()
        if self._watcher is not None:
            end_file_watch(self._watcher)
            self._watcher = None

    @property
    def watched(self) -> list[str]:
        if self._watcher is None:
            return []
        return sorted(watched_paths(self._watcher))

    def _poke(self) -> None:
        if self._watcher is not None:
            self._settle.start()  # (re)started: the burst settles SETTLE_MS after its last

    def _settled(self) -> None:
        if self._watcher is None:
            return
        self._rewatch()
        now = pack_signature(self.folder)
        if now == self._seen:
            return
        self._seen = now
        log.info("the exercise pack in %s changed", self.folder)
        self.changed.emit()

    def _rewatch(self) -> None:
        """Watch what exists now: new subfolders and files are added; a replaced file (whose
        watch the system dropped) is watched again."""
        watcher = self._watcher
        if watcher is None:
            return
        wanted: list[Path] = []
        if self.folder.is_dir():
            wanted.append(self.folder)
            for sub in PACK_SUBFOLDERS:
                if (self.folder / sub).is_dir():
                    wanted.append(self.folder / sub)
                    wanted.extend(_pack_files(self.folder / sub))
        elif self.folder.parent.is_dir():
            wanted.append(self.folder.parent)  # to see the pack folder appear
        names = {str(path) for path in wanted}
        current = set(watched_paths(watcher))
        gone = sorted(current - names)
        if gone:
            watcher.removePaths(gone)
        new = sorted(names - current)
        if new:
            # Paths that vanished since they were listed are refused, not raised: harmless.
            watcher.addPaths(new)
