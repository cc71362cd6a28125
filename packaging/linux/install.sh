#!/bin/sh
# Add FLORA Desktop, unpacked from its release tarball, to this user's applications menu:
# the desktop entry (Exec pointing at this folder's flora-desktop), the .florapreset file
# type and the icons go below ${XDG_DATA_HOME:-~/.local/share}, and a flora-desktop link
# into ~/.local/bin. Run it again after moving the folder. No root needed.
#   ./install.sh              add to the menu
#   ./install.sh --uninstall  take it away again (then delete the folder)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
app="$here/flora-desktop"
[ -x "$app" ] || { echo "install.sh: $app is missing; run me from the unpacked folder." >&2; exit 1; }
link="$HOME/.local/bin/flora-desktop"
# The app installs its own entry (flora_desktop/services/desktop_entry.py): one copy of the
# logic for pipx and for this bundle. It answers before loading Qt, so no display is needed.
if [ "${1:-}" = "--uninstall" ]; then
    "$app" --uninstall-desktop-entry
    # Only our own link: another flora-desktop there (pipx) is left alone.
    if [ -L "$link" ] && [ "$(readlink "$link")" = "$app" ]; then
        rm -f "$link"
        echo "Removed $link."
    fi
    exit 0
fi
"$app" --install-desktop-entry
mkdir -p "$(dirname "$link")"
ln -sf "$app" "$link"
echo "Linked $link. Start FLORA Desktop from your applications menu."
