"""A service with one window of its own (the settings, the statistics): built when first asked
for, gone for good when the person closes it, deleted at once when the app stops."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar

from backbreak.qt import QObject, Qt, QtWidgets, Signal, delete_now, is_alive

if TYPE_CHECKING:
    from backbreak.ui.card import BreakCard
    from backbreak.ui.comfort_prompt import ComfortPrompt

# The windows that fade away after their service lets go of them.
FadingWindow = TypeVar("FadingWindow", "BreakCard", "ComfortPrompt")


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


class OnScreen(Generic[FadingWindow]):
    """A service's window of the moment (`current`), and every one of its windows still on
    screen, including those fading away after the service let go of them: close_all() closes
    them all."""

    def __init__(self, gone: Callable[[], None]) -> None:
        """gone: called when one of the windows is destroyed."""
        self.current: FadingWindow | None = None
        self._all: list[FadingWindow] = []
        self._gone = gone

    def adopt(self, window: FadingWindow) -> None:
        """`window` is the current one, and kept until it is destroyed."""
        window.destroyed.connect(lambda: self._forget(window))
        self._all.append(window)
        self.current = window

    def let_go(self) -> FadingWindow | None:
        """No window is current now; the one that was is returned (to fade it away)."""
        window, self.current = self.current, None
        return window

    def close_all(self) -> None:
        self.current = None
        windows, self._all = self._all, []
        for window in windows:
            if is_alive(window):
                window.close_now()
                # Now, not by close()'s deferred delete: after the loop has ended that would
                # run at teardown, when the service may be gone, and its destroyed handler
                # would emit from a deleted object.
                delete_now(window)

    def _forget(self, window: FadingWindow) -> None:
        if self.current is window:
            self.current = None
        if window in self._all:
            self._all.remove(window)
        self._gone()
