#!/usr/bin/env bash
# Build the one-folder Linux app with PyInstaller into dist/flora-desktop/, then check that
# it starts and paints (offscreen, on the sandbox, in a throwaway home).
#   packaging/build_linux.sh            # uses .venv (creates it if missing)
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[packaging]"

.venv/bin/pyinstaller --noconfirm --clean \
    --distpath dist --workpath build/pyinstaller \
    packaging/pyinstaller/flora-desktop.spec

# Desktop integration files next to the app, named as a package installs them.
share=dist/flora-desktop/share
install -Dm644 packaging/linux/ai.flora.Desktop.desktop "$share/applications/ai.flora.Desktop.desktop"
install -Dm644 packaging/linux/ai.flora.Desktop.metainfo.xml "$share/metainfo/ai.flora.Desktop.metainfo.xml"
install -Dm644 resources/icons/flora-desktop.svg "$share/icons/hicolor/scalable/apps/ai.flora.Desktop.svg"
for size in 16 32 48 64 128 256 512; do
    install -Dm644 "resources/icons/flora-desktop-$size.png" \
        "$share/icons/hicolor/${size}x${size}/apps/ai.flora.Desktop.png"
done

echo "== smoke test: start, first paint, quit"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
FLORA_DESKTOP_HOME="$home" QT_QPA_PLATFORM=offscreen \
    dist/flora-desktop/flora-desktop --sandbox --exit-after-paint 2>"$home/stderr.log" \
    || { cat "$home/stderr.log"; exit 1; }
grep -q "first paint" "$home/stderr.log" || { cat "$home/stderr.log"; echo "no first paint"; exit 1; }
echo "built dist/flora-desktop ($(du -sh dist/flora-desktop | cut -f1)); it started and painted"
