"""JSON Lines export: one bead per line, every field, for research pipelines."""

from __future__ import annotations

import json

from corpora.aligned import AlignedBead, AlignedCorpus
from corpora.exporters.common import Target, emit, pair_number
from corpora.exporters.filters import ExportFilter, select_beads

EMPTY_DEFAULT = True


def bead_record(corpus: AlignedCorpus, index: int, bead: AlignedBead) -> dict[str, object]:
    """The JSON object written for one bead (also used by the batch summary)."""
    return {
        "bead": pair_number(index),
        "source_ids": list(bead.source_ids),
        "target_ids": list(bead.target_ids),
        "source": list(bead.source),
        "target": list(bead.target),
        "score": float(bead.score),
        "drift_score": float(bead.drift_score),
        "kinds": list(bead.kinds),
        "reasons": list(bead.reasons),
        "evidence": list(bead.evidence),
        "status": bead.status,
        "reviewer": bead.reviewer,
        "note": bead.note,
        "source_lang": corpus.source_lang,
        "target_lang": corpus.target_lang,
        "model": corpus.model,
    }


def _line(record: dict[str, object]) -> str:
    # U+2028/U+2029 are valid in JSON but split lines for some readers: escape them.
    text = json.dumps(record, ensure_ascii=False)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def write_jsonl(corpus: AlignedCorpus, target: Target, flt: ExportFilter | None = None) -> None:
    """Write one JSON object per selected bead, one per line (UTF-8)."""
    lines = [_line(bead_record(corpus, i, bead)) for i, bead in select_beads(corpus, flt, EMPTY_DEFAULT)]
    emit("".join(line + "\n" for line in lines).encode("utf-8"), target)
