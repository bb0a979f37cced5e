"""``parallax import``: files into a project of the database named by PARALLAX_DATABASE_URL."""

from __future__ import annotations

import hashlib
import importlib
import json
from pathlib import Path

import pytest

from corpora.errors import InputError
from db.repository import Repository
from parallax.cli import main

import_cmd = importlib.import_module("parallax.commands.import_cmd")


@pytest.fixture
def fake_reader(monkeypatch, make_doc):
    """Stands in for corpora.reading: one sentence per line; a file containing BAD is refused."""
    calls = []

    def read(path: Path, lang: str | None, max_bytes: int):
        calls.append((path, lang))
        content = path.read_text(encoding="utf-8")
        if "BAD" in content:
            raise InputError(f"{path.name}: not a text file")
        doc = make_doc([line for line in content.splitlines() if line], lang or "xx")
        doc.source_name = ""  # the command names it after the file
        return doc

    monkeypatch.setattr(import_cmd, "read_for_import", read)
    return calls


def _files(tmp_path: Path) -> list[Path]:
    en = tmp_path / "article.en.txt"
    en.write_text("The war began in April.\nStrelkov came from Moscow.\n", encoding="utf-8")
    fr = tmp_path / "article.fr.txt"
    fr.write_text("La guerre a commencé en avril.\nStrelkov venait de Moscou.\n", encoding="utf-8")
    return [en, fr]


def test_import_files_into_a_project_then_again(monkeypatch, capsys, tmp_path, db_url, fake_reader) -> None:
    monkeypatch.setenv("PARALLAX_DATABASE_URL", db_url)
    files = _files(tmp_path)
    assert main(["import", *map(str, files), "--project", "Donbass", "--lang", "fr", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["project"] == "Donbass"
    assert [d["created"] for d in out["documents"]] == [True, True]
    assert [d["sentences"] for d in out["documents"]] == [2, 2]
    assert out["documents"][0]["sha256"] == hashlib.sha256(files[0].read_bytes()).hexdigest()
    assert {lang for _, lang in fake_reader} == {"fr"}

    assert main(["import", str(files[0]), "--project", "Donbass"]) == 0
    line = capsys.readouterr().out
    assert "already there" in line and "Donbass" in line

    repo = Repository.open(db_url)
    try:
        docs = repo.list_documents("Donbass")
        assert [d.source_name for d in docs] == ["article.en.txt", "article.fr.txt"]
        assert [d.language for d in docs] == ["fr", "fr"]
    finally:
        repo.close()


def test_a_bad_file_in_the_list_stores_nothing(monkeypatch, capsys, tmp_path, db_url, fake_reader) -> None:
    monkeypatch.setenv("PARALLAX_DATABASE_URL", db_url)
    good, _ = _files(tmp_path)
    bad = tmp_path / "bad.txt"
    bad.write_text("BAD\n", encoding="utf-8")
    assert main(["import", str(good), str(bad), "--project", "p"]) == 1
    assert "not a text file" in capsys.readouterr().err
    assert main(["import", str(good), str(tmp_path / "missing.txt"), "--project", "p"]) == 1
    assert "no such file" in capsys.readouterr().err
    assert main(["import", str(good), "--lang", "../x", "--project", "p"]) == 1
    repo = Repository.open(db_url)
    try:
        assert repo.list_projects() == []
    finally:
        repo.close()


def test_an_unreachable_database_is_one_line(monkeypatch, capsys, tmp_path, fake_reader) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("PARALLAX_DATABASE_URL", f"sqlite:///{blocker / 'db.sqlite'}")
    assert main(["import", str(_files(tmp_path)[0])]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("parallax import:") and "\n" not in err


def test_import_with_the_real_reader(monkeypatch, capsys, tmp_path) -> None:
    pytest.importorskip("corpora.reading", reason="corpora.reading is not written yet")
    monkeypatch.setenv("PARALLAX_DATABASE_URL", f"sqlite:///{tmp_path / 'p.db'}")
    path = tmp_path / "text.en.txt"
    path.write_text("The war began in April. Strelkov came from Moscow.\n\nNobody counted the dead.\n",
                    encoding="utf-8")
    assert main(["import", str(path), "--project", "real", "--json"]) == 0
    [doc] = json.loads(capsys.readouterr().out)["documents"]
    assert doc["created"] and doc["sentences"] >= 2
    assert doc["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    repo = Repository.open(f"sqlite:///{tmp_path / 'p.db'}")
    try:
        stored = repo.load_document(doc["document_id"])
        assert all(stored.text[s.start:s.end].strip() for s in stored.sentences)
    finally:
        repo.close()
