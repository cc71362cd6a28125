#!/bin/sh
# Add FLORA Desktop, unpacked from its release tarball, to this user's applications menu:
# the desktop entry (Exec pointing at this folder's flora-desktop), the .florapreset file
# type and the icons go below ${XDG_DATA_HOME:-~/.local/share}, and a flora-desktop link
# into ~/.local/bin. Run it again after moving the folder. No root needed.
#   ./install.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
app="$here/flora-desktop"
[ -x "$app" ] || { echo "install.sh: $app is missing; run me from the unpacked folder." >&2; exit 1; }
# The app installs its own entry (flora_desktop/services/desktop_entry.py): one copy of the
# logic for pipx and for this bundle. It answers before loading Qt, so no display is needed.
"$app" --install-desktop-entry
bin="$HOME/.local/bin"
mkdir -p "$bin"
ln -sf "$app" "$bin/flora-desktop"
echo "Linked $bin/flora-desktop. Start FLORA Desktop from your applications menu."
