"""Review: the actions a reviewer takes on beads, their log, undo/redo, and the quality figure.

Review actions are optimistic: they take the ``expected_version`` of the bead the reviewer saw and
raise ``ConflictError`` when someone else changed it since; every action is written to the review
log with who, when, and the beads before and after (snapshots), and undo/redo replay that log.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from alignment.drift_calibration import KindFeedback, load_calibration, with_feedback
from alignment.evaluation import review_precision_counts
from alignment.records import Dismissal, stored_dismissals
from corpora.text_safety import storable_text
from corpora.types import Document as PlainDocument
from db.access import REVIEWER, VIEWER
from db.base import (
    ORDER_STEP,
    RepositoryCore,
    bead_views,
    conflict_error,
    count_sentences,
    load_bead,
    load_project,
    load_row,
    remember_version,
)
from db.documents import plain_document
from db.errors import NotFoundError, ReviewError
from db.runs import drift_columns
from db.schema import BEAD_STATUSES, AlignmentRun, Bead, Document, ReviewEvent, Sentence, utcnow
from db.terms import project_termbase
from db.views import BeadView, EventView, Progress, Quality

NOT_A_DRIFT = "not a drift"
REVIEWED_STATUSES = ("confirmed", "edited", "omission", "addition")
"""Statuses that mean "a reviewer decided this bead is right" (the quality figure's gold)."""
_SNAP_FIELDS = ("order", "active", "source_ids", "target_ids", "score", "similarity", "drift_score",
                "kinds", "reasons", "evidence", "hints", "status", "reviewer", "note")


class ReviewMixin(RepositoryCore):
    """The review actions, undo/redo and history of ``Repository``."""

    def confirm(self, bead_id: int, *, actor: str, expected_version: int | None = None) -> BeadView:
        """The reviewer accepts the bead as it is."""
        actor = self._actor(actor)
        return self._review("confirm", bead_id, actor, expected_version,
                            lambda s, b: [_with(b, status="confirmed", reviewer=actor)])

    def reject(self, bead_id: int, *, actor: str, expected_version: int | None = None) -> BeadView:
        """The reviewer says this link is wrong (without saying yet what is right)."""
        actor = self._actor(actor)
        return self._review("reject", bead_id, actor, expected_version,
                            lambda s, b: [_with(b, status="rejected", reviewer=actor)])

    def set_note(self, bead_id: int, note: str | None, *, actor: str,
                 expected_version: int | None = None) -> BeadView:
        """Attach (or, with an empty note, remove) the reviewer's note."""
        actor = self._actor(actor)
        return self._review("note", bead_id, actor, expected_version,
                            lambda s, b: [_with(b, note=storable_text(note) if note else None)])

    def dismiss_flags(self, bead_id: int, kinds: Iterable[str] | None = None, *, actor: str,
                      expected_version: int | None = None, reason: str = NOT_A_DRIFT) -> BeadView:
        """The reviewer says the bead's drift flags (all, or those of ``kinds``) are false alarms.

        Each dismissed flag becomes a hint marked with who, when and why (the review log keeps the
        action too, and undo restores the flag); a later run of the pair does not flag the same bead
        for the same kind again (``alignment.records.honour_dismissals``).
        """
        actor = self._actor(actor)

        def change(s: Session, b: Bead) -> list[dict[str, Any]]:
            wanted = set(kinds) if kinds else set(b.kinds or ())
            if not wanted & set(b.kinds or ()):
                raise ReviewError("this pair has no such drift flag to dismiss")
            mark = {"by": actor, "at": utcnow().isoformat(timespec="seconds"), "reason": reason}
            evidence = [e for e in b.evidence if isinstance(e, dict)] if isinstance(b.evidence, list) else []
            dismissed = [{**e, "dismissed": mark} for e in evidence if e.get("kind") in wanted]
            dismissed += [{"kind": k, "reason": _reason_of(b, k), "strength": 0.0, "source_spans": [],
                           "target_spans": [], "dismissed": mark}
                          for k in b.kinds if k in wanted and not any(e.get("kind") == k for e in evidence)]
            return [_with(b, kinds=[k for k in b.kinds if k not in wanted],
                          reasons=[r for r in b.reasons if r.split(":", 1)[0] not in wanted],
                          evidence=[e for e in evidence if e.get("kind") not in wanted] or None,
                          hints=dismissed + list(b.hints or []))]

        return self._review("dismiss", bead_id, actor, expected_version, change)

    def flag_feedback(self, project_id: int) -> dict[str, KindFeedback]:
        """What the project's reviewers did with each kind of flag in its current runs: flags on
        pairs they reviewed (kept) plus flags they dismissed as "not a drift", per kind, for the
        project's calibration (``alignment.drift_calibration.with_feedback``)."""
        with self._tx() as s:
            self._allow(s, project_id, VIEWER, "see alignments")
            return _project_feedback(s, project_id)

    def dismissals(self, run_id: int) -> list[Dismissal]:
        """The flags reviewers dismissed in this run (as the run's beads now stand: an undone
        dismissal is gone), for the pair's next run to honour."""
        with self._tx() as s:
            run = load_row(s, AlignmentRun, run_id, "run")
            self._allow(s, run.project_id, VIEWER, "see alignments")
            rows = s.execute(select(Bead.source_ids, Bead.target_ids, Bead.hints).where(
                Bead.run_id == run_id, Bead.active.is_(True))).all()
        return [d for src, tgt, hints in rows for d in stored_dismissals(src or [], tgt or [], hints)]

    def merge_with_next(self, bead_id: int, *, actor: str, expected_version: int | None = None) -> BeadView:
        """Join this bead and the next one into one bead."""
        actor = self._actor(actor)

        def change(s: Session, b: Bead) -> list[dict[str, Any]]:
            nxt = _neighbour(s, b, after=True, active_only=True)
            if nxt is None:
                raise ReviewError("the last bead has no next bead to merge with")
            remember_version(s, nxt)
            return [_with(b, source_ids=sorted(set(b.source_ids) | set(nxt.source_ids)),
                          target_ids=sorted(set(b.target_ids) | set(nxt.target_ids)),
                          **_edited(actor)),
                    _with(nxt, active=False)]

        return self._review("merge", bead_id, actor, expected_version, change)

    def split(self, bead_id: int, source_cut: int, target_cut: int, *, actor: str,
              expected_version: int | None = None) -> tuple[BeadView, BeadView]:
        """Cut a bead in two: the first ``source_cut`` source and ``target_cut`` target sentences stay."""
        actor = self._actor(actor)

        def change(s: Session, b: Bead) -> list[dict[str, Any]]:
            src, tgt = list(b.source_ids), list(b.target_ids)
            if not (0 <= source_cut <= len(src) and 0 <= target_cut <= len(tgt)):
                raise ReviewError(f"cannot cut a {len(src)}:{len(tgt)} bead at {source_cut}/{target_cut}")
            first, second = (src[:source_cut], tgt[:target_cut]), (src[source_cut:], tgt[target_cut:])
            if not any(first) or not any(second):
                raise ReviewError("a split must leave at least one sentence on each side of the cut")
            return [_with(b, source_ids=first[0], target_ids=first[1], **_edited(actor)),
                    _new_bead(b, _order_between(s, b, after=True), second[0], second[1], actor)]

        views = self._review("split", bead_id, actor, expected_version, change, all_views=True)
        return views[0], views[1]

    def relink(self, bead_id: int, source_ids: Iterable[int], target_ids: Iterable[int], *, actor: str,
               expected_version: int | None = None) -> BeadView:
        """Set which sentences this bead links; other beads of the run give those sentences up.

        A bead left with no sentence becomes inactive. Sentences this bead lets go of are never
        dropped from the alignment: they get beads of their own right after it (source ones 1:0,
        target ones 0:1, status ``automatic``), for the reviewer to link or mark.
        """
        actor = self._actor(actor)
        src, tgt = sorted({int(x) for x in source_ids}), sorted({int(x) for x in target_ids})
        if not src and not tgt:
            raise ReviewError("a bead must link at least one sentence")

        def change(s: Session, b: Bead) -> list[dict[str, Any]]:
            run = b.run
            n_source = count_sentences(s, run.source_document_id)
            n_target = count_sentences(s, run.target_document_id)
            if any(not 0 <= x < n_source for x in src) or any(not 0 <= x < n_target for x in tgt):
                raise ReviewError("re-link points at a sentence that does not exist")
            targets = [_with(b, source_ids=src, target_ids=tgt, **_edited(actor))]
            released_src = [x for x in b.source_ids if x not in src]
            released_tgt = [x for x in b.target_ids if x not in tgt]
            if released_src or released_tgt:
                after = _order_between(s, b, after=True)
                if released_src:
                    targets.append(_new_bead(b, (b.order + after) / 2 if released_tgt else after,
                                             released_src, [], actor, status="automatic"))
                if released_tgt:
                    targets.append(_new_bead(b, after, [], released_tgt, actor, status="automatic"))
            others = s.scalars(select(Bead).where(Bead.run_id == run.id, Bead.active.is_(True),
                                                  Bead.id != b.id).order_by(Bead.id)).all()
            for other in others:
                keep_src = [x for x in other.source_ids if x not in src]
                keep_tgt = [x for x in other.target_ids if x not in tgt]
                if keep_src == list(other.source_ids) and keep_tgt == list(other.target_ids):
                    continue
                remember_version(s, other)
                if not keep_src and not keep_tgt:
                    targets.append(_with(other, active=False))
                else:  # what was reviewed is gone: the rest needs a look again
                    targets.append(_with(other, source_ids=keep_src, target_ids=keep_tgt,
                                         status="automatic", reviewer=None))
            return targets

        return self._review("relink", bead_id, actor, expected_version, change)

    def edit_text(self, bead_id: int, side: str, index: int, text: str, *, actor: str,
                  expected_version: int | None = None) -> BeadView:
        """Correct one sentence of this bead (a typo in the translation): ``index`` is the sentence's
        0-based index in its document, ``side`` "source" or "target". Logged and undone like any
        action (the event's snapshots carry the sentence's text before and after), and the pair's
        drift is judged again on the corrected text."""
        actor = self._actor(actor)
        new = storable_text(text or "").strip()
        if side not in ("source", "target"):
            raise ReviewError("a sentence is on the source or the target side")
        if not new:
            raise ReviewError("a sentence cannot be emptied; re-link the pair or mark an omission instead")

        def change(s: Session, b: Bead) -> list[dict[str, Any]]:
            if index not in (b.source_ids if side == "source" else b.target_ids):
                raise ReviewError(f"{side} sentence {index + 1} is not in this pair")
            return [_with(b, texts={side: {str(index): new}}, **_edited(actor))]

        return self._review("edit_text", bead_id, actor, expected_version, change)

    def mark_omission(self, bead_id: int, *, actor: str, expected_version: int | None = None) -> BeadView:
        """The source sentences of this bead have no translation; its target sentences, if any,
        move to a bead of their own just after it."""
        actor = self._actor(actor)

        def change(s: Session, b: Bead) -> list[dict[str, Any]]:
            if not b.source_ids:
                raise ReviewError("an omission needs source sentences; this bead has none")
            targets = [_with(b, target_ids=[], **_edited(actor, status="omission"))]
            if b.target_ids:
                targets.append(_new_bead(b, _order_between(s, b, after=True), [], list(b.target_ids),
                                         actor, status="automatic"))
            return targets

        return self._review("omission", bead_id, actor, expected_version, change)

    def mark_addition(self, bead_id: int, *, actor: str, expected_version: int | None = None) -> BeadView:
        """The target sentences of this bead translate nothing in the source; its source sentences, if
        any, move to a bead of their own just before it."""
        actor = self._actor(actor)

        def change(s: Session, b: Bead) -> list[dict[str, Any]]:
            if not b.target_ids:
                raise ReviewError("an addition needs target sentences; this bead has none")
            targets = [_with(b, source_ids=[], **_edited(actor, status="addition"))]
            if b.source_ids:
                targets.append(_new_bead(b, _order_between(s, b, after=False), list(b.source_ids), [],
                                         actor, status="automatic"))
            return targets

        return self._review("addition", bead_id, actor, expected_version, change)

    def _review(self, action: str, bead_id: int, actor: str, expected_version: int | None,
                change: Callable[[Session, Bead], list[dict[str, Any]]], all_views: bool = False) -> Any:
        actor = self._actor(actor)
        with self._tx() as s:
            bead = load_bead(s, bead_id)
            self._allow(s, bead.run.project_id, REVIEWER, f"{action} beads")
            if not bead.active:
                raise NotFoundError(f"bead {bead_id} no longer exists (merged away or undone); reload")
            remember_version(s, bead)
            if expected_version is not None and bead.version != expected_version:
                raise conflict_error(bead.id, bead.changed_by)
            targets = change(s, bead)
            self._rejudge(s, bead.run, targets)
            before = [_snap(b) for b in (s.get(Bead, t["id"]) for t in targets if t.get("id")) if b]
            before = _with_texts(s, bead.run, before, targets)  # an edited sentence as it was
            beads = _apply(s, bead.run_id, targets, actor)
            before += [{**_snap(b), "active": False} for b, t in zip(beads, targets, strict=True)
                       if not t.get("id")]
            after = _with_texts(s, bead.run, [_snap(b) for b in beads], targets)
            s.add(ReviewEvent(run_id=bead.run_id, bead_id=bead.id, action=action, actor=actor, at=utcnow(),
                              before=before, after=after))
            s.flush()
            views = bead_views(s, bead.run, [b for b in beads if b.active])
            return views if all_views else views[0]

    def _rejudge(self, s: Session, run: AlignmentRun, targets: list[dict[str, Any]]) -> None:
        """Give every bead this change reshapes (a new one, or one with other sentences than before)
        the drift and similarity a fresh run would give it (``alignment.drift_pipeline.rejudge``,
        on the run as it will be), so that a correction never hides an omission; its ``score``
        (the aligner's confidence in a bead it did not make) becomes None."""
        reshaped = [t for t in targets if t.get("active") and _reshaped(s, t)]
        if not reshaped:
            return
        from alignment.drift_pipeline import Link, rejudge

        by_id = {b.id: _snap(b) for b in s.scalars(select(Bead).where(Bead.run_id == run.id,
                                                                       Bead.active.is_(True)))}
        by_id.update({t["id"]: t for t in targets if t.get("id")})
        new = [t for t in targets if not t.get("id")]
        beads = sorted((b for b in [*by_id.values(), *new] if b["active"]), key=lambda b: b["order"])
        wanted = [k for k, b in enumerate(beads) if any(b is t for t in reshaped)]
        links = [Link(b["source_ids"], b["target_ids"], None if k in wanted else b["similarity"])
                 for k, b in enumerate(beads)]
        source = _edited_document(s, run.source_document_id, targets, "source")
        target = _edited_document(s, run.target_document_id, targets, "target")
        encoder = self.drift_encoder(run.model) if self.drift_encoder is not None else None
        # the project's calibration, as its next run will use it: a correction is judged as that run would
        calibration = with_feedback(load_calibration(), _project_feedback(s, run.project_id))
        judged = rejudge(links, wanted, source, target, encoder, project_termbase(s, run.project_id),
                         calibration)
        for k, (similarity, drift) in zip(wanted, judged, strict=True):
            drift_score, kinds, reasons, evidence, hints = drift_columns(drift)
            kinds, reasons, evidence, hints = _still_dismissed(s, beads[k], kinds, reasons, evidence, hints)
            beads[k].update(score=None, similarity=similarity, drift_score=drift_score, kinds=kinds,
                            reasons=reasons, evidence=evidence, hints=hints)

    def undo(self, run_id: int, *, actor: str) -> EventView | None:
        """Undo ``actor``'s last action (or redo) in this run; None when there is nothing to undo.

        Raises ``ConflictError`` when someone changed one of its beads since.
        """
        return self._replay(run_id, self._actor(actor), "undo")

    def redo(self, run_id: int, *, actor: str) -> EventView | None:
        """Redo what ``actor`` last undid in this run; None when there is nothing to redo."""
        return self._replay(run_id, self._actor(actor), "redo")

    def undo_redo_available(self, run_id: int, *, actor: str) -> tuple[bool, bool]:
        """(something to undo, something to redo) for ``actor`` in this run: for enabling buttons."""
        actor = self._actor(actor)
        with self._tx() as s:
            if self.user is not None:
                self._allow(s, load_row(s, AlignmentRun, run_id, "run").project_id, VIEWER, "see alignments")
            done, undone = _stacks(s, run_id, actor)
            return bool(done), bool(undone)

    def _replay(self, run_id: int, actor: str, action: str) -> EventView | None:
        with self._tx() as s:
            run = load_row(s, AlignmentRun, run_id, "run")
            self._allow(s, run.project_id, REVIEWER, f"{action} review actions")
            done, undone = _stacks(s, run_id, actor)
            stack = done if action == "undo" else undone
            if not stack:
                return None
            original = s.get(ReviewEvent, stack[-1])
            assert original is not None
            # Undo of E: from E's "after" back to its "before". Redo of an undo U: the same, on U.
            # The beads must still look as E left them. Versions cannot tell (undoing a later action
            # restores the content but moves the version on); the contents can. The version column
            # still guards the moment between this read and the write.
            expected = {snap["id"]: snap for snap in original.after}
            beads = {}
            for bead_id, snap in sorted(expected.items()):
                bead = load_row(s, Bead, bead_id, "bead")
                remember_version(s, bead)
                if not _same_content(_snap(bead), snap):
                    raise conflict_error(bead.id, bead.changed_by, what=f"{action} is not possible")
                beads[bead_id] = bead
            before = _with_texts(s, run, [_snap(beads[i]) for i in sorted(beads)], original.before)
            targets = [dict(snap) for snap in original.before]
            after = _apply(s, run_id, targets, actor)
            event = ReviewEvent(run_id=run_id, bead_id=original.bead_id, action=action, actor=actor,
                                at=utcnow(), before=before, after=[_snap(b) for b in after],
                                ref_id=original.id)
            s.add(event)
            s.flush()
            return _event_view(event)

    def history(self, run_id: int, actor: str | None = None, limit: int | None = None) -> list[EventView]:
        """The review log of a run, newest first."""
        with self._tx() as s:
            if self.user is not None:
                run = load_row(s, AlignmentRun, run_id, "run")
                self._allow(s, run.project_id, VIEWER, "see the review log")
            query = select(ReviewEvent).where(ReviewEvent.run_id == run_id)
            if actor is not None:
                query = query.where(ReviewEvent.actor == actor)
            query = query.order_by(ReviewEvent.id.desc())
            if limit is not None:
                query = query.limit(limit)
            return [_event_view(e) for e in s.scalars(query)]

    def review_progress(self, project: int | str, run_id: int | None = None) -> Progress:
        """How far the review of a project's current alignments (or of one run) has come, in all and
        per reviewer: pairs decided on, flagged pairs decided on, of all pairs."""
        with self._tx() as s:
            project_row = load_project(s, project)
            self._allow(s, project_row.id, VIEWER, "see alignments")
            query = select(Bead.kinds, Bead.status, Bead.reviewer, Bead.hints).join(AlignmentRun).where(
                AlignmentRun.project_id == project_row.id, Bead.active.is_(True))
            query = query.where(AlignmentRun.id == run_id) if run_id is not None \
                else query.where(AlignmentRun.is_current.is_(True))
            return progress_of(s.execute(query).all())

    def quality(self, run_id: int) -> Quality:
        """Strict and lax precision of the run's automatic beads against reviewers' decisions so far
        (``alignment.evaluation.review_precision_counts`` on the stored beads)."""
        with self._tx() as s:
            run = load_row(s, AlignmentRun, run_id, "run")
            self._allow(s, run.project_id, VIEWER, "see alignments")
            rows = s.execute(select(Bead.source_ids, Bead.target_ids, Bead.status).where(
                Bead.run_id == run_id, Bead.active.is_(True))).all()
            automatic = list(run.automatic or [])
        reviewed = [(src, tgt) for src, tgt, status in rows if status in REVIEWED_STATUSES]
        rejected = [(src, tgt) for src, tgt, status in rows if status == "rejected"]
        judged, strict, lax = review_precision_counts(automatic, reviewed, rejected)
        return Quality(run_id=run_id, automatic=len(automatic), judged=judged, strict_correct=strict,
                       lax_correct=lax)


def _project_feedback(s: Session, project_id: int) -> dict[str, KindFeedback]:
    rows = s.execute(select(Bead.kinds, Bead.status, Bead.hints).join(
        AlignmentRun, AlignmentRun.id == Bead.run_id).where(
        AlignmentRun.project_id == project_id, AlignmentRun.is_current.is_(True),
        Bead.active.is_(True))).all()
    return feedback_of(rows)


def feedback_of(rows: Iterable[tuple[Any, str, Any]]) -> dict[str, KindFeedback]:
    """Per kind, (reviewed, dismissed) from (kinds, status, hints) rows: a flag on a pair a reviewer
    reviewed was kept; a flag dismissed as "not a drift" (a marked hint) was reviewed and dismissed."""
    counts: dict[str, list[int]] = {}
    for kinds, status, hints in rows:
        if status != "automatic":
            for kind in kinds or ():
                counts.setdefault(kind, [0, 0])[0] += 1
        for hint in hints or ():
            if isinstance(hint, dict) and hint.get("dismissed") and hint.get("kind"):
                entry = counts.setdefault(hint["kind"], [0, 0])
                entry[0] += 1
                entry[1] += 1
    return {kind: KindFeedback(reviewed, dismissed) for kind, (reviewed, dismissed) in counts.items()}


def progress_of(rows: Iterable[tuple[Any, str, str | None, Any]]) -> Progress:
    """``Progress`` of (kinds, status, reviewer, hints) rows, one per active pair. A pair whose flags a
    reviewer dismissed ("not a drift", kept as marked hints) was flagged and is resolved, by them."""
    total = reviewed = flagged = resolved = 0
    by_reviewer: dict[str, list[int]] = {}
    for kinds, status, reviewer, hints in rows:
        dismissed = [h["dismissed"] for h in hints or () if isinstance(h, dict) and h.get("dismissed")]
        was_flagged = bool(kinds) or bool(dismissed)
        total += 1
        flagged += was_flagged
        if status == "automatic" and not dismissed:
            continue
        reviewed += 1
        resolved += was_flagged
        who = reviewer if status != "automatic" else (dismissed[0] or {}).get("by")
        mine = by_reviewer.setdefault(who or "?", [0, 0])
        mine[0] += 1
        mine[1] += was_flagged
    per_reviewer = {name: (mine[0], mine[1]) for name, mine in sorted(by_reviewer.items())}
    return Progress(total, reviewed, flagged, resolved, per_reviewer)


def _reason_of(bead: Bead, kind: str) -> str:
    """The reason a bead gives for ``kind`` ("numbers: …"); all its reasons when none is named so
    (beads stored before evidence was kept per signal)."""
    named = [r.split(":", 1)[1].strip() for r in bead.reasons or () if r.split(":", 1)[0] == kind]
    return "; ".join(named or list(bead.reasons or ()))


def _snap(bead: Bead) -> dict[str, Any]:
    snap: dict[str, Any] = {"id": bead.id, "version": bead.version}
    for name in _SNAP_FIELDS:
        value = getattr(bead, name)
        snap[name] = list(value) if isinstance(value, list) else value
    return snap


def _reshaped(session: Session, target: dict[str, Any]) -> bool:
    """A new bead, one whose sentences the change alters, or one whose text it corrects."""
    bead = session.get(Bead, target["id"]) if target.get("id") else None
    return bead is None or bool(target.get(_TEXTS)) or (list(bead.source_ids), list(bead.target_ids)) != (
        list(target["source_ids"]), list(target["target_ids"]))


_TEXTS = "texts"
"""Snapshot key of a text correction: {"source"|"target": {"<sentence index>": text}}; ``_apply``
writes those texts, so undo and redo of a correction are undo and redo of any action."""


def _still_dismissed(session: Session, target: dict[str, Any], kinds: list[str], reasons: list[str],
                     evidence: Any, hints: Any) -> tuple[list[str], list[str], Any, Any]:
    """A pair a correction leaves with the same sentences (a text correction) keeps the flags a
    reviewer dismissed on it as hints, as a fresh run of the pair keeps them; a reshaped pair is
    another pair, judged afresh."""
    bead = session.get(Bead, target["id"]) if target.get("id") else None
    if bead is None or (list(bead.source_ids), list(bead.target_ids)) != (
            list(target["source_ids"]), list(target["target_ids"])):
        return kinds, reasons, evidence, hints
    dismissed = [h for h in bead.hints or () if isinstance(h, dict) and h.get("dismissed")]
    gone = {h.get("kind") for h in dismissed}
    if not gone:
        return kinds, reasons, evidence, hints
    def kept(items: Any) -> list[Any]:
        return [x for x in items or () if not (isinstance(x, dict) and x.get("kind") in gone)]

    return ([k for k in kinds if k not in gone], [r for r in reasons if r.split(":", 1)[0] not in gone],
            kept(evidence) or None, dismissed + kept(hints))


def _sentence_row(session: Session, run: AlignmentRun, side: str, index: int) -> Sentence:
    document_id = run.source_document_id if side == "source" else run.target_document_id
    row = session.scalar(select(Sentence).where(Sentence.document_id == document_id, Sentence.index == index))
    if row is None:
        raise ReviewError(f"{side} sentence {index + 1} does not exist")
    return row


def _with_texts(session: Session, run: AlignmentRun, snaps: list[dict[str, Any]],
                like: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """``snaps`` with, for each bead whose snapshot in ``like`` corrects text, those sentences' texts
    as they are now (before the write: what undo puts back; after it: what redo puts back)."""
    edits = {t["id"]: t[_TEXTS] for t in like if t.get(_TEXTS) and t.get("id")}
    return [{**snap, _TEXTS: {side: {i: _sentence_row(session, run, side, int(i)).text for i in texts}
                              for side, texts in edits[snap["id"]].items()}}
            if snap.get("id") in edits else snap for snap in snaps]


def _edited_document(session: Session, document_id: int, targets: list[dict[str, Any]],
                     side: str) -> PlainDocument:
    """The stored document with the corrections ``targets`` are about to write on this side."""
    import dataclasses

    doc = plain_document(load_row(session, Document, document_id, "document"))
    texts = {int(i): text for t in targets for i, text in (t.get(_TEXTS) or {}).get(side, {}).items()}
    if not texts:
        return doc
    sentences = [dataclasses.replace(x, text=texts[k]) if k in texts else x
                 for k, x in enumerate(doc.sentences)]
    return dataclasses.replace(doc, sentences=sentences)


def _with(bead: Bead, **changes: Any) -> dict[str, Any]:
    target = _snap(bead)
    target.update(changes)
    return target


def _edited(actor: str, status: str = "edited") -> dict[str, Any]:
    """A bead a reviewer reshaped: the machine's scores and flags no longer describe it."""
    return {"status": status, "reviewer": actor, "score": None, "similarity": None, "drift_score": None,
            "kinds": [], "reasons": [], "evidence": None}


def _new_bead(like: Bead, order: float, source_ids: list[int], target_ids: list[int], actor: str,
              status: str = "edited") -> dict[str, Any]:
    return {"id": None, "order": order, "active": True, "source_ids": source_ids, "target_ids": target_ids,
            "score": None, "similarity": None, "drift_score": None, "kinds": [], "reasons": [],
            "evidence": None, "hints": None, "status": status,
            "reviewer": actor if status != "automatic" else None, "note": None}


def _neighbour(session: Session, bead: Bead, after: bool, active_only: bool) -> Bead | None:
    query = select(Bead).where(Bead.run_id == bead.run_id)
    if active_only:
        query = query.where(Bead.active.is_(True))
    if after:
        query = query.where(Bead.order > bead.order).order_by(Bead.order)
    else:
        query = query.where(Bead.order < bead.order).order_by(Bead.order.desc())
    return session.scalar(query.limit(1))


def _order_between(session: Session, bead: Bead, after: bool) -> float:
    """A free place right after (or before) ``bead``; inactive beads keep their places for undo."""
    other = _neighbour(session, bead, after=after, active_only=False)
    bound = other.order if other is not None else bead.order + (ORDER_STEP if after else -ORDER_STEP)
    middle = (bead.order + bound) / 2
    if middle in (bead.order, bound):
        raise ReviewError("too many splits at one place; re-align this pair to start afresh")
    return middle


def _apply(session: Session, run_id: int, targets: list[dict[str, Any]], actor: str) -> list[Bead]:
    """Bring beads to the given snapshots (creating those without id); the version column checks that
    nobody changed them between our read and this write."""
    now = utcnow()
    out = []
    for target in targets:
        bead_id = target.get("id")
        if bead_id:
            bead = load_row(session, Bead, bead_id, "bead")
            remember_version(session, bead)
        else:
            bead = Bead(run_id=run_id)
            session.add(bead)
        for name in _SNAP_FIELDS:
            value = target.get(name)  # a snapshot from before a field existed (hints) has none
            setattr(bead, name, list(value) if isinstance(value, list) else value)
        for side, texts in (target.get(_TEXTS) or {}).items():
            run = bead.run if bead.run is not None else session.get(AlignmentRun, run_id)
            for index, text in texts.items():
                _sentence_row(session, run, side, int(index)).text = text
        if bead.status not in BEAD_STATUSES:
            raise ReviewError(f"unknown bead status {bead.status!r}")
        bead.changed_by, bead.changed_at = actor, now
        out.append(bead)
    session.flush()
    return out


def _stacks(session: Session, run_id: int, actor: str) -> tuple[list[int], list[int]]:
    """Replay ``actor``'s log in this run: (events that can be undone, undo events that can be redone)."""
    done: list[int] = []
    undone: list[int] = []
    rows = session.execute(select(ReviewEvent.id, ReviewEvent.action, ReviewEvent.ref_id).where(
        ReviewEvent.run_id == run_id, ReviewEvent.actor == actor).order_by(ReviewEvent.id)).all()
    for event_id, action, ref_id in rows:
        if action == "undo":
            if ref_id in done:
                done.remove(ref_id)
            undone.append(event_id)
        elif action == "redo":
            if ref_id in undone:
                undone.remove(ref_id)
            done.append(event_id)
        else:
            done.append(event_id)
            undone.clear()
    return done, undone


def _same_content(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return all(a.get(name) == b.get(name) for name in _SNAP_FIELDS)


def _event_view(e: ReviewEvent) -> EventView:
    return EventView(id=e.id, run_id=e.run_id, bead_id=e.bead_id, action=e.action, actor=e.actor, at=e.at,
                     before=list(e.before or []), after=list(e.after or []), ref_id=e.ref_id)
