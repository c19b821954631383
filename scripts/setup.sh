#!/usr/bin/env bash
# Set Imprint up on Debian or Ubuntu: system packages, a virtual environment in .venv,
# the package itself; then open the window on the seed articles, or, with no display,
# export them to PDF. `--install-only` stops after the installation (the tests use it).
set -euo pipefail
cd "$(dirname "$0")/.."

install_only=false
[ "${1:-}" = "--install-only" ] && install_only=true

# Fonts made for print in each script (Noto for the scripts beyond Latin, Cyrillic and
# Chinese, and for emoji), poppler for the tests' PDF checks, Xvfb and
# Qt's X11 libraries for the window, CUPS with a PDF queue for printing; binutils for
# PyInstaller (build_installer.py), desktop-file-utils to check the desktop entry; Hunspell
# dictionaries for spelling (the installer bundle carries copies, with their licences).
packages=(
  python3 python3-venv python3-pip
  libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fontconfig
  fonts-noto-cjk fonts-paratype fonts-dejavu-core fonts-noto-core fonts-noto-color-emoji
  poppler-utils ghostscript
  xvfb xauth libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0
  libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0
  libxcb-image0 libxcb-xinerama0 libdbus-1-3 libfontconfig1
  cups cups-client cups-bsd printer-driver-cups-pdf
  binutils desktop-file-utils util-linux
  hunspell-en-us hunspell-en-gb hunspell-ru hunspell-fr hunspell-de-de hunspell-es
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing system packages: ${missing[*]}" >&2
  $sudo apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
fi

python=python3
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >&2
.venv/bin/python -m pip install -q -e ".[test,build]" >&2

$install_only && exit 0

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec .venv/bin/imprint seeds/*
fi
mkdir -p out
.venv/bin/imprint export seeds/* -o out/ -q
echo "No display here: the seed articles are exported to PDF in $(pwd)/out:"
ls -1 out/*.pdf
