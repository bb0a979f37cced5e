"""Stretches of words to try leaving out of a sentence that has no clause boundary to cut at.

A clause dropped from a translation often leaves a source sentence with no comma at all ("Nobody
in the village believed that the war would end before winter." against «Никто в деревне не
верил.»): there is no clause to leave out, yet the sentence is longer than this document's norm
by about the length of what is missing. The candidates are runs of whole words of about that
length, at the start, at the end and in between, so that the leave-one-out gain can find the run
whose removal makes the pair match (``alignment.drift.clause_coverage``).
"""

from __future__ import annotations

import re

from alignment.drift_types import Span

_WORD = re.compile(r"\S+")
_EDGE_PUNCT = " ,;:.!?«»“”\"()–—-"


def length_guided_cuts(text: str, excess_chars: float, min_words: int = 3, max_share: float = 0.7,
                       max_cuts: int = 8) -> list[Span]:
    """Spans of consecutive words about ``excess_chars`` long (×1 and ×0.7), at most ``max_cuts``.

    A run shorter than ``min_words`` words or longer than ``max_share`` of the text is not tried
    (what is left must still be a sentence to compare).
    """
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    if len(words) < min_words + 1 or excess_chars <= 0:
        return []
    edges: list[Span] = []
    middles: list[Span] = []
    for share in (1.0, 0.7):
        chars = excess_chars * share
        last = len(words) - 1
        tail = min(range(len(words)), key=lambda i: abs(words[last][1] - words[i][0] - chars))
        runs = [(i, _run_end(words, i, chars)) for i in range(len(words))]
        runs = [(i, j) for i, j in runs if j is not None and j < last] + [(tail, last)]
        runs = [(i, j) for i, j in runs if min_words <= j - i + 1 <= max_share * len(words)]
        edges += [r for r in runs if r[0] == 0 or r[1] == last]
        inner = [r for r in runs if r[0] > 0 and r[1] < last]
        stride = max(1, len(inner) // 3)
        middles += inner[stride // 2::stride][:3]
    # edges first: a clause dropped at the start or end of a sentence is the commonest case
    spans = [_trim(text, words[i][0], words[j][1]) for i, j in edges + middles]
    return [span for span in dict.fromkeys(spans) if span[1] > span[0]][:max_cuts]


def _run_end(words: list[tuple[int, int]], first: int, chars: float) -> int:
    """The last word of the run from ``first`` whose length comes closest to ``chars``."""
    best, best_off = first, None
    for j in range(first, len(words)):
        off = abs(words[j][1] - words[first][0] - chars)
        if best_off is not None and off > best_off:
            break
        best, best_off = j, off
    return best


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCT:
        end -= 1
    return start, end
