"""The person's settings while the app runs: the current values, the settings file and its
watch, and one `changed(settings, keys)` signal every consumer subscribes to.

Consumers filter by key with `touches(keys, ...)` (after qutebrowser's `change_filter`), so a
change to the theme does not re-plan the breaks and a new interval does not repaint the card.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from backbreak.app.file_watch import end_file_watch, start_file_watch, watched_paths
from backbreak.core.settings import SCHEMA, Settings, SettingsError, defaults
from backbreak.qt import QObject, QtCore, Signal, make_timer

if TYPE_CHECKING:
    from backbreak.store.settings_store import SettingsStore, StoreResult

log = logging.getLogger(__name__)

# Edits to the settings file are noticed at once through a file watcher (which also watches
# the folder, so an editor replacing the file is seen); this slow check backs it up where
# watchers see nothing (network home folders). Faster polling showed in idle CPU.
SETTINGS_CHECK_INTERVAL_MS = 60_000


def touches(keys: frozenset[str], *watched: str) -> bool:
    """Whether a change of `keys` concerns a subscriber watching `watched`: full keys
    ("schedule.snooze_minutes") or whole sections ("schedule")."""
    return any(key == name or key.startswith(name + ".") for key in keys for name in watched)


class SettingsService(QObject):
    """Holds the settings in force; saves, reloads and tells who cares what changed."""

    # (the new Settings, frozenset of the keys whose values changed)
    changed = Signal(object, object)
    # Words for the person: a value in the file was refused, the file could not be saved.
    message = Signal(str)
    # The file was edited while the app runs (the settings window shows the new values).
    reloaded = Signal(object)

    def __init__(
        self,
        settings: Settings | None = None,
        store: SettingsStore | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings or defaults()
        self._store = store
        self._watch: QtCore.QFileSystemWatcher | None = None
        self._timer = make_timer(self, self.check_file, interval_ms=SETTINGS_CHECK_INTERVAL_MS)
        self._stopped = False

    @property
    def current(self) -> Settings:
        return self._settings

    def start(self) -> None:
        if self._store is None or self._stopped:
            return
        self._watch = start_file_watch(self, self.check_file)
        self._rewatch()
        self._timer.start()

    def stop(self) -> None:
        self._stopped = True
        self._timer.stop()
        if self._watch is not None:
            end_file_watch(self._watch)
            self._watch = None

    def replace(self, settings: Settings) -> None:
        """New settings take effect at once: each subscriber sees the keys that changed."""
        old, self._settings = self._settings, settings
        keys = settings.changed_keys(old)
        log.info("settings applied: %s", ", ".join(sorted(keys)) or "none")
        if keys:
            self.changed.emit(settings, keys)

    def change(self, changes: dict[str, object]) -> str | None:
        """Validate, save and apply changes from the settings window or the CLI; returns a
        message for the person when something went wrong (the changes still apply).
        SettingsError (naming each bad field) when the changes themselves are refused."""
        new = self._settings.with_changes(changes)
        message: str | None = None
        if self._store is not None:
            from backbreak.store.settings_store import SettingsSaveError

            try:
                result = self._store.save(new, touched=changes)
                new = result.settings
                message = result.message()
            except SettingsSaveError as error:
                message = str(error)
        self.replace(new)
        return message

    def change_from_window(self, changes: dict[str, object]) -> str:
        """As `change`, with a refusal turned into words (the window checks first, but the
        file may have changed meanwhile)."""
        try:
            return self.change(changes) or ""
        except SettingsError as error:
            return "\n".join(str(problem) for problem in error.problems)

    def reset_from_window(self) -> str:
        return self.change_from_window({spec.key: defaults().get(spec.key) for spec in SCHEMA})

    def check_file(self) -> None:
        """Pick up edits made to the settings file while the app runs."""
        if self._store is None or self._stopped:
            return
        self._rewatch()
        result = self._store.reload_if_changed()
        if result is None:
            return
        self._tell(result)
        self.replace(result.settings)
        self.reloaded.emit(result.settings)

    def _tell(self, result: StoreResult) -> None:
        message = result.message()
        if message:
            log.warning("settings: %s", message)
            self.message.emit(message)

    def _rewatch(self) -> None:
        """An editor saving by replacing the file drops the watch on it: watch it again (and
        the folder, to see it come back)."""
        watch, store = self._watch, self._store
        if watch is None or store is None:
            return
        wanted = [str(p) for p in (store.path, store.path.parent) if p.exists()]
        missing = [p for p in wanted if p not in watched_paths(watch)]
        if missing:
            watch.addPaths(missing)
