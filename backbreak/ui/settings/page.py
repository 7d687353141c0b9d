"""What every page of the settings window shares: a page that scrolls up and down, the fields
of its settings made from their specs, and the groups and rows that lay them out (labels on the
left, lined up from one group to the next)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, ClassVar, Final

from backbreak.core import settings
from backbreak.core.settings import Spec
from backbreak.qt import Qt, QtWidgets
from backbreak.ui.settings.fields import (
    BoolField,
    ChoiceField,
    ChoiceSetField,
    ClockField,
    Field,
    IntField,
    Notify,
    OptionalIntField,
    SliderField,
    setting_label,
)
from backbreak.ui.settings.hours import WeekHoursField
from backbreak.ui.style import plain_label

# The field for each kind of setting that needs nothing more than its spec.
_FIELDS: Final[tuple[tuple[type[Spec[Any]], Callable[[Any, Notify], Field]], ...]] = (
    (settings.OptionalIntSpec, OptionalIntField),
    (settings.IntSpec, IntField),
    (settings.BoolSpec, BoolField),
    (settings.ChoiceSpec, ChoiceField),
    (settings.ClockSpec, ClockField),
    (settings.WeekHoursSpec, WeekHoursField),
)


def make_field(spec: Spec[Any], notify: Notify) -> Field | None:
    """The field for `spec`, by its kind (None for favourites and exclusions: the picker)."""
    if spec is settings.VOLUME and isinstance(spec, settings.IntSpec):
        return SliderField(spec, notify)
    if isinstance(spec, settings.ChoiceSetSpec):
        return ChoiceSetField(spec, notify, columns=3 if spec is settings.FOCUS_REGIONS else 2)
    for kind, make in _FIELDS:
        if isinstance(spec, kind):
            return make(spec, notify)
    return None


class Page:
    """One tab: the settings of one section of the schema. A page makes a field for each of
    its settings as it lays them out (`field`), in groups of rows (`group`); the window
    gathers the fields, checks what they are given and shows the values."""

    section: ClassVar[str]  # the schema's section, as in SECTIONS

    def __init__(self, notify: Notify) -> None:
        self._notify = notify
        self.fields: dict[str, Field] = {}
        self._labels: list[QtWidgets.QLabel] = []
        self.scroll, self.page = scroll_page()

    @staticmethod
    def title() -> str:
        """The tab's title, with its mnemonic."""
        raise NotImplementedError

    def field(self, spec: Spec[Any]) -> Field:
        made = self.fields.get(spec.key)
        if made is None:
            made = make_field(spec, self._notify)
            assert made is not None, f"{spec.key} has no field"
            self.fields[spec.key] = made
        return made

    def rows(self, form: QtWidgets.QGridLayout, *specs: Spec[Any]) -> None:
        """A row for each setting: its label on the left (a check box carries its own)."""
        for spec in specs:
            field = self.field(spec)
            row = form.rowCount()
            if isinstance(field, BoolField):
                form.addWidget(field.cell(), row, 0, 1, 2)
                continue
            form.addWidget(field.cell(), row, 1)
            label = plain_label(setting_label(spec))
            label.setToolTip(field.control.toolTip())
            label.setBuddy(field.control)
            # Level with the control, not with its problem line below.
            label.setMinimumHeight(field.widget.sizeHint().height())
            form.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            self._labels.append(label)
            field.label = label

    def group(self, title: str, *specs: Spec[Any]) -> QtWidgets.QGroupBox:
        group = QtWidgets.QGroupBox(title)
        form = form_grid()
        self.rows(form, *specs)
        group.setLayout(form)
        return group

    def stack(self, *groups: QtWidgets.QGroupBox) -> None:
        """The page as groups one under the other."""
        layout = QtWidgets.QVBoxLayout(self.page)
        layout.setSpacing(12)
        for group in groups:
            layout.addWidget(group)
        layout.addStretch(1)

    def fit(self) -> None:
        """Line the labels up, and make the page as wide as it needs: pages scroll up and
        down, never sideways. Called once every field has its final width."""
        same_width(self._labels)
        bar = self.scroll.verticalScrollBar()
        bar_width = bar.sizeHint().width() if bar is not None else 0
        self.scroll.setMinimumWidth(self.page.minimumSizeHint().width() + bar_width)

    def focus_order(self) -> Iterator[QtWidgets.QWidget]:
        """What takes the Tab key on this page, in the order it reads."""
        layout = self.page.layout()
        if layout is not None:
            yield from focus_order(layout)


def scroll_page() -> tuple[QtWidgets.QScrollArea, QtWidgets.QWidget]:
    page = QtWidgets.QWidget()
    scroll = QtWidgets.QScrollArea()
    # The tab's own background shows through, as on a page without scrolling. The viewport
    # is one we make, set before the page (replacing it deletes the old one and what it
    # holds): asking the scroll area for its own (`viewport()`, a QWidget Python has not
    # seen) makes PySide6 set up every QtWidgets class it might be, to find its type, and
    # keeps ~1 MiB of their enum types for the rest of the process.
    viewport = QtWidgets.QWidget()
    viewport.setObjectName("qt_scrollarea_viewport")  # the name Qt gives its own
    viewport.setAutoFillBackground(False)
    scroll.setViewport(viewport)
    scroll.setWidget(page)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    page.setAutoFillBackground(False)
    return scroll, page


def form_grid() -> QtWidgets.QGridLayout:
    """Labels on the left, fields on the right; a field's problem line under it."""
    form = QtWidgets.QGridLayout()
    form.setHorizontalSpacing(16)
    form.setVerticalSpacing(8)
    form.setColumnStretch(1, 1)
    return form


def same_width(widgets: Sequence[QtWidgets.QWidget]) -> None:
    """Columns line up from one group to the next."""
    for widget in widgets:
        widget.ensurePolished()  # the style's font and margins count
    width = max((widget.sizeHint().width() for widget in widgets), default=0)
    for widget in widgets:
        widget.setMinimumWidth(width)


def focus_order(layout: QtWidgets.QLayout) -> Iterator[QtWidgets.QWidget]:
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
            yield from focus_order(inner)
