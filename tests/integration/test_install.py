"""A non-editable `pip install .` carries the assets: the installed app finds its icons."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_a_fresh_venv_install_finds_its_assets(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
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
            str(ROOT),
        ],
        check=True,
        cwd=tmp_path,
    )
    result = subprocess.run(
        [str(venv / "bin" / "backbreak"), "paths"],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    )
    assets_line = next(line for line in result.stdout.splitlines() if line.startswith("assets"))
    assets = Path(assets_line.split(None, 1)[1])
    assert assets.is_relative_to(venv), assets  # the installed copy, not this checkout
    for icon in ("backbreak.svg", "backbreak-paused.svg"):
        assert (assets / "icons" / icon).is_file()


def test_a_fresh_venv_install_carries_every_code_package(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
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
            str(ROOT),
        ],
        check=True,
        cwd=tmp_path,
    )
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
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    for line in result.stdout.splitlines():
        name, location = line.split(" ", 1)
        assert Path(location).is_relative_to(venv), f"{name} imported from {location}"
