"""Quotations: “…”, «…», „…“, "…", ‘…’ (nested), each with the footnote it cites.

A stack-based scan per paragraph. Apostrophes (it’s, Kagarlitsky’s) never close a
quotation: a ’ closes only an open ‘ and only when no letter follows it. A
quotation left open at the end of a paragraph whose next paragraph opens with
the same mark is the multi-paragraph convention (“… / “… / “…”): each piece
becomes a Quote, linked by ``part_of``, and all cite the footnote of the last.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from corpora.markers import Marker, find_markers, strip_markers
from corpora.types import Paragraph, Quote

# opening mark -> the marks that may close it
CLOSING: dict[str, str] = {"“": "”", "«": "»", "„": "“”", "‚": "‘’", "‘": "’", '"': '"', "‹": "›"}
_OPEN_BEFORE = set(" \t\n\u00a0\u202f([{-–—/:“‘«„‚\"‹")
_NOT_AFTER_DOUBLE = set(" \t\n\u00a0\u202f")
MAX_OPEN = 16
"""Quotations nest a few levels deep at most; a paragraph of unclosed marks (a crafted file, or a
text of inch signs) keeps only its innermost open marks, so the scan stays linear."""


@dataclass
class _Open:
    mark: str
    pos: int


@dataclass
class _Found:
    start: int  # offsets into the paragraph text
    end: int
    marks: str


def _last_closers(text: str) -> dict[str, int]:
    """For ‘ and ‚: the last position of a mark that could close them (-1: none)."""
    last = {"‘": -1, "‚": -1}
    for j in range(len(text) - 1, 0, -1):
        ch = text[j]
        if ch in "‘’" and (j + 1 >= len(text) or not text[j + 1].isalpha()) and text[j - 1] != " ":
            if ch == "’" and last["‘"] < 0:
                last["‘"] = j
            if last["‚"] < 0:
                last["‚"] = j
            if last["‘"] >= 0 and last["‚"] >= 0:
                break
    return last


def _can_open(text: str, i: int, last_closers: dict[str, int] | None = None) -> bool:
    mark = text[i]
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if mark in "«„‹":
        return True
    if before not in _OPEN_BEFORE and not (mark == "“" and not before.isalnum()):
        return False
    if mark in "“\"":
        return after not in _NOT_AFTER_DOUBLE
    # ‘ and ‚: only before a word, never ‘90s, and only if a closing ’ comes later
    if not (after.isalnum() or after in "«“\"(") or re.match(r"\d\ds\b", text[i + 1:i + 4]):
        return False
    # ... i.e. a closing mark at i + 2 or later (the last one is enough to know; computed once per paragraph)
    return (last_closers if last_closers is not None else _last_closers(text))[mark] >= i + 2


def _can_close(text: str, i: int, opener: str) -> bool:
    mark = text[i]
    if mark not in CLOSING[opener]:
        return False
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if mark in "’‘\"" and after.isalpha():  # an apostrophe (it’s) or a word-internal mark
        return False
    if mark == '"' and before in _NOT_AFTER_DOUBLE:
        return False
    return True


def _scan(text: str) -> tuple[list[_Found], list[_Open]]:
    """Closed quotations of one paragraph, and the marks still open at its end."""
    stack: list[_Open] = []
    found: list[_Found] = []
    last_closers: dict[str, int] | None = None
    for i, ch in enumerate(text):
        if ch not in "“”«»„‚‘’\"‹›":
            continue
        closed = False
        for depth in range(len(stack) - 1, max(-1, len(stack) - 1 - MAX_OPEN), -1):
            if _can_close(text, i, stack[depth].mark):
                opener = stack[depth]
                del stack[depth:]  # inner marks left open were not quotations
                found.append(_Found(opener.pos, i + 1, opener.mark + ch))
                closed = True
                break
            if ch in "’‘":  # a single closing mark only ever closes the innermost quotation
                break
        if not closed and ch in CLOSING:
            if ch in "‘‚" and last_closers is None:
                last_closers = _last_closers(text)
            if _can_open(text, i, last_closers):
                stack.append(_Open(ch, i))
                if len(stack) > 4 * MAX_OPEN:
                    del stack[:MAX_OPEN]
    return found, stack


def find_quotes(text: str, paragraphs: list[Paragraph]) -> list[Quote]:
    """Every quotation in the paragraphs of a document (``text``), in order of start."""
    per_paragraph: list[list[_Found]] = []
    chains: list[list[tuple[int, int]]] = []  # pieces of multi-paragraph quotations: (paragraph, item)
    running: tuple[str, int] | None = None  # (mark, chain) continued from the previous paragraph
    for p_index, paragraph in enumerate(paragraphs):
        found, still_open = _scan(paragraph.text)
        lead = len(paragraph.text) - len(paragraph.text.lstrip())
        chain_here = None
        if running is not None:
            for f_index, item in enumerate(found):
                if item.start == lead and item.marks[0] == running[0]:
                    chains[running[1]].append((p_index, f_index))
            chain_here = running
        running = None
        following = paragraphs[p_index + 1].text.lstrip()[:1] if p_index + 1 < len(paragraphs) else ""
        if still_open and still_open[0].mark == following:  # only the outermost may run on
            opened = still_open[0]
            found.append(_Found(opened.pos, len(paragraph.text), opened.mark))
            if chain_here is not None and opened.pos == lead and opened.mark == chain_here[0]:
                chain = chain_here[1]
            else:
                chains.append([])
                chain = len(chains) - 1
            chains[chain].append((p_index, len(found) - 1))
            running = (opened.mark, chain)
        per_paragraph.append(found)
    return _to_quotes(paragraphs, per_paragraph, chains)


def _to_quotes(
    paragraphs: list[Paragraph], per_paragraph: list[list[_Found]], chains: list[list[tuple[int, int]]]
) -> list[Quote]:
    cites: dict[tuple[int, int], int | None] = {}
    first_of: dict[tuple[int, int], tuple[int, int]] = {}
    depths: dict[tuple[int, int], int] = {}
    for p_index, found in enumerate(per_paragraph):
        markers = find_markers(paragraphs[p_index].text)
        starts = [marker.start for marker in markers]
        for f_index, item in enumerate(found):
            cites[(p_index, f_index)] = _cited(paragraphs[p_index].text, item, markers, starts)
        for f_index, depth in enumerate(_depths(found)):
            depths[(p_index, f_index)] = depth
    for chain in chains:
        for key in chain:
            cites[key] = cites[chain[-1]]
            first_of[key] = chain[0]
    keys = [(p, f) for p, found in enumerate(per_paragraph) for f in range(len(found))]
    keys.sort(key=lambda k: (k[0], per_paragraph[k[0]][k[1]].start))
    ids = {key: f"q{i}" for i, key in enumerate(keys)}
    quotes = []
    for i, (p_index, f_index) in enumerate(keys):
        paragraph, item = paragraphs[p_index], per_paragraph[p_index][f_index]
        depth = depths[(p_index, f_index)]
        inner = paragraph.text[item.start + 1:item.end - (len(item.marks) > 1)]
        quotes.append(Quote(
            id=ids[(p_index, f_index)], index=i, paragraph=paragraph.index,
            start=paragraph.start + item.start, end=paragraph.start + item.end,
            text=" ".join(strip_markers(inner).split()), marks=item.marks, depth=depth,
            footnote=cites[(p_index, f_index)],
            part_of=ids[first_of[(p_index, f_index)]] if (p_index, f_index) in first_of else None,
        ))
    return quotes


def _depths(found: list[_Found]) -> list[int]:
    """For each quotation, how many others enclose it (start before it, end at or after its end).

    The scan's quotations nest or are disjoint, so one sweep in order of start with a stack of the
    enclosing ones does it (comparing all pairs took minutes for a paragraph of many quotations).
    """
    order = sorted(range(len(found)), key=lambda k: (found[k].start, -found[k].end))
    depths = [0] * len(found)
    stack: list[_Found] = []
    for k in order:
        item = found[k]
        while stack and stack[-1].end < item.end:
            stack.pop()
        depths[k] = sum(1 for other in stack if other.start < item.start)
        stack.append(item)
    return depths


def _cited(text: str, item: _Found, markers: list[Marker], starts: list[int] | None = None) -> int | None:
    """The nearest marker after the quotation in its paragraph, or one right before its closing mark."""
    closed = len(item.marks) > 1
    # Markers that start at or before the quotation's start can satisfy neither condition below.
    first = bisect.bisect_right(starts, item.start) if starts is not None else 0
    for marker in markers[first:]:
        if marker.start >= item.end:
            return marker.number
        inside_at_tail = (
            closed and item.start < marker.start and marker.end <= item.end - 1
            and not text[marker.end:item.end - 1].strip(" .,;:!?…")
        )
        if inside_at_tail:
            return marker.number
    return None
