"""Checking pack values field by field, with messages that name the file, the field and
what is wrong, in plain words."""

from __future__ import annotations

import enum
import math
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from backbreak.core.reading import IDENTIFIER, show

# ---------------------------------------------------------------------------------------------
# Checking and loading


class PackError(ValueError):
    """One thing wrong in one file: `str()` reads "file: field: what is wrong"."""

    def __init__(self, file: str, where: str, problem: str) -> None:
        super().__init__(f"{file}: {where}: {problem}" if where else f"{file}: {problem}")
        self.file = file
        self.where = where
        self.problem = problem


MAX_FILE_BYTES = 256 * 1024  # a hand-written exercise is a few KiB
# A pack is a few dozen files. Past these, the rest of a folder is not read (and the person
# is told): a folder of 10 000 files blocked the GUI for ten seconds at every load; 100
# valid files load in about a quarter of a second.
MAX_PACK_FILES = 100
MAX_PACK_BYTES = 4 * 1024 * 1024
SAFETY_FILE = "safety.toml"
_TAG = IDENTIFIER
_E = TypeVar("_E", bound=enum.Enum)

_EXERCISE_FIELDS = (
    "id",
    "name",
    "summary",
    "kind",
    "regions",
    "positions",
    "equipment",
    "tags",
    "setup",
    "setup_seconds",
    "repetitions",
    "hold_seconds",
    "cautions",
    "sources",
    "notes",
    "steps",
    "animation",
)
_STEP_FIELDS = (
    "instruction",
    "seconds",
    "reps",
    "seconds_each",
    "side",
    "breath",
    "frames",
)
_ANIMATION_FIELDS = (
    "view",
    "easing",
    "mirror",
    "side",
    "breathing",
    "props",
    "contacts",
    "base",
    "keyframes",
)
_ROUTINE_FIELDS = ("id", "name", "summary", "use", "items", "notes")
_SAFETY_FIELDS = ("title", "reminder", "points", "red_flags")


def _number_text(value: float) -> str:
    return f"{value:g}"


def _path(prefix: str, key: str) -> str:
    return f"{prefix}.{key}" if prefix else key


class _Check:
    """Reads values out of one parsed file, noting every problem instead of stopping at the
    first: a person fixing a file by hand wants the whole list."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.errors: list[PackError] = []

    def fail(self, where: str, problem: str) -> None:
        self.errors.append(PackError(self.file, where, problem))

    def known(self, table: Mapping[str, Any], prefix: str, allowed: Sequence[str]) -> None:
        for key in table:
            if key in allowed:
                continue
            import difflib  # only for a field the pack should not have

            close = difflib.get_close_matches(key, allowed, n=1)
            hint = f'; did you mean "{close[0]}"?' if close else ""
            self.fail(_path(prefix, key), f"is not a field here{hint}")

    def _missing(self, table: Mapping[str, Any], key: str, where: str, required: bool) -> bool:
        if key in table:
            return False
        if required:
            self.fail(where, "is missing")
        return True

    def text(
        self,
        table: Mapping[str, Any],
        key: str,
        prefix: str = "",
        *,
        max_length: int = 300,
        required: bool = True,
    ) -> str:
        where = _path(prefix, key)
        if self._missing(table, key, where, required):
            return ""
        return self._text_item(table[key], where, max_length)

    def texts(
        self,
        table: Mapping[str, Any],
        key: str,
        prefix: str = "",
        *,
        max_length: int = 300,
    ) -> tuple[str, ...]:
        where = _path(prefix, key)
        if key not in table:
            return ()
        value = table[key]
        if not isinstance(value, list):
            self.fail(where, f"must be a list of texts, got {show(value)}")
            return ()
        return tuple(
            self._text_item(item, f"{where}[{i + 1}]", max_length) for i, item in enumerate(value)
        )

    def _text_item(self, value: object, where: str, max_length: int) -> str:
        """Some text (blank refused), its runs of white space made single spaces."""
        if not isinstance(value, str) or not value.strip():
            self.fail(where, f"must be some text, got {show(value)}")
            return ""
        if len(value) > max_length:
            self.fail(where, f"must be at most {max_length} characters, got {len(value)}")
            return ""
        return " ".join(value.split())

    def number(
        self,
        table: Mapping[str, Any],
        key: str,
        prefix: str = "",
        *,
        low: float | None = None,
        high: float | None = None,
        positive: bool = False,
        unit: str = "",
    ) -> float | None:
        """A number (whole or not), or None when absent or wrong (wrong is noted)."""
        where = _path(prefix, key)
        if key not in table:
            return None
        return self.number_value(
            table[key], where, low=low, high=high, positive=positive, unit=unit
        )

    def number_value(
        self,
        value: object,
        where: str,
        *,
        low: float | None,
        high: float | None,
        positive: bool,
        unit: str,
    ) -> float | None:
        suffix = f" {unit}" if unit else ""
        if positive:
            wanted = f"must be a positive number{suffix}"
        elif low is not None and high is not None:
            wanted = f"must be a number from {_number_text(low)} to {_number_text(high)}{suffix}"
        else:
            wanted = f"must be a number{suffix}"
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(where, f"{wanted}, got {show(value)}")
            return None
        number = float(value)
        if not math.isfinite(number):
            self.fail(where, f"{wanted}, got {show(value)}")
            return None
        if positive and number <= 0:
            self.fail(where, f"{wanted}, got {show(value)}")
            return None
        if (low is not None and number < low) or (high is not None and number > high):
            if high is not None and positive:
                wanted = f"must be at most {_number_text(high)}{suffix}"
            self.fail(where, f"{wanted}, got {show(value)}")
            return None
        return number

    def whole(
        self,
        table: Mapping[str, Any],
        key: str,
        prefix: str = "",
        *,
        low: int = 1,
        high: int = 1000,
    ) -> int | None:
        where = _path(prefix, key)
        if key not in table:
            return None
        value = table[key]
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.fail(
                where,
                f"must be a whole number from {low} to {high}, got {show(value)}",
            )
            return None
        return value

    def flag(self, table: Mapping[str, Any], key: str, prefix: str, default: bool) -> bool:
        if key not in table:
            return default
        value = table[key]
        if not isinstance(value, bool):
            self.fail(_path(prefix, key), f"must be true or false, got {show(value)}")
            return default
        return value

    def choice(
        self,
        table: Mapping[str, Any],
        key: str,
        prefix: str,
        kind: type[_E],
    ) -> _E | None:
        where = _path(prefix, key)
        if self._missing(table, key, where, True):
            return None
        return self._choice_value(table[key], where, kind)

    def choice_or(self, table: Mapping[str, Any], key: str, prefix: str, default: _E) -> _E:
        """The choice, or `default` when the field is absent or wrong (wrong is noted): the
        rest of the pack still loads."""
        if key not in table:
            return default
        chosen = self._choice_value(table[key], _path(prefix, key), type(default))
        return default if chosen is None else chosen

    def _choice_value(self, value: object, where: str, kind: type[_E]) -> _E | None:
        for member in kind:
            if member.value == value:
                return member
        options = ", ".join(f'"{member.value}"' for member in kind)
        self.fail(where, f"must be one of {options}; got {show(value)}")
        return None

    def choices(
        self,
        table: Mapping[str, Any],
        key: str,
        prefix: str,
        kind: type[_E],
        *,
        required: bool = True,
    ) -> tuple[_E, ...]:
        where = _path(prefix, key)
        if self._missing(table, key, where, required):
            return ()
        value = table[key]
        options = ", ".join(f'"{member.value}"' for member in kind)
        if not isinstance(value, list):
            self.fail(where, f"must be a list of {options}; got {show(value)}")
            return ()
        if required and not value:
            self.fail(where, f"must name at least one of {options}")
            return ()
        found: list[_E] = []
        for i, item in enumerate(value):
            member = self._choice_value(item, f"{where}[{i + 1}]", kind)
            if member is None:
                continue
            if member in found:
                self.fail(f"{where}[{i + 1}]", f"{show(item)} is listed twice")
                continue
            found.append(member)
        return tuple(found)

    def tables(
        self,
        table: Mapping[str, Any],
        key: str,
        prefix: str = "",
        *,
        required: bool = True,
        most: int = 100,
    ) -> list[tuple[str, dict[str, Any]]]:
        """A list of tables ([[key]] in TOML), each with its path for messages."""
        where = _path(prefix, key)
        if self._missing(table, key, where, required):
            return []
        value = table[key]
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            self.fail(
                where,
                f"must be a list of tables ([[{where}]] blocks), got {show(value)}",
            )
            return []
        if required and not value:
            self.fail(where, "must have at least one entry")
            return []
        if len(value) > most:
            self.fail(where, f"must have at most {most} entries, got {len(value)}")
            return []
        return [(f"{where}[{i + 1}]", item) for i, item in enumerate(value)]

    def sub_table(
        self, table: Mapping[str, Any], key: str, prefix: str = ""
    ) -> dict[str, Any] | None:
        where = _path(prefix, key)
        if self._missing(table, key, where, True):
            return None
        value = table[key]
        if not isinstance(value, dict):
            self.fail(where, f"must be a table ([{where}]), got {show(value)}")
            return None
        return value

    def identifier(self, table: Mapping[str, Any], stem: str) -> str:
        value = self.text(table, "id", max_length=60)
        if not value:
            return ""
        if not IDENTIFIER.fullmatch(value):
            self.fail("id", f"must be lower-case words joined by hyphens, got {show(value)}")
        elif value != stem:
            self.fail("id", f'must match the file name ("{stem}"), got {show(value)}')
        return value
