"""The settings window: every preference of backbreak.core.settings.SCHEMA, in six tabs, applied
as soon as it is edited.

The fields are built from the schema's specs, so what a field allows is what the settings
accept: a number box steps within the setting's bounds and shows its unit, a choice is a list of
the setting's choices. Whatever the person enters is checked by `Settings.with_changes` before
anything leaves the window: a value it refuses (a number out of range, working hours that end
before they start or overlap) is explained next to the field in the schema's own words, the
field keeps what the person typed until it is fixed, and nothing is emitted meanwhile. A value
it accepts is emitted at once through `changed` ({key: value}); the controller saves and
applies it and may call `show_settings` with the result, which never emits.

Typed text is checked when the person pauses typing (CHECK_DELAY_MS), presses Enter or leaves
the field: checking every keystroke would apply 12 minutes on the way to typing 120.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, Final

from backbreak.core.exercises import USE_SECONDS, Exercise, Library, Use
from backbreak.core.settings import (
    CARD_SIZE,
    COMFORT_CHECK_IN,
    DAILY_GOAL,
    DAILY_SKIPS,
    DAY_STARTS_AT,
    DESK_EQUIPMENT,
    DESK_POSITIONS,
    DND_CAP,
    EXCLUDED,
    FAVOURITES,
    FOCUS_REGIONS,
    HOME_EQUIPMENT,
    HOME_POSITIONS,
    IDLE_THRESHOLD,
    LONG_EVERY_BREAKS,
    LONG_EVERY_MINUTES,
    MICRO_INTERVAL,
    PLACE,
    REDUCED_MOTION,
    SCHEMA,
    SNOOZE_LENGTH,
    SNOOZE_LIMIT,
    SOUND,
    START_AT_LOGIN,
    STRICT,
    THEME,
    VOLUME,
    WARNING_LEAD,
    WARNING_NOTIFICATION,
    WORKING_HOURS,
    BoolSpec,
    ChoiceSetSpec,
    ChoiceSpec,
    ClockSpec,
    IntSpec,
    OptionalIntSpec,
    Settings,
    SettingsError,
    Spec,
    Value,
    WeekHoursSpec,
    WeekRanges,
)
from backbreak.labels import equipment_label, position_label, region_label
from backbreak.qt import Qt, QtCore, QtGui, QTimer, QtWidgets, Signal, tr
from backbreak.ui.figure import FigureWidget
from backbreak.ui.style import plain_label, plain_tooltip

CHECK_DELAY_MS: Final = 600
WEEKDAY_COUNT: Final = 5  # Monday to Friday: what "all weekdays" copies to
# What a day that had no hours gets when the person turns "Day off" off.
NEW_DAY: Final = ("09:00", "17:00")
PREVIEW_SIZE: Final = 150

_Notify = Callable[["_Field", bool], None]


class _Incomplete:
    """A field still being typed into: nothing to check yet."""


INCOMPLETE: Final = _Incomplete()


def _label(spec: Spec[Any]) -> str:
    return tr("Settings", spec.label)


def _bounds(spec: Spec[Any]) -> str:
    if isinstance(spec, IntSpec | OptionalIntSpec):
        if spec.unit:
            text = tr("Settings", "From %1 to %2 %3.").replace("%3", tr("Settings", spec.unit))
        else:
            text = tr("Settings", "From %1 to %2.")
        return text.replace("%1", str(spec.low)).replace("%2", str(spec.high))
    return ""


def _describe(widget: QtWidgets.QWidget, spec: Spec[Any]) -> None:
    """The setting's label as the accessible name, its description (and bounds) as tooltip."""
    description = tr("Settings", spec.description)
    bounds = _bounds(spec)
    widget.setAccessibleName(_label(spec))
    widget.setAccessibleDescription(description)
    widget.setToolTip(f"{description}\n{bounds}" if bounds else description)


def _choice_words() -> dict[str, str]:
    # Literal tr() calls, so Qt's lupdate finds them; built when shown, never kept.
    return {
        "system": tr("Settings", "As the desktop"),
        "light": tr("Settings", "Light"),
        "dark": tr("Settings", "Dark"),
        "on": tr("Settings", "On"),
        "off": tr("Settings", "Off"),
        "small": tr("Settings", "Small"),
        "medium": tr("Settings", "Medium"),
        "large": tr("Settings", "Large"),
        "desk": tr("Settings", "At the desk"),
        "home": tr("Settings", "At home"),
    }


def _choice_text(spec: Spec[Any], choice: str) -> str:
    if spec in (DESK_POSITIONS, HOME_POSITIONS):
        return position_label(choice)
    if spec in (DESK_EQUIPMENT, HOME_EQUIPMENT):
        return equipment_label(choice)
    if spec is FOCUS_REGIONS:
        return region_label(choice)
    words = _choice_words()
    return words.get(choice, choice[:1].upper() + choice[1:])


def _none_text(spec: OptionalIntSpec) -> str:
    if spec is DND_CAP:
        return tr("Settings", "No limit")
    if spec.none_word == "unlimited":
        return tr("Settings", "Unlimited")
    return tr("Settings", "Never")


def _row(*widgets: QtWidgets.QWidget, stretch: bool = True) -> QtWidgets.QWidget:
    """Widgets side by side at their natural width."""
    holder = QtWidgets.QWidget()
    layout = QtWidgets.QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    if stretch:
        layout.addStretch(1)
    return holder


def _problem_label() -> QtWidgets.QLabel:
    label = plain_label()
    label.setObjectName("SettingProblem")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(tr("Settings", "Problem"))
    label.hide()
    return label


def _time_edit(accessible_name: str, tooltip: str) -> QtWidgets.QLineEdit:
    """A time of day as typed: kept as the person wrote it until it is a valid time."""
    edit = QtWidgets.QLineEdit()
    edit.setMaxLength(5)
    edit.setPlaceholderText(tr("Settings", "HH:MM"))
    edit.setValidator(
        QtGui.QRegularExpressionValidator(QtCore.QRegularExpression(r"[0-9:.]{0,5}"), edit)
    )
    metrics = edit.fontMetrics()
    edit.setFixedWidth(metrics.horizontalAdvance("00:00") + 4 * metrics.averageCharWidth())
    edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
    edit.setAccessibleName(accessible_name)
    edit.setToolTip(tooltip)
    return edit


class _NumberBox(QtWidgets.QSpinBox):
    """A spin box whose arrows stay within a setting's bounds, while typing may go beyond
    them: a typed 200 stays in the box and is explained beside it, rather than silently
    corrected to the highest value (QSpinBox's range is only the box's own limit here)."""

    def __init__(self, low: int, high: int, unit: str) -> None:
        super().__init__()
        self.low, self.high = low, high
        self.setRange(min(low, 0), 10 ** (len(str(high)) + 1) - 1)
        self.setKeyboardTracking(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccelerated(True)
        if unit:
            self.setSuffix(" " + tr("Settings", unit))

    def stepBy(self, steps: int) -> None:  # noqa: N802 (Qt's name)
        self.setValue(max(self.low, min(self.high, self.value() + steps)))
        self.selectAll()

    def stepEnabled(self) -> QtWidgets.QAbstractSpinBox.StepEnabledFlag:  # noqa: N802
        flags = QtWidgets.QAbstractSpinBox.StepEnabledFlag.StepNone
        if not self.isEnabled() or self.isReadOnly():
            return flags
        if self.value() < self.high:
            flags |= QtWidgets.QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        if self.value() > self.low:
            flags |= QtWidgets.QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        return flags

    def wheelEvent(self, event: QtGui.QWheelEvent) -> None:
        # Settings apply at once: scrolling the page over a box must not change it.
        if not self.hasFocus():
            event.ignore()
            return
        super().wheelEvent(event)


class _ChoiceBox(QtWidgets.QComboBox):
    def __init__(self) -> None:
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QtGui.QWheelEvent) -> None:
        if not self.hasFocus():
            event.ignore()
            return
        super().wheelEvent(event)


class _Slider(QtWidgets.QSlider):
    def __init__(self) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QtGui.QWheelEvent) -> None:
        if not self.hasFocus():
            event.ignore()
            return
        super().wheelEvent(event)


# ---------------------------------------------------------------------------------------------
# Fields: one setting's control and the line that says what is wrong with it


class _Field:
    """One setting: `control` carries its name; `widget` goes into the layout (the control
    with its companions); `problem` says what is wrong, under the control."""

    control: QtWidgets.QWidget
    widget: QtWidgets.QWidget

    def __init__(self, spec: Spec[Any], notify: _Notify) -> None:
        self.spec = spec
        self._notify = notify
        self.problem = _problem_label()
        self.has_problem = False

    @property
    def key(self) -> str:
        return self.spec.key

    def read(self) -> object:
        """The value as the person gave it (checked by the window), or INCOMPLETE."""
        raise NotImplementedError

    def show_value(self, value: Any) -> None:
        raise NotImplementedError

    def set_problems(self, messages: Sequence[str]) -> None:
        text = "\n".join(messages)
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        self.has_problem = bool(messages)
        # A screen reader reads the problem when the field gets the focus.
        description = tr("Settings", self.spec.description)
        self.control.setAccessibleDescription(f"{text}\n{description}" if text else description)

    def edited(self, at_once: bool) -> None:
        self._notify(self, at_once)

    def cell(self) -> QtWidgets.QWidget:
        """The widget with its problem line under it, for a form row."""
        holder = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.widget)
        layout.addWidget(self.problem)
        return holder


class _IntField(_Field):
    def __init__(self, spec: IntSpec | OptionalIntSpec, notify: _Notify) -> None:
        super().__init__(spec, notify)
        self.box = _NumberBox(spec.low, spec.high, spec.unit)
        _describe(self.box, spec)
        self.control = self.box
        self.widget = _row(self.box)
        # Arrows, Enter and leaving the box give valueChanged (no keyboard tracking); typing
        # is checked when the person pauses.
        self.box.valueChanged.connect(lambda _value: self.edited(True))
        line = self.box.lineEdit()
        assert line is not None
        line.textEdited.connect(lambda _text: self.edited(False))

    def number(self) -> int | _Incomplete:
        text = self.box.cleanText().strip()
        return int(text) if text.isdigit() else INCOMPLETE

    def read(self) -> object:
        return self.number()

    def show_value(self, value: Any) -> None:
        self.box.setValue(int(value))


class _OptionalIntField(_IntField):
    """A number, or a box ticked for the setting's word ("never", "unlimited")."""

    def __init__(self, spec: OptionalIntSpec, notify: _Notify) -> None:
        super().__init__(spec, notify)
        self.none_box = QtWidgets.QCheckBox(_none_text(spec))
        self.none_box.setAccessibleName(f"{_label(spec)}: {_none_text(spec)}")
        self.none_box.setToolTip(self.box.toolTip())
        self.none_box.toggled.connect(self._none_toggled)
        self.widget = _row(self.box, self.none_box)
        default = spec.default
        self._fallback = default if isinstance(default, int) else spec.low

    def _none_toggled(self, checked: bool) -> None:
        self.box.setEnabled(not checked)
        self.edited(True)

    def read(self) -> object:
        return None if self.none_box.isChecked() else self.number()

    def show_value(self, value: Any) -> None:
        self.none_box.setChecked(value is None)
        self.box.setEnabled(value is not None)
        if value is not None:
            self._fallback = int(value)
        self.box.setValue(self._fallback)


class _SliderField(_Field):
    """A percentage, on a slider with its value written beside it."""

    def __init__(self, spec: IntSpec, notify: _Notify) -> None:
        super().__init__(spec, notify)
        self.slider = _Slider()
        self.slider.setRange(spec.low, spec.high)
        self.slider.setSingleStep(5)
        self.slider.setPageStep(10)
        self.slider.setMinimumWidth(200)
        _describe(self.slider, spec)
        self.value_label = plain_label()
        width = self.value_label.fontMetrics().horizontalAdvance(self._text(spec.high))
        self.value_label.setMinimumWidth(width + 4)
        self.control = self.slider
        self.widget = _row(self.slider, self.value_label)
        self.slider.valueChanged.connect(self._moved)
        self.slider.sliderReleased.connect(lambda: self.edited(True))

    @staticmethod
    def _text(value: int) -> str:
        return tr("Settings", "%1 %").replace("%1", str(value))

    def _moved(self, value: int) -> None:
        self.value_label.setText(self._text(value))
        self.edited(False)  # applied when the person lets go, or pauses on the keyboard

    def read(self) -> object:
        return self.slider.value()

    def show_value(self, value: Any) -> None:
        self.slider.setValue(int(value))
        self.value_label.setText(self._text(int(value)))


class _BoolField(_Field):
    """A check box, with the setting's description under it: a switch's label alone rarely
    says what it does ("Strict mode")."""

    def __init__(self, spec: BoolSpec, notify: _Notify) -> None:
        super().__init__(spec, notify)
        self.box = QtWidgets.QCheckBox(_label(spec))
        _describe(self.box, spec)
        hint = plain_label(tr("Settings", spec.description))
        hint.setObjectName("SettingHint")
        hint.setWordWrap(True)
        # Indented under the box's text, where the eye goes after reading the label.
        option = QtWidgets.QStyleOptionButton()
        option.initFrom(self.box)
        style = self.box.style()
        indent = (
            0
            if style is None
            else style.subElementRect(
                QtWidgets.QStyle.SubElement.SE_CheckBoxContents, option, self.box
            ).left()
        )
        hint.setContentsMargins(indent, 0, 0, 0)
        holder = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.box)
        layout.addWidget(hint)
        self.control = self.box
        self.widget = holder
        self.box.toggled.connect(lambda _checked: self.edited(True))

    def read(self) -> object:
        return self.box.isChecked()

    def show_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))


class _ChoiceField(_Field):
    def __init__(self, spec: ChoiceSpec, notify: _Notify) -> None:
        super().__init__(spec, notify)
        self.combo = _ChoiceBox()
        for choice in spec.choices:
            self.combo.addItem(_choice_text(spec, choice), choice)
        _describe(self.combo, spec)
        self.control = self.combo
        self.widget = _row(self.combo)
        self.combo.currentIndexChanged.connect(lambda _index: self.edited(True))

    def read(self) -> object:
        return self.combo.currentData()

    def show_value(self, value: Any) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(value)))


class _ClockField(_Field):
    def __init__(self, spec: ClockSpec, notify: _Notify) -> None:
        super().__init__(spec, notify)
        self.edit = _time_edit(_label(spec), "")
        _describe(self.edit, spec)
        self.control = self.edit
        self.widget = _row(self.edit)
        self.edit.textEdited.connect(lambda _text: self.edited(False))
        self.edit.editingFinished.connect(lambda: self.edited(True))

    def read(self) -> object:
        text = self.edit.text().strip()
        return text if text else INCOMPLETE

    def show_value(self, value: Any) -> None:
        self.edit.setText(str(value))


class _ChoiceSetField(_Field):
    """Some of a list of names: a group of check boxes titled with the setting's label."""

    def __init__(self, spec: ChoiceSetSpec, notify: _Notify, columns: int = 2) -> None:
        super().__init__(spec, notify)
        self.group = QtWidgets.QGroupBox(_label(spec))
        _describe(self.group, spec)
        grid = QtWidgets.QGridLayout()
        grid.setHorizontalSpacing(16)
        self.boxes: dict[str, QtWidgets.QCheckBox] = {}
        for index, choice in enumerate(spec.choices):
            box = QtWidgets.QCheckBox(_choice_text(spec, choice))
            box.setAccessibleName(f"{_label(spec)}: {box.text()}")
            box.setToolTip(tr("Settings", spec.description))
            box.toggled.connect(lambda _checked: self.edited(True))
            grid.addWidget(box, index // columns, index % columns)
            self.boxes[choice] = box
        grid.setColumnStretch(columns, 1)
        layout = QtWidgets.QVBoxLayout(self.group)
        layout.addLayout(grid)
        layout.addWidget(self.problem)
        self.control = self.widget = self.group

    def read(self) -> object:
        return tuple(choice for choice, box in self.boxes.items() if box.isChecked())

    def show_value(self, value: Any) -> None:
        for choice, box in self.boxes.items():
            box.setChecked(choice in value)

    def cell(self) -> QtWidgets.QWidget:
        return self.group


class _RangeRow:
    """One range of working hours: start, end, and a button to remove it."""

    def __init__(self, day: _DayRow, start: str, end: str) -> None:
        day_name = day.name
        self.widget = QtWidgets.QWidget()
        tip = tr("Settings", "A time like 09:00; 24:00 ends the day.")
        self.start = _time_edit(tr("Settings", "%1: from").replace("%1", day_name), tip)
        self.end = _time_edit(tr("Settings", "%1: until").replace("%1", day_name), tip)
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

    def text(self) -> str | _Incomplete:
        start, end = self.start.text().strip(), self.end.text().strip()
        if start and end:
            return f"{start}-{end}"
        focus = QtWidgets.QApplication.focusWidget()
        if focus is self.start or focus is self.end:
            return INCOMPLETE  # still being typed
        return f"{start}-{end}" if start or end else ""


class _DayRow:
    """A weekday: "Day off", or its ranges with a button to add one."""

    def __init__(self, field: _WeekHoursField, index: int, name: str) -> None:
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
        self.problem = _problem_label()
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

    def read(self) -> tuple[str, ...] | _Incomplete:
        if self.off.isChecked():
            return ()
        texts = [row.text() for row in self.ranges]
        if any(isinstance(text, _Incomplete) for text in texts):
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


class _WeekHoursField(_Field):
    """Working hours: a row per weekday, and a way to copy one day to all weekdays."""

    def __init__(self, spec: WeekHoursSpec, notify: _Notify) -> None:
        super().__init__(spec, notify)
        self.on_layout_changed: Callable[[], None] = lambda: None
        self._quiet = False  # while several days change at once: one check at the end
        self.group = QtWidgets.QGroupBox(_label(spec))
        _describe(self.group, spec)
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

        self.copy_from = _ChoiceBox()
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
        layout.addWidget(_row(copy_label, self.copy_from, self.copy_button))

    def copy_day(self) -> int:
        return int(self.copy_from.currentData())

    def day_edited(self, day: _DayRow, at_once: bool) -> None:
        if self._quiet:
            return
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
        if isinstance(ranges, _Incomplete) or source.problem.text():
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


# ---------------------------------------------------------------------------------------------
# Favourites and exclusions


class _PracticePicker(QtWidgets.QGroupBox):
    """The library's exercises and routines; the selected one is previewed and can be marked
    a favourite or never shown."""

    def __init__(
        self, library: Library | None, on_change: Callable[[dict[str, object]], None]
    ) -> None:
        super().__init__(tr("Settings", "Favourites and exercises never shown"))
        self.setAccessibleName(self.title())
        self._library = library
        self._on_change = on_change
        self._favourites: tuple[str, ...] = ()
        self._excluded: tuple[str, ...] = ()
        self._updating = False

        self.list = QtWidgets.QListWidget()
        self.list.setAccessibleName(tr("Settings", "Exercises and routines"))
        self.list.setMinimumWidth(220)
        self.list.setUniformItemSizes(True)
        self._items: dict[str, QtWidgets.QListWidgetItem] = {}
        if library is not None:
            self._add_items(tr("Settings", "Exercises"), library.exercises)
            self._add_items(tr("Settings", "Routines"), library.routines)

        self.figure = FigureWidget(reduced_motion=True)
        self.figure.setFixedSize(PREVIEW_SIZE, PREVIEW_SIZE)
        self.figure.setAccessibleName(tr("Settings", "Preview"))
        self.name = plain_label()
        font = self.name.font()
        font.setBold(True)
        self.name.setFont(font)
        self.name.setWordWrap(True)
        self.summary = plain_label()
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.favourite = QtWidgets.QCheckBox(_label(FAVOURITES))
        _describe(self.favourite, FAVOURITES)
        self.never = QtWidgets.QCheckBox(_label(EXCLUDED))
        _describe(self.never, EXCLUDED)
        self.favourite.toggled.connect(lambda on: self._mark(FAVOURITES.key, on))
        self.never.toggled.connect(lambda on: self._mark(EXCLUDED.key, on))

        detail = QtWidgets.QVBoxLayout()
        detail.setSpacing(6)
        detail.addWidget(self.figure, 0, Qt.AlignmentFlag.AlignHCenter)
        detail.addWidget(self.name)
        detail.addWidget(self.summary)
        detail.addSpacing(4)
        detail.addWidget(self.favourite)
        detail.addWidget(self.never)
        detail.addStretch(1)
        layout = QtWidgets.QHBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(self.list, 1)
        detail_holder = QtWidgets.QWidget()
        detail_holder.setLayout(detail)
        detail_holder.setFixedWidth(PREVIEW_SIZE + 80)
        detail.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(detail_holder)
        if library is None:
            self.summary.setText(
                tr(
                    "Settings",
                    "The exercise library could not be loaded, so there is nothing to pick.",
                )
            )
        self.list.currentItemChanged.connect(lambda _item, _old: self._show_selected())
        first = next(iter(self._items.values()), None)
        if first is not None:
            self.list.setCurrentItem(first)
        self._show_selected()

    def _add_items(self, heading: str, practices: Sequence[Any]) -> None:
        if not practices:
            return
        header = QtWidgets.QListWidgetItem(heading)
        header.setFlags(Qt.ItemFlag.NoItemFlags)
        font = self.list.font()
        font.setBold(True)
        header.setFont(font)
        self.list.addItem(header)
        for practice in sorted(practices, key=lambda p: p.name.casefold()):
            item = QtWidgets.QListWidgetItem(practice.name)
            item.setData(Qt.ItemDataRole.UserRole, practice.id)
            item.setToolTip(plain_tooltip(practice.summary))
            self.list.addItem(item)
            self._items[practice.id] = item

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        data = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        return data if isinstance(data, str) else None

    def select(self, practice_id: str) -> None:
        self.list.setCurrentItem(self._items[practice_id])

    def _show_selected(self) -> None:
        practice_id = self.selected_id()
        practice = (
            None
            if practice_id is None or self._library is None
            else (self._library.get(practice_id))
        )
        for box in (self.favourite, self.never):
            box.setEnabled(practice is not None)
        if practice is None:
            self.figure.setVisible(False)
            self.name.clear()
            return
        exercise = practice if isinstance(practice, Exercise) else practice.items[0].exercise
        self.figure.setVisible(True)
        self.figure.set_exercise(exercise)
        self.figure.set_moment(0, 0.0)  # with reduced motion: the first step's key pose
        self.name.setText(practice.name)
        self.summary.setText(practice.summary)
        self._updating = True
        try:
            self.favourite.setChecked(practice.id in self._favourites)
            self.never.setChecked(practice.id in self._excluded)
        finally:
            self._updating = False

    def _mark(self, key: str, on: bool) -> None:
        practice_id = self.selected_id()
        if self._updating or practice_id is None:
            return
        favourites, excluded = set(self._favourites), set(self._excluded)
        chosen, other = (favourites, excluded) if key == FAVOURITES.key else (excluded, favourites)
        if on:
            chosen.add(practice_id)
            other.discard(practice_id)  # a favourite that is never shown means nothing
        else:
            chosen.discard(practice_id)
        self._on_change({FAVOURITES.key: sorted(favourites), EXCLUDED.key: sorted(excluded)})

    def show_values(self, favourites: tuple[str, ...], excluded: tuple[str, ...]) -> None:
        """Mark the list; ids the library does not have are kept, not shown."""
        self._favourites, self._excluded = favourites, excluded
        muted = self.palette().color(QtGui.QPalette.ColorRole.PlaceholderText)
        text = self.palette().color(QtGui.QPalette.ColorRole.Text)
        for practice_id, item in self._items.items():
            practice = self._library.get(practice_id) if self._library else None
            name = practice.name if practice is not None else practice_id
            font = self.list.font()
            if practice_id in excluded:
                item.setText(name)
                font.setStrikeOut(True)
                item.setForeground(muted)
                state = tr("Settings", "never shown")
            elif practice_id in favourites:
                item.setText(f"{name}  ★")
                item.setForeground(text)
                state = tr("Settings", "favourite")
            else:
                item.setText(name)
                item.setForeground(text)
                state = ""
            item.setFont(font)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{name}, {state}" if state else name)
        self._show_selected()


# ---------------------------------------------------------------------------------------------
# The window


def _page() -> tuple[QtWidgets.QScrollArea, QtWidgets.QWidget]:
    page = QtWidgets.QWidget()
    scroll = QtWidgets.QScrollArea()
    scroll.setWidget(page)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # The tab's own background shows through, as on a page without scrolling.
    page.setAutoFillBackground(False)
    viewport = scroll.viewport()
    assert viewport is not None
    viewport.setAutoFillBackground(False)
    return scroll, page


def _form() -> QtWidgets.QGridLayout:
    """Labels on the left, fields on the right; a field's problem line under it."""
    form = QtWidgets.QGridLayout()
    form.setHorizontalSpacing(16)
    form.setVerticalSpacing(8)
    form.setColumnStretch(1, 1)
    return form


def _same_width(widgets: Sequence[QtWidgets.QWidget]) -> None:
    """Columns line up from one group to the next."""
    for widget in widgets:
        widget.ensurePolished()  # the style's font and margins count
    width = max((widget.sizeHint().width() for widget in widgets), default=0)
    for widget in widgets:
        widget.setMinimumWidth(width)


def _focus_order(layout: QtWidgets.QLayout) -> Iterator[QtWidgets.QWidget]:
    """Widgets that take the Tab key, in the order the layouts hold them."""
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        widget = item.widget()
        inner = item.layout() if widget is None else widget.layout()
        if widget is not None and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            yield widget
        if inner is not None:
            yield from _focus_order(inner)


class SettingsWindow(QtWidgets.QWidget):
    """Every setting, applied as it is edited.

    Signals: `changed(dict)` with {key: value} for values that passed the settings' checks;
    `open_data_folder()`; `reset_requested()` once the person confirmed; `autostart_toggled
    (bool)` when "Start at login" is switched (`changed` carries the setting as well)."""

    changed = Signal(dict)
    open_data_folder = Signal()
    reset_requested = Signal()
    autostart_toggled = Signal(bool)

    def __init__(
        self,
        settings: Settings,
        *,
        library: Library | None = None,
        autostart_enabled: bool | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("SettingsWindow")
        self.setWindowTitle(tr("Settings", "backbreak settings"))
        self.setAccessibleName(tr("Settings", "backbreak settings"))
        self._ready = False  # palette changes while building have nothing to restyle
        self._settings = settings
        self._autostart = autostart_enabled
        self._updating = False
        self._pending: list[_Field] = []
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check_pending)

        self._fields: dict[str, _Field] = {}
        for spec in SCHEMA:
            field = self._make_field(spec)
            if field is not None:
                self._fields[spec.key] = field
        _same_width([field.box for field in self._fields.values() if isinstance(field, _IntField)])
        self.picker = _PracticePicker(library, self._picker_changed)

        self._labels: list[QtWidgets.QLabel] = []
        self.tabs = QtWidgets.QTabWidget()
        self.tabs.setAccessibleName(tr("Settings", "Sections"))
        self._pages: dict[str, QtWidgets.QWidget] = {}
        for section, title, build in (
            ("schedule", tr("Settings", "&Schedule"), self._schedule_page),
            ("exercises", tr("Settings", "E&xercises"), self._exercises_page),
            ("notifications", tr("Settings", "&Notifications and sound"), self._sound_page),
            ("appearance", tr("Settings", "&Appearance"), self._appearance_page),
            ("general", tr("Settings", "&General"), self._general_page),
            ("history", tr("Settings", "&History"), self._history_page),
        ):
            scroll, page = _page()
            self._labels = []
            build(page)
            _same_width(self._labels)
            # Pages scroll up and down, never sideways: the window is as wide as they need.
            bar = scroll.verticalScrollBar()
            bar_width = bar.sizeHint().width() if bar is not None else 0
            scroll.setMinimumWidth(page.minimumSizeHint().width() + bar_width)
            self._pages[section] = scroll
            self.tabs.addTab(scroll, title)

        self.message = plain_label()
        self.message.setObjectName("SettingsMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(tr("Settings", "Message"))
        self.message.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        self.message.setMargin(6)
        self.message.hide()
        self.close_button = QtWidgets.QPushButton(tr("Settings", "Close"))
        self.close_button.setAccessibleName(tr("Settings", "Close the settings"))
        self.close_button.clicked.connect(self.close)
        bottom = QtWidgets.QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(
            self.close_button, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom
        )

        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        QtGui.QShortcut(QtGui.QKeySequence(Qt.Key.Key_Escape), self, self.close)

        hours = self._fields[WORKING_HOURS.key]
        assert isinstance(hours, _WeekHoursField)
        hours.on_layout_changed = self._order_tabs
        self._show(settings, force=True)
        self._ready = True
        self._apply_palette()
        self.resize(self.sizeHint().expandedTo(QtCore.QSize(900, 640)))

    # -- what the controller uses ---------------------------------------------------------

    @property
    def settings(self) -> Settings:
        """The settings as the window last applied or was shown them."""
        return self._settings

    def show_settings(self, settings: Settings) -> None:
        """Show `settings` (edited elsewhere, or as saved) without emitting `changed`. A field
        still holding a refused entry keeps it, unless `settings` changed that very value."""
        self._show(settings, force=False)

    def show_autostart(self, enabled: bool | None) -> None:
        """Show whether the system starts backbreak at login (None: as the setting says)."""
        self._autostart = enabled
        self._updating = True
        try:
            self._fields[START_AT_LOGIN.key].show_value(
                self._settings.value(START_AT_LOGIN) if enabled is None else enabled
            )
        finally:
            self._updating = False

    def show_message(self, text: str) -> None:
        """A line under the tabs: a save error or a notice ("" hides it)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def show_section(self, section: str) -> None:
        """Bring a section's tab forward: one of SECTIONS ("schedule", "exercises", ...)."""
        self.tabs.setCurrentWidget(self._pages[section])

    def control(self, key: str) -> QtWidgets.QWidget:
        """The control of the setting `key` (for tests and for focusing a problem)."""
        if key == FAVOURITES.key:
            return self.picker.favourite
        if key == EXCLUDED.key:
            return self.picker.never
        return self._fields[key].control

    def problem_text(self, key: str) -> str:
        """What the window says is wrong with the setting `key` ("" when nothing)."""
        field = self._fields.get(key)
        if isinstance(field, _WeekHoursField):
            return "\n".join(day.problem.text() for day in field.days if day.problem.text())
        return field.problem.text() if field is not None else ""

    def confirm_reset(self) -> bool:
        """Ask before putting every setting back to its default; emit reset_requested if the
        person agrees."""
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Question,
            tr("Settings", "Reset settings"),
            tr("Settings", "Put every setting back to its default?"),
            QtWidgets.QMessageBox.StandardButton.Reset
            | QtWidgets.QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("ResetConfirmation")
        box.setInformativeText(tr("Settings", "Your break history is kept. This cannot be undone."))
        box.setDefaultButton(QtWidgets.QMessageBox.StandardButton.Cancel)
        box.exec()
        agreed = box.clickedButton() is box.button(QtWidgets.QMessageBox.StandardButton.Reset)
        box.deleteLater()
        if not agreed:
            return False
        self._pending.clear()
        self._show(Settings(), force=True)
        self.reset_requested.emit()
        return True

    def check_pending(self) -> None:
        """Check what is still being typed now, rather than when the person pauses."""
        self._check_timer.stop()
        pending, self._pending = self._pending, []
        for field in pending:
            self._check(field)

    # -- building -------------------------------------------------------------------------

    def _make_field(self, spec: Spec[Any]) -> _Field | None:
        notify = self._field_edited
        if spec is VOLUME and isinstance(spec, IntSpec):
            return _SliderField(spec, notify)
        if isinstance(spec, OptionalIntSpec):
            return _OptionalIntField(spec, notify)
        if isinstance(spec, IntSpec):
            return _IntField(spec, notify)
        if isinstance(spec, BoolSpec):
            return _BoolField(spec, notify)
        if isinstance(spec, ChoiceSpec):
            return _ChoiceField(spec, notify)
        if isinstance(spec, ClockSpec):
            return _ClockField(spec, notify)
        if isinstance(spec, ChoiceSetSpec):
            return _ChoiceSetField(spec, notify, columns=3 if spec is FOCUS_REGIONS else 2)
        if isinstance(spec, WeekHoursSpec):
            return _WeekHoursField(spec, notify)
        return None  # favourites and exclusions: the picker

    def _add_rows(self, form: QtWidgets.QGridLayout, *specs: Spec[Any]) -> None:
        for spec in specs:
            field = self._fields[spec.key]
            row = form.rowCount()
            if isinstance(field, _BoolField):
                form.addWidget(field.cell(), row, 0, 1, 2)  # the check box carries its label
                continue
            form.addWidget(field.cell(), row, 1)
            label = plain_label(_label(spec))
            label.setToolTip(field.control.toolTip())
            label.setBuddy(field.control)
            # Level with the control, not with its problem line below.
            label.setMinimumHeight(field.widget.sizeHint().height())
            form.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            self._labels.append(label)

    def _group(self, title: str, *specs: Spec[Any]) -> QtWidgets.QGroupBox:
        group = QtWidgets.QGroupBox(title)
        form = _form()
        self._add_rows(form, *specs)
        group.setLayout(form)
        return group

    def _schedule_page(self, page: QtWidgets.QWidget) -> None:
        left = QtWidgets.QVBoxLayout()
        left.setSpacing(12)
        breaks = self._group(
            tr("Settings", "Breaks"),
            MICRO_INTERVAL,
            LONG_EVERY_BREAKS,
            LONG_EVERY_MINUTES,
            WARNING_LEAD,
        )
        left.addWidget(breaks)
        # There is no length to set: a break lasts as long as its stretch.
        micro, long_break = USE_SECONDS[Use.MICRO], USE_SECONDS[Use.LONG]
        lengths = plain_label(
            tr(
                "Settings",
                "A break lasts as long as its stretch: %1 to %2 seconds, or %3 to %4 minutes "
                "for a long break.",
            )
            .replace("%1", str(round(micro[0])))
            .replace("%2", str(round(micro[1])))
            .replace("%3", str(round(long_break[0] / 60)))
            .replace("%4", str(round(long_break[1] / 60)))
        )
        lengths.setObjectName("SettingHint")
        lengths.setWordWrap(True)
        grid = breaks.layout()
        assert isinstance(grid, QtWidgets.QGridLayout)
        grid.addWidget(lengths, grid.rowCount(), 0, 1, -1)
        left.addWidget(
            self._group(
                tr("Settings", "Snoozing and skipping"),
                SNOOZE_LENGTH,
                SNOOZE_LIMIT,
                DAILY_SKIPS,
                STRICT,
            )
        )
        left.addWidget(
            self._group(tr("Settings", "Away and busy"), IDLE_THRESHOLD, DND_CAP, DAY_STARTS_AT)
        )
        left.addStretch(1)
        right = QtWidgets.QVBoxLayout()
        right.addWidget(self._fields[WORKING_HOURS.key].widget)
        right.addStretch(1)
        layout = QtWidgets.QHBoxLayout(page)
        layout.setSpacing(14)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)

    def _exercises_page(self, page: QtWidgets.QWidget) -> None:
        form = _form()
        self._add_rows(form, PLACE)
        places = QtWidgets.QGridLayout()
        places.setSpacing(12)
        for column, specs in enumerate(
            ((DESK_POSITIONS, DESK_EQUIPMENT), (HOME_POSITIONS, HOME_EQUIPMENT))
        ):
            for row, spec in enumerate(specs):
                places.addWidget(self._fields[spec.key].cell(), row, column)
        left = QtWidgets.QVBoxLayout()
        left.setSpacing(12)
        left.addLayout(form)
        left.addLayout(places)
        left.addWidget(self._fields[FOCUS_REGIONS.key].cell())
        left.addStretch(1)
        layout = QtWidgets.QHBoxLayout(page)
        layout.setSpacing(14)
        layout.addLayout(left, 1)
        layout.addWidget(self.picker, 1)

    def _groups_page(
        self, page: QtWidgets.QWidget, *groups: QtWidgets.QGroupBox
    ) -> QtWidgets.QVBoxLayout:
        layout = QtWidgets.QVBoxLayout(page)
        layout.setSpacing(12)
        for group in groups:
            layout.addWidget(group)
        layout.addStretch(1)
        return layout

    def _sound_page(self, page: QtWidgets.QWidget) -> None:
        self._groups_page(
            page,
            self._group(tr("Settings", "Before a break"), WARNING_NOTIFICATION),
            self._group(tr("Settings", "Sound"), SOUND, VOLUME),
        )

    def _appearance_page(self, page: QtWidgets.QWidget) -> None:
        self._groups_page(
            page,
            self._group(tr("Settings", "Colours and motion"), THEME, REDUCED_MOTION, CARD_SIZE),
        )

    def _general_page(self, page: QtWidgets.QWidget) -> None:
        self.data_button = QtWidgets.QPushButton(tr("Settings", "Open the data folder"))
        self.data_button.setAccessibleName(self.data_button.text())
        self.data_button.setToolTip(
            tr("Settings", "The folder with your settings file, break history and logs.")
        )
        self.data_button.clicked.connect(self.open_data_folder)
        self.reset_button = QtWidgets.QPushButton(tr("Settings", "Reset to defaults…"))
        self.reset_button.setAccessibleName(tr("Settings", "Reset every setting to its default"))
        self.reset_button.setToolTip(
            tr("Settings", "Put every setting back as it was when backbreak was installed.")
        )
        self.reset_button.clicked.connect(self.confirm_reset)
        data = QtWidgets.QGroupBox(tr("Settings", "Your settings and data"))
        data_layout = QtWidgets.QVBoxLayout(data)
        data_layout.addWidget(_row(self.data_button, self.reset_button))
        self._groups_page(page, self._group(tr("Settings", "Starting"), START_AT_LOGIN), data)

    def _history_page(self, page: QtWidgets.QWidget) -> None:
        self._groups_page(
            page, self._group(tr("Settings", "Your progress"), DAILY_GOAL, COMFORT_CHECK_IN)
        )

    def _order_tabs(self) -> None:
        """Tab goes down each page as it reads, also through ranges added later."""
        previous: QtWidgets.QWidget = self.tabs.tabBar()
        for scroll in self._pages.values():
            assert isinstance(scroll, QtWidgets.QScrollArea)
            page = scroll.widget()
            layout = page.layout() if page is not None else None
            if layout is None:
                continue
            for widget in _focus_order(layout):
                QtWidgets.QWidget.setTabOrder(previous, widget)
                previous = widget
        QtWidgets.QWidget.setTabOrder(previous, self.close_button)

    # -- checking and applying ------------------------------------------------------------

    def _field_edited(self, field: _Field, at_once: bool) -> None:
        if self._updating:
            return
        if field in self._pending:
            self._pending.remove(field)
        if at_once:
            self._check(field)
        else:
            self._pending.append(field)
            self._check_timer.start()

    def _check(self, field: _Field) -> None:
        if isinstance(field, _WeekHoursField):
            self._check_hours(field)
            return
        raw = field.read()
        if isinstance(raw, _Incomplete):
            return
        starts = (
            self._settings.value(START_AT_LOGIN) if self._autostart is None else self._autostart
        )
        if self._apply({field.key: raw}) and field.key == START_AT_LOGIN.key and raw != starts:
            # The system's switch may differ from the file's value: report the switch even
            # when the setting itself stays the same.
            self._autostart = bool(raw)
            self.autostart_toggled.emit(bool(raw))

    def _check_hours(self, field: _WeekHoursField) -> None:
        """Check each day on its own, so each day's problem shows beside that day."""
        week = field.read()
        assert isinstance(week, tuple)
        shown: WeekRanges = self._settings.value(WORKING_HOURS)
        current = list(shown)
        complete = True
        for index, day in enumerate(week):
            if isinstance(day, _Incomplete):
                complete = False
                continue
            trial = [*current[:index], day, *current[index + 1 :]]
            try:
                self._settings.with_changes({WORKING_HOURS.key: tuple(trial)})
            except SettingsError as error:
                field.set_day_problems(index, [problem.message for problem in error.problems])
                complete = False
            else:
                field.set_day_problems(index, ())
        if complete:
            self._apply({WORKING_HOURS.key: week})

    def _apply(self, changes: dict[str, object]) -> bool:
        """Check `changes` together; emit what they change, or show why they are refused
        (and return False)."""
        try:
            new = self._settings.with_changes(changes)
        except SettingsError as error:
            messages: dict[str, list[str]] = {}
            for problem in error.problems:
                messages.setdefault(problem.key, []).append(problem.message)
            for key, texts in messages.items():
                field = self._fields.get(key)
                if field is None:
                    self.show_message("\n".join(texts))
                else:
                    field.set_problems(texts)
            return False
        for key in changes:
            field = self._fields.get(key)
            if field is not None and not isinstance(field, _WeekHoursField):
                field.set_problems(())
        emitted = {key: new.get(key) for key in changes if new.get(key) != self._settings.get(key)}
        self._settings = new
        self._show_dependent()
        if emitted:
            self.changed.emit(emitted)
        return True

    def _picker_changed(self, changes: dict[str, object]) -> None:
        self._apply(changes)

    # -- showing --------------------------------------------------------------------------

    def _show(self, settings: Settings, *, force: bool) -> None:
        previous, self._settings = self._settings, settings
        self._updating = True
        try:
            for key, field in self._fields.items():
                value = settings.get(key)
                if key == START_AT_LOGIN.key and self._autostart is not None:
                    value = self._autostart
                if not force and self._keeps_entry(field, previous.get(key), value):
                    continue
                if force or self._shown_value(field) != value:
                    field.show_value(value)
                if isinstance(field, _WeekHoursField):
                    for index in range(len(field.days)):
                        field.set_day_problems(index, ())
                else:
                    field.set_problems(())
                if field in self._pending:
                    self._pending.remove(field)
        finally:
            self._updating = False
        self._show_dependent()

    def _keeps_entry(self, field: _Field, before: Value, after: Value) -> bool:
        """A refused or half-typed entry stays until it is fixed, unless the value itself
        changed elsewhere meanwhile."""
        return (field.has_problem or field in self._pending) and before == after

    @staticmethod
    def _shown_value(field: _Field) -> object:
        raw = field.read()
        if isinstance(field, _WeekHoursField):
            assert isinstance(raw, tuple)
            if any(isinstance(day, _Incomplete) for day in raw):
                return INCOMPLETE
        elif isinstance(raw, _Incomplete):
            return raw
        try:
            return Settings({field.key: raw}).get(field.key)
        except SettingsError:
            return INCOMPLETE

    def _show_dependent(self) -> None:
        """Controls that follow other settings: volume with sound, the picker's marks."""
        self._fields[VOLUME.key].widget.setEnabled(self._settings.value(SOUND))
        self.picker.show_values(self._settings.value(FAVOURITES), self._settings.value(EXCLUDED))

    # -- Qt events ------------------------------------------------------------------------

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.PaletteChange and self._ready:
            self._apply_palette()
        super().changeEvent(event)

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        # What was typed last counts, even without a pause or Enter before closing.
        self.check_pending()
        super().closeEvent(event)

    def _apply_palette(self) -> None:
        """Problems in a red that reads on light and dark windows. Palettes, not a style
        sheet: a style sheet would change how every control in the window is drawn."""
        palette = self.palette()
        dark = palette.color(QtGui.QPalette.ColorRole.Window).lightness() < 128
        red = QtGui.QColor("#ff8a80" if dark else "#b3261e")
        muted = palette.color(QtGui.QPalette.ColorRole.PlaceholderText)
        for name, colour in (("SettingProblem", red), ("SettingHint", muted)):
            for label in self.findChildren(QtWidgets.QLabel, name):
                own = label.palette()
                own.setColor(QtGui.QPalette.ColorRole.WindowText, colour)
                label.setPalette(own)
        self.picker.show_values(self._settings.value(FAVOURITES), self._settings.value(EXCLUDED))
