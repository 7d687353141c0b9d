"""Comfort ratings over breaks done, the last 30 days."""

from __future__ import annotations

from collections.abc import Sequence

from backbreak.core.history import ComfortDay
from backbreak.core.translate import fill
from backbreak.qt import COUNT, Qt, QtCore, QtGui, tr
from backbreak.ui.stats.chart import Chart, ChartColours, entry_at
from backbreak.ui.stats.words import (
    day_done_text,
    day_text,
    decimal,
    number,
    short_day_text,
)


class ComfortTrend(Chart):
    """Comfort ratings (0-10, the mean of each day) as a line over breaks done per day as bars,
    for the last 30 days."""

    def __init__(self) -> None:
        super().__init__(tr("Stats", "Comfort and breaks, last 30 days"))
        self.setMinimumSize(200, 110)
        self.days: tuple[ComfortDay, ...] = ()
        self.set_description(self._describe())

    def sizeHint(self) -> QtCore.QSize:
        return QtCore.QSize(330, 150)

    def set_days(self, days: Sequence[ComfortDay]) -> None:
        self.days = tuple(days)
        self.set_description(self._describe())
        self.update()

    @property
    def has_ratings(self) -> bool:
        return any(entry.ratings for entry in self.days)

    def empty_text(self) -> str:
        return tr(
            "Stats",
            "No comfort ratings in the last 30 days.\n"
            "When you rate how your back feels (0 to 10), it shows here as a line.",
        )

    def _describe(self) -> str:
        done = sum(entry.done for entry in self.days)
        rated = [entry for entry in self.days if entry.mean_rating is not None]
        if not rated:
            return tr(
                "Stats",
                "Comfort, last 30 days: no ratings yet; %Ln breaks done.",
                None,
                COUNT,
                done
            )  # fmt: skip
        ratings = [rating for entry in rated for rating in entry.ratings]
        latest = rated[-1]
        # Two counts, each with its plural form: %1 is the clause of the days rated.
        text = tr(
            "Stats",
            "Comfort, last 30 days: %1, %2 out of 10 on average, latest %3 on %4; %Ln breaks done.",
            None,
            COUNT,
            done
        )  # fmt: skip
        days = len(rated)
        values = (
            tr("Stats", "rated on %Ln days", None, COUNT, days),
            decimal(sum(ratings) / len(ratings)),
            decimal(latest.mean_rating or 0.0),
            day_text(latest.day),
        )
        return fill(text, *values)

    def _plot_rect(self) -> QtCore.QRectF:
        small = QtGui.QFontMetricsF(self.scaled_font(0.85))
        left = small.horizontalAdvance("10") + 8
        return QtCore.QRectF(
            left,
            small.height() + 8,
            self.width() - left - 4,
            self.height() - small.height() * 2 - 14,
        )

    def bar_rects(self) -> list[QtCore.QRectF]:
        if not self.days:
            return []
        plot = self._plot_rect()
        slot = plot.width() / len(self.days)
        most = self.most_done()
        rects = []
        for index, entry in enumerate(self.days):
            height = plot.height() * entry.done / most
            left = plot.left() + slot * index + slot * 0.15
            rects.append(QtCore.QRectF(left, plot.bottom() - height, slot * 0.7, height))
        return rects

    def most_done(self) -> int:
        """The breaks a full-height bar stands for: the month's busiest day (at least 1)."""
        return max((entry.done for entry in self.days), default=0) or 1

    def legend(self) -> tuple[str, str]:
        """What the line and the bars show, each with its own scale: the bars share the
        plot, not the comfort scale (a day of 1 break reached the "10" line)."""
        return (
            tr("Stats", "Comfort (0-10)"),
            fill(tr("Stats", "Breaks done (0-%1)"), number(self.most_done())),
        )

    def rating_points(self) -> list[QtCore.QPointF]:
        plot = self._plot_rect()
        if not self.days:
            return []
        slot = plot.width() / len(self.days)
        return [
            QtCore.QPointF(
                plot.left() + slot * (index + 0.5),
                plot.bottom() - plot.height() * entry.mean_rating / 10,
            )
            for index, entry in enumerate(self.days)
            if entry.mean_rating is not None
        ]

    def tooltip_at(self, point: QtCore.QPointF) -> str | None:
        entry = entry_at(self._plot_rect(), self.days, point.x())
        if entry is None:
            return None
        text = day_done_text(entry.day, entry.done)
        if entry.mean_rating is not None:
            text += "; " + tr("Stats", "comfort %1 out of 10").replace(
                "%1", decimal(entry.mean_rating)
            )
        return text

    def paint_chart(self, painter: QtGui.QPainter, colours: ChartColours) -> None:
        metrics = self.small_text(painter)
        plot = self._plot_rect()
        # The rating scale on the left, and its grid.
        for value in (0, 5, 10):
            y = plot.bottom() - plot.height() * value / 10
            painter.setPen(QtGui.QPen(colours.faint, 1.0))
            painter.drawLine(QtCore.QPointF(plot.left(), y), QtCore.QPointF(plot.right(), y))
            painter.setPen(colours.muted)
            painter.drawText(
                QtCore.QRectF(0, y - metrics.height() / 2, plot.left() - 5, metrics.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                number(value),
            )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colours.neutral)
        for rect in self.bar_rects():
            if rect.height() > 0:
                painter.drawRoundedRect(rect, 1.5, 1.5)
        self._paint_legend(painter, colours, metrics)
        if self.days:
            painter.setPen(colours.muted)
            for index, label in (
                (0, short_day_text(self.days[0].day)),
                (len(self.days) - 1, tr("Stats", "Today")),
            ):
                align = Qt.AlignmentFlag.AlignLeft if index == 0 else Qt.AlignmentFlag.AlignRight
                painter.drawText(
                    QtCore.QRectF(plot.left(), plot.bottom() + 4, plot.width(), metrics.height()),
                    int(align | Qt.AlignmentFlag.AlignTop),
                    label,
                )
        if self.has_ratings:
            self._paint_ratings(painter, colours)
        else:
            self._paint_no_ratings(painter, colours, plot)

    def _paint_no_ratings(
        self, painter: QtGui.QPainter, colours: ChartColours, plot: QtCore.QRectF
    ) -> None:
        """The words on a card of their own over the bars, so neither reads through."""
        painter.setFont(self.font())
        flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        room = plot.adjusted(plot.width() * 0.06, 4, -plot.width() * 0.06, -4)
        needed = painter.boundingRect(room, flags, self.empty_text())
        card = needed.adjusted(-10, -6, 10, 6).intersected(plot)
        painter.setPen(QtGui.QPen(colours.faint, 1.0))
        painter.setBrush(colours.window)
        painter.drawRoundedRect(card, 6, 6)
        painter.setPen(colours.text)
        painter.drawText(card, flags, self.empty_text())

    def _paint_ratings(self, painter: QtGui.QPainter, colours: ChartColours) -> None:
        """The day's mean ratings as a line with a dot on each rated day."""
        points = self.rating_points()
        pen = QtGui.QPen(colours.accent, 2.0)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if len(points) > 1:
            painter.drawPolyline(QtGui.QPolygonF(points))
        painter.setPen(QtGui.QPen(colours.window, 1.5))
        painter.setBrush(colours.accent)
        for point in points:
            painter.drawEllipse(point, 3.5, 3.5)

    def _paint_legend(
        self, painter: QtGui.QPainter, colours: ChartColours, metrics: QtGui.QFontMetricsF
    ) -> None:
        x = self._plot_rect().left()
        swatch = metrics.height() * 0.6
        line_text, bars_text = self.legend()
        for text, is_line in ((line_text, True), (bars_text, False)):
            middle = metrics.height() / 2
            if is_line:
                painter.setPen(QtGui.QPen(colours.accent, 2.0))
                painter.drawLine(
                    QtCore.QPointF(x, middle), QtCore.QPointF(x + swatch * 1.6, middle)
                )
                x += swatch * 1.6 + 5
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colours.neutral)
                painter.drawRect(QtCore.QRectF(x, middle - swatch / 2, swatch, swatch))
                x += swatch + 5
            painter.setPen(colours.muted)
            painter.drawText(
                QtCore.QRectF(x, 0, metrics.horizontalAdvance(text) + 2, metrics.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
            x += metrics.horizontalAdvance(text) + 16
