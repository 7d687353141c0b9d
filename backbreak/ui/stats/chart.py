"""What every chart of the statistics window shares: its colours, taken from the palette at
each paint (so light and dark themes and a theme change while the window is open just work),
its focus frame, its empty state, and a tooltip per item under the pointer."""

from __future__ import annotations

import math
from collections.abc import Container, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from backbreak.core.history import DayCount
from backbreak.qt import Qt, QtCore, QtGui, QtWidgets
from backbreak.ui.style import plain_tooltip

Entry = TypeVar("Entry")

# The year calendar's 5 intensity levels: none, then the share of the daily goal reached.
HEAT_LEVELS = 5
# How far each level's colour goes from the window background towards the highlight colour.
HEAT_MIX = (0.0, 0.3, 0.5, 0.75, 1.0)


def mix(start: QtGui.QColor, end: QtGui.QColor, amount: float) -> QtGui.QColor:
    """The colour `amount` (0..1) of the way from `start` to `end`, opaque."""
    return QtGui.QColor(
        round(start.red() + (end.red() - start.red()) * amount),
        round(start.green() + (end.green() - start.green()) * amount),
        round(start.blue() + (end.blue() - start.blue()) * amount),
    )


@dataclass(frozen=True)
class ChartColours:
    """The few colours every chart uses, derived from a palette (light or dark alike)."""

    window: QtGui.QColor
    text: QtGui.QColor
    muted: QtGui.QColor  # secondary words, axes
    faint: QtGui.QColor  # tracks, empty cells, zero stubs
    accent: QtGui.QColor
    soft_accent: QtGui.QColor  # days short of the goal
    neutral: QtGui.QColor  # bars beside a highlighted line
    accent_text: QtGui.QColor  # words on the accent colour
    heat: tuple[QtGui.QColor, ...]  # HEAT_LEVELS colours, level 0 first

    @classmethod
    def from_palette(cls, palette: QtGui.QPalette) -> ChartColours:
        role = QtGui.QPalette.ColorRole
        window = palette.color(role.Window)
        text = palette.color(role.WindowText)
        accent = palette.color(role.Highlight)
        dark = window.lightness() < 128
        faint = mix(window, text, 0.14 if dark else 0.09)
        heat = (faint, *(mix(window, accent, amount) for amount in HEAT_MIX[1:]))
        return cls(
            window=window,
            text=text,
            muted=mix(window, text, 0.62),
            faint=faint,
            accent=accent,
            soft_accent=mix(window, accent, 0.5),
            neutral=mix(window, text, 0.22),
            accent_text=palette.color(role.HighlightedText),
            heat=heat,
        )


def heat_level(done: int, goal: int) -> int:
    """The calendar's intensity for a day: 0 without breaks, then 1-3 for under a third, two
    thirds and all of the goal, 4 for the goal met."""
    if done <= 0:
        return 0
    return min(HEAT_LEVELS - 1, 1 + (3 * done) // max(goal, 1))


def column_at(plot: QtCore.QRectF, count: int, x: float) -> int | None:
    """Which of `count` equal columns across `plot` the x position falls in, if any."""
    if count == 0:
        return None
    index = math.floor((x - plot.left()) / (plot.width() / count))
    return index if 0 <= index < count else None


def entry_at(plot: QtCore.QRectF, entries: Sequence[Entry], x: float) -> Entry | None:
    """The entry drawn in the column under the x position, if any (what a tooltip names)."""
    index = column_at(plot, len(entries), x)
    return None if index is None else entries[index]


class Chart(QtWidgets.QWidget):
    """A painted chart: keyboard-reachable (so a screen reader reads its name and the numbers
    in its description), with a tooltip per item under the pointer."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Preferred
        )

    def colours(self) -> ChartColours:
        return ChartColours.from_palette(self.palette())

    def set_description(self, text: str) -> None:
        self.setAccessibleDescription(text)
        self.setToolTip(plain_tooltip(text))

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.PaletteChange:
            self.update()
        super().changeEvent(event)

    def event(self, event: QtCore.QEvent) -> bool:
        if event.type() == QtCore.QEvent.Type.ToolTip and isinstance(event, QtGui.QHelpEvent):
            at_point = self.tooltip_at(QtCore.QPointF(event.pos()))
            text = plain_tooltip(at_point) if at_point else self.toolTip()
            if text:
                QtWidgets.QToolTip.showText(event.globalPos(), text, self)
            else:
                QtWidgets.QToolTip.hideText()
            return True
        return super().event(event)

    def tooltip_at(self, _point: QtCore.QPointF) -> str | None:
        """Words for the item under `point` (None: the chart's whole description)."""
        return None

    def paintEvent(self, _event: QtGui.QPaintEvent) -> None:
        colours = self.colours()
        painter = QtGui.QPainter(self)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QtGui.QPainter.RenderHint.TextAntialiasing)
        placeholder = self.placeholder_text()
        if placeholder is None:
            self.paint_chart(painter, colours)
        else:
            self.paint_empty(painter, colours, placeholder)
        # Drawn last, over whatever the chart drew, and for an empty chart too: a keyboard
        # user tabbing through the window must see which chart has the focus.
        self.paint_focus(painter, colours)
        painter.end()

    def placeholder_text(self) -> str | None:
        """The sentence drawn instead of the chart while it has nothing to show; None when it
        has something."""
        return None

    def paint_chart(self, painter: QtGui.QPainter, colours: ChartColours) -> None:
        """Draw the chart itself (its focus ring is drawn over it afterwards)."""
        raise NotImplementedError

    def paint_focus(self, painter: QtGui.QPainter, colours: ChartColours) -> None:
        if self.hasFocus():
            pen = QtGui.QPen(colours.accent, 1.5, Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QtCore.QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)

    def paint_empty(self, painter: QtGui.QPainter, colours: ChartColours, text: str) -> None:
        """A quiet sentence in the middle, instead of a chart with nothing in it."""
        painter.setPen(colours.muted)
        painter.setFont(self.font())
        painter.drawText(
            QtCore.QRectF(self.rect()).adjusted(12, 4, -12, -4),
            int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
            text,
        )

    def small_text(self, painter: QtGui.QPainter) -> QtGui.QFontMetricsF:
        """Set the painter to the small font axis labels and legends use; its metrics."""
        small = self.scaled_font(0.85)
        painter.setFont(small)
        return QtGui.QFontMetricsF(small)

    def scaled_font(self, factor: float, bold: bool = False) -> QtGui.QFont:
        font = QtGui.QFont(self.font())
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * factor)
        else:
            font.setPixelSize(max(1, round(font.pixelSize() * factor)))
        font.setBold(bold)
        return font


class DayChart(Chart):
    """A chart of breaks done per day, against the daily goal; rest days (days off and fully
    paused days) are drawn apart."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.days: tuple[DayCount, ...] = ()
        self.goal = 1
        self.rest_days: Container[date] = frozenset()

    def set_days(
        self, days: Sequence[DayCount], goal: int, rest_days: Container[date] = frozenset()
    ) -> None:
        self.days = tuple(days)
        self.goal = max(goal, 1)
        self.rest_days = rest_days
        self.set_description(self.describe())
        self.updateGeometry()
        self.update()

    def describe(self) -> str:
        """The chart's numbers in words (its accessible description)."""
        raise NotImplementedError
