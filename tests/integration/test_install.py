"""A non-editable `pip install .` carries the code and the assets into a fresh venv."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("install")
    # Build from a clean copy: setuptools reuses a checkout's build/ folder, which would
    # hide a package missing from pyproject.toml behind an older build.
    source = work / "source"
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(
            "build", "dist", "*.egg-info", "__pycache__", ".*cache", ".git", ".hypothesis"
        ),
    )
    venv = work / "venv"
    # System site-packages lend PySide6 and friends, so nothing is downloaded; backbreak
    # itself is built from this checkout and installed into the venv.
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
    subprocess.run(
        [
            str(venv / "bin" / "python"),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--disable-pip-version-check",
            str(source),
        ],
        check=True,
        cwd=work,
    )
    return venv


def test_a_fresh_venv_install_finds_its_assets(venv: Path) -> None:
    result = subprocess.run(
        [str(venv / "bin" / "backbreak"), "paths"],
        capture_output=True,
        text=True,
        check=True,
        cwd=venv,
    )
    assets_line = next(line for line in result.stdout.splitlines() if line.startswith("assets"))
    assets = Path(assets_line.split(None, 1)[1])
    assert assets.is_relative_to(venv), assets  # the installed copy, not this checkout
    for icon in ("backbreak.svg", "backbreak-paused.svg"):
        assert (assets / "icons" / icon).is_file()
    assert any((assets / "exercises").glob("*.toml"))


def test_a_fresh_venv_install_carries_every_code_package(venv: Path) -> None:
    source_packages = sorted(
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "backbreak").rglob("__init__.py")
    )
    # Each package must import from the venv's copy, not from this checkout.
    probe = (
        "import importlib, sys\n"
        "for name in sys.argv[1:]:\n"
        "    print(name, importlib.import_module(name).__file__)\n"
    )
    result = subprocess.run(
        [str(venv / "bin" / "python"), "-c", probe, *source_packages],
        capture_output=True,
        text=True,
        cwd=venv,
    )
    assert result.returncode == 0, result.stderr
    for line in result.stdout.splitlines():
        name, location = line.split(" ", 1)
        assert Path(location).is_relative_to(venv), f"{name} imported from {location}"
