"""Shared pieces of the security tests: the storage tests' fixtures and helpers, loaded by path.

``tests/db/conftest.py`` holds the fixtures that run a test on SQLite and on a real PostgreSQL;
it is loaded once here so that ``conftest.py`` can re-export its fixtures and tests can use its
document builders; the browser tests take Chromium and the server runner from ``tests/workbench``.
"""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import dataclass
from pathlib import Path

from db.repository import Repository


def _load(name: str, relative: str):  # type: ignore[no-untyped-def]
    """A module of another test folder, loaded once by path (the test folders are no packages)."""
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).resolve().parents[1] / relative)
        assert spec is not None and spec.loader is not None
        sys.modules[name] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(sys.modules[name])
    return sys.modules[name]


db_fixtures = _load("parallax_tests_db_conftest", "db/conftest.py")
# the embedded-mode browser test: its Chromium fixture and its server runner
workbench_browser = _load("parallax_tests_workbench_browser", "workbench/test_browser.py")

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
