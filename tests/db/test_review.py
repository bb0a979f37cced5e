"""Review actions, their undo and redo, and what happens when two reviewers touch the same bead."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from db.errors import ConflictError, NotFoundError, ReviewError
from db.repository import Repository
from db.schema import Bead


def state(repo: Repository, run_id: int) -> list[tuple]:
    """What a reviewer sees of a run (everything but versions and timestamps)."""
    return [(b.id, b.order, b.source_ids, b.target_ids, b.status, b.reviewer, b.note, b.kinds, b.score)
            for b in repo.list_beads(run_id)]


def shape(repo: Repository, run_id: int) -> list[tuple]:
    return [(b.source_ids, b.target_ids, b.status) for b in repo.list_beads(run_id)]


def _confirm(repo, beads):
    view = repo.confirm(beads[1].id, actor="ann", expected_version=beads[1].version)
    assert view.status == "confirmed" and view.reviewer == "ann"
    assert view.version == beads[1].version + 1


def _reject(repo, beads):
    view = repo.reject(beads[2].id, actor="ann")
    assert view.status == "rejected" and view.reviewer == "ann"
    assert view.kinds == ("numbers",)  # rejecting does not hide the drift flag


def _note(repo, beads):
    view = repo.set_note(beads[0].id, "check the date", actor="ann")
    assert view.note == "check the date" and view.status == "automatic"


def _merge(repo, beads):
    view = repo.merge_with_next(beads[2].id, actor="ann")
    assert (view.source_ids, view.target_ids, view.status) == ((2, 3), (2, 3), "edited")
    assert view.source == (beads[2].source[0], beads[3].source[0])
    # the merged pair is judged afresh: its numbers still differ (120 000 / 12 000), so it stays flagged
    assert view.score is None and view.kinds == ("numbers",)


def _split(repo, beads):
    first, second = repo.split(beads[2].id, 1, 0, actor="ann")
    assert (first.source_ids, first.target_ids) == ((2,), ())
    assert (second.source_ids, second.target_ids) == ((), (2,))
    assert beads[2].order < second.order < beads[3].order


def _relink(repo, beads):
    view = repo.relink(beads[1].id, [1, 2], [1], actor="ann")
    assert (view.source_ids, view.target_ids, view.status) == ((1, 2), (1,), "edited")


def _omission(repo, beads):
    view = repo.mark_omission(beads[3].id, actor="ann")
    assert (view.source_ids, view.target_ids, view.status) == ((3,), (), "omission")


def _addition(repo, beads):
    view = repo.mark_addition(beads[4].id, actor="ann")
    assert (view.source_ids, view.target_ids, view.status) == ((), (4,), "addition")


ACTIONS = {"confirm": _confirm, "reject": _reject, "note": _note, "merge": _merge, "split": _split,
           "relink": _relink, "omission": _omission, "addition": _addition}

EXPECTED_SHAPES = {
    "merge": 5,
    "split": 7,
    "relink": 6,
    "omission": 7,
    "addition": 7,
}


@pytest.mark.parametrize("action", list(ACTIONS))
def test_each_action_is_logged_undone_and_redone(repo: Repository, run_id: int, action: str) -> None:
    before = state(repo, run_id)
    beads = repo.list_beads(run_id)
    ACTIONS[action](repo, beads)
    after = state(repo, run_id)
    assert after != before
    assert len(after) == EXPECTED_SHAPES.get(action, len(before))
    covered_src = sorted(x for b in repo.list_beads(run_id) for x in b.source_ids)
    assert covered_src == list(range(len(beads)))  # every sentence stays in exactly one bead

    undo = repo.undo(run_id, actor="ann")
    assert undo is not None and undo.action == "undo"
    assert state(repo, run_id) == before
    redo = repo.redo(run_id, actor="ann")
    assert redo is not None and redo.action == "redo" and redo.ref_id == undo.id
    assert state(repo, run_id) == after

    log = repo.history(run_id)
    assert [e.action for e in log] == ["redo", "undo", action]
    assert {e.actor for e in log} == {"ann"}
    original = log[2]
    assert original.bead_id is not None and undo.ref_id == original.id
    assert original.before and original.after
    assert all("version" in snap for snap in original.before + original.after)


def test_relink_takes_sentences_from_neighbours(repo: Repository, run_id: int) -> None:
    beads = repo.list_beads(run_id)
    repo.confirm(beads[2].id, actor="bob")
    repo.relink(beads[1].id, [1, 2], [1, 2], actor="ann")
    ids = [b.id for b in repo.list_beads(run_id)]
    assert beads[2].id not in ids  # it had nothing left
    repo.relink(beads[1].id, [1], [1, 2, 3], actor="ann")
    third = repo.get_bead(beads[3].id)
    assert (third.source_ids, third.target_ids, third.status) == ((3,), (), "automatic")
    # source sentence 2, let go of, is not lost: it stands alone right after the bead
    now = repo.list_beads(run_id)
    released = [b for b in now if b.source_ids == (2,)]
    assert len(released) == 1 and released[0].target_ids == () and released[0].status == "automatic"
    order = [b.id for b in now]
    assert order.index(released[0].id) == order.index(beads[1].id) + 1
    assert sorted(x for b in now for x in b.source_ids) == list(range(len(beads)))
    repo.undo(run_id, actor="ann")
    repo.undo(run_id, actor="ann")
    restored = repo.get_bead(beads[2].id)
    assert (restored.source_ids, restored.status, restored.reviewer) == ((2,), "confirmed", "bob")


def test_undo_walks_back_and_redo_forward_per_actor(repo: Repository, run_id: int) -> None:
    beads = repo.list_beads(run_id)
    states = [state(repo, run_id)]
    repo.confirm(beads[0].id, actor="ann")
    states.append(state(repo, run_id))
    repo.merge_with_next(beads[1].id, actor="ann")
    states.append(state(repo, run_id))
    repo.set_note(beads[4].id, "bob's note", actor="bob")
    bob_state = state(repo, run_id)
    repo.mark_omission(beads[5].id, actor="ann")
    final = state(repo, run_id)

    assert repo.undo_redo_available(run_id, actor="ann") == (True, False)
    repo.undo(run_id, actor="ann")
    assert state(repo, run_id) == bob_state
    repo.undo(run_id, actor="ann")  # the merge; bob's note stays
    assert repo.get_bead(beads[4].id).note == "bob's note"
    assert [b.source_ids for b in repo.list_beads(run_id)][:4] == [(0,), (1,), (2,), (3,)]
    repo.undo(run_id, actor="ann")
    assert repo.get_bead(beads[0].id).status == "automatic"
    assert repo.undo(run_id, actor="ann") is None  # ann has nothing left to undo
    assert repo.undo_redo_available(run_id, actor="ann") == (False, True)

    repo.redo(run_id, actor="ann")
    repo.redo(run_id, actor="ann")
    repo.redo(run_id, actor="ann")
    assert state(repo, run_id) == final
    assert repo.redo(run_id, actor="ann") is None

    # A new action after an undo drops what could have been redone.
    repo.undo(run_id, actor="ann")
    repo.reject(beads[0].id, actor="ann")
    assert repo.redo(run_id, actor="ann") is None
    repo.undo(run_id, actor="ann")
    assert repo.get_bead(beads[0].id).status == "confirmed"
    assert len(states) == 3


def test_invalid_actions_change_nothing(repo: Repository, run_id: int) -> None:
    beads = repo.list_beads(run_id)
    before = state(repo, run_id)
    with pytest.raises(ReviewError):
        repo.merge_with_next(beads[-1].id, actor="ann")
    with pytest.raises(ReviewError):
        repo.split(beads[0].id, 1, 1, actor="ann")  # nothing would be left after the cut
    with pytest.raises(ReviewError):
        repo.split(beads[0].id, 2, 0, actor="ann")
    with pytest.raises(ReviewError):
        repo.relink(beads[0].id, [99], [0], actor="ann")
    with pytest.raises(ReviewError):
        repo.relink(beads[0].id, [], [], actor="ann")
    with pytest.raises(ReviewError):
        repo.confirm(beads[0].id, actor="  ")
    with pytest.raises(NotFoundError):
        repo.confirm(10_000, actor="ann")
    assert state(repo, run_id) == before
    assert repo.history(run_id) == []

    repo.mark_omission(beads[0].id, actor="ann")
    with pytest.raises(ReviewError):
        repo.mark_addition(beads[0].id, actor="ann")  # it has no target sentence any more
    repo.merge_with_next(beads[1].id, actor="ann")
    with pytest.raises(NotFoundError):
        repo.confirm(beads[2].id, actor="ann")  # merged away


def test_stale_version_is_a_conflict_naming_who_changed_it(repo: Repository, run_id: int) -> None:
    seen_by_ann = repo.list_beads(run_id)[1]
    seen_by_bob = repo.list_beads(run_id)[1]
    repo.confirm(seen_by_ann.id, actor="ann", expected_version=seen_by_ann.version)
    with pytest.raises(ConflictError) as info:
        repo.reject(seen_by_bob.id, actor="bob", expected_version=seen_by_bob.version)
    assert "changed by ann" in str(info.value) and "reload" in str(info.value)
    assert info.value.bead_id == seen_by_bob.id and info.value.changed_by == "ann"
    now = repo.get_bead(seen_by_bob.id)
    assert (now.status, now.reviewer) == ("confirmed", "ann")
    assert [e.actor for e in repo.history(run_id)] == ["ann"]
    repo.reject(now.id, actor="bob", expected_version=now.version)  # after reloading it works


def test_write_between_read_and_flush_is_a_conflict(repo: Repository, db_url: str, run_id: int) -> None:
    """Bob commits while Ann's transaction has read the bead but not yet written it."""
    bead = repo.list_beads(run_id)[0]
    bob = Repository.open(db_url)

    def change(session, loaded):
        bob.confirm(loaded.id, actor="bob")
        return [{**{k: getattr(loaded, k) for k in ("id", "version", "order", "active", "source_ids",
                                                      "target_ids", "score", "similarity", "drift_score",
                                                      "kinds", "reasons", "evidence", "status", "reviewer",
                                                      "note")}, "note": "ann's note"}]

    try:
        with pytest.raises(ConflictError) as info:
            repo._review("note", bead.id, "ann", None, change)
    finally:
        bob.close()
    assert "changed by bob" in str(info.value)
    now = repo.get_bead(bead.id)
    assert (now.status, now.note) == ("confirmed", None)
    assert [e.actor for e in repo.history(run_id)] == ["bob"]


def test_two_threads_one_bead_one_wins(repo: Repository, run_id: int) -> None:
    bead = repo.list_beads(run_id)[3]
    barrier = threading.Barrier(2)
    outcomes: dict[str, str] = {}

    def act(actor: str, method) -> None:
        barrier.wait()
        try:
            method(bead.id, actor=actor, expected_version=bead.version)
            outcomes[actor] = "ok"
        except ConflictError:
            outcomes[actor] = "conflict"

    threads = [threading.Thread(target=act, args=("ann", repo.confirm)),
               threading.Thread(target=act, args=("bob", repo.reject))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(outcomes.values()) == ["conflict", "ok"]
    winner = next(a for a, o in outcomes.items() if o == "ok")
    assert repo.get_bead(bead.id).reviewer == winner
    assert [e.actor for e in repo.history(run_id)] == [winner]


def test_orm_sessions_cannot_overwrite_each_other(repo: Repository, run_id: int) -> None:
    """The version column itself: two sessions that loaded the same row, the second flush fails."""
    bead_id = repo.list_beads(run_id)[0].id
    with Session(repo.engine) as first, Session(repo.engine) as second:
        a = first.get(Bead, bead_id)
        b = second.get(Bead, bead_id)
        assert a is not None and b is not None
        a.note = "first"
        first.commit()
        b.note = "second"
        with pytest.raises(StaleDataError):
            second.commit()
    assert repo.get_bead(bead_id).note == "first"


def test_undo_after_someone_else_changed_the_bead_is_refused(repo: Repository, run_id: int) -> None:
    bead = repo.list_beads(run_id)[0]
    repo.confirm(bead.id, actor="ann")
    repo.set_note(bead.id, "looks right", actor="bob")
    with pytest.raises(ConflictError) as info:
        repo.undo(run_id, actor="ann")
    assert "bob" in str(info.value)
    now = repo.get_bead(bead.id)
    assert (now.status, now.note) == ("confirmed", "looks right")
    assert repo.undo(run_id, actor="bob") is not None
    assert repo.undo(run_id, actor="ann") is not None
    assert repo.get_bead(bead.id).status == "automatic"


def test_relink_releasing_both_sides_keeps_every_sentence(repo: Repository, run_id: int) -> None:
    beads = repo.list_beads(run_id)
    merged = repo.merge_with_next(beads[1].id, actor="ann")
    assert (merged.source_ids, merged.target_ids) == ((1, 2), (1, 2))
    repo.relink(merged.id, [1], [1], actor="ann")
    now = repo.list_beads(run_id)
    assert sorted(x for b in now for x in b.source_ids) == list(range(len(beads)))
    assert sorted(x for b in now for x in b.target_ids) == list(range(len(beads)))
    lone = [(b.source_ids, b.target_ids) for b in now
            if b.status == "automatic" and 2 in b.source_ids + b.target_ids]
    assert sorted(lone) == [((), (2,)), ((2,), ())]
    before = state(repo, run_id)
    repo.undo(run_id, actor="ann")
    repo.redo(run_id, actor="ann")
    assert state(repo, run_id) == before


OMITTED = ["La guerre a commencé en avril.", "Strelkov venait de Moscou.",
           "Il a dit que 120 000 personnes ont fui.", "Personne n'a compté les morts.",
           "Les reporters sont partis en juin."]
"""The French of ``EN`` without "The ceasefire did not hold." (source sentence 4, 0-based)."""


@pytest.fixture
def omission_run(repo: Repository, make_doc) -> int:
    """A run whose 2:1 pair holds a real omission: source 3+4 ↔ target 3, not flagged by the aligner."""
    from alignment.types import Alignment
    from alignment.types import Bead as Pair
    from tests.db.conftest import EN

    project = repo.create_project("Omission")
    source, _ = repo.import_document(project.id, make_doc(EN, "en"))
    target, _ = repo.import_document(project.id, make_doc(OMITTED, "fr"))
    links = [((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3, 4), (3,)), ((5,), (4,))]
    alignment = Alignment([Pair(s, t, 0.9, 0.8) for s, t in links], model="hashing", params={})
    return repo.store_run(source.id, target.id, alignment, actor="aligner").id


def test_relink_that_releases_an_omitted_sentence_flags_it(repo: Repository, omission_run: int) -> None:
    two_to_one = repo.list_beads(omission_run)[3]
    assert two_to_one.kinds == ()
    repo.relink(two_to_one.id, [3], [3], actor="ann")
    released = next(b for b in repo.list_beads(omission_run) if b.source_ids == (4,))
    assert released.target_ids == () and released.status == "automatic"
    assert released.kinds == ("omission",) and released.flagged
    assert released.drift_score is not None and released.drift_score > 0.5
    # the re-linked 1:1 pair is judged too, and the machine's score no longer claims to describe it
    relinked = repo.get_bead(two_to_one.id)
    assert relinked.kinds == () and relinked.score is None and relinked.drift_score is not None
    repo.undo(omission_run, actor="ann")  # undo gives the 2:1 pair its old (unflagged) verdict back
    assert [(b.source_ids, b.kinds) for b in repo.list_beads(omission_run)][3] == ((3, 4), ())


def test_corrected_pairs_get_their_similarity_from_the_runs_encoder(repo: Repository,
                                                                    omission_run: int) -> None:
    from models.registry import load_encoder

    asked = []
    repo.drift_encoder = lambda model: asked.append(model) or load_encoder("hashing")
    beads = repo.list_beads(omission_run)
    merged = repo.merge_with_next(beads[0].id, actor="ann")
    assert asked == ["hashing"]
    assert merged.score is None and merged.similarity is not None and 0.0 < merged.similarity <= 1.0
    first, second = repo.split(merged.id, 1, 1, actor="ann")
    assert first.similarity is not None and second.similarity is not None
    assert first.similarity != merged.similarity


def test_review_progress_counts_decided_and_flagged_pairs_per_reviewer(repo: Repository, run_id: int,
                                                                         pair) -> None:
    project = pair[0]
    beads = repo.list_beads(run_id)  # six 1:1 pairs, the third flagged (numbers)
    start = repo.review_progress(project)
    assert (start.total, start.reviewed, start.flagged, start.resolved, start.by_reviewer) == (6, 0, 1, 0, {})
    repo.confirm(beads[0].id, actor="ann")
    repo.reject(beads[2].id, actor="bob")  # the flagged pair: decided on
    repo.set_note(beads[3].id, "later", actor="ann")  # a note is no decision
    now = repo.review_progress(project)
    assert (now.total, now.reviewed, now.flagged, now.resolved) == (6, 2, 1, 1)
    assert now.by_reviewer == {"ann": (1, 0), "bob": (1, 1)}
    assert repo.review_progress(project, run_id=run_id) == now
    repo.undo(run_id, actor="bob")
    assert repo.review_progress(project).by_reviewer == {"ann": (1, 0)}


def test_correcting_a_typo_is_logged_undone_and_re_judged(repo: Repository, run_id: int) -> None:
    flagged = repo.list_beads(run_id)[2]  # "120 000" against "12 000": flagged numbers
    assert flagged.kinds == ("numbers",)
    fixed = repo.edit_text(flagged.id, "target", 2, "Il a dit que 120 000 personnes ont fui.", actor="ann",
                           expected_version=flagged.version)
    assert fixed.target == ("Il a dit que 120 000 personnes ont fui.",)
    assert fixed.kinds == () and fixed.status == "edited" and fixed.reviewer == "ann", "judged again"
    assert repo.load_document(repo.get_run(run_id).target_document_id).sentences[2].text.startswith(
        "Il a dit que 120 000")
    assert [e.action for e in repo.history(run_id)] == ["edit_text"]
    repo.undo(run_id, actor="ann")
    back = repo.get_bead(flagged.id)
    assert back.target == flagged.target and back.kinds == ("numbers",) and back.status == "automatic"
    repo.redo(run_id, actor="ann")
    again = repo.get_bead(flagged.id)
    assert again.target == fixed.target and again.kinds == ()
    with pytest.raises(ReviewError, match="not in this pair"):
        repo.edit_text(flagged.id, "target", 4, "Autre chose.", actor="ann")
    with pytest.raises(ReviewError, match="cannot be emptied"):
        repo.edit_text(flagged.id, "target", 2, "  ", actor="ann")


def test_a_corrected_sentence_is_what_the_cat_exports_write(repo: Repository, run_id: int) -> None:
    """TMX and XLIFF write the document's own sentence text (footnote markers kept); a sentence a
    reviewer corrected is written as corrected, not as the document first read it."""
    from corpora.exporters.raw import segment_sentences

    bead = repo.list_beads(run_id)[2]
    repo.edit_text(bead.id, "target", 2, "Il a dit que 120 000 personnes ont fui.", actor="ann")
    corpus = repo.aligned_corpus(run_id)
    assert segment_sentences(corpus.beads[2], "target") == ["Il a dit que 120 000 personnes ont fui."]
    assert segment_sentences(corpus.beads[3], "target") == [repo.list_beads(run_id)[3].target[0]]


def test_a_dismissed_flag_counts_as_a_flagged_pair_resolved(repo: Repository, run_id: int, pair) -> None:
    flagged = repo.list_beads(run_id)[2]
    repo.dismiss_flags(flagged.id, actor="cleo")
    assert repo.get_bead(flagged.id).kinds == ()
    now = repo.review_progress(pair[0])
    assert (now.total, now.reviewed, now.flagged, now.resolved) == (6, 1, 1, 1)
    assert now.by_reviewer == {"cleo": (1, 1)}


def test_a_text_correction_keeps_a_flag_the_reviewer_dismissed(repo: Repository, run_id: int) -> None:
    flagged = repo.list_beads(run_id)[2]  # numbers: 120 000 / 12 000
    repo.dismiss_flags(flagged.id, actor="cleo")
    fixed = repo.edit_text(flagged.id, "source", 2, "He said 120 000 people had fled.", actor="ann")
    assert fixed.source == ("He said 120 000 people had fled.",)
    assert fixed.kinds == (), "the dismissed numbers flag stays dismissed"
    assert any(h.get("kind") == "numbers" and h.get("dismissed", {}).get("by") == "cleo" for h in fixed.hints)
    merged = repo.merge_with_next(flagged.id, actor="ann")  # another pair: judged afresh
    assert merged.kinds == ("numbers",)


def test_a_corrected_pair_is_judged_with_the_projects_own_calibration(repo: Repository, run_id: int,
                                                                      monkeypatch) -> None:
    import alignment.drift_pipeline as pipeline

    seen = []
    real = pipeline.rejudge

    def spy(*args, **kwargs):
        seen.append(args[6] if len(args) > 6 else kwargs.get("calibration"))
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "rejudge", spy)
    beads = repo.list_beads(run_id)
    repo.dismiss_flags(beads[2].id, actor="cleo")  # the project's reviewers dismissed a numbers flag
    repo.merge_with_next(beads[3].id, actor="ann")
    assert seen and seen[-1] is not None
    assert "numbers" in seen[-1].provenance.get("project_feedback", {})
