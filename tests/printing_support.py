"""A real print system for the printing tests: cupsd running, a cups-pdf queue, its output read back."""

from __future__ import annotations

import os
import pwd
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageFilter, ImageStat
from pypdf import PdfReader

QUEUE = "ImprintPDF"
CUPS_PDF_CONF = Path("/etc/cups/cups-pdf.conf")
CUPS_LOGS = (Path("/var/log/cups/error_log"), Path(f"/var/log/cups/cups-pdf-{QUEUE}_log"))
# cups-pdf leaves copies to the printer; with this line CUPS makes them, so they show in the file.
MANUAL_COPIES = "*cupsManualCopies: True"
# Mean grey-level difference (0-255, after blurring) under which two 50 dpi pages count as
# the same page. Measured: the queue's copy of a page differs by about 3, the same page at
# 12 pt instead of 11 pt type by about 15.
SAME_PAGE = 6.0
START_TIMEOUT_S = 30
JOB_TIMEOUT_S = 120
BLUR_RADIUS = 2
C_LOCALE = {**os.environ, "LC_ALL": "C", "LANG": "C"}


@dataclass(frozen=True)
class CupsQueue:
    name: str
    output_dir: Path


def _run(*args: str, check: bool = False) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, env=C_LOCALE, check=check, timeout=60)


def _scheduler_running() -> bool:
    return "scheduler is running" in _run("lpstat", "-r").stdout


def _log_tail(lines: int = 15) -> str:
    tails = []
    for log in CUPS_LOGS:
        if log.exists():
            text = log.read_text(errors="replace").splitlines()[-lines:]
            tails.append(f"--- {log}:\n" + "\n".join(text))
    return "\n".join(tails) or "(no CUPS logs found)"


def _start_cupsd() -> subprocess.Popen[bytes] | None:
    """Start cupsd when it is not running; returns the process this started, if any."""
    missing = [tool for tool in ("cupsd", "lpstat", "lp", "lpadmin", "lpinfo") if not shutil.which(tool)]
    if missing:
        pytest.fail(
            f"CUPS is not installed (missing {', '.join(missing)}); scripts/setup.sh installs "
            "cups, cups-client and printer-driver-cups-pdf",
            pytrace=False,
        )
    if _scheduler_running():
        return None
    if os.geteuid() != 0:
        pytest.fail(
            "cupsd is not running and only root can start it: run the tests as root "
            "(scripts/test.sh does in CI) or start CUPS first",
            pytrace=False,
        )
    process = subprocess.Popen(
        ["cupsd", "-f"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
    )
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if _scheduler_running():
            return process
        if process.poll() is not None:
            err = process.stderr.read().decode(errors="replace") if process.stderr else ""
            pytest.fail(
                f"cupsd could not be started (exit {process.returncode}): {err.strip()}\n{_log_tail()}",
                pytrace=False,
            )
        time.sleep(0.3)
    process.terminate()
    pytest.fail(f"cupsd did not answer within {START_TIMEOUT_S} s\n{_log_tail()}", pytrace=False)


def _cups_pdf_ppd() -> Path:
    listing = _run("lpinfo", "-m").stdout
    models = [line.split()[0] for line in listing.splitlines() if "cups-pdf" in line.lower() and line.strip()]
    # The model name is the PPD's path below a PPD folder; "opt" offers the paper sizes.
    models.sort(key=lambda m: ("_opt" not in m, m))
    for model in models:
        for base in (Path("/usr/share/ppd"), Path("/usr/share/cups/model")):
            for candidate in (base / model.split("/", 2)[-1], base / Path(model).name):
                if candidate.is_file():
                    return candidate
        found = list(Path("/usr/share/ppd").rglob(Path(model).name))
        if found:
            return found[0]
    pytest.fail(
        "no cups-pdf driver found (lpinfo -m lists none); install printer-driver-cups-pdf", pytrace=False
    )


def _ensure_queue(tmp_dir: Path) -> None:
    installed = Path("/etc/cups/ppd") / f"{QUEUE}.ppd"
    exists = _run("lpstat", "-v", QUEUE).returncode == 0
    if exists and installed.exists() and MANUAL_COPIES in installed.read_text(errors="replace"):
        _run("cupsenable", QUEUE)
        _run("cupsaccept", QUEUE)
        return
    if os.geteuid() != 0:
        pytest.fail(f"the print queue {QUEUE} is missing and only root can add it", pytrace=False)
    ppd_text = _cups_pdf_ppd().read_text(errors="replace")
    ppd = tmp_dir / "imprint-cups-pdf.ppd"
    ppd.write_text(ppd_text.rstrip("\n") + f"\n{MANUAL_COPIES}\n")
    done = _run("lpadmin", "-p", QUEUE, "-E", "-v", "cups-pdf:/", "-P", str(ppd), "-D", "Imprint test queue")
    if done.returncode != 0:
        pytest.fail(f"could not add the print queue {QUEUE}: {done.stderr.strip()}", pytrace=False)


def cups_pdf_output_dir() -> Path:
    """Where cups-pdf writes this user's jobs, as its configuration says."""
    out = "${HOME}/PDF"
    if CUPS_PDF_CONF.exists():
        for line in CUPS_PDF_CONF.read_text(errors="replace").splitlines():
            if match := re.match(r"^\s*Out\s+(\S.*?)\s*$", line):
                out = match[1]
    user = pwd.getpwuid(os.geteuid())
    return Path(out.replace("${HOME}", user.pw_dir).replace("${USER}", user.pw_name))


def running_cups_queue(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CupsQueue]:
    """cupsd running (started here when it is not, stopped again at the end) and a cups-pdf
    queue named ImprintPDF; the body of conftest's session fixture ``cups_queue``."""
    started = _start_cupsd()
    try:
        _ensure_queue(tmp_path_factory.mktemp("cups"))
        yield CupsQueue(QUEUE, cups_pdf_output_dir())
    finally:
        if started is not None:
            started.terminate()
            try:
                started.wait(timeout=15)
            except subprocess.TimeoutExpired:
                started.kill()


def job_number(job_id: str) -> int:
    return int(job_id.rsplit("-", 1)[1])


def wait_for_output(queue: CupsQueue, job_id: str, submitted_at: float, folder: Path) -> Path:
    """The PDF cups-pdf wrote for ``job_id``, once the job has finished, moved into ``folder``."""
    deadline = time.monotonic() + JOB_TIMEOUT_S
    suffix = f"-job_{job_number(job_id)}.pdf"
    while time.monotonic() < deadline:
        pending = _run("lpstat", "-W", "not-completed", "-o", queue.name).stdout.split()
        if job_id not in pending and queue.output_dir.is_dir():
            for path in queue.output_dir.glob(f"*{suffix}"):
                if path.stat().st_mtime >= submitted_at - 2 and _is_complete_pdf(path):
                    # Out of the user's ~/PDF: the tests leave nothing behind outside tmp_path.
                    return Path(shutil.move(path, folder / path.name))
        time.sleep(0.3)
    pytest.fail(f"job {job_id} produced no PDF in {queue.output_dir} within {JOB_TIMEOUT_S} s\n{_log_tail()}")


def _is_complete_pdf(path: Path) -> bool:
    data = path.read_bytes()
    return data.startswith(b"%PDF") and b"%%EOF" in data[-64:]


def page_count(pdf: Path) -> int:
    info = _run("pdfinfo", str(pdf), check=True).stdout
    match = re.search(r"^Pages:\s+(\d+)", info, re.M)
    assert match, info
    return int(match[1])


def page_images(pdf: Path, folder: Path) -> list[Image.Image]:
    """Each page as a 50 dpi grey image."""
    folder.mkdir(parents=True, exist_ok=True)
    _run("pdftoppm", "-r", "50", "-gray", str(pdf), str(folder / "page"), check=True)
    return [Image.open(p).convert("L") for p in sorted(folder.glob("page-*.pgm"))]


def image_difference(a: Image.Image, b: Image.Image) -> float:
    """Mean absolute difference of two page images, 0 (same) to 255; sizes may differ by rounding.

    Both are blurred first: the queue's Ghostscript redraws the glyphs, which moves single
    pixels, while a different page moves whole lines and blocks.
    """
    if a.size != b.size:
        assert abs(a.width - b.width) <= 2 and abs(a.height - b.height) <= 2, (a.size, b.size)
        b = b.resize(a.size)
    blur = ImageFilter.GaussianBlur(BLUR_RADIUS)
    return ImageStat.Stat(ImageChops.difference(a.filter(blur), b.filter(blur))).mean[0]


def write_long_article(folder: Path) -> Path:
    """A Markdown article of several pages."""
    paragraphs = [
        f"Paragraph {n}: the committee met again to review the cooperation programme, "
        "the budget for the coming year and the list of joint laboratories. " * 4
        for n in range(1, 31)
    ]
    path = folder / "long.md"
    path.write_text(
        "---\ntitle: A Long Report on Joint Research\ndate: 2021-03-30\nlanguage: en\n---\n\n"
        + "\n\n".join(paragraphs),
        encoding="utf-8",
    )
    return path


def export(source: Path, target: Path, *extra: str) -> Path:
    """``imprint export`` of ``source`` into ``target``: the pages printing must reproduce."""
    from desktop_app.cli import main

    assert main(["export", str(source), "-o", str(target), "-q", *extra]) == 0
    return target


def assert_same_sheets(printed: Path, exported: Path, folder: Path) -> None:
    """Same number of sheet sides, same sheet size and the same picture on each."""
    got, want = PdfReader(printed).pages, PdfReader(exported).pages
    assert len(got) == len(want)
    for a, b in zip(got, want, strict=True):
        # Within a point: CUPS gives a custom paper size in whole points.
        size = sorted((float(a.mediabox.width), float(a.mediabox.height)))
        wanted = sorted((float(b.mediabox.width), float(b.mediabox.height)))
        assert all(abs(x - y) <= 1 for x, y in zip(size, wanted, strict=True)), (size, wanted)
    printed_images = page_images(printed, folder / "printed")
    exported_images = page_images(exported, folder / "exported")
    for n, (a, b) in enumerate(zip(printed_images, exported_images, strict=True), start=1):
        turned = [a]
        if (a.width > a.height) != (b.width > b.height):
            # CUPS may turn a landscape sheet onto portrait paper, one way or the other.
            turned = [a.rotate(90, expand=True), a.rotate(-90, expand=True)]
        difference = min(image_difference(each, b) for each in turned)
        assert difference < SAME_PAGE, f"sheet side {n} differs from the exported booklet ({difference:.1f})"
