"""The ``imprint`` command: export, info, and opening the window."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop_app import __version__
from desktop_app.document import Document
from desktop_app.errors import ArticleError, ImprintError
from desktop_app.export import ExportJob, plan_targets, run_exports
from desktop_app.readers import read_document
from desktop_app.style import PAPERS

SUBCOMMANDS = ("export", "info")


@dataclass(frozen=True)
class Overrides:
    """Settings given on the command line, applied on top of each document's own."""

    locale: str | None = None
    layout: str | None = None
    paper: str | None = None
    font_size: float | None = None

    def __call__(self, document: Document) -> Document:
        style, options = document.style, document.options
        if self.paper:
            style = style.with_changes(paper=self.paper)
        if self.font_size:
            style = style.with_changes(body_size=self.font_size)
        if self.locale:
            options = options.with_changes(locale=self.locale)
        elif document.origin and document.origin.suffix != ".imprint":
            options = options.with_changes(locale=document.article.language)
        if self.layout:
            options = options.with_changes(layout=self.layout)
        return document.with_changes(style=style, options=options)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="imprint", description="Open news articles and export print-ready PDFs."
    )
    parser.add_argument("--version", action="version", version=f"imprint {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    export = sub.add_parser("export", help="export articles to PDF, one file per article")
    export.add_argument("files", nargs="+", type=Path, metavar="FILE")
    export.add_argument("-o", "--output", help="a PDF file for one input, a folder for several")
    export.add_argument(
        "--locale", type=_locale, help="locale of the layout's words and dates (en, zh_CN, ru…)"
    )
    export.add_argument("--layout", type=_layout, help="page layout")
    export.add_argument("--paper", choices=PAPERS)
    export.add_argument("--font-size", type=_points, metavar="PT", help="body text size in points")
    export.add_argument("--jobs", type=_positive_int, default=1, metavar="N", help="export with N processes")
    export.add_argument("-q", "--quiet", action="store_true", help="print errors only")

    info = sub.add_parser("info", help="show what Imprint reads from an article")
    info.add_argument("file", type=Path, metavar="FILE")
    info.add_argument("--json", action="store_true", help="print JSON")
    return parser


def _locale(value: str) -> str:
    from babel import Locale, UnknownLocaleError

    try:
        return str(Locale.parse(value.replace("-", "_")))
    except (ValueError, UnknownLocaleError) as exc:
        raise argparse.ArgumentTypeError(f"unknown locale {value!r}") from exc


def _layout(value: str) -> str:
    from desktop_app.render.html import available_layouts

    if value not in available_layouts():
        raise argparse.ArgumentTypeError(
            f"unknown layout {value!r}; choose from {', '.join(available_layouts())}"
        )
    return value


def _points(value: str) -> float:
    from desktop_app.style import MAX_FONT_PT, MIN_FONT_PT

    try:
        number = float(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from exc
    if not MIN_FONT_PT <= number <= MAX_FONT_PT:
        raise argparse.ArgumentTypeError(f"must be between {MIN_FONT_PT:g} and {MAX_FONT_PT:g} pt")
    return number


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
    sources: list[Path] = args.files
    output = Path(args.output) if args.output else None
    if output is not None and args.output.endswith(("/", os.sep)):
        output.mkdir(parents=True, exist_ok=True)
    if output is not None and len(sources) > 1 and output.exists() and not output.is_dir():
        _error(f"{output}: several inputs need a folder for -o, not a file")
        return 2
    targets = plan_targets(sources, [_title_or_none(s) for s in sources], output)
    jobs = [ExportJob(s, t) for s, t in zip(sources, targets, strict=True)]
    overrides = Overrides(args.locale, args.layout, args.paper, args.font_size)
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


def article_info(document: Document) -> dict[str, object]:
    article = document.article
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
            shown = ", ".join(value) if isinstance(value, list) else ("" if value is None else value)
            print(f"{key.ljust(width)}  {shown}")
    return 0


def open_window(paths: Sequence[str]) -> int:
    try:
        from desktop_app.gui.app import run_app
    except ImportError as exc:
        _error(f"the window cannot start: {exc}")
        return 1
    return run_app([Path(p) for p in paths])


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in SUBCOMMANDS and not argv[0].startswith("-")):
        return open_window(argv)
    args = _parser().parse_args(argv)
    try:
        if args.command == "export":
            return cmd_export(args)
        if args.command == "info":
            return cmd_info(args)
    except KeyboardInterrupt:
        return 130
    except ImprintError as exc:
        _error(str(exc))
        return 1
    _parser().print_help(sys.stderr)
    return 2
