"""What the break card and the comfort prompt share as small windows that pop up on top:
sized to their wrapped text, centred where the person is looking, fading in and out."""

from __future__ import annotations

from collections.abc import Callable

from backbreak.qt import Qt, QtCore, QtGui, QtWidgets
from backbreak.ui.style import height_for_words

# The pop-ups fade in quickly (they answer something happening) and go more gently.
FADE_IN_MS = 60
FADE_OUT_MS = 160

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


def grow_to_fit(window: QtWidgets.QWidget) -> None:
    """Grow a shown pop-up to the height its words now need (new words, a line that
    appears); never shrink it, as a window that jumps about is hard to read. What the
    layout needs at this width, not the size hint: a word-wrapped label's hint guesses
    another width, and the card would change height from step to step."""
    layout = window.layout()
    if layout is None or not window.isVisible():
        return  # place_popup sizes a pop-up before it shows
    layout.activate()
    needed = layout.totalHeightForWidth(window.width())
    if needed > window.height():
        window.resize(window.width(), needed)


def place_popup(window: QtWidgets.QWidget) -> None:
    """Size the window to its content and centre it on the screen the pointer is on. On
    Wayland a client cannot place its windows, so the compositor's placement stands."""
    assert window.layout() is not None
    window.resize(window.width(), height_for_words(window, window.width()))
    if QtGui.QGuiApplication.platformName().startswith("wayland"):
        return
    screen = QtGui.QGuiApplication.screenAt(QtGui.QCursor.pos())
    if screen is None:
        screen = QtGui.QGuiApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        window.move(area.center() - QtCore.QPoint(window.width() // 2, window.height() // 2))


# Qt platforms whose windows take an opacity. Others (wayland, offscreen, eglfs...) answer
# setWindowOpacity with the warning "This plugin does not support setting window opacity":
# QPlatformWindow::setOpacity's default, which their windows do not override.
_OPACITY_PLATFORMS = frozenset({"xcb", "windows", "cocoa"})


def platform_sets_opacity() -> bool:
    return QtGui.QGuiApplication.platformName() in _OPACITY_PLATFORMS


class WindowFade:
    """Fades a top-level window's opacity; calls `finished` when a fade ends.

    Where the platform cannot set a window's opacity the window shows and goes at once, but
    the fade still takes its time, so the card and the prompt run the same everywhere."""

    def __init__(self, window: QtWidgets.QWidget, finished: Callable[[], None]) -> None:
        self._window = window
        self._opacity = platform_sets_opacity()
        self._animation: QtCore.QVariantAnimation = (
            QtCore.QPropertyAnimation(window, b"windowOpacity", window)
            if self._opacity
            else QtCore.QVariantAnimation(window)
        )
        self._animation.finished.connect(finished)
        # Fading out, or closing at once: the window is on its way out, for good.
        self.leaving = False

    def pop_up(self) -> None:
        """Size and place the window (`place_popup`), and fade it in on top of the others."""
        place_popup(self._window)
        self.to(1.0, FADE_IN_MS, start_from=0.0)
        self._window.show()
        self._window.raise_()

    def fade_out(self) -> None:
        """Fade the window away, once: on its way out already, nothing changes."""
        if not self.leaving:
            self.leaving = True
            self.to(0.0, FADE_OUT_MS)

    @property
    def running(self) -> bool:
        return self._animation.state() != QtCore.QAbstractAnimation.State.Stopped

    def to(self, opacity: float, milliseconds: int, start_from: float | None = None) -> None:
        self._animation.stop()
        self._animation.setDuration(milliseconds)
        if start_from is None:
            start_from = self._window.windowOpacity() if self._opacity else self._level()
        self._animation.setStartValue(start_from)
        self._animation.setEndValue(opacity)
        self._animation.start()

    def _level(self) -> float:
        """Where a fade that sets no opacity stands (a window never faded is opaque)."""
        value = self._animation.currentValue()
        return float(value) if isinstance(value, float) else 1.0

    def stop(self) -> None:
        """Stop where it is, without calling `finished`: the window is closing at once."""
        self.leaving = True
        self._animation.blockSignals(True)
        self._animation.stop()
        self._animation.blockSignals(False)
