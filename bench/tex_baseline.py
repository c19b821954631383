"""TeX's lines for the composer benchmark: the same text, face, size and measure set by LuaLaTeX
(Knuth-Plass with TeX's own defaults), alone, with microtype's font expansion, and with
``\\emergencystretch``, which TeX needs to leave no line sticking out past the measure.

Only where ``lualatex`` is installed, and only for English: the patterns its LaTeX format
holds without Debian's texlive-lang packages.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from desktop_app.model.document import Document

PT_PER_MM = 72 / 25.4
LEFT_MM = 18.0
_SPECIAL = re.compile(r"([&%$#_{}])")


def available(language: str) -> bool:
    """Whether TeX can set ``language`` here, with its own hyphenation."""
    return shutil.which("lualatex") is not None and language.split("-")[0] == "en"


def tex_source(
    document: Document, measure_mm: float, expansion: bool = False, emergency: bool = False
) -> str:
    """A LuaLaTeX document setting ``document``'s paragraphs as Imprint's body: PT Serif 11 pt
    (the style's size and line height), the first-line indent, justified at ``measure_mm``;
    with microtype's font expansion, or with ``\\emergencystretch`` (3 em), if asked."""
    style = document.style
    paragraphs = [_escaped(p) for p in document.article.paragraphs]
    micro = r"\usepackage[expansion=true,protrusion=false,tracking=false]{microtype}" if expansion else ""
    return "\n".join(
        [
            r"\documentclass{article}",
            rf"\usepackage[paperwidth=210mm,paperheight=297mm,left={LEFT_MM}mm,textwidth={measure_mm:.3f}mm,"
            rf"top={style.margin_top}mm,bottom={style.margin_bottom}mm]{{geometry}}",
            r"\usepackage{fontspec}",
            r"\setmainfont{PT Serif}",
            micro,
            r"\pagestyle{empty}",
            r"\setlength{\emergencystretch}{3em}" if emergency else "",
            rf"\setlength{{\parindent}}{{{1.2 * style.body_size:.2f}pt}}",
            r"\setlength{\parskip}{0pt}",
            r"\begin{document}",
            rf"\fontsize{{{style.body_size}pt}}{{{style.body_size * style.line_height:.2f}pt}}\selectfont",
            r"\noindent " + "\n\n".join(paragraphs),
            r"\end{document}",
        ]
    )


def _escaped(text: str) -> str:
    text = text.replace("\\", r"\textbackslash{}").replace("~", r"\textasciitilde{}").replace("^", r"\^{}")
    return _SPECIAL.sub(r"\\\1", text)


def tex_pdf(
    document: Document,
    measure_mm: float,
    folder: Path,
    name: str,
    expansion: bool = False,
    emergency: bool = False,
) -> Path:
    """The PDF LuaLaTeX makes of ``document`` at ``measure_mm``."""
    source = folder / f"{name}.tex"
    source.write_text(tex_source(document, measure_mm, expansion, emergency), "utf-8")
    subprocess.run(
        ["lualatex", "-interaction=batchmode", "-halt-on-error", source.name],
        cwd=folder,
        capture_output=True,
        check=True,
        timeout=300,
    )
    return folder / f"{name}.pdf"
