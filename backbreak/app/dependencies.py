"""What the app's services are given at construction, in frozen bundles: the clock, the time
zone and the schedule's rules (`Calendar`), and with them the services the others lean on
(`Dependencies`). Issue 14: everything injected, nothing global. The composition root
(app/root.py) builds them and hands them to the services built after what they hold."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import tzinfo
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from backbreak.app.exercise_library import ExerciseLibrary
    from backbreak.app.history_service import HistoryService
    from backbreak.app.senses import DesktopSenses
    from backbreak.app.settings_service import SettingsService
    from backbreak.core.clock import Clock
    from backbreak.core.planner import Rules


@dataclass(frozen=True)
class Calendar:
    """What the time is, and what day and working hours it falls in for the person."""

    clock: Clock
    tz: tzinfo
    rules: Callable[[], Rules]  # the planner's current rules (they change with the settings)


@dataclass(frozen=True)
class Dependencies(Calendar):
    """The calendar, and the services most others are built on."""

    settings: SettingsService
    history: HistoryService
    library: ExerciseLibrary
    senses: DesktopSenses
