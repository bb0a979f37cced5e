"""Alembic migrations: an empty database and one at the previous revision (with data) reach head."""

from __future__ import annotations

from datetime import UTC, datetime

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from db.repository import Repository
from db.schema import Base
from db.session import current_revision, downgrade, head_revision, init_db, make_engine, upgrade
from db.views import QuoteMatchInput

PREVIOUS = "0001"


def test_empty_database_reaches_head_and_matches_the_models(empty_db_url: str) -> None:
    engine = init_db(empty_db_url)
    try:
        assert current_revision(engine) == head_revision()
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}),
                                    Base.metadata)
        assert diff == [], "db/schema.py and the migrations disagree: write a new revision"
        init_db(empty_db_url).dispose()  # running it again is harmless
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()


def test_database_at_previous_revision_with_data_is_upgraded(empty_db_url: str, make_doc) -> None:
    engine = make_engine(empty_db_url)
    upgrade(engine, PREVIOUS)
    assert current_revision(engine) == PREVIOUS
    assert "quotes" not in inspect(engine).get_table_names()
    now = datetime(2026, 11, 1, tzinfo=UTC)
    # Rows written the way revision 0001 knew them: plain SQL, no models of today.
    with engine.begin() as conn:
        def insert(sql: str, **params: object) -> int:
            return int(conn.execute(text(sql + " RETURNING id"), params).scalar_one())

        project = insert("INSERT INTO projects (name, created_at) VALUES ('old', :t)", t=now)
        docs = []
        for lang, sentence in (("en", "Hello."), ("fr", "Bonjour.")):
            docs.append(insert(
                "INSERT INTO documents (project_id, language, sha256, source_name, text, paragraphs, "
                "footnotes, language_guess, created_at) VALUES (:p, :lang, :sha, 'f', :text, '[]', '[]', "
                "NULL, :t)", p=project, lang=lang, sha=lang * 32, text=sentence, t=now))
            insert("INSERT INTO sentences (document_id, \"index\", sid, paragraph, start, \"end\", text, "
                   "footnotes) VALUES (:d, 0, :sid, 0, 0, :n, :text, '[]')",
                   d=docs[-1], sid=f"{lang}-0", n=len(sentence), text=sentence)
        run = insert(
            "INSERT INTO alignment_runs (project_id, source_document_id, target_document_id, model, params, "
            "automatic, created_at, created_by, is_current) VALUES (:p, :s, :g, 'm', '{}', '[[[0], [0]]]', "
            ":t, NULL, :yes)", p=project, s=docs[0], g=docs[1], t=now, yes=True)
        insert(
            "INSERT INTO beads (run_id, \"order\", active, source_ids, target_ids, score, similarity, "
            "drift_score, kinds, reasons, evidence, status, reviewer, note, changed_by, changed_at, version) "
            "VALUES (:r, 0, :yes, '[0]', '[0]', 0.9, 0.8, NULL, '[]', '[]', NULL, 'automatic', NULL, "
            "'kept', NULL, NULL, 1)", r=run, yes=True)
    engine.dispose()

    engine = init_db(empty_db_url)
    engine.dispose()
    repo = Repository.open(empty_db_url)
    try:
        assert current_revision(repo.engine) == head_revision()
        assert [p.name for p in repo.list_projects()] == ["old"]
        [bead] = repo.list_beads(run)
        assert (bead.source, bead.target, bead.note) == (("Hello.",), ("Bonjour.",), "kept")
        repo.confirm(bead.id, actor="ann", expected_version=1)
        assert repo.undo(run, actor="ann") is not None
        assert repo.quality(run).automatic == 1
        assert repo.list_quotes(docs[0]) == []  # the new tables exist and work on old documents
        quoted, _ = repo.import_document(project, make_doc(["He said “no”."], "en", quotes=["“no”"]))
        assert repo.store_quote_matches(quoted.id, [QuoteMatchInput(0, docs[1], 0, 7, 0.4, "drifted")]) == 1
        assert repo.list_quotes(quoted.id)[0].matches[0].verdict == "drifted"
    finally:
        repo.close()


def test_downgrade_to_previous_and_back(empty_db_url: str) -> None:
    engine = init_db(empty_db_url)
    try:
        downgrade(engine, PREVIOUS)
        assert current_revision(engine) == PREVIOUS
        assert "quote_matches" not in inspect(engine).get_table_names()
        upgrade(engine, "head")
        assert {"quotes", "quote_matches"} <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()
