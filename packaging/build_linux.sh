#!/usr/bin/env bash
# Build the one-folder Linux app with PyInstaller into dist/flora-desktop/, check its glibc
# floor and that no unused Qt part or host system library slipped in, check that it starts
# and paints (offscreen, on the sandbox, in a throwaway home), then pack the release
# tarball dist/flora-desktop-<version>-linux-<arch>.tar.gz (with install.sh).
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

install -m755 packaging/linux/install.sh dist/flora-desktop/install.sh
install -m644 LICENSE dist/flora-desktop/LICENSE

echo "== glibc floor and left-out parts"
# The highest GLIBC_x.y any bundled binary asks for must not pass the stated floor
# (packaging/README.md); a higher one means a library came from the build host.
GLIBC_FLOOR=${GLIBC_FLOOR:-2.35}
highest=$(find dist/flora-desktop -type f \( -name '*.so*' -o -name flora-desktop \) -print0 \
    | xargs -0 objdump -T 2>/dev/null | grep -o 'GLIBC_2\.[0-9]*' | sort -t. -k2 -n -u | tail -1)
echo "highest glibc symbol version: ${highest#GLIBC_} (floor $GLIBC_FLOOR)"
if [ "$(printf '%s\n%s\n' "${highest#GLIBC_}" "$GLIBC_FLOOR" | sort -V | tail -1)" != "$GLIBC_FLOOR" ]; then
    echo "the bundle needs glibc ${highest#GLIBC_}, above the floor $GLIBC_FLOOR:" >&2
    find dist/flora-desktop -type f -name '*.so*' -print0 | xargs -0 objdump -T 2>/dev/null \
        | grep -B999 "$highest" | grep 'file format' >&2 || true
    exit 1
fi
for unwanted in 'libstdc++.so*' 'libgcc_s.so*' 'libexpat.so*' 'libQt6VirtualKeyboard*' \
                'libqtvirtualkeyboardplugin.so' 'libqpdf.so' 'libgtk-3.so*' 'libpulse.so*'; do
    if [ -n "$(find dist/flora-desktop -name "$unwanted" -print -quit)" ]; then
        echo "the bundle carries $unwanted, which the spec leaves out" >&2
        exit 1
    fi
done

echo "== smoke test: start, first paint, quit"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
FLORA_DESKTOP_HOME="$home" QT_QPA_PLATFORM=offscreen \
    dist/flora-desktop/flora-desktop --sandbox --exit-after-paint 2>"$home/stderr.log" \
    || { cat "$home/stderr.log"; exit 1; }
grep -q "first paint" "$home/stderr.log" || { cat "$home/stderr.log"; echo "no first paint"; exit 1; }

version=$(.venv/bin/python -c 'import flora_desktop; print(flora_desktop.__version__)')
tarball="dist/flora-desktop-$version-linux-$(uname -m).tar.gz"
tar -C dist -czf "$tarball" flora-desktop
echo "built dist/flora-desktop ($(du -sh dist/flora-desktop | cut -f1)); it started and painted"
echo "release tarball: $tarball ($(du -sh "$tarball" | cut -f1)); unpack it and run ./flora-desktop/install.sh"
