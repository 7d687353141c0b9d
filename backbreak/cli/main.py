"""The `backbreak` command: starts the tray app, or talks to the one already running.

Exit codes (documented in README.md):
  0  done
  1  the running app refused or failed the command, or backbreak could not start
  2  usage error, or no graphical display to start on
  3  no backbreak is running (for commands that need one)
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from backbreak import __version__
from backbreak.core.translate import COUNT, fill, tr
from backbreak.paths import Paths, UnsafeFolderError, assets_dir

if TYPE_CHECKING:
    import argparse

    from backbreak.core.catalogue import Catalogue
    from backbreak.core.control import Reply

# Only what a command needs is imported, when it runs: status bars poll `status --json`
# every second or so, and each poll pays for every module loaded on its way (the planner,
# Qt, the settings schema, the exercise library and the history stay out of it).

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_NOT_RUNNING = 3

# A settings file is a few KiB (store/settings_store.py refuses a bigger one).
MAX_SETTINGS_BYTES = 1024 * 1024

# A second start that finds the first one still starting up waits this long for it.
HANDOVER_WAIT_SECONDS = 10.0


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    if words == ["status", "--json"]:
        # What status bars poll, every second or so: it goes without the parser, whose twenty
        # commands would cost it a third of its time. Any other spelling goes through it.
        paths = _paths()
        if paths is None:
            return EXIT_FAILED
        return _ask_running_app(paths, "status", {}, as_json=True)
    paths = _paths()
    if paths is None:
        return EXIT_FAILED
    from backbreak.core.translate import speaking

    with speaking(_catalogue(paths)):
        return _run(words, paths)


def _catalogue(paths: Paths) -> Catalogue | None:
    """The catalogue of the language the app speaks, read without Qt (English's has its plural
    forms only) when a first message needs it; a file that cannot be read then says English,
    as None (a language with no plural rule here) does."""
    from backbreak.core.catalogue import Catalogue
    from backbreak.core.language import shipped_languages, spoken_language
    from backbreak.paths import i18n_dir

    language = spoken_language(_language_setting(paths), shipped_languages(i18n_dir()), os.environ)
    try:
        # Read at its first message: starting the app (which speaks through Qt) reads none.
        return Catalogue.at(i18n_dir() / f"backbreak_{language}.ts", language)
    except KeyError:  # no plural rule for the language here
        return None  # English, rather than no answer at all


def _language_setting(paths: Paths) -> str:
    """The Language setting as the app reads it (a value the app would refuse is "system"),
    read straight from the file: the settings schema would cost every command ~20 ms."""
    import stat
    import tomllib

    from backbreak.core.language import LANGUAGE_CHOICES, SYSTEM

    try:
        # Only a regular file of a settings file's size: a FIFO or a device put in its place
        # would block or flood the command (the app refuses those too).
        info = paths.settings_file.stat()
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_SETTINGS_BYTES:
            return SYSTEM
        with paths.settings_file.open("rb") as file:
            general = tomllib.load(file).get("general", {})
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError, RecursionError):
        return SYSTEM  # the app says what is wrong with the file; the command goes on
    chosen = general.get("language") if isinstance(general, dict) else None
    return chosen if isinstance(chosen, str) and chosen in LANGUAGE_CHOICES else SYSTEM


def _run(words: list[str], paths: Paths) -> int:
    if not words:
        # A plain `backbreak`, as the login start runs it: the parser and the words of its
        # twenty commands would be built for nothing, before the tray icon.
        return _start(paths, None)
    from backbreak.cli.parser import argparse_speaking, build_parser

    with argparse_speaking():
        args = build_parser().parse_args(words)
    command = args.command or "start"
    here = _command_done_here(command)
    if here is not None:
        return here(paths, args)
    request_args: dict[str, str] = {}
    if command == "pause":
        request_args = _pause_args(args.duration, args.time)
        if not request_args:
            return EXIT_USAGE
    elif command == "break-now" and args.long:
        request_args["kind"] = "long"
    return _ask_running_app(paths, command, request_args, as_json=getattr(args, "json", False))


def _paths() -> Paths | None:
    """This person's folders, or None after saying on stderr why they cannot be used."""
    try:
        return Paths.from_platform()
    except UnsafeFolderError as error:
        print(error, file=sys.stderr)
        return None


def _command_done_here(command: str) -> Callable[[Paths, argparse.Namespace], int] | None:
    """The function that does `command` in this process, or None for one the app answers."""
    return {
        "start": _start,
        "paths": _print_paths,
        "install-desktop-entry": _install_desktop_entry,
        "stats": _stats,
        "exercise": _exercise,
    }.get(command)


def _ask_running_app(paths: Paths, command: str, args: dict[str, str], *, as_json: bool) -> int:
    from backbreak.cli.client import NotRunningError, send_request
    from backbreak.core.control import ProtocolError, Request

    try:
        reply = send_request(paths.control_socket, Request(command, args))
    except NotRunningError:
        if command == "status" and as_json:
            # Status bars parse stdout on every poll: an empty one is a parse error for
            # them, an object that says so is a state they can show.
            print(json.dumps({"running": False, "version": __version__}, sort_keys=True))
        print(tr("Cli", "backbreak is not running."), file=sys.stderr)
        return EXIT_NOT_RUNNING
    except (OSError, ProtocolError) as error:
        print(
            fill(tr("Cli", "backbreak did not answer properly: %1"), error),
            file=sys.stderr,
        )
        return EXIT_FAILED
    if not reply.ok:
        print(f"backbreak: {_error_words(reply)}", file=sys.stderr)
        return EXIT_FAILED
    _print_reply(command, reply, as_json=as_json)
    return EXIT_OK


def _error_words(reply: Reply) -> str:
    """A refusal in this command's language, from its reason code: the app answers in its
    own, and a terminal's language is not always the session's. Anything else (a reason
    this version does not know) as the app said it."""
    if reply.reason:
        from backbreak.core.planner import Refusal
        from backbreak.texts import refusal_words

        try:
            return refusal_words(Refusal(reply.reason))
        except ValueError:
            pass
    return reply.error


def _install_desktop_entry(paths: Paths, args: argparse.Namespace) -> int:
    from backbreak.platform import desktop_entry

    return desktop_entry.main(paths.desktop_data_home, undo=args.remove)


def _stats(paths: Paths, args: argparse.Namespace) -> int:
    from backbreak.cli.stats import stats

    if not args.json and args.csv is None:
        # The running app, if any, opens its statistics window as well.
        import contextlib

        from backbreak.cli.client import NotRunningError, send_request
        from backbreak.core.control import ProtocolError, Request

        with contextlib.suppress(NotRunningError, OSError, ProtocolError):
            send_request(paths.control_socket, Request("stats"))
    return stats(paths, as_json=args.json, csv_file=args.csv)


def _exercise(paths: Paths, args: argparse.Namespace) -> int:
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
            return EXIT_USAGE
        return exercise_cli.sheet(args.id, args.out, dark=args.dark, pack_dir=pack)
    if args.exercise_command == "preview":
        return exercise_cli.preview(args.id, reduced_motion=args.reduced_motion, pack_dir=pack)
    return exercise_cli.render(args.id, args.out, fps=args.fps, pack_dir=pack)


def _pause_args(duration: str, at: str | None) -> dict[str, str]:
    """The pause request's arguments for `pause LENGTH` or `pause until HH:MM`, or {} after
    saying on stderr what is wrong (checked here too, so a typo is told in the person's
    words, not in the protocol's)."""
    from backbreak.core.pause_lengths import (
        MAX_PAUSE,
        PAUSE_DURATIONS,
        PauseLength,
        parse_clock_time,
        parse_duration,
    )

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
        # One pass: the length stays as typed, "%2" too.
        days = MAX_PAUSE.days
        words = tr(
            "Cli",
            "%1 is not a pause length: give one such as 45m, 1h20m or 90s (up to %n "
            "days), until 14:00, until-tomorrow or indefinitely",
            None,
            COUNT,
            days
        )  # fmt: skip
        problem = fill(words, repr(duration))
    print(f"backbreak pause: {problem}", file=sys.stderr)
    return {}


def _print_reply(command: str, reply: Reply, *, as_json: bool) -> None:
    if as_json:
        # "running" is the one key a status bar can read whether or not the app answered.
        print(json.dumps({**reply.result, "running": True}, indent=2, sort_keys=True))
        return
    from backbreak.core.status import Status
    from backbreak.texts import breaks_today_sentence, status_sentence

    status = Status.from_json(reply.result)
    if command == "status":
        print(status_sentence(status))
        print(breaks_today_sentence(status))
    elif command == "quit":
        print(tr("Cli", "backbreak is quitting."))
    elif command != "settings":  # a window opens: that is the answer
        print(status_sentence(status))


def _start(paths: Paths, _args: argparse.Namespace | None) -> int:
    if _hand_over(paths):
        return EXIT_OK
    from backbreak.cli.display import display_problem

    problem = display_problem(os.environ)
    if problem is not None:
        print(f"backbreak: {problem}", file=sys.stderr)
        return EXIT_USAGE
    from backbreak.app.main import run
    from backbreak.core.translate import speaking

    try:
        with speaking(None):  # the app speaks through Qt's translator (app.main.speak)
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
    from backbreak.cli.client import NotRunningError, send_request
    from backbreak.core.control import ProtocolError, Request

    try:
        reply = send_request(paths.control_socket, Request("activate"))
    except (NotRunningError, OSError, ProtocolError):
        return False
    if reply.ok:
        print(tr("Cli", "backbreak is already running; showing it."))
    return reply.ok


def _print_paths(paths: Paths, _args: argparse.Namespace) -> int:
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
