"""The first start leaves a settings file to edit (issue 15: the README describes a commented
`settings.toml`, but it existed only after the first change)."""

from __future__ import annotations

import stat
from pathlib import Path

from backbreak.core import settings as s
from backbreak.store.settings_store import SETTINGS_FILE, SettingsStore


def test_a_first_start_writes_every_setting_commented(tmp_path: Path) -> None:
    config_dir = tmp_path / "config"
    store = SettingsStore(config_dir)
    assert store.load().message() is None
    assert not (config_dir / SETTINGS_FILE).exists()  # loading alone writes nothing
    assert store.create_if_missing()
    path = config_dir / SETTINGS_FILE
    lines = path.read_text().splitlines()
    for spec in s.SCHEMA:
        if isinstance(spec, s.WeekHoursSpec):
            assert f"# [{spec.section}.{spec.name}]" in lines, spec.key
        else:
            assert any(line.startswith(f"# {spec.name} = ") for line in lines), spec.key
    # Only ours to read: it says which hours you work.
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    # The file means the defaults, with nothing to complain about; the next start keeps it.
    again = SettingsStore(config_dir)
    result = again.load()
    assert result.settings == s.defaults() and result.message() is None
    before = path.stat().st_mtime_ns, path.read_bytes()
    assert not again.create_if_missing()
    assert (path.stat().st_mtime_ns, path.read_bytes()) == before


def test_a_file_of_the_persons_is_never_written_over(tmp_path: Path) -> None:
    path = tmp_path / SETTINGS_FILE
    path.write_text("[schedule]\nmicro_interval_minutes = 40\n")
    store = SettingsStore(tmp_path)
    store.load()
    assert not store.create_if_missing()
    assert path.read_text() == "[schedule]\nmicro_interval_minutes = 40\n"


def test_a_file_that_appears_after_the_load_is_kept(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path)
    store.load()
    path = tmp_path / SETTINGS_FILE
    path.write_text("# mine\n")
    assert not store.create_if_missing()
    assert path.read_text() == "# mine\n"


def test_a_broken_file_moved_aside_is_not_replaced_at_start(tmp_path: Path) -> None:
    (tmp_path / SETTINGS_FILE).write_text("this is = = not toml")
    store = SettingsStore(tmp_path)
    assert "moved" in (store.load().message() or "")
    assert not store.create_if_missing()
    assert not (tmp_path / SETTINGS_FILE).exists()
    assert len(list(tmp_path.glob(f"{SETTINGS_FILE}.broken-*"))) == 1


def test_a_folder_that_cannot_be_made_is_no_failure(tmp_path: Path) -> None:
    # A file where the config folder should be: no one can create the folder, root neither.
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    store = SettingsStore(blocker / "backbreak")
    result = store.load()
    assert not store.create_if_missing()
    assert store.settings == result.settings == s.defaults()
