#!/bin/sh
# Build every shipped catalogue (assets/i18n/backbreak_LANG.ts) into the .qm the app loads.
# The .qm files are committed beside their sources, so an install needs no Qt tools;
# tests/unit/test_translations.py fails when one is stale.
set -eu
cd "$(dirname "$0")/../.."
for source in assets/i18n/backbreak_*.ts; do
    pyside6-lrelease -silent "$source" -qm "${source%.ts}.qm"
    echo "${source%.ts}.qm"
done
