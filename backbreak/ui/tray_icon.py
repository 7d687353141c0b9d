"""The tray icon's picture: the state at a glance, with a ring for the time to the next break.

The state comes from the same status dictionary as the tooltip's words (`texts.status_sentence`
already says "Next stretch in 12 min"), so the picture and the words always agree.

The ring is quantised (at most twelve steps per interval, and never steps shorter than a
minute), so the picture only changes when a person could see the difference, and the tray
(which on StatusNotifierItem sends every pixmap over D-Bus) is asked to redraw at most once
per step.
"""

from __future__ import annotations

import enum
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta

from backbreak.core.status import DEFERRED, OFFERED, ON_BREAK, PAUSED, Status
from backbreak.qt import Qt, QtCore, QtGui

# The sizes trays ask for (XEmbed trays 16-24, SNI hosts 22-32, HiDPI panels twice that).
# Each is drawn at its own size, so none is a blurred scaling of another.
TRAY_ICON_SIZES: tuple[int, ...] = (16, 22, 24, 32, 48, 64)
# The planner's default interval between breaks (core.planner.Rules.micro_every).
DEFAULT_INTERVAL = timedelta(minutes=25)
# A twelfth of the circle is a step an eye sees even at 16 px (an hour on a clock face).
MAX_RING_STEPS = 12

# Colours. The ring has dark edges (the disc's own rim colour), so it keeps the icon's outline
# on a light panel; the progress is a warm yellow, bright on any panel and apart from the
# white figure and the teal disc. The part still to go is a slightly darker teal: the ring's
# extent shows, and on a dark panel the icon keeps its full size (a dark track would vanish
# into the panel and the icon would look smaller).
OUTLINE_COLOUR = "#0a3f37"
TRACK_COLOUR = "#2a8577"
PROGRESS_COLOUR = "#ffd23f"
# A break that is due: the ring full, and the disc turned orange (hue and lightness both
# change, so it reads without colour vision too): the base icon's colours and what they become,
# with the shades between them following (a gradient map).
DUE_COLOURS: tuple[tuple[str, str], ...] = (
    ("#0a3f37", "#4a1f00"),
    ("#14937f", "#e8650a"),
    ("#ffffff", "#ffffff"),
)
# Outside working hours: the icon in grey, partly transparent, like any inactive icon.
OUTSIDE_COLOURS: tuple[tuple[str, str], ...] = (("#000000", "#000000"), ("#ffffff", "#ffffff"))
OUTSIDE_OPACITY = 0.65


class TrayMode(enum.Enum):
    COUNTING = "counting"  # a break comes when the ring is full
    DUE = "due"  # a break is offered, deferred, or running
    PAUSED = "paused"
    OUTSIDE_HOURS = "outside_hours"


@dataclass(frozen=True)
class TrayState:
    """What the icon shows: a mode and, while counting, `filled` of `steps` ring segments."""

    mode: TrayMode
    filled: int = 0
    steps: int = 1

    @property
    def fraction(self) -> float:
        """How much of the interval has gone by (0 to 1), as the ring shows it."""
        return self.filled / self.steps


def ring_steps(interval: timedelta) -> int:
    """Segments in the ring's full circle: twelve, or one a minute for intervals under 12 min."""
    return max(1, min(MAX_RING_STEPS, int(interval.total_seconds() // 60)))


def state_of(status: Status, interval: timedelta = DEFAULT_INTERVAL) -> TrayState:
    """The icon's state for a status.

    `interval` is the planner's `Rules.micro_every`: the ring's full circle. A snoozed break
    counts down like any other, so the ring shows how soon it comes back."""
    state = status.state
    if state == PAUSED:
        return TrayState(TrayMode.PAUSED)
    if state in (OFFERED, DEFERRED, ON_BREAK):
        return TrayState(TrayMode.DUE)
    if not status.in_working_hours:
        return TrayState(TrayMode.OUTSIDE_HOURS)
    steps = ring_steps(interval)
    total = max(1, round(interval.total_seconds()))
    seconds = status.seconds_to_next_break
    if seconds is None:
        return TrayState(TrayMode.COUNTING, 0, steps)
    elapsed = min(total, max(0, total - seconds))
    # Integer arithmetic: a step fills only once it has fully gone by, so the ring is full
    # exactly when the break is due, whatever the float rounding would have said.
    return TrayState(TrayMode.COUNTING, elapsed * steps // total, steps)


def render_tray_icon(
    state: TrayState,
    base: QtGui.QIcon,
    paused: QtGui.QIcon,
    sizes: Sequence[int] = TRAY_ICON_SIZES,
) -> QtGui.QIcon:
    """The icon for `state`, one pixmap per size, each drawn at that size."""
    icon = QtGui.QIcon()
    for size in sizes:
        icon.addPixmap(QtGui.QPixmap.fromImage(render_tray_image(state, base, paused, size)))
    return icon


def render_tray_image(
    state: TrayState, base: QtGui.QIcon, paused: QtGui.QIcon, size: int
) -> QtGui.QImage:
    """One size of the icon, as an image (ARGB32, premultiplied)."""
    if state.mode is TrayMode.PAUSED:
        return _base_image(paused, size)
    image = _base_image(base, size)
    if state.mode is TrayMode.OUTSIDE_HOURS:
        return _recoloured(image, OUTSIDE_COLOURS, OUTSIDE_OPACITY)
    if state.mode is TrayMode.DUE:
        image = _recoloured(image, DUE_COLOURS)
        _draw_ring(image, 1.0, PROGRESS_COLOUR, TRACK_COLOUR)
        return image
    _draw_ring(image, state.fraction, PROGRESS_COLOUR, TRACK_COLOUR)
    return image


class TrayIconPainter:
    """Icons for statuses, drawn once per state and kept (at most the ring's
    steps plus the three other states: about 16 icons, 35 KB each).

    The tray asks `changed(status)` on every refresh and calls `setIcon` only when it is
    true, so a refresh that changes nothing visible costs neither drawing nor D-Bus traffic."""

    def __init__(
        self,
        base: QtGui.QIcon,
        paused: QtGui.QIcon,
        interval: Callable[[], timedelta] = lambda: DEFAULT_INTERVAL,
        sizes: Sequence[int] = TRAY_ICON_SIZES,
    ) -> None:
        self._base = base
        self._paused = paused
        # A callable, so a changed interval in the settings shows without telling the painter.
        self._interval = interval
        self._sizes = tuple(sizes)
        self._icons: dict[TrayState, QtGui.QIcon] = {}
        self._last: TrayState | None = None

    def state_for(self, status: Status) -> TrayState:
        return state_of(status, self._interval())

    def icon_for(self, status: Status) -> QtGui.QIcon:
        """The icon for `status` (the same QIcon object every time for the same state)."""
        state = self.state_for(status)
        icon = self._icons.get(state)
        if icon is None:
            # A new interval brings a new set of ring steps: the old ones will not come back.
            self._icons = {
                known: kept
                for known, kept in self._icons.items()
                if known.mode is not TrayMode.COUNTING or known.steps == state.steps
            }
            icon = render_tray_icon(state, self._base, self._paused, self._sizes)
            self._icons[state] = icon
        self._last = state
        return icon

    def changed(self, status: Status) -> bool:
        """Whether `icon_for(status)` would give a different icon from the last one it gave."""
        return self.state_for(status) != self._last


def _base_image(icon: QtGui.QIcon, size: int) -> QtGui.QImage:
    # Device pixel ratio 1: the pixmap has exactly `size` pixels whatever the screen's scale
    # (the tray picks the pixmap it needs from the sizes given).
    pixmap = icon.pixmap(QtCore.QSize(size, size), 1.0)
    image = pixmap.toImage().convertToFormat(QtGui.QImage.Format.Format_ARGB32_Premultiplied)
    if image.width() == size and image.height() == size:
        return image
    # An icon smaller than asked for (a fixed-size PNG): centre it on a clear square.
    square = QtGui.QImage(size, size, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
    square.fill(Qt.GlobalColor.transparent)
    painter = QtGui.QPainter(square)
    painter.drawImage((size - image.width()) // 2, (size - image.height()) // 2, image)
    painter.end()
    return square


def ring_widths(size: int) -> tuple[int, int, int]:
    """(outer edge, band, inner edge) widths in whole pixels, so edges fall on pixel edges.

    The outer edge is as wide as the base icon's rim (3/64 of its size), so the silhouette
    on a light panel stays what it was. Below 32 px there is no inner edge: the band against
    the disc is contrast enough, and the pixel it would take is the figure's."""
    outline = max(1, round(size * 3 / 64))
    band = max(2, round(size * 0.08))
    return outline, band, 1 if size >= 32 else 0


def _annulus_sector(
    centre: QtCore.QPointF, outer: float, inner: float, start_deg: float, span_deg: float
) -> QtGui.QPainterPath:
    """A band between two circles, from `start_deg` (0 = 3 o'clock, counter-clockwise) over
    `span_deg` (negative: clockwise)."""
    outer_rect = QtCore.QRectF(centre.x() - outer, centre.y() - outer, 2 * outer, 2 * outer)
    inner_rect = QtCore.QRectF(centre.x() - inner, centre.y() - inner, 2 * inner, 2 * inner)
    path = QtGui.QPainterPath()
    if abs(span_deg) >= 360:
        path.addEllipse(outer_rect)
        path.addEllipse(inner_rect)  # odd-even fill leaves the middle clear
        return path
    path.arcMoveTo(outer_rect, start_deg)
    path.arcTo(outer_rect, start_deg, span_deg)
    path.arcTo(inner_rect, start_deg + span_deg, -span_deg)
    path.closeSubpath()
    return path


def _draw_ring(image: QtGui.QImage, fraction: float, colour: str, track: str) -> None:
    size = image.width()
    outline, band, inner_edge = ring_widths(size)
    centre = QtCore.QPointF(size / 2, size / 2)
    outer = size / 2
    band_outer = outer - outline
    band_inner = band_outer - band
    painter = QtGui.QPainter(image)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    # Dark edges either side of the band keep it apart from the disc and from a light panel.
    painter.setBrush(QtGui.QColor(OUTLINE_COLOUR))
    painter.drawPath(_annulus_sector(centre, outer, band_inner - inner_edge, 90, 360))
    painter.setBrush(QtGui.QColor(track))
    painter.drawPath(_annulus_sector(centre, band_outer, band_inner, 90, 360))
    if fraction > 0:
        painter.setBrush(QtGui.QColor(colour))
        # From 12 o'clock, clockwise, like a clock's hand.
        span = -360 * min(1.0, fraction)
        painter.drawPath(_annulus_sector(centre, band_outer, band_inner, 90, span))
    painter.end()


def _recoloured(
    image: QtGui.QImage, mapping: Sequence[tuple[str, str]], opacity: float = 1.0
) -> QtGui.QImage:
    """The image with each pixel's lightness mapped onto a colour scale (a gradient map);
    `mapping` pairs colours of the base icon with what they become.

    Mapping lightness rather than swapping one colour keeps the anti-aliased edges between
    the disc, its rim and the figure smooth. Qt does the per-pixel work: a grey image read
    through a 256-colour table."""
    size = image.size()
    straight = image.convertToFormat(QtGui.QImage.Format.Format_ARGB32)
    grey = straight.convertToFormat(QtGui.QImage.Format.Format_Grayscale8)
    stops = sorted(
        ((_grey_level(source), QtGui.QColor(target)) for source, target in mapping),
        key=lambda stop: stop[0],
    )
    # Held in a name: the indexed image reads this buffer without copying it.
    levels = bytes(grey.constBits())
    indexed = QtGui.QImage(
        levels,
        size.width(),
        size.height(),
        grey.bytesPerLine(),
        QtGui.QImage.Format.Format_Indexed8,
    )
    indexed.setColorTable([_on_scale(level, stops).rgba() for level in range(256)])
    coloured = indexed.convertToFormat(QtGui.QImage.Format.Format_ARGB32_Premultiplied)
    painter = QtGui.QPainter(coloured)
    # Keep the new colours where the base icon is, with its transparency.
    painter.setCompositionMode(QtGui.QPainter.CompositionMode.CompositionMode_DestinationIn)
    painter.drawImage(0, 0, image)
    painter.end()
    if opacity >= 1.0:
        return coloured
    faded = QtGui.QImage(size, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
    faded.fill(Qt.GlobalColor.transparent)
    painter = QtGui.QPainter(faded)
    painter.setOpacity(opacity)
    painter.drawImage(0, 0, coloured)
    painter.end()
    return faded


def _grey_level(colour: str) -> int:
    """The grey Qt makes of `colour` (the same conversion `_recoloured` reads)."""
    pixel = QtGui.QImage(1, 1, QtGui.QImage.Format.Format_ARGB32)
    pixel.setPixelColor(0, 0, QtGui.QColor(colour))
    return pixel.convertToFormat(QtGui.QImage.Format.Format_Grayscale8).pixelColor(0, 0).red()


def _on_scale(lightness: float, stops: Sequence[tuple[int, QtGui.QColor]]) -> QtGui.QColor:
    if lightness <= stops[0][0]:
        return QtGui.QColor(stops[0][1])
    for (low, low_colour), (high, high_colour) in itertools.pairwise(stops):
        if lightness <= high:
            t = (lightness - low) / (high - low) if high > low else 1.0
            return QtGui.QColor(
                round(low_colour.red() + t * (high_colour.red() - low_colour.red())),
                round(low_colour.green() + t * (high_colour.green() - low_colour.green())),
                round(low_colour.blue() + t * (high_colour.blue() - low_colour.blue())),
            )
    return QtGui.QColor(stops[-1][1])


__all__ = [
    "DEFAULT_INTERVAL",
    "TRAY_ICON_SIZES",
    "TrayIconPainter",
    "TrayMode",
    "TrayState",
    "render_tray_icon",
    "render_tray_image",
    "ring_steps",
    "state_of",
]
