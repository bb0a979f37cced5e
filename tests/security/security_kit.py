"""Shared pieces of the security tests: the storage tests' fixtures and helpers, loaded by path.

``tests/db/conftest.py`` holds the fixtures that run a test on SQLite and on a real PostgreSQL;
it is loaded once here so that ``conftest.py`` can re-export its fixtures and tests can use its
document builders.
"""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import dataclass
from pathlib import Path

from db.repository import Repository

_NAME = "parallax_tests_db_conftest"
if _NAME not in sys.modules:
    _path = Path(__file__).resolve().parents[1] / "db" / "conftest.py"
    _spec = importlib.util.spec_from_file_location(_NAME, _path)
    assert _spec is not None and _spec.loader is not None
    sys.modules[_NAME] = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(sys.modules[_NAME])
db_fixtures = sys.modules[_NAME]

EN, FR = db_fixtures.EN, db_fixtures.FR
build_document = db_fixtures.build_document
one_to_one = db_fixtures.one_to_one
PASSWORD = "long enough password"


@dataclass
class Team:
    """An administrator's (unbound) repository and a project with one account per role."""

    admin: Repository
    project_id: int
    source_id: int
    target_id: int
    run_id: int

    def as_(self, name: str) -> Repository:
        return self.admin.as_user(name)


def make_team(repo: Repository) -> Team:
    """Project "Donbass": owner olga, reviewer rita, viewer vic; mallory has an account and no role."""
    for name in ("olga", "rita", "vic", "mallory"):
        repo.create_account(name, PASSWORD)
    olga = repo.as_user("olga")
    project = olga.create_project("Donbass")
    source, _ = olga.import_document(project.id, build_document(EN, "en"))
    target, _ = olga.import_document(project.id, build_document(FR, "fr"))
    run = olga.store_run(source.id, target.id, one_to_one(len(EN)))
    olga.add_member(project.id, "rita", "reviewer")
    olga.add_member(project.id, "vic", "viewer")
    return Team(repo, project.id, source.id, target.id, run.id)
