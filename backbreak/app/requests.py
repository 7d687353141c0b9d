"""What the control socket asks (`backbreak pause 45m`, `status --json`...), carried out by
the services; the reply is the status afterwards, or the refusal's words and code."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from backbreak.core.control import Reply, Request, pause_end
from backbreak.core.planner import BreakKind, NotAllowedError
from backbreak.core.status import Status
from backbreak.texts import refusal_words

if TYPE_CHECKING:
    from backbreak.app.dependencies import Calendar
    from backbreak.app.session import BreakSession

log = logging.getLogger(__name__)


class RequestHandler:
    """Turns a socket request into a service call."""

    def __init__(
        self,
        session: BreakSession,
        calendar: Calendar,
        *,
        windows: dict[str, Callable[[], None]],
        quit_app: Callable[[], None],
        status: Callable[[], Status],
    ) -> None:
        self._session = session
        self._calendar = calendar
        # "activate", "stats", "settings": each shows its window.
        self._windows = windows
        self._quit = quit_app
        self._status = status

    def __call__(self, request: Request) -> Reply:
        log.info("control command: %s", request.command)
        session = self._session
        try:
            if request.command in self._windows:
                self._windows[request.command]()
            elif request.command == "break-now":
                kind = BreakKind(request.args["kind"]) if "kind" in request.args else None
                session.take_break_now(kind)
            elif request.command == "pause":
                session.pause(
                    pause_end(request.args, self._calendar.clock.now(), self._calendar.tz)
                )
            elif request.command == "resume":
                session.resume()
            elif request.command == "snooze":
                session.snooze()
            elif request.command == "skip":
                session.skip()
            elif request.command == "quit":
                self._quit()
        except NotAllowedError as refusal:
            # Worded for the person in their language; the code for a script.
            return Reply(False, error=refusal_words(refusal.reason), reason=refusal.reason.value)
        return Reply(True, self._status().to_json())  # JSON only here, at the socket
