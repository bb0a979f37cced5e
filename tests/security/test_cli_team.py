"""The CLI acts as a named user with that user's rights; accounts and members from the command line.

Each test runs ``parallax`` in-process on its own database (SQLite and PostgreSQL) with
``PARALLAX_AUTH=password``.
"""

from __future__ import annotations

import io
import sys

import pytest
from security_kit import PASSWORD, Team, make_team
from sqlalchemy import func, select

from db.repository import Repository
from db.schema import Base
from parallax.cli import main


@pytest.fixture
def cli_team(repo: Repository, db_url: str, monkeypatch: pytest.MonkeyPatch) -> Team:
    monkeypatch.setenv("PARALLAX_DATABASE_URL", db_url)
    monkeypatch.setenv("PARALLAX_AUTH", "password")
    monkeypatch.delenv("PARALLAX_USER", raising=False)
    return make_team(repo)


def _run(capsys: pytest.CaptureFixture[str], *argv: str, stdin: str = "") -> tuple[int, str, str]:
    old = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        code = main(list(argv))
    finally:
        sys.stdin = old
    out, err = capsys.readouterr()
    return code, out, err


def _counts(repo: Repository) -> dict[str, int]:
    with repo.engine.connect() as conn:
        return {t.name: int(conn.scalar(select(func.count()).select_from(t)) or 0)
                for t in Base.metadata.sorted_tables if t.name != "access_log"}


def test_a_non_member_cannot_export_list_or_import_through_the_cli(cli_team: Team, tmp_path, capsys) -> None:
    output = tmp_path / "out.tsv"
    code, out, err = _run(capsys, "export", "Donbass", "--user", "mallory", "--output", str(output))
    assert code == 1 and "mallory may not" in err and "not a member" in err and "Traceback" not in err
    assert not output.exists() and out == ""
    code, _, err = _run(capsys, "members", "list", "Donbass", "--user", "mallory")
    assert code == 1 and "not a member" in err
    page = tmp_path / "note.txt"
    page.write_text("A short note. It has two sentences.", encoding="utf-8")
    before = _counts(cli_team.admin)
    code, _, err = _run(capsys, "import", str(page), "--project", "Donbass", "--user", "mallory")
    assert code == 1 and "mallory may not" in err
    assert _counts(cli_team.admin) == before


def test_the_environment_names_the_cli_user(cli_team: Team, tmp_path, capsys, monkeypatch) -> None:
    output = tmp_path / "out.tsv"
    monkeypatch.setenv("PARALLAX_USER", "mallory")
    assert _run(capsys, "export", "Donbass", "--output", str(output))[0] == 1
    monkeypatch.setenv("PARALLAX_USER", "vic")  # a viewer may export
    code, _, err = _run(capsys, "export", "Donbass", "--output", str(output))
    assert code == 0, err
    assert "Strelkov" in output.read_text(encoding="utf-8")
    page = tmp_path / "note.txt"
    page.write_text("A short note. It has two sentences.", encoding="utf-8")
    assert _run(capsys, "import", str(page), "--project", "Donbass")[0] == 1  # ...but not import
    code, out, _ = _run(capsys, "import", str(page), "--project", "Donbass", "--user", "rita")
    assert code == 0 and "imported" in out


def test_users_and_members_from_the_command_line(cli_team: Team, capsys) -> None:
    secret = "a very secret phrase"
    code, out, err = _run(capsys, "users", "add", "Nina", "--password-stdin", stdin=secret + "\n")
    assert code == 0 and "'nina'" in out
    assert secret not in out + err
    assert cli_team.admin.authenticate("nina", secret).name == "nina"
    with pytest.raises(SystemExit):  # a password is never an argument
        main(["users", "add", "eve", "--password", secret])
    capsys.readouterr()
    code, out, _ = _run(capsys, "users", "list")
    assert code == 0 and "nina\tactive" in out and secret not in out and PASSWORD not in out
    assert _run(capsys, "members", "add", "Donbass", "nina", "reviewer", "--user", "rita")[0] == 1
    code, out, _ = _run(capsys, "members", "add", "Donbass", "nina", "reviewer", "--user", "olga")
    assert code == 0 and "reviewer" in out
    code, out, _ = _run(capsys, "members", "list", "Donbass", "--user", "nina")
    assert code == 0 and "nina\treviewer" in out
    assert _run(capsys, "users", "disable", "nina")[0] == 0
    assert _run(capsys, "members", "list", "Donbass", "--user", "nina")[0] == 1
    assert _run(capsys, "members", "remove", "Donbass", "nina")[0] == 0  # the administrator
    code, _, err = _run(capsys, "users", "passwd", "nina", "--password-stdin", stdin="short\n")
    assert code == 1 and "at least 8" in err
