"""TSV and CSV export with pandas: one row per bead, lossless enough to import back.

Columns: ``source``, ``target`` (sentences joined by a space), ``score``, ``status``,
``drift_score``, ``kinds`` (``;``-separated), ``reasons`` and ``evidence`` (JSON
lists, since free text may hold any separator), ``reviewer``, ``note``,
``source_ids`` / ``target_ids`` (space-separated sentence indices),
``source_split`` / ``target_split`` (sentence lengths of n:m beads),
``source_lang``, ``target_lang``, ``model``, ``bead`` (the pair's number: its 1-based place in the
alignment, as the workbench, the drift report, TMX ``tuid`` and ``parallax drift`` show it).
"""

from __future__ import annotations

import io
import json

import pandas as pd

from corpora.aligned import AlignedCorpus
from corpora.exporters.common import (
    Target,
    emit,
    format_ids,
    join_sentences,
    pair_number,
    sentence_lengths,
)
from corpora.exporters.filters import ExportFilter, select_beads
from corpora.text_safety import spreadsheet_safe

EMPTY_DEFAULT = True
COLUMNS = [
    "source", "target", "score", "status", "drift_score", "kinds", "reasons", "evidence",
    "reviewer", "note", "source_ids", "target_ids", "source_split", "target_split",
    "source_lang", "target_lang", "model", "bead",
]


def _json_list(items: list[str]) -> str:
    return json.dumps(list(items), ensure_ascii=False) if items else ""


def corpus_frame(corpus: AlignedCorpus, flt: ExportFilter | None = None) -> pd.DataFrame:
    """The selected beads as a DataFrame with the columns above."""
    rows = [
        {
            "source": join_sentences(bead.source),
            "target": join_sentences(bead.target),
            "score": float(bead.score),
            "status": bead.status,
            "drift_score": float(bead.drift_score),
            "kinds": ";".join(bead.kinds),
            "reasons": _json_list(bead.reasons),
            "evidence": _json_list(bead.evidence),
            "reviewer": bead.reviewer,
            "note": bead.note,
            "source_ids": format_ids(bead.source_ids),
            "target_ids": format_ids(bead.target_ids),
            "source_split": sentence_lengths(bead.source),
            "target_split": sentence_lengths(bead.target),
            "source_lang": corpus.source_lang,
            "target_lang": corpus.target_lang,
            "model": corpus.model,
            "bead": pair_number(index),
        }
        for index, bead in select_beads(corpus, flt, EMPTY_DEFAULT)
    ]
    return pd.DataFrame(rows, columns=COLUMNS)


def _write(corpus: AlignedCorpus, target: Target, flt: ExportFilter | None, sep: str) -> None:
    buffer = io.StringIO()
    frame = corpus_frame(corpus, flt)
    frame = frame.map(spreadsheet_safe)
    frame.to_csv(buffer, sep=sep, index=False, lineterminator="\n")
    emit(buffer.getvalue().encode("utf-8"), target)


def write_tsv(corpus: AlignedCorpus, target: Target, flt: ExportFilter | None = None) -> None:
    """Tab-separated, UTF-8, a header row; fields holding tabs, quotes or newlines are quoted."""
    _write(corpus, target, flt, "\t")


def write_csv(corpus: AlignedCorpus, target: Target, flt: ExportFilter | None = None) -> None:
    """Comma-separated, UTF-8, a header row (RFC 4180 quoting)."""
    _write(corpus, target, flt, ",")
