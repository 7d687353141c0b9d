"""The body regions worked in the last 7 days, as chips."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from backbreak.core.history import RegionCount
from backbreak.core.translate import fill
from backbreak.labels import region_label
from backbreak.qt import Qt, QtCore, QtGui, tr
from backbreak.ui.stats.chart import Chart, ChartColours
from backbreak.ui.stats.words import number


@dataclass(frozen=True)
class Chip:
    label: str
    covered: bool
    rect: QtCore.QRectF


class RegionChips(Chart):
    """The body regions worked in the last 7 days, as chips; regions not worked are dimmed."""

    def __init__(self) -> None:
        super().__init__(tr("Stats", "Body regions, last 7 days"))
        self.setMinimumSize(160, self._chip_height() + 4)
        self.regions: tuple[RegionCount, ...] = ()
        self.set_description(self._describe())

    def _height_for(self, width: int) -> int:
        bottom = max((chip.rect.bottom() for chip in self.chips(width)), default=0.0)
        return max(math.ceil(bottom) + 2, self._chip_height() * 2 + 8)

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        # Chips wrap onto more lines as the window narrows: ask for the height they need.
        self.setMinimumHeight(self._height_for(event.size().width()))
        super().resizeEvent(event)

    def sizeHint(self) -> QtCore.QSize:
        return QtCore.QSize(330, self._height_for(330))

    def _chip_height(self) -> int:
        return math.ceil(QtGui.QFontMetricsF(self.font()).height() + 10)

    def set_regions(self, regions: Sequence[RegionCount]) -> None:
        self.regions = tuple(regions)
        self.set_description(self._describe())
        self.updateGeometry()
        self.update()

    def _describe(self) -> str:
        if not self.regions:
            return tr("Stats", "Body regions, last 7 days: no exercises done yet.")
        covered = [r for r in self.regions if r.count > 0]
        missing = [r for r in self.regions if r.count == 0]
        parts = []
        if covered:
            listed = ", ".join(f"{region_label(r.region)} {number(r.count)}" for r in covered)
            parts.append(fill(tr("Stats", "Body regions worked in the last 7 days: %1."), listed))
        else:
            parts.append(tr("Stats", "No body region worked in the last 7 days yet."))
        if missing:
            listed = ", ".join(region_label(r.region) for r in missing)
            parts.append(fill(tr("Stats", "Not worked yet: %1."), listed))
        return " ".join(parts)

    def chips(self, width: int | None = None) -> list[Chip]:
        """Where each region's chip goes, in the order of the summary, wrapping lines."""
        width = self.width() if width is None else width
        metrics = QtGui.QFontMetricsF(self.font())
        height = self._chip_height()
        x = y = 0.0
        chips = []
        for region in self.regions:
            label = region_label(region.region)
            if region.count > 0:
                label = f"{label}  {number(region.count)}"
            chip_width = metrics.horizontalAdvance(label) + 20
            if x > 0 and x + chip_width > width:
                x, y = 0.0, y + height + 6
            chips.append(Chip(label, region.count > 0, QtCore.QRectF(x, y, chip_width, height)))
            x += chip_width + 6
        return chips

    def placeholder_text(self) -> str | None:
        return None if self.regions else tr("Stats", "No exercises done in the last 7 days yet.")

    def paint_chart(self, painter: QtGui.QPainter, colours: ChartColours) -> None:
        painter.setFont(self.font())
        for chip in self.chips():
            rect = chip.rect.adjusted(0.5, 0.5, -0.5, -0.5)
            radius = rect.height() / 2
            if chip.covered:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colours.accent)
                painter.drawRoundedRect(rect, radius, radius)
                painter.setPen(colours.accent_text)
            else:
                painter.setPen(QtGui.QPen(colours.faint, 1.0))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect, radius, radius)
                painter.setPen(colours.muted)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), chip.label)
