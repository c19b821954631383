"""build_installer.py: the Linux bundle exports the same bytes as the source tree, with its own fonts."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

import build_installer
from desktop_app import __version__, resources
from desktop_app.render.cjk_cuts import source_family

ROOT = Path(__file__).resolve().parents[1]
# Where a Debian system keeps fonts and fontconfig's own configuration: hidden to show the
# bundle needs none of them.
SYSTEM_FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "/etc/fonts", "/var/cache/fontconfig")


def source_export(sources: list[Path], output: Path, *extra: str) -> None:
    """The source tree's `imprint export`, in a fresh process, with this checkout's package."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "desktop_app", "export", *map(str, sources), "-o", str(output), "-q"]
    result = subprocess.run([*command, *extra], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def bundle_run(
    bundle: Path, env: dict[str, str], *args: str, hide_system_fonts: bool = False
) -> subprocess.CompletedProcess[str]:
    command = [str(bundle / "imprint"), *args]
    if hide_system_fonts:
        # A private mount namespace with empty folders over the system's fonts and fontconfig
        # files: nothing outside the bundle can provide a glyph.
        mounts = "; ".join(f"[ -d {d} ] && mount -t tmpfs none {d}" for d in SYSTEM_FONT_DIRS)
        command = ["unshare", "--mount", "sh", "-c", f'{mounts}; exec "$@"', "sh", *command]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)


def can_hide_system_fonts() -> bool:
    if not shutil.which("unshare"):
        return False
    # Hidden as the bundle's runs hide them: the fonts folders and fontconfig's own configuration,
    # which may list more folders (a TeX installation's, say).
    mounts = "; ".join(f"[ -d {d} ] && mount -t tmpfs none {d}" for d in SYSTEM_FONT_DIRS)
    probe = subprocess.run(
        ["unshare", "--mount", "sh", "-c", f"{mounts}; fc-list | wc -l"],
        capture_output=True,
        text=True,
    )
    return probe.returncode == 0 and probe.stdout.strip() == "0"


def pdf_font_names(path: Path) -> list[str]:
    """Embedded font names (without the subset prefix) as poppler's pdffonts lists them."""
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    rows = out.splitlines()[2:]
    return sorted({row.split()[0].split("+", 1)[-1] for row in rows if row.strip()})


# --- fast checks of the pieces ---------------------------------------------------------------------


def test_families_come_from_the_font_stacks_and_layout_css(tmp_path: Path) -> None:
    from desktop_app.render import fonts

    families = build_installer.stack_families()
    stacks = [n for roles in fonts.FONT_STACKS.values() for stack in roles.values() for n in stack]
    assert set(stacks) <= set(families)
    assert "latin" not in families  # dictionary keys name scripts, not typefaces
    css = tmp_path / "layout" / "article.css"
    css.parent.mkdir()
    css.write_text('h1 { font-family: "Gentium Plus", Charis SIL, var(--serif), serif; }', encoding="utf-8")
    assert build_installer.template_families(tmp_path) == ["Gentium Plus", "Charis SIL", "serif"]


def test_fonts_conf_sees_only_its_own_folder() -> None:
    text = build_installer.fonts_conf({"serif": "PT Serif", "sans-serif": "PT Sans"}, "linux")
    assert '<dir prefix="relative">.</dir>' in text
    assert "<dir>" not in text and "/usr/share/fonts" not in text
    assert '<cachedir prefix="xdg">imprint/fontconfig</cachedir>' in text
    assert "<family>serif</family><prefer><family>PT Serif</family>" in text
    assert "LOCAL_APPDATA_FONTCONFIG_CACHE" in build_installer.fonts_conf({}, "win32")


def test_collected_fonts_render_through_the_bundle_config(tmp_path: Path) -> None:
    bundled = build_installer.collect_fonts(tmp_path / "fonts")
    assert "PT Serif" in bundled and "Noto Serif CJK SC" in bundled
    env = {
        **os.environ,
        "FONTCONFIG_FILE": str(tmp_path / "fonts" / "fonts.conf"),
        "FONTCONFIG_PATH": str(tmp_path / "fonts"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    listed = subprocess.run(["fc-list", "--format", "%{file}\n"], env=env, capture_output=True, text=True)
    files = {Path(line).parent for line in listed.stdout.split()}
    assert files == {tmp_path / "fonts"}
    match = subprocess.run(["fc-match", "-f", "%{file}", "serif"], env=env, capture_output=True, text=True)
    assert Path(match.stdout).parent == tmp_path / "fonts"
    assert (tmp_path / "cache" / "imprint" / "fontconfig").is_dir()


def test_icons_for_windows_and_macos(tmp_path: Path) -> None:
    from PIL import Image

    ico = build_installer.write_ico(tmp_path / "imprint.ico")
    with Image.open(ico) as image:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(image.info["sizes"])
    icns = build_installer.write_icns(tmp_path / "imprint.icns")
    assert icns.read_bytes()[:4] == b"icns"
    with Image.open(icns) as image:
        assert {(512, 512, 1), (128, 128, 1), (16, 16, 2)} <= set(image.info["sizes"])


def test_desktop_entry_is_valid() -> None:
    entry = ROOT / "resources" / "imprint.desktop"
    text = entry.read_text(encoding="utf-8")
    assert "MimeType=application/x-imprint;text/markdown;" in text
    assert "Icon=imprint" in text
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_frozen_layout_and_fontconfig(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "desktop_app" / "data"
    (data / "templates").mkdir(parents=True)
    (data / "fonts").mkdir()
    (data / "fonts" / "fonts.conf").write_text("<fontconfig/>", encoding="utf-8")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    # setenv first, so that the fontconfig variables are put back as they were afterwards.
    for name in ("FONTCONFIG_SYSROOT", "FONTCONFIG_FILE", "FONTCONFIG_PATH"):
        monkeypatch.setenv(name, "/elsewhere")
    resources._root.cache_clear()
    try:
        assert resources.templates_dir() == data / "templates"
        assert resources.use_bundled_fonts()
        assert os.environ["FONTCONFIG_FILE"] == str(data / "fonts" / "fonts.conf")
        assert os.environ["FONTCONFIG_PATH"] == str(data / "fonts")
        assert "FONTCONFIG_SYSROOT" not in os.environ
    finally:
        resources._root.cache_clear()


def test_not_frozen_leaves_fontconfig_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FONTCONFIG_FILE", raising=False)
    assert not resources.use_bundled_fonts()
    assert "FONTCONFIG_FILE" not in os.environ
    assert resources.bundled_fontconfig() is None


# --- the built bundle --------------------------------------------------------------------------------


@pytest.mark.slow
def test_bundle_version_and_contents(installer_bundle: Path, bundle_env: dict[str, str]) -> None:
    result = bundle_run(installer_bundle, bundle_env, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"imprint {__version__}"

    internal = installer_bundle / "_internal"
    data = internal / "desktop_app" / "data"
    for kind in ("templates", "seeds", "resources", "fonts"):
        assert (data / kind).is_dir(), kind
    assert (data / "templates" / "classic" / "article.html").is_file()
    bundled = json.loads((data / "fonts" / "fonts.json").read_text(encoding="utf-8"))
    assert {"PT Serif", "PT Sans", "Noto Serif CJK SC"} <= set(bundled)
    for name in ("en_US", "en_GB", "ru_RU", "fr_FR", "de_DE", "es_ES"):
        assert (data / "dictionaries" / f"{name}.dic").is_file(), name
    assert (data / "dictionaries" / "licenses" / "hunspell-ru.copyright").is_file()
    assert (internal / "weasyprint" / "css" / "html5_ua.css").is_file()
    assert any((internal / "pyphen" / "dictionaries").glob("hyph_ru*.dic"))
    assert (internal / "babel" / "locale-data" / "zh_Hans_CN.dat").is_file()
    for module in ("QtWidgets", "QtPdf", "QtPdfWidgets", "QtPrintSupport"):
        assert (internal / "PySide6" / f"{module}.abi3.so").is_file(), module
    catalogs = {p.name for p in (internal / "PySide6" / "Qt" / "translations").glob("*.qm")}
    assert {"qtbase_ru.qm", "qtbase_zh_CN.qm"} <= catalogs and "qtbase_de.qm" not in catalogs
    libs = {p.name for p in internal.rglob("libQt6*")}
    assert not {n for n in libs if n.startswith(("libQt6WebEngine", "libQt63D", "libQt6Quick", "libQt6Qml"))}

    share = installer_bundle / "share"
    assert (share / "applications" / "imprint.desktop").is_file()
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / "imprint.png").is_file()
    assert (share / "mime" / "packages" / "imprint.xml").is_file()
    archive = installer_bundle.parent / f"imprint-{__version__}-linux-{os.uname().machine}.tar.gz"
    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
    assert {"imprint/imprint", "imprint/install.sh", "imprint/share/applications/imprint.desktop"} <= names


@pytest.mark.slow
def test_bundle_checks_spelling_with_its_own_dictionaries(
    installer_bundle: Path, bundle_env: dict[str, str], tmp_path: Path
) -> None:
    # A bundle never looks at /usr/share/hunspell (resources.dictionaries_dir): what it finds
    # and suggests comes from the dictionaries it carries.
    article = tmp_path / "misspelled.txt"
    article.write_text(
        "Council budget\n\nThe council recieved the budget. Совет получил бюджет в понедельнек.\n",
        encoding="utf-8",
    )
    result = bundle_run(installer_bundle, bundle_env, "preflight", str(article), "--json")
    spelling = {f["word"]: f for f in json.loads(result.stdout) if f.get("kind") == "spelling"}
    assert set(spelling) == {"recieved", "понедельнек"}, result.stdout
    assert "received" in spelling["recieved"]["suggestions"][:3]
    assert "понедельник" in spelling["понедельнек"]["suggestions"][:3]


@pytest.mark.slow
def test_unpacked_archive_runs_from_anywhere(
    installer_bundle: Path, bundle_env: dict[str, str], seed_path: Path, tmp_path: Path
) -> None:
    archive = installer_bundle.parent / f"imprint-{__version__}-linux-{os.uname().machine}.tar.gz"
    with tarfile.open(archive) as tar:
        tar.extractall(tmp_path / "opt", filter="tar")
    unpacked = tmp_path / "opt" / "imprint"
    result = bundle_run(unpacked, bundle_env, "info", str(seed_path), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["title"].startswith("Video Conference")
    prefix = tmp_path / "prefix"
    install = subprocess.run(
        [str(unpacked / "install.sh"), "--prefix", str(prefix)],
        env=bundle_env,
        capture_output=True,
        text=True,
    )
    assert install.returncode == 0, install.stderr
    entry = (prefix / "share" / "applications" / "imprint.desktop").read_text(encoding="utf-8")
    assert f"Exec={unpacked}/imprint %F" in entry
    assert (prefix / "share" / "icons" / "hicolor" / "48x48" / "apps" / "imprint.png").is_file()
    linked = subprocess.run(
        [str(prefix / "bin" / "imprint"), "--version"], env=bundle_env, capture_output=True
    )
    assert linked.returncode == 0 and linked.stdout.decode().strip() == f"imprint {__version__}"
    subprocess.run([str(unpacked / "install.sh"), "--prefix", str(prefix), "--uninstall"], check=True)
    assert not (prefix / "bin" / "imprint").exists()
    assert not (prefix / "share" / "applications" / "imprint.desktop").exists()


@pytest.mark.slow
def test_bundle_exports_the_seed_byte_identically(
    installer_bundle: Path, bundle_env: dict[str, str], seed_path: Path, tmp_path: Path
) -> None:
    source_export([seed_path], tmp_path / "source.pdf")
    result = bundle_run(installer_bundle, bundle_env, "export", str(seed_path), "-o", str(tmp_path / "b.pdf"))
    assert result.returncode == 0, result.stderr
    frozen = (tmp_path / "b.pdf").read_bytes()
    assert frozen.startswith(b"%PDF")
    assert frozen == (tmp_path / "source.pdf").read_bytes()


@pytest.mark.slow
def test_bundle_uses_its_own_fonts_with_system_fonts_hidden(
    installer_bundle: Path,
    bundle_env: dict[str, str],
    seed_path: Path,
    zh_path: Path,
    ru_path: Path,
    tmp_path: Path,
) -> None:
    if not can_hide_system_fonts():
        pytest.skip("hiding the system fonts needs root and mount namespaces (unshare)")
    sources = [seed_path, zh_path, ru_path]
    source_export(sources, tmp_path / "source/")
    result = bundle_run(
        installer_bundle,
        bundle_env,
        "export",
        *map(str, sources),
        "-o",
        str(tmp_path / "frozen") + "/",
        "--jobs",
        "2",
        "-q",
        hide_system_fonts=True,
    )
    assert result.returncode == 0, result.stderr
    assert "Fontconfig" not in result.stderr, result.stderr
    expected = sorted((tmp_path / "source").glob("*.pdf"))
    assert len(expected) == 3
    names: set[str] = set()
    for pdf in expected:
        frozen = tmp_path / "frozen" / pdf.name
        assert frozen.read_bytes() == pdf.read_bytes(), pdf.name
        names |= set(pdf_font_names(frozen))
    # The pages use the print faces and the Chinese face, and every one of them travelled with the bundle.
    assert {"PT-Serif", "PT-Sans"} <= names
    # The Chinese text is in the cuts of Noto CJK (render/cjk_cuts.py), which the bundle makes too.
    assert any(n.startswith(("Imprint-Serif-CJK", "Imprint-Sans-CJK")) for n in names), names
    font_files = installer_bundle / "_internal" / "desktop_app" / "data" / "fonts"
    scanned = subprocess.run(
        ["fc-scan", "--format", "%{family}\n", *map(str, sorted(font_files.glob("*.tt[fc]")))],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    # WeasyPrint names an embedded font after its family, spaces as hyphens, then the style.
    families = {f.strip().replace(" ", "-") for line in scanned.splitlines() for f in line.split(",")}
    for name in map(drawn_from, names):
        assert any(name == f or name.startswith(f"{f}-") for f in families), (name, sorted(families))


def drawn_from(name: str) -> str:
    """An embedded font's name with a CJK cut's family replaced by the family it is cut from."""
    base = name.removesuffix("-Bold")
    return source_family(base.replace("-", " ")).replace(" ", "-") + name[len(base) :]


def test_version_and_info_do_not_wait_for_weasyprint() -> None:
    # Cold start of the bundle: `imprint --version` must not import WeasyPrint (seconds).
    code = "import sys, desktop_app.cli; print(sorted(m for m in sys.modules if m.startswith('weasyprint')))"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.slow
def test_bundle_prints_every_script_with_system_fonts_hidden(
    installer_bundle: Path, bundle_env: dict[str, str], tmp_path: Path
) -> None:
    from multilingual import CORPUS
    from pdf_glyphs import notdef_characters

    from desktop_app.output.export import plan_targets

    if not can_hide_system_fonts():
        pytest.skip("hiding the system fonts needs root and mount namespaces (unshare)")
    sources = [sample.write(tmp_path) for sample in CORPUS]
    out = tmp_path / "frozen"
    result = bundle_run(
        installer_bundle,
        bundle_env,
        "export",
        *map(str, sources),
        "-o",
        f"{out}/",
        "-q",
        hide_system_fonts=True,
    )
    assert result.returncode == 0, result.stderr
    targets = plan_targets(sources, [sample.title for sample in CORPUS], out)
    for sample, source, pdf in zip(CORPUS, sources, targets, strict=True):
        info = bundle_run(installer_bundle, bundle_env, "info", str(source), "--json", hide_system_fonts=True)
        assert json.loads(info.stdout)["language"] == sample.tag
        assert notdef_characters(pdf) == {}, sample.tag
        names = {drawn_from(n).removesuffix("-Bold") for n in pdf_font_names(pdf)}
        assert sample.body_family.replace(" ", "-") in names, (sample.tag, names)
        assert "Noto-Color-Emoji" in names, sample.tag


@pytest.mark.slow
def test_bundle_opens_saved_pages_archives_and_word_files(
    installer_bundle: Path, bundle_env: dict[str, str]
) -> None:
    corpus = Path(__file__).resolve().parent / "corpus"
    for name, title in (
        ("pages/zh-exhibition.html", "第十届国际茶叶博览会在杭州开幕"),
        ("pages/ru-theatre.mhtml", "Драмтеатр показал премьеру по пьесе Чехова"),
        ("word/word-en-release.docx", "Harbour Authority opens new passenger terminal"),
    ):
        result = bundle_run(installer_bundle, bundle_env, "info", str(corpus / name), "--json")
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["title"] == title
