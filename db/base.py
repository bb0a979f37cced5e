"""What every part of the repository shares: the transaction, the role check, loading rows by id,
the checks of names, and turning bead rows into ``BeadView``.

The jobs (``db.projects``, ``db.documents``, ``db.runs``, ``db.review``, ``db.quotes_store``, and
``db.accounts``) are mixins of ``RepositoryCore``; ``db.repository.Repository`` joins them.
"""

from __future__ import annotations

import copy
import dataclasses
import enum
import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Self

from sqlalchemy import Engine, and_, func, or_, select
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, joinedload
from sqlalchemy.orm.exc import StaleDataError

from corpora.text_safety import control_character
from db.access import normalise_user_name
from db.accounts import log_event, role_check
from db.errors import ConflictError, DataError, NotFoundError, PermissionDenied, ReviewError
from db.schema import AlignmentRun, Bead, Project, Sentence
from db.session import begin_write, init_db, session_factory
from db.views import BeadView

ORDER_STEP = 1024.0
"""The gap between the ``order`` of consecutive beads of a new run (splits go in between)."""
# Name lengths are the columns' own (db.schema): what does not fit is refused with a message.
_ACTOR_MAX = Bead.__table__.c.changed_by.type.length
# PostgreSQL's "deadlock detected" and "could not serialize": both mean "try again", like a conflict.
_RETRYABLE_PGCODES = {"40P01", "40001"}


class RepositoryCore:
    """The engine, the bound user, and one transaction per call; see ``db.repository.Repository``."""

    def __init__(self, engine: Engine, *, user: str | None = None):
        self.engine = engine
        self._sessions = session_factory(engine)
        self.user = None if user is None else normalise_user_name(user)
        self.drift_encoder: Callable[[str], Any] | None = None
        """The run's model name → its encoder (or None), for re-judging the drift of corrected
        beads; set at the edge (the workbench), which knows the settings. Unset: judged without."""

    def as_user(self, name: str) -> Self:
        """A view of this repository acting as ``name`` (same engine and connections)."""
        view = copy.copy(self)
        view.user = normalise_user_name(name)
        return view

    @classmethod
    def open(cls, url: str | None = None) -> Self:
        """Connect to ``url`` (default: ``PARALLAX_DATABASE_URL`` or the SQLite file) and migrate it."""
        return cls(init_db(url))

    def close(self) -> None:
        """Release the connections (of every view of this repository: they share one engine)."""
        self.engine.dispose()

    @contextmanager
    def _tx(self, write: bool = False) -> Iterator[Session]:
        """One transaction; ``write`` for one whose checks must see every earlier writer's result
        (``db.session.begin_write``: on SQLite the write lock is taken before the first read)."""
        session = self._sessions()
        session.info["loaded"] = {}
        try:
            with session.begin():
                if write:
                    begin_write(session)
                yield session
        except PermissionDenied as exc:
            self._log_denied(exc)
            raise
        except StaleDataError as exc:
            raise self._conflict(session.info["loaded"]) from exc
        except DBAPIError as exc:
            code = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)
            if code in _RETRYABLE_PGCODES:
                raise self._conflict(session.info["loaded"]) from exc
            raise
        finally:
            session.close()

    def _log_denied(self, exc: PermissionDenied) -> None:
        """Write a refused call to the access log in a transaction of its own (the call's is rolled back)."""
        try:
            with self._sessions() as session, session.begin():
                log_event(session, exc.user or self.user or "?", "denied", exc.action, exc.project_id,
                          str(exc))
        except SQLAlchemyError:
            pass  # the refusal stands even when the log cannot be written

    def _allow(self, s: Session, project_id: int, needed: str, action: str) -> None:
        """Nothing for an unbound repository; else ``PermissionDenied`` unless the role suffices."""
        if self.user is not None:
            role_check(s, self.user, project_id, needed, action)

    def _project_row(self, s: Session, project: int | str) -> Project:
        return load_project(s, project)

    def _actor(self, actor: str | None) -> str:
        """Who a change is recorded under: the bound user, else the caller's ``actor``."""
        return self.user if self.user is not None else clean_actor(actor or "")

    def _conflict(self, loaded: dict[int, int]) -> ConflictError:
        """Name the bead that changed under us, and who changed it."""
        if loaded:
            with self._sessions() as session:
                rows = session.execute(
                    select(Bead.id, Bead.version, Bead.changed_by).where(Bead.id.in_(list(loaded)))
                ).all()
            for bead_id, version, changed_by in sorted(rows):
                if version != loaded[bead_id]:
                    return conflict_error(bead_id, changed_by)
            bead_id = min(loaded)
            return ConflictError(f"bead {bead_id} was changed by someone else at the same time; reload",
                                 bead_id=bead_id)
        return ConflictError("the data changed while saving; reload and try again")


def jsonable(value: Any) -> Any:
    """A JSON-safe copy of drift evidence and similar free-form data (dataclasses, enums, numpy)."""

    def default(obj: Any) -> Any:
        if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
            return dataclasses.asdict(obj)
        if isinstance(obj, enum.Enum):
            return obj.value
        if isinstance(obj, set | frozenset):
            return sorted(obj, key=str)
        if hasattr(obj, "tolist"):  # numpy scalars and arrays
            return obj.tolist()
        return str(obj)

    return json.loads(json.dumps(value, default=default, ensure_ascii=False))


def as_float(value: Any) -> float | None:
    """A stored number as a plain float (numpy scalars included), None kept."""
    return None if value is None else float(value)


def strings(values: Any) -> list[str]:
    """Kinds, reasons and verdicts as plain strings (enums by their value)."""
    out = []
    for v in values or ():
        out.append(str(v.value) if isinstance(v, enum.Enum) else str(v))
    return out


def checked_name(name: str, what: str, limit: int) -> str:
    """A name as given, or ``DataError``: names are refused, not altered, when they do not fit."""
    if len(name) > limit:
        raise DataError(f"{what} may have at most {limit} characters")
    bad = control_character(name)
    if bad is not None:
        raise DataError(f"{what} cannot contain control characters (it has {bad!r})")
    return name


def clean_actor(actor: str) -> str:
    actor = (actor or "").strip()
    if not actor:
        raise ReviewError("every review action needs the name of who made it")
    return checked_name(actor[:_ACTOR_MAX], "a reviewer name", _ACTOR_MAX)


def conflict_error(bead_id: int, changed_by: str | None, what: str = "") -> ConflictError:
    """The one message for "someone changed this bead since you loaded it"."""
    who = changed_by or "another reviewer"
    if what:
        message = f"{what}: bead {bead_id} was changed by {who} since; reload"
    else:
        message = f"bead {bead_id} changed by {who} since you loaded it; reload"
    return ConflictError(message, bead_id=bead_id, changed_by=changed_by)


def load_row(session: Session, model: type, key: int, what: str, for_update: bool = False) -> Any:
    """The row with this id, or ``NotFoundError`` naming ``what`` was not found."""
    if for_update:
        row = session.scalar(select(model).where(model.id == key).with_for_update())  # type: ignore[attr-defined]
    else:
        row = session.get(model, key)
    if row is None:
        raise NotFoundError(f"no {what} with id {key}")
    return row


def load_bead(session: Session, bead_id: int) -> Bead:
    """A bead with its run, in one round trip (every review action needs both)."""
    bead = session.scalar(select(Bead).options(joinedload(Bead.run)).where(Bead.id == bead_id))
    if bead is None:
        raise NotFoundError(f"no bead with id {bead_id}")
    return bead


def load_project(session: Session, project: int | str) -> Project:
    """A project by id or by name."""
    if isinstance(project, int):
        return load_row(session, Project, project, "project")
    # A name with a control character names no project (and NUL would be an error in PostgreSQL).
    query = select(Project).where(Project.name == project)
    row = None if control_character(project) else session.scalar(query)
    if row is None:
        raise NotFoundError(f"no project named {project!r}")
    return row


def count_sentences(session: Session, document_id: int) -> int:
    """How many sentences a document has (the bound every bead index is checked against)."""
    return session.scalar(select(func.count(Sentence.id)).where(Sentence.document_id == document_id)) or 0


def count_beads(session: Session, run_id: int) -> int:
    """How many active beads a run has."""
    return session.scalar(select(func.count(Bead.id)).where(Bead.run_id == run_id,
                                                              Bead.active.is_(True))) or 0


def remember_version(session: Session, bead: Bead) -> None:
    """Note the version we read, so a conflict at flush time can say which bead changed."""
    session.info["loaded"].setdefault(bead.id, bead.version)


def bead_views(session: Session, run: AlignmentRun, beads: Sequence[Bead]) -> list[BeadView]:
    """Bead rows with their sentence texts, as the ``BeadView`` the callers get."""
    wanted = {run.source_document_id: {x for b in beads for x in b.source_ids},
              run.target_document_id: {x for b in beads for x in b.target_ids}}
    texts = _sentences(session, wanted)
    src, tgt = texts.get(run.source_document_id, {}), texts.get(run.target_document_id, {})
    missing = ("", "")
    out = []
    for b in beads:
        s_rows = [src.get(i, missing) for i in b.source_ids]
        t_rows = [tgt.get(i, missing) for i in b.target_ids]
        out.append(BeadView(
            id=b.id, run_id=b.run_id, order=b.order, source_ids=tuple(b.source_ids),
            target_ids=tuple(b.target_ids), source=tuple(r[1] for r in s_rows),
            target=tuple(r[1] for r in t_rows), source_sids=tuple(r[0] for r in s_rows),
            target_sids=tuple(r[0] for r in t_rows), score=b.score, similarity=b.similarity,
            drift_score=b.drift_score, kinds=tuple(b.kinds or ()), reasons=tuple(b.reasons or ()),
            evidence=b.evidence, status=b.status, reviewer=b.reviewer, note=b.note, version=b.version,
            changed_by=b.changed_by, changed_at=b.changed_at, model=run.model, hints=b.hints))
    return out


def _sentences(session: Session, wanted: dict[int, set[int]]) -> dict[int, dict[int, tuple[str, str]]]:
    """{document id: {sentence index: (stable id, text)}} for the wanted indices, in one query."""
    conditions = []
    for document_id, indices in wanted.items():
        if not indices:
            continue
        condition = Sentence.document_id == document_id
        if len(indices) <= 500:  # a few beads: just those; a whole run: the whole document
            condition = and_(condition, Sentence.index.in_(sorted(indices)))
        conditions.append(condition)
    out: dict[int, dict[int, tuple[str, str]]] = {}
    if not conditions:
        return out
    query = select(Sentence.document_id, Sentence.index, Sentence.sid, Sentence.text).where(or_(*conditions))
    for document_id, index, sid, text in session.execute(query):
        if index in wanted[document_id]:
            out.setdefault(document_id, {})[index] = (sid, text)
    return out
