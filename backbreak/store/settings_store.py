"""The settings file: `settings.toml` in the config folder, written for people to read and edit.

Reading. A missing file means the defaults; loading never writes (nor fails on a read-only
home). On the app's start, `create_if_missing` then writes the file with every setting
commented at its default, where the README says it is, so the person can find and edit it;
a home it cannot write is logged and the start goes on. A file that cannot be read, is not
TOML, or is not ours is moved aside as `settings.toml.broken-YYYYmmdd-HHMMSS` (never deleted)
and the defaults are used; the message says where it went. A file from a newer backbreak is left
alone, the defaults are used, and saving is refused until the person removes or fixes it:
writing our version over it would lose what the newer one stored.

Values. One bad value falls back to its default and is reported; the rest apply. Bad values and
keys backbreak does not know are written back as they were on the next save, so a typo or a
half-finished edit is never silently lost: they are reported at every load until fixed.

Writing. Every setting is written with its description as a comment above it. Settings at their
default are written commented out (`# micro_interval_minutes = 25`), so the file documents
every choice while a better default in a later version still reaches people who never chose.
Writes are atomic: a temporary file in the same folder, fsync, os.replace; the file keeps its
permissions, and a symlinked file (dotfile managers) is written through its link.

Edits while the app runs. `reload_if_changed` compares the file with what the store last read
or wrote (mtime, size and a hash of the content), so the store's own writes are not mistaken for
edits. A file broken while the app runs is not moved away from under the person's editor: the
settings in use stay, and the message says what is wrong; the broken file is moved aside only
when the app next has to save.
"""

from __future__ import annotations

import logging
import os
import re
import stat
import textwrap
import tomllib
import zlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from datetime import time as clock_time
from pathlib import Path
from typing import Any

from backbreak.core.reading import NotRegularFileError, read_regular_file
from backbreak.core.settings import (
    BY_KEY,
    CONFIG_VERSION,
    SCHEMA,
    SECTIONS,
    VERSION_KEY,
    ForeignDocumentError,
    Loaded,
    NewerVersionError,
    Problem,
    Settings,
    Spec,
    defaults,
    load_document,
)
from backbreak.core.translate import fill, tr
from backbreak.files import write_atomically
from backbreak.paths import SETTINGS_FILE

log = logging.getLogger(__name__)

# A settings file is a few KiB; anything this big is something else put in its place.
MAX_FILE_BYTES = 1024 * 1024
_LINE = 100


class SettingsSaveError(Exception):
    """The settings could not be saved; `str()` says why, in plain words. The settings the app
    holds still apply until it quits."""


@dataclass(frozen=True)
class StoreResult:
    """Settings to apply, what was wrong with single values, and a notice about the file as a
    whole (moved aside, newer version, could not be read), for the person."""

    settings: Settings
    problems: tuple[Problem, ...] = ()
    notice: str | None = None
    file: Path | None = None  # the file the problems are in

    def message(self) -> str | None:
        """Everything to tell the person, as one text (None: nothing to tell)."""
        parts: list[str] = []
        if self.notice:
            parts.append(self.notice)
        if self.problems:
            where = str(self.file) if self.file else tr("Settings", "the settings file")
            parts.append(tr("Settings", "Some settings in %1 were not used:").replace("%1", where))
            parts.extend(f"• {problem}" for problem in self.problems)
        return "\n".join(parts) or None


@dataclass(frozen=True)
class _Signature:
    mtime_ns: int
    size: int
    digest: bytes
    # The kernel sets ctime on every write and every utime(), from its own clock: an editor
    # (or a test) that puts the old mtime back still changes it. (On Windows st_ctime is the
    # creation time; there an edit that restores mtime and size is found by the periodic
    # check only if the size differs.)
    ctime_ns: int = -1
    inode: int = -1


@dataclass(frozen=True)
class _Unusable:
    """The file is there but cannot be used: why, and whether it is ours at all."""

    detail: str
    foreign: bool = False
    unreadable: bool = False


@dataclass(frozen=True)
class _Newer:
    error: NewerVersionError


_Read = Loaded | _Unusable | _Newer | None  # None: no file
# The signature of a file that cannot even be looked at.
_UNREADABLE = _Signature(-1, -1, b"")


def _signature(info: os.stat_result, digest: bytes) -> _Signature:
    return _Signature(info.st_mtime_ns, info.st_size, digest, info.st_ctime_ns, info.st_ino)


def _digest(data: bytes) -> bytes:
    """A fingerprint of the file's bytes, to see an edit that kept its size and time. CRC-32
    is plenty against accidental sameness, and zlib is loaded anyway, while hashlib would load
    OpenSSL (about 4 MiB of memory for as long as the app runs)."""
    return zlib.crc32(data).to_bytes(4, "big")


class SettingsStore:
    def __init__(self, config_dir: Path, *, now: Callable[[], datetime] = datetime.now) -> None:
        self.path = config_dir / SETTINGS_FILE
        self._now = now
        self._settings = defaults()  # what the app was last given or asked to save
        self._base = defaults()  # what the file on disk means (defaults when none)
        self._kept: dict[str, object] = {}
        self._signature: _Signature | None = None  # as last read or written; None: no file
        self._disk_version = CONFIG_VERSION
        self._disk_broken: _Unusable | None = None  # broken while running, not moved yet
        self._saves_refused: str | None = None
        self._found_no_file = False  # the last load() found none (not even a broken one)

    @property
    def settings(self) -> Settings:
        return self._settings

    @property
    def saves_refused(self) -> str | None:
        """Why saving is refused right now (None: saving is allowed)."""
        return self._saves_refused

    # -- reading -------------------------------------------------------------------------

    def load(self) -> StoreResult:
        """Read the file at start-up (never writes it)."""
        self._settings = self._base = defaults()
        self._kept = {}
        self._disk_broken = None
        self._saves_refused = None
        read, self._signature = self._read()
        self._found_no_file = read is None
        if read is None:
            self._disk_version = CONFIG_VERSION
            return StoreResult(self._settings)
        if isinstance(read, _Newer):
            return StoreResult(self._settings, notice=self._refuse_newer(read))
        if isinstance(read, _Unusable):
            return StoreResult(self._settings, notice=self._move_aside(read))
        return self._take(read)

    def create_if_missing(self) -> bool:
        """After a load() that found no file: write one with the defaults, every setting
        commented (the README promises a commented file to edit). True when written. A file
        that appeared meanwhile is read, never written over; a file moved aside as broken
        is not replaced here (the person is told about it; the next save writes a new one).
        A folder that cannot be written is logged: the defaults apply all the same."""
        if not self._found_no_file:
            return False
        self._found_no_file = False
        if os.path.lexists(self.path):
            return False
        try:
            self.save(self._settings)
        except SettingsSaveError as error:
            log.warning("could not write the first settings file: %s", error)
            return False
        log.info("wrote the settings file with every setting commented: %s", self.path)
        return True

    def reload_if_changed(self) -> StoreResult | None:
        """If the file changed since the store last read or wrote it, what it holds now (None:
        unchanged). Cheap when nothing changed: call it from a file watcher or a timer."""
        if not self._changed_on_disk():
            return None
        read, self._signature = self._read()
        if read is None:
            # Deleted, or an editor between removing and writing it: keep what is in use;
            # the next save writes the file again.
            log.info("the settings file was removed; keeping the settings in use")
            self._disk_version = CONFIG_VERSION
            self._disk_broken = None
            self._saves_refused = None
            return None
        if isinstance(read, _Newer):
            return StoreResult(self._settings, notice=self._refuse_newer(read))
        if isinstance(read, _Unusable):
            self._disk_broken = read
            self._saves_refused = None
            return StoreResult(self._settings, notice=self._broken_while_running(read))
        self._disk_broken = None
        self._saves_refused = None
        return self._take(read)

    def _take(self, loaded: Loaded) -> StoreResult:
        self._settings = self._base = loaded.settings
        self._kept = dict(loaded.kept)
        self._disk_version = loaded.version
        for summary in loaded.migrations:
            log.info("settings file read as an older version: %s", summary)
        for problem in loaded.problems:
            log.warning("settings file: %s", problem)
        return StoreResult(loaded.settings, loaded.problems, file=self.path)

    def _read(self) -> tuple[_Read, _Signature | None]:
        """What the file holds, and its signature (None: no file)."""
        try:
            info = self.path.stat()
        except FileNotFoundError:
            return None, None
        except OSError as error:
            return _Unusable(error.strerror or str(error), unreadable=True), _UNREADABLE
        # An unreadable file is remembered by its stat alone, so a timer asking again and
        # again does not report it again and again.
        unread = _signature(info, b"")
        try:
            # Only a regular file is opened and read (a pipe would hang, /dev/zero never
            # ends), checked on the open file itself.
            data, info = read_regular_file(self.path, MAX_FILE_BYTES)
        except FileNotFoundError:
            return None, None
        except NotRegularFileError:
            return _Unusable(tr("Settings", "it is not a file"), unreadable=True), unread
        except OSError as error:
            return _Unusable(error.strerror or str(error), unreadable=True), unread
        signature = _signature(info, _digest(data))
        if len(data) > MAX_FILE_BYTES:
            detail = tr("Settings", "it is larger than any settings file (over 1 MiB)")
            return _Unusable(detail, foreign=True), signature
        try:
            document = tomllib.loads(data.decode("utf-8"))
        except UnicodeDecodeError:
            return _Unusable(tr("Settings", "it is not UTF-8 text")), signature
        except tomllib.TOMLDecodeError as error:
            return _Unusable(str(error)), signature
        except (RecursionError, MemoryError):  # arrays nested a thousand deep
            detail = tr("Settings", "it nests tables or arrays too deeply")
            return _Unusable(detail, foreign=True), signature
        try:
            return load_document(document), signature
        except ForeignDocumentError as error:
            return _Unusable(str(error), foreign=True), signature
        except NewerVersionError as error:
            return _Newer(error), signature
        except Exception as error:
            # Whatever else a file can make the checks or a migration raise, it must end in
            # "moved aside, told, defaults", never in a start that fails every time.
            log.exception("reading the settings file failed")
            detail = tr("Settings", "backbreak could not make sense of it: %1").replace(
                "%1", f"{type(error).__name__}: {error}"
            )
            return _Unusable(detail), signature

    def read_only(self) -> Settings:
        """The settings the file holds (defaults when it is missing or unusable), without
        moving, writing or reporting anything: for commands that only read."""
        read, _signature = self._read()
        return read.settings if isinstance(read, Loaded) else defaults()

    def _changed_on_disk(self) -> bool:
        try:
            info = self.path.stat()
        except FileNotFoundError:
            return self._signature is not None
        except OSError:
            return self._signature != _UNREADABLE
        known = self._signature
        if known is None:
            return True
        # No wall clock here: comparing the file's times with the process's clock fails where
        # the two clocks differ (a file server's own clock; a test that moves the process's).
        if _signature(info, known.digest) == known:
            return False
        try:
            digest = _digest(read_regular_file(self.path, MAX_FILE_BYTES)[0])
        except OSError:
            digest = b""  # unreadable or not a file, as _read notes it
        if digest != known.digest:
            return True
        # Touched, or rewritten with the same text: not an edit. Remember the new stat so
        # the next look is cheap again.
        self._signature = _signature(info, digest)
        return False

    # -- what to tell -----------------------------------------------------------------

    def _refuse_newer(self, newer: _Newer) -> str:
        self._saves_refused = (
            str(newer.error)
            + " "
            + tr(
                "Settings",
                "Changes are not saved, so as not to overwrite it; remove or rename %1 to "
                "save settings with this version.",
            ).replace("%1", str(self.path))
        )
        log.warning("%s", self._saves_refused)
        return (
            str(newer.error)
            + " "
            + tr(
                "Settings",
                "It was left as it is, and backbreak is using its default settings; changes "
                "will not be saved until the file is removed or renamed.",
            )
        )

    def _what_is_wrong(self, unusable: _Unusable) -> str:
        if unusable.foreign:
            text = tr("Settings", "%1 is not a backbreak settings file (%2).")
        elif unusable.unreadable:
            text = tr("Settings", "Your settings file %1 could not be opened (%2).")
        else:
            text = tr("Settings", "Your settings file %1 could not be read (%2).")
        return fill(text, str(self.path), unusable.detail)

    def _move_aside(self, unusable: _Unusable) -> str:
        """Move a file we cannot use out of the way; the words that say where it went."""
        problem = self._what_is_wrong(unusable)
        target = self._free_name(f"{SETTINGS_FILE}.broken-{self._now():%Y%m%d-%H%M%S}")
        try:
            self.path.rename(target)
        except OSError as error:
            self._saves_refused = (
                problem
                + " "
                + tr(
                    "Settings",
                    "It could not be moved aside (%1), so changes are not saved over it.",
                ).replace("%1", error.strerror or str(error))
            )
            log.warning("%s", self._saves_refused)
            return (
                problem
                + " "
                + tr(
                    "Settings",
                    "It could not be moved aside (%1), so it was left where it is. backbreak "
                    "is using its default settings and will not save changes over it.",
                ).replace("%1", error.strerror or str(error))
            )
        self._signature = None
        self._disk_broken = None
        notice = (
            problem
            + " "
            + tr(
                "Settings",
                "It was moved to %1, and backbreak is using its default settings.",
            ).replace("%1", str(target))
        )
        log.warning("%s", notice)
        return notice

    def _broken_while_running(self, unusable: _Unusable) -> str:
        notice = (
            self._what_is_wrong(unusable)
            + " "
            + tr(
                "Settings",
                "backbreak keeps the settings it was using. If you change a setting in "
                "backbreak before fixing the file, the file is moved aside first.",
            )
        )
        log.warning("%s", notice)
        return notice

    def _free_name(self, name: str) -> Path:
        candidate = self.path.with_name(name)
        number = 2
        while candidate.exists() or candidate.is_symlink():
            candidate = self.path.with_name(f"{name}-{number}")
            number += 1
        return candidate

    # -- writing -------------------------------------------------------------------------

    def save(self, settings: Settings, touched: Iterable[str] = ()) -> StoreResult:
        """Write `settings`. `touched`: keys the person set, even to the value already in use;
        a bad value the file held for them is then replaced (otherwise it is kept).

        If the file was edited meanwhile and not reloaded, the edit is read first and only the
        settings changed in the app go over it. Returns what was saved (apply that), with any
        notice; raises SettingsSaveError when nothing could be written."""
        self._settings = settings
        if self._saves_refused is not None and not self._changed_on_disk():
            raise SettingsSaveError(self._saves_refused)
        changed = settings.changed_keys(self._base) | set(touched)
        notice: str | None = None
        problems: tuple[Problem, ...] = ()
        reloaded = self.reload_if_changed()
        if reloaded is not None:
            notice, problems = reloaded.notice, reloaded.problems
        if self._saves_refused is not None:
            raise SettingsSaveError(self._saves_refused)
        if self._disk_broken is not None:
            notice = self._move_aside(self._disk_broken)
            if self._saves_refused is not None:
                raise SettingsSaveError(self._saves_refused)
        merged = self._base.with_changes({key: settings.get(key) for key in changed})
        kept = {key: raw for key, raw in self._kept.items() if key not in changed}
        self._settings = merged
        if self._signature is not None and merged == self._base and kept == self._kept:
            return StoreResult(merged, problems, notice, self.path)
        self._write(render(merged, kept))
        self._base, self._kept = merged, kept
        self._disk_version = CONFIG_VERSION
        return StoreResult(merged, problems, notice, self.path)

    def ensure_file(self) -> Path:
        """Make sure the file exists (written with the settings in use), for "Edit the
        settings file"; the path to open. Raises SettingsSaveError as save() does."""
        if not self.path.exists():
            self.save(self._settings)
        return self.path

    def _write(self, text: str) -> None:
        target = Path(os.path.realpath(self.path)) if self.path.is_symlink() else self.path
        folder = target.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
            folder_info = folder.stat()
        except OSError as error:
            raise self._save_error(folder, error) from error
        mode: int | None = None
        try:
            file_info = target.stat()
        except FileNotFoundError:
            pass
        except OSError as error:
            raise self._save_error(target, error) from error
        else:
            mode = stat.S_IMODE(file_info.st_mode)
            # Honour the person's "read-only" even where the system would let us replace it
            # (os.replace needs only the folder to be writable; root may write anything).
            if not mode & 0o222:
                raise SettingsSaveError(self._read_only(target))
        if not stat.S_IMODE(folder_info.st_mode) & 0o222:
            raise SettingsSaveError(self._read_only(folder))
        if mode is not None and self._disk_version < CONFIG_VERSION:
            self._keep_old_version(target)
        data = text.encode("utf-8")
        try:
            write_atomically(target, data, mode=mode)
            info = target.stat()
        except OSError as error:
            raise self._save_error(target, error) from error
        self._signature = _signature(info, _digest(data))

    def _keep_old_version(self, target: Path) -> None:
        """Before the first write over an older version's file, keep a copy for going back."""
        import shutil  # once per version upgrade; it would load bz2 and lzma at every start

        backup = self._free_name(f"{SETTINGS_FILE}.v{self._disk_version}")
        try:
            shutil.copy2(target, backup)
            info = target.stat()
            if hasattr(os, "chown") and backup.stat().st_uid != info.st_uid:
                # As root, saving another user's file: the copy is theirs too (copy2 keeps
                # the mode, not the owner).
                os.chown(backup, info.st_uid, info.st_gid)
        except OSError as error:
            raise self._save_error(backup, error) from error
        log.info("kept the version %d settings file as %s", self._disk_version, backup)
        self._disk_version = CONFIG_VERSION  # one copy is enough, even if this write fails

    def _read_only(self, where: Path) -> str:
        return tr(
            "Settings",
            "Your settings were not saved: %1 is read-only. The change applies until "
            "backbreak quits.",
        ).replace("%1", str(where))

    def _save_error(self, where: Path, error: OSError) -> SettingsSaveError:
        return SettingsSaveError(
            fill(
                tr(
                    "Settings",
                    "Your settings were not saved: %1 could not be written (%2). The change "
                    "applies until backbreak quits.",
                ),
                str(where),
                error.strerror or str(error),
            )
        )


# ---------------------------------------------------------------------------------------------
# Writing TOML: the schema needs strings, whole numbers, booleans, lists of strings and the
# weekday table; values kept from the person's file may be anything TOML has.

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}

HEADER = """\
# backbreak settings. Edit this file while backbreak runs: changes apply when you save it.
# A line starting with # is a comment. A setting that is commented out uses its default,
# shown after the "="; remove the "# " in front of it to choose your own value.
"""


def toml_key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else toml_string(key)


def toml_string(text: str) -> str:
    out: list[str] = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def toml_value(value: object) -> str:
    """One value, inline (tables as inline tables)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value:
            return "nan"
        if value in (float("inf"), float("-inf")):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, datetime | date | clock_time):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    if isinstance(value, Mapping):
        items = ", ".join(f"{toml_key(str(k))} = {toml_value(v)}" for k, v in value.items())
        return "{" + items + "}" if items else "{}"
    raise TypeError(f"TOML has no way to write {type(value).__name__}")


def _comment(text: str) -> list[str]:
    return textwrap.wrap(text, _LINE, initial_indent="# ", subsequent_indent="# ")


def _spec_lines(spec: Spec[Any], settings: Settings, kept: Mapping[str, object]) -> list[str]:
    """A plain setting: description, what it allows, the default, then the value."""
    lines = [
        "",
        *_comment(spec.description),
        *_comment(f"{spec.allowed()} Default: {toml_value(spec.to_toml(spec.default))}."),
    ]
    if spec.key in kept:
        lines += _comment(
            "This value is not valid, so backbreak uses the default until it is fixed."
        )
        lines.append(f"{toml_key(spec.name)} = {toml_value(kept[spec.key])}")
    elif settings.is_default(spec.key):
        lines.append(f"# {toml_key(spec.name)} = {toml_value(spec.to_toml(spec.default))}")
    else:
        lines.append(f"{toml_key(spec.name)} = {toml_value(spec.to_toml(settings.get(spec.key)))}")
    return lines


def _table_lines(spec: Spec[Any], settings: Settings, kept: Mapping[str, object]) -> list[str]:
    """A setting that is a table of its own: `[section.name]`, one line per entry."""
    lines = ["", *_comment(spec.description), *_comment(spec.allowed())]
    table: Mapping[str, object]
    if spec.key in kept:
        lines += _comment(
            "This table is not valid, so backbreak uses the default until it is fixed."
        )
        table, prefix = _as_table(kept[spec.key]), ""
    elif settings.is_default(spec.key):
        table, prefix = _as_table(spec.to_toml(spec.default)), "# "
    else:
        table, prefix = _as_table(spec.to_toml(settings.get(spec.key))), ""
    lines.append(f"{prefix}[{spec.section}.{toml_key(spec.name)}]")
    lines.extend(f"{prefix}{toml_key(str(k))} = {toml_value(v)}" for k, v in table.items())
    return lines


def _as_table(value: object) -> Mapping[str, object]:
    assert isinstance(value, Mapping)
    return value


def _is_table(spec: Spec[Any], settings: Settings, kept: Mapping[str, object]) -> bool:
    value = kept[spec.key] if spec.key in kept else spec.to_toml(settings.get(spec.key))
    return isinstance(value, Mapping)


def render(settings: Settings, kept: Mapping[str, object] | None = None) -> str:
    """The settings file's text. `kept`: by dotted key, values from the person's file to write
    back as they were (bad values of known settings, and keys backbreak does not know)."""
    kept = kept or {}
    unknown_top = {k: v for k, v in kept.items() if "." not in k or k.split(".")[0] not in SECTIONS}
    lines = [HEADER.rstrip("\n"), "", f"{VERSION_KEY} = {CONFIG_VERSION}"]
    plain_top = {k: v for k, v in unknown_top.items() if not isinstance(v, Mapping)}
    for key, value in plain_top.items():
        lines += [
            "",
            *_comment("Not a backbreak setting; kept as written."),
            f"{toml_key(key)} = {toml_value(value)}",
        ]
    for section in SECTIONS:
        specs = [spec for spec in SCHEMA if spec.section == section]
        lines += ["", f"[{section}]"]
        for spec in specs:
            if not _is_table(spec, settings, kept):
                lines += _spec_lines(spec, settings, kept)
        prefix = f"{section}."
        for key, value in kept.items():
            if key.startswith(prefix) and key not in BY_KEY:
                lines += [
                    "",
                    *_comment("Not a backbreak setting; kept as written."),
                    f"{toml_key(key[len(prefix) :])} = {toml_value(value)}",
                ]
        for spec in specs:
            if _is_table(spec, settings, kept):
                lines += _table_lines(spec, settings, kept)
    for key, value in unknown_top.items():
        if isinstance(value, Mapping):
            lines += [
                "",
                *_comment("Not a backbreak section; kept as written."),
                f"[{toml_key(key)}]",
            ]
            lines.extend(f"{toml_key(str(k))} = {toml_value(v)}" for k, v in value.items())
    return "\n".join(lines) + "\n"
