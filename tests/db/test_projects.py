"""Projects, documents and quotations: create, rename, delete (with everything under them), dedupe."""

from __future__ import annotations

import dataclasses
import hashlib

import pytest
from sqlalchemy import func, select

from alignment.termbase import TermEntry
from corpora.types import Footnote, LanguageGuess
from db.errors import DataError, DuplicateError, NotFoundError
from db.repository import Repository
from db.schema import Base
from db.views import QuoteMatchInput


def test_projects_create_rename_list_delete(repo: Repository) -> None:
    a = repo.create_project("Donbass")
    b = repo.create_project("  Crimea ")
    assert b.name == "Crimea"
    with pytest.raises(DuplicateError):
        repo.create_project("Donbass")
    with pytest.raises(DataError):
        repo.create_project("   ")
    assert [p.name for p in repo.list_projects()] == ["Crimea", "Donbass"]
    renamed = repo.rename_project(a.id, "Donbass 2014")
    assert (renamed.id, renamed.name) == (a.id, "Donbass 2014")
    with pytest.raises(DuplicateError):
        repo.rename_project(b.id, "Donbass 2014")
    assert repo.get_project("Donbass 2014").id == a.id
    assert repo.ensure_project("Crimea").id == b.id
    assert repo.ensure_project("New").name == "New"
    repo.delete_project("Crimea")
    with pytest.raises(NotFoundError):
        repo.get_project(b.id)
    with pytest.raises(NotFoundError):
        repo.delete_project(b.id)
    assert [p.name for p in repo.list_projects()] == ["Donbass 2014", "New"]


def test_import_dedupes_by_content_within_a_project(repo: Repository, make_doc, texts) -> None:
    en, _ = texts
    p = repo.create_project("p")
    q = repo.create_project("q")
    first, created = repo.import_document(p.id, make_doc(en, "en", name="a.txt"))
    assert created and first.sentences == len(en) and first.source_name == "a.txt"
    again, created = repo.import_document(p.id, make_doc(en, "en", name="renamed.txt"))
    assert not created and again.id == first.id
    elsewhere, created = repo.import_document(q.id, make_doc(en, "en"))
    assert created and elsewhere.id != first.id
    raw = b"\xef\xbb\xbforiginal bytes"
    doc = make_doc(en[:2], "en")
    doc.sha256 = "cd" * 32  # what a reader says about the text; the upload's bytes win
    from_bytes, created = repo.import_document(p.id, doc, raw_bytes=raw)
    assert created and from_bytes.sha256 == hashlib.sha256(raw).hexdigest()
    assert [d.id for d in repo.list_documents(p.id)] == [first.id, from_bytes.id]
    assert repo.set_document_language(first.id, "en-GB").language == "en-GB"


def test_documents_come_back_as_they_went_in(repo: Repository, make_doc, texts) -> None:
    en, _ = texts
    doc = make_doc(en, "en", quotes=["Strelkov came from Moscow."])
    doc.footnotes = {1: Footnote(1, "Interview, 12 May 2014.", ("https://example.org/a",)),
                     3: Footnote(3, "Speech.")}
    doc.language = LanguageGuess("en", 0.97, note="langdetect")
    doc.sha256 = "ab" * 32
    info, _ = repo.import_document(repo.create_project("p").id, doc)
    assert repo.load_document(info.id) == doc


def test_quotes_and_their_matches(repo: Repository, make_doc, texts) -> None:
    en, _ = texts
    p = repo.create_project("p")
    article, _ = repo.import_document(p.id, make_doc(en, "en", quotes=["Strelkov came from Moscow.",
                                                                          "Nobody counted the dead."]))
    source_doc = make_doc(["Стрелков приехал из Москвы.", "Никто не считал погибших."], "ru")
    source, _ = repo.import_document(p.id, source_doc)
    quotes = repo.list_quotes(article.id)
    assert [q.text for q in quotes] == ["Strelkov came from Moscow.", "Nobody counted the dead."]
    stored = repo.store_quote_matches(article.id, [
        QuoteMatchInput(0, source.id, 0, 27, 0.91, "faithful", ("names match",)),
        QuoteMatchInput(1, source.id, 28, 53, 0.55, "drifted", ("negation",), {"ru": "не"}),
    ])
    assert stored == 2
    matches = [q.matches for q in repo.list_quotes(article.id)]
    assert [m[0].verdict for m in matches] == ["faithful", "drifted"]
    assert matches[1][0].evidence == {"ru": "не"} and matches[0][0].reasons == ("names match",)
    repo.store_quote_matches(article.id, [QuoteMatchInput(1, source.id, 28, 53, 0.8, "faithful")])
    assert [len(q.matches) for q in repo.list_quotes(article.id)] == [0, 1]
    with pytest.raises(DataError):
        repo.store_quote_matches(article.id, [QuoteMatchInput(7, source.id, 0, 1)])
    with pytest.raises(DataError):
        repo.store_quote_matches(article.id, [QuoteMatchInput(0, source.id, 0, 10_000)])
    assert [len(q.matches) for q in repo.list_quotes(article.id)] == [0, 1]  # failed calls changed nothing


def test_each_tracing_of_the_quotations_is_kept_and_the_latest_is_shown(repo: Repository, make_doc,
                                                                         texts) -> None:
    en, _ = texts
    p = repo.create_project("p")
    article, _ = repo.import_document(p.id, make_doc(en, "en", quotes=["Strelkov came from Moscow.",
                                                                          "Nobody counted the dead."]))
    source, _ = repo.import_document(p.id, make_doc(["Стрелков приехал из Москвы.", "Никто не считал."],
                                                    "ru"))
    first_matches = [QuoteMatchInput(0, source.id, 0, 27, 0.9, "faithful"),
                     QuoteMatchInput(1, source.id, 28, 44, 0.5, "drifted", (), {"k": 1})]
    repo.store_quote_matches(article.id, first_matches, replace=False)
    repo.store_quote_matches(article.id, [QuoteMatchInput(0, source.id, 0, 27, 0.9, "no source found")],
                             replace=False)
    traces = repo.quote_traces(article.id)
    assert [(t.trace, t.verdicts) for t in traces] == [(1, {"faithful": 1, "drifted": 1}),
                                                       (2, {"no source found": 1})]
    latest = repo.list_quotes(article.id)
    assert [[m.verdict for m in q.matches] for q in latest] == [["no source found"], []]
    first = repo.list_quotes(article.id, trace=1)
    assert [[m.verdict for m in q.matches] for q in first] == [["faithful"], ["drifted"]]
    assert first[1].matches[0].evidence == {"k": 1} and first[0].matches[0].evidence is None


def _fill(repo: Repository, name: str, make_doc, texts, make_alignment) -> int:
    """A project with every kind of row in it: documents, sentences, quotes, matches, runs, beads, events,
    termbase entries."""
    en, fr = texts
    p = repo.create_project(name)
    src, _ = repo.import_document(p.id, make_doc(en, "en", name=f"{name}.en",
                                                 quotes=["Strelkov came from Moscow."]))
    tgt, _ = repo.import_document(p.id, make_doc(fr, "fr", name=f"{name}.fr"))
    repo.store_quote_matches(src.id, [QuoteMatchInput(0, tgt.id, 0, 5, 0.5, "partial")])
    run = repo.store_run(src.id, tgt.id, make_alignment(len(en)))
    repo.store_run(src.id, tgt.id, make_alignment(len(en)))  # an older run as well
    bead = repo.list_beads(run.id)[0]
    repo.confirm(bead.id, actor="ann")
    repo.undo(run.id, actor="ann")
    repo.add_terms(p.id, [TermEntry.of({"en": "Black Hundreds", "fr": "Cent-Noirs"})], actor="ann")
    return p.id


TEAM_TABLES = {"accounts", "project_members", "access_log"}


def _counts(repo: Repository) -> dict[str, int]:
    with repo.engine.connect() as conn:
        return {t.name: conn.scalar(select(func.count()).select_from(t)) for t in Base.metadata.sorted_tables}


def test_deleting_a_project_deletes_everything_under_it_and_nothing_else(repo: Repository, make_doc, texts,
                                                                         make_alignment) -> None:
    _fill(repo, "kept", make_doc, texts, make_alignment)
    only_kept = _counts(repo)
    doomed = _fill(repo, "doomed", make_doc, texts, make_alignment)
    both = _counts(repo)
    # Team-mode tables (accounts, members, access log) stay empty without a bound user (tests/security).
    assert all(both[t] > only_kept[t] for t in both if t not in TEAM_TABLES), both
    repo.delete_project(doomed)
    assert _counts(repo) == only_kept
    assert [p.name for p in repo.list_projects()] == ["kept"]


def test_deleting_a_document_takes_its_runs_with_it(repo: Repository, pair, run_id: int) -> None:
    project, source, target = pair
    repo.delete_document(target)
    assert repo.list_runs(project) == []
    assert [d.id for d in repo.list_documents(project)] == [source]
    with pytest.raises(NotFoundError):
        repo.list_beads(run_id)


def test_deleting_a_run_takes_its_beads_and_log_and_the_older_run_comes_back(
        repo: Repository, pair, run_id: int, make_alignment) -> None:
    project, source, target = pair
    repo.confirm(repo.list_beads(run_id)[0].id, actor="ann")
    newer = repo.store_run(source, target, make_alignment(6), actor="aligner")
    assert [r.id for r in repo.list_runs(project, current_only=True)] == [newer.id]
    back = repo.delete_run(newer.id)
    assert back is not None and back.id == run_id and back.is_current
    assert [r.id for r in repo.list_runs(project, current_only=True)] == [run_id]
    with pytest.raises(NotFoundError):
        repo.list_beads(newer.id)
    assert repo.list_beads(run_id)[0].status == "confirmed", "the older run keeps its review"
    assert repo.delete_run(run_id) is None and repo.list_runs(project) == []
    assert repo.list_documents(project), "the documents stay"


def test_views_are_plain_frozen_data(repo: Repository, run_id: int) -> None:
    bead = repo.list_beads(run_id)[0]
    assert dataclasses.is_dataclass(bead)
    with pytest.raises(dataclasses.FrozenInstanceError):
        bead.status = "confirmed"  # type: ignore[misc]
