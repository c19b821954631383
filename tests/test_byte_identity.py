"""The same input and settings give the same bytes, in one process and across processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.model.presets import PRESETS
from desktop_app.model.style import PDF_VARIANTS

# Renders the seed with every variant and preset, plus a Chinese article, and prints digests.
SCRIPT = """
import hashlib, json, sys
from pathlib import Path
from desktop_app.model.presets import PRESETS, apply_preset
from desktop_app.readers import read_document
from desktop_app.render.pdf import quiet_weasyprint, render
from desktop_app.resources import seed_articles
from desktop_app.model.style import PDF_VARIANTS

quiet_weasyprint()
seed = read_document(seed_articles()[0])
cases = {"plain": seed, "zh": read_document(Path(sys.argv[1]))}
for variant in PDF_VARIANTS:
    cases[variant] = seed.with_changes(options=seed.options.with_changes(pdf_variant=variant))
for name in PRESETS:
    cases["preset " + name] = seed.with_changes(options=apply_preset(seed.options, name))
    cases["zh preset " + name] = cases["zh"].with_changes(options=apply_preset(cases["zh"].options, name))
print(json.dumps({name: hashlib.sha256(render(doc).pdf).hexdigest() for name, doc in cases.items()}))
"""


def _digests(zh_path: Path, hash_seed: str) -> dict[str, str]:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(Path(__file__).parents[1])}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(zh_path)], env=env, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


@pytest.mark.slow
def test_exports_are_byte_identical_across_processes(zh_path: Path) -> None:
    first = _digests(zh_path, "1")
    second = _digests(zh_path, "2")
    assert len(first) == 2 + len(PDF_VARIANTS) + 2 * len(PRESETS)
    assert first == second
    # Different settings really give different files, so equality above means something;
    # a preset is the same file as the variant it stands for.
    assert first["preset office"] == first["plain"] and first["zh preset office"] == first["zh"]
    assert first["preset archive"] == first["pdf/a-3b"]
    assert first["preset screen"] == first["pdf/ua-1"]
    assert len(set(first.values())) == len(first) - 4
