"""The settings window while the app runs: built when first asked for (with the exercise
library's list), fed from the settings service, and the start-at-login switch."""

from __future__ import annotations

import contextlib
import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from backbreak.app.one_window import OneWindow
from backbreak.core.translate import fill
from backbreak.qt import QObject, Qt, QtCore, QtGui, Signal, tr

if TYPE_CHECKING:
    from backbreak.app.dependencies import Dependencies
    from backbreak.core.settings import Settings
    from backbreak.platform.autostart import Autostart
    from backbreak.ui.settings.window import SettingsWindow

log = logging.getLogger(__name__)


class PreferencesView(OneWindow):
    """Opens the settings window and carries its changes to the settings service.

    The start-at-login switch is turned on a worker thread: inside a Flatpak it is a question
    to the desktop's Background portal, which may show the person a dialog and answers when
    they do (or never, when the portal hangs). Meanwhile breaks, timers and windows go on; the
    answer comes back through `_autostart_answered`, and the switch shows the outcome."""

    # (what was asked: on or off, the refusal's words or None)
    _autostart_answered = Signal(bool, object)

    window: SettingsWindow | None

    def __init__(
        self, deps: Dependencies, *, data_dir: Path | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._deps = deps
        self._data_dir = data_dir
        self.autostart: Autostart | None = None  # detected when the window first opens
        self._autostart_asking = False  # a request is with the system
        self._autostart_wanted: bool | None = None  # asked for meanwhile, sent after it
        self._stopped = False
        # Queued: the answer is handled on the GUI thread whichever thread gives it.
        self._autostart_answered.connect(
            self._on_autostart_answer, Qt.ConnectionType.QueuedConnection
        )

    def stop(self) -> None:
        # A request still with the system finishes on its daemon thread; its answer is
        # dropped (`_stopped`), and the thread does not hold up quitting.
        self._stopped = True
        super().stop()

    def show(self) -> None:
        from backbreak.ui.settings.window import SettingsWindow

        if self.autostart is None:
            # Loaded when first needed: plistlib, configparser and friends cost a megabyte.
            from backbreak.platform.autostart import detect_autostart

            self.autostart = detect_autostart()
        window = self.window
        if window is None:
            source = self._deps.library.get()
            window = SettingsWindow(
                self._deps.settings.current,
                library=source.picker.library if source is not None else None,
                autostart_enabled=self.autostart.is_enabled() if self.autostart else None,
            )
            window.setWindowTitle(tr("App", "backbreak: settings"))
            window.changed.connect(
                lambda changes: window.show_message(self._deps.settings.change_from_window(changes))
            )
            window.reset_requested.connect(
                lambda: window.show_message(self._deps.settings.reset_from_window())
            )
            window.autostart_toggled.connect(self._set_autostart)
            window.open_data_folder.connect(self._open_data_folder)
            if self._data_dir is not None:
                window.show_data_folder(str(self._data_dir))
            # Its pages are freed when closed: the next opening builds fresh ones from the
            # settings and library of that moment.
            self._keep(window)
        window.show_settings(self._deps.settings.current)
        log.info("settings window shown")
        self._bring_up(window)

    def on_file_reloaded(self, settings: Settings) -> None:
        if self.window is not None:
            self.window.show_settings(settings)

    def on_library_reloaded(self) -> None:
        window = self.window
        if window is not None and not window.isVisible():
            # Its list of exercises is the old library's: built anew when next opened.
            self.window = None
            window.deleteLater()

    def _set_autostart(self, enabled: bool) -> None:
        if self.autostart is None or self.window is None:
            return
        if self._autostart_asking:
            self._autostart_wanted = enabled  # asked once the system answers the first
            return
        self._autostart_asking = True
        threading.Thread(
            target=self._ask_system,
            args=(self.autostart, enabled),
            name="backbreak-autostart",
            daemon=True,
        ).start()

    def _ask_system(self, autostart: Autostart, enabled: bool) -> None:
        """On the worker thread: turn start at login on or off and send back the outcome."""
        from backbreak.platform.autostart import AutostartError

        refusal: str | None = None
        try:
            if enabled:
                autostart.enable()
            else:
                autostart.disable()
        except AutostartError as error:
            refusal = str(error)
        except Exception:  # any failure is the switch's answer (and logged), not a crash
            log.exception("turning start at login %s failed", "on" if enabled else "off")
            refusal = tr("Settings", "Start at login could not be changed; see the log.")
        with contextlib.suppress(RuntimeError):  # the app quit meanwhile; this object is gone
            self._autostart_answered.emit(enabled, refusal)

    def _on_autostart_answer(self, enabled: bool, refusal: str | None) -> None:
        self._autostart_asking = False
        if self._stopped:
            return
        window = self.window
        if refusal is not None:
            if window is not None and self.autostart is not None:
                window.show_message(refusal)
                window.show_autostart(self.autostart.is_enabled())
        else:
            message = self._deps.settings.change_from_window({"general.start_at_login": enabled})
            if window is not None:
                window.show_message(message)
        wanted, self._autostart_wanted = self._autostart_wanted, None
        if wanted is not None and wanted != enabled:
            self._set_autostart(wanted)

    def _open_data_folder(self) -> None:
        if self._data_dir is None:
            return
        folder = str(self._data_dir)
        if QtGui.QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(folder)):
            return
        # No program took the folder (no file manager the desktop knows of): say so, and
        # where it is, rather than nothing.
        log.warning("no program could open the data folder %s", folder)
        if self.window is not None:
            self.window.show_message(
                fill(tr("Settings", "No program could open the folder. It is %1"), folder)
            )
