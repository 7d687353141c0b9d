"""The Flatpak manifest (packaging/flatpak/), checked offline as CI can: its runtime cannot be
fetched here. It parses with no warning from flatpak-builder's own parser, has the keys and
permissions backbreak needs, and pins every PyPI file with a well-formed URL and sha256 at a
version pyproject.toml allows (packaging/flatpak/check_manifest.py; .ci/run also runs it with
--resolve, against PyPI). The checker is shown to catch what it is there for."""

from __future__ import annotations

import copy
import importlib.util
import os
import shutil
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHECKER = ROOT / "packaging" / "flatpak" / "check_manifest.py"


def load_checker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_manifest", CHECKER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks itself up there
    spec.loader.exec_module(module)
    return module


checker = load_checker()


@pytest.fixture(scope="module")
def loaded() -> tuple[dict[str, Any], list[str]]:
    try:
        manifest, warnings = checker.load()
    except LookupError as error:  # neither flatpak-builder nor PyYAML
        if os.environ.get("CI"):
            pytest.fail(str(error))
        pytest.skip(str(error))
    return manifest, warnings


@pytest.fixture
def manifest(loaded: tuple[dict[str, Any], list[str]]) -> dict[str, Any]:
    return copy.deepcopy(loaded[0])


def test_the_manifest_parses_without_a_warning_and_passes_the_offline_checks(
    loaded: tuple[dict[str, Any], list[str]],
) -> None:
    manifest, warnings = loaded
    assert warnings == []
    assert checker.problems(manifest) == []
    found, _ = checker.distributions(manifest)
    names = {dist.name for dist in found}
    assert {"apscheduler", "platformdirs", "plyer", "tzlocal", "jeepney"} <= names
    finish_args = manifest["finish-args"]
    assert "--talk-name=org.kde.StatusNotifierWatcher" in finish_args
    assert "--talk-name=org.freedesktop.Notifications" in finish_args


def test_flatpak_builder_warns_about_what_it_does_not_know(tmp_path: Path) -> None:
    if shutil.which("flatpak-builder") is None:
        message = "flatpak-builder is missing (Debian: packaging/install-debian-deps.sh --test)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    text = checker.MANIFEST.read_text().replace("command: backbreak", "comand: backbreak")
    (tmp_path / "typo.yml").write_text(text)
    _manifest, warnings = checker.load(tmp_path / "typo.yml")
    assert any("comand" in warning for warning in warnings), warnings


def source(manifest: dict[str, Any], file_start: str) -> dict[str, Any]:
    for module in manifest["modules"]:
        for item in module["sources"]:
            if item.get("url", "").rsplit("/", 1)[-1].startswith(file_start):
                found: dict[str, Any] = item
                return found
    raise LookupError(file_start)


def says(manifest: dict[str, Any], words: str) -> None:
    found = checker.problems(manifest, checker.HERE)
    assert any(words in problem for problem in found), found


def test_a_malformed_checksum_is_caught(manifest: dict[str, Any]) -> None:
    source(manifest, "tzlocal-")["sha256"] = "ECAB534F"
    says(manifest, "is not 64 lowercase hex digits")


def test_a_version_pyproject_does_not_allow_is_caught(manifest: dict[str, Any]) -> None:
    pinned = source(manifest, "apscheduler-")
    pinned["url"] = pinned["url"].replace("apscheduler-3.11.3-", "apscheduler-3.10.4-")
    says(manifest, "apscheduler 3.10.4: pyproject.toml asks for APScheduler")


def test_a_missing_or_extra_dependency_is_caught(manifest: dict[str, Any]) -> None:
    dependencies = manifest["modules"][0]["sources"]
    platformdirs = source(manifest, "platformdirs-")
    dependencies.remove(platformdirs)
    says(manifest, "platformdirs>=4.0: 0 versions, not one")
    extra = dict(platformdirs, url=platformdirs["url"].replace("platformdirs-", "requests-"))
    dependencies.append(extra)
    says(manifest, "pyproject.toml needs no requests")


def test_a_platform_wheel_must_name_its_one_architecture(manifest: dict[str, Any]) -> None:
    del source(manifest, "cffi-2.1.1-cp313-cp313-manylinux2014_x86_64")["only-arches"]
    says(manifest, "is built for a platform")


def test_the_tray_and_notification_permissions_are_required(manifest: dict[str, Any]) -> None:
    manifest["finish-args"].remove("--talk-name=org.kde.StatusNotifierWatcher")
    manifest["finish-args"].append("--filesystem=home")
    says(manifest, "finish-args lack --talk-name=org.kde.StatusNotifierWatcher")
    says(manifest, "finish-args give --filesystem=home")


def test_a_url_off_pypi_is_caught(manifest: dict[str, Any]) -> None:
    source(manifest, "plyer-")["url"] = "https://example.org/plyer-2.1.0-py2.py3-none-any.whl"
    says(manifest, "not a file from PyPI")
