"""The working hours field: a row per weekday ("Day off", or ranges of hours with a button
to add one), each day's problem beside it, and a way to copy one day to all weekdays."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Final

from backbreak.core.settings import WeekHoursSpec
from backbreak.qt import Qt, QtWidgets, tr
from backbreak.ui.settings.fields import (
    INCOMPLETE,
    ChoiceBox,
    Field,
    Incomplete,
    Notify,
    describe,
    problem_label,
    setting_label,
    side_by_side,
    time_edit,
)
from backbreak.ui.style import plain_label

WEEKDAY_COUNT: Final = 5  # Monday to Friday: what "all weekdays" copies to
# What a day that had no hours gets when the person turns "Day off" off.
NEW_DAY: Final = ("09:00", "17:00")


class _RangeRow:
    """One range of working hours: start, end, and a button to remove it."""

    def __init__(self, day: _DayRow, start: str, end: str) -> None:
        day_name = day.name
        self.widget = QtWidgets.QWidget()
        tip = tr("Settings", "A time like 09:00; 24:00 ends the day.")
        self.start = time_edit(tr("Settings", "%1: from").replace("%1", day_name), tip)
        self.end = time_edit(tr("Settings", "%1: until").replace("%1", day_name), tip)
        self.start.setText(start)
        self.end.setText(end)
        dash = plain_label("\u2013")
        dash.setAccessibleName(tr("Settings", "until"))
        self.remove = QtWidgets.QToolButton()
        self.remove.setText("✕")
        self.remove.setAutoRaise(True)
        self.remove.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.remove.setToolTip(tr("Settings", "Remove this range"))
        self.remove.setAccessibleName(
            tr("Settings", "%1: remove this range").replace("%1", day_name)
        )
        layout = QtWidgets.QHBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for widget in (self.start, dash, self.end, self.remove):
            layout.addWidget(widget)
        layout.addStretch(1)
        for edit in (self.start, self.end):
            edit.textEdited.connect(lambda _text: day.edited(False))
            edit.editingFinished.connect(lambda: day.edited(True))
        self.remove.clicked.connect(lambda: day.remove_range(self))

    def text(self) -> str | Incomplete:
        start, end = self.start.text().strip(), self.end.text().strip()
        if start and end:
            return f"{start}-{end}"
        focus = QtWidgets.QApplication.focusWidget()
        if focus is self.start or focus is self.end:
            return INCOMPLETE  # still being typed
        return f"{start}-{end}" if start or end else ""


class _DayRow:
    """A weekday: "Day off", or its ranges with a button to add one."""

    def __init__(self, field: WeekHoursField, index: int, name: str) -> None:
        self.field = field
        self.index = index
        self.name = name
        self.label = plain_label(name)
        self.off = QtWidgets.QCheckBox(tr("Settings", "Day off"))
        self.off.setAccessibleName(tr("Settings", "%1: day off").replace("%1", name))
        self.off.setToolTip(tr("Settings", "No breaks on this day."))
        self.off.toggled.connect(self._off_toggled)
        self.ranges: list[_RangeRow] = []
        self.ranges_box = QtWidgets.QWidget()
        self.ranges_layout = QtWidgets.QVBoxLayout(self.ranges_box)
        self.ranges_layout.setContentsMargins(0, 0, 0, 0)
        self.ranges_layout.setSpacing(4)
        self.add = QtWidgets.QPushButton(tr("Settings", "Add range"))
        self.add.setAccessibleName(tr("Settings", "%1: add a range").replace("%1", name))
        self.add.setToolTip(tr("Settings", "Add another range of working hours on this day."))
        self.add.clicked.connect(self.add_range)
        self.problem = problem_label()
        self.cell = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(self.cell)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.ranges_box)
        layout.addWidget(self.problem)

    def edited(self, at_once: bool) -> None:
        self.field.day_edited(self, at_once)

    def _off_toggled(self, checked: bool) -> None:
        if not checked and not self.ranges:
            self._append(*NEW_DAY)
        self._show_off_state()
        self.edited(True)

    def _show_off_state(self) -> None:
        off = self.off.isChecked()
        self.ranges_box.setVisible(not off)
        self.add.setVisible(not off)
        for row in self.ranges:
            row.remove.setEnabled(len(self.ranges) > 1)

    def _append(self, start: str, end: str) -> _RangeRow:
        row = _RangeRow(self, start, end)
        self.ranges.append(row)
        self.ranges_layout.addWidget(row.widget)
        return row

    def _drop(self, row: _RangeRow) -> None:
        self.ranges_layout.removeWidget(row.widget)
        row.widget.hide()
        row.widget.deleteLater()

    def add_range(self) -> None:
        row = self._append("", "")
        self._show_off_state()
        self.field.layout_changed()
        row.start.setFocus()

    def remove_range(self, row: _RangeRow) -> None:
        if len(self.ranges) <= 1:
            return  # the last range goes with "Day off"
        index = self.ranges.index(row)
        self.ranges.remove(row)
        self._drop(row)
        self._show_off_state()
        self.field.layout_changed()
        # The focus stays in the day rather than falling to the top of the window.
        self.ranges[min(index, len(self.ranges) - 1)].remove.setFocus()
        self.edited(True)

    def read(self) -> tuple[str, ...] | Incomplete:
        if self.off.isChecked():
            return ()
        texts = [row.text() for row in self.ranges]
        if any(isinstance(text, Incomplete) for text in texts):
            return INCOMPLETE
        return tuple(str(text) for text in texts)

    def show_value(self, ranges: Sequence[str]) -> None:
        for row in self.ranges:
            self._drop(row)
        self.ranges = []
        for text in ranges or ("-".join(NEW_DAY),):
            start, _, end = text.partition("-")
            self._append(start, end)
        self.off.setChecked(not ranges)
        self._show_off_state()

    def set_problems(self, messages: Sequence[str]) -> None:
        text = "\n".join(messages)
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        for row in self.ranges:
            for edit in (row.start, row.end):
                edit.setAccessibleDescription(text)


class WeekHoursField(Field):
    """Working hours: a row per weekday, and a way to copy one day to all weekdays."""

    def __init__(self, spec: WeekHoursSpec, notify: Notify) -> None:
        super().__init__(spec, notify)
        self.on_layout_changed: Callable[[], None] = lambda: None
        self._quiet = False  # while several days change at once: one check at the end
        self.group = QtWidgets.QGroupBox(setting_label(spec))
        describe(self.group, spec)
        self.control = self.widget = self.group
        # Problems show per day; the field's own label is never laid out. Parented to the
        # group, it goes with the window instead of living on as a parentless widget.
        self.problem.setParent(self.group)
        self.problem.hide()
        names = [
            tr("Settings", "Monday"),
            tr("Settings", "Tuesday"),
            tr("Settings", "Wednesday"),
            tr("Settings", "Thursday"),
            tr("Settings", "Friday"),
            tr("Settings", "Saturday"),
            tr("Settings", "Sunday"),
        ]
        self.days = [_DayRow(self, index, name) for index, name in enumerate(names)]
        grid = QtWidgets.QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(8)
        top = Qt.AlignmentFlag.AlignTop
        for row, day in enumerate(self.days):
            # Align the day's name and buttons with its first range's text boxes.
            day.label.setMinimumHeight(day.add.sizeHint().height())
            day.off.setMinimumHeight(day.add.sizeHint().height())
            grid.addWidget(day.label, row, 0, top)
            grid.addWidget(day.off, row, 1, top)
            grid.addWidget(day.cell, row, 2, top)
            grid.addWidget(day.add, row, 3, top)
        grid.setColumnStretch(4, 1)

        self.copy_from = ChoiceBox()
        for day in self.days:
            self.copy_from.addItem(day.name, day.index)
        self.copy_from.setAccessibleName(tr("Settings", "Day to copy"))
        copy_label = plain_label(tr("Settings", "Copy the hours of"))
        copy_label.setBuddy(self.copy_from)
        self.copy_button = QtWidgets.QPushButton(tr("Settings", "to all weekdays (Mon\u2013Fri)"))
        self.copy_button.setAccessibleName(
            tr("Settings", "Copy the hours of the chosen day to all weekdays, Monday to Friday")
        )
        self.copy_button.clicked.connect(lambda: self.copy_to_weekdays(self.copy_day()))
        self.copy_from.currentIndexChanged.connect(lambda _index: self._enable_copy())

        layout = QtWidgets.QVBoxLayout(self.group)
        layout.setSpacing(10)
        layout.addLayout(grid)
        layout.addWidget(side_by_side(copy_label, self.copy_from, self.copy_button))

    def copy_day(self) -> int:
        return int(self.copy_from.currentData())

    def day_edited(self, day: _DayRow, at_once: bool) -> None:
        if self._quiet:
            return
        if day.index < WEEKDAY_COUNT:
            # The weekday last edited is the one offered for copying to all weekdays; a
            # weekend day is not (marking Sunday off must not offer "off" to every weekday).
            self.copy_from.setCurrentIndex(day.index)
        self.edited(at_once)

    def layout_changed(self) -> None:
        self.on_layout_changed()

    def read(self) -> object:
        return tuple(day.read() for day in self.days)

    def show_value(self, value: Any) -> None:
        self._quiet = True
        try:
            for day, ranges in zip(self.days, value, strict=True):
                day.show_value(ranges)
        finally:
            self._quiet = False
        self.on_layout_changed()

    def set_day_problems(self, index: int, messages: Sequence[str]) -> None:
        self.days[index].set_problems(messages)
        self.has_problem = any(day.problem.text() for day in self.days)
        self._enable_copy()

    def _enable_copy(self) -> None:
        # A day whose hours are refused has nothing to copy yet.
        self.copy_button.setEnabled(not self.days[self.copy_day()].problem.text())

    def set_problems(self, messages: Sequence[str]) -> None:
        for index in range(len(self.days)):
            self.set_day_problems(index, messages if index == 0 else ())

    def copy_to_weekdays(self, index: int) -> None:
        """Give Monday to Friday the hours `index` has, as its fields show them."""
        source = self.days[index]
        ranges = source.read()
        if isinstance(ranges, Incomplete) or source.problem.text():
            return
        self._quiet = True
        try:
            for day in self.days[:WEEKDAY_COUNT]:
                if day is not source:
                    day.show_value(ranges)
        finally:
            self._quiet = False
        self.on_layout_changed()
        self.edited(True)
