"""The `backbreak` command: starts the tray app, or talks to the one already running.

Exit codes (documented in README.md):
  0  done
  1  the running app refused or failed the command, or backbreak could not start
  2  usage error, or no graphical display to start on
  3  no backbreak is running (for commands that need one)
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import math
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from backbreak import __version__
from backbreak.cli.client import NotRunningError, send_request
from backbreak.core.control import (
    MAX_PAUSE,
    PAUSE_DURATIONS,
    ProtocolError,
    Reply,
    Request,
    parse_clock_time,
    parse_duration,
)
from backbreak.core.planner import PauseLength
from backbreak.core.translate import noop, tr
from backbreak.paths import Paths, UnsafeFolderError, assets_dir

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_NOT_RUNNING = 3

# A second start that finds the first one still starting up waits this long for it.
HANDOVER_WAIT_SECONDS = 10.0


# Frames per second for `exercise render`: at least one frame every ten seconds, and no more
# than a screen shows (a three-minute exercise at 30 fps is already 5 400 files).
MIN_FPS, MAX_FPS = 0.1, 30.0


def frames_per_second(text: str) -> float:
    """argparse type for --fps: a number from MIN_FPS to MAX_FPS. nan and inf were a
    traceback (no number of frames), 1e9 a disk filled with frames."""
    try:
        fps = float(text)
    except ValueError:
        fps = math.nan
    if not (MIN_FPS <= fps <= MAX_FPS):  # also false for nan
        raise argparse.ArgumentTypeError(
            tr("Cli", "%1 is not a number of frames per second from %2 to %3")
            .replace("%1", repr(text))
            .replace("%2", f"{MIN_FPS:g}")
            .replace("%3", f"{MAX_FPS:g}")
        )
    return fps


class TranslatingHelpFormatter(argparse.HelpFormatter):
    """Translates help when it is printed: the texts are marked with noop("Cli", ...) where
    the parser is built, so commands such as `backbreak status --json`, polled by status
    bars, never load Qt."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return None if action.help is None else tr("Cli", action.help)

    def _format_text(self, text: str) -> str:
        return super()._format_text(tr("Cli", text) if text else text)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="backbreak",
        formatter_class=TranslatingHelpFormatter,
        description=noop(
            "Cli",
            "Posture breaks from the system tray. Without a command, starts backbreak "
            "(or shows the one already running).",
        ),
    )
    parser.add_argument("--version", action="version", version=f"backbreak {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    # Sub-parsers inherit nothing from the parent, so each gets the formatter too.
    commands.add_parser = functools.partial(  # type: ignore[method-assign]
        commands.add_parser, formatter_class=TranslatingHelpFormatter
    )
    commands.add_parser("start", help=noop("Cli", "start backbreak (the default)"))
    status = commands.add_parser("status", help=noop("Cli", "show the running app's state"))
    status.add_argument(
        "--json", action="store_true", help=noop("Cli", "print machine-readable JSON")
    )
    break_now = commands.add_parser("break-now", help=noop("Cli", "start a stretch break now"))
    break_now.add_argument("--long", action="store_true", help=noop("Cli", "a long break"))
    pause = commands.add_parser(
        "pause",
        help=noop("Cli", "pause breaks for a while"),
        description=noop(
            "Cli",
            "Pause breaks for a length such as 30m, 45m, 1h20m or 90s (up to a week), "
            "until a time of day (pause until 14:00: today, or tomorrow once 14:00 has "
            "passed), until-tomorrow (the next working day) or indefinitely.",
        ),
    )
    pause.add_argument(
        "duration",
        metavar="LENGTH",
        help=noop("Cli", "a length such as 45m or 1h20m, until, until-tomorrow or indefinitely"),
    )
    pause.add_argument("time", nargs="?", metavar="HH:MM", help=noop("Cli", "with until: the time"))
    commands.add_parser("resume", help=noop("Cli", "end a pause"))
    commands.add_parser("snooze", help=noop("Cli", "snooze the break that is offered"))
    commands.add_parser("skip", help=noop("Cli", "skip the break that is offered or running"))
    commands.add_parser("settings", help=noop("Cli", "open the running app's settings window"))
    commands.add_parser("quit", help=noop("Cli", "quit the running app"))
    commands.add_parser("paths", help=noop("Cli", "print the folders backbreak uses"))
    desktop = commands.add_parser(
        "install-desktop-entry",
        help=noop("Cli", "put backbreak in the applications menu (a pip or pipx install)"),
    )
    desktop.add_argument(
        "--remove",
        action="store_true",
        help=noop("Cli", "take the menu entry and icons away again"),
    )
    stats = commands.add_parser(
        "stats", help=noop("Cli", "today's breaks and streak, or every event as CSV")
    )
    stats.add_argument("--json", action="store_true", help=noop("Cli", "today's summary as JSON"))
    stats.add_argument(
        "--csv", type=Path, metavar="FILE", help=noop("Cli", "write every recorded event to FILE")
    )
    exercise = commands.add_parser("exercise", help=noop("Cli", "look at the exercise library"))
    exercise_commands = exercise.add_subparsers(dest="exercise_command", required=True)
    listing = exercise_commands.add_parser("list", help=noop("Cli", "list the exercises"))
    listing.add_argument(
        "--json",
        action="store_true",
        help=noop("Cli", "every exercise and routine with its details, as JSON for scripts"),
    )
    render = exercise_commands.add_parser(
        "render", help=noop("Cli", "write PNG frames of an exercise's animation")
    )
    render.add_argument("id")
    render.add_argument(
        "--out", type=Path, required=True, help=noop("Cli", "folder for the frames")
    )
    render.add_argument(
        "--fps",
        type=frames_per_second,
        default=4.0,
        help=noop("Cli", "frames per second (0.1 to 30)"),
    )
    sheet = exercise_commands.add_parser(
        "sheet", help=noop("Cli", "draw a labelled grid of an exercise's frames into one PNG")
    )
    sheet.add_argument("id", nargs="?")
    sheet.add_argument(
        "--all",
        action="store_true",
        help=noop("Cli", "one sheet per exercise, into the folder --out"),
    )
    sheet.add_argument(
        "--out", type=Path, required=True, help=noop("Cli", "the PNG file (with --all: a folder)")
    )
    sheet.add_argument("--dark", action="store_true", help=noop("Cli", "on a dark background"))
    preview = exercise_commands.add_parser(
        "preview", help=noop("Cli", "show an exercise's animation in a window")
    )
    preview.add_argument("id")
    preview.add_argument(
        "--reduced-motion", action="store_true", help=noop("Cli", "key poses, without movement")
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = args.command or "start"
    try:
        paths = Paths.from_platform()
    except UnsafeFolderError as error:
        print(error, file=sys.stderr)
        return EXIT_FAILED
    if command == "start":
        return _start(paths)
    if command == "paths":
        return _print_paths(paths)
    if command == "install-desktop-entry":
        from backbreak.platform import desktop_entry

        return desktop_entry.main(paths.desktop_data_home, undo=args.remove)
    if command == "stats":
        from backbreak.cli.stats import stats

        if not args.json and args.csv is None:
            # The running app, if any, opens its statistics window as well.
            with contextlib.suppress(NotRunningError, OSError, ProtocolError):
                send_request(paths.control_socket, Request("stats"))
        return stats(paths, as_json=args.json, csv_file=args.csv)
    if command == "exercise":
        from backbreak.cli import exercises as exercise_cli

        # The person's own pack too, as the running app sees it.
        pack = paths.user_pack_dir
        if args.exercise_command == "list":
            return exercise_cli.list_exercises(as_json=args.json, pack_dir=pack)
        if args.exercise_command == "sheet":
            if args.all == (args.id is not None):
                print(
                    tr("Cli", "backbreak: give an exercise id or --all, not both"),
                    file=sys.stderr,
                )
                return 2
            return exercise_cli.sheet(args.id, args.out, dark=args.dark, pack_dir=pack)
        if args.exercise_command == "preview":
            return exercise_cli.preview(args.id, reduced_motion=args.reduced_motion, pack_dir=pack)
        return exercise_cli.render(args.id, args.out, fps=args.fps, pack_dir=pack)
    request_args: dict[str, str] = {}
    if command == "pause":
        request_args = _pause_args(args.duration, args.time)
        if not request_args:
            return EXIT_USAGE
    elif command == "break-now" and args.long:
        request_args["kind"] = "long"
    try:
        reply = send_request(paths.control_socket, Request(command, request_args))
    except NotRunningError:
        if command == "status" and args.json:
            # Status bars parse stdout on every poll: an empty one is a parse error for
            # them, an object that says so is a state they can show.
            print(json.dumps({"running": False, "version": __version__}, sort_keys=True))
        print(tr("Cli", "backbreak is not running."), file=sys.stderr)
        return EXIT_NOT_RUNNING
    except (OSError, ProtocolError) as error:
        print(
            tr("Cli", "backbreak did not answer properly: %1").replace("%1", str(error)),
            file=sys.stderr,
        )
        return EXIT_FAILED
    if not reply.ok:
        print(f"backbreak: {reply.error}", file=sys.stderr)
        return EXIT_FAILED
    _print_reply(command, reply, as_json=getattr(args, "json", False))
    return EXIT_OK


def _pause_args(duration: str, at: str | None) -> dict[str, str]:
    """The pause request's arguments for `pause LENGTH` or `pause until HH:MM`, or {} after
    saying on stderr what is wrong (checked here too, so a typo is told in the person's
    words, not in the protocol's)."""
    if duration == "until" and at == "tomorrow":
        return {"duration": PauseLength.NEXT_WORKING_DAY.value}
    if duration == "until":
        if at is not None and parse_clock_time(at) is not None:
            return {"until": at}
        problem = tr("Cli", "pause until needs a time of day on a 24-hour clock, such as 14:00")
    elif at is not None:
        problem = tr("Cli", "pause takes one length; a time of day comes after until")
    elif duration in PAUSE_DURATIONS or parse_duration(duration) is not None:
        return {"duration": duration}
    else:
        problem = (
            tr(
                "Cli",
                "%1 is not a pause length: give one such as 45m, 1h20m or 90s (up to %2 "
                "days), until 14:00, until-tomorrow or indefinitely",
            )
            .replace("%1", repr(duration))
            .replace("%2", str(MAX_PAUSE.days))
        )
    print(f"backbreak pause: {problem}", file=sys.stderr)
    return {}


def _print_reply(command: str, reply: Reply, *, as_json: bool) -> None:
    if as_json:
        # "running" is the one key a status bar can read whether or not the app answered.
        print(json.dumps({**reply.result, "running": True}, indent=2, sort_keys=True))
        return
    from backbreak.texts import breaks_today_sentence, status_sentence

    if command == "status":
        print(status_sentence(reply.result))
        print(breaks_today_sentence(reply.result))
    elif command == "quit":
        print(tr("Cli", "backbreak is quitting."))
    else:
        print(status_sentence(reply.result))


def _start(paths: Paths) -> int:
    if _hand_over(paths):
        return EXIT_OK
    from backbreak.cli.display import display_problem

    problem = display_problem(os.environ)
    if problem is not None:
        print(f"backbreak: {problem}", file=sys.stderr)
        return EXIT_USAGE
    from backbreak.app.controller import run

    try:
        code = run(paths, [sys.argv[0]])
    except UnsafeFolderError as error:  # from paths.ensure(), before anything else runs
        print(error, file=sys.stderr)
        return EXIT_FAILED
    if code != -1:
        return code
    # Another backbreak holds the lock but was not listening yet: it is starting up.
    deadline = time.monotonic() + HANDOVER_WAIT_SECONDS
    while time.monotonic() < deadline:
        if _hand_over(paths):
            return EXIT_OK
        time.sleep(0.2)
    print(
        tr("Cli", "backbreak: another instance holds the lock but does not answer."),
        file=sys.stderr,
    )
    return EXIT_FAILED


def _hand_over(paths: Paths) -> bool:
    """Give the start to a running instance (it shows its window); False when none runs."""
    try:
        reply = send_request(paths.control_socket, Request("activate"))
    except (NotRunningError, OSError, ProtocolError):
        return False
    if reply.ok:
        print(tr("Cli", "backbreak is already running; showing it."))
    return reply.ok


def _print_paths(paths: Paths) -> int:
    for label, value in (
        ("config", paths.config_dir),
        ("data", paths.data_dir),
        ("log", paths.log_file),
        ("socket", paths.control_socket),
        ("assets", assets_dir()),
    ):
        print(f"{label:7} {value}")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
