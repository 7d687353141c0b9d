"""Reading a whole settings document (the file's tables, parsed): refused when it is not ours
or a newer backbreak wrote it, migrated when an older one did, and checked value by value."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from backbreak.core.reading import show
from backbreak.core.settings.migrations import migrate
from backbreak.core.settings.schema import BY_KEY, CONFIG_VERSION, SECTIONS, VERSION_KEY
from backbreak.core.settings.specs import InvalidValueError, Problem, Value
from backbreak.core.settings.values import Settings
from backbreak.core.translate import COUNT, fill, tr


class ForeignDocumentError(ValueError):
    """Valid TOML, but not a backbreak settings file."""


class NewerVersionError(ValueError):
    """Written by a newer backbreak: this one must not guess what it means, nor overwrite it."""

    def __init__(self, version: int) -> None:
        super().__init__(
            fill(
                tr(
                    "Settings",
                    "The settings file is from a newer version of backbreak (config_version %1; "
                    "this version understands up to %2).",
                ),
                str(version),
                str(CONFIG_VERSION),
            )
        )
        self.version = version


@dataclass(frozen=True)
class Loaded:
    """A document read: the settings to use, what was wrong (each bad value replaced by its
    default), and, by dotted key, what the file held that is not used: bad values and keys
    we do not know. The store writes those back unchanged, so an edit is never lost."""

    settings: Settings
    problems: tuple[Problem, ...] = ()
    kept: Mapping[str, object] = field(default_factory=dict)
    version: int = CONFIG_VERSION  # the version the document was written in
    migrations: tuple[str, ...] = ()


def _file_version(document: Mapping[str, Any]) -> int:
    if VERSION_KEY in document:
        version = document[VERSION_KEY]
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise ForeignDocumentError(
                tr("Settings", "its config_version is %1, not a version number").replace(
                    "%1", show(version)
                )
            )
        return version
    if document and not any(section in document for section in SECTIONS):
        raise ForeignDocumentError(
            tr("Settings", "it has none of backbreak's sections (%1)").replace(
                "%1", ", ".join(f"[{section}]" for section in SECTIONS)
            )
        )
    # Written by hand without a version: read as the current one.
    return CONFIG_VERSION


def _unknown(key: str, known: Sequence[str]) -> Problem:
    import difflib  # only for a key the file should not have

    close = difflib.get_close_matches(key, known, n=1)
    if close:
        message = tr(
            "Settings", "backbreak has no setting called %1 (did you mean %2?); it is ignored."
        ).replace("%2", close[0])
    else:
        message = tr("Settings", "backbreak has no setting called %1; it is ignored.")
    return Problem(key, message.replace("%1", key))


def nesting_depth(value: object, limit: int) -> int:
    """How deeply `value` nests tables and arrays (a scalar: 0), counted without recursion
    and no further than `limit + 1`: a hostile file may nest thousands of levels."""
    deepest = 0
    stack: list[tuple[object, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, Mapping):
            children: Sequence[object] = list(item.values())
        elif isinstance(item, list | tuple):
            children = item
        else:
            continue
        deepest = max(deepest, depth + 1)
        if deepest > limit:
            return deepest
        stack.extend((child, depth + 1) for child in children)
    return deepest


# backbreak's own settings nest three levels; anything far deeper is not a settings file,
# and writing it back (render) or copying it would recurse that deep.
MAX_NESTING = 32


def _too_deep() -> str:
    most = MAX_NESTING
    return tr("Settings", "it nests tables or arrays more than %n levels deep", None, COUNT, most)


def load_document(document: Mapping[str, Any]) -> Loaded:
    """Check a parsed settings file. Raises ForeignDocumentError for a file that is not ours
    (or nests deeper than MAX_NESTING) and NewerVersionError for one from a newer backbreak;
    otherwise every bad value falls back to its default, with a Problem naming it."""
    if nesting_depth(document, MAX_NESTING) > MAX_NESTING:
        raise ForeignDocumentError(_too_deep())
    version = _file_version(document)
    if version > CONFIG_VERSION:
        raise NewerVersionError(version)
    migrations: list[str] = []
    if version < CONFIG_VERSION:
        document, migrations = migrate(document, version)
    problems: list[Problem] = []
    kept: dict[str, object] = {}
    values: dict[str, Value] = {}
    known_keys = [VERSION_KEY, *SECTIONS, *BY_KEY]
    for top_key, table in document.items():
        if top_key == VERSION_KEY:
            continue
        if top_key not in SECTIONS:
            problems.append(_unknown(top_key, known_keys))
            kept[top_key] = table
            continue
        if not isinstance(table, dict):
            problems.append(
                Problem(
                    top_key,
                    fill(
                        tr("Settings", "%1 must be a section, [%1] (got %2); it is ignored."),
                        top_key,
                        show(table),
                    ),
                )
            )
            continue
        for name, raw in table.items():
            key = f"{top_key}.{name}"
            spec = BY_KEY.get(key)
            if spec is None:
                problems.append(_unknown(key, known_keys))
                kept[key] = raw
                continue
            try:
                values[key] = spec.parse(raw)
            except InvalidValueError as invalid:
                default = tr("Settings", "using the default, %1, meanwhile").replace(
                    "%1", show(spec.to_toml(spec.default))
                )
                problems.extend(Problem(key, f"{m}; {default}.") for m in invalid.messages)
                kept[key] = raw
    return Loaded(
        settings=Settings(values),
        problems=tuple(problems),
        kept=kept,
        version=version,
        migrations=tuple(migrations),
    )
