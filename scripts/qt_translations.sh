#!/bin/sh
# Refresh the window's Qt catalogs: collect new strings into the .ts files, then compile the .qm
# files the app loads. The .qm files are committed so a checkout runs without Qt's tools.
set -eu
cd "$(dirname "$0")/.."
BIN="${VIRTUAL_ENV:-.venv}/bin"
[ -x "$BIN/pyside6-lupdate" ] || BIN="$(dirname "$(command -v python3)")"
"$BIN/pyside6-lupdate" -no-obsolete desktop_app/gui/*.py -ts translations/qt/imprint_ru.ts translations/qt/imprint_zh_CN.ts
"$BIN/pyside6-lupdate" -pluralonly -no-obsolete desktop_app/gui/*.py -ts translations/qt/imprint_en.ts
for ts in translations/qt/*.ts; do
    "$BIN/pyside6-lrelease" "$ts" -qm "${ts%.ts}.qm"
done
