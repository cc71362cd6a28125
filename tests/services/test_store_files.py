"""The stores' shared rules: set-aside names, JSON that can always be read back, plain words."""

from __future__ import annotations

import errno
import json
import math
import os
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flora_desktop.services.phrases import Phrase
from flora_desktop.services.store_files import (
    MAX_SET_ASIDE,
    StorageError,
    UnstorableValueError,
    describe_os_error,
    encode_json,
    find_unstorable,
    set_aside,
    storage_error,
)
from flora_desktop.services.store_notices import StoreNotices

WHEN = datetime(2026, 12, 3, 14, 15, 0, tzinfo=UTC)

# --- set aside ------------------------------------------------------------------------------------


def test_set_aside_uses_a_timestamped_name_and_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "presets.json"
    kept = []
    for content in (b"one", b"two", b"three"):
        path.write_bytes(content)
        kept.append(set_aside(path, now=lambda: WHEN))

    assert [p.name for p in kept] == [
        "presets.json.bad-20261203T141500",
        "presets.json.bad-20261203T141500-2",
        "presets.json.bad-20261203T141500-3",
    ]
    assert [p.read_bytes() for p in kept] == [b"one", b"two", b"three"]
    assert not path.exists()


def test_only_the_newest_copies_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    for day in range(1, MAX_SET_ASIDE + 4):
        path.write_text(str(day))
        moment = WHEN.replace(day=day)
        set_aside(path, now=lambda moment=moment: moment)  # type: ignore[misc]  # bound default

    left = sorted(p.read_text() for p in tmp_path.iterdir())
    assert left == sorted(str(d) for d in range(4, MAX_SET_ASIDE + 4))


def test_set_aside_raises_when_the_file_cannot_move(tmp_path: Path) -> None:
    with pytest.raises(OSError):  # noqa: PT011  (any OSError: the caller must not write)
        set_aside(tmp_path / "missing.json")


# --- JSON that can be read back -------------------------------------------------------------------

JSON_LEAVES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(),
)
JSON_VALUES = st.recursive(
    JSON_LEAVES,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)
BAD_LEAVES = st.sampled_from([math.inf, -math.inf, math.nan, 1e309, "Sp\ud800cial", "\udfff"])


@given(JSON_VALUES)
def test_storable_values_round_trip(value: Any) -> None:
    assert json.loads(encode_json(value)) == value


@st.composite
def with_a_bad_value(draw: st.DrawFn) -> tuple[Any, str]:
    """A JSON value with one bad leaf planted at a path; (value, that path)."""
    bad = draw(BAD_LEAVES)
    keys = draw(st.lists(st.text(alphabet="abc", min_size=1, max_size=3), max_size=3))
    value: Any = bad
    for key in reversed(keys):
        value = {key: value, "ok": draw(JSON_LEAVES)} if key != "ok" else {key: value}
    return value, ".".join(keys)


@given(with_a_bad_value())
def test_values_json_cannot_hold_are_refused_naming_where(case: tuple[Any, str]) -> None:
    value, where = case
    with pytest.raises(UnstorableValueError) as caught:
        encode_json(value)
    assert isinstance(caught.value.message, Phrase)
    assert caught.value.where == where
    assert find_unstorable(value) is not None


def test_a_lone_surrogate_in_a_key_is_refused() -> None:
    with pytest.raises(UnstorableValueError, match="broken character"):
        encode_json({"Evil \ud83d": 1})


# --- plain words ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (errno.ENOSPC, "The disk is full"),
        (errno.EDQUOT, "The disk is full"),
        (errno.EROFS, "read-only"),
        (errno.EACCES, "not allowed to write"),
        (errno.EPERM, "not allowed to write"),
        (errno.EIO, "The disk refused the file (Input/output error)"),
    ],
)
def test_disk_errors_are_plain_words(number: int, words: str, tmp_path: Path) -> None:
    error = storage_error(
        Phrase("Storage", "Your settings could not be saved."),
        OSError(number, os.strerror(number)),
        tmp_path,
    )
    assert isinstance(error, OSError)
    assert error.errno == number
    text = str(error)
    assert text.startswith("Your settings could not be saved. ")
    assert words in text
    assert "Errno" not in text
    assert describe_os_error(error) is error.message
    assert isinstance(StorageError(error.message).message, Phrase)


# --- said once ------------------------------------------------------------------------------------


def test_each_notice_is_said_once_from_any_thread() -> None:
    notices = StoreNotices()
    heard: list[str] = []
    notice = Phrase("Storage", "Your presets were kept as x.")
    threads = [threading.Thread(target=notices.tell, args=(notice,)) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    notices.tell(Phrase("Storage", "Another."))

    notices.listen(heard.append)  # notices told before anyone listened wait for them
    notices.tell(notice)

    assert heard == [str(notice), "Another."]
