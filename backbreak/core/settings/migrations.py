"""Migrations: a settings file of an older version brought, step by step, to the version the
schema describes (CONFIG_VERSION). A step renames, converts or drops keys; it never checks a
value (load_document does that after)."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from backbreak.core.settings.schema import CONFIG_VERSION, DAILY_SKIPS, VERSION_KEY


@dataclass(frozen=True)
class Migration:
    """Turns a document of `from_version` into one of from_version + 1. `apply` gets a copy it
    may change, and must not fail on bad values: it moves them along for the checks to
    report."""

    from_version: int
    summary: str
    apply: Callable[[dict[str, Any]], dict[str, Any]]


def _rename(table: dict[str, Any], old: str, new: str, convert: Callable[[Any], Any]) -> None:
    # When both are there (someone added the new key by hand), the new one wins and the old
    # stays, to be reported as unknown rather than silently dropped.
    if old in table and new not in table:
        table[new] = convert(table.pop(old))


def _idle_minutes_to_seconds(raw: Any) -> Any:
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        seconds = raw * 60
        # inf, nan and 1e308 (whose product is inf) have no whole number of seconds: move
        # them along as they are, for the value check to report.
        if isinstance(seconds, int) or math.isfinite(seconds):
            return round(seconds)
    return raw


def _skip_budget_to_daily_skips(raw: Any) -> Any:
    if isinstance(raw, int) and not isinstance(raw, bool) and raw < 0:
        return DAILY_SKIPS.none_word
    return raw


def _v1_to_v2(document: dict[str, Any]) -> dict[str, Any]:
    schedule = document.get("schedule")
    if isinstance(schedule, dict):
        _rename(schedule, "idle_minutes", "idle_threshold_seconds", _idle_minutes_to_seconds)
        _rename(schedule, "skip_budget", "daily_skips", _skip_budget_to_daily_skips)
    exercise_table = document.get("exercises")
    if isinstance(exercise_table, dict):
        _rename(exercise_table, "location", "place", lambda raw: raw)
    return document


def _v2_to_v3(document: dict[str, Any]) -> dict[str, Any]:
    schedule = document.get("schedule")
    if isinstance(schedule, dict):
        schedule.pop("micro_length_seconds", None)
        schedule.pop("long_length_minutes", None)
    return document


MIGRATIONS: Final[tuple[Migration, ...]] = (
    Migration(
        1,
        "Version 1 counted idle time in minutes (idle_minutes, now idle_threshold_seconds), "
        "wrote -1 for unlimited skips (skip_budget, now daily_skips), and called the place "
        "'location'.",
        _v1_to_v2,
    ),
    # A break is a guided stretch, and it lasts as long as the stretch does: a length set
    # apart from it either cut the stretch short or was not kept (a 10-second micro break
    # ran 34 s), and the card, the status and the history disagreed (issue 11).
    Migration(
        2,
        "Version 2 had break lengths (micro_length_seconds, long_length_minutes). A break now "
        "lasts as long as its stretch (20 to 40 seconds, 3 to 5 minutes for a long one), so "
        "they are gone.",
        _v2_to_v3,
    ),
)


def migrate(document: Mapping[str, Any], version: int) -> tuple[dict[str, Any], list[str]]:
    """`document` (of `version`) brought to CONFIG_VERSION, and what each step changed.

    Migrations only add, remove and rename keys in the sections, so the sections are copied
    and the values shared: a deep copy recursed into whatever a file nested (a 5 000-level
    dotted table raised RecursionError)."""
    migrated = {
        key: dict(value) if isinstance(value, dict) else value for key, value in document.items()
    }
    summaries: list[str] = []
    for migration in MIGRATIONS:
        if migration.from_version >= version:
            migrated = migration.apply(migrated)
            summaries.append(migration.summary)
    migrated[VERSION_KEY] = CONFIG_VERSION
    return migrated, summaries
