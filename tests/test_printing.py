"""Printing: lpstat parsing, job checks, and real jobs through CUPS into a cups-pdf queue."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.output.printing import (
    PrinterInfo,
    PrintError,
    choose_printer,
    parse_accepting,
    parse_destinations,
    parse_page_ranges,
    parse_printer_status,
)
from tests.printing_support import (
    SAME_PAGE,
    CupsQueue,
    export,
    image_difference,
    page_count,
    page_images,
    wait_for_output,
    write_long_article,
)

LPSTAT_P = """\
printer Office is idle.  enabled since Thu Nov 26 04:09:23 2026
\tForm mounted:
\tDescription: Office laser, 2nd floor
\tAlerts: none
printer Busy now printing Busy-12.  enabled since Thu Nov 26 04:09:23 2026
\tDescription: Busy
printer Jammed disabled since Thu Nov 26 04:09:23 2026 -
\tpaper jam
\tDescription:
system default destination: Office
"""

LPSTAT_A = """\
Office accepting requests since Thu Nov 26 04:09:23 2026
Busy accepting requests since Thu Nov 26 04:09:23 2026
Jammed not accepting requests since Thu Nov 26 04:09:23 2026 -
\tmaintenance
"""


def test_lpstat_output_is_parsed() -> None:
    states, descriptions, default = parse_printer_status(LPSTAT_P)
    assert states == {"Office": "idle", "Busy": "printing", "Jammed": "stopped"}
    assert descriptions == {"Office": "Office laser, 2nd floor", "Busy": "Busy", "Jammed": ""}
    assert default == "Office"
    assert parse_accepting(LPSTAT_A) == {"Office": True, "Busy": True, "Jammed": False}
    assert parse_destinations("Office\nBusy\n\nJammed\n") == ["Office", "Busy", "Jammed"]
    assert parse_printer_status("no system default destination\n")[2] is None


def _printer(name: str, **changes: object) -> PrinterInfo:
    values: dict[str, object] = {
        "name": name,
        "description": "",
        "state": "idle",
        "accepting": True,
        "is_default": False,
    }
    values.update(changes)
    return PrinterInfo(**values)  # type: ignore[arg-type]


def test_the_queue_a_job_goes_to_and_why_it_cannot() -> None:
    office, other = _printer("Office", is_default=True), _printer("Other")
    assert choose_printer([other, office], None) == office
    assert choose_printer([other, office], "other") == other
    cases = {
        "no printers are set up": ([], None),
        "no default printer is set; choose one of: Other": ([other], None),
        "unknown printer 'Nope'": ([office], "Nope"),
        "printer Jam is stopped": ([_printer("Jam", state="stopped")], "Jam"),
        "printer Full is not accepting jobs": ([_printer("Full", accepting=False)], "Full"),
    }
    for message, (printers, name) in cases.items():
        with pytest.raises(PrintError, match=message):
            choose_printer(printers, name)


def test_page_ranges_are_checked() -> None:
    assert parse_page_ranges("1-2, 4", 4) == [(1, 2), (4, 4)]
    for bad in ("", "0", "3-1", "1-", "a", "1;2"):
        with pytest.raises(PrintError, match="page range"):
            parse_page_ranges(bad, 5)
    with pytest.raises(PrintError, match="the document has 3 pages"):
        parse_page_ranges("2-4", 3)


# --- real jobs -------------------------------------------------------------------------------


@pytest.fixture
def long_article(tmp_path: Path) -> Path:
    return write_long_article(tmp_path)


def _print(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[str, float]:
    submitted_at = time.time()
    assert main(["print", *argv]) == 0, capsys.readouterr().err
    job_id = capsys.readouterr().out.strip()
    assert job_id.startswith("ImprintPDF-"), job_id
    return job_id, submitted_at


def _assert_same_pages(printed: Path, expected_pages: list, folder: Path) -> list:
    pages = page_images(printed, folder)
    assert len(pages) == len(expected_pages)
    for n, (got, want) in enumerate(zip(pages, expected_pages, strict=True), start=1):
        assert image_difference(got, want) < SAME_PAGE, f"page {n} differs from the export"
    return pages


def test_printers_lists_the_queue(cups_queue: CupsQueue, capsys) -> None:
    assert main(["printers"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(line.split()[:2] == [cups_queue.name, "idle"] for line in lines), lines


@pytest.mark.slow
def test_cli_prints_the_seed_as_exported(
    cups_queue: CupsQueue, seed_path: Path, tmp_path: Path, capsys
) -> None:
    exported = export(seed_path, tmp_path / "export.pdf")
    job_id, submitted_at = _print(capsys, str(seed_path), "--printer", cups_queue.name)
    printed = wait_for_output(cups_queue, job_id, submitted_at, tmp_path)

    assert page_count(printed) == page_count(exported)
    expected = page_images(exported, tmp_path / "export-pages")
    pages = _assert_same_pages(printed, expected, tmp_path / "printed-pages")
    # The comparison can fail: the same article at a larger type size is another page.
    other = page_images(export(seed_path, tmp_path / "big.pdf", "--font-size", "14"), tmp_path / "big")
    assert image_difference(pages[0], other[0]) > SAME_PAGE * 1.5


@pytest.mark.slow
def test_page_range_prints_only_those_pages(
    cups_queue: CupsQueue, long_article: Path, tmp_path: Path, capsys
) -> None:
    exported = export(long_article, tmp_path / "export.pdf")
    assert page_count(exported) >= 3
    expected = page_images(exported, tmp_path / "export-pages")
    job_id, submitted_at = _print(capsys, str(long_article), "--printer", cups_queue.name, "--pages", "1-1")
    printed = wait_for_output(cups_queue, job_id, submitted_at, tmp_path)
    assert page_count(printed) == 1
    pages = _assert_same_pages(printed, expected[:1], tmp_path / "printed-pages")
    assert image_difference(pages[0], expected[1]) > SAME_PAGE * 1.5


@pytest.mark.slow
def test_copies(cups_queue: CupsQueue, seed_path: Path, tmp_path: Path, capsys) -> None:
    exported = export(seed_path, tmp_path / "export.pdf")
    expected = page_images(exported, tmp_path / "export-pages")
    job_id, submitted_at = _print(capsys, str(seed_path), "--printer", cups_queue.name, "--copies", "2")
    printed = wait_for_output(cups_queue, job_id, submitted_at, tmp_path)
    assert page_count(printed) == 2 * len(expected)
    _assert_same_pages(printed, expected * 2, tmp_path / "printed-pages")


def _one_error_line(capsys: pytest.CaptureFixture[str], argv: list[str]) -> str:
    assert main(argv) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and captured.err.startswith("error: "), captured.err
    return captured.err


def test_unknown_printer_is_one_line(cups_queue: CupsQueue, seed_path: Path, capsys) -> None:
    err = _one_error_line(capsys, ["print", str(seed_path), "--printer", "NoSuchQueue"])
    assert "unknown printer 'NoSuchQueue'" in err and cups_queue.name in err


def test_page_range_beyond_the_document_is_one_line(cups_queue: CupsQueue, seed_path: Path, capsys) -> None:
    err = _one_error_line(capsys, ["print", str(seed_path), "--printer", cups_queue.name, "--pages", "2-3"])
    assert "bad page range '2-3': the document has 1 page" in err


@pytest.mark.parametrize(
    ("stop", "restart", "message"),
    [("cupsdisable", "cupsenable", "is stopped"), ("cupsreject", "cupsaccept", "is not accepting jobs")],
)
def test_stopped_or_rejecting_queue_is_a_clear_error(
    cups_queue: CupsQueue, seed_path: Path, capsys, stop: str, restart: str, message: str
) -> None:
    subprocess.run([stop, cups_queue.name], check=True)
    try:
        err = _one_error_line(capsys, ["print", str(seed_path), "--printer", cups_queue.name])
        assert f"printer {cups_queue.name} {message}" in err
        main(["printers"])
        listed = capsys.readouterr().out
        assert ("stopped" if stop == "cupsdisable" else "not accepting jobs") in listed
    finally:
        subprocess.run([restart, cups_queue.name], check=True)


def test_a_stopped_print_system_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    import desktop_app.output.printing as printing

    def not_running(args: list[str], stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.CompletedProcess(args, 1, "scheduler is not running\n", "")

    monkeypatch.setattr(printing, "_run", not_running)
    with pytest.raises(PrintError, match=r"print system is not running \(cupsd"):
        printing.list_printers()


def test_set_up_fails_loudly_where_cups_cannot_start(monkeypatch: pytest.MonkeyPatch) -> None:
    import tests.printing_support as support

    monkeypatch.setattr(support.shutil, "which", lambda tool: None if tool == "cupsd" else f"/bin/{tool}")
    with pytest.raises(pytest.fail.Exception, match="CUPS is not installed"):
        support._start_cupsd()
    monkeypatch.setattr(support.shutil, "which", lambda tool: f"/bin/{tool}")
    monkeypatch.setattr(support, "_scheduler_running", lambda: False)
    monkeypatch.setattr(support.os, "geteuid", lambda: 1000)
    with pytest.raises(pytest.fail.Exception, match="only root can start it"):
        support._start_cupsd()


@pytest.mark.slow
def test_the_default_printer_is_marked_and_used(
    cups_queue: CupsQueue, seed_path: Path, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    # LPDEST is CUPS's per-user default; it leaves the system's settings alone.
    monkeypatch.setenv("LPDEST", cups_queue.name)
    assert main(["printers"]) == 0
    line = next(line for line in capsys.readouterr().out.splitlines() if cups_queue.name in line)
    assert line.startswith("*") and "default" in line
    job_id, submitted_at = _print(capsys, str(seed_path))
    assert page_count(wait_for_output(cups_queue, job_id, submitted_at, tmp_path)) == 1
