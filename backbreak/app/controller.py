"""The composition root: the one place that builds and wires backbreak's parts."""

from __future__ import annotations

import contextlib
import linecache
import logging
import signal
import socket
import sys
from collections.abc import Callable
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from backbreak import APP_ID, __version__
from backbreak.app.scheduler import BreakScheduler
from backbreak.core.clock import Clock, SystemClock
from backbreak.core.control import Reply, Request, pause_end
from backbreak.core.planner import (
    BreakKind,
    Event,
    EventKind,
    NotAllowedError,
    PauseLength,
    Phase,
    Planner,
)
from backbreak.core.settings import (
    CARD_SIZE,
    REDUCED_MOTION,
    SNOOZE_LENGTH,
    SOUND,
    THEME,
    VOLUME,
    WARNING_NOTIFICATION,
    Settings,
    defaults,
)
from backbreak.ipc import ControlServer
from backbreak.logs import setup_logging
from backbreak.paths import Paths, icon_path
from backbreak.qt import COUNT, QObject, QtCore, QtGui, QTimer, QtWidgets, is_alive, tr
from backbreak.texts import refusal_words, status_sentence
from backbreak.ui.actions import AppActions
from backbreak.ui.tray import Tray

if TYPE_CHECKING:
    # Imported where first needed: a break card or the status window may never be shown in
    # a session, and start-up time counts.
    from backbreak.app.pack_watch import PackWatch
    from backbreak.core.exercises import PackError, Practice, Safety
    from backbreak.core.guide import Guide, Picker
    from backbreak.crash import CrashReporter
    from backbreak.platform.autostart import Autostart
    from backbreak.platform.notify import Notifier
    from backbreak.platform.sound import Cue, SoundPlayer
    from backbreak.store.history_store import HistoryStore
    from backbreak.store.settings_store import SettingsStore, StoreResult
    from backbreak.ui.card import BreakCard
    from backbreak.ui.comfort_prompt import ComfortPrompt
    from backbreak.ui.settings_window import SettingsWindow
    from backbreak.ui.stats_window import StatsWindow
    from backbreak.ui.status_window import StatusWindow

log = logging.getLogger(__name__)

# How long after start-up APScheduler is loaded: the tray icon comes first, and the first
# break is minutes away, so nothing is late for it.
SCHEDULER_START_DELAY_MS = 1500
# Without a tray, look for one this often, so a tray that appears later is used.
TRAY_PROBE_INTERVAL_MS = 5000
# Words in the tray tooltip and status window are in whole minutes.
STATUS_REFRESH_INTERVAL_MS = 60_000
# The first-start welcome stays this long: three sentences to read, unhurried.
WELCOME_SECONDS = 30.0
# How often to ask how long the person has been away (only inside working hours), and how
# long without input counts as away. A minute without touching anything is a glance away
# from the screen, which is what a micro break is for.
IDLE_POLL_INTERVAL_MS = 15_000
# Edits to the settings file are noticed at once through a file watcher (which also watches
# the folder, so an editor replacing the file is seen); this slow check backs it up where
# watchers see nothing (network home folders). Faster polling showed in idle CPU.
SETTINGS_CHECK_INTERVAL_MS = 60_000
# Break events the history could not take (the file locked by another program, the disk
# full) are tried again this often, from a timer: the GUI thread never waits long for it.
HISTORY_RETRY_INTERVAL_MS = 10_000


class Controller(QObject):
    """Connects the core's planner to the tray, window, card, scheduler and socket."""

    def __init__(
        self,
        planner: Planner,
        clock: Clock,
        tz: tzinfo,
        *,
        scheduler_factory: Callable[[], BreakScheduler] = BreakScheduler,
        idle_seconds: Callable[[], float | None] | None = None,
        idle_source_name: str = "none",
        dnd_active: Callable[[], bool | None] | None = None,
        dnd_cause: Callable[[], str | None] | None = None,
        exercises: Callable[[], ExerciseSource] | None = None,
        settings: Settings | None = None,
        settings_store: SettingsStore | None = None,
        history: HistoryStore | None = None,
        data_dir: Path | None = None,
    ) -> None:
        super().__init__()
        self._settings = settings or defaults()
        self._settings_store = settings_store
        self._history = history
        self._today_summary: tuple[date, dict[str, Any]] | None = None
        self._data_dir = data_dir
        self.comfort_prompt: ComfortPrompt | None = None
        self._comfort_asked_at: datetime | None = None
        # Set by run() once the controller exists (their callbacks lead back to it).
        self.notifier: Notifier | None = None
        self.sound: SoundPlayer | None = None
        self._guide: Guide | None = None  # what the card shows now
        self._break_started_at: datetime | None = None
        # The library is read when the first card needs it (or a little after start-up);
        # without one, cards show a plain stretch in words.
        self._exercise_source = exercises
        self._exercises: ExerciseSource | None = None
        # Watches the person's pack once the library is first read (it names the folder),
        # so that the next break uses what they add or fix while the app runs.
        self._pack_watch: PackWatch | None = None
        # The pack problems last told, so that each is said once, not at every reload.
        self._pack_problems_told: frozenset[str] = frozenset()
        self._planner = planner
        self._clock = clock
        self._tz = tz
        # Set by the sleep watcher: compares the clocks now, so that a wall-clock jump is
        # handed to the planner before the instant after it is (else it counts as work).
        self.check_clocks: Callable[[], None] | None = None
        self._checking_clocks = False
        self._scheduler_factory = scheduler_factory
        self.scheduler: BreakScheduler | None = None
        self.card: BreakCard | None = None
        # Every card and comfort prompt still on screen, including those fading away after
        # the controller let go of them: shutdown() closes them all.
        self._popups: list[BreakCard | ComfortPrompt] = []
        self.tray: Tray | None = None

        self.actions = AppActions(self, self)
        self._icon = QtGui.QIcon(str(icon_path("backbreak")))
        self._paused_icon = QtGui.QIcon(str(icon_path("backbreak-paused")))
        self._window: StatusWindow | None = None  # built when first needed
        self._stats_window: StatsWindow | None = None
        self._settings_window: SettingsWindow | None = None
        self.autostart: Autostart | None = None  # detected when the settings window opens

        self._tray_probe = QTimer(self)
        self._tray_probe.setInterval(TRAY_PROBE_INTERVAL_MS)
        self._tray_probe.timeout.connect(self._use_tray_if_available)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setInterval(STATUS_REFRESH_INTERVAL_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        # Natural breaks need to know when the person is away; without an idle source they
        # are off, and `status` says so.
        self._idle_seconds = idle_seconds
        self._idle_source_name = idle_source_name if idle_seconds is not None else "none"
        self._dnd_active = dnd_active
        # What held the break back at the last "active" (platform.dnd's FULL_SCREEN or
        # DO_NOT_DISTURB; None: not known), to tell the person the real reason.
        self._dnd_cause_of = dnd_cause
        self._dnd_cause: str | None = None
        self._idle_poll = QTimer(self)
        self._idle_poll.setInterval(IDLE_POLL_INTERVAL_MS)
        self._idle_poll.timeout.connect(self.poll_idle)
        self._settings_watch: QtCore.QFileSystemWatcher | None = None
        self._settings_timer = QTimer(self)
        self._settings_timer.setInterval(SETTINGS_CHECK_INTERVAL_MS)
        self._settings_timer.timeout.connect(self.check_settings_file)
        self._history_retry = QTimer(self)
        self._history_retry.setInterval(HISTORY_RETRY_INTERVAL_MS)
        self._history_retry.timeout.connect(self._retry_history)
        # Deferred calls are timers of our own (not QTimer.singleShot), so that shutdown()
        # can stop them and a test can see that nothing is left armed.
        self._deferred_start = QTimer(self)
        self._deferred_start.setSingleShot(True)
        self._deferred_start.timeout.connect(self._finish_start)
        self._deferred_exit = QTimer(self)
        self._deferred_exit.setSingleShot(True)
        self._deferred_exit.setInterval(0)
        self._deferred_exit.timeout.connect(lambda: QtCore.QCoreApplication.exit(0))
        self._stopped = False
        self._card_prepared = False

    @property
    def window(self) -> StatusWindow:
        if self._window is None:
            from backbreak.ui.status_window import StatusWindow

            self._window = StatusWindow(self.actions, self._icon, self._paused_icon)
            self._window.show_status(self.status())
        return self._window

    # -- start and stop ---------------------------------------------------------------

    def start(self, *, scheduler_delay_ms: int = SCHEDULER_START_DELAY_MS) -> None:
        QtGui.QGuiApplication.setWindowIcon(self._icon)
        if not self._use_tray_if_available():
            log.info("no system tray; showing the status window instead")
            self.window.show()
            self._tray_probe.start()
        self.refresh()
        self._refresh_timer.start()
        self._apply_theme(self._settings)
        self._watch_settings_file()
        self._deferred_start.start(scheduler_delay_ms)

    def _finish_start(self) -> None:
        if self._stopped:
            return
        self._start_scheduler()
        self.prepare_for_breaks()

    def prepare_for_breaks(self) -> None:
        """Read the library and load the card's code before the first break needs them, so
        that the first card appears about as fast as any later one: importing the card and
        the figure took some 40 ms of the first card. (Building a throwaway card as well
        gained little more, and kept about 8 MiB more memory from start-up on.)"""
        self.exercises()
        import backbreak.ui.card  # noqa: F401

    def prepare_card(self) -> None:
        """A break is near (its warning): pay the rest of the first card's one-time costs
        now, once per process, so that the first card appears as fast as later ones. Not at
        start-up: that would hold some 8 MiB more from start-up on, for a card that may come
        much later."""
        if self._card_prepared or self._stopped:
            return
        self._card_prepared = True
        from backbreak.ui.card import warm_up

        warm_up()

    def shutdown(self) -> None:
        """Stop everything this controller started: every timer and deferred call, the
        scheduler, the file watch, the notification, the pop-ups, the windows and the tray
        icon. Calls that arrive later (a signal already queued) do nothing. Safe to call
        twice."""
        if self._stopped:
            return
        self._stopped = True
        for timer in (
            self._deferred_start,
            self._deferred_exit,
            self._tray_probe,
            self._refresh_timer,
            self._idle_poll,
            self._settings_timer,
            self._history_retry,
        ):
            timer.stop()
        if self._pack_watch is not None:
            self._pack_watch.stop()
            self._pack_watch = None
        if self._settings_watch is not None:
            watched = self._settings_watch.files() + self._settings_watch.directories()
            if watched:
                self._settings_watch.removePaths(watched)
            self._settings_watch.deleteLater()
            self._settings_watch = None
        if self.notifier is not None:
            self.notifier.close()
        if self.scheduler is not None:
            self.scheduler.shutdown()
            self.scheduler.deleteLater()
            self.scheduler = None
        if self._history is not None:
            self._history.flush()
        self.comfort_prompt = None
        self.card = None
        popups, self._popups = self._popups, []
        for popup in popups:
            if is_alive(popup):
                popup.close_now()
        for window in (self._window, self._stats_window, self._settings_window):
            if window is not None and is_alive(window):
                window.hide()
                window.deleteLater()
        self._window = self._stats_window = self._settings_window = None
        if self.tray is not None:
            self.tray.stop()
            self.tray = None

    def _start_scheduler(self) -> None:
        if self._stopped:
            return
        if self.scheduler is None:
            self.scheduler = self._scheduler_factory()
            self.scheduler.due.connect(self._on_due)
            drop_source_cache()
        self._replan()

    def _use_tray_if_available(self) -> bool:
        if self.tray is not None:
            return True
        if self._stopped:
            return False
        if not Tray.available():
            return False
        self.tray = Tray(
            self.actions,
            self._icon,
            self._paused_icon,
            interval=lambda: self._planner.rules.micro_every,
        )
        self.tray.activated.connect(self.show_status_window)
        self.tray.show()
        self.refresh()
        if self._tray_probe.isActive():
            log.info("a system tray appeared; moving to it")
            self._tray_probe.stop()
            if self._window is not None:
                self._window.hide()
        return True

    # -- what the menus, the window and the socket ask for ------------------------------

    def take_break_now(self, kind: BreakKind | None = None) -> None:
        if self._planner.phase is Phase.ON_BREAK:
            if self.card is not None:
                self.card.raise_()
            return
        self._apply(lambda now: self._planner.start_break(now, kind))
        self._withdraw_warning()
        self._show_card(self._planner.running_kind, running=True)
        self._break_began()

    def pause(self, length: PauseLength | datetime) -> None:
        """Pause for a named length (the menus), or until an instant (`pause 45m`, `pause
        until 14:00`)."""
        self._apply(lambda now: self._planner.pause(now, length))
        self._withdraw_warning()
        self._withdraw_comfort()
        detail = (
            length.value
            if isinstance(length, PauseLength)
            else "until " + length.astimezone(self._tz).isoformat(timespec="seconds")
        )
        self._record_kind("PAUSED", detail=detail)
        self._close_card()

    def resume(self) -> None:
        self._apply(self._planner.resume)
        self._record_kind("RESUMED")

    def snooze(self) -> None:
        kind = self._planner.plan(self._clock.now()).next_break_kind
        self._apply(self._planner.snooze)
        self._withdraw_warning()
        self._record_kind("SNOOZED", break_kind=kind)
        self._close_card()

    def skip(self) -> None:
        kind = self._planner.plan(self._clock.now()).next_break_kind
        self._apply(self._planner.skip)
        self._withdraw_warning()
        self._record_kind("SKIPPED", break_kind=kind, exercise_id=self._guide_id())
        self._close_card()

    def show_status_window(self) -> None:
        self.refresh()
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def show_stats_window(self) -> None:
        from backbreak.ui.stats_window import StatsWindow

        if self._stats_window is None:
            self._stats_window = StatsWindow()
            self._stats_window.setWindowTitle(tr("App", "backbreak: statistics"))
            self._stats_window.export_requested.connect(self._export_history)
        self.refresh_stats()
        log.info("statistics window shown")
        self._stats_window.show()
        self._stats_window.raise_()
        self._stats_window.activateWindow()

    def show_settings_window(self) -> None:
        from backbreak.ui.settings_window import SettingsWindow

        if self.autostart is None:
            # Loaded when first needed: plistlib, configparser and friends cost a megabyte.
            from backbreak.platform.autostart import detect_autostart

            self.autostart = detect_autostart()
        if self._settings_window is None:
            source = self.exercises()
            window = SettingsWindow(
                self._settings,
                library=source.picker.library if source is not None else None,
                autostart_enabled=self.autostart.is_enabled() if self.autostart else None,
            )
            window.setWindowTitle(tr("App", "backbreak: settings"))
            window.changed.connect(self._settings_from_window)
            window.reset_requested.connect(self._reset_settings)
            window.autostart_toggled.connect(self._set_autostart)
            window.open_data_folder.connect(self._open_data_folder)
            self._settings_window = window
        self._settings_window.show_settings(self._settings)
        log.info("settings window shown")
        self._settings_window.show()
        self._settings_window.raise_()
        self._settings_window.activateWindow()

    @property
    def settings_window(self) -> SettingsWindow | None:
        return self._settings_window

    def _settings_from_window(self, changes: dict[str, object]) -> None:
        from backbreak.core.settings import SettingsError

        try:
            message = self.change_settings(changes)
        except SettingsError as error:  # the window checks first; the file may differ
            message = "\n".join(str(problem) for problem in error.problems)
        if self._settings_window is not None:
            self._settings_window.show_message(message or "")

    def _reset_settings(self) -> None:
        from backbreak.core.settings import SCHEMA

        self._settings_from_window({spec.key: defaults().get(spec.key) for spec in SCHEMA})

    def _set_autostart(self, enabled: bool) -> None:
        from backbreak.platform.autostart import AutostartError

        if self.autostart is None:
            return
        try:
            if enabled:
                self.autostart.enable()
            else:
                self.autostart.disable()
        except AutostartError as error:
            if self._settings_window is not None:
                self._settings_window.show_message(str(error))
                self._settings_window.show_autostart(self.autostart.is_enabled())
            return
        self._settings_from_window({"general.start_at_login": enabled})

    def _open_data_folder(self) -> None:
        if self._data_dir is not None:
            QtGui.QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(str(self._data_dir)))

    @property
    def stats_window(self) -> StatsWindow | None:
        return self._stats_window

    def refresh_stats(self) -> None:
        """Recompute what the statistics window shows (when open) from the history."""
        window = self._stats_window
        if window is None or self._history is None:
            return
        from backbreak.core.history import paused_days, summarise

        now = self._clock.now()
        rules = self._planner.rules
        today = self._today()
        aggregates = self._history.aggregates(today)
        paused = paused_days(
            aggregates.pauses, now, rules.working_hours, self._tz, rules.day_starts_at
        )
        streak_rules = self._settings.streak_rules()
        source = self.exercises()
        practices: list[Practice] = []
        if source is not None:
            practices.extend(source.picker.library.exercises)
            practices.extend(source.picker.library.routines)
        summary = summarise(
            aggregates,
            today=today,
            rules=streak_rules,
            paused_days=paused,
            regions_of={p.id: [r.value for r in p.regions] for p in practices},
        )
        rest = set(paused) | {
            day.day for day in summary.year if not streak_rules.is_working_day(day.day)
        }
        window.show_summary(
            summary, exercise_names={p.id: p.name for p in practices}, rest_days=rest
        )

    def _export_history(self, path: str) -> None:
        window = self._stats_window
        if window is None or self._history is None:
            return
        from backbreak.store.history_store import HistoryUnavailableError
        from backbreak.ui.stats_window import export_failed_text, exported_text

        try:
            count = self._history.export_csv(Path(path))
        except (OSError, HistoryUnavailableError) as error:
            window.show_message(export_failed_text(path, error))
            return
        window.show_message(exported_text(count, path))

    def quit(self) -> None:
        # Deferred, so a reply to `backbreak quit` is written before the loop ends. exit(),
        # not quit(): QGuiApplication turns quit() into "close every window", which the
        # status window refuses when there is no tray (it minimises instead).
        if not self._stopped:
            self._deferred_exit.start()

    def status(self) -> dict[str, Any]:
        self._notice_clock_changes()  # a status bar must not show a jump as work done
        status = self._planner.plan(self._clock.now()).to_json_dict(self._tz)
        status["ui"] = "tray" if self.tray is not None else "window"
        status["idle_detection"] = self._idle_source_name
        status["version"] = __version__
        # Why a break waits: "full-screen", "do-not-disturb", or None (not known, or none).
        status["waiting_for"] = self._dnd_cause if status["state"] == "deferred" else None
        status.update(self._today_in_history())
        return status

    def _today_in_history(self) -> dict[str, Any]:
        """Today's done breaks, the goal and the streak (stable keys for status bars)."""
        if self._history is None:
            return {}
        # The streak reads the whole history (tens of ms after years of use) and status bars
        # ask every few seconds: kept until an event is recorded, the day or the settings
        # change.
        today = self._today()
        if self._today_summary is None or self._today_summary[0] != today:
            rules = self._planner.rules
            # Fully paused working days count as the statistics window and `backbreak stats`
            # count them (core.history.paused_days), so the three streaks agree.
            paused = self._history.paused_days(
                self._clock.now(), rules.working_hours, self._tz, rules.day_starts_at
            )
            record = self._history.today_summary(today, self._settings.streak_rules(), paused)
            self._today_summary = (
                today,
                {
                    "done_today": record["done"],
                    "daily_goal": record["goal"],
                    "streak": record["current_streak"],
                    "best_streak": record["best_streak"],
                },
            )
        return dict(self._today_summary[1])

    def handle_request(self, request: Request) -> Reply:
        log.info("control command: %s", request.command)
        try:
            if request.command == "activate":
                self.show_status_window()
            elif request.command == "stats":
                self.show_stats_window()
            elif request.command == "settings":
                self.show_settings_window()
            elif request.command == "break-now":
                kind = BreakKind(request.args["kind"]) if "kind" in request.args else None
                self.take_break_now(kind)
            elif request.command == "pause":
                self.pause(pause_end(request.args, self._clock.now(), self._tz))
            elif request.command == "resume":
                self.resume()
            elif request.command == "snooze":
                self.snooze()
            elif request.command == "skip":
                self.skip()
            elif request.command == "quit":
                self.quit()
        except NotAllowedError as refusal:
            # Worded for the person in their language; the code for a script.
            return Reply(False, error=refusal_words(refusal.reason), reason=refusal.reason.value)
        return Reply(True, self.status())

    # -- what the computer tells us ------------------------------------------------------

    def poll_idle(self) -> None:
        """Ask how long the person has been away; while a break waits for do-not-disturb,
        also whether it is still on. (Do-not-disturb costs a few D-Bus round trips, so it
        is otherwise asked only when a break falls due: see _on_due.)"""
        if self._stopped:
            return
        if self._planner.phase is Phase.DEFERRED:
            self._poll_dnd()
        if self._idle_seconds is None:
            return
        seconds = self._idle_seconds()
        if seconds is None:
            return
        now = self._clock.now()
        away = self._planner.plan(now).idle
        threshold = self._settings.idle_threshold.total_seconds()
        if seconds >= threshold and not away:
            self._apply(lambda now: self._planner.set_idle(now, now - timedelta(seconds=seconds)))
        elif seconds < threshold and away:
            self._apply(lambda now: self._planner.set_idle(now, None))

    def _poll_dnd(self) -> None:
        if self._dnd_active is None:
            return
        active = self._dnd_active()
        if active:
            self._dnd_cause = self._dnd_cause_of() if self._dnd_cause_of is not None else None
        if active is not None and active != self._planner.plan(self._clock.now()).dnd:
            log.info("do-not-disturb %s", "on" if active else "off")
            if active:
                # Seen now, on since we last looked: a break falling due in between waits.
                self._react(self._planner.set_dnd(self._planner.last_seen, True))
                self._after_change()
            else:
                self._apply(lambda now: self._planner.set_dnd(now, False))

    def system_sleeping(self) -> None:
        log.info("the computer is going to sleep")
        self._apply(self._planner.suspend)

    def system_woke(self, seconds_asleep: float = 0.0) -> None:
        """The computer woke. Without a word before it fell asleep (no logind), the sleep
        is known only afterwards, from the clocks: it began `seconds_asleep` ago."""
        log.info("the computer woke up after %.0f s", seconds_asleep)

        def wake(now: datetime) -> list[Event]:
            events: list[Event] = []
            if not self._planner.suspended and seconds_asleep > 0:
                events += self._planner.suspend(now - timedelta(seconds=seconds_asleep))
            return events + self._planner.wake(now)

        self._apply(wake)

    def screen_locked(self) -> None:
        self._apply(lambda now: self._planner.set_idle(now, now))

    def screen_unlocked(self) -> None:
        self._apply(lambda now: self._planner.set_idle(now, None))

    def clock_changed(self, seconds: float = 0.0) -> None:
        """The wall clock was set (by NTP or by hand) `seconds` beyond the time that passed:
        the planner counts the real time before the jump and not the span it skipped."""
        log.info("the wall clock changed by %+.0f s", seconds)
        moved = timedelta(seconds=seconds) if seconds else None
        self._apply(lambda now: self._planner.clock_jumped(now, moved))

    def _notice_clock_changes(self) -> None:
        """Before the planner hears of an instant, let the watcher compare the clocks: a
        jump is noticed at once rather than at its next minute tick."""
        if self.check_clocks is None or self._checking_clocks:
            return
        self._checking_clocks = True
        try:
            self.check_clocks()
        finally:
            self._checking_clocks = False

    def _set_idle_polling(self, status: dict[str, Any]) -> None:
        # Poll only while it matters: inside working hours, and while a break could come.
        # Do-not-disturb is asked here only while a break waits for it (see poll_idle).
        idle_matters = (
            bool(status.get("in_working_hours"))
            and status.get("state") not in ("paused", "on_break")
        ) or bool(status.get("idle"))
        wanted = (self._idle_seconds is not None and idle_matters) or (
            self._dnd_active is not None and status.get("state") == "deferred"
        )
        if wanted and not self._idle_poll.isActive():
            self._idle_poll.start()
        elif not wanted and self._idle_poll.isActive():
            self._idle_poll.stop()

    # -- internals ----------------------------------------------------------------------

    def refresh(self) -> None:
        if self._stopped:
            return
        status = self.status()
        self.actions.set_paused(status["state"] == "paused")
        # Strict mode: a break offered or running is taken, not paused away.
        strict_break = self._planner.rules.strict and status["state"] in ("offered", "on_break")
        self.actions.allow_pause(not strict_break)
        self._set_idle_polling(status)
        if self.tray is not None:
            self.tray.show_status(status)
        if self._window is not None:
            self._window.show_status(status)

    def _apply(self, action: Callable[[Any], list[Event]]) -> None:
        """Run a planner call at the current instant, react to what it reports, re-plan.

        NotAllowedError passes through to the caller (the socket tells the CLI why)."""
        self._notice_clock_changes()
        events = action(self._clock.now())
        self._react(events)
        self._after_change()

    def _after_change(self) -> None:
        self._replan()
        self.refresh()

    def _replan(self) -> None:
        if self.scheduler is not None:
            self.scheduler.plan(self._planner.next_wakeup())

    def _on_due(self) -> None:
        if self._stopped:
            return
        self._notice_clock_changes()
        self._poll_dnd()  # a break may fall due now: it waits if do-not-disturb is on
        self._react(self._planner.advance(self._clock.now()))
        self._after_change()

    def _react(self, events: list[Event]) -> None:
        for event in events:
            log.info(
                "planner: %s %s", event.kind.value, event.break_kind and event.break_kind.value
            )
            if event.kind is EventKind.BREAK_DUE:
                self._withdraw_warning()
                self._withdraw_comfort()
                self._show_card(event.break_kind, running=False)
                self._record_kind("PROMPTED", break_kind=event.break_kind)
                if self._planner.plan(self._clock.now()).dnd:
                    self._say_break_is_waiting()
            elif event.kind is EventKind.BREAK_WITHDRAWN:
                self._withdraw_warning()
                self._close_card()
            elif event.kind is EventKind.WARNING:
                self._warn(event)
            elif event.kind is EventKind.NATURAL_BREAK:
                self._record_kind("NATURAL", break_kind=event.break_kind)
            elif event.kind is EventKind.PAUSE_ENDED:
                self._record_kind("RESUMED", detail="pause over")
                self.tell(tr("App", "The pause is over; breaks are back on."))

    def exercises(self) -> ExerciseSource | None:
        if self._exercises is None and self._exercise_source is not None:
            self._exercises = self._exercise_source()
            self._tell_pack_problems(self._exercises)
            self._watch_pack(self._exercises.pack_dir)
        return self._exercises

    def reload_exercises(self) -> None:
        """The person's pack changed: read the library again for the next break. A card on
        screen keeps the guide it was given; what came lately is still not repeated."""
        if self._stopped or self._exercise_source is None:
            return
        fresh = self._exercise_source()
        if self._exercises is not None:
            fresh.carry_over(self._exercises)
        self._exercises = fresh
        log.info(
            "exercise library reloaded: %d exercises, %d routines",
            len(fresh.picker.library.exercises),
            len(fresh.picker.library.routines),
        )
        self._tell_pack_problems(fresh)
        window = self._settings_window
        if window is not None and not window.isVisible():
            # Its list of exercises is the old library's: built anew when next opened.
            self._settings_window = None
            window.deleteLater()

    def _tell_pack_problems(self, source: ExerciseSource) -> None:
        """Say which pack files were left out, once: a reload finding the same problems
        (another file saved) says nothing more; a new problem is said again."""
        told = self._pack_problems_told
        new = [problem for problem in source.problems if str(problem) not in told]
        self._pack_problems_told = frozenset(str(problem) for problem in source.problems)
        for problem in new:
            log.warning("exercise pack: %s", problem)
        if new:
            self.tell(
                tr(
                    "App",
                    "Some of your own exercises could not be read and were left out "
                    "(%1). The details are in %2.",
                )
                .replace("%1", ", ".join(sorted({p.file for p in new})))
                .replace("%2", source.log_hint)
            )

    def _watch_pack(self, folder: Path | None) -> None:
        if folder is None or self._pack_watch is not None or self._stopped:
            return
        from backbreak.app.pack_watch import PackWatch

        self._pack_watch = PackWatch(folder, parent=self)
        self._pack_watch.changed.connect(self.reload_exercises)
        self._pack_watch.start()

    def _show_card(self, kind: BreakKind | None, *, running: bool) -> None:
        if self._stopped:
            return
        kind = kind or BreakKind.MICRO
        self._close_card()
        plan = self._planner.plan(self._clock.now())
        rules = self._planner.rules
        from backbreak.ui.card import BreakCard

        source = self.exercises()
        guide = source.picker.pick(kind) if source is not None else None
        self._guide = guide
        card = BreakCard(
            guide,
            length=rules.length_of(kind),
            long_break=kind is BreakKind.LONG,
            snooze_minutes=round(rules.snooze_length.total_seconds() / 60),
            can_snooze=plan.snoozes_left > 0,
            # A break started with "Take a break now" is the person's: skipping it is free.
            can_skip=(running and not rules.strict)
            or plan.skips_left is None
            or plan.skips_left > 0,
            strict=rules.strict,
            reduced_motion=self._reduced_motion_now(),
            safety=source.safety_once() if source is not None else None,
            reminder=source.reminder() if source is not None else "",
            size=self._settings.value(CARD_SIZE),
        )
        card.cue.connect(self._play_cue)
        if guide is not None:
            log.info("card shows %s", guide.practice_id)
        card.start_requested.connect(self._start_offered_break)
        card.snooze_requested.connect(lambda: self._from_card(self.snooze))
        card.skip_requested.connect(lambda: self._from_card(self.skip))
        card.done.connect(lambda: self._on_break_done(card))
        card.destroyed.connect(lambda: self._forget_card(card))
        self._keep_popup(card)
        self.card = card
        card.present()
        if running:
            card.begin()

    def _start_offered_break(self) -> None:
        self._from_card(lambda: self._apply(self._planner.start_break))
        if self.card is not None and self._planner.phase is Phase.ON_BREAK:
            self.card.begin()
            self._break_began()

    def _break_began(self) -> None:
        self._break_started_at = self._clock.now()
        self._record_kind(
            "STARTED", break_kind=self._planner.running_kind, exercise_id=self._guide_id()
        )

    def _from_card(self, action: Callable[[], None]) -> None:
        try:
            action()
        except NotAllowedError as refusal:
            # The card only shows what is allowed; if the rules changed meanwhile, say so.
            log.info("refused from the card: %s", refusal)
            self.tell(refusal_words(refusal.reason))

    def _on_break_done(self, card: BreakCard | None = None) -> None:
        self.card = None
        kind = self._planner.running_kind
        planned = timedelta(seconds=self._guide.total_seconds) if self._guide else None
        # The card's time ran out: the whole break was taken, whatever the wall clock did.
        taken = timedelta(0) if card is not None and card.ran_out else planned
        with contextlib.suppress(NotAllowedError):  # e.g. paused meanwhile
            self._apply(lambda now: self._planner.finish_break(now, taken))
            now = self._clock.now()
            started = self._break_started_at or now
            early = self._planner.last_break_ended_early
            self._record_kind(
                # Ended before most of its time: kept, but counts toward no goal or streak.
                "ENDED_EARLY" if early else "COMPLETED",
                break_kind=kind,
                exercise_id=self._guide_id(),
                planned=planned,
                actual=max(timedelta(0), now - started),
            )
            if early and card is not None:
                card.show_ended_early()
            elif self._should_ask_comfort():
                # After the card has faded (it thanks the person first), not over it.
                if card is not None:
                    card.destroyed.connect(self.ask_comfort)
                else:
                    self.ask_comfort()
        self._break_started_at = None

    # -- comfort check-in -------------------------------------------------------------

    def _should_ask_comfort(self) -> bool:
        if self._history is None:
            return False
        from backbreak.core.comfort import should_ask
        from backbreak.core.settings import COMFORT_CHECK_IN

        now = self._clock.now()
        if self._comfort_asked_at is None:
            # Answered earlier today, before a restart? Then not again today.
            today = self._today()
            if self._history.comfort_by_day(today, today):
                self._comfort_asked_at = now
        return should_ask(
            now,
            self._tz,
            self._planner.rules.day_starts_at,
            enabled=self._settings.value(COMFORT_CHECK_IN),
            last_asked=self._comfort_asked_at,
            completed_breaks_today=1,  # asked on the way out of a completed break
        )

    def ask_comfort(self) -> None:
        """How does the upper back feel, 0-10: once a day, after a completed break."""
        if self._stopped or self.card is not None or self.comfort_prompt is not None:
            return  # a new break is up, or the question is already asked
        from backbreak.ui.comfort_prompt import ComfortPrompt

        prompt = ComfortPrompt()
        prompt.rated.connect(lambda rating: self._record_kind("COMFORT", rating=rating))
        prompt.dismissed.connect(lambda: log.info("comfort check-in dismissed"))
        prompt.destroyed.connect(lambda: self._forget_comfort_prompt(prompt))
        self._keep_popup(prompt)
        self.comfort_prompt = prompt
        self._comfort_asked_at = self._clock.now()
        prompt.present()

    def _keep_popup(self, popup: BreakCard | ComfortPrompt) -> None:
        self._popups.append(popup)
        popup.destroyed.connect(
            lambda: self._popups.remove(popup) if popup in self._popups else None
        )

    def _forget_comfort_prompt(self, prompt: ComfortPrompt) -> None:
        if self.comfort_prompt is prompt:
            self.comfort_prompt = None

    def _withdraw_comfort(self) -> None:
        if self.comfort_prompt is not None:
            prompt, self.comfort_prompt = self.comfort_prompt, None
            prompt.withdraw()

    def _today(self) -> date:
        from backbreak.core.hours import day_key

        return day_key(self._clock.now(), self._tz, self._planner.rules.day_starts_at)

    def _close_card(self) -> None:
        if self.card is not None:
            card, self.card = self.card, None
            card.dismiss()

    def _forget_card(self, card: BreakCard) -> None:
        if self.card is card:
            self.card = None

    # -- settings ---------------------------------------------------------------------

    @property
    def settings(self) -> Settings:
        return self._settings

    def apply_settings(self, settings: Settings) -> None:
        """New settings take effect at once: the next break moves when the interval does."""
        old, self._settings = self._settings, settings
        self._today_summary = None  # the goal or the working days may have changed
        if settings.to_rules() != old.to_rules():
            self._apply(lambda now: self._planner.set_rules(now, settings.to_rules()))
        if self._exercises is not None:
            self._exercises.picker.setting = settings.exercise_setting()
        self._apply_theme(settings)
        if self.sound is not None:
            self.sound.enabled = settings.value(SOUND)
            self.sound.volume = settings.value(VOLUME)
        log.info("settings applied: %s", ", ".join(sorted(settings.changed_keys(old))) or "none")

    def change_settings(self, changes: dict[str, object]) -> str | None:
        """Validate, save and apply changes from the settings window or the CLI; returns a
        message for the person when something went wrong (the changes still apply)."""
        new = self._settings.with_changes(changes)  # SettingsError names each bad field
        message: str | None = None
        if self._settings_store is not None:
            from backbreak.store.settings_store import SettingsSaveError

            try:
                result = self._settings_store.save(new, touched=changes)
                new = result.settings
                message = result.message()
            except SettingsSaveError as error:
                message = str(error)
        self.apply_settings(new)
        return message

    def check_settings_file(self) -> None:
        """Pick up edits made to the settings file while the app runs."""
        if self._settings_store is None or self._stopped:
            return
        if self._settings_watch is not None:
            self._rewatch_settings_file()
        result = self._settings_store.reload_if_changed()
        if result is None:
            return
        self._tell_settings_result(result)
        self.apply_settings(result.settings)
        if self._settings_window is not None:
            self._settings_window.show_settings(result.settings)

    def _tell_settings_result(self, result: StoreResult) -> None:
        message = result.message()
        if message:
            log.warning("settings: %s", message)
            self.tell(message)

    def _watch_settings_file(self) -> None:
        if self._settings_store is None:
            return
        self._settings_watch = QtCore.QFileSystemWatcher(self)
        self._settings_watch.fileChanged.connect(lambda _path: self.check_settings_file())
        self._settings_watch.directoryChanged.connect(lambda _path: self.check_settings_file())
        self._rewatch_settings_file()
        self._settings_timer.start()

    def _rewatch_settings_file(self) -> None:
        """An editor saving by replacing the file drops the watch on it: watch it again (and
        the folder, to see it come back)."""
        watch, store = self._settings_watch, self._settings_store
        if watch is None or store is None:
            return
        wanted = [str(p) for p in (store.path, store.path.parent) if p.exists()]
        missing = [p for p in wanted if p not in watch.files() + watch.directories()]
        if missing:
            watch.addPaths(missing)

    def _reduced_motion_now(self) -> bool:
        """Asked once per card: "system" follows the desktop's accessibility setting."""
        choice = self._settings.value(REDUCED_MOTION)
        if choice == "system":
            from backbreak.platform.motion import desktop_prefers_reduced_motion

            return desktop_prefers_reduced_motion()
        return choice == "on"

    def _apply_theme(self, settings: Settings) -> None:
        from backbreak.ui.style import apply_theme

        apply_theme(settings.value(THEME))

    # -- warning, sound, history --------------------------------------------------------

    def _warn(self, event: Event) -> None:
        self.prepare_card()
        if not self._settings.value(WARNING_NOTIFICATION):
            return
        seconds = round(self._planner.rules.warning_before.total_seconds())
        text = tr("App", "A stretch break comes in %n seconds.", None, COUNT, seconds)
        if self.notifier is None:
            self.tell(text)
            return
        self._notify_with_buttons(
            self.notifier,
            tr("App", "Time for a stretch soon"),
            text,
            timeout_s=max(5.0, float(seconds)),
        )

    def _notify_with_buttons(
        self, notifier: Notifier, title: str, text: str, *, timeout_s: float
    ) -> None:
        """A notification with Start now, and Snooze while snoozes are left."""
        from backbreak.platform.notify import warning_actions

        plan = self._planner.plan(self._clock.now())
        snooze = self._settings.value(SNOOZE_LENGTH) if plan.snoozes_left > 0 else None
        notifier.warn(title, text, warning_actions(snooze), timeout_s=timeout_s)

    def welcome_once(self, marker: Path, *, known_user: bool = False) -> bool:
        """On the very first start on this computer, say where backbreak lives, when the
        first break comes and how to change the hours (a notification, or the tray's or the
        status window's message where there is no notification service). `marker`, in the
        data folder, remembers it: when it cannot be written the welcome is not shown
        either, rather than at every start. A person who used backbreak before the welcome
        existed (`known_user`: a history or settings file was there) is only remembered.
        True when welcomed."""
        if marker.exists():
            return False
        try:
            marker.parent.mkdir(parents=True, exist_ok=True)
            marker.write_text("The first-start welcome was shown (or not needed).\n")
        except OSError as error:
            log.warning("cannot note the first-start welcome, so it is not shown: %s", error)
            return False
        if known_user:
            return False
        from backbreak.texts import welcome_text

        title, text = welcome_text(self.status())
        log.info("first start on this computer: welcome shown")
        if self.notifier is None or self.notifier.name == "none":
            self.tell(f"{title}. {text}")
        else:
            self.notifier.warn(title, text, [], timeout_s=WELCOME_SECONDS)
        return True

    def _say_break_is_waiting(self) -> None:
        """The break waited as long as do-not-disturb may hold it and came while that is
        still on. A full-screen window stays above every other window, the card included:
        say so where the person can see it, with Start and Snooze, naming the real cause."""
        from backbreak.platform.dnd import DO_NOT_DISTURB, FULL_SCREEN

        title = tr("App", "A stretch break is waiting")
        if self._dnd_cause == FULL_SCREEN:
            text = tr(
                "App",
                "It waited while you were in full screen or presenting. Its card is behind "
                "the full-screen window.",
            )
        elif self._dnd_cause == DO_NOT_DISTURB:
            text = tr(
                "App",
                "It waited while do-not-disturb was on, as long as a break waits for it. "
                "Do-not-disturb is still on.",
            )
        else:
            text = tr(
                "App",
                "It waited while do-not-disturb was on or you were in full screen. If a "
                "full-screen window is still up, the card is behind it.",
            )
        if self.notifier is None:
            self.tell(f"{title}. {text}")
            return
        self._notify_with_buttons(self.notifier, title, text, timeout_s=60.0)

    def on_notification_action(self, key: str) -> None:
        """A button on the warning notification: start the break now, or snooze it."""
        from backbreak.platform.notify import ACTION_SNOOZE, ACTION_START

        if key == ACTION_START:
            self._from_card(self.take_break_now)
        elif key == ACTION_SNOOZE:
            self._from_card(self.snooze)

    def _withdraw_warning(self) -> None:
        if self.notifier is not None:
            self.notifier.withdraw()

    def _play_cue(self, name: str) -> None:
        if self.sound is None:
            return
        from backbreak.platform.sound import Cue

        cues: dict[str, Cue] = {
            "start": Cue.BREAK_START,
            "step": Cue.STEP,
            "end": Cue.BREAK_END,
        }
        if name in cues:
            self.sound.play(cues[name])

    def _guide_id(self) -> str | None:
        return self._guide.practice_id if self._guide is not None else None

    def _record_kind(self, kind_name: str, **details: Any) -> None:
        """Keep a history event (by kind name, so history's module loads only with a store)."""
        if self._history is None:
            return
        from backbreak.core.history import HistoryEvent, HistoryEventKind

        kind: HistoryEventKind = HistoryEventKind[kind_name]
        if not self._history.record(
            HistoryEvent.create(kind, self._clock.now(), self._tz, **details)
        ):
            self._history_retry.start()
        self._today_summary = None
        if self._stats_window is not None and self._stats_window.isVisible():
            self.refresh_stats()
        self._tell_history_notices()

    def _retry_history(self) -> None:
        if self._history is None or self._stopped or self._history.flush():
            self._history_retry.stop()
        self._tell_history_notices()

    def _tell_history_notices(self) -> None:
        if self._history is None:
            return
        for notice in self._history.take_notices():
            log.warning("history: %s", notice)
            self.tell(notice)

    def window_for_messages(self) -> StatusWindow | None:
        """The status window while it is where messages go (there is no tray); None with a
        tray, or once shut down (a late message must not build the window again)."""
        if self._stopped or self.tray is not None:
            return None
        return self.window

    def tell(self, message: str) -> None:
        """A message for the person, in words (the tray's balloon or the status window)."""
        if self.tray is not None:
            self.tray.say(message)
        else:
            self.window.status_label.setText(message)


def drop_source_cache() -> None:
    """Free the source text PySide6 reads for every module imported after it.

    PySide6's import hook for `from __feature__ import ...` (PYSIDE-2029) calls
    inspect.getsource() on each newly imported module to see whether it mentions PySide6,
    which leaves the module's whole source in linecache: ~6 MiB for our imports plus
    APScheduler's. linecache is only a cache; tracebacks read the files again if needed."""
    linecache.clearcache()


def local_timezone() -> tzinfo:
    """The computer's zone as a DST-aware zone (a fixed offset would be wrong by an hour
    after the next daylight-saving change)."""
    import tzlocal

    return tzlocal.get_localzone()


class ExerciseSource:
    """The exercise library (backbreak's own plus the person's pack), what to show next,
    and whether the safety advice still has to be shown once."""

    def __init__(
        self,
        picker: Picker,
        problems: tuple[PackError, ...] = (),
        *,
        safety_seen_file: Path | None = None,
        log_hint: str = "",
        pack_dir: Path | None = None,
    ) -> None:
        self.picker = picker
        self.problems = problems
        self.log_hint = log_hint
        self.pack_dir = pack_dir  # the person's pack, watched for changes (None: no pack)
        self._safety_seen_file = safety_seen_file

    @classmethod
    def load(cls, paths: Paths, settings: Settings | None = None) -> ExerciseSource:
        import random

        from backbreak.core.exercises import AT_DESK, load_library
        from backbreak.core.guide import Picker
        from backbreak.paths import assets_dir

        library, problems = load_library(assets_dir())
        # Problems in our own files are bugs (tests keep them out); the person's pack is
        # checked the same way, and a bad file there is left out with a message.
        for problem in problems:
            log.error("shipped exercise library: %s", problem)
        library, pack_problems = load_library(paths.user_pack_dir, base=library)
        setting = settings.exercise_setting() if settings is not None else AT_DESK
        return cls(
            Picker(library, setting, random.Random()),
            pack_problems,
            safety_seen_file=paths.safety_seen_file,
            log_hint=str(paths.log_file),
            pack_dir=paths.user_pack_dir,
        )

    def carry_over(self, older: ExerciseSource) -> None:
        """Keep what the library read before this one knew: what came lately (so a reload
        does not bring it straight back), and that the safety advice could not be noted."""
        import random

        from backbreak.core.guide import Picker

        self.picker = Picker(
            self.picker.library, self.picker.setting, random.Random(), older.picker.recent
        )
        if older._safety_seen_file is None:
            self._safety_seen_file = None

    def reminder(self) -> str:
        """The one-line safety reminder every card shows."""
        safety = self.picker.library.safety
        return safety.reminder if safety is not None else ""

    def safety_once(self) -> Safety | None:
        """The safety advice the first time a card is shown on this computer, then never."""
        safety = self.picker.library.safety
        marker = self._safety_seen_file
        if safety is None or marker is None or marker.exists():
            return None
        try:
            marker.parent.mkdir(parents=True, exist_ok=True)
            marker.write_text("The safety advice was shown with the first break.\n")
        except OSError as error:
            log.warning("cannot note that the safety advice was shown: %s", error)
            self._safety_seen_file = None  # once per run, then
        return safety


class _SignalWaker:
    """Lets SIGTERM, SIGINT, SIGHUP (the terminal or session went away) and SIGQUIT end the
    Qt loop cleanly, so held break events are saved or kept and the socket and lock go.

    Python runs signal handlers only when the interpreter gets control, which it does not
    while Qt's loop waits; a socket written by the C-level handler wakes the loop."""

    def __init__(self, on_signal: Callable[[], None]) -> None:
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._notifier = QtCore.QSocketNotifier(
            self._reader.fileno(), QtCore.QSocketNotifier.Type.Read
        )
        self._notifier.activated.connect(self._drain)
        self._on_signal = on_signal
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        for name in ("SIGTERM", "SIGINT", "SIGHUP", "SIGQUIT"):
            if hasattr(signal, name):  # Windows has neither SIGHUP nor SIGQUIT
                signal.signal(getattr(signal, name), lambda *_: None)

    def _drain(self) -> None:
        try:
            self._reader.recv(64)
        except BlockingIOError:
            return
        self._on_signal()

    def close(self) -> None:
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()


def run(paths: Paths, argv: list[str]) -> int:
    """Start the tray app; returns the process exit code. The caller checked the display."""
    paths.ensure()
    setup_logging(paths.log_file)
    log.info("backbreak %s starting (Python %s)", __version__, sys.version.split()[0])
    from backbreak.crash import CrashReporter

    crashes = CrashReporter(str(paths.log_file))
    crashes.install()
    try:
        return _run_app(paths, argv, crashes)
    finally:
        crashes.uninstall()


def _run_app(paths: Paths, argv: list[str], crashes: CrashReporter) -> int:
    app = QtWidgets.QApplication(argv)
    app.setApplicationName("backbreak")
    app.setApplicationVersion(__version__)
    # The desktop (a Wayland compositor's app id, a task bar's icon) finds the menu entry
    # `backbreak install-desktop-entry` writes by this name.
    app.setDesktopFileName(APP_ID)
    app.setQuitOnLastWindowClosed(False)
    _install_translator(app)

    lock = QtCore.QLockFile(str(paths.lock_file))
    if not lock.tryLock(0):
        log.info("another backbreak holds %s", paths.lock_file)
        return -1  # the CLI hands the command over instead

    clock = SystemClock()
    tz = local_timezone()
    senses = _DesktopSenses.detect(app)
    from backbreak.store.history_store import HistoryStore
    from backbreak.store.settings_store import SettingsStore

    settings_store = SettingsStore(paths.config_dir)
    # Someone who used backbreak before the first-start welcome existed needs none.
    known_user = paths.history_file.exists() or settings_store.path.exists()
    loaded = settings_store.load()
    settings = loaded.settings
    settings_store.create_if_missing()
    history = HistoryStore(
        paths.history_file,
        day_starts_at=settings.to_rules().day_starts_at,
        journals=paths.history_journals,
        rejected_file=paths.history_rejected_file,
    )
    controller = Controller(
        Planner(settings.to_rules(), tz, clock.now()),
        clock,
        tz,
        idle_seconds=senses.idle_seconds,
        idle_source_name=senses.idle_name,
        dnd_active=senses.dnd_active,
        dnd_cause=senses.dnd_cause,
        exercises=lambda: ExerciseSource.load(paths, controller.settings),
        settings=settings,
        settings_store=settings_store,
        history=history,
        data_dir=paths.data_dir,
    )
    _attach_notifier_and_sound(controller, paths, settings)
    server = ControlServer(paths.control_socket, controller.handle_request)
    if not server.listen():
        lock.unlock()
        print(
            tr("App", "backbreak: cannot open its control socket %1; see %2")
            .replace("%1", paths.control_socket)
            .replace("%2", str(paths.log_file)),
            file=sys.stderr,
        )
        return 1
    waker = _SignalWaker(controller.quit)
    senses.watch(controller)
    crashes.tell = controller.tell
    controller.start()
    controller.welcome_once(paths.welcome_shown_file, known_user=known_user)
    for notice in [loaded.message(), *history.take_notices()]:
        if notice:
            log.warning("%s", notice)
            controller.tell(notice)
    drop_source_cache()
    log.info("running; %s", status_sentence(controller.status()))
    try:
        return app.exec()
    finally:
        log.info("quitting")
        waker.close()
        senses.stop()
        controller.shutdown()
        server.close()
        history.close()
        lock.unlock()


def _attach_notifier_and_sound(controller: Controller, paths: Paths, settings: Settings) -> None:
    from backbreak.platform.notify import detect_notifier
    from backbreak.platform.sound import SoundPlayer, detect_playback

    def tray_icon() -> QtWidgets.QSystemTrayIcon | None:
        return controller.tray.icon if controller.tray is not None else None

    from backbreak.ui.status_window import StatusWindowNotifier

    # With neither a notification service nor a tray, the warning goes to the status window.
    in_window = StatusWindowNotifier(
        controller.window_for_messages, controller.on_notification_action
    )
    controller.notifier = detect_notifier(
        controller.on_notification_action, tray_icon=tray_icon, elsewhere=in_window
    )
    log.info("break warnings through: %s", controller.notifier.name)
    controller.sound = SoundPlayer(
        detect_playback(),
        paths.sounds_dir,
        enabled=settings.value(SOUND),
        volume=settings.value(VOLUME),
    )


class _DesktopSenses:
    """What the desktop can tell us: idle time, do-not-disturb, sleep, lock, clock changes.

    Each comes from the first backend that works here (backbreak.platform), or from none."""

    def __init__(self) -> None:
        self.idle_seconds: Callable[[], float | None] | None = None
        self.idle_name = "none"
        self.dnd_active: Callable[[], bool | None] | None = None
        self.dnd_cause: Callable[[], str | None] | None = None
        self._session_bus: Any = None
        self._system_bus: Any = None
        self._watcher: Any = None

    @classmethod
    def detect(cls, app: QtWidgets.QApplication) -> _DesktopSenses:
        import os

        from backbreak.platform.dnd import CombinedDnd, NoDoNotDisturb, detect_do_not_disturb
        from backbreak.platform.idle import NoIdleMonitor, detect_idle_monitor

        senses = cls()
        x_display = None
        if sys.platform not in ("win32", "darwin"):
            from backbreak.platform.dbus import Bus
            from backbreak.platform.x11 import XDisplay

            senses._session_bus = Bus.session(os.environ)
            senses._system_bus = Bus.system()
            # Only Qt's X11 platform shares the X server's view of input; under Wayland,
            # XWayland does not see input to Wayland windows.
            if app.platformName() == "xcb" and os.environ.get("DISPLAY"):
                x_display = XDisplay.open(os.environ["DISPLAY"])
        monitor = detect_idle_monitor(
            os.environ, session_bus=senses._session_bus, x_display=x_display
        )
        if not isinstance(monitor, NoIdleMonitor):
            senses.idle_seconds = monitor.idle_seconds
        senses.idle_name = monitor.name
        dnd = detect_do_not_disturb(
            os.environ, session_bus=senses._session_bus, x_display=x_display
        )
        if not isinstance(dnd, NoDoNotDisturb):
            senses.dnd_active = dnd.active
            if isinstance(dnd, CombinedDnd):
                senses.dnd_cause = lambda: dnd.cause
        return senses

    def watch(self, controller: Controller) -> None:
        from backbreak.platform.sleep import SleepWatcher

        watcher = SleepWatcher(controller)
        watcher.about_to_sleep.connect(controller.system_sleeping)
        watcher.woke.connect(controller.system_woke)
        watcher.clock_changed.connect(controller.clock_changed)
        watcher.locked.connect(controller.screen_locked)
        watcher.unlocked.connect(controller.screen_unlocked)
        watcher.start(session_bus=self._session_bus, system_bus=self._system_bus)
        controller.check_clocks = watcher.check_now
        log.info("sleep and lock from: %s", ", ".join(watcher.sources) or "nothing")
        self._watcher = watcher

    def stop(self) -> None:
        """Stop the gap check and leave the D-Bus signals we subscribed to."""
        if self._watcher is not None:
            self._watcher.stop()
            self._watcher = None


def _install_translator(app: QtWidgets.QApplication) -> None:
    """Load assets/i18n/backbreak_<locale>.qm when one exists for the user's language."""
    from backbreak.paths import assets_dir

    translator = QtCore.QTranslator(app)
    if translator.load(QtCore.QLocale(), "backbreak", "_", str(assets_dir() / "i18n")):
        app.installTranslator(translator)
