"""Revision 0003 (accounts, roles, access log) upgrades a database of revision 0002 that holds data."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import inspect, text

from db.errors import PermissionDenied
from db.repository import Repository
from db.session import current_revision, downgrade, head_revision, init_db, make_engine, upgrade

TEAM_TABLES = {"accounts", "project_members", "access_log"}


def test_a_0002_database_with_data_gets_the_team_tables(empty_db_url: str) -> None:
    engine = make_engine(empty_db_url)
    upgrade(engine, "0002")
    assert not TEAM_TABLES & set(inspect(engine).get_table_names())
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO projects (name, created_at) VALUES ('old', :t)"),
                     {"t": datetime(2026, 11, 1, tzinfo=UTC)})
    engine.dispose()

    repo = Repository.open(empty_db_url)
    try:
        assert current_revision(repo.engine) == head_revision() == "0006"
        assert [p.name for p in repo.list_projects()] == ["old"]  # the embedded mode sees it as before
        repo.create_account("olga", "long enough password")
        olga = repo.as_user("olga")
        assert olga.list_projects() == []  # old projects have no members until someone is named
        with pytest.raises(PermissionDenied):
            olga.get_project("old")
        repo.add_member("old", "olga", "owner")  # the administrator names the first owner
        assert [p.name for p in olga.list_projects()] == ["old"]
    finally:
        repo.close()


def test_downgrade_to_0002_and_back(empty_db_url: str) -> None:
    engine = init_db(empty_db_url)
    try:
        downgrade(engine, "0002")
        assert not TEAM_TABLES & set(inspect(engine).get_table_names())
        upgrade(engine, "head")
        assert TEAM_TABLES <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()
