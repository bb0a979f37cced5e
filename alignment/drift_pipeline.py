"""Drift for a whole alignment of two Documents: the glue the CLI, the workbench and batch share."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import NamedTuple

from alignment.drift import BeadDrift, BeadPair, DriftReport, detect_drift
from alignment.drift_calibration import DriftCalibration
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


class Link(NamedTuple):
    """One bead as a reviewer left it: its sentences and, unless it was reshaped, its similarity."""

    source_ids: Sequence[int]
    target_ids: Sequence[int]
    similarity: float | None = None


def bead_pairs(alignment: Alignment | Sequence[Link], source: Document, target: Document) -> list[BeadPair]:
    """Each bead's sentence texts, similarity and footnote markers, as drift detection reads them."""
    src, tgt = source.sentences, target.sentences
    beads = alignment.beads if isinstance(alignment, Alignment) else alignment
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
        for bead in beads
    ]


def drift_for_alignment(
    alignment: Alignment,
    source: Document,
    target: Document,
    encoder: Encoder | None = None,
    progress: Callable[[int, int], None] | None = None,
    termbase: Termbase | None = None,
    calibration: DriftCalibration | None = None,
) -> DriftReport:
    """Drift signals and a combined score for every bead of ``alignment`` (honouring the
    project's ``termbase`` and its ``calibration``, see :func:`alignment.drift.detect_drift`)."""
    return detect_drift(bead_pairs(alignment, source, target), source.lang, target.lang,
                        encoder=encoder, progress=progress, termbase=termbase, calibration=calibration)


def rejudge(links: Sequence[Link], wanted: Sequence[int], source: Document, target: Document,
            encoder: Encoder | None = None,
            termbase: Termbase | None = None,
            calibration: DriftCalibration | None = None) -> list[tuple[float | None, BeadDrift]]:
    """(similarity, drift) of the beads ``wanted`` of a corrected alignment, judged as a fresh run
    judges them: the same signals, against the norms of the whole alignment as it now is.

    A reviewer's merge, split or re-link changes a bead's sentences, so the machine's verdict on the
    old bead no longer applies; a correction must not hide an omission either (a sentence a re-link
    lets go of is a 1:0 bead, an omission until someone links it). Beads whose ``similarity`` is None
    get it from ``encoder`` (the run's model); without one, they are judged on everything else.
    ``termbase``: the project's terms, honoured as in a fresh run; ``calibration``: the project's
    (what its reviewers kept and dismissed), as a fresh run of the project uses.
    """
    report = detect_drift(bead_pairs(links, source, target), source.lang, target.lang, encoder=encoder,
                          termbase=termbase, calibration=calibration)
    return [(report.pairs[k].similarity, report.beads[k]) for k in wanted]
