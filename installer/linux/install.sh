#!/bin/sh
# Install this Imprint folder: a link to the `imprint` command, the desktop entry, the icons and
# the .imprint file type, under PREFIX (default ~/.local, or /usr/local as root).
# Usage: ./install.sh [--prefix PREFIX] [--uninstall]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
if [ "$(id -u)" -eq 0 ]; then prefix=/usr/local; else prefix=${HOME}/.local; fi
action=install
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix=$2; shift 2 ;;
    --uninstall) action=uninstall; shift ;;
    *) echo "usage: $0 [--prefix PREFIX] [--uninstall]" >&2; exit 2 ;;
  esac
done
bin=$prefix/bin
share=$prefix/share

if [ "$action" = uninstall ]; then
  rm -f "$bin/imprint" "$share/applications/imprint.desktop" "$share/mime/packages/imprint.xml"
  (cd "$here/share" && find icons -type f) | while read -r icon; do rm -f "$share/$icon"; done
else
  mkdir -p "$bin" "$share/applications" "$share/mime/packages"
  ln -sf "$here/imprint" "$bin/imprint"
  # The entry names the command by its full path, so it works without $bin on PATH.
  sed "s|^Exec=imprint|Exec=$here/imprint|; s|^TryExec=imprint|TryExec=$here/imprint|" \
    "$here/share/applications/imprint.desktop" > "$share/applications/imprint.desktop"
  cp "$here/share/mime/packages/imprint.xml" "$share/mime/packages/imprint.xml"
  (cd "$here/share" && find icons -type f) | while read -r icon; do
    mkdir -p "$share/$(dirname "$icon")"
    cp "$here/share/$icon" "$share/$icon"
  done
fi
if command -v update-mime-database >/dev/null; then update-mime-database "$share/mime" || true; fi
if command -v update-desktop-database >/dev/null; then update-desktop-database "$share/applications" || true; fi
if command -v gtk-update-icon-cache >/dev/null; then gtk-update-icon-cache -q -t "$share/icons/hicolor" || true; fi
echo "Imprint: ${action}ed under $prefix"
