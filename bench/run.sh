#!/usr/bin/env bash
# Every benchmark of the project, one after the other: export (WeasyPrint overhead, article
# length, --jobs; against LibreOffice and Chromium; where a batch's time goes), editions (against single exports,
# growth), photos (size in the PDF, renders with a large one), reading saved pages and Word
# files (extraction quality and speed), spelling (a 10,000-word article), the window (edit to painted page, launch, memory), the library, and the preview
# at every length (button to settled page, long documents, stalls, memory), and justification
# (the paragraph composer against line by line and TeX, and its render time). Prints figures only.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python bench/export_bench.py "$@"
.venv/bin/python bench/compare_bench.py
.venv/bin/python bench/batch_timeline.py
.venv/bin/python bench/edition_bench.py "$@"
.venv/bin/python bench/photo_bench.py
.venv/bin/python bench/extraction_bench.py
.venv/bin/python bench/spelling_bench.py
.venv/bin/python bench/composer_bench.py
.venv/bin/python bench/composer_bench.py --timing 3
QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" .venv/bin/python bench/gui_bench.py
QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" .venv/bin/python bench/library_bench.py
QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" .venv/bin/python bench/preview_bench.py
