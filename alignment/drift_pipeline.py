"""Drift for a whole alignment of two Documents: the glue the CLI, the workbench and batch share."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from alignment.drift import BeadPair, DriftReport, detect_drift
from alignment.termbase import Termbase
from alignment.types import Alignment
from corpora.types import Document
from models.base import Encoder


def headings(doc: Document) -> set[int]:
    """Sentences that are headings: alone in their paragraph, short, without a final full stop."""
    per_paragraph = Counter(s.paragraph for s in doc.sentences)
    return {k for k, s in enumerate(doc.sentences)
            if per_paragraph[s.paragraph] == 1 and len(s.text.split()) <= 12
            and not s.text.rstrip().rstrip("»”\"'’").endswith((".", ":", ";", ","))}


def bead_pairs(alignment: Alignment, source: Document, target: Document) -> list[BeadPair]:
    """Each bead's sentence texts, similarity and footnote markers, as drift detection reads them."""
    src, tgt = source.sentences, target.sentences
    src_heads = headings(source)
    return [
        BeadPair(
            tuple(src[i].text for i in bead.source_ids),
            tuple(tgt[j].text for j in bead.target_ids),
            bead.similarity if bead.source_ids and bead.target_ids else None,
            tuple(n for i in bead.source_ids for n in src[i].footnotes),
            tuple(n for j in bead.target_ids for n in tgt[j].footnotes),
            heading=bool(bead.source_ids) and all(i in src_heads for i in bead.source_ids),
        )
        for bead in alignment.beads
    ]


def drift_for_alignment(
    alignment: Alignment,
    source: Document,
    target: Document,
    encoder: Encoder | None = None,
    progress: Callable[[int, int], None] | None = None,
    termbase: Termbase | None = None,
) -> DriftReport:
    """Drift signals and a combined score for every bead of ``alignment`` (honouring the
    project's ``termbase``, see :func:`alignment.drift.detect_drift`)."""
    return detect_drift(bead_pairs(alignment, source, target), source.lang, target.lang,
                        encoder=encoder, progress=progress, termbase=termbase)
