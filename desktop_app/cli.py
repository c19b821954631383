"""The ``imprint`` command: export, info, print, printers, and opening the window."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from desktop_app import __version__
from desktop_app.errors import ArticleError, ImprintError
from desktop_app.model.article import Article
from desktop_app.model.body_blocks import BodyBlock, body_blocks
from desktop_app.model.document import Document
from desktop_app.model.edition import Edition
from desktop_app.model.overrides import NO_VARIANT, Overrides
from desktop_app.model.presets import PRESETS
from desktop_app.model.style import LIMITS, LINE_BREAKINGS, PAPERS, PDF_VARIANTS
from desktop_app.output.export import ExportJob, plan_targets, run_exports, safe_file_name
from desktop_app.readers import read_document

if TYPE_CHECKING:
    from desktop_app.output.booklet import Booklet

SUBCOMMANDS = ("export", "edition", "info", "preflight", "print", "printers", "layouts")
EXPORT_FORMATS = ("pdf", "imprint")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="imprint", description="Open news articles and export print-ready PDFs."
    )
    parser.add_argument("--version", action="version", version=f"imprint {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    export = sub.add_parser("export", help="export articles to PDF, one file per article")
    export.add_argument("files", nargs="+", type=Path, metavar="FILE")
    export.add_argument("-o", "--output", help="a PDF (or .imprint) file for one input, a folder for several")
    export.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        help="what to write: pdf, or imprint for Imprint documents with their photos inside "
        "(default: as the -o file name ends, else pdf)",
    )
    export.add_argument(
        "--locale",
        type=_locales,
        help="locale of the layout's words and dates (en, zh_CN, ru…); several, comma-separated, "
        "export one PDF per locale into the -o folder",
    )
    export.add_argument("--layout", type=_layout, help="page layout")
    export.add_argument("--paper", choices=PAPERS)
    export.add_argument("--font-size", type=_points, metavar="PT", help="body text size in points")
    export.add_argument("--title-size", type=_points, metavar="PT", help="title size in points")
    export.add_argument("--line-height", type=_line_height, metavar="X", help="line height, e.g. 1.4")
    export.add_argument("--columns", type=_columns, metavar="N", help="text columns (1-4)")
    export.add_argument(
        "--line-breaking",
        choices=LINE_BREAKINGS,
        help="justified lines broken over the whole paragraph at once (the default), or line by line",
    )
    export.add_argument(
        "--margins",
        type=_margins,
        metavar="MM",
        help="page margins in mm: one value or TOP,RIGHT,BOTTOM,LEFT",
    )
    _add_output_options(export)
    export.add_argument("--bleed", dest="bleed_mm", type=_bleed, metavar="MM", help="bleed in mm")
    export.add_argument(
        "--crop-marks",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="crop and cross marks (--no-crop-marks turns a preset's off)",
    )
    export.add_argument("--jobs", type=_positive_int, default=1, metavar="N", help="export with N processes")
    export.add_argument("-q", "--quiet", action="store_true", help="print errors only")

    _add_edition_parser(sub)

    check = sub.add_parser("preflight", help="list what would go wrong when the articles are printed")
    check.add_argument("files", nargs="+", type=Path, metavar="FILE")
    check.add_argument("--locale", type=_locale, help="locale of the layout's words and dates")
    check.add_argument("--layout", type=_layout, help="page layout")
    _add_output_options(check)
    check.add_argument("--json", action="store_true", help="print JSON")

    info = sub.add_parser("info", help="show what Imprint reads from an article")
    info.add_argument("file", type=Path, metavar="FILE")
    info.add_argument("--json", action="store_true", help="print JSON")
    _add_print_parsers(sub)
    return parser


def _add_edition_parser(sub: argparse._SubParsersAction) -> None:
    edition = sub.add_parser("edition", help="put several articles in one PDF with a contents page")
    edition.add_argument("files", nargs="+", type=Path, metavar="FILE", help="articles, in print order")
    edition.add_argument("-o", "--output", required=True, type=Path, help="the edition's PDF")
    edition.add_argument("--title", help="the edition's title (default: the first article's source)")
    edition.add_argument("--subtitle", default="", help="a line under the title")
    edition.add_argument(
        "--date", type=_iso_date, metavar="YYYY-MM-DD", help="the edition's date (default: newest article's)"
    )
    edition.add_argument(
        "--locale",
        type=_locales,
        help="locale of the edition's words and dates; several, comma-separated, make one edition "
        "per locale in the -o folder",
    )
    edition.add_argument("--layout", type=_layout, help="page layout of every article")
    edition.add_argument("--paper", choices=PAPERS)
    _add_output_options(edition)
    edition.add_argument(
        "--booklet", action="store_true", help="impose for saddle stitching: two pages a sheet, duplex"
    )
    edition.add_argument(
        "--crop-marks", action=argparse.BooleanOptionalAction, default=None, help="crop (and fold) marks"
    )
    edition.add_argument(
        "--save",
        type=Path,
        metavar="EDITION.imprint",
        help="also save the edition document (articles referenced)",
    )
    edition.add_argument("-q", "--quiet", action="store_true", help="print errors only")


def _iso_date(value: str):
    from datetime import date

    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date like 2024-05-31: {value!r}") from exc


def _add_output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--preset", choices=list(PRESETS), help="export preset; other flags given override its settings"
    )
    parser.add_argument(
        "--pdf-variant",
        choices=[*PDF_VARIANTS, NO_VARIANT],
        metavar="VARIANT",
        help=f"PDF standard: {', '.join(PDF_VARIANTS)}, or {NO_VARIANT} for a plain PDF",
    )
    _add_house_style_option(parser)


def _add_house_style_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--house-style",
        type=_house_style,
        metavar="PATH",
        help="the organisation's look: a house-style.json (or its folder), a shared .imprint-house "
        "file, or the name of one made in the window",
    )


def _house_style(value: str) -> str:
    """The house style ``value`` names, checked now: one that cannot be read is bad usage, and
    what it holds that cannot be used (a missing logo, a bad colour) is said once, as a warning."""
    from desktop_app.app.house_styles import HouseStyleError, load_house_style

    try:
        style = load_house_style(value)
    except HouseStyleError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc
    for problem in style.problems:
        print(f"warning: {value}: {problem}", file=sys.stderr)
    path = Path(value).expanduser()
    # A path is kept whole so that the render processes find it from any folder.
    return str(path.resolve()) if path.exists() else value


def _number(value: str, field: str) -> float:
    """``value`` as a number within the model's limit for ``field`` (model/style.py)."""
    limit = LIMITS[field]
    try:
        number = float(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from exc
    if not limit.low <= number <= limit.high:
        raise argparse.ArgumentTypeError(f"must be between {limit.describe()}")
    return number


def _bleed(value: str) -> float:
    return _number(value, "bleed_mm")


def _line_height(value: str) -> float:
    return _number(value, "line_height")


def _columns(value: str) -> int:
    limit = LIMITS["columns"]
    if not value.isdigit() or not limit.low <= int(value) <= limit.high:
        raise argparse.ArgumentTypeError(
            f"must be a whole number from {limit.low:g} to {limit.high:g}, not {value!r}"
        )
    return int(value)


def _margins(value: str) -> tuple[float, float, float, float]:
    parts = [_number(p.strip(), "margin_top") for p in value.split(",")]
    if len(parts) == 1:
        return (parts[0],) * 4
    if len(parts) != 4:
        raise argparse.ArgumentTypeError("give one margin or four: TOP,RIGHT,BOTTOM,LEFT")
    return (parts[0], parts[1], parts[2], parts[3])


def _locale(value: str) -> str:
    from babel import Locale, UnknownLocaleError

    try:
        return str(Locale.parse(value.replace("-", "_")))
    except (ValueError, UnknownLocaleError) as exc:
        raise argparse.ArgumentTypeError(f"unknown locale {value!r}") from exc


def _locales(value: str) -> list[str]:
    # Checked like one --locale, but kept as written: zh_CN names a file better than zh_Hans_CN.
    locales = [part.strip().replace("-", "_") for part in value.split(",") if part.strip()]
    for locale in locales:
        _locale(locale)
    if not locales:
        raise argparse.ArgumentTypeError("give at least one locale")
    return list(dict.fromkeys(locales))


def _layout(value: str) -> str:
    from desktop_app.render.layouts import layout_names

    if value not in layout_names():
        raise argparse.ArgumentTypeError(f"unknown layout {value!r}; choose from {', '.join(layout_names())}")
    return value


def _points(value: str) -> float:
    return _number(value, "body_size")


def _positive_int(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, not {value!r}")
    return int(value)


def _error(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)


def _title_or_none(path: Path) -> str | None:
    try:
        return read_document(path).article.title
    except ImprintError:
        return None


def cmd_export(args: argparse.Namespace) -> int:
    from desktop_app.render.pdf import quiet_weasyprint

    quiet_weasyprint()
    locales: list[str] = args.locale or []
    if len(locales) > 1:
        return _export_locales(args, locales)
    args.locale = locales[0] if locales else None
    sources: list[Path] = args.files
    output = Path(args.output) if args.output else None
    if output is not None and args.output.endswith(("/", os.sep)):
        output.mkdir(parents=True, exist_ok=True)
    if output is not None and len(sources) > 1 and output.exists() and not output.is_dir():
        _error(f"{output}: several inputs need a folder for -o, not a file")
        return 2
    suffix = f".{_export_format(args, output)}"
    named = output is not None and len(sources) == 1 and not output.is_dir() and output.suffix
    if args.format and named and output is not None and output.suffix.lower() != suffix:
        _error(f"{output}: --format {suffix[1:]} writes a {suffix} file")
        return 2
    targets = plan_targets(sources, [_title_or_none(s) for s in sources], output, suffix)
    jobs = [ExportJob(s, t) for s, t in zip(sources, targets, strict=True)]
    overrides = Overrides.from_args(args)
    failed = 0
    show_progress = not args.quiet and len(jobs) > 1
    for done, outcome in enumerate(run_exports(jobs, overrides, args.jobs), start=1):
        if outcome.error:
            failed += 1
            _error(outcome.error)
        elif show_progress:
            print(f"[{done}/{len(jobs)}] {outcome.job.target}", file=sys.stderr)
        elif not args.quiet:
            print(outcome.job.target, file=sys.stderr)
    return 1 if failed else 0


def _export_format(args: argparse.Namespace, output: Path | None) -> str:
    """What ``imprint export`` writes: as --format says, else as the -o file name ends."""
    if args.format:
        return args.format
    if output is not None and output.suffix.lower() == ".imprint":
        return "imprint"
    return "pdf"


def _export_locales(args: argparse.Namespace, locales: list[str]) -> int:
    from desktop_app.output.locale_exports import locale_jobs, locale_overrides

    folder = Path(args.output) if args.output else Path.cwd()
    if folder.exists() and not folder.is_dir():
        _error(f"{folder}: several locales need a folder for -o, not a file")
        return 2
    folder.mkdir(parents=True, exist_ok=True)
    sources: list[Path] = args.files
    overrides = Overrides.from_args(args)
    failed = 0
    for locale, jobs in locale_jobs(sources, [_title_or_none(s) for s in sources], folder, locales):
        for outcome in run_exports(jobs, locale_overrides(overrides, locale), args.jobs):
            if outcome.error:
                failed += 1
                _error(outcome.error)
            elif not args.quiet:
                print(outcome.job.target, file=sys.stderr)
    return 1 if failed else 0


def cmd_edition(args: argparse.Namespace) -> int:
    from desktop_app.output.editions import edition_from_files, export_edition
    from desktop_app.output.locale_exports import locale_overrides
    from desktop_app.render.pdf import quiet_weasyprint

    quiet_weasyprint()
    locales: list[str] = args.locale or []
    several = len(locales) > 1
    output: Path = args.output
    if several and output.exists() and not output.is_dir():
        _error(f"{output}: several locales need a folder for -o, not a file")
        return 2
    base = Overrides.from_args(args)
    wanted: list[str | None] = [*locales] or [None]
    for index, locale in enumerate(wanted):
        # One locale: as the flags say. Several: each with its own paper unless --paper is given.
        if several and locale is not None:
            overrides = locale_overrides(base, locale)
        else:
            overrides = replace(base, locale=locale)
        edition = edition_from_files(
            args.files, overrides, title=args.title, subtitle=args.subtitle, when=args.date
        )
        if index == 0 and args.save and not _saved(edition, args.save):
            return 1
        target = output
        if several or target.is_dir():
            suffix = f"-{locale}" if several else ""
            target = output / f"{safe_file_name(edition.title, 'edition')}{suffix}.pdf"
        try:
            written = export_edition(edition, target, booklet=args.booklet)
        except OSError as exc:
            _error(f"{target}: {exc.strerror or exc}")
            return 1
        if not args.quiet:
            print(f"{written.target} ({written.edition_pages} pages)", file=sys.stderr)
    return 0


def _saved(edition: Edition, path: Path) -> bool:
    from desktop_app.readers.edition_file import EditionDocument, save_edition

    try:
        save_edition(EditionDocument.of(edition), path)
    except OSError as exc:
        _error(f"{path}: {exc.strerror or exc}")
        return False
    return True


def cmd_preflight(args: argparse.Namespace) -> int:
    from desktop_app.checks.preflight import preflight
    from desktop_app.language.catalogs import terminal_language
    from desktop_app.render.pdf import quiet_weasyprint

    quiet_weasyprint()
    overrides = Overrides.from_args(args)
    failed = False
    report: list[dict[str, object]] = []
    for path in args.files:
        try:
            # Findings speak to the person at the terminal, whatever the article's language.
            findings = preflight(overrides(read_document(path)), terminal_language())
        except ImprintError as exc:
            failed = True
            if args.json:
                report.append(
                    {
                        "path": str(path),
                        "severity": "error",
                        "code": "unreadable",
                        "message": str(exc),
                        "field": None,
                    }
                )
            else:
                _error(str(exc))
            continue
        for finding in findings:
            failed = failed or finding.severity == "error"
            if args.json:
                report.append({"path": str(path), **asdict(finding)})
            else:
                # Proofing's notices name their kind: "spelling: 'recieved' (2×, paragraph 2) — received?"
                print(f"{path}: {getattr(finding, 'kind', finding.severity)}: {finding.message}")
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    return 1 if failed else 0


def article_info(document: Document) -> dict[str, object]:
    from desktop_app.proofing.counts import article_counts

    article = document.article
    counts = article_counts(article)
    return {
        "title": article.title,
        "subtitle": article.subtitle,
        "author": article.author,
        "source": article.source,
        "date": article.date.isoformat() if article.date else None,
        "language": article.language,
        "keywords": list(article.keywords),
        "encoding": article.encoding,
        "format": article.body_format,
        "paragraphs": len(article.paragraphs),
        "words": counts.words,
        "characters": counts.characters,
        "body": [_block_info(block, article) for block in body_blocks(article)],
    }


def _block_info(block: BodyBlock, article: Article) -> dict[str, object]:
    if block.kind != "figure":
        return {"kind": block.kind, "text": block.text}
    picture = article.picture(block.image)
    return {
        "kind": "figure",
        "text": block.text,
        "caption": block.caption,
        "credit": block.credit,
        "image": block.image,
        "pixels": list(picture.pixels) if picture else None,
    }


def cmd_info(args: argparse.Namespace) -> int:
    try:
        info = article_info(read_document(args.file))
    except ArticleError as exc:
        _error(str(exc))
        return 1
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
    else:
        width = max(len(k) for k in info)
        for key, value in info.items():
            if key == "body" and isinstance(value, list):
                figures = sum(1 for block in value if block["kind"] == "figure")
                shown = f"{len(value)} blocks, {figures} figures"
            elif isinstance(value, list):
                shown = ", ".join(value)
            else:
                shown = "" if value is None else str(value)
            print(f"{key.ljust(width)}  {shown}")
    return 0


def _add_print_parsers(sub: argparse._SubParsersAction) -> None:
    from desktop_app.output.printing import SIDES

    printing = sub.add_parser("print", help="print an article on a CUPS printer")
    printing.add_argument("file", type=Path, metavar="FILE")
    printing.add_argument("--printer", metavar="NAME", help="print queue (default: the system's default)")
    printing.add_argument("--copies", type=_positive_int, default=1, metavar="N", help="number of copies")
    printing.add_argument("--pages", type=_page_ranges, metavar="RANGES", help="pages to print, like 1-2,4")
    printing.add_argument("--sides", choices=SIDES, help="one- or two-sided (default: the printer's)")
    printing.add_argument(
        "--locale", type=_locale, help="locale of the layout's words and dates (en, zh_CN, ru…)"
    )
    printing.add_argument("--layout", type=_layout, help="page layout")
    printing.add_argument("--paper", choices=PAPERS)
    printing.add_argument("--font-size", type=_points, metavar="PT", help="body text size in points")
    _add_house_style_option(printing)
    printing.add_argument(
        "--booklet", action="store_true", help="print as a folded booklet: two pages a sheet, duplex"
    )

    sub.add_parser("printers", help="list the print queues")
    sub.add_parser("layouts", help="list the page layouts, built-in and your own, and where new ones go")


def _page_ranges(value: str) -> str:
    from desktop_app.output.printing import PrintError, format_page_ranges, parse_page_ranges

    try:
        return format_page_ranges(parse_page_ranges(value))
    except PrintError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def cmd_print(args: argparse.Namespace) -> int:
    from desktop_app.output.printing import choose_printer, list_printers, print_pdf
    from desktop_app.render.pdf import quiet_weasyprint

    quiet_weasyprint()
    # The queue is checked before rendering so a stopped printer is reported at once.
    printer = choose_printer(list_printers(), args.printer)
    printable = _printable(args)
    job = print_pdf(
        printable.pdf,
        printer.name,
        copies=args.copies,
        pages=args.pages,
        sides=printable.sides or args.sides,
        media=printable.media,
        title=printable.title,
        page_count=printable.page_count,
    )
    print(job)
    return 0


def _printable(args: argparse.Namespace) -> Printable:
    """What ``imprint print`` sends for its FILE (an article or an edition document): its pages,
    or with ``--booklet`` the sheets that exporting it as a booklet writes."""
    from desktop_app.output.booklet import document_booklet
    from desktop_app.readers.edition_file import is_edition_file
    from desktop_app.render.pdf import render

    if is_edition_file(args.file):
        from desktop_app.output.editions import edition_booklet, edition_from_files
        from desktop_app.render.pdf import render_edition

        edition = edition_from_files([args.file], Overrides.from_args(args))
        if args.booklet:
            return Printable.of_booklet(edition_booklet(edition), edition.title)
        result = render_edition(edition)
        return Printable(result.pdf, result.page_count, edition.style.paper, edition.title)
    document = Overrides.from_args(args)(read_document(args.file))
    if args.booklet:
        return Printable.of_booklet(document_booklet(document), document.article.title)
    result = render(document)
    return Printable(result.pdf, result.page_count, document.style.paper, document.article.title)


@dataclass(frozen=True)
class Printable:
    """A PDF ready for the queue: its pages, paper and title, and the duplex a booklet needs."""

    pdf: bytes
    page_count: int
    media: str
    title: str
    sides: str | None = None

    @classmethod
    def of_booklet(cls, booklet: Booklet, title: str) -> Printable:
        return cls(booklet.pdf, booklet.sheet_sides, booklet.media, title, booklet.sides)


def cmd_layouts(args: argparse.Namespace) -> int:
    """Every layout: name, label, where it comes from, whether it sets columns; then the user
    layouts that cannot be used and why, and the folder new ones go into."""
    from desktop_app.language.catalogs import terminal_language
    from desktop_app.render.layouts import available_layouts, layout_problems, user_layouts_dir

    layouts = available_layouts(terminal_language())
    width = max(len(info.name) for info in layouts)
    for info in layouts:
        where = str(info.folder) if info.user else "built-in"
        columns = "columns" if info.supports_columns else "one column"
        print(f"{info.name:<{width}}  {info.label}  ({where}; {columns})")
    for folder, reason in layout_problems():
        print(f"warning: {folder}: not usable: {reason}", file=sys.stderr)
    print(
        f"Your own layouts go in {user_layouts_dir()}: copy a layout's folder there, or use "
        "Style → Layout → Duplicate Layout… in the window."
    )
    return 0


def cmd_printers(args: argparse.Namespace) -> int:
    from desktop_app.output.printing import list_printers

    printers = list_printers()
    if not printers:
        print("no printers are set up", file=sys.stderr)
        return 0
    width = max(len(p.name) for p in printers)
    for p in printers:
        notes: list[str] = [p.state]
        if not p.accepting:
            notes.append("not accepting jobs")
        if p.is_default:
            notes.append("default")
        if p.description and p.description != p.name:
            notes.append(p.description)
        print(f"{'*' if p.is_default else ' '} {p.name.ljust(width)}  {'  '.join(notes)}")
    return 0


def open_window(paths: Sequence[str]) -> int:
    from desktop_app.app.display import missing_display
    from desktop_app.render.prerender import prerender_first

    # Checked before Qt loads: without a display Qt aborts with a misleading message.
    no_display = missing_display()
    if no_display:
        _error(no_display)
        return 2
    files = [Path(p) for p in paths]
    # Forked before Qt is imported: the first pages render beside the window being built.
    prerender = prerender_first(files)
    try:
        from desktop_app.gui.app import run_app
    except ImportError as exc:
        if prerender is not None:
            prerender.stop()
        _error(f"the window cannot start: {exc}")
        return 1
    return run_app(files, prerender)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in SUBCOMMANDS and not argv[0].startswith("-")):
        return open_window(argv)
    args = _parser().parse_args(argv)
    try:
        if args.command == "export":
            return cmd_export(args)
        if args.command == "edition":
            return cmd_edition(args)
        if args.command == "info":
            return cmd_info(args)
        if args.command == "preflight":
            return cmd_preflight(args)
        if args.command == "print":
            return cmd_print(args)
        if args.command == "printers":
            return cmd_printers(args)
        if args.command == "layouts":
            return cmd_layouts(args)
    except KeyboardInterrupt:
        return 130
    except ImprintError as exc:
        _error(str(exc))
        return 1
    _parser().print_help(sys.stderr)
    return 2


def run() -> NoReturn:
    """The ``imprint`` process: :func:`main` on the command line's arguments, then its status.

    After an export, Python's shutdown would free every module and object one by one,
    WeasyPrint's C objects and the font configuration among them: about 0.2 s, a fifth of a
    one-article export, for memory the system takes back at once. The PDFs are written and
    synced by then and any workers have exited, so export ends without it. The window and
    the other commands exit the usual way.
    """
    code = main()
    if sys.argv[1:2] != ["export"]:
        sys.exit(code)
    import logging

    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
