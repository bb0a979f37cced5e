"""The one path from files to flags: read → segment → align → drift, as records.

The CLI, the workbench (through ``parallax.workflow``) and the batch job all call these functions,
so that the three never disagree about a bead, a flag, a reason or its evidence. What a run gives
back is a ``PairResult``: the documents, the alignment, the drift report and one ``BeadRecord``
per bead, with the three shapes the front ends write (the CLI's JSON, the exporters'
``AlignedCorpus`` and the rows the database stores).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alignment.drift_calibration import DriftCalibration
from alignment.records import BeadRecord, Dismissal, bead_records, honour_dismissals
from alignment.termbase import Termbase
from corpora.aligned import AlignedBead, AlignedCorpus
from corpora.errors import InputError
from corpora.types import Document, Sentence
from models.base import Encoder

ProgressCallback = Callable[[int, int], None]
StageProgress = Callable[[str, int, int], None]


def read_document(path: str | Path, lang: str | None = None, lines: bool = False,
                  max_bytes: int | None = None) -> Document:
    """A document from a file: any format ``corpora.reading`` knows, or, with ``lines``, a UTF-8
    text whose every non-blank line is one sentence (no segmentation; ids name the line).
    ``max_bytes``: the upload limit (``PARALLAX_MAX_UPLOAD_MB``; default ``limits.MAX_UPLOAD_MB``)."""
    from corpora.decoding import check_size, max_upload_bytes
    from corpora.reading import read_file

    if not lines:
        return read_file(path, lang=lang, max_bytes=max_bytes)
    from corpora.document import build_document

    try:
        check_size(Path(path).stat().st_size, max_upload_bytes(max_bytes), str(path))
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read it as UTF-8 lines ({exc.__class__.__name__})") from None
    doc = build_document(text, lang=lang, source_name=str(path))
    sentences, pos = [], 0
    for k, line in enumerate(text.split("\n")):
        if line.strip():
            sentences.append(Sentence(id=f"s{k}", index=len(sentences), paragraph=len(sentences),
                                      start=pos, end=pos + len(line), text=line.strip()))
        pos += len(line) + 1
    return Document(text=text, lang=doc.lang, sentences=sentences, source_name=str(path))


@dataclass
class PairResult:
    """Everything one run of the pipeline found for a document pair."""

    source: Document
    target: Document
    alignment: Any
    report: Any | None
    beads: list[BeadRecord]

    @property
    def flagged(self) -> int:
        return sum(1 for b in self.beads if b.flagged)

    def stored_drift(self) -> list[dict[str, Any]] | None:
        """Per bead, the drift part as the database keeps it (None when drift was not run)."""
        return None if self.report is None else [b.stored_drift() for b in self.beads]

    def corpus(self, name: str = "", source_name: str = "", target_name: str = "") -> AlignedCorpus:
        """The exporters' shape (every bead "automatic": nothing was reviewed yet)."""
        beads = [AlignedBead(list(b.source_ids), list(b.target_ids), list(b.source), list(b.target),
                             b.score, b.drift_score, list(b.kinds), list(b.reasons),
                             evidence=b.evidence_lines())
                 for b in self.beads]
        from corpora.exporters.raw import with_raw_sentences

        corpus = AlignedCorpus(self.source.lang, self.target.lang, beads, model=self.alignment.model,
                               name=name, source_name=source_name, target_name=target_name)
        return with_raw_sentences(corpus, self.source, self.target)  # CAT formats keep the markers

    def as_json(self, names: tuple[str, str]) -> dict[str, Any]:
        """The CLI's JSON document: every bead (with its drift when drift ran) and a summary."""
        beads = [_bead_json(b, self.report is not None) for b in self.beads]
        record: dict[str, Any] = {
            "source_name": names[0], "target_name": names[1],
            "source_lang": self.source.lang, "target_lang": self.target.lang,
            "model": self.alignment.model,
            "source_sentences": len(self.source.sentences), "target_sentences": len(self.target.sentences),
            "params": self.alignment.params,
        }
        check = getattr(self.alignment, "translation", None)
        if check is not None:
            record["translation"] = check.as_dict()
        if self.report is not None:
            record["flagged"] = self.flagged
            record["summary"] = {kind: {"count": len(idx), "beads": idx}
                                 for kind, idx in self.report.summary.items()}
            record["not_checked"] = list(self.report.not_checked)
        record["beads"] = beads
        return record


def _bead_json(bead: BeadRecord, with_drift: bool) -> dict[str, Any]:
    """One bead of the CLI's JSON: ``index`` counts from 0 (like ``source_ids``), ``pair`` is the
    number a reader sees (from 1, as the workbench, the exports and the human output show it)."""
    from corpora.exporters.common import pair_number

    out: dict[str, Any] = {
        "index": bead.index, "pair": pair_number(bead.index),
        "source_ids": bead.source_ids, "target_ids": bead.target_ids,
        "source": bead.source, "target": bead.target, "kind": bead.kind,
        "score": round(bead.score, 4), "similarity": round(bead.similarity, 4),
    }
    if with_drift:
        out.update({
            "drift": bead.drift_score, "flagged": bead.flagged, "kinds": bead.kinds, "reasons": bead.reasons,
            "evidence": bead.evidence_lines(),
            "signals": [_signal_json(bead, e) for e in bead.evidence],
            "hints": [_signal_json(bead, e) for e in bead.hints],
        })
    return out


def _signal_json(bead: BeadRecord, e: Any) -> dict[str, Any]:
    """One flag or hint: kind, reason, strength and the words it points at."""
    return {"kind": e.kind, "reason": e.reason, "strength": round(e.strength, 3),
            "source_evidence": _located(bead, "source", e.source_spans),
            "target_evidence": _located(bead, "target", e.target_spans)}


def _located(bead: BeadRecord, side: str, spans: Sequence[tuple[int, int]]) -> list[dict[str, Any]]:
    """Joined-text spans → (document sentence index, offsets inside that sentence, text)."""
    from alignment.drift import BeadPair

    pair = BeadPair(tuple(bead.source), tuple(bead.target))
    if side == "source":
        joined, ids = pair.source_text, bead.source_ids
    else:
        joined, ids = pair.target_text, bead.target_ids
    out = []
    for start, end in spans:
        k, offset = pair.locate(side, start)
        out.append({"sentence": ids[k] if k < len(ids) else None, "start": offset,
                    "end": offset + (end - start), "text": joined[start:end]})
    return out


def stage_progress(progress: StageProgress | None, stage: str) -> ProgressCallback | None:
    if progress is None:
        return None
    return lambda done, total: progress(stage, done, total)


def run_pair(source: Document, target: Document, encoder: Encoder, *, anchors: Sequence[object] = (),
             drift: bool = True, progress: StageProgress | None = None, termbase: Termbase | None = None,
             dismissals: Sequence[Dismissal] = (), calibration: DriftCalibration | None = None) -> PairResult:
    """Align two documents and, unless ``drift`` is off, judge every bead's drift.

    ``termbase``: the project's terms, which the number and name checks honour; ``dismissals``:
    flags reviewers dismissed in the pair's earlier run, not raised again on the same bead;
    ``calibration``: the project's drift calibration (default: the shipped one).
    """
    from alignment.aligner import align

    if not source.sentences or not target.sentences:
        empty = source if not source.sentences else target
        raise InputError(f"{empty.source_name or 'a text'}: no sentences to align")
    alignment = align(source, target, encoder, anchors=list(anchors),
                      progress=stage_progress(progress, "aligning"))
    report = None
    if drift:
        from alignment.drift_pipeline import drift_for_alignment

        report = drift_for_alignment(alignment, source, target, encoder,
                                     progress=stage_progress(progress, "drift"), termbase=termbase,
                                     calibration=calibration)
    beads = bead_records(alignment, source.sentence_texts, target.sentence_texts, report)
    if dismissals:
        honour_dismissals(beads, dismissals)
    return PairResult(source, target, alignment, report, beads)


def run_files(source: str | Path, target: str | Path, encoder: Encoder, *, source_lang: str | None = None,
              target_lang: str | None = None, lines: bool = False, drift: bool = True,
              max_bytes: int | None = None, progress: StageProgress | None = None,
              termbase: Termbase | None = None) -> PairResult:
    """``run_pair`` on two files (what each batch pair does)."""
    return run_pair(read_document(source, source_lang, lines, max_bytes),
                    read_document(target, target_lang, lines, max_bytes),
                    encoder, drift=drift, progress=progress, termbase=termbase)
