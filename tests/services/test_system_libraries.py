"""Finding Qt's xcb libraries before Qt aborts without them."""

from __future__ import annotations

from pathlib import Path

from flora_desktop.services.system_libraries import (
    XCB_LIBRARIES,
    missing_libraries_message,
    missing_xcb_libraries,
)

X11 = {"DISPLAY": ":0"}


def lib_dir(tmp_path: Path, *sonames: str) -> str:
    folder = tmp_path / "lib"
    folder.mkdir(exist_ok=True)
    for name in sonames:
        (folder / name).touch()
    return str(folder)


def test_all_present_is_fine(tmp_path: Path) -> None:
    folder = lib_dir(tmp_path, *(soname for soname, _ in XCB_LIBRARIES))
    assert missing_xcb_libraries(X11, [folder], "linux") == []


def test_missing_ones_are_named_by_their_package(tmp_path: Path) -> None:
    present = [s for s, _ in XCB_LIBRARIES if s != "libxcb-cursor.so.0"]
    assert missing_xcb_libraries(X11, [lib_dir(tmp_path, *present)], "linux") == ["libxcb-cursor0"]


def test_ld_library_path_counts(tmp_path: Path) -> None:
    folder = lib_dir(tmp_path, *(soname for soname, _ in XCB_LIBRARIES))
    env = {**X11, "LD_LIBRARY_PATH": f"/nowhere:{folder}"}
    assert missing_xcb_libraries(env, [], "linux") == []


def test_only_when_qt_will_use_xcb(tmp_path: Path) -> None:
    empty = [lib_dir(tmp_path)]
    assert missing_xcb_libraries({"DISPLAY": ":0", "WAYLAND_DISPLAY": "w"}, empty, "linux") == []
    assert missing_xcb_libraries({"QT_QPA_PLATFORM": "offscreen", **X11}, empty, "linux") == []
    assert missing_xcb_libraries({"QT_QPA_PLATFORM": "xcb"}, empty, "linux") != []
    assert missing_xcb_libraries(X11, empty, "darwin") == []


def test_this_machine_has_them_all() -> None:
    # scripts/test installs them (scripts/lib/system_packages.sh): the real folders work.
    assert missing_xcb_libraries({"DISPLAY": ":0"}) == []


def test_the_message_gives_the_exact_install_line() -> None:
    text = missing_libraries_message(["libxcb-cursor0", "libxcb-icccm4"])
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4" in text
