"""Batch export over several processes: WeasyPrint is loaded once, before the workers start."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Exports the files given with two workers. Every export notes the process it ran in; the
# parent prints its own. The customising hook runs before the render.
SCRIPT = """
import os, sys
from pathlib import Path
from desktop_app.output.export import ExportJob, run_exports

def note_process(document):
    with open(sys.argv[1], "a", encoding="utf-8") as log:
        log.write(f"{os.getpid()}\\n")
    return document

out = Path(sys.argv[2])
jobs = [ExportJob(Path(p), out / f"{n}.pdf") for n, p in enumerate(sys.argv[3:])]
errors = [o.error for o in run_exports(jobs, note_process, processes=2) if o.error]
print(os.getpid(), errors)
"""

WEASYPRINT_IMPORT = re.compile(r"^import time:.*\|\s*weasyprint\s*$", re.MULTILINE)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux only")
def test_batch_workers_do_not_import_weasyprint_again(
    tmp_path: Path, seed_path: Path, zh_path: Path, ru_path: Path
) -> None:
    log = tmp_path / "processes.txt"
    sources = [seed_path, zh_path, ru_path, seed_path]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    # -X importtime reports every module each process imports, workers included (spawned
    # workers inherit the flag; forked ones report only what they import after the fork).
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", SCRIPT, str(log), str(tmp_path), *map(str, sources)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    parent, errors = done.stdout.split(maxsplit=1)
    assert errors.strip() == "[]"
    # In all the processes together WeasyPrint was imported once...
    assert len(WEASYPRINT_IMPORT.findall(done.stderr)) == 1
    # ...and every article was exported: one in the parent, before the workers started,
    # the others in the workers.
    exporters = log.read_text("utf-8").split()
    assert len(exporters) == len(sources) and exporters.count(parent) == 1
    assert all((tmp_path / f"{n}.pdf").read_bytes().startswith(b"%PDF") for n in range(len(sources)))
