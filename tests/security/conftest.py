"""Security tests reuse the storage tests' fixtures: the same tests on SQLite and a real PostgreSQL.

The fixtures of ``tests/db/conftest.py`` (``backend``, ``db_url``, ``repo``, ``pg_server``...) are
re-exported here through ``security_kit``; ``team`` adds a project with an account for each role.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from security_kit import Team, db_fixtures, make_team  # noqa: E402

pg_server = db_fixtures.pg_server
backend = db_fixtures.backend
empty_db_url = db_fixtures.empty_db_url
db_url = db_fixtures.db_url
repo = db_fixtures.repo
make_doc = db_fixtures.make_doc


@pytest.fixture
def team(repo) -> Team:  # type: ignore[no-untyped-def]
    return make_team(repo)
