"""Printing through CUPS's command line tools: list the queues, send a PDF to one of them."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from typing import Literal

from desktop_app.errors import ImprintError

PrinterState = Literal["idle", "printing", "stopped"]
SIDES: tuple[str, ...] = ("one-sided", "two-sided-long-edge", "two-sided-short-edge")
MAX_COPIES = 999
# A queue that does not answer within this time is treated as a print system failure,
# so a caller never hangs on a wedged scheduler.
COMMAND_TIMEOUT_S = 30


class PrintError(ImprintError):
    """A print job that cannot be sent, with a reason a person can act on."""


@dataclass(frozen=True)
class PrinterInfo:
    """One print queue as the print system reports it."""

    name: str
    description: str
    state: PrinterState
    accepting: bool
    is_default: bool


def cups_available() -> bool:
    """Whether CUPS's command line tools are installed (Linux, macOS and other Unix systems)."""
    return shutil.which("lpstat") is not None and shutil.which("lp") is not None


def _run(args: list[str], stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    # The tools' messages are parsed, so they must be in English whatever the user's locale.
    env = {**os.environ, "LC_ALL": "C", "LANG": "C"}
    if shutil.which(args[0]) is None:
        raise PrintError(f"the CUPS command {args[0]!r} is not installed, so nothing can be printed")
    try:
        done = subprocess.run(
            args, input=stdin or b"", capture_output=True, env=env, timeout=COMMAND_TIMEOUT_S, check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise PrintError(f"the print system did not answer within {COMMAND_TIMEOUT_S} s") from exc
    except OSError as exc:
        raise PrintError(f"could not run {args[0]}: {exc.strerror or exc}") from exc
    return subprocess.CompletedProcess(
        done.args,
        done.returncode,
        done.stdout.decode("utf-8", "replace"),
        done.stderr.decode("utf-8", "replace"),
    )


def scheduler_running() -> bool:
    """Whether cupsd answers."""
    done = _run(["lpstat", "-r"])
    return "scheduler is running" in done.stdout


def _require_scheduler() -> None:
    if not scheduler_running():
        raise PrintError("the print system is not running (cupsd does not answer); start CUPS and try again")


def parse_destinations(text: str) -> list[str]:
    """Queue names from ``lpstat -e``, one a line."""
    return [line.strip() for line in text.splitlines() if line.strip() and not line[0].isspace()]


_PRINTER_LINE = re.compile(r"^printer (?P<name>\S+) (?P<rest>.*)$")
_DEFAULT_LINE = re.compile(r"^system default destination: (?P<name>\S+)")
_ACCEPT_LINE = re.compile(r"^(?P<name>\S+) (?P<not>not )?accepting requests")
_DESCRIPTION_LINE = re.compile(r"^\s+Description: ?(?P<text>.*)$")


def parse_printer_status(text: str) -> tuple[dict[str, PrinterState], dict[str, str], str | None]:
    """States, descriptions and the default queue from ``lpstat -l -p -d``."""
    states: dict[str, PrinterState] = {}
    descriptions: dict[str, str] = {}
    default: str | None = None
    current: str | None = None
    for line in text.splitlines():
        if match := _PRINTER_LINE.match(line):
            current = match["name"]
            rest = match["rest"]
            if "disabled" in rest:
                states[current] = "stopped"
            elif rest.startswith("now printing"):
                states[current] = "printing"
            else:
                states[current] = "idle"
        elif (match := _DESCRIPTION_LINE.match(line)) and current is not None:
            descriptions[current] = match["text"].strip()
        elif match := _DEFAULT_LINE.match(line):
            default = match["name"]
            current = None
        elif line and not line[0].isspace():
            current = None
    return states, descriptions, default


def parse_accepting(text: str) -> dict[str, bool]:
    """Which queues accept jobs, from ``lpstat -a``."""
    return {m["name"]: not m["not"] for line in text.splitlines() if (m := _ACCEPT_LINE.match(line))}


def list_printers() -> list[PrinterInfo]:
    """Every print queue, with its state, whether it takes jobs and which one is the default."""
    _require_scheduler()
    names = parse_destinations(_run(["lpstat", "-e"]).stdout)
    if not names:
        return []
    states, descriptions, default = parse_printer_status(_run(["lpstat", "-l", "-p", "-d"]).stdout)
    accepting = parse_accepting(_run(["lpstat", "-a"]).stdout)
    return [
        PrinterInfo(
            name=name,
            description=descriptions.get(name, ""),
            state=states.get(name, "idle"),
            accepting=accepting.get(name, True),
            is_default=name == default,
        )
        for name in names
    ]


def parse_page_ranges(pages: str, page_count: int | None = None) -> list[tuple[int, int]]:
    """``"1-2,4"`` as ``[(1, 2), (4, 4)]``; each range checked against ``page_count`` when given."""
    ranges: list[tuple[int, int]] = []
    text = pages.replace(" ", "")
    if not text:
        raise PrintError("the page range is empty; write it like 1-2,4")
    for part in text.split(","):
        match = re.fullmatch(r"(\d+)(?:-(\d+))?", part)
        if not match:
            raise PrintError(f"bad page range {pages!r}: {part!r} is not a page or a range like 1-2")
        first = int(match[1])
        last = int(match[2]) if match[2] else first
        if first < 1 or last < first:
            raise PrintError(f"bad page range {pages!r}: {part!r} does not run from a page to a later one")
        if page_count is not None and last > page_count:
            pages_word = "page" if page_count == 1 else "pages"
            raise PrintError(f"bad page range {pages!r}: the document has {page_count} {pages_word}")
        ranges.append((first, last))
    return ranges


def format_page_ranges(ranges: list[tuple[int, int]]) -> str:
    """The CUPS ``page-ranges`` value of ``ranges``."""
    return ",".join(str(a) if a == b else f"{a}-{b}" for a, b in ranges)


def choose_printer(printers: list[PrinterInfo], name: str | None) -> PrinterInfo:
    """The queue a job goes to, or a PrintError saying why it cannot go anywhere."""
    if not printers:
        raise PrintError("no printers are set up on this system")
    chosen: PrinterInfo | None
    if name is None:
        default = next((p for p in printers if p.is_default), None)
        if default is None:
            known = ", ".join(p.name for p in printers)
            raise PrintError(f"no printer chosen and no default printer is set; choose one of: {known}")
        chosen = default
    else:
        chosen = next((p for p in printers if p.name == name), None)
        if chosen is None:
            chosen = next((p for p in printers if p.name.casefold() == name.casefold()), None)
        if chosen is None:
            known = ", ".join(p.name for p in printers)
            raise PrintError(f"unknown printer {name!r}; the printers here are: {known}")
    if chosen.state == "stopped":
        raise PrintError(f"printer {chosen.name} is stopped (cupsenable {chosen.name} restarts it)")
    if not chosen.accepting:
        raise PrintError(f"printer {chosen.name} is not accepting jobs (cupsaccept {chosen.name} lets it)")
    return chosen


_REQUEST_ID = re.compile(r"request id is (?P<id>\S+)")


def print_pdf(
    pdf: bytes,
    printer: str | None = None,
    copies: int = 1,
    pages: str | None = None,
    sides: str | None = None,
    media: str | None = None,
    title: str = "Imprint",
    page_count: int | None = None,
    fit_to_paper: bool = False,
    collate: bool | None = None,
) -> str:
    """Send ``pdf`` to a CUPS queue as it is (its text stays vector) and return the job id.

    ``printer`` None means the system's default queue. ``pages`` is a range list such as
    ``"1-2,4"``, checked against ``page_count`` when that is given. ``fit_to_paper``
    scales pages that differ from the ``media`` paper to fit it; ``collate`` None leaves
    the order of several copies to the printer.
    """
    if not pdf.startswith(b"%PDF"):
        raise PrintError("nothing to print: the document did not render to a PDF")
    if not 1 <= copies <= MAX_COPIES:
        raise PrintError(f"copies must be between 1 and {MAX_COPIES}, not {copies}")
    if sides is not None and sides not in SIDES:
        raise PrintError(f"sides must be one of {', '.join(SIDES)}, not {sides!r}")
    page_ranges = format_page_ranges(parse_page_ranges(pages, page_count)) if pages is not None else None
    chosen = choose_printer(list_printers(), printer)
    args = ["lp", "-d", chosen.name, "-n", str(copies), "-t", title or "Imprint"]
    if page_ranges:
        args += ["-o", f"page-ranges={page_ranges}"]
    if sides:
        args += ["-o", f"sides={sides}"]
    if media:
        args += ["-o", f"media={media}"]
    if fit_to_paper:
        args += ["-o", "print-scaling=fit"]
    if collate is not None and copies > 1:
        args += ["-o", f"collate={'true' if collate else 'false'}"]
    args.append("-")
    done = _run(args, stdin=pdf)
    match = _REQUEST_ID.search(done.stdout)
    if done.returncode != 0 or not match:
        reason = (done.stderr or done.stdout).strip().removeprefix("lp: ").strip()
        raise PrintError(f"printer {chosen.name} refused the job: {reason or 'no reason given'}")
    return match["id"]
