"""The settings file on a real file system: what a person sees when the file is fine, broken,
foreign, from a newer version, read-only, or edited while backbreak runs.

File permissions bind everyone except root, and these tests may run as root. Where a test needs
the system itself to refuse (not our own read-only check), `as_ordinary_user` runs that part in
a child process that has given up root, so the refusal is real either way."""

from __future__ import annotations

import contextlib
import math
import os
import pickle
import resource
import shutil
import stat
import tempfile
import tomllib
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backbreak.core import settings as s
from backbreak.store.settings_store import (
    SETTINGS_FILE,
    SettingsSaveError,
    SettingsStore,
    render,
)

T = TypeVar("T")
NOW = datetime(2026, 11, 23, 14, 5, 9)
NOBODY = 65534


def store_in(folder: Path) -> SettingsStore:
    return SettingsStore(folder, now=lambda: NOW)


def as_ordinary_user(action: Callable[[], T]) -> T:
    """Run `action` without root's power over file permissions: as root, in a forked child
    that switched to the nobody user; otherwise right here. The result must pickle."""
    if os.geteuid() != 0:
        return action()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never return into pytest
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            try:
                outcome: tuple[bool, Any] = (True, action())
            except BaseException as error:
                outcome = (False, f"{type(error).__name__}: {error}")
            with os.fdopen(write_end, "wb") as pipe:
                pickle.dump(outcome, pipe)
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        data = pipe.read()
    os.waitpid(pid, 0)
    ok, value = pickle.loads(data)
    if not ok:
        raise AssertionError(f"in the unprivileged child: {value}")
    return value  # type: ignore[no-any-return]


@pytest.fixture
def config_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "config" / "backbreak"
    folder.mkdir(parents=True)
    return folder


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder the nobody user can reach (pytest's tmp_path is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="bb-settings-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        for path in [folder, *folder.rglob("*")]:
            with contextlib.suppress(OSError):
                path.chmod(0o700)
        shutil.rmtree(folder)


def names(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def active_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line and not line.startswith("#")]


# -- the file when all is well ----------------------------------------------------------------


def test_a_missing_file_means_the_defaults_and_nothing_is_written(config_dir: Path) -> None:
    result = store_in(config_dir).load()
    assert result.settings == s.defaults()
    assert result.message() is None
    assert names(config_dir) == []


def test_saved_settings_come_back_and_only_the_choices_made_are_active(config_dir: Path) -> None:
    chosen = s.defaults().with_changes(
        {
            "schedule.micro_interval_minutes": 40,
            "schedule.daily_skips": "unlimited",
            "schedule.working_hours": {"monday": ["09:00-12:30", "13:30-18:00"]},
            "exercises.favourites": ["cat-cow"],
            "appearance.theme": "dark",
        }
    )
    store = store_in(config_dir)
    store.load()
    assert store.save(chosen).settings == chosen
    assert names(config_dir) == [SETTINGS_FILE]

    again = store_in(config_dir).load()
    assert again.settings == chosen and again.message() is None
    text = (config_dir / SETTINGS_FILE).read_text()
    assert active_lines(text) == [
        "config_version = 3",
        "[schedule]",
        "micro_interval_minutes = 40",
        'daily_skips = "unlimited"',
        "[schedule.working_hours]",
        'monday = ["09:00-12:30", "13:30-18:00"]',
        "tuesday = []",
        "wednesday = []",
        "thursday = []",
        "friday = []",
        "saturday = []",
        "sunday = []",
        "[exercises]",
        'favourites = ["cat-cow"]',
        "[notifications]",
        "[appearance]",
        'theme = "dark"',
        "[general]",
        "[history]",
    ]


def test_every_setting_in_the_file_has_its_description_above_it(config_dir: Path) -> None:
    path = store_in(config_dir).ensure_file()
    lines = path.read_text().splitlines()
    for spec in s.SCHEMA:
        if isinstance(spec, s.WeekHoursSpec):
            line = f"# [{spec.section}.{spec.name}]"
        else:
            line = f"# {spec.name} = "
        (index,) = [i for i, text in enumerate(lines) if text.startswith(line)]
        block: list[str] = []
        for text in reversed(lines[:index]):
            if not text:
                break
            block.insert(0, text)
        explained = " ".join(text.removeprefix("# ") for text in block)
        assert explained.startswith(spec.description), spec.key
        assert spec.allowed() in explained, spec.key
    # The commented-out file means the defaults, with nothing to complain about.
    result = store_in(config_dir).load()
    assert result.settings == s.defaults() and result.message() is None


toml_scalars = (
    st.text(max_size=20)
    | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=False)
    | st.booleans()
    | st.datetimes()
)
toml_values = st.recursive(
    toml_scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
unknown_names = st.text(min_size=1, max_size=12).filter(
    lambda name: name not in s.SECTIONS and name != s.VERSION_KEY
)


@given(
    # A setting given a bad value (not the one changed below: a change replaces it).
    st.sampled_from([spec.key for spec in s.SCHEMA if spec is not s.VOLUME]),
    st.dictionaries(unknown_names, toml_values, max_size=3),
    st.dictionaries(unknown_names.map(lambda n: f"schedule.{n}"), toml_values, max_size=3),
)
def test_values_kept_from_the_file_are_written_back_exactly(
    spoiled: str, top: dict[str, Any], in_section: dict[str, Any]
) -> None:
    """Whatever TOML a person put in the file survives our writer: strings with quotes and
    control characters, odd key names, nested tables, dates."""
    in_section = {k: v for k, v in in_section.items() if k not in s.BY_KEY}
    kept: dict[str, object] = {**top, **in_section, spoiled: {"not": ["a valid value"]}}
    text = render(s.defaults().with_changes({"notifications.volume": 80}), kept)
    loaded = s.load_document(tomllib.loads(text))
    assert loaded.settings == s.defaults().with_changes({"notifications.volume": 80})
    assert _same(dict(loaded.kept), kept)


def _same(a: object, b: object) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return a == b or (math.isnan(a) and math.isnan(b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return a == b and type(a) is type(b)


def test_a_file_written_by_the_store_keeps_its_permissions(config_dir: Path) -> None:
    store = store_in(config_dir)
    store.load()
    store.save(s.defaults())
    path = config_dir / SETTINGS_FILE
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # new: private to the person
    path.chmod(0o640)
    store.save(s.defaults().with_changes({"general.start_at_login": True}))
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_a_symlinked_file_is_written_through_its_link(config_dir: Path, tmp_path: Path) -> None:
    dotfiles = tmp_path / "dotfiles"
    dotfiles.mkdir()
    (dotfiles / "backbreak.toml").write_text("config_version = 3\n")
    (config_dir / SETTINGS_FILE).symlink_to(dotfiles / "backbreak.toml")
    store = store_in(config_dir)
    store.load()
    store.save(s.defaults().with_changes({"history.daily_goal": 9}))
    assert (config_dir / SETTINGS_FILE).is_symlink()
    assert "daily_goal = 9" in (dotfiles / "backbreak.toml").read_text()
    assert names(dotfiles) == ["backbreak.toml"]


# -- files we cannot use ----------------------------------------------------------------------


def test_a_corrupt_file_is_moved_aside_and_the_person_told_where(config_dir: Path) -> None:
    path = config_dir / SETTINGS_FILE
    path.write_text("config_version = 3\n[schedule\nmicro_interval_minutes = 40\n")
    original = path.read_bytes()
    result = store_in(config_dir).load()
    moved = config_dir / "settings.toml.broken-20261123-140509"
    assert names(config_dir) == [moved.name]
    assert moved.read_bytes() == original
    assert result.settings == s.defaults()
    message = result.message()
    assert message is not None and message.count("\n") == 0
    assert message.startswith(f"Your settings file {path} could not be read (")
    assert "line 2" in message
    assert message.endswith(
        f"It was moved to {moved}, and backbreak is using its default settings."
    )


def test_broken_files_moved_in_the_same_second_do_not_overwrite_each_other(
    config_dir: Path,
) -> None:
    path = config_dir / SETTINGS_FILE
    path.write_bytes(b"\xff\xfe not text")
    first = store_in(config_dir).load().message()
    path.write_text("= no key")
    second = store_in(config_dir).load().message()
    assert first is not None and "it is not UTF-8 text" in first
    assert second is not None and "settings.toml.broken-20261123-140509-2" in second
    assert names(config_dir) == [
        "settings.toml.broken-20261123-140509",
        "settings.toml.broken-20261123-140509-2",
    ]
    assert (
        config_dir / "settings.toml.broken-20261123-140509"
    ).read_bytes() == b"\xff\xfe not text"


def test_a_foreign_file_is_moved_aside_with_different_words(config_dir: Path) -> None:
    path = config_dir / SETTINGS_FILE
    path.write_text('[tool.poetry]\nname = "not ours"\n')
    result = store_in(config_dir).load()
    assert result.settings == s.defaults()
    assert result.message() == (
        f"{path} is not a backbreak settings file (it has none of backbreak's sections "
        "([schedule], [exercises], [notifications], [appearance], [general], [history])). "
        f"It was moved to {config_dir}/settings.toml.broken-20261123-140509, and backbreak is "
        "using its default settings."
    )


def test_a_folder_where_the_file_should_be_is_moved_aside(config_dir: Path) -> None:
    (config_dir / SETTINGS_FILE).mkdir()
    (config_dir / SETTINGS_FILE / "notes.txt").write_text("mine")
    result = store_in(config_dir).load()
    assert result.message() is not None
    assert "could not be opened (it is not a file)" in str(result.message())
    moved = config_dir / "settings.toml.broken-20261123-140509"
    assert (moved / "notes.txt").read_text() == "mine"


def test_an_unreadable_file_is_moved_aside(shared_dir: Path) -> None:
    config = shared_dir / "config"
    config.mkdir()
    config.chmod(0o777)
    path = config / SETTINGS_FILE
    path.write_text("config_version = 3\n")
    path.chmod(0)

    def load() -> str | None:
        return store_in(config).load().message()

    message = as_ordinary_user(load)
    assert message is not None
    assert "could not be opened (Permission denied)" in message
    assert names(config) == ["settings.toml.broken-20261123-140509"]


def test_a_broken_file_that_cannot_be_moved_is_left_and_saves_are_refused(
    shared_dir: Path,
) -> None:
    config = shared_dir / "config"
    config.mkdir()
    path = config / SETTINGS_FILE
    path.write_text("[schedule]\nmicro_interval_minutes = \n")
    path.chmod(0o644)
    config.chmod(0o555 if os.geteuid() != 0 else 0o755)  # as nobody, root's 755 is read-only

    def load_then_save() -> tuple[str | None, str]:
        store = store_in(config)
        message = store.load().message()
        try:
            store.save(s.defaults().with_changes({"appearance.theme": "dark"}))
        except SettingsSaveError as error:
            return message, str(error)
        return message, "saved"

    message, saving = as_ordinary_user(load_then_save)
    assert message is not None
    assert "It could not be moved aside (Permission denied), so it was left where it is." in message
    assert "not save changes over it" in message
    assert "could not be moved aside" in saving
    assert names(config) == [SETTINGS_FILE]
    assert path.read_text() == "[schedule]\nmicro_interval_minutes = \n"


# -- a newer version's file -------------------------------------------------------------------


def test_a_newer_versions_file_is_left_alone_until_the_person_fixes_it(config_dir: Path) -> None:
    path = config_dir / SETTINGS_FILE
    path.write_text("config_version = 4\n[schedule]\nmicro_interval_minutes = 40\n")
    before = path.read_bytes(), path.stat().st_mtime_ns
    store = store_in(config_dir)
    result = store.load()
    assert result.settings == s.defaults()
    assert result.message() == (
        "The settings file is from a newer version of backbreak (config_version 4; this version "
        "understands up to 3). It was left as it is, and backbreak is using its default "
        "settings; changes will not be saved until the file is removed or renamed."
    )
    wanted = s.defaults().with_changes({"appearance.theme": "dark"})
    with pytest.raises(SettingsSaveError, match="so as not to overwrite it"):
        store.save(wanted)
    assert store.settings == wanted  # the change still applies while backbreak runs
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert names(config_dir) == [SETTINGS_FILE]

    path.write_text("config_version = 3\n[schedule]\nmicro_interval_minutes = 40\n")
    reloaded = store.reload_if_changed()
    assert reloaded is not None and reloaded.settings.value(s.MICRO_INTERVAL) == 40
    saved = store.save(reloaded.settings.with_changes({"appearance.theme": "dark"})).settings
    assert store_in(config_dir).load().settings == saved


# -- saving that fails ------------------------------------------------------------------------


def test_a_read_only_file_is_not_replaced(config_dir: Path) -> None:
    path = config_dir / SETTINGS_FILE
    path.write_text("config_version = 3\n[history]\ndaily_goal = 8\n")
    path.chmod(0o444)
    store = store_in(config_dir)
    store.load()
    wanted = store.settings.with_changes({"history.daily_goal": 10})
    with pytest.raises(SettingsSaveError) as caught:
        store.save(wanted)
    assert str(caught.value) == (
        f"Your settings were not saved: {path} is read-only. The change applies until "
        "backbreak quits."
    )
    assert store.settings == wanted
    assert path.read_text() == "config_version = 3\n[history]\ndaily_goal = 8\n"
    assert names(config_dir) == [SETTINGS_FILE]


def test_a_read_only_folder_is_not_written_to(config_dir: Path) -> None:
    store = store_in(config_dir)
    store.load()
    config_dir.chmod(0o555)
    try:
        with pytest.raises(SettingsSaveError, match=f"{config_dir} is read-only"):
            store.save(s.defaults().with_changes({"notifications.sound": True}))
    finally:
        config_dir.chmod(0o755)
    assert names(config_dir) == []


def test_a_folder_the_system_will_not_let_us_write_to(shared_dir: Path) -> None:
    """Not our own read-only check: the folder has write permission, but not for us."""
    if os.geteuid() == 0:
        config = shared_dir / "config"  # root's, and the child below is nobody
        config.mkdir()
        config.chmod(0o755)
    else:
        config = Path("/")  # someone else's, with its owner's write permission
        if config.stat().st_uid == os.geteuid() or not config.stat().st_mode & 0o200:
            pytest.skip("no folder here belongs to someone else with write permission")

    def save() -> str:
        store = store_in(config)
        store.load()
        try:
            store.save(s.defaults().with_changes({"notifications.sound": True}))
        except SettingsSaveError as error:
            return str(error)
        return "saved"

    assert as_ordinary_user(save) == (
        f"Your settings were not saved: {config / SETTINGS_FILE} could not be written "
        "(Permission denied). The change applies until backbreak quits."
    )
    assert not (config / SETTINGS_FILE).exists()


def test_a_write_failing_midway_leaves_the_old_file_whole_and_no_temporary_file(
    config_dir: Path,
) -> None:
    store = store_in(config_dir)
    store.load()
    store.save(s.defaults().with_changes({"history.daily_goal": 8}))
    path = config_dir / SETTINGS_FILE
    before = path.read_bytes()
    wanted = s.defaults().with_changes(
        {"history.daily_goal": 9, "schedule.working_hours": {"monday": ["09:00-17:00"]}}
    )
    # The file-size limit makes the write stop partway with EFBIG (Python ignores SIGXFSZ),
    # as a full disk would: a real failure in the middle of writing, for root too.
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (1024, hard))
    try:
        with pytest.raises(SettingsSaveError, match="could not be written"):
            store.save(wanted)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    assert path.read_bytes() == before
    assert names(config_dir) == [SETTINGS_FILE]
    assert store_in(config_dir).load().settings.value(s.DAILY_GOAL) == 8
    # Nothing was remembered as written: the next save writes it all.
    store.save(wanted)
    assert store_in(config_dir).load().settings == wanted


# -- values and keys we do not use ------------------------------------------------------------


def test_typos_and_bad_values_are_reported_and_survive_a_save(config_dir: Path) -> None:
    path = config_dir / SETTINGS_FILE
    path.write_text(
        "config_version = 3\n"
        "[schedule]\n"
        "micro_intervall_minutes = 40\n"
        "[notifications]\n"
        "volume = 300\n"
        "sound = true\n"
    )
    store = store_in(config_dir)
    result = store.load()
    assert result.settings == s.defaults().with_changes({"notifications.sound": True})
    assert [p.key for p in result.problems] == [
        "schedule.micro_intervall_minutes",
        "notifications.volume",
    ]
    message = result.message()
    assert message is not None
    assert message.splitlines()[0] == f"Some settings in {path} were not used:"
    assert "did you mean schedule.micro_interval_minutes?" in message
    assert "Volume must be between 0 and 100 percent (got 300); using the default, 50" in message

    store.save(result.settings.with_changes({"appearance.theme": "light"}))
    text = path.read_text()
    assert "micro_intervall_minutes = 40" in active_lines(text)
    assert "volume = 300" in active_lines(text)
    assert len(store_in(config_dir).load().problems) == 2

    # Setting the volume in the app, even to the value in use, replaces the bad one.
    store.save(store.settings, touched=["notifications.volume"])
    assert "volume = 300" not in path.read_text()
    assert [p.key for p in store_in(config_dir).load().problems] == [
        "schedule.micro_intervall_minutes"
    ]


def test_a_version_1_file_is_read_and_kept_as_it_was_when_first_rewritten(
    config_dir: Path,
) -> None:
    path = config_dir / SETTINGS_FILE
    v1 = (
        "config_version = 1\n"
        "[schedule]\nidle_minutes = 3\nskip_budget = -1\n"
        '[exercises]\nlocation = "home"\n'
    )
    path.write_text(v1)
    store = store_in(config_dir)
    result = store.load()
    assert result.message() is None
    assert result.settings.idle_threshold.total_seconds() == 180
    assert result.settings.value(s.DAILY_SKIPS) is None
    assert result.settings.value(s.PLACE) == "home"
    assert path.read_text() == v1  # reading never writes

    store.save(result.settings.with_changes({"history.daily_goal": 7}))
    assert (config_dir / "settings.toml.v1").read_text() == v1
    new = tomllib.loads(path.read_text())
    assert new["config_version"] == 3
    assert new["schedule"] == {"idle_threshold_seconds": 180, "daily_skips": "unlimited"}
    assert new["exercises"] == {"place": "home"}
    # Later saves do not make more copies.
    store.save(store.settings.with_changes({"history.daily_goal": 8}))
    assert names(config_dir) == [SETTINGS_FILE, "settings.toml.v1"]


# -- edits while backbreak runs ---------------------------------------------------------------


def test_an_edit_to_the_file_is_picked_up_and_our_own_writes_are_not(config_dir: Path) -> None:
    store = store_in(config_dir)
    store.load()
    assert store.reload_if_changed() is None
    store.save(s.defaults().with_changes({"schedule.micro_interval_minutes": 40}))
    assert store.reload_if_changed() is None
    assert store.reload_if_changed() is None

    path = config_dir / SETTINGS_FILE
    path.write_text(path.read_text().replace("= 40", "= 45"))
    result = store.reload_if_changed()
    assert result is not None and result.message() is None
    assert result.settings.value(s.MICRO_INTERVAL) == 45
    assert store.settings == result.settings
    assert store.reload_if_changed() is None

    # Touched but the same text: not a change.
    os.utime(path)
    assert store.reload_if_changed() is None


def test_an_edit_keeping_size_and_timestamp_is_found_by_its_content(config_dir: Path) -> None:
    store = store_in(config_dir)
    store.load()
    store.save(s.defaults().with_changes({"schedule.micro_interval_minutes": 40}))
    path = config_dir / SETTINGS_FILE
    info = path.stat()
    path.write_text(path.read_text().replace("= 40", "= 50"))
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))  # within one timestamp tick
    assert path.stat().st_size == info.st_size
    result = store.reload_if_changed()
    assert result is not None and result.settings.value(s.MICRO_INTERVAL) == 50


def test_a_file_broken_while_running_is_not_moved_until_backbreak_must_save(
    config_dir: Path,
) -> None:
    store = store_in(config_dir)
    store.load()
    in_use = store.save(s.defaults().with_changes({"history.daily_goal": 4})).settings
    path = config_dir / SETTINGS_FILE
    path.write_text(path.read_text() + "\n[schedule\n")  # half-way through an edit
    result = store.reload_if_changed()
    assert result is not None and result.settings == in_use
    message = result.message()
    assert message is not None and "could not be read" in message
    assert "keeps the settings it was using" in message
    assert names(config_dir) == [SETTINGS_FILE]
    assert store.reload_if_changed() is None  # told once, not on every look

    saved = store.save(in_use.with_changes({"appearance.theme": "dark"}))
    moved = config_dir / "settings.toml.broken-20261123-140509"
    assert saved.notice is not None and str(moved) in saved.notice
    assert moved.read_text().endswith("[schedule\n")
    assert store_in(config_dir).load().settings == saved.settings


def test_a_file_deleted_while_running_keeps_the_settings_and_comes_back_on_save(
    config_dir: Path,
) -> None:
    store = store_in(config_dir)
    store.load()
    in_use = store.save(s.defaults().with_changes({"history.daily_goal": 4})).settings
    (config_dir / SETTINGS_FILE).unlink()
    assert store.reload_if_changed() is None
    assert store.settings == in_use
    store.save(in_use)
    assert store_in(config_dir).load().settings == in_use


def test_saving_over_an_edit_not_yet_reloaded_keeps_the_edit(config_dir: Path) -> None:
    store = store_in(config_dir)
    store.load()
    store.save(s.defaults())
    path = config_dir / SETTINGS_FILE
    path.write_text("config_version = 3\n[schedule]\nsnooze_minutes = 7\n")
    saved = store.save(store.settings.with_changes({"appearance.theme": "dark"})).settings
    assert saved.value(s.SNOOZE_LENGTH) == 7 and saved.value(s.THEME) == "dark"
    assert store_in(config_dir).load().settings == saved
