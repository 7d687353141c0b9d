"""The single-instance control protocol: one JSON object per line, both ways.

A request is `{"command": NAME, "args": {...}}`; a reply is `{"ok": true, "result": {...}}` or
`{"ok": false, "error": "message"}`. Anything malformed or larger than MAX_MESSAGE_BYTES is
refused with an error reply; nothing in a message is ever executed or evaluated.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from datetime import datetime, tzinfo

    from backbreak.core.pause_lengths import PauseLength

MAX_MESSAGE_BYTES = 4096

# Commands the running app answers, and the arguments each accepts.
COMMANDS: dict[str, frozenset[str]] = {
    "activate": frozenset(),  # a second plain `backbreak` start: show yourself
    "status": frozenset(),
    "quit": frozenset(),
    "break-now": frozenset({"kind"}),
    "pause": frozenset({"duration", "until"}),  # exactly one of them
    "resume": frozenset(),
    "snooze": frozenset(),
    "skip": frozenset(),
    "stats": frozenset(),  # show the statistics window
    "settings": frozenset(),  # show the settings window
}


def pause_end(args: dict[str, str], now: datetime, tz: tzinfo) -> PauseLength | datetime:
    """What a valid pause request (see decode_request) asks for: one of the named lengths,
    or the instant a pause of any other length, or until a clock time, ends."""
    # The pause words are loaded here and in _check_pause, by the app: the command line's
    # clients (a status bar polling `status --json` every second) never read a pause.
    from backbreak.core.pause_lengths import (
        PAUSE_DURATIONS,
        next_clock_time,
        parse_clock_time,
        parse_duration,
    )

    if "until" in args:
        at = parse_clock_time(args["until"])
        assert at is not None, "decode_request lets only a clock time through"
        return next_clock_time(at, now, tz)
    duration = args["duration"]
    if duration in PAUSE_DURATIONS:
        return PAUSE_DURATIONS[duration]
    length = parse_duration(duration)
    assert length is not None, "decode_request lets only a length through"
    return now + length


class ProtocolError(ValueError):
    """A message that is not a valid request or reply; the text says why."""


@dataclass(frozen=True)
class Request:
    command: str
    args: dict[str, str] = field(default_factory=dict)

    def encode(self) -> bytes:
        return _encode({"command": self.command, "args": self.args})


@dataclass(frozen=True)
class Reply:
    ok: bool
    result: dict[str, Any] = field(default_factory=dict)
    error: str = ""  # for a person, in their language
    reason: str = ""  # for a script: a refusal's code (core.planner.Refusal), or ""

    def encode(self) -> bytes:
        if self.ok:
            return _encode({"ok": True, "result": self.result})
        if self.reason:
            return _encode({"ok": False, "error": self.error, "reason": self.reason})
        return _encode({"ok": False, "error": self.error})


def _encode(message: dict[str, Any]) -> bytes:
    data = json.dumps(message, separators=(",", ":"), ensure_ascii=True).encode("ascii") + b"\n"
    if len(data) > MAX_MESSAGE_BYTES:
        raise ProtocolError(f"message of {len(data)} bytes exceeds {MAX_MESSAGE_BYTES}")
    return data


def _decode_object(line: bytes) -> dict[str, Any]:
    if len(line) > MAX_MESSAGE_BYTES:
        raise ProtocolError(f"message longer than {MAX_MESSAGE_BYTES} bytes")
    try:
        message = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise ProtocolError(f"not a JSON message: {error}") from None
    except RecursionError:  # [[[[...]]]] thousands deep, well within the size limit
        raise ProtocolError("not a control message: nested too deeply") from None
    if not isinstance(message, dict):
        raise ProtocolError("a message must be a JSON object")
    return message


def decode_request(line: bytes) -> Request:
    message = _decode_object(line)
    command = message.get("command")
    if not isinstance(command, str) or command not in COMMANDS:
        raise ProtocolError(f"unknown command: {command!r}")
    args = message.get("args", {})
    if not isinstance(args, dict) or not all(
        isinstance(key, str) and isinstance(value, str) for key, value in args.items()
    ):
        raise ProtocolError("args must be an object of strings")
    unexpected = set(args) - COMMANDS[command]
    if unexpected:
        raise ProtocolError(f"{command} takes no argument {sorted(unexpected)[0]!r}")
    if command == "pause":
        _check_pause(args)
    if command == "break-now" and args.get("kind", "micro") not in ("micro", "long"):
        raise ProtocolError("break-now takes kind micro or long")
    return Request(command, dict(args))


def _check_pause(args: dict[str, str]) -> None:
    from backbreak.core.pause_lengths import (
        MAX_PAUSE,
        PAUSE_DURATIONS,
        parse_clock_time,
        parse_duration,
    )

    if set(args) == {"until"}:
        if parse_clock_time(args["until"]) is None:
            raise ProtocolError("pause until needs a time of day such as 14:00")
        return
    duration = args.get("duration")
    if set(args) != {"duration"} or (
        duration not in PAUSE_DURATIONS and parse_duration(str(duration)) is None
    ):
        raise ProtocolError(
            "pause needs a duration ("
            + ", ".join(sorted(PAUSE_DURATIONS, key=len))
            + f", or a length such as 45m or 1h20m up to {MAX_PAUSE.days} days)"
            + " or a time to pause until"
        )


def decode_reply(line: bytes) -> Reply:
    message = _decode_object(line)
    ok = message.get("ok")
    if ok is True:
        result = message.get("result", {})
        if not isinstance(result, dict):
            raise ProtocolError("result must be an object")
        return Reply(True, result)
    if ok is False:
        return Reply(
            False, error=str(message.get("error", "")), reason=str(message.get("reason", ""))
        )
    raise ProtocolError("a reply needs ok: true or false")
