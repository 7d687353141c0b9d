"""The fields the settings window is made of: one setting's control, built from its spec
(a number box within the setting's bounds and with its unit, a list of its choices, a check box
with its description), and the line under it that says what is wrong with the value."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Final, cast

from backbreak.core.settings import (
    DESK_EQUIPMENT,
    DESK_POSITIONS,
    DND_CAP,
    FOCUS_REGIONS,
    HOME_EQUIPMENT,
    HOME_POSITIONS,
    BoolSpec,
    ChoiceSetSpec,
    ChoiceSpec,
    ClockSpec,
    IntSpec,
    OptionalIntSpec,
    Spec,
)
from backbreak.core.translate import fill
from backbreak.labels import equipment_label, position_label, region_label
from backbreak.qt import COUNT, Qt, QtCore, QtGui, QtWidgets, tr
from backbreak.ui.style import plain_label

# How a field tells the window it was edited: at once (a click, Enter, leaving the field), or
# while the person types (checked when they pause).
Notify = Callable[["Field", bool], None]


class Incomplete:
    """A field still being typed into: nothing to check yet."""


INCOMPLETE: Final = Incomplete()


def setting_label(spec: Spec[Any]) -> str:
    return tr("Settings", spec.label)


def _bounds(spec: Spec[Any]) -> str:
    if isinstance(spec, IntSpec | OptionalIntSpec):
        if spec.unit:
            text, unit = tr("Settings", "From %1 to %2 %3."), tr("Settings", spec.unit)
        else:
            text, unit = tr("Settings", "From %1 to %2."), ""
        return fill(text, spec.low, spec.high, unit)
    return ""


def describe(widget: QtWidgets.QWidget, spec: Spec[Any]) -> None:
    """The setting's label as the accessible name, its description (and bounds) as tooltip."""
    description = tr("Settings", spec.description)
    bounds = _bounds(spec)
    widget.setAccessibleName(setting_label(spec))
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
        "wait": tr("Settings", "Wait"),
        "small": tr("Settings", "Small"),
        "medium": tr("Settings", "Medium"),
        "large": tr("Settings", "Large"),
        "desk": tr("Settings", "At the desk"),
        "home": tr("Settings", "At home"),
        # Each language by its own name, untranslated: a person who cannot read the current
        # language still finds theirs.
        "en": "English",
        "de": "Deutsch",
        "es": "Español",
        "fr": "Français",
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


def side_by_side(*widgets: QtWidgets.QWidget, stretch: bool = True) -> QtWidgets.QWidget:
    """Widgets side by side at their natural width."""
    holder = QtWidgets.QWidget()
    layout = QtWidgets.QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    if stretch:
        layout.addStretch(1)
    return holder


def problem_label() -> QtWidgets.QLabel:
    label = plain_label()
    label.setObjectName("SettingProblem")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(tr("Settings", "Problem"))
    label.hide()
    return label


def time_edit(accessible_name: str, tooltip: str) -> QtWidgets.QLineEdit:
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


class _WheelOnlyWhenFocused:
    """For a box in the scrolling settings page. Settings apply at once, so scrolling the
    page with the pointer over a box must not change it: the box takes the wheel only once
    the person has clicked or tabbed into it (each sets Qt.StrongFocus), and passes it to
    the page otherwise. Put before the Qt class in the bases."""

    def wheelEvent(self, event: QtGui.QWheelEvent) -> None:
        if not cast("QtWidgets.QWidget", self).hasFocus():
            event.ignore()
            return
        super().wheelEvent(event)  # type: ignore[misc]  # the Qt class after this one


def unit_after(unit: str, count: int) -> str:
    """The word for `unit` (a spec's, as it is kept: "minutes") after the number `count`, in
    the form the number takes: "1 minute", "5 minutes". A spin box's suffix has no plural
    forms of its own, so this is the plural message with its number cut out. A unit without
    forms (percent) is its one word."""
    if unit == "minutes":
        words = tr("Settings", "%n minutes", None, COUNT, count)
    elif unit == "seconds":
        words = tr("Settings", "%n seconds", None, COUNT, count)
    elif unit == "breaks":
        words = tr("Settings", "%n breaks", None, COUNT, count)
    else:
        return tr("Settings", unit)
    return words.replace(str(count), "", 1).strip()


class _NumberBox(_WheelOnlyWhenFocused, QtWidgets.QSpinBox):
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
        self._unit = unit
        if unit:
            self.valueChanged.connect(self._name_unit)
            self._name_unit(self.value())

    def _name_unit(self, value: int) -> None:
        self.setSuffix(" " + unit_after(self._unit, value))

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


class ChoiceBox(_WheelOnlyWhenFocused, QtWidgets.QComboBox):
    def __init__(self) -> None:
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


class _Slider(_WheelOnlyWhenFocused, QtWidgets.QSlider):
    def __init__(self) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


# ---------------------------------------------------------------------------------------------
# Fields: one setting's control and the line that says what is wrong with it


class Field:
    """One setting: `control` carries its name; `widget` goes into the layout (the control
    with its companions); `problem` says what is wrong, under the control."""

    control: QtWidgets.QWidget
    widget: QtWidgets.QWidget

    def __init__(self, spec: Spec[Any], notify: Notify) -> None:
        self.spec = spec
        self._notify = notify
        self.problem = problem_label()
        self.has_problem = False
        # The words left of the control, where the page sets one (a check box has its own).
        self.label: QtWidgets.QLabel | None = None

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


class IntField(Field):
    def __init__(self, spec: IntSpec | OptionalIntSpec, notify: Notify) -> None:
        super().__init__(spec, notify)
        self.box = _NumberBox(spec.low, spec.high, spec.unit)
        describe(self.box, spec)
        self.control = self.box
        self.widget = side_by_side(self.box)
        # Arrows, Enter and leaving the box give valueChanged (no keyboard tracking); typing
        # is checked when the person pauses.
        self.box.valueChanged.connect(lambda _value: self.edited(True))
        line = self.box.lineEdit()
        assert line is not None
        line.textEdited.connect(lambda _text: self.edited(False))

    def number(self) -> int | Incomplete:
        text = self.box.cleanText().strip()
        return int(text) if text.isdigit() else INCOMPLETE

    def read(self) -> object:
        return self.number()

    def show_value(self, value: Any) -> None:
        self.box.setValue(int(value))


class OptionalIntField(IntField):
    """A number, or a box ticked for the setting's word ("never", "unlimited")."""

    def __init__(self, spec: OptionalIntSpec, notify: Notify) -> None:
        super().__init__(spec, notify)
        self.none_box = QtWidgets.QCheckBox(_none_text(spec))
        self.none_box.setAccessibleName(f"{setting_label(spec)}: {_none_text(spec)}")
        self.none_box.setToolTip(self.box.toolTip())
        self.none_box.toggled.connect(self._none_toggled)
        self.widget = side_by_side(self.box, self.none_box)
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


class SliderField(Field):
    """A percentage, on a slider with its value written beside it."""

    def __init__(self, spec: IntSpec, notify: Notify) -> None:
        super().__init__(spec, notify)
        self.slider = _Slider()
        self.slider.setRange(spec.low, spec.high)
        self.slider.setSingleStep(5)
        self.slider.setPageStep(10)
        self.slider.setMinimumWidth(200)
        describe(self.slider, spec)
        self.value_label = plain_label()
        width = self.value_label.fontMetrics().horizontalAdvance(self._text(spec.high))
        self.value_label.setMinimumWidth(width + 4)
        self.control = self.slider
        self.widget = side_by_side(self.slider, self.value_label)
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


class BoolField(Field):
    """A check box, with the setting's description under it: a switch's label alone rarely
    says what it does ("Strict mode")."""

    def __init__(self, spec: BoolSpec, notify: Notify) -> None:
        super().__init__(spec, notify)
        self.box = QtWidgets.QCheckBox(setting_label(spec))
        describe(self.box, spec)
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


class ChoiceField(Field):
    def __init__(self, spec: ChoiceSpec, notify: Notify) -> None:
        super().__init__(spec, notify)
        self.combo = ChoiceBox()
        for choice in spec.choices:
            self.combo.addItem(_choice_text(spec, choice), choice)
        describe(self.combo, spec)
        self.control = self.combo
        self.widget = side_by_side(self.combo)
        self.combo.currentIndexChanged.connect(lambda _index: self.edited(True))

    def read(self) -> object:
        return self.combo.currentData()

    def show_value(self, value: Any) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(value)))


class ClockField(Field):
    def __init__(self, spec: ClockSpec, notify: Notify) -> None:
        super().__init__(spec, notify)
        self.edit = time_edit(setting_label(spec), "")
        describe(self.edit, spec)
        self.control = self.edit
        self.widget = side_by_side(self.edit)
        self.edit.textEdited.connect(lambda _text: self.edited(False))
        self.edit.editingFinished.connect(lambda: self.edited(True))

    def read(self) -> object:
        text = self.edit.text().strip()
        return text if text else INCOMPLETE

    def show_value(self, value: Any) -> None:
        self.edit.setText(str(value))


class ChoiceSetField(Field):
    """Some of a list of names: a group of check boxes titled with the setting's label."""

    def __init__(self, spec: ChoiceSetSpec, notify: Notify, columns: int = 2) -> None:
        super().__init__(spec, notify)
        self.group = QtWidgets.QGroupBox(setting_label(spec))
        describe(self.group, spec)
        grid = QtWidgets.QGridLayout()
        grid.setHorizontalSpacing(16)
        self.boxes: dict[str, QtWidgets.QCheckBox] = {}
        for index, choice in enumerate(spec.choices):
            box = QtWidgets.QCheckBox(_choice_text(spec, choice))
            box.setAccessibleName(f"{setting_label(spec)}: {box.text()}")
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
