"""A stand-in for backbreak.app.scheduler.BreakScheduler in tests with a hand-moved clock.

APScheduler times its jobs by the real wall clock: given a job at a hand clock's time, it
fires early, late or (for a time in the past) at once and over and over. With a hand clock the
test calls controller._on_due() itself, or fire() here; this records what was planned."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Signal


class HandScheduler(QObject):
    due = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.planned: datetime | None = None
        self.running = True

    def plan(self, when: datetime | None) -> None:
        self.planned = when

    def pending(self) -> datetime | None:
        return self.planned

    def job_count(self) -> int:
        return 0 if self.planned is None else 1

    def timer_active(self) -> bool:
        return False

    def fire(self) -> None:
        self.due.emit()

    def shutdown(self) -> None:
        self.running = False
        self.planned = None
