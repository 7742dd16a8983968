#!/usr/bin/env bash
# Build the Linux one-folder bundle and check it, in one command (from any folder):
#
#     packaging/build.sh
#
# Needs the project installed with its packaging extra (PyInstaller), e.g.
#     python3 -m venv .venv && .venv/bin/pip install -e '.[packaging]'
# (PYTHON=/path/to/python picks another interpreter). Writes dist/hai-desktop/ (the program is
# dist/hai-desktop/hai-desktop; the .desktop entry and icon are copied beside it), then starts
# the bundle headless with --self-test: a missing resource, library or Qt plugin fails the build.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}

start=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/hai-desktop.spec
cp packaging/hai-desktop.desktop packaging/hai-desktop.svg dist/hai-desktop/
echo "Built dist/hai-desktop in $(( $(date +%s) - start )) s, $(du -sh dist/hai-desktop | cut -f1)"

QT_QPA_PLATFORM=offscreen dist/hai-desktop/hai-desktop --self-test
