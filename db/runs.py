"""Alignment runs and their beads: store a run, choose the current one, read beads (filtered), and
shape a run for the exporters (``aligned_corpus``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import delete, select

from alignment.records import stored_drift_of, stored_evidence_lines
from alignment.types import Alignment
from alignment.types import Bead as AlignedPair
from db.access import OWNER, REVIEWER, VIEWER
from db.base import (
    ORDER_STEP,
    RepositoryCore,
    as_float,
    bead_views,
    count_beads,
    count_sentences,
    jsonable,
    load_bead,
    load_project,
    load_row,
    strings,
)
from db.errors import DataError
from db.schema import AlignmentRun, Bead, Document
from db.views import BeadFilter, BeadView, RunInfo


class RunsMixin(RepositoryCore):
    """The runs and beads of ``Repository``."""

    def store_run(self, source_document_id: int, target_document_id: int, alignment: Alignment,
                  drift: Sequence[Any] | Any | None = None, *, actor: str | None = None,
                  keep_confirmed: bool = True) -> RunInfo:
        """Store an alignment of two documents as their new current run, in one transaction.

        ``drift`` (optional): one entry per bead, either ``alignment.drift.BeadDrift`` (or a
        ``DriftReport``; its signals are kept as evidence, with their spans) or anything with
        ``kinds``, ``reasons``, ``evidence`` and ``drift_score`` (attributes or mapping keys).
        The previous run of the pair stays, no longer current. With ``keep_confirmed``, a new bead
        equal to a bead confirmed in the previous run is stored confirmed (reviewer and note
        carried over); pass ``confirmed_anchors`` to the aligner so that it keeps them. If anything
        fails half-way, nothing at all is stored.
        """
        if drift is not None and not isinstance(drift, Sequence) and hasattr(drift, "beads"):
            drift = drift.beads  # a whole drift report
        if drift is not None and len(drift) != len(alignment.beads):
            raise DataError(f"{len(drift)} drift results for {len(alignment.beads)} beads")
        with self._tx() as s:
            source = load_row(s, Document, source_document_id, "document", for_update=True)
            target = load_row(s, Document, target_document_id, "document")
            if source.project_id != target.project_id:
                raise DataError("the two documents belong to different projects")
            self._allow(s, source.project_id, REVIEWER, "store alignments")
            n_source, n_target = count_sentences(s, source.id), count_sentences(s, target.id)
            carried: dict[tuple[tuple[int, ...], tuple[int, ...]], Bead] = {}
            previous = s.scalars(select(AlignmentRun).where(
                AlignmentRun.source_document_id == source.id,
                AlignmentRun.target_document_id == target.id,
                AlignmentRun.is_current.is_(True))).all()
            for old in previous:
                if keep_confirmed:
                    for b in s.scalars(select(Bead).where(Bead.run_id == old.id, Bead.active.is_(True),
                                                          Bead.status == "confirmed")):
                        carried[(tuple(b.source_ids), tuple(b.target_ids))] = b
                old.is_current = False
            run = AlignmentRun(project_id=source.project_id, source_document_id=source.id,
                               target_document_id=target.id, model=alignment.model or "",
                               params=jsonable(dict(alignment.params)),
                               created_by=self.user if self.user is not None else actor, is_current=True)
            s.add(run)
            s.flush()
            automatic: list[list[list[int]]] = []
            rows = []
            for i, pair in enumerate(alignment.beads):
                src = [int(x) for x in pair.source_ids]
                tgt = [int(x) for x in pair.target_ids]
                if not src and not tgt:
                    raise DataError(f"bead {i} links no sentence at all")
                if any(not 0 <= x < n_source for x in src) or any(not 0 <= x < n_target for x in tgt):
                    raise DataError(f"bead {i} points past the end of a document")
                drift_score, kinds, reasons, evidence, hints = drift_columns(
                    drift[i] if drift is not None else None)
                bead = Bead(run_id=run.id, order=i * ORDER_STEP, active=True, source_ids=src,
                            target_ids=tgt, score=as_float(pair.score), similarity=as_float(pair.similarity),
                            drift_score=drift_score, kinds=kinds, reasons=reasons, evidence=evidence,
                            hints=hints, status="automatic")
                old_bead = carried.get((tuple(src), tuple(tgt)))
                if old_bead is not None:
                    bead.status, bead.reviewer, bead.note = "confirmed", old_bead.reviewer, old_bead.note
                else:
                    automatic.append([src, tgt])
                rows.append(bead)
            run.automatic = automatic
            s.add_all(rows)
            s.flush()
            return _run_info(run, len(rows))

    def current_run(self, source_document_id: int, target_document_id: int) -> RunInfo | None:
        """The run a reviewer works on for this document pair (None before the first alignment)."""
        with self._tx() as s:
            if self.user is not None:
                source = load_row(s, Document, source_document_id, "document")
                self._allow(s, source.project_id, VIEWER, "see alignments")
            run = s.scalar(select(AlignmentRun).where(
                AlignmentRun.source_document_id == source_document_id,
                AlignmentRun.target_document_id == target_document_id,
                AlignmentRun.is_current.is_(True)).order_by(AlignmentRun.id.desc()).limit(1))
            return _run_info(run, count_beads(s, run.id)) if run else None

    def list_runs(self, project: int | str, current_only: bool = False) -> list[RunInfo]:
        """Runs of a project, newest first."""
        with self._tx() as s:
            project_row = load_project(s, project)
            self._allow(s, project_row.id, VIEWER, "see alignments")
            query = select(AlignmentRun).where(AlignmentRun.project_id == project_row.id)
            if current_only:
                query = query.where(AlignmentRun.is_current.is_(True))
            runs = s.scalars(query.order_by(AlignmentRun.id.desc())).all()
            return [_run_info(r, count_beads(s, r.id)) for r in runs]

    def get_run(self, run_id: int) -> RunInfo:
        with self._tx() as s:
            run = load_row(s, AlignmentRun, run_id, "run")
            self._allow(s, run.project_id, VIEWER, "see alignments")
            return _run_info(run, count_beads(s, run.id))

    def set_current_run(self, run_id: int) -> RunInfo:
        """Make an older run of a pair the current one again (e.g. after comparing)."""
        with self._tx() as s:
            run = load_row(s, AlignmentRun, run_id, "run")
            self._allow(s, run.project_id, REVIEWER, "choose the current alignment")
            for other in s.scalars(select(AlignmentRun).where(
                    AlignmentRun.source_document_id == run.source_document_id,
                    AlignmentRun.target_document_id == run.target_document_id)):
                other.is_current = other.id == run.id
            return _run_info(run, count_beads(s, run.id))

    def delete_run(self, run_id: int) -> RunInfo | None:
        """Delete an alignment run with its beads and review log (owners only, as for documents).
        When it was the pair's current run, the pair's newest other run becomes current; that run
        is returned (None when the pair has no other run)."""
        with self._tx() as s:
            run = load_row(s, AlignmentRun, run_id, "run")
            self._allow(s, run.project_id, OWNER, "delete alignments")
            was_current = bool(run.is_current)
            pair = (run.source_document_id, run.target_document_id)
            s.execute(delete(AlignmentRun).where(AlignmentRun.id == run_id))
            successor = s.scalar(select(AlignmentRun).where(
                AlignmentRun.source_document_id == pair[0], AlignmentRun.target_document_id == pair[1])
                .order_by(AlignmentRun.id.desc()).limit(1))
            if successor is None:
                return None
            if was_current:
                successor.is_current = True
            return _run_info(successor, count_beads(s, successor.id))

    def confirmed_anchors(self, run_id: int) -> list[AlignedPair]:
        """The confirmed beads of a run, for the aligner to keep when re-aligning the pair."""
        with self._tx() as s:
            run = load_row(s, AlignmentRun, run_id, "run")
            self._allow(s, run.project_id, VIEWER, "see alignments")
            beads = s.scalars(select(Bead).where(Bead.run_id == run_id, Bead.active.is_(True),
                                                 Bead.status == "confirmed").order_by(Bead.order)).all()
            return [AlignedPair(tuple(b.source_ids), tuple(b.target_ids), b.score or 0.0,
                                b.similarity or 0.0) for b in beads]

    def list_beads(self, run_id: int, flt: BeadFilter | None = None) -> list[BeadView]:
        """The active beads of a run in order, filtered (see ``BeadFilter``)."""
        with self._tx() as s:
            run = load_row(s, AlignmentRun, run_id, "run")
            self._allow(s, run.project_id, VIEWER, "see alignments")
            beads = s.scalars(select(Bead).where(Bead.run_id == run_id, Bead.active.is_(True))
                              .order_by(Bead.order)).all()
            views = bead_views(s, run, beads)
        return [v for v in views if _matches(v, flt)] if flt else views

    def get_bead(self, bead_id: int) -> BeadView:
        with self._tx() as s:
            bead = load_bead(s, bead_id)
            self._allow(s, bead.run.project_id, VIEWER, "see alignments")
            return bead_views(s, bead.run, [bead])[0]

    def aligned_corpus(self, run_id: int, flt: BeadFilter | None = None):  # type: ignore[no-untyped-def]
        """The run as ``corpora.aligned.AlignedCorpus``, the shape the exporters write (they apply
        the export filter themselves; ``flt`` is ``list_beads``' filter)."""
        from corpora.aligned import AlignedBead, AlignedCorpus

        run = self.get_run(run_id)
        with self._tx() as s:
            source = load_row(s, Document, run.source_document_id, "document")
            target = load_row(s, Document, run.target_document_id, "document")
            project_name = source.project.name
            names = (source.source_name, target.source_name)
            langs = (source.language, target.language)
        beads = [
            AlignedBead(source_ids=list(v.source_ids), target_ids=list(v.target_ids), source=list(v.source),
                        target=list(v.target), score=v.score or 0.0, drift_score=v.drift_score or 0.0,
                        kinds=list(v.kinds), reasons=list(v.reasons), status=v.status,
                        reviewer=v.reviewer or "", note=v.note or "",
                        evidence=stored_evidence_lines(v.evidence, v.source, v.target))
            for v in self.list_beads(run_id, flt)
        ]
        from corpora.exporters.raw import with_raw_sentences

        corpus = AlignedCorpus(source_lang=langs[0], target_lang=langs[1], beads=beads, model=run.model,
                               name=project_name, source_name=names[0], target_name=names[1])
        # the documents' own sentence texts, footnote markers kept, for the CAT formats
        return with_raw_sentences(corpus, self.load_document(run.source_document_id),
                                  self.load_document(run.target_document_id))


def drift_columns(d: Any) -> tuple[float | None, list[str], list[str], Any, Any]:
    """(drift score, kinds, reasons, evidence, hints) of one bead, from the stored form that
    ``alignment.records.BeadRecord.stored_drift`` writes or from drift detection's ``BeadDrift``
    (turned into that same form, so that one bead is stored one way whoever stores it)."""
    if d is None:
        return None, [], [], None, None
    if not isinstance(d, Mapping):
        d = stored_drift_of(d)
    evidence, hints = d.get("evidence"), d.get("hints")
    return (as_float(d.get("drift_score")), strings(d.get("kinds")), strings(d.get("reasons")),
            jsonable(evidence) if evidence is not None else None, jsonable(hints) if hints else None)


def _run_info(r: AlignmentRun, beads: int) -> RunInfo:
    return RunInfo(id=r.id, project_id=r.project_id, source_document_id=r.source_document_id,
                   target_document_id=r.target_document_id, model=r.model, params=dict(r.params or {}),
                   created_at=r.created_at, created_by=r.created_by, is_current=bool(r.is_current),
                   beads=beads)


def _matches(v: BeadView, flt: BeadFilter) -> bool:
    if flt.flagged_only and not v.flagged:
        return False
    if flt.kinds and not set(flt.kinds) & set(v.kinds):
        return False
    if flt.statuses and v.status not in flt.statuses:
        return False
    if flt.min_score is not None and (v.score is None or v.score < flt.min_score):
        return False
    if flt.search:
        needle = flt.search.casefold()
        haystack = [*v.source, *v.target, v.note or ""]
        if not any(needle in h.casefold() for h in haystack):
            return False
    return True

