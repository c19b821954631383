"""Build a standalone Imprint with PyInstaller: a folder and .tar.gz on Linux, .app and .dmg on
macOS, a folder and an Inno Setup installer on Windows.

    python build_installer.py [--dist DIR] [--work DIR]

The bundle carries desktop_app (with desktop_app.gui), the data folders, the font files the
layouts name, with a fonts.conf that makes fontconfig see only those, and the Hunspell
dictionaries spelling uses, with their licences (see README, "Installer").
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent
INSTALLER = ROOT / "installer"
ICONS = ROOT / "resources" / "icons"
DATA_KINDS = ("templates", "translations", "seeds", "resources")
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
BUNDLE_ID = "org.imprint.Imprint"

# The window needs these; PyInstaller cannot see them while desktop_app.gui is imported lazily.
QT_MODULES = [
    "PySide6.QtCore",
    "PySide6.QtGui",
    "PySide6.QtWidgets",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtPrintSupport",
    "PySide6.QtSvg",
]
# Imported inside the functions that use them, so that the window's start does not wait for them.
LAZY_MODULES = ["uharfbuzz", "trafilatura", "mammoth", "lxml_html_clean", "hunspell"]
# The libraries WeasyPrint opens at run time (by name, so PyInstaller cannot see them).
WEASYPRINT_LIBS = ["gobject-2.0", "pango-1.0", "pangoft2-1.0", "harfbuzz", "harfbuzz-subset", "fontconfig"]
# Qt's own catalogs (its dialogs' buttons) for the languages Imprint's window speaks.
QT_LANGUAGES = ["en", "ru", "zh_CN"]
# Qt modules and packages Imprint never uses: leaving them out keeps the bundle and the build small.
EXCLUDES = [
    "tkinter",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel",
    "PySide6.QtWebSockets",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuick3D",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickWidgets",
    "PySide6.QtPdfQuick",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DRender",
    "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic",
    "PySide6.Qt3DExtras",
    "PySide6.Qt3DAnimation",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtSpatialAudio",
    "PySide6.QtCharts",
    "PySide6.QtDataVisualization",
    "PySide6.QtGraphs",
    "PySide6.QtGraphsWidgets",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtBluetooth",
    "PySide6.QtNfc",
    "PySide6.QtPositioning",
    "PySide6.QtLocation",
    "PySide6.QtSensors",
    "PySide6.QtSerialPort",
    "PySide6.QtSerialBus",
    "PySide6.QtRemoteObjects",
    "PySide6.QtScxml",
    "PySide6.QtStateMachine",
    "PySide6.QtTextToSpeech",
    "PySide6.QtHttpServer",
    "PySide6.QtNetworkAuth",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtConcurrent",
    "PySide6.QtXml",
    "PySide6.QtAxContainer",
    "pytest",
    "pytestqt",
    "pypdf",
    "IPython",
    "numpy",
]
GENERIC_FAMILIES = ("serif", "sans-serif", "monospace")


def log(message: str) -> None:
    print(f"build_installer: {message}", file=sys.stderr, flush=True)


def version() -> str:
    text = (ROOT / "desktop_app" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__\s*=\s*"([^"]+)"', text)
    if not match:
        raise SystemExit("error: no __version__ in desktop_app/__init__.py")
    return match.group(1)


# --- fonts ---------------------------------------------------------------------------------------


def stack_families() -> list[str]:
    """The families render/fonts.py's stacks name."""
    sys.path.insert(0, str(ROOT))
    try:
        from desktop_app.render import fonts
    finally:
        sys.path.remove(str(ROOT))
    return fonts.all_families()


_FONT_FAMILY = re.compile(r"font-family\s*:\s*([^;}]+)", re.IGNORECASE)


def template_families(templates: Path) -> list[str]:
    """Family names that the layouts' CSS gives directly, besides the stacks from render/fonts.py."""
    names: list[str] = []
    for path in sorted(templates.rglob("*")):
        if path.suffix not in (".css", ".html") or not path.is_file():
            continue
        for declaration in _FONT_FAMILY.findall(path.read_text(encoding="utf-8")):
            for part in declaration.split(","):
                name = part.strip().strip("\"'").strip()
                if name and "{" not in name and "var(" not in name and name not in names:
                    names.append(name)
    return names


def _fc(*args: str) -> str:
    return subprocess.run(list(args), check=True, capture_output=True, text=True).stdout


def family_files(family: str) -> list[Path]:
    """Every installed file of ``family`` (all weights and styles), as fontconfig knows them."""
    out = _fc("fc-list", f":family={family}", "file")
    return sorted({Path(line.rstrip().rstrip(":")) for line in out.splitlines() if line.strip()})


def generic_family(generic: str) -> str:
    """The family fontconfig picks on this machine for a CSS generic name such as serif."""
    return _fc("fc-match", "-f", "%{family[0]}", generic).strip()


def collect_fonts(target: Path) -> dict[str, list[str]]:
    """Copy the layouts' font files into ``target`` and write the fonts.conf that uses only them.

    Returns each bundled family with its file names. A family that this machine lacks is left
    out; the source tree's export on the same machine does without it too.
    """
    if not shutil.which("fc-list"):
        raise SystemExit("error: fontconfig's fc-list is needed to find the layouts' fonts")
    target.mkdir(parents=True, exist_ok=True)
    wanted = stack_families() + template_families(ROOT / "templates")
    generics = {g: generic_family(g) for g in GENERIC_FAMILIES}
    wanted += [f for f in generics.values() if f]
    bundled: dict[str, list[str]] = {}
    for family in dict.fromkeys(wanted):
        if family.lower() in GENERIC_FAMILIES:
            continue
        files = family_files(family)
        if not files:
            log(f"no font installed for family {family!r}; left out")
            continue
        for file in files:
            shutil.copy2(file, target / file.name)
        bundled[family] = [f.name for f in files]
    if not bundled:
        raise SystemExit("error: none of the layouts' fonts is installed (scripts/setup.sh installs them)")
    copy_font_rules(target / "conf.d")
    (target / "fonts.conf").write_text(fonts_conf(generics, sys.platform), encoding="utf-8")
    (target / "fonts.json").write_text(json.dumps(bundled, indent=2, ensure_ascii=False), encoding="utf-8")
    return bundled


def copy_font_rules(target: Path) -> None:
    """This machine's fontconfig rules (aliases, synthetic bold and italic), without its folders.

    With the same rules the bundle chooses faces as the source tree does here; rules that add
    font folders or read a user's own configuration are left out.
    """
    target.mkdir(parents=True, exist_ok=True)
    system = Path("/etc/fonts/conf.d")
    if not system.is_dir():
        return
    for rule in sorted(system.glob("*.conf")):
        text = rule.read_text(encoding="utf-8", errors="replace")
        if re.search(r"<(dir|include|cachedir)\b", text):
            continue
        (target / rule.name).write_text(text, encoding="utf-8")


def fonts_conf(generics: dict[str, str], platform: str) -> str:
    """A fontconfig configuration that sees exactly the folder it lies in."""
    # Fontconfig has no environment variable for its cache; on Linux the XDG cache folder is the
    # one platformdirs.user_cache_dir("imprint") gives, and on Windows fontconfig knows its own.
    if platform == "win32":
        cachedir = "<cachedir>LOCAL_APPDATA_FONTCONFIG_CACHE</cachedir>"
    else:
        cachedir = '<cachedir prefix="xdg">imprint/fontconfig</cachedir>'
    aliases = "\n".join(
        f'  <alias binding="same"><family>{generic}</family>'
        f"<prefer><family>{family}</family></prefer></alias>"
        for generic, family in generics.items()
        if family
    )
    return f"""<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<!-- Imprint's bundled fonts: fontconfig sees this folder and no other (written by build_installer.py). -->
<fontconfig>
  <dir prefix="relative">.</dir>
  {cachedir}
  <!-- Found in FONTCONFIG_PATH, which desktop_app.resources sets to this folder. -->
  <include ignore_missing="yes">conf.d</include>
  <!-- What the generic names meant on the machine that built this bundle. -->
{aliases}
</fontconfig>
"""


# --- icons ---------------------------------------------------------------------------------------


def icon_pngs() -> dict[int, Path]:
    pngs = {size: ICONS / f"imprint-{size}.png" for size in ICON_SIZES}
    missing = [str(p) for p in pngs.values() if not p.is_file()]
    if missing:
        raise SystemExit(f"error: icons missing (run scripts/render_icons.py): {', '.join(missing)}")
    return pngs


def write_ico(target: Path) -> Path:
    """A Windows .ico holding the sizes Explorer asks for, from the committed PNGs."""
    from PIL import Image

    pngs = icon_pngs()
    with Image.open(pngs[256]) as image:
        image.save(target, format="ICO", sizes=[(s, s) for s in (16, 32, 48, 64, 128, 256)])
    return target


def write_icns(target: Path) -> Path:
    """A macOS .icns from the committed PNGs, the largest first and the others alongside."""
    from PIL import Image

    pngs = icon_pngs()
    images = [Image.open(pngs[s]) for s in (512, 256, 128, 64, 32, 16)]
    try:
        images[0].save(target, format="ICNS", append_images=images[1:])
    finally:
        for image in images:
            image.close()
    return target


# --- the build -----------------------------------------------------------------------------------


# --- spelling dictionaries -----------------------------------------------------------------------


def collect_dictionaries(target: Path) -> list[str]:
    """Copy the Hunspell dictionaries spelling uses into ``target``, each with its Debian
    package's copyright file (the dictionaries' licences) in ``target/licenses``."""
    sys.path.insert(0, str(ROOT))
    try:
        from desktop_app.proofing.dictionaries import PACKAGES
        from desktop_app.resources import SYSTEM_DICTIONARIES
    finally:
        sys.path.remove(str(ROOT))
    licences = target / "licenses"
    licences.mkdir(parents=True, exist_ok=True)
    copied = []
    for name, package in PACKAGES.items():
        files = [SYSTEM_DICTIONARIES / f"{name}.{ext}" for ext in ("aff", "dic")]
        copyright_file = Path("/usr/share/doc") / package / "copyright"
        missing = [str(p) for p in (*files, copyright_file) if not p.is_file()]
        if missing:
            missing_list = ", ".join(missing)
            raise SystemExit(f"error: {name}: {missing_list} missing (scripts/setup.sh installs {package})")
        for source in files:
            shutil.copyfile(source, target / source.name)  # follows Debian's symlinks (fr_FR → fr)
        shutil.copyfile(copyright_file, licences / f"{package}.copyright")
        copied.append(name)
    return copied


def stage_data(target: Path) -> dict[str, list[str]]:
    """desktop_app/data/<kind> as the bundle will hold it: the data folders, the fonts and the
    spelling dictionaries."""
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    for kind in DATA_KINDS:
        shutil.copytree(ROOT / kind, target / kind, ignore=shutil.ignore_patterns(".keep", "__pycache__"))
    log(f"dictionaries: {', '.join(collect_dictionaries(target / 'dictionaries'))}")
    return collect_fonts(target / "fonts")


def info_plist(ver: str) -> dict[str, object]:
    return {
        "CFBundleName": "Imprint",
        "CFBundleDisplayName": "Imprint",
        "CFBundleShortVersionString": ver,
        "CFBundleVersion": ver,
        "NSHighResolutionCapable": True,
        "LSMinimumSystemVersion": "11.0",
        "NSHumanReadableCopyright": "MIT licence",
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": "Imprint document",
                "CFBundleTypeRole": "Editor",
                "LSHandlerRank": "Owner",
                "LSItemContentTypes": [f"{BUNDLE_ID}.document"],
            },
            {
                "CFBundleTypeName": "Article",
                "CFBundleTypeRole": "Viewer",
                "LSHandlerRank": "Alternate",
                "LSItemContentTypes": ["net.daringfireball.markdown", "public.plain-text"],
            },
        ],
        "UTExportedTypeDeclarations": [
            {
                "UTTypeIdentifier": f"{BUNDLE_ID}.document",
                "UTTypeDescription": "Imprint document",
                "UTTypeConformsTo": ["public.json"],
                "UTTypeTagSpecification": {
                    "public.filename-extension": ["imprint"],
                    "public.mime-type": ["application/x-imprint"],
                },
            }
        ],
    }


def run_pyinstaller(dist: Path, work: Path, data_dir: Path, ver: str) -> None:
    icon: str | None = None
    if sys.platform == "win32":
        icon = str(write_ico(work / "imprint.ico"))
    elif sys.platform == "darwin":
        icon = str(write_icns(work / "imprint.icns"))
    config = {
        "platform": sys.platform,
        "root": str(ROOT),
        "entry": str(INSTALLER / "imprint_entry.py"),
        "data_dir": str(data_dir),
        "qt_modules": QT_MODULES,
        "lazy_modules": LAZY_MODULES,
        "qt_languages": QT_LANGUAGES,
        "weasyprint_libs": WEASYPRINT_LIBS,
        "excludes": EXCLUDES,
        "icon": icon,
        "version": ver,
        "bundle_identifier": BUNDLE_ID,
        "info_plist": info_plist(ver),
    }
    config_path = work / "config.json"
    config_path.write_text(json.dumps(config, indent=2), encoding="utf-8")
    env = dict(os.environ)
    env["IMPRINT_BUILD_CONFIG"] = str(config_path)
    # This checkout's desktop_app, not another one installed in the same environment.
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        str(INSTALLER / "imprint.spec"),
        "--noconfirm",
        "--clean",
        "--log-level=WARN",
        f"--distpath={dist}",
        f"--workpath={work / 'pyinstaller'}",
    ]
    log("running PyInstaller")
    subprocess.run(command, check=True, env=env, cwd=ROOT)


def finish_linux(dist: Path, ver: str) -> Path:
    """Desktop entry, icons, MIME type and an install script beside the executable; then the .tar.gz."""
    bundle = dist / "imprint"
    share = bundle / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "resources" / "imprint.desktop", share / "applications" / "imprint.desktop")
    (share / "mime" / "packages").mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "resources" / "imprint-mime.xml", share / "mime" / "packages" / "imprint.xml")
    for size, png in icon_pngs().items():
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy2(png, folder / "imprint.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ICONS / "imprint.svg", scalable / "imprint.svg")
    install = bundle / "install.sh"
    shutil.copy2(INSTALLER / "linux" / "install.sh", install)
    install.chmod(0o755)
    archive = dist / f"imprint-{ver}-linux-{machine()}.tar.gz"
    log(f"writing {archive.name}")
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname="imprint")
    return archive


def finish_windows(dist: Path, work: Path, ver: str) -> Path | None:
    """The Inno Setup installer, when Inno Setup's compiler is installed."""
    script = INSTALLER / "windows" / "imprint.iss"
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if iscc is None:
        log(f"Inno Setup (iscc) not found: {dist / 'imprint'} is built; compile {script} to pack it")
        return None
    subprocess.run(
        [
            iscc,
            f"/DAppVersion={ver}",
            f"/DSourceDir={dist / 'imprint'}",
            f"/DIconFile={work / 'imprint.ico'}",
            f"/O{dist}",
            str(script),
        ],
        check=True,
    )
    return dist / f"imprint-{ver}-setup.exe"


def finish_macos(dist: Path, work: Path, ver: str) -> Path:
    """A compressed .dmg holding Imprint.app and a link to /Applications."""
    app = dist / "Imprint.app"
    staging = work / "dmg"
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    # ditto keeps the symlinks inside Qt's frameworks as symlinks.
    subprocess.run(["ditto", str(app), str(staging / "Imprint.app")], check=True)
    (staging / "Applications").symlink_to("/Applications")
    dmg = dist / f"imprint-{ver}-macos-{machine()}.dmg"
    dmg.unlink(missing_ok=True)
    subprocess.run(
        [
            "hdiutil",
            "create",
            "-volname",
            "Imprint",
            "-srcfolder",
            str(staging),
            "-ov",
            "-format",
            "UDZO",
            str(dmg),
        ],
        check=True,
    )
    return dmg


def machine() -> str:
    return os.uname().machine if hasattr(os, "uname") else os.environ.get("PROCESSOR_ARCHITECTURE", "x86_64")


def build(dist: Path, work: Path) -> list[Path]:
    """Build the bundle for this platform into ``dist``; returns what was made."""
    started = time.monotonic()
    dist, work = dist.resolve(), work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    ver = version()
    bundled = stage_data(work / "data")
    log(f"fonts: {', '.join(bundled)}")
    run_pyinstaller(dist, work, work / "data", ver)
    made: list[Path] = []
    if sys.platform == "darwin":
        made += [dist / "Imprint.app", finish_macos(dist, work, ver)]
    elif sys.platform == "win32":
        made.append(dist / "imprint")
        setup = finish_windows(dist, work, ver)
        made += [setup] if setup else []
    else:
        made += [dist / "imprint", finish_linux(dist, ver)]
    log(f"done in {time.monotonic() - started:.0f} s: {', '.join(str(p) for p in made)}")
    return made


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build a standalone Imprint with PyInstaller.")
    parser.add_argument(
        "--dist", type=Path, default=ROOT / "dist", help="where the bundle goes (default: dist/)"
    )
    parser.add_argument(
        "--work", type=Path, default=None, help="PyInstaller's work folder (default: build/installer)"
    )
    args = parser.parse_args(argv)
    work = args.work or ROOT / "build" / "installer"
    try:
        for path in build(args.dist, work):
            print(path)
    except subprocess.CalledProcessError as exc:
        print(
            f"error: {' '.join(map(str, exc.cmd[:3]))}… failed with status {exc.returncode}", file=sys.stderr
        )
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
