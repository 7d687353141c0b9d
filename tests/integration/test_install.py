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
    # Every shipped file (the READMEs are for people reading the repository).
    shipped = sorted(
        str(path.relative_to(ROOT / "assets"))
        for path in (ROOT / "assets").rglob("*")
        if path.is_file() and path.suffix != ".md"
    )
    missing = [name for name in shipped if not (assets / name).is_file()]
    assert missing == [], f"left out of the install: {missing}"


def test_a_fresh_venv_install_speaks_german(venv: Path, tmp_path: Path) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    environment = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "XDG_RUNTIME_DIR": str(runtime),
        "LANG": "de_DE.UTF-8",
    }
    result = subprocess.run(
        [str(venv / "bin" / "backbreak"), "status"],
        capture_output=True,
        text=True,
        env=environment,
        cwd=venv,
    )
    assert result.returncode == 3  # not running
    assert "backbreak läuft nicht" in result.stdout + result.stderr
    # The app's own catalogue (Qt's .qm) is there to be loaded.
    probe = "from backbreak.core.language import shipped_languages\n"
    probe += "from backbreak.paths import i18n_dir\nprint(*shipped_languages(i18n_dir()))"
    shipped = subprocess.run(
        [str(venv / "bin" / "python"), "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        cwd=venv,
    )
    assert shipped.stdout.split() == ["en", "de", "es", "fr"]


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
