"""The settings window: a control for every setting, bounded as the schema bounds it; values
applied as soon as they are valid, refused ones explained beside the field and never emitted;
working hours edited day by day; favourites picked from the real library; reset only after
a confirmation; names for screen readers and a Tab order through every page."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from backbreak.core.exercises import load_library
from backbreak.core.settings import (
    BY_KEY,
    SCHEMA,
    IntSpec,
    OptionalIntSpec,
    Settings,
)
from backbreak.paths import assets_dir, i18n_dir
from backbreak.qt import Qt, QtCore, QtGui, QTimer, QtWidgets
from backbreak.ui.settings.fields import ChoiceSetField
from backbreak.ui.settings.window import CHECK_DELAY_MS, SettingsWindow

LIBRARY, _ = load_library(assets_dir())
MICRO = "schedule.micro_interval_minutes"
HOURS = "schedule.working_hours"
OFFICE_WEEK = (("09:00-12:30", "13:30-17:30"),) * 5 + ((), ())


class Emitted:
    """Everything `changed` carried, in order."""

    def __init__(self, window: SettingsWindow) -> None:
        self.changes: list[dict[str, Any]] = []
        window.changed.connect(self.changes.append)


def make_window(qtbot: QtBot, settings: Settings | None = None, **options: Any) -> SettingsWindow:
    window = SettingsWindow(settings or Settings(), library=LIBRARY, **options)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot: QtBot) -> SettingsWindow:
    return make_window(qtbot)


@pytest.fixture
def office(qtbot: QtBot) -> SettingsWindow:
    return make_window(qtbot, Settings().with_changes({HOURS: OFFICE_WEEK}))


def spin(window: SettingsWindow, key: str) -> QtWidgets.QSpinBox:
    box = window.control(key)
    assert isinstance(box, QtWidgets.QSpinBox)
    return box


def roll_wheel_over(widget: QtWidgets.QWidget, notches: int) -> None:
    """The mouse wheel turned with the pointer over `widget` (up: positive)."""
    centre = QtCore.QPointF(widget.rect().center())
    event = QtGui.QWheelEvent(
        centre,
        QtCore.QPointF(widget.mapToGlobal(centre)),
        QtCore.QPoint(0, 0),
        QtCore.QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QtWidgets.QApplication.sendEvent(widget, event)


def type_into(qtbot: QtBot, edit: QtWidgets.QWidget, text: str, enter: bool = True) -> None:
    """Select what is there and type over it, as a person does; Enter if asked."""
    line = edit.lineEdit() if isinstance(edit, QtWidgets.QAbstractSpinBox) else edit
    assert isinstance(line, QtWidgets.QLineEdit)
    line.selectAll()
    qtbot.keyClicks(line, text)
    if enter:
        qtbot.keyClick(line, Qt.Key.Key_Return)


def hours(window: SettingsWindow) -> Any:
    return window._fields[HOURS]


def day_edits(window: SettingsWindow, day: int) -> list[tuple[QtWidgets.QLineEdit, ...]]:
    return [(row.start, row.end) for row in hours(window).days[day].ranges]


# -- every setting -----------------------------------------------------------------------------


def test_every_setting_has_a_control_named_by_its_label_with_its_description(
    window: SettingsWindow,
) -> None:
    for spec in SCHEMA:
        control = window.control(spec.key)
        assert control.accessibleName() == spec.label, spec.key
        assert spec.description in control.toolTip(), spec.key


def test_scrolling_the_page_over_a_box_leaves_it_alone_until_it_is_clicked(
    qtbot: QtBot,
) -> None:
    """Settings apply at once: the wheel changes a number, a list or the volume only once
    the person has put the focus in it."""
    window = make_window(qtbot, Settings().with_changes({"notifications.sound": True}))
    window.activateWindow()
    qtbot.waitActive(window)
    number, theme = spin(window, MICRO), window.control("appearance.theme")
    volume = window.control("notifications.volume")
    assert isinstance(theme, QtWidgets.QComboBox) and isinstance(volume, QtWidgets.QSlider)
    shown = {
        "number": lambda: number.value(),
        "theme": lambda: theme.currentIndex(),
        "volume": lambda: volume.value(),
    }
    sections = ("schedule", "appearance", "notifications")
    controls = (number, theme, volume)
    for (name, value), control, section in zip(shown.items(), controls, sections, strict=True):
        window.show_section(section)
        before = value()
        window.setFocus()
        roll_wheel_over(control, -1)
        assert value() == before, name
        control.setFocus()
        qtbot.waitUntil(control.hasFocus)
        roll_wheel_over(control, -1)
        assert value() != before, name


def test_number_boxes_step_within_the_settings_bounds_and_show_the_unit(
    window: SettingsWindow,
) -> None:
    numbers = [s for s in SCHEMA if isinstance(s, IntSpec | OptionalIntSpec)]
    assert len(numbers) >= 10
    for spec in numbers:
        if spec.key == "notifications.volume":
            slider = window.control(spec.key)
            assert isinstance(slider, QtWidgets.QSlider)
            assert (slider.minimum(), slider.maximum()) == (spec.low, spec.high)
            continue
        box = spin(window, spec.key)
        box.setEnabled(True)
        box.setValue(spec.high)
        box.stepUp()
        assert box.value() == spec.high, spec.key
        box.setValue(spec.low)
        box.stepDown()
        assert box.value() == spec.low, spec.key
        assert f"From {spec.low} to {spec.high}" in box.toolTip()
        if spec.unit:
            assert box.suffix().strip() == spec.unit


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", [("1", "minute"), ("5", "minutes"), ("1", "break"), ("6", "breaks")]),
        ("de", [("1", "Minute"), ("5", "Minuten"), ("1", "Pause"), ("6", "Pausen")]),
    ],
)
def test_a_unit_takes_the_form_its_number_wants(
    window: SettingsWindow, language: str, expected: list[tuple[str, str]]
) -> None:
    """ "1 minute", not "1 minutes": a spin box's suffix follows its value."""
    catalogue = QtCore.QTranslator()
    assert catalogue.load(str(i18n_dir() / f"backbreak_{language}.qm"))
    QtCore.QCoreApplication.installTranslator(catalogue)
    try:
        shown = []
        for key, value in (
            ("schedule.snooze_minutes", 1),
            ("schedule.snooze_minutes", 5),
            ("history.daily_goal", 1),
            ("history.daily_goal", 6),
        ):
            box = spin(window, key)
            box.setValue(value)
            shown.append((box.cleanText(), box.suffix().strip()))
        assert shown == expected
    finally:
        QtCore.QCoreApplication.removeTranslator(catalogue)


# -- applying at once, refusing with a reason --------------------------------------------------


def test_typing_a_new_micro_interval_emits_it_once_on_enter(
    qtbot: QtBot, window: SettingsWindow
) -> None:
    emitted = Emitted(window)
    type_into(qtbot, spin(window, MICRO), "30")
    assert emitted.changes == [{MICRO: 30}]
    assert window.settings.value(BY_KEY[MICRO]) == 30


def test_a_typed_value_is_applied_when_the_person_pauses(
    qtbot: QtBot, window: SettingsWindow
) -> None:
    emitted = Emitted(window)
    with qtbot.waitSignal(window.changed, timeout=CHECK_DELAY_MS * 5) as blocker:
        type_into(qtbot, spin(window, MICRO), "120", enter=False)
    # Not 1, not 12 on the way: only what was there when typing stopped.
    assert blocker.args == [{MICRO: 120}]
    assert emitted.changes == [{MICRO: 120}]


def test_the_arrow_key_applies_the_next_value_at_once(qtbot: QtBot, window: SettingsWindow) -> None:
    emitted = Emitted(window)
    qtbot.keyClick(spin(window, MICRO), Qt.Key.Key_Up)
    assert emitted.changes == [{MICRO: 26}]


def test_an_out_of_range_number_is_explained_beside_the_box_and_not_emitted(
    qtbot: QtBot, window: SettingsWindow
) -> None:
    emitted = Emitted(window)
    box = spin(window, MICRO)
    type_into(qtbot, box, "200")
    problem = window.problem_text(MICRO)
    assert "Micro break interval must be between 5 and 120 minutes" in problem
    assert emitted.changes == []
    assert box.text() == "200 minutes"  # the person's entry stays until fixed
    assert window.settings.value(BY_KEY[MICRO]) == 25
    assert problem in box.accessibleDescription()

    type_into(qtbot, box, "45")
    assert emitted.changes == [{MICRO: 45}]
    assert window.problem_text(MICRO) == ""


def test_strict_mode_is_switched_by_its_check_box(window: SettingsWindow) -> None:
    emitted = Emitted(window)
    box = window.control("schedule.strict")
    assert isinstance(box, QtWidgets.QCheckBox)
    box.click()
    box.click()
    assert emitted.changes == [{"schedule.strict": True}, {"schedule.strict": False}]


def test_unlimited_skips_emit_none_and_a_number_again_when_unticked(
    window: SettingsWindow,
) -> None:
    emitted = Emitted(window)
    field = window._fields["schedule.daily_skips"]
    field.none_box.click()  # type: ignore[attr-defined]
    assert not spin(window, "schedule.daily_skips").isEnabled()
    field.none_box.click()  # type: ignore[attr-defined]
    assert emitted.changes == [{"schedule.daily_skips": None}, {"schedule.daily_skips": 3}]


def test_a_choice_offers_the_settings_choices_and_emits_the_chosen_one(
    window: SettingsWindow,
) -> None:
    emitted = Emitted(window)
    combo = window.control("appearance.card_size")
    assert isinstance(combo, QtWidgets.QComboBox)
    assert [combo.itemData(i) for i in range(combo.count())] == ["small", "medium", "large"]
    combo.setCurrentIndex(combo.findData("large"))
    assert emitted.changes == [{"appearance.card_size": "large"}]


def test_volume_follows_the_sound_switch_and_applies_when_the_slider_stops(
    qtbot: QtBot, window: SettingsWindow
) -> None:
    slider = window.control("notifications.volume")
    assert isinstance(slider, QtWidgets.QSlider)
    label = window._fields["notifications.volume"].label
    assert label is not None and label.text() == "Volume"
    assert not slider.isEnabled()  # sound is off by default
    assert not label.isEnabled()  # and its name greys out with it
    sound = window.control("notifications.sound")
    assert isinstance(sound, QtWidgets.QCheckBox)
    sound.click()
    assert slider.isEnabled() and label.isEnabled()
    emitted = Emitted(window)
    with qtbot.waitSignal(window.changed, timeout=CHECK_DELAY_MS * 5) as blocker:
        for _ in range(4):
            qtbot.keyClick(slider, Qt.Key.Key_Right)  # 50 -> 70 in steps of 5
    assert blocker.args == [{"notifications.volume": 70}]
    assert emitted.changes == [{"notifications.volume": 70}]


def test_the_last_position_cannot_be_unticked(window: SettingsWindow) -> None:
    emitted = Emitted(window)
    boxes = window._fields["exercises.desk_positions"].boxes  # type: ignore[attr-defined]
    boxes["seated"].click()
    boxes["standing"].click()
    assert emitted.changes[-1] == {"exercises.desk_positions": ("wall",)}
    boxes["wall"].click()
    assert "Positions at the desk must list at least one" in window.problem_text(
        "exercises.desk_positions"
    )
    assert len(emitted.changes) == 2


def test_a_bad_day_start_keeps_the_text_and_says_why(qtbot: QtBot, window: SettingsWindow) -> None:
    emitted = Emitted(window)
    edit = window.control("schedule.day_starts_at")
    type_into(qtbot, edit, "25:00")
    assert "Day starts at must be a time of day" in window.problem_text("schedule.day_starts_at")
    assert isinstance(edit, QtWidgets.QLineEdit) and edit.text() == "25:00"
    type_into(qtbot, edit, "5:30")
    assert emitted.changes == [{"schedule.day_starts_at": "05:30"}]


# -- working hours ------------------------------------------------------------------------------


def test_a_range_that_ends_before_it_starts_is_explained_on_its_day(
    qtbot: QtBot, office: SettingsWindow
) -> None:
    emitted = Emitted(office)
    _, end = day_edits(office, 1)[0]  # Tuesday morning
    type_into(qtbot, end, "08:00")
    days = hours(office).days
    assert "Working hours on Tuesday" in days[1].problem.text()
    assert "ends before it starts" in days[1].problem.text()
    assert days[1].problem.isVisible()
    assert all(not day.problem.text() for day in days if day.index != 1)
    assert emitted.changes == []
    assert end.text() == "08:00"
    assert office.settings.value(BY_KEY[HOURS]) == OFFICE_WEEK


def test_overlapping_ranges_are_refused_and_fixing_them_applies_the_day(
    qtbot: QtBot, office: SettingsWindow
) -> None:
    emitted = Emitted(office)
    (_, morning_end), (afternoon_start, _) = day_edits(office, 0)
    type_into(qtbot, afternoon_start, "12:00")
    assert "overlap" in hours(office).days[0].problem.text()
    assert emitted.changes == []
    type_into(qtbot, morning_end, "11:30")
    assert hours(office).days[0].problem.text() == ""
    week = emitted.changes[-1][HOURS]
    assert week[0] == ("09:00-11:30", "12:00-17:30")
    assert week[1:] == OFFICE_WEEK[1:]


def test_adding_and_removing_ranges(qtbot: QtBot, office: SettingsWindow) -> None:
    emitted = Emitted(office)
    friday = hours(office).days[4]
    friday.add.click()
    start, end = day_edits(office, 4)[2]
    type_into(qtbot, start, "18:00")
    type_into(qtbot, end, "19:00")
    assert emitted.changes[-1][HOURS][4] == ("09:00-12:30", "13:30-17:30", "18:00-19:00")
    friday.ranges[0].remove.click()
    assert emitted.changes[-1][HOURS][4] == ("13:30-17:30", "18:00-19:00")


def test_a_day_off_has_no_hours_and_gets_them_back(office: SettingsWindow) -> None:
    emitted = Emitted(office)
    wednesday = hours(office).days[2]
    wednesday.off.click()
    assert emitted.changes[-1][HOURS][2] == ()
    assert not wednesday.ranges_box.isVisible()
    wednesday.off.click()
    assert emitted.changes[-1][HOURS][2] == OFFICE_WEEK[2]

    sunday = hours(office).days[6]
    sunday.off.click()  # had no hours: gets a working day to edit
    assert emitted.changes[-1][HOURS][6] == ("09:00-17:00",)


def test_copy_to_all_weekdays_copies_one_day_to_monday_to_friday(
    qtbot: QtBot, office: SettingsWindow
) -> None:
    emitted = Emitted(office)
    field = hours(office)
    _, end = day_edits(office, 2)[1]  # Wednesday afternoon
    type_into(qtbot, end, "16:00")
    assert field.copy_day() == 2  # the day last edited is the one offered
    field.copy_button.click()
    week = emitted.changes[-1][HOURS]
    assert week[:5] == (("09:00-12:30", "13:30-16:00"),) * 5
    assert week[5:] == ((), ())
    assert [edits[1].text() for edits in day_edits(office, 0)] == ["12:30", "16:00"]
    assert len(emitted.changes) == 2  # the edit, then the copy: no half-copied week


def test_editing_a_weekend_day_does_not_offer_it_for_the_weekdays(
    qtbot: QtBot, office: SettingsWindow
) -> None:
    # Marking Sunday off must not leave "Copy the hours of Sunday to all weekdays" one click
    # from turning every weekday off.
    field = hours(office)
    _, end = day_edits(office, 2)[1]
    type_into(qtbot, end, "16:00")
    assert field.copy_day() == 2
    field.days[6].off.click()
    assert field.copy_day() == 2


def test_copy_from_a_day_off_and_a_refused_day(qtbot: QtBot, office: SettingsWindow) -> None:
    emitted = Emitted(office)
    field = hours(office)
    field.copy_to_weekdays(5)  # Saturday, a day off
    assert emitted.changes[-1][HOURS] == ((),) * 7
    assert all(day.off.isChecked() for day in field.days)

    field.days[0].off.click()
    start, _ = day_edits(office, 0)[0]
    type_into(qtbot, start, "18:00")  # after 17:00: refused
    assert not field.copy_button.isEnabled()
    count = len(emitted.changes)
    field.copy_to_weekdays(0)
    assert len(emitted.changes) == count
    assert field.days[1].off.isChecked()
    field.copy_from.setCurrentIndex(3)  # another day can be copied meanwhile
    assert field.copy_button.isEnabled()


# -- showing settings from outside -------------------------------------------------------------


def test_show_settings_updates_the_fields_without_emitting(
    qtbot: QtBot, window: SettingsWindow
) -> None:
    edited = Settings().with_changes(
        {
            MICRO: 40,
            "schedule.strict": True,
            "schedule.daily_skips": None,
            HOURS: OFFICE_WEEK,
            "appearance.theme": "dark",
            "exercises.focus_regions": ("neck",),
            "exercises.favourites": ("chin-tuck",),
            "notifications.volume": 80,
        }
    )
    with qtbot.assertNotEmitted(window.changed):
        window.show_settings(edited)
    assert spin(window, MICRO).value() == 40
    strict = window.control("schedule.strict")
    assert isinstance(strict, QtWidgets.QCheckBox) and strict.isChecked()
    assert not spin(window, "schedule.daily_skips").isEnabled()
    assert day_edits(window, 0)[1][0].text() == "13:30"
    assert hours(window).days[6].off.isChecked()
    theme = window.control("appearance.theme")
    assert isinstance(theme, QtWidgets.QComboBox) and theme.currentData() == "dark"
    assert window.settings == edited


def test_show_settings_keeps_a_refused_entry_unless_that_value_changed(
    qtbot: QtBot, window: SettingsWindow
) -> None:
    box = spin(window, MICRO)
    type_into(qtbot, box, "200")
    window.show_settings(Settings().with_changes({"schedule.strict": True}))
    assert box.text() == "200 minutes"
    assert window.problem_text(MICRO)
    window.show_settings(Settings().with_changes({MICRO: 50}))
    assert box.text() == "50 minutes"
    assert window.problem_text(MICRO) == ""


def test_closing_applies_what_was_typed_last(qtbot: QtBot, window: SettingsWindow) -> None:
    emitted = Emitted(window)
    type_into(qtbot, spin(window, "schedule.snooze_minutes"), "7", enter=False)
    window.close()
    assert emitted.changes == [{"schedule.snooze_minutes": 7}]


def test_messages_show_and_hide(window: SettingsWindow) -> None:
    window.show_message("Could not save the settings: the disk is full.")
    assert window.message.isVisible()
    assert "disk is full" in window.message.text()
    window.show_message("")
    assert not window.message.isVisible()


# -- exercises ----------------------------------------------------------------------------------


def test_the_picker_lists_the_librarys_exercises_and_routines(window: SettingsWindow) -> None:
    names = {window.picker.list.item(i).text() for i in range(window.picker.list.count())}
    assert {exercise.name for exercise in LIBRARY.exercises} <= names
    assert {routine.name for routine in LIBRARY.routines} <= names


def test_favourites_and_exclusions_are_picked_with_a_preview(qtbot: QtBot) -> None:
    # A favourite from a pack that is not installed now stays in the list.
    settings = Settings().with_changes({"exercises.favourites": ("gone-exercise",)})
    window = make_window(qtbot, settings)
    emitted = Emitted(window)
    window.show_section("exercises")
    window.picker.select("chin-tuck")
    assert window.picker.figure.accessibleName() == "Figure showing Chin tuck"
    assert window.picker.name.text() == "Chin tuck"

    window.picker.favourite.click()
    assert emitted.changes[-1] == {"exercises.favourites": ("chin-tuck", "gone-exercise")}
    assert "★" in window.picker._items["chin-tuck"].text()

    window.picker.never.click()  # never shown: no longer a favourite either
    assert emitted.changes[-1] == {
        "exercises.favourites": ("gone-exercise",),
        "exercises.excluded": ("chin-tuck",),
    }
    assert not window.picker.favourite.isChecked()
    assert window.picker._items["chin-tuck"].font().strikeOut()

    window.picker.select("desk-posture-pair")  # a routine: previewed by its first exercise
    assert window.picker.figure.isVisible()
    assert not window.picker.never.isChecked()


def test_without_a_library_nothing_can_be_picked(qtbot: QtBot) -> None:
    window = SettingsWindow(Settings())
    qtbot.addWidget(window)
    assert window.picker.list.count() == 0
    assert not window.picker.favourite.isEnabled()


# -- general --------------------------------------------------------------------------------------


def answer_reset(window: SettingsWindow, button: QtWidgets.QMessageBox.StandardButton) -> None:
    """Answer the confirmation once it is up (it runs its own event loop)."""

    def answer() -> None:
        box = window.findChild(QtWidgets.QMessageBox, "ResetConfirmation")
        if box is None or not box.isVisible():
            QTimer.singleShot(10, answer)
            return
        box.button(button).click()

    QTimer.singleShot(0, answer)


def test_reset_asks_first_and_does_nothing_when_cancelled(
    qtbot: QtBot, office: SettingsWindow
) -> None:
    with qtbot.assertNotEmitted(office.reset_requested):
        answer_reset(office, QtWidgets.QMessageBox.StandardButton.Cancel)
        office.reset_button.click()
    assert office.settings.value(BY_KEY[HOURS]) == OFFICE_WEEK


def test_reset_after_confirmation_shows_the_defaults(qtbot: QtBot, office: SettingsWindow) -> None:
    with (
        qtbot.assertNotEmitted(office.changed),
        qtbot.waitSignal(office.reset_requested, timeout=2000),
    ):
        answer_reset(office, QtWidgets.QMessageBox.StandardButton.Reset)
        office.reset_button.click()
    assert office.settings == Settings()
    assert day_edits(office, 6)[0][1].text() == "24:00"


def test_start_at_login_shows_the_system_state_and_reports_a_switch(qtbot: QtBot) -> None:
    window = make_window(qtbot, autostart_enabled=True)
    box = window.control("general.start_at_login")
    assert isinstance(box, QtWidgets.QCheckBox) and box.isChecked()
    emitted = Emitted(window)
    with qtbot.waitSignal(window.autostart_toggled) as blocker:
        box.click()
    assert blocker.args == [False]
    # The setting was True nowhere but on the system: no change to the file's value.
    assert emitted.changes == []
    with qtbot.waitSignal(window.autostart_toggled) as blocker:
        box.click()
    assert blocker.args == [True]
    assert emitted.changes == [{"general.start_at_login": True}]


def test_open_data_folder(qtbot: QtBot, window: SettingsWindow) -> None:
    with qtbot.waitSignal(window.open_data_folder):
        window.data_button.click()


# -- accessibility and the keyboard --------------------------------------------------------------


def focusable(window: SettingsWindow) -> Iterator[QtWidgets.QWidget]:
    for widget in window.findChildren(QtWidgets.QWidget):
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        # The text box inside a spin box or combo box is named through its owner.
        if isinstance(widget.parent(), QtWidgets.QAbstractSpinBox | QtWidgets.QComboBox):
            continue
        if isinstance(widget, QtWidgets.QTabBar):
            continue  # its tabs carry their names
        if widget.window() is not window:
            continue  # a combo box's list, a window of its own when it pops up
        yield widget


def test_every_control_has_an_accessible_name(office: SettingsWindow) -> None:
    unnamed = [
        f"{type(widget).__name__} {widget.objectName()!r} {getattr(widget, 'text', str)()!r}"
        for widget in focusable(office)
        if not widget.accessibleName()
    ]
    assert unnamed == []
    assert len(list(focusable(office))) > 60


def test_tab_goes_through_the_schedule_page_in_reading_order(
    qtbot: QtBot, office: SettingsWindow
) -> None:
    hours(office).days[4].add.click()  # a range added later has its place in the order too
    qtbot.waitUntil(lambda: day_edits(office, 4)[2][0].isVisible())
    type_into(qtbot, day_edits(office, 4)[2][0], "18:00")
    type_into(qtbot, day_edits(office, 4)[2][1], "19:00")
    office.activateWindow()
    qtbot.waitUntil(lambda: office.isActiveWindow())
    office.tabs.tabBar().setFocus()
    seen: list[QtWidgets.QWidget] = []
    for _ in range(120):
        qtbot.keyClick(QtWidgets.QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QtWidgets.QApplication.focusWidget()
        assert focus is not None
        if focus is office.close_button:
            break
        seen.append(focus)
    else:
        pytest.fail("Tab never reached the Close button")

    def position(widget: QtWidgets.QWidget) -> int:
        proxy = widget.focusProxy() or widget
        return next(i for i, w in enumerate(seen) if w is widget or w is proxy)

    micro = spin(office, MICRO).lineEdit()
    assert micro is not None
    strict = office.control("schedule.strict")
    monday_start = day_edits(office, 0)[0][0]
    friday_end = day_edits(office, 4)[1][1]
    friday_added = day_edits(office, 4)[2][0]
    copy = hours(office).copy_button
    order = [position(w) for w in (micro, strict, monday_start, friday_end, friday_added, copy)]
    assert order == sorted(order)
    # Sunday is a day off: its hidden range is skipped.
    sunday_start = day_edits(office, 6)[0][0]
    assert sunday_start not in seen


def test_section_tabs_have_mnemonics(qtbot: QtBot, window: SettingsWindow) -> None:
    texts = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    letters = [text[text.index("&") + 1].lower() for text in texts]
    assert len(set(letters)) == len(texts) == 6
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    qtbot.keyClick(window.tabs.tabBar(), Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentIndex() == 1


def test_problems_are_red_enough_to_read_on_dark_and_light_windows(
    qtbot: QtBot, window: SettingsWindow
) -> None:
    type_into(qtbot, spin(window, MICRO), "2")
    label = window._fields[MICRO].problem
    for window_colour in ("#2d2d30", "#fafafa"):
        palette = window.palette()
        palette.setColor(QtGui.QPalette.ColorRole.Window, QtGui.QColor(window_colour))
        window.setPalette(palette)
        text = label.palette().color(QtGui.QPalette.ColorRole.WindowText)
        background = QtGui.QColor(window_colour)
        assert abs(text.lightness() - background.lightness()) > 90, window_colour
        assert text.red() > text.green() and text.red() > text.blue()


def test_focus_offers_only_the_regions_some_exercise_works(qtbot: QtBot) -> None:
    # No shipped exercise works the arms: "Arms" as a focus would change nothing (and the
    # statistics never show it). A focus chosen before is kept, unseen.
    window = make_window(qtbot, Settings().with_changes({"exercises.focus_regions": ("arms",)}))
    focus = window._fields["exercises.focus_regions"]
    assert isinstance(focus, ChoiceSetField)
    worked = {region.value for practice in LIBRARY.exercises for region in practice.regions}
    assert "arms" not in worked
    offered = {region for region, box in focus.boxes.items() if not box.isHidden()}
    assert offered == worked
    assert focus.read() == ("arms",)
