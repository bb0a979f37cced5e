"""Alignment runs: storing, re-aligning around confirmed beads, crashes, filters, export, quality."""

from __future__ import annotations

import dataclasses
import json

import pytest

from alignment.types import Alignment
from alignment.types import Bead as Pair
from db.errors import DataError
from db.repository import Repository
from db.views import BeadFilter


def test_store_run_keeps_everything_the_aligner_and_drift_said(repo: Repository, pair, run_id: int,
                                                               texts) -> None:
    _, source, target = pair
    en, fr = texts
    run = repo.get_run(run_id)
    assert (run.source_document_id, run.target_document_id, run.model) == (source, target, "fake-model")
    assert run.params == {"band": 8} and run.is_current and run.beads == len(en)
    assert repo.current_run(source, target) == run
    assert repo.current_run(target, source) is None
    beads = repo.list_beads(run_id)
    assert [b.source for b in beads] == [(s,) for s in en]
    assert [b.target for b in beads] == [(t,) for t in fr]
    assert beads[0].source_sids == ("en-0",) and beads[0].target_sids == ("fr-0",)
    assert beads[2].kinds == ("numbers",) and beads[2].reasons == ("120 000 vs 12 000",)
    assert beads[2].evidence == {"source": "120 000", "target": "12 000"}
    assert beads[2].drift_score == pytest.approx(0.9)
    assert beads[0].score == pytest.approx(0.9) and beads[0].similarity == pytest.approx(0.8)
    assert all(b.status == "automatic" and b.version == 1 for b in beads)


def test_realigning_keeps_confirmed_beads_and_the_older_run(repo: Repository, pair, run_id: int) -> None:
    project, source, target = pair
    beads = repo.list_beads(run_id)
    repo.confirm(beads[0].id, actor="ann")
    repo.confirm(beads[4].id, actor="bob")
    repo.set_note(beads[4].id, "checked against the print edition", actor="bob")
    repo.reject(beads[2].id, actor="ann")

    anchors = repo.confirmed_anchors(run_id)
    assert [(a.source_ids, a.target_ids) for a in anchors] == [((0,), (0,)), ((4,), (4,))]
    assert all(isinstance(a, Pair) for a in anchors)

    # The aligner, given the anchors, keeps them and changes its mind elsewhere.
    new = Alignment([anchors[0], Pair((1, 2), (1,), 0.7, 0.6), Pair((3,), (2, 3), 0.6, 0.5), anchors[1],
                     Pair((5,), (5,), 0.8, 0.7)], model="better-model")
    second = repo.store_run(source, target, new, actor="ann")
    assert repo.current_run(source, target).id == second.id
    old = repo.get_run(run_id)
    assert not old.is_current
    assert [r.id for r in repo.list_runs(project)] == [second.id, run_id]
    assert [r.id for r in repo.list_runs(project, current_only=True)] == [second.id]

    kept = repo.list_beads(second.id)
    assert [(b.status, b.reviewer) for b in kept] == [
        ("confirmed", "ann"), ("automatic", None), ("automatic", None), ("confirmed", "bob"),
        ("automatic", None)]
    assert kept[3].note == "checked against the print edition"
    assert repo.quality(second.id).automatic == 3  # carried beads are not the machine's new work

    # The older run is untouched, for comparison, and can be made current again.
    assert [b.status for b in repo.list_beads(run_id)] == [
        "confirmed", "automatic", "rejected", "automatic", "confirmed", "automatic"]
    repo.set_current_run(run_id)
    assert repo.current_run(source, target).id == run_id


class CrashingDrift:
    """Drift results whose n-th entry blows up: a crash in the middle of storing a run."""

    def __init__(self, n: int, crash_at: int):
        self.n, self.crash_at = n, crash_at

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, i: int) -> dict:
        if i == self.crash_at:
            raise RuntimeError("drift scorer crashed")
        return {"kinds": ["omission"], "reasons": ["shorter"], "drift_score": 0.5}


def test_crash_while_storing_a_run_leaves_the_previous_state(repo: Repository, pair, run_id: int,
                                                             make_alignment) -> None:
    project, source, target = pair
    beads = repo.list_beads(run_id)
    repo.confirm(beads[1].id, actor="ann")
    snapshot = [(b.id, b.status, b.kinds, b.version) for b in repo.list_beads(run_id)]

    with pytest.raises(RuntimeError, match="crashed"):
        repo.store_run(source, target, make_alignment(6), CrashingDrift(6, crash_at=4), actor="ann")
    with pytest.raises(DataError):
        repo.store_run(source, target, Alignment([Pair((0,), (0,)), Pair((1, 99), (1,))]), actor="ann")

    assert repo.current_run(source, target).id == run_id
    assert [r.id for r in repo.list_runs(project)] == [run_id]
    assert [(b.id, b.status, b.kinds, b.version) for b in repo.list_beads(run_id)] == snapshot
    # and storing works afterwards
    assert repo.store_run(source, target, make_alignment(6)).id != run_id


def test_store_run_refuses_data_that_does_not_fit(repo: Repository, pair, make_alignment) -> None:
    _, source, target = pair
    with pytest.raises(DataError):
        repo.store_run(source, target, make_alignment(6), drift=[{}] * 5)
    with pytest.raises(DataError):
        repo.store_run(source, target, Alignment([Pair((), ())]))
    assert repo.current_run(source, target) is None


def test_filters(repo: Repository, run_id: int) -> None:
    beads = repo.list_beads(run_id)
    repo.confirm(beads[0].id, actor="ann")
    repo.set_note(beads[5].id, "Ask the AUTHOR", actor="ann")

    def ids(flt: BeadFilter) -> list[int]:
        return [b.id for b in repo.list_beads(run_id, flt)]

    assert ids(BeadFilter(flagged_only=True)) == [beads[2].id]
    assert ids(BeadFilter(kinds=("numbers", "names"))) == [beads[2].id]
    assert ids(BeadFilter(kinds=("names",))) == []
    assert ids(BeadFilter(statuses=("confirmed",))) == [beads[0].id]
    assert len(ids(BeadFilter(statuses=("automatic",)))) == 5
    assert ids(BeadFilter(search="strelkov")) == [beads[1].id]
    assert ids(BeadFilter(search="MOSCOU")) == [beads[1].id]  # target side too
    assert ids(BeadFilter(search="author")) == [beads[5].id]  # and the note
    assert ids(BeadFilter(min_score=0.885)) == [beads[0].id, beads[1].id]
    assert ids(BeadFilter(flagged_only=True, statuses=("confirmed",))) == []


def test_the_export_shape_carries_what_the_machine_and_the_reviewer_said(repo: Repository, run_id: int,
                                                                         texts) -> None:
    en, fr = texts
    beads = repo.list_beads(run_id)
    repo.confirm(beads[3].id, actor="ann")
    repo.set_note(beads[3].id, "fine", actor="ann")
    corpus = repo.aligned_corpus(run_id)
    assert len(corpus.beads) == len(en)
    json.dumps(dataclasses.asdict(corpus))  # nothing that JSON cannot hold
    assert (corpus.source_lang, corpus.target_lang, corpus.model, corpus.name) == ("en", "fr", "fake-model",
                                                                                   "Donbass")
    bead = corpus.beads[3]
    assert bead.source == [en[3]] and bead.target == [fr[3]]
    assert (bead.status, bead.reviewer, bead.note) == ("confirmed", "ann", "fine")
    assert corpus.beads[2].kinds == ["numbers"] and corpus.beads[2].evidence
    assert repo.get_bead(beads[3].id).source_sids == ("en-3",)

    flagged = repo.aligned_corpus(run_id, BeadFilter(flagged_only=True))
    assert [b.source for b in flagged.beads] == [[en[2]]]
    confirmed = repo.aligned_corpus(run_id, BeadFilter(statuses=("confirmed",)))
    assert [(b.source, b.note) for b in confirmed.beads] == [([en[3]], "fine")]


def test_quality_follows_what_reviewers_decide(repo: Repository, run_id: int) -> None:
    beads = repo.list_beads(run_id)
    fresh = repo.quality(run_id)
    assert (fresh.automatic, fresh.judged) == (6, 0)
    assert fresh.strict_precision is None and fresh.lax_precision is None

    repo.confirm(beads[0].id, actor="ann")
    repo.confirm(beads[1].id, actor="ann")
    q = repo.quality(run_id)
    assert (q.judged, q.strict_precision, q.lax_precision) == (2, 1.0, 1.0)

    repo.reject(beads[2].id, actor="ann")  # wrong, by strict and lax measure alike
    repo.merge_with_next(beads[3].id, actor="ann")  # the machine split what belongs together
    q = repo.quality(run_id)
    assert q.judged == 5
    assert q.strict_precision == pytest.approx(2 / 5)
    assert q.lax_precision == pytest.approx(4 / 5)
    assert q.coverage == pytest.approx(5 / 6)

    repo.undo(run_id, actor="ann")
    assert repo.quality(run_id).judged == 3


def test_store_run_takes_drift_detections_own_shape(repo: Repository, pair, make_alignment) -> None:
    drift = pytest.importorskip("alignment.drift")
    _, source, target = pair
    signal = drift.DriftSignal("numbers", "120 000 vs 12 000", ((8, 15),), ((12, 18),), 0.9)
    beads = [drift.BeadDrift(i, 0.05, [], {}) for i in range(6)]
    beads[2] = drift.BeadDrift(2, 0.93, [signal], {"numbers": 0.9})
    report = drift.DriftReport(beads, drift.DocumentStats(), "en", "fr")
    for given in (beads, report):
        run = repo.store_run(source, target, make_alignment(6), given)
        stored = repo.list_beads(run.id)
        assert [b.flagged for b in stored] == [False, False, True, False, False, False]
        flagged = stored[2]
        # Stored exactly as the pipeline stores it: the reason names its kind, one evidence entry
        # per signal with its spans.
        assert (flagged.kinds, flagged.reasons) == (("numbers",), ("numbers: 120 000 vs 12 000",))
        assert flagged.drift_score == pytest.approx(0.93) and stored[0].drift_score == pytest.approx(0.05)
        assert flagged.evidence == [{"kind": "numbers", "reason": "120 000 vs 12 000", "strength": 0.9,
                                     "source_spans": [[8, 15]], "target_spans": [[12, 18]]}]


def test_hints_are_stored_beside_the_flags_and_survive_undo(repo: Repository, pair, make_alignment) -> None:
    _, source, target = pair
    drift = [{"kinds": [], "reasons": [], "drift_score": 0.1, "evidence": [], "hints": []} for _ in range(6)]
    hint = {"kind": "omission", "reason": "the target is shorter", "strength": 0.4,
            "source_spans": [[0, 8]], "target_spans": []}
    drift[1]["hints"] = [hint]
    run = repo.store_run(source, target, make_alignment(6), drift, actor="ann")
    beads = repo.list_beads(run.id)
    assert beads[1].hints == [hint] and not beads[1].flagged and beads[0].hints is None
    repo.confirm(beads[1].id, actor="ann")
    repo.undo(run.id, actor="ann")
    assert repo.get_bead(beads[1].id).hints == [hint]
