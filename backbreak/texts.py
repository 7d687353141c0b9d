"""Sentences about the app's state, shared by the tray, the status window and the CLI.

They read the same `Status` that `backbreak status --json` prints, so every surface tells the
same truth in the same words.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from backbreak.core.status import DEFERRED, OFFERED, ON_BREAK, PAUSED, SNOOZED, Status
from backbreak.core.translate import COUNT, noop, tr

if TYPE_CHECKING:  # the CLI reads this module on every status poll: no planner import then
    from backbreak.core.planner import Refusal


def _clock_time(instant: datetime, now: datetime | None = None) -> str:
    now = now or datetime.now(instant.tzinfo)
    # To the nearest minute: a snooze ending at 23:36:38 is "until 23:37", where cutting
    # the seconds off said 23:36 and the break came most of a minute after the time shown.
    instant = (instant + timedelta(seconds=30)).replace(second=0, microsecond=0)
    if instant.date() == now.date():
        return instant.strftime("%H:%M")
    if (instant.date() - now.date()).days == 1:
        return tr("Status", "tomorrow at %1").replace("%1", instant.strftime("%H:%M"))
    return instant.strftime("%a %H:%M")


def status_sentence(status: Status, now: datetime | None = None) -> str:
    """One short sentence, e.g. "Next stretch in 12 min" or "Paused until 15:30"."""
    state = status.state
    if state == ON_BREAK:
        return tr("Status", "Stretch break in progress")
    if state == OFFERED:
        return tr("Status", "A stretch break is waiting for you")
    if state == DEFERRED:
        # platform.dnd's FULL_SCREEN and DO_NOT_DISTURB and platform.calls' CALL, by value:
        # the CLI prints these sentences and must not load the platform adapters.
        waiting_for = status.waiting_for
        if waiting_for == "call":
            return tr("Status", "In a call: the break waits")
        if waiting_for == "full-screen":
            return tr("Status", "A stretch break waits until you leave full screen")
        if waiting_for == "do-not-disturb":
            return tr("Status", "A stretch break waits until do-not-disturb is off")
        return tr("Status", "A stretch break waits until do-not-disturb or full screen ends")
    if state == SNOOZED and status.snoozed_until is not None:
        return tr("Status", "Snoozed until %1").replace(
            "%1", _clock_time(status.snoozed_until, now)
        )
    if state == PAUSED:
        until = status.paused_until
        if until is None:
            return tr("Status", "Paused until you resume")
        return tr("Status", "Paused until %1").replace("%1", _clock_time(until, now))
    if not status.in_working_hours:
        next_at = status.next_break_at
        if next_at is None:
            return tr("Status", "Outside working hours")
        return tr("Status", "Outside working hours; next stretch %1").replace(
            "%1", _clock_time(next_at, now)
        )
    seconds = status.seconds_to_next_break
    if seconds is None:
        return tr("Status", "No break planned")
    if seconds < 60:
        return tr("Status", "Next stretch in less than a minute")
    minutes = math.ceil(seconds / 60)
    # Qt fills in %n itself, and picks the plural form a translation gives for it.
    return tr("Status", "Next stretch in %n min", None, COUNT, minutes)


def breaks_today_sentence(status: Status) -> str:
    count = status.breaks_today
    return tr("Status", "Breaks done today: %n", None, COUNT, count)


def welcome_text(status: Status) -> tuple[str, str]:
    """The first start's title and text: where backbreak lives, when the first break comes,
    and how to change the hours (a new person heard nothing from a silent start)."""
    title = tr("Welcome", "backbreak is running")
    if status.ui == "tray":
        where = tr(
            "Welcome",
            "It lives in the system tray: click its icon to see when the next stretch comes, "
            "or right-click it for the menu.",
        )
    else:
        where = tr(
            "Welcome",
            "This desktop has no system tray, so backbreak shows a small status window "
            "(closing it keeps backbreak running).",
        )
    sentence = status_sentence(status)
    # "… in 25 Min." ends with its abbreviation's full stop already.
    when = sentence if sentence.endswith(".") else sentence + "."
    hours = tr(
        "Welcome",
        "To set your working hours and how often breaks come, open Settings from its menu, "
        "or run: backbreak settings",
    )
    return title, f"{where} {when} {hours}"


def refusal_words(reason: Refusal) -> str:
    """Why an action is refused, in the person's language."""
    from backbreak.core.planner import Refusal

    # One literal per reason, so that lupdate finds every one.
    words = {
        Refusal.ON_BREAK: noop("Refusal", "A break is running already."),
        Refusal.NO_BREAK_RUNNING: noop("Refusal", "No break is running."),
        Refusal.NOTHING_TO_SNOOZE: noop("Refusal", "There is no break to snooze."),
        Refusal.STRICT_NO_SNOOZE: noop("Refusal", "Strict mode is on: breaks cannot be snoozed."),
        Refusal.SNOOZES_USED: noop("Refusal", "This break has been snoozed as often as allowed."),
        Refusal.NOTHING_TO_SKIP: noop("Refusal", "There is no break to skip."),
        Refusal.STRICT_NO_SKIP: noop("Refusal", "Strict mode is on: breaks cannot be skipped."),
        Refusal.NO_SKIPS_LEFT: noop("Refusal", "No skips are left today."),
        Refusal.STRICT_NO_PAUSE: noop(
            "Refusal", "Strict mode is on: a break cannot be paused away."
        ),
        Refusal.PAUSE_OVER: noop("Refusal", "That pause would be over already."),
        Refusal.NOT_PAUSED: noop("Refusal", "Breaks are not paused."),
    }
    return tr("Refusal", words[reason])
