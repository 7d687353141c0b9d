"""Check the Flatpak manifest without its runtime, which cannot be fetched where CI runs.

    python3 packaging/flatpak/check_manifest.py [--resolve] [MANIFEST]

Offline (always):
- it parses, with no warning: read by `flatpak-builder --show-manifest` (the builder's own
  parser, which warns about any property it does not know), or by PyYAML where
  flatpak-builder is not installed;
- the keys and permissions backbreak needs are there (the app id, KDE's runtime and PySide's
  BaseApp at the same version, the command, the tray, notifications, the BaseApp's cleanup);
- every downloaded source is a file on PyPI with a well-formed URL and sha256: a pure-Python
  wheel, a source archive, or a wheel for the runtime's Python limited (only-arches) to the
  architecture it was built for;
- on each architecture Flathub builds, every run-time dependency pyproject.toml names for
  Linux under the runtime's Python, and the build backend, has exactly one source, at a
  version its specifier allows, and nothing else is carried but what those need (INDIRECT);
  the BaseApp's PySide6 satisfies the PySide6 requirement; what the manifest names on disk
  exists, and backbreak is built from this checkout.
With --resolve (needs PyPI, through pip): every URL downloads to a file with its sha256, and
pip, asked for the run-time pins for the runtime's Python, needs nothing more and picks the
same versions.

Exit status 0 when all is well, 1 with the problems listed. Used by
tests/integration/test_flatpak_manifest.py and .ci/run.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name, parse_sdist_filename, parse_wheel_filename
from packaging.version import Version

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
MANIFEST = HERE / "io.github.backbreak.Backbreak.yml"

# The Python of each KDE runtime the manifest may name (its freedesktop SDK's): the versions
# are checked against pyproject.toml's markers for that Python.
RUNTIME_PYTHON = {"6.8": "3.12", "6.9": "3.12", "6.10": "3.13"}
ARCHES = ("x86_64", "aarch64")  # what Flathub builds
# Provided by io.qt.PySide.BaseApp, whose branch is the PySide6 version.
FROM_BASE_APP = {"pyside6-essentials", "pyside6", "shiboken6"}
# What the manifest may carry that pyproject.toml does not name, and why. --resolve checks
# that the run-time ones are all that the pins need.
INDIRECT = {
    "cffi": "pywayland's run-time and build dependency",
    "pycparser": "cffi's dependency",
    "wheel": "pywayland's build backend asks for it",
}
REQUIRED_FINISH_ARGS = (
    "--share=ipc",
    "--socket=wayland",
    "--socket=fallback-x11",
    "--talk-name=org.kde.StatusNotifierWatcher",
    "--talk-name=org.freedesktop.Notifications",
)
# backbreak reads and writes only its own folders, and never leaves the sandbox.
FORBIDDEN_FINISH_ARGS = (
    "--filesystem=host",
    "--filesystem=home",
    "--talk-name=org.freedesktop.Flatpak",
)
PYPI_URL = re.compile(
    r"^https://files\.pythonhosted\.org/packages/[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{60}/"
    r"(?P<file>[A-Za-z0-9_.+!-]+(?:\.whl|\.tar\.gz))$"
)
SHA256 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class Distribution:
    """One file the manifest downloads from PyPI."""

    module: str
    name: str  # canonical project name
    version: Version
    url: str
    sha256: str
    file: str
    arches: tuple[str, ...]  # where flatpak-builder uses it


def load(path: Path = MANIFEST) -> tuple[dict[str, Any], list[str]]:
    """The manifest as a dict, and the warnings its parser printed."""
    builder = shutil.which("flatpak-builder")
    if builder is not None:
        # Run elsewhere: it makes a .flatpak-builder folder where it runs.
        with tempfile.TemporaryDirectory() as scratch:
            done = subprocess.run(
                [builder, "--show-manifest", str(path.resolve())],
                cwd=scratch,
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
            )
        if done.returncode != 0:
            raise ValueError(f"flatpak-builder cannot read {path}: {done.stderr.strip()}")
        warnings = [line.strip() for line in done.stderr.splitlines() if line.strip()]
        manifest: dict[str, Any] = json.loads(done.stdout)
        return manifest, warnings
    try:
        import yaml
    except ImportError as error:
        raise LookupError(
            "reading the manifest needs flatpak-builder (Debian: packaging/"
            "install-debian-deps.sh --test) or PyYAML (pip install -e '.[bundle]')"
        ) from error
    with path.open(encoding="utf-8") as stream:
        return yaml.safe_load(stream), []


def _project() -> dict[str, Any]:
    with (ROOT / "pyproject.toml").open("rb") as stream:
        return tomllib.load(stream)


def _app_id() -> str:
    text = (ROOT / "backbreak" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^APP_ID = "([^"]+)"$', text, re.M)
    if found is None:
        raise ValueError("backbreak/__init__.py names no APP_ID")
    return found[1]


def runtime_python(manifest: dict[str, Any]) -> str:
    return RUNTIME_PYTHON.get(str(manifest.get("runtime-version")), "3.13")


def _modules(manifest: dict[str, Any]) -> list[dict[str, Any]]:
    return [m for m in manifest.get("modules", []) if isinstance(m, dict)]


def distributions(manifest: dict[str, Any]) -> tuple[list[Distribution], list[str]]:
    """Every file downloaded from PyPI, and the problems with the downloaded sources."""
    python = "cp" + runtime_python(manifest).replace(".", "")
    found: list[Distribution] = []
    problems: list[str] = []
    for module in _modules(manifest):
        name = module.get("name", "?")
        for source in module.get("sources", []):
            url = source.get("url")
            if url is None:
                continue
            sha256 = source.get("sha256", "")
            if not SHA256.match(sha256):
                problems.append(f"{name}: {url}: sha256 {sha256!r} is not 64 lowercase hex digits")
            matched = PYPI_URL.match(url)
            if source.get("type") != "file" or matched is None:
                problems.append(f"{name}: {url}: not a file from PyPI (files.pythonhosted.org)")
                continue
            file = matched["file"]
            arches = tuple(source.get("only-arches") or ARCHES)
            try:
                if file.endswith(".whl"):
                    project, version, _build, tags = parse_wheel_filename(file)
                    pure = any(t.abi == "none" and t.platform == "any" for t in tags)
                    fits = len(arches) == 1 and any(
                        t.interpreter == python and t.platform.endswith(f"_{arches[0]}")
                        for t in tags
                    )
                    if not (pure or fits):
                        problems.append(
                            f"{name}: {file} is built for a platform: it needs only-arches "
                            f"with its one architecture, and the runtime's Python ({python})"
                        )
                else:
                    project, version = parse_sdist_filename(file)
            except ValueError as error:
                problems.append(f"{name}: {url}: {error}")
                continue
            found.append(Distribution(name, project, version, url, sha256, file, arches))
    return found, problems


def _check_keys(manifest: dict[str, Any]) -> list[str]:
    problems = []
    expected = {
        "id": _app_id(),
        "runtime": "org.kde.Platform",
        "sdk": "org.kde.Sdk",
        "base": "io.qt.PySide.BaseApp",
        "command": next(iter(_project()["project"]["scripts"])),
    }
    for key, value in expected.items():
        if manifest.get(key) != value:
            problems.append(f"{key} is {manifest.get(key)!r}, not {value!r}")
    runtime, base = manifest.get("runtime-version"), manifest.get("base-version")
    if runtime != base:
        problems.append(f"runtime-version {runtime!r} and base-version {base!r} differ")
    if runtime not in RUNTIME_PYTHON:
        problems.append(f"runtime-version {runtime!r}: its Python is unknown (RUNTIME_PYTHON)")
    finish_args = manifest.get("finish-args", [])
    problems += [f"finish-args lack {a}" for a in REQUIRED_FINISH_ARGS if a not in finish_args]
    problems += [f"finish-args give {a}" for a in FORBIDDEN_FINISH_ARGS if a in finish_args]
    if "/app/cleanup-BaseApp.sh" not in manifest.get("cleanup-commands", []):
        problems.append("cleanup-commands do not run /app/cleanup-BaseApp.sh (the BaseApp asks it)")
    if not manifest.get("modules"):
        problems.append("no modules")
    problems += [f"module {m!r}: write modules inline" for m in manifest.get("modules", [])
                 if not isinstance(m, dict)]  # fmt: skip
    return problems


def _check_paths(manifest: dict[str, Any], folder: Path) -> list[str]:
    problems = []
    found_checkout = False
    for module in _modules(manifest):
        for source in module.get("sources", []):
            if "path" not in source:
                continue
            target = (folder / source["path"]).resolve()
            if not target.exists():
                problems.append(f"{module.get('name')}: {source['path']} does not exist")
            elif source.get("type") == "dir" and target == ROOT:
                found_checkout = True
    if not found_checkout:
        problems.append("no module builds backbreak from this checkout (a dir source of it)")
    return problems


def _requirements(python: str, arch: str) -> tuple[list[Requirement], list[Requirement]]:
    """pyproject.toml's run-time requirements on Linux for `python` on `arch`, and its build
    requirements."""
    environment = {
        "python_version": python,
        "python_full_version": f"{python}.0",
        "sys_platform": "linux",
        "platform_system": "Linux",
        "os_name": "posix",
        "platform_machine": arch,
        "implementation_name": "cpython",
        "platform_python_implementation": "CPython",
    }
    project = _project()
    run = [Requirement(text) for text in project["project"]["dependencies"]]
    run = [r for r in run if r.marker is None or r.marker.evaluate(environment)]
    build = [Requirement(text) for text in project["build-system"]["requires"]]
    return run, build


def _check_versions(manifest: dict[str, Any], found: list[Distribution]) -> list[str]:
    problems: list[str] = []
    for arch in ARCHES:
        run, build = _requirements(runtime_python(manifest), arch)
        here: dict[str, list[Distribution]] = {}
        for dist in found:
            if arch in dist.arches:
                here.setdefault(dist.name, []).append(dist)
        for requirement in run + build:
            name = canonicalize_name(requirement.name)
            if name in FROM_BASE_APP:
                pyside = Version(str(manifest.get("base-version", "0")))
                if not requirement.specifier.contains(pyside, prereleases=True):
                    problems.append(f"the BaseApp's PySide6 {pyside} is not {requirement}")
                continue
            versions = {d.version for d in here.get(name, [])}
            if len(versions) != 1:
                problems.append(f"{arch}: {requirement}: {len(versions)} versions, not one")
                continue
            (version,) = versions
            if not requirement.specifier.contains(version):
                problems.append(f"{arch}: {name} {version}: pyproject.toml asks for {requirement}")
        named = {canonicalize_name(r.name) for r in run + build}
        for name, dists in here.items():
            if name not in named and name not in INDIRECT:
                problems.append(f"{arch}: {dists[0].file}: pyproject.toml needs no {name}")
    # Each dependency pyproject.toml names is installed by its module's pip command.
    run, _build = _requirements(runtime_python(manifest), ARCHES[0])
    for dist in found:
        if dist.name not in {canonicalize_name(r.name) for r in run}:
            continue
        module = next(m for m in _modules(manifest) if m.get("name") == dist.module)
        words = re.findall(r"[\w.-]+", " ".join(module.get("build-commands", [])))
        if dist.name not in {canonicalize_name(word) for word in words}:
            problems.append(f"{dist.module}: {dist.file} is downloaded but never installed")
    return problems


def problems(manifest: dict[str, Any], folder: Path = HERE) -> list[str]:
    """Everything wrong with the manifest that can be seen offline."""
    found, wrong = distributions(manifest)
    return (
        _check_keys(manifest)
        + wrong
        + _check_paths(manifest, folder)
        + _check_versions(manifest, found)
    )


def _pip_chooses(*args: str) -> tuple[list[dict[str, Any]], str]:
    """What `pip install --dry-run ARGS` would install (its report's items), from PyPI only
    (no local wheel folder or mirror from the machine's pip settings), and pip's complaint
    when it fails."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    environment["PIP_CONFIG_FILE"] = os.devnull
    with tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "report.json"
        argv = [
            sys.executable, "-m", "pip", "install", "--dry-run", "--quiet",
            "--ignore-installed", "--index-url=https://pypi.org/simple",
            f"--target={scratch}/target", f"--report={report}", *args,
        ]  # fmt: skip
        done = subprocess.run(
            argv, capture_output=True, text=True, env=environment, timeout=600, check=False
        )
        if done.returncode != 0:
            return [], done.stderr.strip()[-500:]
        items: list[dict[str, Any]] = json.loads(report.read_text())["install"]
        return items, ""


def _for_runtime(manifest: dict[str, Any], arch: str) -> list[str]:
    platforms = ("manylinux_2_34", "manylinux_2_28", "manylinux_2_17", "manylinux2014")
    return [
        "--only-binary=:all:", "--implementation=cp",
        f"--python-version={runtime_python(manifest)}",
        *(f"--platform={platform}_{arch}" for platform in platforms),
    ]  # fmt: skip


def resolve(manifest: dict[str, Any], found: list[Distribution]) -> list[str]:
    """Ask PyPI, through pip, what the URLs and pins stand for: every file is the one PyPI
    lists for its pin, with the same URL and sha256, and on x86_64 (where every pin has a
    wheel) the pins need nothing more."""
    problems = []
    offered: dict[str, tuple[str, str | None]] = {}  # file name -> (url, sha256)

    def note(items: list[dict[str, Any]]) -> None:
        for item in items:
            info = item["download_info"]
            sha256 = info.get("archive_info", {}).get("hashes", {}).get("sha256")
            offered[info["url"].rsplit("/", 1)[-1]] = (info["url"], sha256)

    pins = {d.name: d.version for d in found if "x86_64" in d.arches}
    items, complaint = _pip_chooses(
        *_for_runtime(manifest, "x86_64"), *(f"{n}=={v}" for n, v in sorted(pins.items()))
    )
    if complaint:
        problems.append(f"x86_64: pip cannot resolve the pins: {complaint}")
    for item in items:
        name, version = canonicalize_name(item["metadata"]["name"]), item["metadata"]["version"]
        if pins.get(name) != Version(version):
            problems.append(f"x86_64: the pins also need {name} {version}")
    note(items)
    for dist in found:
        if dist.file in offered:
            continue
        if dist.file.endswith(".whl"):
            arch = next((a for a in ARCHES if dist.file.endswith(f"_{a}.whl")), "x86_64")
            how = [*_for_runtime(manifest, arch), "--no-deps"]
        else:  # a source archive: pip reads its metadata, building nothing else
            how = ["--no-deps", f"--no-binary={dist.name}"]
        items, complaint = _pip_chooses(*how, f"{dist.name}=={dist.version}")
        note(items)
        if complaint:
            problems.append(f"{dist.module}: pip cannot find {dist.file}: {complaint}")
    for dist in found:
        if dist.file not in offered:
            problems.append(f"{dist.module}: PyPI did not offer {dist.file} for its pin")
        elif offered[dist.file] != (dist.url, dist.sha256):
            url, sha256 = offered[dist.file]
            problems.append(f"{dist.module}: PyPI has {dist.file} at {url}, sha256 {sha256}")
    return problems


def main(argv: list[str]) -> int:
    online = "--resolve" in argv
    paths = [Path(a) for a in argv if a != "--resolve"]
    path = paths[0] if paths else MANIFEST
    manifest, warnings = load(path)
    found, _ = distributions(manifest)
    wrong = [f"parser warning: {w}" for w in warnings] + problems(manifest, path.parent)
    if online and not wrong:
        wrong += resolve(manifest, found)
    for problem in wrong:
        print(f"{path.name}: {problem}", file=sys.stderr)
    if wrong:
        return 1
    checked = "offline and against PyPI" if online else "offline"
    print(f"{path.name}: ok ({checked}; {len(found)} files from PyPI, each with its sha256)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
