"""Word search over a fixed pool of (item, search text) pairs, narrowing as the user types.

Typing mostly extends the query ("por" -> "port"), and a longer word can only match fewer
items: each keystroke then scans the previous answer, not the whole pool. Backspace and
corrections go back to queries answered a moment ago, kept in a small recent-answers memo.
With 50k techniques a scan of the pool is ~10-25 ms of Python; a narrowed scan or a memo
hit is a fraction of that (benchmarks/search_scale.py).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from typing import Generic, TypeVar

__all__ = ["LocalSearch", "narrows"]

T = TypeVar("T")

# Recent answers kept: enough for a word typed and deleted again, small in memory (each
# answer is a list of references to pairs already in the pool).
MEMO_SIZE = 24

Words = tuple[str, ...]


def narrows(old: Words, new: Words) -> bool:
    """Whether every match of ``new`` is a match of ``old`` (each old word is inside a new one)."""
    return all(any(before in after for after in new) for before in old)


class LocalSearch(Generic[T]):
    """The items of ``pool`` whose search text holds every query word, in pool order.

    Words must already be case-folded like the search texts. The pool is never changed in
    place: a new pool means a new ``LocalSearch``.
    """

    def __init__(self, pool: Sequence[tuple[T, str]]) -> None:
        self._pool = pool
        self._memo: OrderedDict[Words, list[tuple[T, str]]] = OrderedDict()

    def find(self, words: Words) -> list[T]:
        hits = self._memo.get(words)
        if hits is None:
            hits = self._scan(words)
            self._memo[words] = hits
            if len(self._memo) > MEMO_SIZE:
                self._memo.popitem(last=False)
        else:
            self._memo.move_to_end(words)
        return [item for item, _ in hits]

    def _scan(self, words: Words) -> list[tuple[T, str]]:
        candidates: Sequence[tuple[T, str]] = self._pool
        # The smallest recent answer this query narrows (the last one, while typing on).
        for old in reversed(self._memo):
            if narrows(old, words) and len(self._memo[old]) < len(candidates):
                candidates = self._memo[old]
        if len(words) == 1:
            word = words[0]
            return [pair for pair in candidates if word in pair[1]]
        return [pair for pair in candidates if all(w in pair[1] for w in words)]
