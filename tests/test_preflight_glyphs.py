"""Preflight's missing-glyph findings say exactly what the page draws as empty boxes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from multilingual import BY_TAG, CORPUS
from pdf_glyphs import notdef_characters

from desktop_app.checks.preflight import preflight
from desktop_app.readers import read_document
from desktop_app.render.pdf import reload_fonts, render
from desktop_app.render.user_fonts import take_in, user_fonts_dir

ROOT = Path(__file__).resolve().parents[1]
FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts")


def font_config_without(folder: Path, hidden: tuple[str, ...]) -> dict[str, str]:
    """Environment for a process whose fontconfig sees every font but those whose file names
    start with one of ``hidden``."""
    fonts = folder / "fonts"
    fonts.mkdir()
    for root in FONT_DIRS:
        for file in sorted(Path(root).rglob("*")):
            if file.suffix.lower() in (".ttf", ".otf", ".ttc") and not file.name.startswith(hidden):
                link = fonts / file.name
                if not link.exists():
                    link.symlink_to(file)
    conf = folder / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n'
        f"<fontconfig><dir>{fonts}</dir><cachedir>{folder / 'cache'}</cachedir>"
        '<include ignore_missing="yes">/etc/fonts/conf.d</include></fontconfig>\n',
        encoding="utf-8",
    )
    return {**os.environ, "FONTCONFIG_FILE": str(conf), "PYTHONPATH": str(ROOT)}


def imprint(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "desktop_app", *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)


def listed_characters(message: str) -> set[str]:
    """The characters a missing-glyph message lists (between the colon and the place)."""
    match = re.search(r"empty box(?:es)?: (.*?) \(page", message)
    assert match, message
    return set(match.group(1).split())


def test_hidden_font_report_equals_the_boxes_on_the_page(tmp_path: Path) -> None:
    env = font_config_without(tmp_path, ("NotoSerifDevanagari", "NotoSansDevanagari"))
    article = BY_TAG["hi"].write(tmp_path)
    result = imprint(env, "preflight", str(article), "--json")
    findings = [f for f in json.loads(result.stdout) if f["code"] == "missing-glyph"]
    pdf = tmp_path / "hi.pdf"
    exported = imprint(env, "export", str(article), "-o", str(pdf), "-q")
    # Text no installed font covers still exports.
    assert exported.returncode == 0, exported.stderr
    boxes = set(notdef_characters(pdf))
    assert boxes and all("\u0900" <= c <= "\u097f" for c in boxes)
    assert len(findings) == 1, findings
    message = findings[0]["message"]
    assert message.startswith(f"Devanagari: {len(boxes)} characters cannot be drawn")
    assert listed_characters(message) == boxes
    assert "page 1: title" in message and "paragraph 1" in message and "paragraph 2" in message
    # The hidden faces are still installed on the system: the fix is to use one of them.
    assert re.search(r"\. \S.* is installed on this system and can draw them\.$", message), message


def test_no_false_alarms_on_any_script_of_the_corpus(tmp_path: Path) -> None:
    for sample in CORPUS:
        document = read_document(sample.write(tmp_path))
        assert [f for f in preflight(document) if f.code == "missing-glyph"] == [], sample.tag


def test_private_use_and_unassigned_are_reported_exactly(tmp_path: Path) -> None:
    path = tmp_path / "odd.md"
    path.write_text(
        "---\ntitle: Odd characters\nlanguage: en\n---\n\n"
        "Private use \uf8ff and \U0010fffd, unassigned \u0378, a joiner \u200d and an isolate "
        "\u2068x\u2069, a variation selector \u2764\ufe0f and नमस्ते.\n",
        encoding="utf-8",
    )
    document = read_document(path)
    pdf = tmp_path / "odd.pdf"
    pdf.write_bytes(render(document).pdf)
    assert set(notdef_characters(pdf)) == {"\uf8ff", "\U0010fffd", "\u0378"}
    glyphs = [f for f in preflight(document) if f.code == "missing-glyph"]
    messages = " ".join(f.message for f in glyphs)
    assert "2 private-use characters print as empty boxes: U+F8FF U+10FFFD" in messages
    assert "1 character is not in Unicode and prints as an empty box: U+0378" in messages
    assert len(glyphs) == 2 and {f.field for f in glyphs} == {"body"}


def test_an_installed_font_the_renderer_cannot_see_is_offered_and_taken_in(
    tmp_path: Path, private_dirs: Path, monkeypatch
) -> None:
    # The renderer sees every font but Devanagari's, as a bundle sees only its own; the
    # system's fontconfig still has them.
    env = font_config_without(tmp_path, ("NotoSerifDevanagari", "NotoSansDevanagari"))
    monkeypatch.setenv("FONTCONFIG_FILE", env["FONTCONFIG_FILE"])
    reload_fonts()
    try:
        document = read_document(BY_TAG["hi"].write(tmp_path))
        render(document)
        glyphs = [f for f in preflight(document) if f.code == "missing-glyph"]
        assert len(glyphs) == 1 and glyphs[0].fix_font, glyphs
        assert "is installed on this system" in glyphs[0].message
        offered = Path(glyphs[0].fix_font)
        assert offered.name.startswith(("NotoSerifDevanagari", "NotoSansDevanagari"))
        # The fix: the file is copied to the user's fonts, and the next render draws with it.
        taken = take_in(offered)
        assert taken.parent == user_fonts_dir() and taken.read_bytes() == offered.read_bytes()
        reload_fonts()
        pdf = tmp_path / "fixed.pdf"
        pdf.write_bytes(render(document).pdf)
        assert notdef_characters(pdf) == {}
        assert [f for f in preflight(document) if f.code == "missing-glyph"] == []
    finally:
        monkeypatch.delenv("FONTCONFIG_FILE")
        reload_fonts()


def test_without_an_installed_font_the_hint_names_the_package(tmp_path: Path, monkeypatch) -> None:
    import desktop_app.checks.preflight as preflight_module

    monkeypatch.setattr(preflight_module, "covering_font", lambda chars: None)
    env = font_config_without(tmp_path, ("NotoSerifDevanagari", "NotoSansDevanagari"))
    monkeypatch.setenv("FONTCONFIG_FILE", env["FONTCONFIG_FILE"])
    reload_fonts()
    try:
        document = read_document(BY_TAG["hi"].write(tmp_path))
        (finding,) = [f for f in preflight(document) if f.code == "missing-glyph"]
        assert finding.fix_font is None
        assert finding.message.endswith("Install Noto Serif Devanagari (package fonts-noto-core).")
    finally:
        monkeypatch.delenv("FONTCONFIG_FILE")
        reload_fonts()
