"""The workbench in team mode, driven headless with Streamlit's AppTest: sign-in, roles, expiry."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from security_kit import PASSWORD, Team, make_team
from streamlit.testing.v1 import AppTest

from db.repository import Repository

APP = Path(__file__).resolve().parents[2] / "app.py"


@pytest.fixture
def team_env(tmp_path, monkeypatch) -> Team:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'parallax.db'}"
    monkeypatch.setenv("PARALLAX_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PARALLAX_DATABASE_URL", url)
    monkeypatch.setenv("PARALLAX_MODEL", "hashing")
    monkeypatch.setenv("PARALLAX_AUTH", "password")
    monkeypatch.setenv("PARALLAX_USER", "local-os-user")
    repo = Repository.open(url)
    yield make_team(repo)
    repo.close()


def _start() -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.run()
    assert not at.exception, at.exception
    return at


def _sign_in(at: AppTest, name: str, password: str) -> AppTest:
    at.text_input(key="sign_in_name").input(name)
    at.text_input(key="sign_in_password").input(password)
    next(b for b in at.button if b.label == "Sign in").click().run()
    assert not at.exception, at.exception
    return at


def _review(at: AppTest) -> AppTest:
    at.sidebar.radio(key="page").set_value("Review").run()
    assert not at.exception, at.exception
    return at


def test_nothing_shows_before_signing_in_and_a_wrong_password_is_refused(team_env: Team) -> None:
    at = _start()
    assert not at.sidebar.selectbox and not at.sidebar.radio  # no project, no page
    _sign_in(at, "rita", "not her password")
    assert [e.value for e in at.error] == ["wrong user name or password"]
    assert not at.sidebar.radio


def test_a_reviewer_signs_in_and_reviews_under_her_name(team_env: Team) -> None:
    at = _sign_in(_start(), "Rita", PASSWORD)
    assert any("Signed in as rita" in t.value for t in at.sidebar.text)
    assert at.sidebar.selectbox(key="project_select").format_func(at.sidebar.selectbox(
        key="project_select").value) == "Donbass"
    for key, value in at.session_state.items():  # the password is never kept
        assert PASSWORD not in repr(value), key
    _review(at).button(key="act_confirm").click().run()
    assert not at.exception, at.exception
    confirmed = [b for b in team_env.admin.list_beads(team_env.run_id) if b.status == "confirmed"]
    assert [(b.reviewer, b.changed_by) for b in confirmed] == [("rita", "rita")]


def test_a_viewer_sees_no_review_actions(team_env: Team) -> None:
    at = _review(_sign_in(_start(), "vic", PASSWORD))
    assert not [b for b in at.button if b.key and b.key.startswith("act_")]
    assert any("Read only" in c.value for c in at.caption)
    assert at.dataframe is not None  # ...but reads the pairs


def test_a_non_member_sees_no_project(team_env: Team) -> None:
    at = _sign_in(_start(), "mallory", PASSWORD)
    assert not [s for s in at.sidebar.selectbox if s.key == "project_select"]
    assert any("Create a project" in i.value for i in at.info)
    assert [p.name for p in team_env.admin.list_projects()] == ["Donbass"]  # no demo made for her either


def test_an_idle_session_ends(team_env: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PARALLAX_SESSION_IDLE_MINUTES", "0.01")  # 0.6 s
    at = _sign_in(_start(), "rita", PASSWORD)
    assert at.sidebar.radio
    time.sleep(1.0)
    at.run()
    assert not at.sidebar.radio and any("without activity" in i.value for i in at.info)


def test_header_mode_without_a_trusted_proxy_signs_nobody_in(team_env: Team, monkeypatch) -> None:
    monkeypatch.setenv("PARALLAX_AUTH", "header")
    monkeypatch.setenv("PARALLAX_TRUSTED_PROXIES", "10.9.9.9")
    at = _start()
    assert any("Not signed in" in e.value for e in at.error)
    assert not at.sidebar.radio


def test_only_an_owner_is_offered_renaming_and_deleting_the_project(team_env: Team) -> None:
    reviewer = _sign_in(_start(), "Rita", PASSWORD)
    keys = {b.key for b in reviewer.button}
    assert "create_project" in keys
    assert "rename_project" not in keys and "delete_project" not in keys
    owner = _sign_in(_start(), "olga", PASSWORD)
    assert {"rename_project", "delete_project"} <= {b.key for b in owner.button}
