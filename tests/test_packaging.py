"""The data folders are found the same way from a checkout and from an installed wheel."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RU_RELEASE = ("--locale", "ru", "--layout", "press-release")


@pytest.mark.slow
def test_wheel_carries_data_and_exports_from_another_folder(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next(tmp_path.glob("imprint-*.whl"))
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        archive.extractall(site)
    assert "desktop_app/data/templates/classic/article.html" in names
    assert any(n.startswith("desktop_app/data/seeds/") for n in names)
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site)}
    code = (
        "import desktop_app.resources as r, json; "
        "print(json.dumps([str(r.templates_dir()), str(r.seed_articles()[0])]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=work, env=env, capture_output=True, text=True, check=True
    )
    templates, seed = json.loads(out.stdout)
    assert Path(templates).is_relative_to(site) and Path(seed).is_relative_to(site)
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "export", seed, "-o", "seed.pdf", "-q"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert (work / "seed.pdf").read_bytes().startswith(b"%PDF")
    # The catalogs travel too: a Russian press release says so in Russian from the wheel.
    assert "desktop_app/data/translations/ru/LC_MESSAGES/imprint.po" in names
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "export", seed, "-o", "ru.pdf", "-q", *RU_RELEASE],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(work / "ru.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Страница 1 из" in text
