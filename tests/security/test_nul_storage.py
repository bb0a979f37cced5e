"""NUL and other control characters at the storage edge (issue 21, item 10), on SQLite and PostgreSQL.

PostgreSQL's text refuses NUL: before the fix a note, a pasted-text name or a project name with
``\\x00`` raised an uncaught ``sqlalchemy.exc.DataError``. Names (project, document, language, review
actor) with a control character are refused with one line (``db.errors.DataError``); long text
(document text, notes) is stored with U+FFFD in place of NUL, one character for one, so sentence
offsets stay right.
"""

from __future__ import annotations

import dataclasses

import pytest
from security_kit import EN, FR, build_document, one_to_one
from sqlalchemy import func, select

from db.errors import DataError, NotFoundError
from db.repository import Repository
from db.schema import Base


def _counts(repo: Repository) -> dict[str, int]:
    with repo.engine.connect() as conn:
        return {t.name: int(conn.scalar(select(func.count()).select_from(t)) or 0)
                for t in Base.metadata.sorted_tables}


@pytest.mark.parametrize("name", ["Don\x00bass", "Don\tbass", "Don\nbass", "Don\x07bass"])
def test_a_project_name_with_a_control_character_is_refused(repo: Repository, name: str) -> None:
    kept = repo.create_project("Kept")
    before = _counts(repo)
    with pytest.raises(DataError, match="^a project name cannot contain control characters"):
        repo.create_project(name)
    with pytest.raises(DataError, match="^a project name cannot contain control characters"):
        repo.rename_project(kept.id, name)
    with pytest.raises(NotFoundError, match="^no project named"):
        repo.get_project(name)
    assert _counts(repo) == before
    assert [p.name for p in repo.list_projects()] == ["Kept"]


def test_a_document_name_or_language_with_nul_is_refused_and_nothing_is_stored(repo: Repository) -> None:
    project = repo.create_project("Donbass")
    before = _counts(repo)
    with pytest.raises(DataError, match="^a document name cannot contain control characters"):
        repo.import_document(project.id, build_document(EN, "en", name="pasted\x00text.txt"))
    with pytest.raises(DataError, match="^a language code cannot contain control characters"):
        repo.import_document(project.id, build_document(EN, "e\x00n", name="doc.txt"))
    assert _counts(repo) == before
    document, _ = repo.import_document(project.id, build_document(EN, "en"))
    with pytest.raises(DataError, match="^a language code cannot contain control characters"):
        repo.set_document_language(document.id, "f\x00r")
    assert repo.get_document(document.id).language == "en"


def test_nul_in_document_text_is_stored_as_a_replacement_character(repo: Repository) -> None:
    project = repo.create_project("Donbass")
    sentences = ["The war\x00 began in April.", *EN[1:]]
    doc = build_document(sentences, "en")
    doc = dataclasses.replace(doc, footnotes={})
    document, created = repo.import_document(project.id, doc)
    assert created
    stored = repo.load_document(document.id)
    assert "\x00" not in stored.text and len(stored.text) == len(doc.text)
    assert stored.sentences[0].text == "The war\ufffd began in April."
    assert stored.text[stored.sentences[0].start:stored.sentences[0].end] == stored.sentences[0].text
    assert stored.paragraphs[0].text.startswith("The war\ufffd began")


def test_nul_in_a_note_is_stored_as_a_replacement_character(repo: Repository) -> None:
    project = repo.create_project("Donbass")
    source, _ = repo.import_document(project.id, build_document(EN, "en"))
    target, _ = repo.import_document(project.id, build_document(FR, "fr"))
    run = repo.store_run(source.id, target.id, one_to_one(len(EN)), actor="aligner")
    bead = repo.list_beads(run.id)[0]
    view = repo.set_note(bead.id, "see\x00 footnote", actor="rita", expected_version=bead.version)
    assert view.note == "see\ufffd footnote"
    assert repo.get_bead(bead.id).note == "see\ufffd footnote"
    before = _counts(repo)
    with pytest.raises(DataError, match="^a reviewer name cannot contain control characters"):
        repo.confirm(bead.id, actor="ri\x00ta")
    assert _counts(repo) == before and repo.get_bead(bead.id).status == "automatic"
