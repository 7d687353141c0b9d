"""What the break card and the comfort prompt share as small windows that pop up on top:
sized to their wrapped text, centred where the person is looking, fading in and out."""

from __future__ import annotations

from collections.abc import Callable

from backbreak.qt import Qt, QtCore, QtGui, QtWidgets

# A small window on top of the others, with no title bar, and no button in the task bar.
POPUP_FLAGS = (
    Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
)


def pop_up_quietly(window: QtWidgets.QWidget) -> None:
    """Appear without stealing the keyboard from whatever the person is typing into (a click
    on the window makes it the active window and the keys work from then on); deleted once
    closed."""
    window.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


def place_popup(window: QtWidgets.QWidget) -> None:
    """Size the window to its content and centre it on the screen the pointer is on. On
    Wayland a client cannot place its windows, so the compositor's placement stands."""
    # Word-wrapped labels need the width to know their height.
    layout = window.layout()
    assert layout is not None
    layout.activate()
    window.resize(
        window.width(),
        max(window.sizeHint().height(), layout.totalHeightForWidth(window.width())),
    )
    if QtGui.QGuiApplication.platformName().startswith("wayland"):
        return
    screen = QtGui.QGuiApplication.screenAt(QtGui.QCursor.pos())
    if screen is None:
        screen = QtGui.QGuiApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        window.move(area.center() - QtCore.QPoint(window.width() // 2, window.height() // 2))


class WindowFade:
    """Fades a top-level window's opacity; calls `finished` when a fade ends."""

    def __init__(self, window: QtWidgets.QWidget, finished: Callable[[], None]) -> None:
        self._window = window
        self._animation = QtCore.QPropertyAnimation(window, b"windowOpacity", window)
        self._animation.finished.connect(finished)

    @property
    def running(self) -> bool:
        return self._animation.state() != QtCore.QAbstractAnimation.State.Stopped

    def to(self, opacity: float, milliseconds: int, start_from: float | None = None) -> None:
        self._animation.stop()
        self._animation.setDuration(milliseconds)
        self._animation.setStartValue(
            self._window.windowOpacity() if start_from is None else start_from
        )
        self._animation.setEndValue(opacity)
        self._animation.start()

    def stop(self) -> None:
        """Stop where it is, without calling `finished` (the window is closing anyway)."""
        self._animation.blockSignals(True)
        self._animation.stop()
        self._animation.blockSignals(False)
