"""A service with one window of its own (the settings, the statistics): built when first asked
for, gone for good when the person closes it, deleted at once when the app stops."""

from __future__ import annotations

from backbreak.qt import QObject, Qt, QtWidgets, Signal, delete_now, is_alive


class OneWindow(QObject):
    """Keeps `window` while it is open; a subclass builds it in show(), hands it to `_keep`
    and names its kind (`window: StatsWindow | None`)."""

    window_gone = Signal()  # the window was destroyed (the memory tidy listens)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window: QtWidgets.QWidget | None = None

    def start(self) -> None:
        """Nothing until the window is asked for."""

    def stop(self) -> None:
        window, self.window = self.window, None
        if window is not None and is_alive(window):
            window.hide()
            delete_now(window)  # now, while this service is there (session.stop says why)

    def _keep(self, window: QtWidgets.QWidget) -> None:
        """`window` is this service's until it is closed. Closed is gone: what it holds is
        freed, and the next opening builds a fresh one."""
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda: self._forget(window))
        self.window = window

    def _forget(self, window: QtWidgets.QWidget) -> None:
        if self.window is window:
            self.window = None
        self.window_gone.emit()

    @staticmethod
    def _bring_up(window: QtWidgets.QWidget) -> None:
        window.show()
        window.raise_()
        window.activateWindow()
