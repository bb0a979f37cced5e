"""Where the database lives (URL from the environment, SQLite default) and how SQLite is set up."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from db.errors import DatabaseOpenError
from db.repository import Repository
from db.session import database_url, init_db


def test_url_comes_from_the_settings_then_the_data_folder(monkeypatch, tmp_path: Path) -> None:
    from parallax.settings import Settings

    monkeypatch.delenv("PARALLAX_DATABASE_URL", raising=False)
    monkeypatch.setenv("PARALLAX_DATA_DIR", str(tmp_path / "data"))
    assert database_url(Settings.from_env().database()) == f"sqlite:///{tmp_path / 'data' / 'parallax.db'}"
    monkeypatch.setenv("PARALLAX_DATABASE_URL", "postgresql://team@db.example/parallax")
    url = Settings.from_env().database()
    assert database_url(url) == "postgresql+psycopg://team@db.example/parallax"  # psycopg 3, always
    assert database_url("sqlite:///elsewhere.db") == "sqlite:///elsewhere.db"
    assert database_url().endswith("/parallax.db")  # db itself reads no environment: the user data folder


def test_default_is_a_sqlite_file_with_wal_and_foreign_keys(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.delenv("PARALLAX_DATABASE_URL", raising=False)
    monkeypatch.setenv("PARALLAX_DATA_DIR", str(tmp_path / "nested" / "data"))
    from parallax.settings import current

    engine = init_db(current().database())
    try:
        assert (tmp_path / "nested" / "data" / "parallax.db").is_file()
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    finally:
        engine.dispose()


def test_repository_opens_the_database_named_in_the_environment(monkeypatch, db_url: str) -> None:
    from parallax.settings import current

    monkeypatch.setenv("PARALLAX_DATABASE_URL", db_url)
    repo = current().repository()
    try:
        repo.create_project("from the environment")
        assert repo.engine.url.render_as_string(hide_password=False) == db_url
    finally:
        repo.close()
    other = Repository.open(db_url)
    try:
        assert [p.name for p in other.list_projects()] == ["from the environment"]
    finally:
        other.close()


def test_a_database_that_cannot_be_opened_says_so(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(DatabaseOpenError, match="cannot create the database folder"):
        init_db(f"sqlite:///{blocker / 'parallax.db'}")


def test_a_server_that_is_not_there_says_so() -> None:
    with pytest.raises(DatabaseOpenError, match="cannot open the database"):
        init_db("postgresql+psycopg://nobody@127.0.0.1:1/none", connect_args={"connect_timeout": 3})
