"""Split a sentence into clauses, so that a dropped or added clause can be looked for.

Embeddings of a whole long sentence hardly move when one clause of five goes missing; the
clause itself, compared with the other side, does (docs/drift.md). The split is punctuation
based (commas, semicolons, colons, dashes, brackets) because it must work the same way in
English, French, German and Russian; pieces shorter than ``min_words`` are merged into a
neighbour so that no "clause" is a lone word.
"""

from __future__ import annotations

import re

from alignment import language_data
from alignment.language_data import derived
from corpora.language import base_code

_BREAK = re.compile(r"\s*(?:[,;:]\s|\s[-–—]\s|[()]|\s[«»“”\"]\s?)\s*")
_WORD = re.compile(r"\w+", re.UNICODE)


def split_clauses(text: str, min_words: int = 3) -> list[tuple[int, int]]:
    """Clause spans ``(start, end)`` of ``text`` in order; the whole text when it has one clause."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _BREAK.finditer(text):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    spans = [(s, e) for s, e in (_trim(text, s, e) for s, e in spans) if e > s]
    if not spans:
        return [(0, len(text))] if text.strip() else []
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and (_words(text, *merged[-1]) < min_words or _words(text, s, e) < min_words):
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    if len(merged) > 1 and _words(text, *merged[-1]) < min_words:
        last = merged.pop()
        merged[-1] = (merged[-1][0], last[1])
    return merged


def _words(text: str, start: int, end: int) -> int:
    return len(_WORD.findall(text[start:end]))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ".,;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


def clause_windows(text: str, max_len: int = 3, min_words: int = 3) -> list[tuple[int, int]]:
    """Spans of 1..``max_len`` consecutive clauses (the whole text included), for matching."""
    clauses = split_clauses(text, min_words=min_words)
    out: list[tuple[int, int]] = []
    for i in range(len(clauses)):
        for n in range(1, max_len + 1):
            if i + n <= len(clauses):
                out.append((clauses[i][0], clauses[i + n - 1][1]))
    whole = (0, len(text))
    if clauses and whole not in out:
        out.append(_trim(text, 0, len(text)))
    return list(dict.fromkeys(out))


_CLAUSE_END = re.compile(r"[,;:.!?()«»“”\"—–]")


def restriction_clauses(text: str, lang: str) -> list[tuple[int, int]]:
    """The clauses of ``text`` that narrow its claim, each from its opener (``data/wordcover.json``,
    'restriction_openers': «если», «до получения», «где», "unless") to the next mark of punctuation."""
    pattern = _restriction_openers(base_code(lang, ""))
    if pattern is None:
        return []
    spans: list[tuple[int, int]] = []
    for m in pattern.finditer(text):
        if spans and m.start() < spans[-1][1]:
            continue  # an opener inside a clause already taken («только при условии»)
        stop = _CLAUSE_END.search(text, m.end())
        spans.append((m.start(), stop.start() if stop else len(text.rstrip())))
    return spans


@derived
def _restriction_openers(lang: str) -> re.Pattern[str] | None:
    """The language's 'restriction_openers' as one pattern, longest first, compiled once (None: none)."""
    openers = language_data.words_in_order("wordcover", "restriction_openers", lang)
    if not openers:
        return None
    alternatives = "|".join(re.escape(o) for o in sorted(openers, key=len, reverse=True))
    return re.compile(r"(?<![^\W_])(?:" + alternatives + r")(?![^\W_])", re.IGNORECASE)
