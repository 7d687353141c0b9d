"""The composition root: builds every service, connects their signals, starts and stops them.

Nothing is wired after construction: each service gets what it needs when it is built, and
listens to the others through signals (settings `changed`, the session's planner events,
the history's `recorded`). `run()` (app/main.py) builds one `App` with the real desktop;
tests build it with a hand clock, a hand scheduler and senses they drive.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from backbreak import __version__
from backbreak.app.comfort import ComfortCheckIn
from backbreak.app.dependencies import Calendar, Dependencies
from backbreak.app.exercise_library import ExerciseLibrary, ExerciseSource
from backbreak.app.history_service import HistoryService
from backbreak.app.memory import MemoryTidy
from backbreak.app.preferences import PreferencesView
from backbreak.app.requests import RequestHandler
from backbreak.app.scheduler import BreakScheduler
from backbreak.app.senses import DesktopSenses
from backbreak.app.session import SCHEDULER_START_DELAY_MS, BreakSession
from backbreak.app.settings_service import SettingsService, touches
from backbreak.app.statistics import StatisticsView
from backbreak.app.warnings import BreakWarnings
from backbreak.app.windows import Windows
from backbreak.core.clock import Clock
from backbreak.core.planner import Planner, Rules
from backbreak.core.settings import SOUND, THEME, VOLUME, Settings
from backbreak.core.status import DEFERRED, OFFERED, ON_BREAK, PAUSED, Status, plan_status
from backbreak.qt import QObject, QtCore, QtWidgets, make_timer
from backbreak.ui.actions import AppActions

if TYPE_CHECKING:
    from backbreak.core.breaks import Plan
    from backbreak.platform.notify import Notifier
    from backbreak.platform.sound import SoundPlayer
    from backbreak.store.history_store import HistoryStore
    from backbreak.store.settings_store import SettingsStore

log = logging.getLogger(__name__)

# Words in the tray tooltip and status window are in whole minutes.
STATUS_REFRESH_INTERVAL_MS = 60_000

# Makes the warning notifier, given where its buttons' keys go and the windows (a tray's
# balloon or the status window are the last resorts).
NotifierFactory = Callable[[Callable[[str], None], Windows], "Notifier | None"]


class App(QObject):
    """Every service of the running app, wired together."""

    def __init__(
        self,
        planner: Planner,
        clock: Clock,
        tz: tzinfo,
        *,
        scheduler_factory: Callable[[], BreakScheduler] = BreakScheduler,
        senses: DesktopSenses | None = None,
        exercises: Callable[[], ExerciseSource] | None = None,
        settings: Settings | None = None,
        settings_store: SettingsStore | None = None,
        history: HistoryStore | None = None,
        data_dir: Path | None = None,
        make_notifier: NotifierFactory | None = None,
        sound: SoundPlayer | None = None,
        shown_icon: QtWidgets.QSystemTrayIcon | None = None,
        actions: AppActions | None = None,
    ) -> None:
        """shown_icon: the icon app.main put in the tray before building the app, with a
        menu of `actions` (the tray takes both over)."""
        super().__init__()
        self.tz = tz

        def rules() -> Rules:
            return planner.rules

        self.settings = SettingsService(settings, settings_store, self)
        self.history = HistoryService(
            history,
            Calendar(clock, tz, rules),
            streak_rules=lambda: self.settings.current.streak_rules(),
            parent=self,
        )
        self.library = ExerciseLibrary(exercises, self)
        self.senses = senses if senses is not None else DesktopSenses(parent=self)
        deps = Dependencies(
            clock, tz, rules, self.settings, self.history, self.library, self.senses
        )
        self.session = BreakSession(planner, deps, scheduler_factory=scheduler_factory, parent=self)
        self._build_views(deps, data_dir, shown_icon, actions)
        self._build_features(deps, make_notifier)
        self.sound = sound
        self.memory = MemoryTidy(self.history.release_memory, self)
        self._build_timers()
        self._stopped = False
        self._wire()

    def _build_views(
        self,
        deps: Dependencies,
        data_dir: Path | None,
        shown_icon: QtWidgets.QSystemTrayIcon | None,
        actions: AppActions | None,
    ) -> None:
        """The tray and the windows, and what the socket asks of them."""
        planner = self.session.planner
        self.actions = actions if actions is not None else AppActions()
        self.actions.setParent(self)
        self.windows = Windows(
            self.actions,
            status=self.status,
            interval=lambda: planner.rules.interval,
            shown_icon=shown_icon,
            parent=self,
        )
        self.statistics = StatisticsView(deps, parent=self)
        self.preferences = PreferencesView(deps, data_dir=data_dir, parent=self)
        self.handle_request = RequestHandler(
            self.session,
            deps,
            windows={
                "activate": self.windows.show_status_window,
                "stats": self.statistics.show,
                "settings": self.preferences.show,
            },
            quit_app=self.quit,
            status=self._status_for_request,
        )

    def _build_features(self, deps: Dependencies, make_notifier: NotifierFactory | None) -> None:
        """What listens to the break session: the warning and the comfort check-in."""
        notifier_for = (
            (lambda on_action: make_notifier(on_action, self.windows)) if make_notifier else None
        )
        self.warnings = BreakWarnings(notifier_for, deps, session=self.session, parent=self)
        self.comfort = ComfortCheckIn(
            deps,
            card_showing=lambda: self.session.card is not None,
            parent=self,
        )

    def _build_timers(self) -> None:
        self._refresh_timer = make_timer(self, self.refresh, interval_ms=STATUS_REFRESH_INTERVAL_MS)
        # Deferred, so a reply to `backbreak quit` is written before the loop ends.
        self._deferred_exit = make_timer(
            self, lambda: QtCore.QCoreApplication.exit(0), interval_ms=0, single_shot=True
        )

    def _wire(self) -> None:
        session, windows, senses = self.session, self.windows, self.senses
        for source in (session, self.settings, self.history, self.library, self.warnings):
            source.message.connect(windows.tell)
        session.changed.connect(self.refresh)
        session.planner_event.connect(self.warnings.on_planner_event)
        session.planner_event.connect(self.comfort.on_planner_event)
        session.person_acted.connect(lambda _action: self.warnings.withdraw())
        session.person_acted.connect(self.comfort.on_person_acted)
        session.break_waited.connect(self.warnings.say_break_is_waiting)
        session.break_completed.connect(self.comfort.on_break_completed)
        session.cue.connect(self._play_cue)
        self.warnings.start_requested.connect(lambda: session.from_card(session.take_break_now))
        self.warnings.snooze_requested.connect(lambda: session.from_card(session.snooze))
        senses.away.connect(session.person_away)
        senses.back.connect(session.person_back)
        senses.dnd_seen.connect(session.dnd_seen)
        senses.sleeping.connect(session.system_sleeping)
        senses.woke.connect(session.system_woke)
        senses.locked.connect(session.screen_locked)
        senses.unlocked.connect(session.screen_unlocked)
        senses.clock_changed.connect(session.clock_changed)
        self.settings.changed.connect(self._settings_changed)
        self.settings.reloaded.connect(self.preferences.on_file_reloaded)
        self.library.reloaded.connect(self.preferences.on_library_reloaded)
        self.history.recorded.connect(self.statistics.on_recorded)
        # Before the views refresh: the figures they show include an earlier run's today.
        self.history.figures_ready.connect(session.count_earlier_today)
        self.history.figures_ready.connect(self.refresh)
        for view in (session, self.preferences, self.statistics, self.comfort):
            view.window_gone.connect(self.memory.soon)
        actions = self.actions
        actions.take_break.triggered.connect(lambda _checked=False: session.take_break_now())
        actions.pause_chosen.connect(session.pause)
        actions.resume.triggered.connect(lambda _checked=False: session.resume())
        actions.snooze.triggered.connect(lambda _checked=False: session.from_card(session.snooze))
        actions.skip.triggered.connect(lambda _checked=False: session.from_card(session.skip))
        actions.show_window.triggered.connect(lambda _checked=False: windows.show_status_window())
        actions.show_stats.triggered.connect(lambda _checked=False: self.statistics.show())
        actions.show_settings.triggered.connect(lambda _checked=False: self.preferences.show())
        actions.quit.triggered.connect(lambda _checked=False: self.quit())

    # -- start and stop ---------------------------------------------------------------

    def start(self, *, scheduler_delay_ms: int = SCHEDULER_START_DELAY_MS) -> None:
        self.senses.set_idle_threshold(self.settings.current.idle_threshold.total_seconds())
        self.windows.start()
        self.refresh()
        self._refresh_timer.start()
        self._apply_theme(self.settings.current)
        self.settings.start()
        self.senses.start()
        self.library.start()
        self.history.start()
        self.warnings.start()
        self.comfort.start()
        self.statistics.start()
        self.preferences.start()
        self.memory.start()
        self.session.start(scheduler_delay_ms=scheduler_delay_ms)

    def stop(self) -> None:
        """Stop every service and every timer and deferred call: calls that arrive later (a
        signal already queued) do nothing. Safe to call twice."""
        if self._stopped:
            return
        self._stopped = True
        self._refresh_timer.stop()
        self._deferred_exit.stop()
        for service in (
            self.session,
            self.senses,
            self.library,
            self.settings,
            self.warnings,
            self.history,
            self.comfort,
            self.statistics,
            self.preferences,
            self.memory,
            self.windows,
        ):
            service.stop()

    def quit(self) -> None:
        # exit(), not quit(): QGuiApplication turns quit() into "close every window", which
        # the status window refuses when there is no tray (it minimises instead).
        if not self._stopped:
            self._deferred_exit.start()

    def welcome_once(self, marker: Path, *, known_user: bool = False) -> bool:
        """The first-start welcome (app.warnings), worded for where the app lives now."""
        from backbreak.texts import welcome_text

        return self.warnings.welcome_once(marker, welcome_text(self.status()), known_user)

    # -- the state, everywhere it is shown ------------------------------------------------

    def status(self) -> Status:
        return self._status_of(self._plan())

    def _plan(self) -> Plan:
        self.session.notice_clock_changes()  # a status bar must not show a jump as work done
        return self.session.plan()

    def _status_of(self, plan: Plan) -> Status:
        return plan_status(
            plan,
            self.tz,
            ui=self.windows.ui_name,
            idle_detection=self.senses.idle_name,
            version=__version__,
            waiting_for=self.senses.dnd_cause if plan.phase.value == DEFERRED else None,
            **self.history.today_figures(),
        )

    def _status_for_request(self) -> Status:
        """A status bar's answer has today's figures, even in the app's first instant."""
        self.history.get_ready()
        return self.status()

    def refresh(self) -> None:
        if self._stopped:
            return
        plan = self._plan()
        status = self._status_of(plan)
        rules = self.session.planner.rules
        self.actions.set_paused(status.state == PAUSED)
        # While a break runs, "Take a break now" would only raise its card: not offered.
        self.actions.take_break.setVisible(status.state != ON_BREAK)
        # Strict mode: a break offered or running is taken, not paused away.
        strict = rules.strict and status.state in (OFFERED, ON_BREAK)
        self.actions.allow_pause(not strict)
        self.actions.offer_break_choices(
            snooze_minutes=rules.snooze_minutes if plan.snooze_refusal is None else None,
            skip=plan.skip_refusal is None,
        )
        # Ask the desktop only while it matters: idle time inside working hours while a
        # break could come (or while away); do-not-disturb while a break waits for it.
        could_come = status.state not in (PAUSED, ON_BREAK)
        self.senses.watch_for(
            idle=(status.in_working_hours and could_come) or status.idle,
            dnd=status.state == DEFERRED,
        )
        self.windows.show_status(status)

    # -- what settings change ---------------------------------------------------------------

    def _settings_changed(self, settings: Settings, keys: frozenset[str]) -> None:
        self.history.forget_today()  # the goal or the working days may have changed
        self.session.apply_settings(settings, keys)
        if touches(keys, THEME.key):
            self._apply_theme(settings)
        if self.sound is not None and touches(keys, SOUND.key, VOLUME.key):
            self.sound.enabled = settings.value(SOUND)
            self.sound.volume = settings.value(VOLUME)

    @staticmethod
    def _apply_theme(settings: Settings) -> None:
        from backbreak.ui.style import apply_theme

        apply_theme(settings.value(THEME))

    def _play_cue(self, name: str) -> None:
        if self.sound is None:
            return
        from backbreak.platform.sound import Cue

        cues = {"start": Cue.BREAK_START, "step": Cue.STEP, "end": Cue.BREAK_END}
        if name in cues:
            self.sound.play(cues[name])
