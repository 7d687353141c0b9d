"""The settings window: every preference of backbreak.core.settings.SCHEMA, in six tabs (one
page for each section of the schema, beside this module), applied as soon as it is edited.

The fields are built from the schema's specs, so what a field allows is what the settings
accept: a number box steps within the setting's bounds and shows its unit, a choice is a list of
the setting's choices. Whatever the person enters is checked by `Settings.with_changes` before
anything leaves the window: a value it refuses (a number out of range, working hours that end
before they start or overlap) is explained next to the field in the schema's own words, the
field keeps what the person typed until it is fixed, and nothing is emitted meanwhile. A value
it accepts is emitted at once through `changed` ({key: value}); the app saves and applies it
and may call `show_settings` with the result, which never emits.

Typed text is checked when the person pauses typing (CHECK_DELAY_MS), presses Enter or leaves
the field: checking every keystroke would apply 12 minutes on the way to typing 120.
"""

from __future__ import annotations

from typing import Final

from backbreak.core.exercises import Library
from backbreak.core.settings import (
    EXCLUDED,
    FAVOURITES,
    SCHEMA,
    SECTIONS,
    SOUND,
    START_AT_LOGIN,
    VOLUME,
    WORKING_HOURS,
    Settings,
    SettingsError,
    Value,
    WeekRanges,
)
from backbreak.qt import Qt, QtCore, QtGui, QtWidgets, Signal, make_timer, tr
from backbreak.ui.icons import give_window_icon
from backbreak.ui.settings.appearance import AppearancePage
from backbreak.ui.settings.exercises import ExercisesPage
from backbreak.ui.settings.fields import INCOMPLETE, Field, Incomplete, IntField
from backbreak.ui.settings.general import GeneralPage
from backbreak.ui.settings.history import HistoryPage
from backbreak.ui.settings.hours import WeekHoursField
from backbreak.ui.settings.notifications import NotificationsPage
from backbreak.ui.settings.page import Page, same_width
from backbreak.ui.settings.schedule import SchedulePage
from backbreak.ui.style import TabWidget, plain_label

CHECK_DELAY_MS: Final = 600


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
        give_window_icon(self)
        self.setAccessibleName(tr("Settings", "backbreak settings"))
        self._ready = False  # palette changes while building have nothing to restyle
        self._settings = settings
        self._autostart = autostart_enabled
        self._updating = False
        self._pending: list[Field] = []
        self._check_timer = make_timer(
            self, self.check_pending, interval_ms=CHECK_DELAY_MS, single_shot=True
        )

        self.tabs = TabWidget()
        self.tabs.setAccessibleName(tr("Settings", "Sections"))
        self._pages = self._build_pages(library)
        self._fields = self._gather_fields()
        same_width([field.box for field in self._fields.values() if isinstance(field, IntField)])
        for page in self._pages.values():
            page.fit()
            self.tabs.addTab(page.scroll, page.title())

        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self._bottom())
        QtGui.QShortcut(QtGui.QKeySequence(Qt.Key.Key_Escape), self, self.close)

        hours = self._fields[WORKING_HOURS.key]
        assert isinstance(hours, WeekHoursField)
        hours.on_layout_changed = self._order_tabs
        self._show(settings, force=True)
        self._ready = True
        self._apply_palette()
        self.resize(self.sizeHint().expandedTo(QtCore.QSize(900, self._fitting_height())))

    def _fitting_height(self) -> int:
        """Tall enough for the tallest page without scrolling (longer languages take more
        lines), as far as the screen allows; pages scroll beyond that."""
        tallest = max(page.page.sizeHint().height() for page in self._pages.values())
        screen = self.screen()
        room = screen.availableGeometry().height() - 60 if screen is not None else 800
        # The tabs' bar, the buttons below and the margins: about 120 px around a page.
        return max(640, min(tallest + 120, room))

    # -- what the app uses ----------------------------------------------------------------

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

    def show_data_folder(self, folder: str) -> None:
        """Say where the data folder is, under the button that opens it."""
        page = self._pages["general"]
        assert isinstance(page, GeneralPage)
        page.show_data_folder(folder)

    def show_section(self, section: str) -> None:
        """Bring a section's tab forward: one of SECTIONS ("schedule", "exercises", ...)."""
        self.tabs.setCurrentWidget(self._pages[section].scroll)

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
        if isinstance(field, WeekHoursField):
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

    def _build_pages(self, library: Library | None) -> dict[str, Page]:
        """A page for each section of the schema, in the order of their tabs."""
        notify = self._field_edited
        schedule = SchedulePage(notify)
        exercises = ExercisesPage(notify, library, self._picker_changed)
        notifications, appearance = NotificationsPage(notify), AppearancePage(notify)
        general = GeneralPage(notify)
        pages = (schedule, exercises, notifications, appearance, general, HistoryPage(notify))
        assert [page.section for page in pages] == list(SECTIONS)
        self.picker = exercises.picker
        self.data_button, self.reset_button = general.data_button, general.reset_button
        self.data_button.clicked.connect(self.open_data_folder)
        self.reset_button.clicked.connect(self.confirm_reset)
        return {page.section: page for page in pages}

    def _gather_fields(self) -> dict[str, Field]:
        """Every page's fields, in the schema's order: every setting has one, but favourites
        and exclusions (the picker)."""
        made = {key: field for page in self._pages.values() for key, field in page.fields.items()}
        fields = {spec.key: made.pop(spec.key) for spec in SCHEMA if spec.key in made}
        missing = [
            spec.key
            for spec in SCHEMA
            if spec.key not in fields and spec not in (FAVOURITES, EXCLUDED)
        ]
        assert not made and not missing, f"settings on no page: {missing}"
        return fields

    def _bottom(self) -> QtWidgets.QHBoxLayout:
        """The message line (a save error, a notice) and the Close button."""
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
        return bottom

    def _order_tabs(self) -> None:
        """Tab goes down each page as it reads, also through ranges added later."""
        previous: QtWidgets.QWidget = self.tabs.tabBar()
        for page in self._pages.values():
            for widget in page.focus_order():
                QtWidgets.QWidget.setTabOrder(previous, widget)
                previous = widget
        QtWidgets.QWidget.setTabOrder(previous, self.close_button)

    # -- checking and applying ------------------------------------------------------------

    def _field_edited(self, field: Field, at_once: bool) -> None:
        if self._updating:
            return
        if field in self._pending:
            self._pending.remove(field)
        if at_once:
            self._check(field)
        else:
            self._pending.append(field)
            self._check_timer.start()

    def _check(self, field: Field) -> None:
        if isinstance(field, WeekHoursField):
            self._check_hours(field)
            return
        raw = field.read()
        if isinstance(raw, Incomplete):
            return
        starts = (
            self._settings.value(START_AT_LOGIN) if self._autostart is None else self._autostart
        )
        if self._apply({field.key: raw}) and field.key == START_AT_LOGIN.key and raw != starts:
            # The system's switch may differ from the file's value: report the switch even
            # when the setting itself stays the same.
            self._autostart = bool(raw)
            self.autostart_toggled.emit(bool(raw))

    def _check_hours(self, field: WeekHoursField) -> None:
        """Check each day on its own, so each day's problem shows beside that day."""
        week = field.read()
        assert isinstance(week, tuple)
        shown: WeekRanges = self._settings.value(WORKING_HOURS)
        current = list(shown)
        complete = True
        for index, day in enumerate(week):
            if isinstance(day, Incomplete):
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
            if field is not None and not isinstance(field, WeekHoursField):
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
                if isinstance(field, WeekHoursField):
                    for index in range(len(field.days)):
                        field.set_day_problems(index, ())
                else:
                    field.set_problems(())
                if field in self._pending:
                    self._pending.remove(field)
        finally:
            self._updating = False
        self._show_dependent()

    def _keeps_entry(self, field: Field, before: Value, after: Value) -> bool:
        """A refused or half-typed entry stays until it is fixed, unless the value itself
        changed elsewhere meanwhile."""
        return (field.has_problem or field in self._pending) and before == after

    @staticmethod
    def _shown_value(field: Field) -> object:
        raw = field.read()
        if isinstance(field, WeekHoursField):
            assert isinstance(raw, tuple)
            if any(isinstance(day, Incomplete) for day in raw):
                return INCOMPLETE
        elif isinstance(raw, Incomplete):
            return raw
        try:
            return Settings({field.key: raw}).get(field.key)
        except SettingsError:
            return INCOMPLETE

    def _show_dependent(self) -> None:
        """Controls that follow other settings: volume with sound, the picker's marks."""
        volume = self._fields[VOLUME.key]
        for part in (volume.widget, volume.label):
            if part is not None:  # its label greys out with it, as Qt greys a form's
                part.setEnabled(self._settings.value(SOUND))
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
