"""The pre-break warning in the status window, where there is neither a notification service
nor a tray (a Notifier of backbreak.platform.notify). Apart from the window's module: the app
builds this at start-up, the window only when it is needed."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from backbreak.qt import is_alive, make_timer

if TYPE_CHECKING:
    from backbreak.ui.status_window import StatusWindow

log = logging.getLogger(__name__)

# A warning shown shorter than this would be gone before anyone reads it.
MIN_WARNING_MS = 1000


class StatusWindowNotifier:
    """Shows the pre-break warning in the status window (backbreak.platform.notify's
    Notifier): the last resort where there is neither a notification service nor a tray,
    the case in which the app lives in that window. Without it the warning was dropped, and
    the card came unannounced.

    `window` gives the status window while it is where messages go, or None (a tray came,
    the app is quitting). The warning goes away by itself after its time, like a
    notification; the break's card takes it away sooner."""

    name = "status-window"

    def __init__(
        self, window: Callable[[], StatusWindow | None], on_action: Callable[[str], None]
    ) -> None:
        self._window = window
        self._on_action = on_action
        self._shown_in: StatusWindow | None = None
        self._expiry = make_timer(None, self.withdraw, single_shot=True)

    def warn(
        self, title: str, body: str, actions: Sequence[tuple[str, str]], *, timeout_s: float
    ) -> None:
        window = self._window()
        if window is None:
            log.info("no status window to show the warning in")
            return
        if self._shown_in is not None and self._shown_in is not window:
            self.withdraw()
        window.show_warning(title, body, actions, self._on_action)
        self._shown_in = window
        self._expiry.start(max(MIN_WARNING_MS, round(timeout_s * 1000)))

    def withdraw(self) -> None:
        self._expiry.stop()
        window, self._shown_in = self._shown_in, None
        if window is not None and is_alive(window):
            window.clear_warning()

    def close(self) -> None:
        self.withdraw()
