#!/bin/sh
# Install this Imprint folder for the current user (or, as root, for everyone): a link to the
# `imprint` command, the desktop entry, the icons and the .imprint file type.
# Usage: ./install.sh [--uninstall]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
if [ "$(id -u)" -eq 0 ]; then
  bin=/usr/local/bin; share=/usr/local/share
else
  bin=${HOME}/.local/bin; share=${XDG_DATA_HOME:-${HOME}/.local/share}
fi

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$bin/imprint" "$share/applications/imprint.desktop" "$share/mime/packages/imprint.xml"
  find "$share/icons/hicolor" -name 'imprint.png' -o -name 'imprint.svg' 2>/dev/null | xargs -r rm -f
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
command -v update-mime-database >/dev/null && update-mime-database "$share/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
echo "Imprint: ${1:-installed} ($bin/imprint)"
