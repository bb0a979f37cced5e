"""Fixtures for the storage tests: the same tests run on SQLite and on a real PostgreSQL server.

PostgreSQL: one throw-away server per test session (initdb + pg_ctl on a free loopback port, see
``db.pgserver``); each test gets its own database, copied from a template migrated once. Where no
server can be started, the PostgreSQL variants are skipped with the reason.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator

import pytest

from alignment.types import Alignment
from alignment.types import Bead as Pair
from corpora.types import Document, Paragraph, Quote, Sentence
from db.pgserver import PostgresUnavailable, ThrowawayPostgres
from db.repository import Repository
from db.session import make_engine, upgrade

BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)]
_TEMPLATE = "parallax_head_template"
_counter = itertools.count()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[ThrowawayPostgres | str]:
    """The running server, or the reason why none could be started (a string)."""
    server = ThrowawayPostgres()
    try:
        server.start()
    except PostgresUnavailable as exc:
        yield str(exc)
        return
    try:
        url = server.create_database(_TEMPLATE)
        engine = make_engine(url)
        upgrade(engine, "head")
        engine.dispose()
        yield server
    finally:
        server.stop()


def _server_or_skip(pg_server: ThrowawayPostgres | str) -> ThrowawayPostgres:
    if isinstance(pg_server, str):
        pytest.skip(f"PostgreSQL: no server could be started here ({pg_server})")
    return pg_server


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def empty_db_url(backend: str, tmp_path, request: pytest.FixtureRequest) -> str:
    """A URL of a fresh database with no tables at all."""
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'empty.db'}"
    server = _server_or_skip(request.getfixturevalue("pg_server"))
    return server.create_database(f"empty_{next(_counter)}")


@pytest.fixture
def db_url(backend: str, tmp_path, request: pytest.FixtureRequest) -> str:
    """A URL of a fresh database at the newest schema revision."""
    if backend == "sqlite":
        url = f"sqlite:///{tmp_path / 'parallax.db'}"
        engine = make_engine(url)
        upgrade(engine, "head")
        engine.dispose()
        return url
    server = _server_or_skip(request.getfixturevalue("pg_server"))
    return server.create_database(f"test_{next(_counter)}", template=_TEMPLATE)


@pytest.fixture
def repo(db_url: str) -> Iterator[Repository]:
    repository = Repository.open(db_url)
    yield repository
    repository.close()


def build_document(sentences: list[str], lang: str, name: str = "",
                   quotes: list[str] | None = None) -> Document:
    """A Document built by hand: two sentences per paragraph, offsets consistent."""
    text = ""
    rows = []
    for i, sentence in enumerate(sentences):
        start = len(text)
        text += sentence
        rows.append(Sentence(id=f"{lang}-{i}", index=i, paragraph=i // 2, start=start, end=len(text),
                             text=sentence))
        text += "\n" if i % 2 else " "
    paragraphs = []
    for p in range(0, len(rows), 2):
        start, end = rows[p].start, rows[min(p + 1, len(rows) - 1)].end
        paragraphs.append(Paragraph(index=p // 2, start=start, end=end, text=text[start:end]))
    quote_rows = []
    for q, quoted in enumerate(quotes or []):
        start = text.find(quoted)
        assert start >= 0, quoted
        quote_rows.append(Quote(id=f"{lang}-q{q}", index=q, paragraph=0, start=start, end=start + len(quoted),
                                text=quoted, marks="“”"))
    return Document(text=text, lang=lang, paragraphs=paragraphs, sentences=rows, quotes=quote_rows,
                    source_name=name or f"doc.{lang}.txt")


EN = ["The war began in April.", "Strelkov came from Moscow.", "He said 120 000 people fled.",
      "Nobody counted the dead.", "The ceasefire did not hold.", "Reporters left in June."]
FR = ["La guerre a commencé en avril.", "Strelkov venait de Moscou.",
      "Il a dit que 12 000 personnes ont fui.", "Personne n'a compté les morts.",
      "Le cessez-le-feu n'a pas tenu.", "Les reporters sont partis en juin."]


@pytest.fixture
def make_doc() -> Callable[..., Document]:
    return build_document


@pytest.fixture
def pair(repo: Repository) -> tuple[int, int, int]:
    """A project with an English text and its French version: (project id, source id, target id)."""
    project = repo.create_project("Donbass")
    source, _ = repo.import_document(project.id, build_document(EN, "en"))
    target, _ = repo.import_document(project.id, build_document(FR, "fr"))
    return project.id, source.id, target.id


def one_to_one(n: int, model: str = "fake-model") -> Alignment:
    return Alignment([Pair((i,), (i,), 0.9 - i / 100, 0.8 - i / 100) for i in range(n)], model=model,
                     params={"band": 8})


@pytest.fixture
def run_id(repo: Repository, pair: tuple[int, int, int]) -> int:
    """A stored 1:1 run over the pair, with a number drift flag on bead 2."""
    _, source, target = pair
    drift = [{"kinds": [], "reasons": [], "drift_score": 0.1, "evidence": None} for _ in EN]
    drift[2] = {"kinds": ["numbers"], "reasons": ["120 000 vs 12 000"], "drift_score": 0.9,
                "evidence": {"source": "120 000", "target": "12 000"}}
    return repo.store_run(source, target, one_to_one(len(EN)), drift, actor="aligner").id


@pytest.fixture
def make_alignment() -> Callable[..., Alignment]:
    """``make_alignment(n)``: an n-bead 1:1 alignment."""
    return one_to_one


@pytest.fixture
def texts() -> tuple[list[str], list[str]]:
    return EN, FR
