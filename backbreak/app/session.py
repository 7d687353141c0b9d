"""The break session: the planner, the wake-up timer and the card.

It turns what the person asks (take a break, pause, snooze, skip) and what the desktop tells
(away, back, do-not-disturb, sleep, lock, clock set) into planner calls at the current
instant, shows the card when a break falls due, and records what happened. Other features
listen to its signals (as Safe Eyes' plugins listen to its core): the warning notification
and the comfort check-in to `planner_event` and `break_completed`, the tray and windows to
`changed`.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, TypedDict

from backbreak.app.one_window import OnScreen
from backbreak.app.scheduler import BreakScheduler, import_lean
from backbreak.core.clock import Clock
from backbreak.core.planner import (
    BreakKind,
    Event,
    EventKind,
    NotAllowedError,
    PauseLength,
    Phase,
    Plan,
    Planner,
    Rules,
)
from backbreak.core.settings import CARD_SIZE, DURING_CALLS, REDUCED_MOTION, Settings
from backbreak.qt import QObject, Signal, make_timer, tr
from backbreak.texts import refusal_words

if TYPE_CHECKING:
    from backbreak.app.dependencies import Dependencies
    from backbreak.app.exercise_library import ExerciseSource
    from backbreak.app.history_service import HistoryService
    from backbreak.core.guide import Guide
    from backbreak.ui.card import BreakCard

log = logging.getLogger(__name__)

# How long after start-up APScheduler is loaded: the tray icon comes first, and the first
# break is minutes away, so nothing is late for it.
SCHEDULER_START_DELAY_MS = 1500


class WaitingBreak:
    """A break due that waits (do-not-disturb, a call), kept in the history when it begins
    to wait: a PROMPTED event with the detail "waits for call" (or "do-not-disturb",
    "full-screen"); the offer that follows says how long it waited ("waited 12 min for
    call")."""

    def __init__(self, clock: Clock, history: HistoryService) -> None:
        self._clock = clock
        self._history = history
        self._since: tuple[datetime, str] | None = None

    def note(self, planner: Planner, cause: str | None) -> None:
        """After every change: whether a break due waits now, and for what."""
        if planner.phase is not Phase.DEFERRED:
            self._since = None
        elif self._since is None:
            now = self._clock.now()
            cause = cause or "do-not-disturb or full-screen"
            self._since = (now, cause)
            log.info("a break due waits for %s", cause)
            kind = planner.plan(now).offered_kind
            self._history.record("PROMPTED", break_kind=kind, detail=f"waits for {cause}")

    def waited(self) -> str:
        """The detail of a break offered now: how long it waited, if it did."""
        if self._since is None:
            return ""
        since, cause = self._since
        minutes = round((self._clock.now() - since).total_seconds() / 60)
        return f"waited {minutes} min for {cause}"


class BreakSession(QObject):
    """Runs the breaks: planner calls, the wake-up timer, the card, the history events."""

    changed = Signal()  # the plan may have changed: the tray and windows show it again
    message = Signal(str)  # words for the person (a refusal, the pause being over)
    planner_event = Signal(object)  # every planner Event, as it happens
    person_acted = Signal(str)  # "break-now", "pause", "snooze" or "skip" was done
    break_waited = Signal()  # a break came while do-not-disturb (or a call) is still on
    break_completed = Signal(object)  # a break was taken whole (its card, fading, or None)
    cue = Signal(str)  # the card's sound cue: "start", "step" or "end"
    window_gone = Signal()  # a card was destroyed (the memory tidy listens)

    def __init__(
        self,
        planner: Planner,
        deps: Dependencies,
        *,
        scheduler_factory: Callable[[], BreakScheduler] = BreakScheduler,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.planner = planner
        self._deps = deps
        self._scheduler_factory = scheduler_factory
        self.scheduler: BreakScheduler | None = None
        self._cards: OnScreen[BreakCard] = OnScreen(self.window_gone.emit)
        self.guide: Guide | None = None  # what the card shows now
        self._snoozed: tuple[BreakKind | None, Guide] | None = None  # the break and its stretch
        self._break_started_at: datetime | None = None
        self._checking_clocks = False
        self._card_prepared = False
        self._waiting = WaitingBreak(deps.clock, deps.history)
        # Deferred calls are timers of our own (not QTimer.singleShot), so that stop() can
        # stop them and a test can see that nothing is left armed.
        self._deferred_start = make_timer(self, self._finish_start, single_shot=True)
        self._stopped = False

    @property
    def card(self) -> BreakCard | None:
        """The card of the break offered or running now."""
        return self._cards.current

    # -- start and stop ---------------------------------------------------------------

    def start(self, *, scheduler_delay_ms: int = SCHEDULER_START_DELAY_MS) -> None:
        self._deps.senses.heed_calls(self._deps.settings.current.value(DURING_CALLS) == "wait")
        self._deferred_start.start(scheduler_delay_ms)

    def _finish_start(self) -> None:
        if self._stopped:
            return
        if self.scheduler is None:
            self.scheduler = self._scheduler_factory()
            self.scheduler.due.connect(self.on_due)
        self._replan()
        self.prepare_for_breaks()

    def prepare_for_breaks(self) -> None:
        """Read the library and load the card's code before the first break needs them, so
        that the first card appears about as fast as any later one: importing the card and
        the figure took some 40 ms of the first card. (Building a throwaway card as well
        gained little more, and kept about 8 MiB more memory from start-up on.)"""
        self._deps.library.get()
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

    def stop(self) -> None:
        """Stop the deferred start, the scheduler and every card. Safe to call twice."""
        self._stopped = True
        self._deferred_start.stop()
        if self.scheduler is not None:
            self.scheduler.shutdown()
            self.scheduler.deleteLater()
            self.scheduler = None
        self._cards.close_all()

    # -- what the person asks -------------------------------------------------------------

    def plan(self) -> Plan:
        return self.planner.plan(self._deps.clock.now())

    def take_break_now(self, kind: BreakKind | None = None) -> None:
        if self.planner.phase is Phase.ON_BREAK:
            if self.card is not None:
                self.card.raise_()
            return
        self._apply(lambda now: self.planner.start_break(now, kind))
        self.person_acted.emit("break-now")
        self._show_card(self.planner.running_kind, running=True)
        self._break_began()

    def pause(self, length: PauseLength | datetime) -> None:
        """Pause for a named length (the menus), or until an instant (`pause 45m`, `pause
        until 14:00`)."""
        self._apply(lambda now: self.planner.pause(now, length))
        self.person_acted.emit("pause")
        detail = (
            length.value
            if isinstance(length, PauseLength)
            else "until " + length.astimezone(self._deps.tz).isoformat(timespec="seconds")
        )
        self._deps.history.record("PAUSED", detail=detail)
        self._close_card()

    def resume(self) -> None:
        self._apply(self.planner.resume)
        self._deps.history.record("RESUMED")

    def snooze(self) -> None:
        kind = self._break_at_hand()
        self._apply(self.planner.snooze)
        # The snoozed break comes back with the stretch it offered, not another one.
        self._snoozed = (kind, self.guide) if self.guide is not None else None
        self.person_acted.emit("snooze")
        self._deps.history.record("SNOOZED", break_kind=kind)
        self._close_card()

    def skip(self) -> None:
        kind = self._break_at_hand()
        own = self.planner.running_own_break
        self._apply(self.planner.skip)
        self.person_acted.emit("skip")
        if own:
            # The person's own break ("Take a break now") left before its end: none of the
            # day's skips, so not counted as one; kept as a break ended early, as Done would.
            self._record_break_end("ENDED_EARLY", kind)
        else:
            self._deps.history.record("SKIPPED", break_kind=kind, exercise_id=self.guide_id)
        self._close_card()

    def _break_at_hand(self) -> BreakKind | None:
        """The kind of the break running, offered or snoozed now (an offered break is not
        the plan's next one: that is the one after it)."""
        plan = self.plan()
        return self.planner.running_kind or plan.offered_kind or plan.next_break_kind

    def from_card(self, action: Callable[[], None]) -> None:
        """Run what a card or notification button asked; a refusal is said, not raised."""
        try:
            action()
        except NotAllowedError as refusal:
            # The buttons only show what is allowed; if the rules changed meanwhile, say so.
            log.info("refused from the card: %s", refusal)
            self.message.emit(refusal_words(refusal.reason))

    # -- what the desktop tells -----------------------------------------------------------

    def person_away(self, seconds: float) -> None:
        if self._stopped or self.plan().idle:
            return
        self._apply(lambda now: self.planner.set_idle(now, now - timedelta(seconds=seconds)))

    def person_back(self) -> None:
        if self._stopped or not self.plan().idle:
            return
        self._apply(lambda now: self.planner.set_idle(now, None))

    def dnd_seen(self, active: bool) -> None:
        if self._stopped or active == self.plan().dnd:
            return
        log.info("do-not-disturb %s (%s)", "on" if active else "off", self._deps.senses.dnd_cause)
        if active:
            # Seen now, on since we last looked: a break falling due in between waits.
            self._react(self.planner.set_dnd(self.planner.last_seen, True))
            self._after_change()
        else:
            self._apply(lambda now: self.planner.set_dnd(now, False))

    def system_sleeping(self) -> None:
        log.info("the computer is going to sleep")
        self._apply(self.planner.suspend)

    def system_woke(self, seconds_asleep: float = 0.0) -> None:
        """The computer woke. Without a word before it fell asleep (no logind), the sleep
        is known only afterwards, from the clocks: it began `seconds_asleep` ago."""
        log.info("the computer woke up after %.0f s", seconds_asleep)
        locked = self._deps.senses.screen_locked
        self._apply(lambda now: woken(self.planner, now, seconds_asleep, locked=locked))

    def screen_locked(self) -> None:
        self._apply(lambda now: self.planner.set_idle(now, now))

    def screen_unlocked(self) -> None:
        self._apply(lambda now: self.planner.set_idle(now, None))

    def clock_changed(self, seconds: float = 0.0) -> None:
        """The wall clock was set (by NTP or by hand) `seconds` beyond the time that passed:
        the planner counts the real time before the jump and not the span it skipped."""
        log.info("the wall clock changed by %+.0f s", seconds)
        moved = timedelta(seconds=seconds) if seconds else None
        self._apply(lambda now: self.planner.clock_jumped(now, moved))

    def notice_clock_changes(self) -> None:
        """Before the planner hears of an instant, let the sleep watcher compare the clocks:
        a jump is noticed at once rather than at its next minute tick."""
        if self._checking_clocks:
            return
        self._checking_clocks = True
        try:
            self._deps.senses.check_clocks()
        finally:
            self._checking_clocks = False

    def apply_settings(self, settings: Settings, keys: frozenset[str]) -> None:
        """New settings take effect at once: the next break moves when the interval does."""
        rules = settings.to_rules()
        if rules.clock_aligned is not None:
            import_lean()  # before the planner finds its first clock mark (see app.main)
        if rules != self.planner.rules:
            self._apply(lambda now: self.planner.set_rules(now, rules))
        self._deps.library.use_setting(settings.exercise_setting())
        self._deps.senses.set_idle_threshold(settings.idle_threshold.total_seconds())
        self._deps.senses.heed_calls(settings.value(DURING_CALLS) == "wait")

    # -- the planner ------------------------------------------------------------------------

    def count_earlier_today(self) -> None:
        """Today's history is read (start-up): breaks done and skips used by an earlier run
        of the app today count here too, toward "Breaks done today" and the skip limit."""
        today = self._deps.history.today_so_far()
        if today is None or self._stopped:
            return
        self._apply(
            lambda now: self.planner.count_earlier_today(
                now, today.day, done=today.done, skipped=today.skipped
            )
        )

    def _apply(self, action: Callable[[Any], list[Event]]) -> None:
        """Run a planner call at the current instant, react to what it reports, re-plan.

        NotAllowedError passes through to the caller (the socket tells the CLI why)."""
        self.notice_clock_changes()
        events = action(self._deps.clock.now())
        self._react(events)
        self._after_change()

    def _after_change(self) -> None:
        self._replan()
        if not self._stopped:
            self._waiting.note(self.planner, self._deps.senses.dnd_cause)
            if self.card is not None:
                self.card.follow_rules(**ways_out(self.plan(), self.planner.rules))
            self.changed.emit()

    def _replan(self) -> None:
        if self.scheduler is not None:
            self.scheduler.plan(self.planner.next_wakeup())

    def on_due(self) -> None:
        """The wake-up timer fired: the planner says what is due now. A call going on holds a
        warning or a break back: asked first, in the background (it takes tens of ms)."""
        if self._stopped:
            return
        counting = self.planner.phase in (Phase.COUNTING, Phase.SNOOZED)
        if counting and self._deps.senses.ask_about_calls(then=self._wake_up):
            return
        self._wake_up()

    def _wake_up(self) -> None:
        if self._stopped:
            return
        self.notice_clock_changes()
        self._deps.senses.check_dnd()  # a break may fall due now: it waits if do-not-disturb is on
        self._react(self.planner.advance(self._deps.clock.now()))
        self._after_change()

    def _react(self, events: list[Event]) -> None:
        for event in events:
            log.info(
                "planner: %s %s", event.kind.value, event.break_kind and event.break_kind.value
            )
            self.planner_event.emit(event)
            if event.kind is EventKind.BREAK_DUE:
                self._show_card(event.break_kind, running=False)
                self._deps.history.record(
                    "PROMPTED", break_kind=event.break_kind, detail=self._waiting.waited()
                )
                if self.plan().dnd:
                    self.break_waited.emit()
            elif event.kind is EventKind.BREAK_WITHDRAWN:
                self._close_card()
            elif event.kind is EventKind.WARNING:
                self.prepare_card()
            elif event.kind is EventKind.NATURAL_BREAK:
                self._deps.history.record("NATURAL", break_kind=event.break_kind)
            elif event.kind is EventKind.PAUSE_ENDED:
                self._deps.history.record("RESUMED", detail="pause over")
                self.message.emit(tr("App", "The pause is over; breaks are back on."))

    # -- the card ---------------------------------------------------------------------------

    @property
    def guide_id(self) -> str | None:
        return self.guide.practice_id if self.guide is not None else None

    def _show_card(self, kind: BreakKind | None, *, running: bool) -> None:
        if self._stopped:
            return
        kind = kind or BreakKind.MICRO
        self._close_card()
        source = self._deps.library.get()
        snoozed, self._snoozed = self._snoozed, None
        if snoozed is not None and snoozed[0] is kind and not running:
            guide: Guide | None = snoozed[1]
        else:
            guide = source.picker.pick(kind) if source is not None else None
        self.guide = guide
        card = new_card(
            guide,
            kind,
            self.plan(),
            self.planner.rules,
            source,
            self._deps.settings.current,
        )
        card.cue.connect(self.cue)
        if guide is not None:
            log.info("card shows %s", guide.practice_id)
        card.start_requested.connect(self._start_offered_break)
        card.snooze_requested.connect(lambda: self.from_card(self.snooze))
        card.skip_requested.connect(lambda: self.from_card(self.skip))
        card.done.connect(lambda: self._on_break_done(card))
        self._cards.adopt(card)
        card.present()
        if running:
            card.begin()

    def _start_offered_break(self) -> None:
        self.from_card(lambda: self._apply(self.planner.start_break))
        if self.card is not None and self.planner.phase is Phase.ON_BREAK:
            self.card.begin()
            self._break_began()

    def _break_began(self) -> None:
        self._break_started_at = self._deps.clock.now()
        self._deps.history.record(
            "STARTED", break_kind=self.planner.running_kind, exercise_id=self.guide_id
        )

    def _on_break_done(self, card: BreakCard | None = None) -> None:
        self._cards.let_go()  # it thanks the person and fades on its own
        kind = self.planner.running_kind
        # The card's time ran out: the whole break was taken, whatever the wall clock did.
        taken = timedelta(0) if card is not None and card.ran_out else planned_length(self.guide)
        with contextlib.suppress(NotAllowedError):  # e.g. paused meanwhile
            self._apply(lambda now: self.planner.finish_break(now, taken))
            early = self.planner.last_break_ended_early
            # Ended before most of its time: kept, but counts toward no goal or streak.
            self._record_break_end("ENDED_EARLY" if early else "COMPLETED", kind)
            if early and card is not None:
                card.show_ended_early()
            else:
                self.break_completed.emit(card)
        self._break_started_at = None

    def _record_break_end(self, event: str, kind: BreakKind | None) -> None:
        now = self._deps.clock.now()
        started = self._break_started_at or now
        self._deps.history.record(
            event,
            break_kind=kind,
            exercise_id=self.guide_id,
            planned=planned_length(self.guide),
            actual=max(timedelta(0), now - started),
        )
        self._break_started_at = None

    def _close_card(self) -> None:
        card = self._cards.let_go()
        if card is not None:
            card.dismiss()


def planned_length(guide: Guide | None) -> timedelta | None:
    """A break's length as its guide has it (None: a card without one)."""
    return timedelta(seconds=guide.total_seconds) if guide is not None else None


def woken(planner: Planner, now: datetime, seconds_asleep: float, *, locked: bool) -> list[Event]:
    """The planner told of a wake-up (and of the sleep before it, when it heard of none)."""
    events: list[Event] = []
    if not planner.suspended and seconds_asleep > 0:
        events += planner.suspend(now - timedelta(seconds=seconds_asleep))
    events += planner.wake(now)
    if locked:
        # Woken to a locked screen: still away until it is unlocked (else the time at the
        # lock screen counts as work, and a break is offered to it).
        events += planner.set_idle(now, now)
    return events


def new_card(
    guide: Guide | None,
    kind: BreakKind,
    plan: Plan,
    rules: Rules,
    source: ExerciseSource | None,
    settings: Settings,
) -> BreakCard:
    """The card for a break of `kind`, as the plan, the rules and the settings have it now."""
    from backbreak.ui.card import BreakCard

    return BreakCard(
        guide,
        length=rules.length_of(kind),
        long_break=kind is BreakKind.LONG,
        snooze_minutes=rules.snooze_minutes,
        **ways_out(plan, rules),
        reduced_motion=reduced_motion_now(settings),
        safety=source.safety_once() if source is not None else None,
        reminder=source.reminder() if source is not None else "",
        size=settings.value(CARD_SIZE),
    )


class WaysOut(TypedDict):
    """What a card may offer to leave or put off its break (BreakCard's keywords)."""

    can_snooze: bool
    can_skip: bool
    strict: bool


def ways_out(plan: Plan, rules: Rules) -> WaysOut:
    """The card's Snooze, Skip and Done as the rules allow them now: the plan's refusals, the
    same the tray menu reads (a break the person started is theirs to skip, see Planner)."""
    return WaysOut(
        can_snooze=plan.snooze_refusal is None,
        can_skip=plan.skip_refusal is None,
        strict=rules.strict,
    )


def reduced_motion_now(settings: Settings) -> bool:
    """Asked once per card: "system" follows the desktop's accessibility setting."""
    choice = settings.value(REDUCED_MOTION)
    if choice == "system":
        from backbreak.platform.motion import desktop_prefers_reduced_motion

        return desktop_prefers_reduced_motion()
    return choice == "on"
