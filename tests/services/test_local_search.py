"""LocalSearch answers exactly what a full scan answers, whatever order queries come in."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from flora_desktop.services.local_search import LocalSearch, narrows

_WORD = st.text(alphabet="abcß ", min_size=0, max_size=4)
_POOL = st.lists(st.text(alphabet="abcß ", max_size=12), max_size=30)


def _scan(pool: list[tuple[int, str]], words: tuple[str, ...]) -> list[int]:
    return [item for item, text in pool if all(w in text for w in words)]


@settings(max_examples=300, deadline=None)
@given(texts=_POOL, queries=st.lists(_WORD, min_size=1, max_size=12))
def test_every_answer_equals_a_full_scan(texts: list[str], queries: list[str]) -> None:
    # Typing, deleting and jumping between queries: narrowing and the memo never change
    # the answer, only how much of the pool is read.
    pool = list(enumerate(texts))
    search = LocalSearch(pool)
    for query in queries:
        words = tuple(query.split())
        assert search.find(words) == _scan(pool, words), words


def test_a_longer_word_narrows_and_a_shorter_one_does_not() -> None:
    assert narrows(("por",), ("port",))
    assert narrows(("por",), ("gold", "portrait"))
    assert narrows((), ("a",))
    assert not narrows(("port",), ("por",))
    assert not narrows(("gold", "por"), ("portrait",))


def test_a_typed_query_scans_only_the_previous_answer() -> None:
    seen: list[str] = []

    class Spy(str):
        def __contains__(self, word: object) -> bool:
            seen.append(str(self))
            return str.__contains__(self, word)  # type: ignore[operator]

    pool = [(i, Spy(text)) for i, text in enumerate(["portrait", "port", "gold", "pore"])]
    search = LocalSearch(pool)
    assert search.find(("po",)) == [0, 1, 3]
    seen.clear()
    assert search.find(("por",)) == [0, 1, 3]
    assert sorted(seen) == ["pore", "port", "portrait"]  # "gold" was not read again
    seen.clear()
    assert search.find(("po",)) == [0, 1, 3]
    assert seen == []  # backspace: answered from the memo
