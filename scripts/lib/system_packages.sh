# Debian/Ubuntu packages FLORA Desktop and its test suite load, and how to install them.
# Sourced by scripts/start and scripts/test (bash). tests/test_system_packages.py reads the
# arrays below, so keep one package per word and the array names as they are.

# Qt's xcb platform plugin (a real window on X11, and XWayland): without libxcb-cursor0 Qt
# aborts with "xcb-cursor0 … needed"; the others fail the plugin load the same way. Any
# platform needs EGL/GL, fontconfig and D-Bus; a font, or every glyph is a box. DejaVu has
# no Japanese: without a CJK font the Japanese UI, and "日本語" in every language's
# Settings list, are boxes (IPA Gothic: 3.5 MB, the smallest complete one in Debian).
QT_RUNTIME_PACKAGES=(
    libx11-xcb1 libxcb-cursor0 libxcb-glx0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
    libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1
    libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libxkbcommon0 libxkbcommon-x11-0
    libegl1 libgl1 libfontconfig1 libdbus-1-3 fonts-dejavu-core fonts-ipafont-gothic
)
# QtMultimedia (video and audio outputs) needs libpulse.so.0 at import, even for video.
MULTIMEDIA_PACKAGES=(libpulse0)
# The test suite's own tools: Xvfb for screenshots, D-Bus + gnome-keyring for the real
# Secret Service tests, xwininfo (x11-utils) for WM_CLASS, validators for packaging/linux.
TEST_TOOL_PACKAGES=(xvfb xauth x11-utils dbus gnome-keyring desktop-file-utils appstream)

# missing_packages PKG... : prints the ones dpkg does not have installed (one dpkg call).
missing_packages() {
    command -v dpkg-query >/dev/null 2>&1 || return 0
    # dpkg-query fails when it knows a name not at all (removed and purged): not an error.
    local installed
    installed=$({ dpkg-query -W -f='${db:Status-Abbrev}${Package}\n' "$@" 2>/dev/null || true; } \
        | awk '$1 == "ii" {print $2}' | sed 's/:.*//')
    local pkg
    for pkg in "$@"; do
        grep -qx -- "$pkg" <<<"$installed" || printf '%s\n' "$pkg"
    done
}

# apt_line PKG... : the exact command a person runs to install them.
apt_line() {
    printf 'sudo apt-get install -y --no-install-recommends %s' "$*"
}

# install_packages PKG... : apt-get install, through sudo when not root. Fails (status 1)
# when there is no apt-get, no sudo, or the install does not succeed.
install_packages() {
    command -v apt-get >/dev/null 2>&1 || return 1
    local sudo_cmd=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || return 1
        sudo_cmd=(sudo)
    fi
    echo "Installing system packages: $*"
    "${sudo_cmd[@]}" apt-get update -qq || return 1
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" \
        apt-get install -y -qq --no-install-recommends "$@" || return 1
}

# python_id PYTHON : "<version> <executable's real path>", or nothing when it does not run.
python_id() {
    "$1" -c 'import os, sys; print(sys.version.split()[0], os.path.realpath(sys.executable))' \
        2>/dev/null || true
}

# venv_id VENV_PYTHON : python_id, or nothing when that venv has no pip. A venv whose
# creation stopped half-way (Ctrl+C in ensurepip; Debian without python3-venv, which
# leaves .venv/bin/python behind) runs but can never install anything.
venv_id() {
    "$1" -c 'import importlib.util, os, sys
if importlib.util.find_spec("pip"):
    print(sys.version.split()[0], os.path.realpath(sys.executable))' 2>/dev/null || true
}

# ensure_venv PYTHON : a .venv whose interpreter runs and is PYTHON (same version, same
# executable) and has pip; rebuilt when another Python made it, its interpreter is gone or
# broken, or it has no pip. Sets VENV_PYTHON_ID for pip_install_once.
ensure_venv() {
    local python=$1 have
    VENV_PYTHON_ID=$(python_id "$python")
    if [ -z "$VENV_PYTHON_ID" ]; then
        echo "Cannot run $python: install Python 3.11 or newer, or set PYTHON=/path/to/python3." >&2
        return 1
    fi
    if [ -e .venv ]; then
        have=$(venv_id .venv/bin/python)
        if [ "$have" != "$VENV_PYTHON_ID" ]; then
            echo "Rebuilding .venv (it was made by another or a broken Python, or has no pip)"
            rm -rf .venv
        fi
    fi
    [ -e .venv ] && return 0
    if ! "$python" -m venv .venv; then
        # Never leave a half-made .venv: the next start would find it and fail in pip.
        rm -rf .venv
        cat >&2 <<MSG

$python could not make a virtual environment (.venv). On Debian/Ubuntu, run this line
in a terminal, then start again:

    $(apt_line python3-venv)

MSG
        return 1
    fi
}

# pip_install_once STAMP SPEC : pip install -e SPEC unless STAMP says this pyproject.toml
# and this Python were installed already, in this folder (a warm start runs no pip). A
# moved or renamed project keeps a .venv whose launchers and editable install point at the
# old folder: installing again there rewrites them.
pip_install_once() {
    local stamp=.venv/$1 spec=$2 want
    want="$(sha256sum pyproject.toml | cut -d' ' -f1) $VENV_PYTHON_ID $spec $(pwd -P)"
    [ "$(cat "$stamp" 2>/dev/null || true)" = "$want" ] && return 0
    rm -f "$stamp"
    .venv/bin/python -m pip install -q --disable-pip-version-check -e "$spec" || return 1
    printf '%s\n' "$want" >"$stamp"
}
