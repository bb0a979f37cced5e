"""Long quotations, part by part: each sentence gets its passage, and the quotation its verdict from them.

A quotation of many sentences, or one cut with ellipses ("… 4.5 million inhabitants. (…) I can
honestly say …"), rarely matches one window of the source as a whole: the author skipped
sentences, or the source says a little more. It is cut into *parts* (its sentences, and the
pieces between ellipses; a part of fewer than ``MIN_PART_WORDS`` words joins its neighbour), and
each part is looked up on its own. The parts that stand out among all candidates (``clear``)
fix the document and the place; every other part is then looked for *near them, in order*
(between the passages of the parts around it), where a weaker match is enough (``nearby``): the
author quotes one passage, in order, so a sentence next to its neighbours' sources is far
likelier to be its own source than a look-alike elsewhere.

A quotation is located when most of its parts are, or when at least two stand out in one
place; the parts that are not are named ("partial"), never the whole quotation called "no
source found".
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

ELLIPSIS = re.compile(r"\s*(?:[(\[]\s*(?:…|\.\.\.)\s*[)\]]|(?<!\S)(?:…|\.\.\.)(?!\S))\s*")
"""An omission marked by the author: "(…)", "[…]", "(...)", or a free-standing "…"."""
MIN_PART_WORDS = 4
"""A sentence shorter than this ("Silence!", "Not one!") is matched with its neighbour."""

CLEAR, NEARBY = "clear", "nearby"


@dataclass
class QuotePart:
    """One part of a long quotation and the passage found for it (``span`` None: not found)."""

    index: int
    text: str
    start: int
    """Offset of the part in the quotation."""
    sentences: int
    span: object | None = None
    """The ``SourceSpan`` of its passage."""
    score: float = 0.0
    z: float = 0.0
    how: str = ""
    """``CLEAR`` (stands out among all candidates) or ``NEARBY`` (the best match between its
    neighbours' passages), empty when not found."""
    kinds: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    spans: list[dict[str, list[list[int]]]] = field(default_factory=list)
    """The words each of its drift signals names: ``source_spans`` in the passage's text,
    ``target_spans`` in the part's text (``span_record``), for the workbench to highlight."""
    unplaced: str = ""
    """Why a passage found for it was given up (a look-alike lacking what it says), if one was."""


def quote_sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?…])[»”\"')]*\s+(?=[«“\"(‘]?[A-ZА-ЯЁ(«“])", text.strip())
    return [p for p in parts if p.strip()] or [text]


def _word_count(text: str) -> int:
    return len(re.findall(r"[^\W_]+", text))


def split_parts(text: str) -> list[QuotePart]:
    """The parts of a quotation: its sentences, cut at ellipses too, short ones joined to a neighbour."""
    out: list[QuotePart] = []
    pos = 0
    for segment in ELLIPSIS.split(text):
        if not segment.strip():
            continue
        pieces: list[str] = []
        for sentence in quote_sentences(segment):
            short = min(_word_count(sentence), _word_count(pieces[-1])) if pieces else MIN_PART_WORDS
            if short < MIN_PART_WORDS:
                pieces[-1] = f"{pieces[-1]} {sentence}"
                continue
            pieces.append(sentence)
        for piece in pieces:
            head = piece.split(" ", 1)[0]
            start = text.find(piece, pos)
            start = text.find(head, pos) if start < 0 else start
            start = pos if start < 0 else start
            out.append(QuotePart(len(out), piece, start, len(quote_sentences(piece))))
            pos = start + len(head)
    return out or [QuotePart(0, text, 0, 1)]


def has_ellipsis(text: str) -> bool:
    return ELLIPSIS.search(text) is not None


def needs_parts(text: str, max_sentences: int) -> bool:
    """Matched part by part: more sentences than a window holds, or cut by an ellipsis."""
    parts = split_parts(text)
    return len(parts) > 1 and (has_ellipsis(text) or len(quote_sentences(text)) > max_sentences)


@dataclass
class PartLookup:
    """What one part's own lookup found: the best candidate and whether it stands out."""

    best: int
    score: float
    z: float
    margin: float
    clear: bool
    z_row: np.ndarray
    fair: np.ndarray
    row: np.ndarray
    """Cosine similarity of the part to every candidate."""


def locate_parts(parts: list[QuotePart], lookups: Sequence[PartLookup], candidates: Sequence[object],
                 nearby_min_z: float) -> tuple[int | None, bool]:
    """Give each part its passage (filling ``parts`` in place); return (document, located).

    The document is the one with most clear parts (then the higher z); clear parts far from
    the others there are set aside; every other part takes the best candidate between the
    passages of the parts before and after it, when that stands ``nearby_min_z`` above the null.
    """
    n = len(parts)
    clear = [k for k, lk in enumerate(lookups) if lk.clear]
    if not clear:
        return None, False
    votes: dict[int, list[int]] = {}
    for k in clear:
        votes.setdefault(candidates[lookups[k].best].doc_index, []).append(k)  # type: ignore[attr-defined]
    doc, members = max(votes.items(), key=lambda kv: (len(kv[1]), sum(lookups[k].z for k in kv[1])))
    firsts = [candidates[lookups[k].best].sentence_ids[0] for k in members]  # type: ignore[attr-defined]
    reach = 2 * n + 2
    centre = float(np.median(firsts))
    if not any(abs(first - centre) <= reach for first in firsts):
        # clear parts scattered over the document (two of them far apart): the median falls
        # between them, so the clearest part is the centre instead
        centre = float(firsts[max(range(len(members)), key=lambda j: lookups[members[j]].z)])
    placed: dict[int, tuple[int, ...]] = {}
    for k, first in zip(members, firsts, strict=True):
        if abs(first - centre) <= reach:
            placed[k] = candidates[lookups[k].best].sentence_ids  # type: ignore[attr-defined]
            _place(parts[k], candidates[lookups[k].best], lookups[k], lookups[k].best, CLEAR)
    anchors = len(placed)
    for k in range(n):
        if k in placed:
            continue
        before = [j for j in placed if j < k]
        after = [j for j in placed if j > k]
        lo = placed[max(before)][-1] if before else placed[min(after)][0] - (min(after) - k) - 2
        hi = placed[min(after)][0] if after else placed[max(before)][-1] + (k - max(before)) + 2
        lk = lookups[k]
        pool = [c for c, cand in enumerate(candidates)
                if lk.fair[c] and cand.doc_index == doc  # type: ignore[attr-defined]
                and lo <= cand.sentence_ids[0] and cand.sentence_ids[-1] <= hi]  # type: ignore[attr-defined]
        if not pool:
            continue
        best = max(pool, key=lambda c: lk.z_row[c])
        if lk.z_row[best] >= nearby_min_z:
            placed[k] = candidates[best].sentence_ids  # type: ignore[attr-defined]
            _place(parts[k], candidates[best], lk, best, NEARBY)
    located = sum(p.span is not None for p in parts)
    return doc, anchors >= 2 or (anchors >= 1 and located >= math.ceil(n / 2))


def _place(part: QuotePart, span: object, lookup: PartLookup, index: int, how: str) -> None:
    part.span, part.how = span, how
    part.z = float(lookup.z_row[index])
    part.score = float(lookup.row[index])


GAP_WORDS = 3
"""Source text of at least this many words between two parts' passages, where the quotation has
no ellipsis, was left out silently."""


def silent_gaps(parts: Sequence[QuotePart], quote: str, source_text: str) -> None:
    """Note, on the part before it, what the source says between two consecutive parts' passages
    when the quotation marks no omission there ("I ordered that they be enrolled in the militia."
    for "…приказ принимать их в ополчение — но пока только во вспомогательные службы")."""
    from corpora.excerpt import clip

    placed = [p for p in parts if p.span is not None]
    for a, b in zip(placed, placed[1:], strict=False):
        start, end = a.span.end, b.span.start  # type: ignore[attr-defined]
        between = quote[a.start + len(a.text):b.start]
        if end <= start or has_ellipsis(between) or b.index != a.index + 1:
            continue
        gap = source_text[start:end].strip(" \n\t—–-:;,.!?»«“”")
        if _word_count(gap) >= GAP_WORDS:
            a.kinds = sorted({*a.kinds, "omission"})
            a.reasons.append(f"omission: the passage goes on with “{clip(gap, 80)}” before the next part, "
                             "and the quotation marks no “(…)” there")


def part_records(parts: Sequence[QuotePart]) -> list[dict[str, object]]:
    """Each part as the CLI's JSON and the stored evidence give it: its text, its passage (file,
    offsets, text) or none, how it was placed, and its drift kinds and reasons."""
    from alignment.figures import stored

    out: list[dict[str, object]] = []
    for p in parts:
        span = p.span
        passage = None if span is None else {
            "file": span.doc_name, "start": span.start, "end": span.end,  # type: ignore[attr-defined]
            "sentence_ids": list(span.sentence_ids), "text": span.text}  # type: ignore[attr-defined]
        out.append({"part": p.index + 1, "text": p.text, "found": p.how or None, "passage": passage,
                    "z": stored(p.z) if span is not None else None, "kinds": list(p.kinds),
                    "reasons": list(p.reasons), "signals": list(p.spans), "unplaced": p.unplaced or None})
    return out


def span_record(signal: object) -> dict[str, list[list[int]]]:
    """The words a drift signal names, as stored evidence: passage side ``source_spans``, quotation
    side ``target_spans`` (the shape ``workbench.render.evidence_spans`` reads)."""
    return {"source_spans": [list(s) for s in getattr(signal, "source_spans", ())],
            "target_spans": [list(s) for s in getattr(signal, "target_spans", ())]}


def part_label(part: QuotePart, width: int = 50) -> str:
    """"part 3 (“In total, in the Donetsk region…”)": which part, in the reader's numbering."""
    from corpora.excerpt import clip

    return f"part {part.index + 1} (“{clip(part.text, width)}”)"
