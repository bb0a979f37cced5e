"""The project termbase in the database, and "not a drift": a dismissal in the review log that
undo takes back and the pair's next run honours."""

from __future__ import annotations

import pytest

from alignment.records import BeadRecord, Evidence, honour_dismissals
from alignment.termbase import TermEntry
from db.errors import ConflictError, PermissionDenied, ReviewError
from db.repository import Repository

BLACK = TermEntry.of({"en": "Black Hundreds", "fr": "Cent-Noirs", "ru": "черносотенцы"}, "1905")
WHITE = TermEntry.of({"en": "White Guards", "fr": "Gardes blancs"})


def test_entries_are_added_once_listed_and_read_as_a_termbase(repo: Repository, pair) -> None:
    project, _, _ = pair
    added = repo.add_terms(project, [BLACK, WHITE, TermEntry.of({"en": "Kremlin"})], actor="ann")
    assert [t.entry for t in added] == [BLACK, WHITE] and added[0].created_by == "ann"
    again = TermEntry.of({"en": "black hundreds", "fr": "Cent-Noirs"})
    assert repo.add_terms("Donbass", [again, BLACK], actor="ann") == []
    assert [t.entry.label() for t in repo.list_terms(project)] == [
        "en: Black Hundreds · fr: Cent-Noirs · ru: черносотенцы", "en: White Guards · fr: Gardes blancs"]
    assert repo.termbase(project).covered("the Black Hundreds", "en", "les Cent-Noirs", "fr").entries == (0,)
    assert repo.terms_changed_at(project) is not None
    assert repo.terms_changed_at(repo.create_project("empty").id) is None
    repo.delete_term(added[1].id)
    assert len(repo.termbase(project)) == 1


def test_a_viewer_reads_the_termbase_but_cannot_change_it(repo: Repository, pair) -> None:
    for name in ("olga", "vic"):
        repo.create_account(name, "long enough password")
    olga = repo.as_user("olga")
    project = olga.create_project("Team")
    olga.add_member(project.id, "vic", "viewer")
    olga.add_terms(project.id, [BLACK])
    vic = repo.as_user("vic")
    assert len(vic.termbase(project.id)) == 1
    with pytest.raises(PermissionDenied):
        vic.add_terms(project.id, [WHITE])
    assert vic.list_terms(project.id)[0].created_by == "olga"


def test_not_a_drift_is_logged_with_who_and_when_and_undone(repo: Repository, run_id: int) -> None:
    bead = repo.list_beads(run_id)[2]
    assert bead.kinds == ("numbers",)
    view = repo.dismiss_flags(bead.id, actor="ann", expected_version=bead.version)
    assert view.kinds == () and not view.flagged and view.status == "automatic"
    mark = view.hints[0]["dismissed"]
    assert view.hints[0]["kind"] == "numbers" and mark["by"] == "ann" and mark["reason"] == "not a drift"
    event = repo.history(run_id)[0]
    assert (event.action, event.actor, event.bead_id) == ("dismiss", "ann", bead.id) and event.at
    assert [(d.source_ids, d.target_ids, d.kind, d.by) for d in repo.dismissals(run_id)] == [
        ((2,), (2,), "numbers", "ann")]
    with pytest.raises(ConflictError):  # optimistic: the version the reviewer saw has moved on
        repo.dismiss_flags(bead.id, actor="bob", expected_version=bead.version)
    with pytest.raises(ReviewError):  # nothing left to dismiss
        repo.dismiss_flags(bead.id, actor="ann")
    repo.undo(run_id, actor="ann")
    assert repo.list_beads(run_id)[2].kinds == ("numbers",) and repo.dismissals(run_id) == []


def test_a_dismissed_flag_stays_dismissed_on_the_same_bead_of_the_next_run() -> None:
    numbers = Evidence("numbers", "“52” vs “25”", 1.0, ((10, 12),), ((10, 12),))
    names = Evidence("names", "“Kiev” has no counterpart", 0.8, ((0, 4),))
    records = [BeadRecord(0, [3], [3], ["a"], ["b"], kinds=["numbers", "names"],
                          reasons=["numbers: “52” vs “25”", "names: “Kiev” has no counterpart"],
                          evidence=[numbers, names]),
               BeadRecord(1, [4], [4], ["c"], ["d"], kinds=["numbers"], reasons=["numbers: x"],
                          evidence=[numbers])]
    from alignment.records import Dismissal

    moved = honour_dismissals(records, [Dismissal((3,), (3,), "numbers", "ann", "2026-12-06T05:00:00")])
    assert moved == 1
    assert records[0].kinds == ["names"] and records[0].reasons == ["names: “Kiev” has no counterpart"]
    assert records[0].hints[0].kind == "numbers" and records[0].hints[0].dismissed["by"] == "ann"
    assert records[0].stored_drift()["hints"][0]["dismissed"]["reason"] == "not a drift"
    assert records[1].kinds == ["numbers"]  # another bead: its own flag stands


def test_the_project_feedback_counts_kept_and_dismissed_flags_per_kind(repo: Repository, run_id: int,
                                                                       pair) -> None:
    from alignment.drift_calibration import KindFeedback
    from db.review import feedback_of

    assert repo.flag_feedback(pair[0]) == {}
    bead = repo.list_beads(run_id)[2]
    repo.dismiss_flags(bead.id, actor="ann")
    assert repo.flag_feedback(pair[0])["numbers"] == KindFeedback(reviewed=1, dismissed=1)
    rows = [(["names"], "confirmed", None), (["names"], "automatic", None),
            ([], "automatic", [{"kind": "names", "dismissed": {"by": "ann"}}])]
    # a confirmed pair keeps its flag; an unreviewed one says nothing
    assert feedback_of(rows)["names"] == KindFeedback(2, 1)
