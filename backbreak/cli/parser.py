"""The `backbreak` command's parser: its commands, their arguments and their help.

Built only for commands that need it (`backbreak status --json`, which status bars poll
every second or so, goes without: see cli.main). Help texts are marked with noop("Cli", ...)
and translated only when printed, so nothing here loads Qt.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import math
from collections.abc import Iterator
from pathlib import Path

from backbreak import __version__
from backbreak.core.translate import fill, noop, tr

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
            fill(
                tr("Cli", "%1 is not a number of frames per second from %2 to %3"),
                repr(text),
                f"{MIN_FPS:g}",
                f"{MAX_FPS:g}",
            )
        )
    return fps


# argparse's own words, exactly as Python 3.11's argparse writes them, so that lupdate finds
# them (argparse_speaking says them); tests/unit/test_catalogue.py checks each still stands in
# argparse. The ones only a programmer's mistake in a parser would show are left out.
ARGPARSE_WORDS = (
    noop("Argparse", "usage: "),
    noop("Argparse", "positional arguments"),
    noop("Argparse", "options"),
    noop("Argparse", "show this help message and exit"),
    noop("Argparse", "%(prog)s: error: %(message)s"),
    noop("Argparse", "argument %(argument_name)s: %(message)s"),
    noop("Argparse", "the following arguments are required: %s"),
    noop("Argparse", "one of the arguments %s is required"),
    noop("Argparse", "unrecognized arguments: %s"),
    noop("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    noop("Argparse", "invalid %(type)s value: %(value)r"),
    noop("Argparse", "expected one argument"),
    noop("Argparse", "expected at most one argument"),
    noop("Argparse", "expected at least one argument"),
    noop("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    noop("Argparse", "not allowed with argument %s"),
    noop("Argparse", "ignored explicit argument %r"),
    noop("Argparse", "unexpected option string: %s"),
)


@contextlib.contextmanager
def argparse_speaking() -> Iterator[None]:
    """argparse's own words (usage:, options:, error: and why it refused the words given)
    in the person's language while a parser is built and used. argparse says them through
    gettext's `_`, which it looks up in its module at each call; its only documented way to
    translate them is gettext's process-wide domain with GNU .mo files (the i18n howto added
    for python/cpython gh-54738), where ours are Qt's. So ours stands in for `_` meanwhile."""
    module = vars(argparse)
    gettext = module["_"]

    def said(text: str) -> str:
        ending = "\n" if text.endswith("\n") else ""  # the error line ends in one
        return tr("Argparse", text.removesuffix("\n")) + ending

    module["_"] = said
    try:
        yield
    finally:
        module["_"] = gettext


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
    parser.add_argument(
        "--version",
        action="version",
        version=f"backbreak {__version__}",
        help=noop("Cli", "show program's version number and exit"),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    # Sub-parsers inherit nothing from the parent, so each gets the formatter too.
    commands.add_parser = functools.partial(  # type: ignore[method-assign]
        commands.add_parser, formatter_class=TranslatingHelpFormatter
    )
    _add_app_commands(commands)
    _add_local_commands(commands)
    _add_exercise_commands(commands)
    return parser


def _add_switch(parser: argparse.ArgumentParser, name: str, help_text: str) -> None:
    """An option with no value: on when given."""
    parser.add_argument(name, action="store_true", help=help_text)


def _add_app_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The commands the running app answers (and `start`, which starts it)."""
    commands.add_parser("start", help=noop("Cli", "start backbreak (the default)"))
    status = commands.add_parser("status", help=noop("Cli", "show the running app's state"))
    _add_switch(status, "--json", noop("Cli", "print machine-readable JSON"))
    break_now = commands.add_parser("break-now", help=noop("Cli", "start a stretch break now"))
    _add_switch(break_now, "--long", noop("Cli", "a long break"))
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


def _add_local_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The commands that do their work here, with or without a running app."""
    commands.add_parser("paths", help=noop("Cli", "print the folders backbreak uses"))
    desktop = commands.add_parser(
        "install-desktop-entry",
        help=noop("Cli", "put backbreak in the applications menu (a pip or pipx install)"),
    )
    _add_switch(desktop, "--remove", noop("Cli", "take the menu entry and icons away again"))
    stats = commands.add_parser(
        "stats", help=noop("Cli", "today's breaks and streak, or every event as CSV")
    )
    _add_switch(stats, "--json", noop("Cli", "today's summary as JSON"))
    stats.add_argument(
        "--csv", type=Path, metavar="FILE", help=noop("Cli", "write every recorded event to FILE")
    )


def _add_exercise_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    exercise = commands.add_parser("exercise", help=noop("Cli", "look at the exercise library"))
    exercise_commands = exercise.add_subparsers(dest="exercise_command", required=True)
    listing = exercise_commands.add_parser("list", help=noop("Cli", "list the exercises"))
    _add_switch(
        listing,
        "--json",
        noop("Cli", "every exercise and routine with its details, as JSON for scripts"),
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
    _add_switch(sheet, "--all", noop("Cli", "one sheet per exercise, into the folder --out"))
    sheet.add_argument(
        "--out", type=Path, required=True, help=noop("Cli", "the PNG file (with --all: a folder)")
    )
    _add_switch(sheet, "--dark", noop("Cli", "on a dark background"))
    preview = exercise_commands.add_parser(
        "preview", help=noop("Cli", "show an exercise's animation in a window")
    )
    preview.add_argument("id")
    _add_switch(preview, "--reduced-motion", noop("Cli", "key poses, without movement"))
