"""What the app's services are given at construction, in one frozen bundle: the clock, the
time zone, the schedule's rules and the services the others lean on (issue 14: everything
injected, nothing global). The composition root (app/root.py) builds it once the services in
it exist and hands it to those built after them."""

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
class Dependencies:
    clock: Clock
    tz: tzinfo
    rules: Callable[[], Rules]  # the planner's current rules (they change with the settings)
    settings: SettingsService
    history: HistoryService
    library: ExerciseLibrary
    senses: DesktopSenses
