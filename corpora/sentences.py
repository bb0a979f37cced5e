"""Sentence boundaries for English, French and Russian (and a fair guess for others).

A maintained segmenter proposes boundaries (razdel by default: measured best on
our gold files, see docs/segmentation.md). Rules of our own then remove the
boundaries it gets wrong (abbreviations, initials, a lower-case continuation,
a closing quotation mark or ", he said" after a quoted sentence, URLs) and add
the ones it misses (a sentence end inside a quotation, an ellipsis followed by
a capital), except after a short abbreviation-like word, where the segmenter's
own word lists decide. Input is one paragraph with footnote markers masked out.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from corpora.abbreviations import kind_of
from corpora.footnotes import URL_RE
from corpora.limits import MAX_SENTENCE_CHARS

Span = tuple[int, int]

# Picked by measurement on tests/corpora/data/segmentation (benchmarks/segmentation_f1.py).
DEFAULT_ENGINE: dict[str, str] = {"en": "razdel", "fr": "razdel", "ru": "razdel"}

UPPER = r"A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ"
SPACES = " \t\n\u00a0\u202f\u2009"

_URL_RE = re.compile(URL_RE.pattern + r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")  # URLs and e-mail addresses
# The patterns below are also written out as SRX rules (corpora/exporters/srx.py).
SENTENCE_END = r"(?:[.!?…]+|\.{3})(?:[ \u00a0\u202f]?[”’»\"')\]])*"
"""Terminal punctuation, then closing marks (French puts a space before them)."""
BREAK_SPACE = r"[ \t\n\u00a0\u202f]+"
NEXT_START = rf"[“«„\"(‘]?[ \u00a0\u202f]?[{UPPER}]"
"""What a sentence starts with: an opening mark or none, then a capital."""
INITIAL = rf"(?:^|[\s(“«„\"'‘\-–—])[{UPPER}]\."
"""A capital and a full stop after a space or an opening mark: "B. Kagarlitsky", "J.-P. Roussel"."""
_END_RE = re.compile(SENTENCE_END + rf"(?={BREAK_SPACE})")
_START_RE = re.compile(rf"{BREAK_SPACE}(?={NEXT_START})")
_ENDS_LIKE_SENTENCE_RE = re.compile(r"[.!?…](?:[ \u00a0\u202f]?[”’»\"')\]])*$")
_INITIAL_RE = re.compile(INITIAL + "$")
_SHORT_ABBREVIATION_RE = re.compile(r"(?:^|[\s(“«„\"'‘’])(?:[^\W\d_]{1,3}|(?:[^\W\d_]\.)+[^\W\d_])\.$")
_WORD_BEFORE_DOT_RE = re.compile(r"(?:^|[\s(“«„\"'‘’])([^\s(“«„\"'‘’]+)\.$")
_WORD_RE = re.compile(r"\w")
LOOKBEHIND = 300
"""How much text before a candidate boundary the rules look at. Every rule reads only the end of
it; copying (and regex-scanning) all of the text before each boundary made a long paragraph cost
time in the square of its length (a minute for 100 KB of short sentences)."""
_TWO_WORDS_BEFORE_DOT_RE = re.compile(r"(?:^|[\s(“«„\"'‘’])([^\s(“«„\"'‘’]+\s[^\s(“«„\"'‘’]+)\.$")


RAZDEL_PIECE = 50_000
"""razdel joins the pieces of a sentence by string concatenation, which costs time in the square of
the sentence's length: a paragraph longer than this (no real one is) goes to it in pieces, cut after
a sentence end where there is one."""


def _pieces(text: str, size: int) -> list[tuple[int, str]]:
    """(offset, piece) with pieces of at most about ``size`` characters, cut at a space after an end
    mark if possible, else at a space, else anywhere."""
    out, pos = [], 0
    while len(text) - pos > size:
        window = text[pos:pos + size]
        cut = max(window.rfind(". "), window.rfind("! "), window.rfind("? "), window.rfind("… "))
        cut = cut + 1 if cut > size // 2 else window.rfind(" ")
        cut = cut if cut > size // 2 else size
        out.append((pos, text[pos:pos + cut]))
        pos += cut
    out.append((pos, text[pos:]))
    return out


def base_boundaries(text: str, lang: str, engine: str = "razdel") -> list[int]:
    """Sentence starts (after the first) proposed by a third-party segmenter."""
    if engine == "none":
        return []
    if engine == "razdel":
        import razdel

        starts = []
        for offset, piece in _pieces(text, RAZDEL_PIECE):
            starts.extend(offset + s.start for s in razdel.sentenize(piece))
    elif engine == "pysbd":
        starts = [s.start for s in _pysbd(lang).segment(text)]
    elif engine == "sentencex":
        from sentencex import segment

        starts, pos = [], 0
        for piece in segment(lang, text):
            found = text.find(piece.strip(), pos) if piece.strip() else -1
            if found >= 0:
                starts.append(found)
                pos = found + len(piece.strip())
    else:
        raise ValueError(f"unknown sentence segmenter {engine!r}")
    return sorted({_skip_space(text, s) for s in starts if 0 < s < len(text)} - {len(text)})


@lru_cache(maxsize=8)
def _pysbd(lang: str):  # type: ignore[no-untyped-def]
    import pysbd

    try:
        return pysbd.Segmenter(language=lang, clean=False, char_span=True)
    except ValueError:
        return pysbd.Segmenter(language="en", clean=False, char_span=True)


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in SPACES:
        pos += 1
    return pos


def rule_boundaries(text: str) -> list[int]:
    """Sentence starts that punctuation alone suggests: an end mark, space, then a capital."""
    starts = []
    for end in _END_RE.finditer(text):
        after = _START_RE.match(text, end.end())
        if after:
            starts.append(after.end())
    return starts


def url_spans(text: str) -> list[Span]:
    """Spans of URLs and e-mail addresses (no boundary may fall inside one)."""
    spans = []
    for m in _URL_RE.finditer(text):
        end = m.end()
        while end > m.start() and text[end - 1] in ".,;:!?)]":
            end -= 1
        spans.append((m.start(), end))
    return spans


def _inside(pos: int, spans: list[Span]) -> bool:
    """Whether ``pos`` falls strictly inside one of the spans (sorted, not overlapping)."""
    k = bisect.bisect_left(spans, (pos,)) - 1  # the last span that starts before pos
    return k >= 0 and spans[k][0] < pos < spans[k][1]


def _left_of(text: str, pos: int) -> tuple[str, bool]:
    """The end of the text before ``pos`` without trailing spaces (``LOOKBEHIND`` characters or more),
    and whether spaces were stripped (i.e. a space stands right before ``pos``)."""
    start = max(0, pos - LOOKBEHIND)
    left = text[start:pos].rstrip(SPACES)
    while not left and start > 0:  # only spaces in the window: look further back
        start = max(0, start - 4 * LOOKBEHIND)
        left = text[start:pos].rstrip(SPACES)
    return left, start + len(left) != pos


def is_false_boundary(text: str, pos: int, lang: str, urls: list[Span] | None = None) -> bool:
    """True when a sentence should not start at ``pos`` (why: see the rules inline)."""
    left, spaced = _left_of(text, pos)
    right = text[pos:pos + LOOKBEHIND]
    if not left or (not right.strip() and not text[pos:].strip()):
        return True
    if not spaced:  # no space before it: "4.5", "29.06.2014", "rabkor.ru"
        return True
    if _inside(pos, urls if urls is not None else url_spans(text)):
        return True
    first = right[0]
    if first in "”’»)]},;:" or first.islower():  # closing mark, ", he said", lower-case continuation
        return True
    if first in "-–—" and re.match(r"[-–—][ \u00a0]+[a-zà-ÿа-яё]", right):  # «…», — сказал он.
        return True
    if not _ENDS_LIKE_SENTENCE_RE.search(left):
        return True  # the left part does not end like a sentence at all
    if left.endswith(".") and not left.endswith(".."):
        if _INITIAL_RE.search(left):  # "B. Kagarlitsky", "Б. Кагарлицкий", "J.-P. Roussel"
            return True
        for token in _tokens_before_dot(left):
            kind = kind_of(token.lower(), lang)
            if kind == "title":
                return True
            if kind == "number" and first.isdigit():
                return True
            if kind == "anywhere" and (first.isdigit() or first.islower()):
                return True
    return False


def _ends_with_short_abbreviation(left: str) -> bool:
    """A dot after a word of at most three letters or after an acronym ("U.S."), not an initial."""
    return bool(_SHORT_ABBREVIATION_RE.search(left)) and not _INITIAL_RE.search(left)


def _tokens_before_dot(left: str) -> list[str]:
    tokens = []
    for regex in (_WORD_BEFORE_DOT_RE, _TWO_WORDS_BEFORE_DOT_RE):
        m = regex.search(left)
        if m:
            tokens.append(m.group(1))
    return tokens


def split_sentences(
    text: str,
    lang: str,
    engine: str = "razdel",
    fix: bool = True,
) -> list[Span]:
    """Spans of the sentences in ``text`` (one paragraph), without surrounding spaces.

    ``engine`` picks the third-party segmenter; ``fix=False`` gives its raw output
    (for the benchmark). A sentence longer than ``MAX_SENTENCE_CHARS`` (a list or a table without
    end marks) comes back in pieces of at most that size, cut at white space.
    """
    flat = text.replace("\n", " ")
    proposed = base_boundaries(flat, lang, engine)
    if fix:
        urls = url_spans(flat)
        base_set = set(proposed)
        starts: list[int] = []
        word_since = (0, 0, False)  # (sentence start, scanned up to, a word seen in between)
        for pos in sorted(base_set | set(rule_boundaries(flat))):
            if is_false_boundary(flat, pos, lang, urls):
                continue
            if pos not in base_set and _ends_with_short_abbreviation(_left_of(flat, pos)[0]):
                continue  # "в с. Покровском", "the U.S. Room": the segmenter's word list knows better
            begin = starts[-1] if starts else 0
            if word_since[0] != begin:
                word_since = (begin, begin, False)
            if not word_since[2]:  # each stretch of text is searched once
                word_since = (begin, pos, bool(_WORD_RE.search(flat, word_since[1], pos)))
            if not word_since[2]:
                continue  # "(…)" alone is not a sentence: it joins the next one
            starts.append(pos)
    else:
        starts = proposed
    return [piece for span in _spans(flat, starts) for piece in cut_long(flat, span)]


def cut_long(text: str, span: Span, size: int = MAX_SENTENCE_CHARS) -> list[Span]:
    """``span`` in pieces of at most ``size`` characters, each cut at the last white space that
    fits (anywhere if there is none), without the white space around the cuts."""
    begin, end = span
    pieces = []
    while end - begin > size:
        cut = max(text.rfind(ch, begin + 1, begin + size + 1) for ch in SPACES)
        if cut <= begin:
            cut = begin + size  # no white space: cut anywhere
            pieces.append((begin, cut))
        else:
            stop = cut
            while stop > begin and text[stop - 1] in SPACES:
                stop -= 1
            pieces.append((begin, stop))
        begin = _skip_space(text, cut)
    pieces.append((begin, end))
    return pieces


def _spans(text: str, starts: list[int]) -> list[Span]:
    spans = []
    edges = [0, *starts, len(text)]
    for begin, end in zip(edges, edges[1:], strict=False):
        while begin < end and text[begin] in SPACES:
            begin += 1
        while end > begin and text[end - 1] in SPACES:
            end -= 1
        if end > begin:
            spans.append((begin, end))
    return spans
