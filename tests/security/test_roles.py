"""Project roles are enforced inside the repository, on SQLite and PostgreSQL; refusals are logged."""

from __future__ import annotations

import pytest
from security_kit import EN, Team, build_document, one_to_one
from sqlalchemy import func, select

from db.errors import DataError, PermissionDenied
from db.repository import Repository
from db.schema import AccessEvent, Base, Bead, ReviewEvent
from db.views import QuoteMatchInput


def _count(repo: Repository, table) -> int:  # type: ignore[no-untyped-def]
    with repo.engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(table)) or 0)


def _all_counts(repo: Repository) -> dict[str, int]:
    with repo.engine.connect() as conn:
        return {t.name: int(conn.scalar(select(func.count()).select_from(t)) or 0)
                for t in Base.metadata.sorted_tables if t.name != "access_log"}


def _denials(repo: Repository, user: str) -> list[AccessEvent]:
    with repo.engine.connect() as conn:
        return list(conn.execute(select(AccessEvent).where(AccessEvent.user == user,
                                                           AccessEvent.event == "denied")).all())


REVIEW_CALLS = {
    "confirm": lambda r, b: r.confirm(b.id, actor="vic", expected_version=b.version),
    "reject": lambda r, b: r.reject(b.id, actor="vic"),
    "note": lambda r, b: r.set_note(b.id, "mine now", actor="vic"),
    "merge": lambda r, b: r.merge_with_next(b.id, actor="vic"),
    "split": lambda r, b: r.split(b.id, 1, 0, actor="vic"),
    "relink": lambda r, b: r.relink(b.id, [0, 1], [0], actor="vic"),
    "omission": lambda r, b: r.mark_omission(b.id, actor="vic"),
    "addition": lambda r, b: r.mark_addition(b.id, actor="vic"),
}


@pytest.mark.parametrize("action", list(REVIEW_CALLS))
def test_a_viewers_review_action_is_refused_by_the_repository(team: Team, action: str) -> None:
    vic = team.as_("vic")
    bead = vic.list_beads(team.run_id)[0]  # a viewer reads
    before = (_count(team.admin, ReviewEvent), _count(team.admin, Bead), vic.get_bead(bead.id).version)
    with pytest.raises(PermissionDenied) as info:
        REVIEW_CALLS[action](vic, bead)
    assert "vic" in str(info.value) and "reviewer role" in str(info.value) and "Donbass" in str(info.value)
    after = (_count(team.admin, ReviewEvent), _count(team.admin, Bead), vic.get_bead(bead.id).version)
    assert after == before
    [logged] = _denials(team.admin, "vic")
    assert logged.project_id == team.project_id and action in logged.action


def test_a_viewer_cannot_undo_nor_import_nor_align(team: Team) -> None:
    rita, vic = team.as_("rita"), team.as_("vic")
    bead = rita.list_beads(team.run_id)[0]
    rita.confirm(bead.id, actor="rita")
    counts = _all_counts(team.admin)
    for call in (lambda: vic.undo(team.run_id, actor="vic"),
                 lambda: vic.import_document(team.project_id, build_document(["Other text."], "en")),
                 lambda: vic.store_run(team.source_id, team.target_id, _one(len(EN))),
                 lambda: vic.set_document_language(team.source_id, "de"),
                 lambda: vic.store_quote_matches(team.source_id, [QuoteMatchInput(0, team.target_id, 0, 1)])):
        with pytest.raises(PermissionDenied):
            call()
    assert _all_counts(team.admin) == counts
    assert len(_denials(team.admin, "vic")) == 5
    assert vic.undo_redo_available(team.run_id, actor="vic") == (False, False)


def _one(n: int):  # type: ignore[no-untyped-def]
    return one_to_one(n)


def test_a_reviewers_actions_are_recorded_under_the_signed_in_name(team: Team) -> None:
    rita = team.as_("rita")
    bead = rita.list_beads(team.run_id)[0]
    done = rita.confirm(bead.id, actor="someone-else", expected_version=bead.version)
    assert (done.status, done.reviewer, done.changed_by) == ("confirmed", "rita", "rita")
    assert [e.actor for e in rita.history(team.run_id)] == ["rita"]
    assert rita.undo(team.run_id, actor="olga") is not None  # undoes rita's own action
    assert rita.get_bead(bead.id).status == "automatic"


def test_a_non_member_cannot_list_open_or_export_the_project(team: Team) -> None:
    mallory = team.as_("mallory")
    assert mallory.list_projects() == []
    assert [p.name for p in team.as_("vic").list_projects()] == ["Donbass"]
    calls = {
        "get_project": lambda: mallory.get_project(team.project_id),
        "get_project by name": lambda: mallory.get_project("Donbass"),
        "list_documents": lambda: mallory.list_documents(team.project_id),
        "load_document": lambda: mallory.load_document(team.source_id),
        "list_runs": lambda: mallory.list_runs("Donbass"),
        "list_beads": lambda: mallory.list_beads(team.run_id),
        "aligned_corpus (export)": lambda: mallory.aligned_corpus(team.run_id),
        "confirmed_anchors (beads for re-aligning)": lambda: mallory.confirmed_anchors(team.run_id),
        "history": lambda: mallory.history(team.run_id),
        "quality": lambda: mallory.quality(team.run_id),
        "list_quotes": lambda: mallory.list_quotes(team.source_id),
        "quote_traces": lambda: mallory.quote_traces(team.source_id),
        "current_run": lambda: mallory.current_run(team.source_id, team.target_id),
        "list_members": lambda: mallory.list_members(team.project_id),
    }
    for what, call in calls.items():
        with pytest.raises(PermissionDenied, match="not a member"):
            call()
            pytest.fail(f"{what} was allowed")
    assert len(_denials(team.admin, "mallory")) == len(calls)


def test_an_unknown_or_disabled_account_can_do_nothing(team: Team) -> None:
    with pytest.raises(PermissionDenied, match="no account"):
        team.as_("ghost").get_project(team.project_id)
    with pytest.raises(PermissionDenied):
        team.as_("ghost").create_project("Mine")
    team.admin.set_account_enabled("rita", False)
    rita = team.as_("rita")
    assert rita.list_projects() == []
    with pytest.raises(PermissionDenied, match="disabled"):
        rita.list_beads(team.run_id)
    team.admin.set_account_enabled("rita", True)
    assert len(rita.list_beads(team.run_id)) == len(EN)


def test_only_owners_manage_members_and_a_project_keeps_an_owner(team: Team) -> None:
    rita, olga = team.as_("rita"), team.as_("olga")
    with pytest.raises(PermissionDenied, match="owner role"):
        rita.add_member(team.project_id, "mallory", "viewer")
    with pytest.raises(PermissionDenied):
        rita.rename_project(team.project_id, "Renamed")
    with pytest.raises(PermissionDenied):
        rita.delete_project(team.project_id)
    olga.add_member(team.project_id, "mallory", "viewer")
    assert team.as_("mallory").get_project(team.project_id).name == "Donbass"
    olga.remove_member(team.project_id, "mallory")
    with pytest.raises(PermissionDenied):
        team.as_("mallory").get_project(team.project_id)
    with pytest.raises(DataError, match="at least one owner"):
        olga.remove_member(team.project_id, "olga")
    with pytest.raises(DataError, match="at least one owner"):
        olga.add_member(team.project_id, "olga", "viewer")
    assert {(m.user, m.role) for m in rita.list_members(team.project_id)} == {
        ("olga", "owner"), ("rita", "reviewer"), ("vic", "viewer")}
    with pytest.raises(PermissionDenied):
        rita.list_accounts()  # account administration needs the unbound (administrator) repository


def test_an_owner_deletes_the_project_with_its_members_and_the_accounts_stay(team: Team) -> None:
    olga = team.as_("olga")
    olga.delete_project(team.project_id)
    assert olga.list_projects() == []
    assert {a.name for a in team.admin.list_accounts()} == {"olga", "rita", "vic", "mallory"}
    from db.schema import Membership

    assert _count(team.admin, Membership) == 0


def test_the_embedded_mode_checks_nothing(repo: Repository, monkeypatch: pytest.MonkeyPatch,
                                          db_url: str) -> None:
    from db.repository import open_repository

    plain = open_repository(db_url, user="mallory", auth="none")
    try:
        assert plain.user is None
        project = plain.create_project("Anyone's")
        assert plain.get_project(project.id).name == "Anyone's"
    finally:
        plain.close()
    bound = open_repository(db_url, user="mallory", auth="password")
    try:
        assert bound.user == "mallory"
        with pytest.raises(PermissionDenied):
            bound.get_project(project.id)
    finally:
        bound.close()
    with pytest.raises(DataError, match="PARALLAX_AUTH"):  # a typo never means "no authentication"
        open_repository(db_url, user="mallory", auth="pasword")


def test_only_owners_delete_an_alignment_run(team: Team) -> None:
    rita, vic, olga = team.as_("rita"), team.as_("vic"), team.as_("olga")
    for user in (rita, vic):
        with pytest.raises(PermissionDenied, match="owner role"):
            user.delete_run(team.run_id)
    assert len(rita.list_beads(team.run_id)) == len(EN), "a refused delete changes nothing"
    assert olga.delete_run(team.run_id) is None
    assert olga.list_runs(team.project_id) == []
