"""The footnote lists of a document pair, paired note for note, in the segments a CAT tool makes.

The aligner never sees the footnote list (``corpora.footnotes`` keeps it out of the sentences, so no
note is ever paired with body text), yet a translation has the same notes under the same numbers,
and a CAT tool translating the article segments the list like any other text: one paragraph a line,
then sentences, the entry's "[n]" at the start of its first sentence. So the notes are paired by
number, and within a note sentence for sentence when both sides have as many, else as one n:m bead.
"""

from __future__ import annotations

import re

from corpora.aligned import AlignedBead
from corpora.document import segment_paragraph
from corpora.footnotes import ENTRY_RE, find_footnote_list
from corpora.sentences import DEFAULT_ENGINE
from corpora.types import Document

_SPACE_RUN = re.compile(r"\s+")

NoteSentences = list[tuple[str, int]]
"""A note's sentences as the document has them, each with its line (counted as a paragraph after the
body's, since a CAT tool takes each line for one)."""


def note_sentences(doc: Document) -> dict[int, NoteSentences]:
    """Footnote number → its sentences; the first entry of a repeated number wins, as in
    ``corpora.footnotes``."""
    spans, _ = find_footnote_list(doc.text)
    lang = doc.lang if doc.lang in DEFAULT_ENGINE else "en"
    notes: dict[int, NoteSentences] = {}
    current: NoteSentences | None = None
    for k, (start, end) in enumerate(spans):
        line, prefix = doc.text[start:end], ""
        entry = ENTRY_RE.match(line)
        if entry:
            number = int(entry.group(1))
            current = None if number in notes else notes.setdefault(number, [])
            prefix = f"[{number}]"
            line = entry.group(2) or ""
        if current is None:
            continue
        texts = [_SPACE_RUN.sub(" ", line[s:e]).strip() for s, e, _, _ in segment_paragraph(line, lang)]
        if prefix:
            texts = [f"{prefix} {texts[0]}", *texts[1:]] if texts else [prefix]
        paragraph = len(doc.paragraphs) + k
        current.extend((text, paragraph) for text in texts)
    return notes


def _bead(source: NoteSentences, target: NoteSentences) -> AlignedBead:
    src, tgt = [t for t, _ in source], [t for t, _ in target]
    return AlignedBead([], [], src, tgt, source_raw=list(src), target_raw=list(tgt),
                       source_paragraphs=[p for _, p in source], target_paragraphs=[p for _, p in target])


def pair_footnotes(source: Document, target: Document) -> list[AlignedBead]:
    """Beads pairing the notes both documents have, in the source's order: 1:1 per sentence when
    the two notes have as many sentences, else the two notes as one bead."""
    src, tgt = note_sentences(source), note_sentences(target)
    beads: list[AlignedBead] = []
    for number, sentences in src.items():
        other = tgt.get(number)
        if not other:
            continue
        if len(sentences) == len(other):
            beads.extend(_bead([s], [t]) for s, t in zip(sentences, other, strict=True))
        else:
            beads.append(_bead(sentences, other))
    return beads
