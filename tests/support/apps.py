"""The app's services wired as `run()` wires them, with what a test drives by hand: a hand
clock and scheduler, idle time and do-not-disturb answered by functions, a fake notifier."""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from typing import Any

from backbreak.app.root import App
from backbreak.app.senses import DesktopSenses
from backbreak.core.clock import Clock
from backbreak.core.planner import Planner


def build_app(
    planner: Planner,
    clock: Clock,
    tz: tzinfo,
    *,
    idle_seconds: Callable[[], float | None] | None = None,
    idle_source_name: str = "none",
    dnd_active: Callable[[], bool | None] | None = None,
    dnd_cause: Callable[[], str | None] | None = None,
    notifier: Any = None,
    **services: Any,
) -> App:
    """`notifier`: a fake that records what it is asked to show (its buttons are pressed
    through `app.warnings.on_notification_action`)."""
    senses = DesktopSenses.asking(
        idle_seconds=idle_seconds,
        idle_name=idle_source_name,
        dnd_active=dnd_active,
        dnd_cause=dnd_cause,
    )
    if notifier is not None:
        services["make_notifier"] = lambda _on_action, _windows: notifier
    return App(planner, clock, tz, senses=senses, **services)


def app_with_rules(qtbot: Any, clock: Clock, tz: tzinfo, **rules: Any) -> App:
    """The app with `rules` (Rules' fields), the hand clock and a hand scheduler, its status
    window in qtbot's care; not started."""
    from schedulers import HandScheduler

    from backbreak.core.planner import Rules

    app = build_app(
        Planner(Rules(**rules), tz, clock.now()), clock, tz, scheduler_factory=HandScheduler
    )
    qtbot.addWidget(app.windows.window)
    return app
