"""Lists of three items or more ("nickel, copper and sulphates"), so that an item added to or
dropped from a list can be named.

A list item is a small piece of a sentence: the sentence encoder barely moves when "cobalt" joins
"nickel, copper and sulphates", and the clause-based omission and addition checks see no clause
to miss. Counting the items of each side's list, and asking which item has no word the other side
translates, does. Lists are found by their punctuation: items of at most ``MAX_ITEM_WORDS`` words
parted by commas, the last joined by a conjunction (``data/wordcover.json``, 'list_conjunctions').
"""

from __future__ import annotations

import re

from alignment import language_data
from alignment.drift_types import Span
from corpora.language import base_code

MAX_ITEM_WORDS = 4
"""The last item, with more content words than this, is a clause, not a list item."""
MAX_MIDDLE_WORDS = 3
"""An item before the last, with more content words than this, is the head of the sentence and
the first item (content words: ``alignment.wordcover.content_words``)."""

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_STOP = re.compile(r"[,;:.!?()«»“”\"—–]")


def list_items(text: str, lang: str) -> list[Span]:
    """The items of the longest list of ``text`` (three items or more), in order; [] for none."""
    conjunctions = language_data.words("wordcover", "list_conjunctions", base_code(lang, ""))
    best: list[Span] = []
    for m in _WORD.finditer(text):
        if m.group().lower() not in conjunctions:
            continue
        items = _items_before(text, m.start(), lang, conjunctions)
        if len(items) < 2:
            continue
        # the last item runs on into the rest of the sentence ("feed and walk the animals must be
        # made …"): it is taken as long as the middle items are, and a word more
        longest_middle = max(_words(text[a:b]) for a, b in items[1:])
        last = _item_after(text, m.end(), lang, longest_middle + 1)
        if last is not None and len(items) + 1 > len(best):
            best = [*items, last]
    return best


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _content(piece: str, lang: str) -> int:
    from alignment.wordcover import content_words

    return len(content_words(piece, lang))


def _item_after(text: str, at: int, lang: str, cut_at: int) -> Span | None:
    """The last item, after the conjunction at ``at``: up to the next stop, or its first ``cut_at``
    words where that piece is too long for an item."""
    stop = _STOP.search(text, at)
    end = stop.start() if stop else len(text)
    start = at + len(text[at:end]) - len(text[at:end].lstrip())
    piece = text[start:end]
    if _words(piece) < 1:
        return None
    if _content(piece, lang) > MAX_ITEM_WORDS or _words(piece) > cut_at + 3:
        words = list(_WORD.finditer(piece))
        end = start + words[min(cut_at, len(words)) - 1].end()
    if _content(text[start:end], lang) == 0:
        return None  # «…, и она, по словам знакомых, …»: a clause goes on, no item
    return start, end


def _items_before(text: str, at: int, lang: str, conjunctions: frozenset[str]) -> list[Span]:
    """Comma-parted items ending right before a conjunction at ``at``, in order. A piece too long
    for an item, one with a verb (Russian, pymorphy3: finite or infinitive) or one with a
    conjunction of its own is the head of the sentence ending in the first item ("The water …
    carries nickel"): its last word stands for that item."""
    items: list[Span] = []
    end = len(text[:at].rstrip(" ,"))
    while end > 0:
        comma = _last_comma(text, end)
        other = max(text.rfind(c, 0, end) for c in ";:.!?()«»“”\"—–")
        start = max(comma, other) + 1
        piece = text[start:end]
        if not piece.strip():
            break
        joined = any(w.lower() in conjunctions for w in _WORD.findall(piece))
        if _content(piece, lang) > MAX_MIDDLE_WORDS or _has_verb(piece, lang) or joined:
            last = list(_WORD.finditer(piece))[-1]
            items.append((start + last.start(), start + last.end()))
            break
        items.append((start + len(piece) - len(piece.lstrip()), end))
        if comma < 0 or comma < other:
            break
        end = comma
    return items[::-1]


def _last_comma(text: str, end: int) -> int:
    """The last comma before ``end`` that parts words, not the digits of one figure (1,400; 35,4)."""
    comma = text.rfind(",", 0, end)
    while comma > 0 and text[comma - 1].isdigit() and text[comma + 1:comma + 2].isdigit():
        comma = text.rfind(",", 0, comma)
    return comma


def _has_verb(piece: str, lang: str) -> bool:
    if base_code(lang, "") != "ru":
        return False
    from alignment.wordcover import morph_analyzer

    return any({"VERB", "INFN"} & set(morph_analyzer().parse(w.lower())[0].tag.grammemes)
               for w in _WORD.findall(piece))
