#!/usr/bin/env bash
# Builds backbreak as a one-folder bundle with PyInstaller (packaging/pyinstaller/backbreak.spec)
# and ships it as a tarball with the desktop files:
#
#   dist/backbreak-<version>-linux-<arch>/backbreak/backbreak     the program (and _internal/)
#   dist/backbreak-<version>-linux-<arch>/share/...               desktop entry, metainfo, icons
#   dist/backbreak-<version>-linux-<arch>.tar.gz                  the two, in that folder
#
# Needs PyInstaller at the pinned version and backbreak's dependencies:
#   python3 -m pip install -e '.[bundle]' && bash packaging/build-bundle.sh
# tests/desktop/test_bundle.py runs the folder on the virtual desktop; .ci/run builds it first.
set -euo pipefail
cd "$(dirname "$0")/.."

started=$(date +%s)
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' backbreak/__init__.py)
name="backbreak-${version}-linux-$(uname -m)"
work=build/bundle

rm -rf "$work/dist" "dist/$name" "dist/$name.tar.gz"
python3 -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$work/dist" --workpath "$work/work" packaging/pyinstaller/backbreak.spec
built=$(date +%s)

mkdir -p "dist/$name"
mv "$work/dist/backbreak" "dist/$name/backbreak"
# The same files `backbreak install-desktop-entry` writes, with Exec=backbreak (from PATH).
python3 packaging/stage-desktop-files.py "dist/$name" >/dev/null
tar -C dist -czf "dist/$name.tar.gz" "$name"
finished=$(date +%s)

echo "built dist/$name.tar.gz in $((finished - started)) s (PyInstaller $((built - started)) s):"
echo "  folder  $(du -sh "dist/$name" | cut -f1)  dist/$name"
echo "  tarball $(du -sh "dist/$name.tar.gz" | cut -f1)  dist/$name.tar.gz"
