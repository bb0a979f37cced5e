"""Every read and write the workbench and the CLI make; nothing outside ``db`` writes SQL.

Each public method is one transaction: it either happens completely or not at
all. Review actions are optimistic: they take the ``expected_version`` of the
bead the reviewer saw and raise ``ConflictError`` when someone else changed it
since; every action is written to the review log with who, when, and the beads
before and after, and undo/redo replay that log.

Beads are never deleted by review: a bead merged away becomes inactive, and
undo brings it back with its id. See ``db.schema`` for the tables.
"""

from __future__ import annotations

import copy
import dataclasses
import enum
import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, and_, delete, func, or_, select
from sqlalchemy.exc import DBAPIError, IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, joinedload
from sqlalchemy.orm.exc import StaleDataError

from alignment.records import Evidence, drift_parts
from alignment.types import Alignment
from alignment.types import Bead as AlignedPair
from corpora.text_safety import control_character, storable, storable_text
from corpora.types import Document as PlainDocument
from corpora.types import Footnote, LanguageGuess, Paragraph
from corpora.types import Quote as PlainQuote
from corpora.types import Sentence as PlainSentence
from db.access import OWNER, REVIEWER, VIEWER, auth_mode, normalise_user_name
from db.accounts import AccountsMixin, log_event, member_projects, role_check
from db.errors import ConflictError, DataError, DuplicateError, NotFoundError, PermissionDenied, ReviewError
from db.schema import (
    BEAD_STATUSES,
    Account,
    AlignmentRun,
    Bead,
    Document,
    Membership,
    Project,
    Quote,
    QuoteMatch,
    ReviewEvent,
    Sentence,
    utcnow,
)
from db.session import begin_write, init_db, session_factory
from db.views import (
    BeadFilter,
    BeadView,
    DocumentInfo,
    EventView,
    ProjectInfo,
    Quality,
    QuoteInfo,
    QuoteMatchInfo,
    QuoteMatchInput,
    RunInfo,
)

REVIEW_ACTIONS = ("confirm", "reject", "merge", "split", "relink", "omission", "addition", "note")
REVIEWED_STATUSES = ("confirmed", "edited", "omission", "addition")
"""Statuses that mean "a reviewer decided this bead is right" (the quality figure's gold)."""
ORDER_STEP = 1024.0
_SNAP_FIELDS = ("order", "active", "source_ids", "target_ids", "score", "similarity", "drift_score",
                "kinds", "reasons", "evidence", "status", "reviewer", "note")
# Name lengths are the columns' own (db.schema): what does not fit is refused with a message.
_PROJECT_NAME_MAX = Project.__table__.c.name.type.length
_DOCUMENT_NAME_MAX = Document.__table__.c.source_name.type.length
_LANGUAGE_MAX = Document.__table__.c.language.type.length
_ACTOR_MAX = Bead.__table__.c.changed_by.type.length
# PostgreSQL's "deadlock detected" and "could not serialize": both mean "try again", like a conflict.
_RETRYABLE_PGCODES = {"40P01", "40001"}


def _jsonable(value: Any) -> Any:
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


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


def _drift_parts(d: Any) -> tuple[float | None, list[str], list[str], Any]:
    """(drift score, kinds, reasons, evidence) of one bead, from the stored form that
    ``alignment.records.BeadRecord.stored_drift`` writes or from drift detection's ``BeadDrift``
    (turned into that same form, so that one bead is stored one way whoever stores it)."""
    if d is None:
        return None, [], [], None
    if not isinstance(d, Mapping):
        score, kinds, reasons, evidence = drift_parts(d)
        return score, kinds, reasons, [e.as_dict() for e in evidence]
    evidence = d.get("evidence")
    return (_float(d.get("drift_score")), _strings(d.get("kinds")), _strings(d.get("reasons")),
            _jsonable(evidence) if evidence is not None else None)


def _strings(values: Any) -> list[str]:
    out = []
    for v in values or ():
        out.append(str(v.value) if isinstance(v, enum.Enum) else str(v))
    return out


def _snap(bead: Bead) -> dict[str, Any]:
    snap: dict[str, Any] = {"id": bead.id, "version": bead.version}
    for name in _SNAP_FIELDS:
        value = getattr(bead, name)
        snap[name] = list(value) if isinstance(value, list) else value
    return snap


class Repository(AccountsMixin):
    """The storage API. Thread-safe: every call opens its own session.

    Open one with ``Repository.open(url)`` (runs the migrations) or wrap an engine you made.

    A repository bound to a user (``as_user(name)``, or ``user=`` here) checks that user's role in
    the project on every call: viewer to read and export, reviewer to import, align and review,
    owner to manage members, rename and delete. A refusal raises ``PermissionDenied`` and is written
    to the access log; listing shows only the user's projects; every change is recorded under the
    bound user's name, whatever ``actor`` the caller passes. An unbound repository (``user=None``,
    the embedded default) checks nothing.
    """

    def __init__(self, engine: Engine, *, user: str | None = None):
        self.engine = engine
        self._sessions = session_factory(engine)
        self.user = None if user is None else normalise_user_name(user)

    def as_user(self, name: str) -> Repository:
        """A view of this repository acting as ``name`` (same engine and connections)."""
        view = copy.copy(self)
        view.user = normalise_user_name(name)
        return view

    @classmethod
    def open(cls, url: str | None = None) -> Repository:
        """Connect to ``url`` (default: ``PARALLAX_DATABASE_URL`` or the SQLite file) and migrate it."""
        return cls(init_db(url))

    def close(self) -> None:
        """Release the connections (of every view of this repository: they share one engine)."""
        self.engine.dispose()

    # ------------------------------------------------------------------ transactions
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
        return _load_project(s, project)

    def _actor(self, actor: str | None) -> str:
        """Who a change is recorded under: the bound user, else the caller's ``actor``."""
        return self.user if self.user is not None else _clean_actor(actor or "")

    def _conflict(self, loaded: dict[int, int]) -> ConflictError:
        """Name the bead that changed under us, and who changed it."""
        if loaded:
            with self._sessions() as session:
                rows = session.execute(
                    select(Bead.id, Bead.version, Bead.changed_by).where(Bead.id.in_(list(loaded)))
                ).all()
            for bead_id, version, changed_by in sorted(rows):
                if version != loaded[bead_id]:
                    return _conflict_error(bead_id, changed_by)
            bead_id = min(loaded)
            return ConflictError(f"bead {bead_id} was changed by someone else at the same time; reload",
                                 bead_id=bead_id)
        return ConflictError("the data changed while saving; reload and try again")

    # ------------------------------------------------------------------ projects
    def create_project(self, name: str) -> ProjectInfo:
        """A new, empty project. Raises ``DuplicateError`` when the name is taken."""
        name = _clean_name(name)
        try:
            with self._tx() as s:
                account = None
                if self.user is not None:
                    account = s.scalar(select(Account).where(Account.name == self.user,
                                                             Account.enabled.is_(True)))
                    if account is None:
                        raise PermissionDenied(f"{self.user} may not create projects: no enabled account "
                                               f"has that name", user=self.user, action="create projects")
                project = Project(name=name)
                s.add(project)
                s.flush()
                if account is not None:  # who creates a project owns it
                    s.add(Membership(project_id=project.id, account_id=account.id, role=OWNER,
                                     added_at=utcnow(), added_by=self.user))
                    s.flush()
                return _project_info(project, 0)
        except IntegrityError as exc:
            raise DuplicateError(f"a project named {name!r} already exists") from exc

    def ensure_project(self, name: str) -> ProjectInfo:
        """The project with this name, created if missing (the CLI's ``--project``)."""
        try:
            return self.get_project(name)
        except NotFoundError:
            try:
                return self.create_project(name)
            except DuplicateError:  # created by someone else in between
                return self.get_project(name)

    def get_project(self, project: int | str) -> ProjectInfo:
        """A project by id or by name."""
        with self._tx() as s:
            row = _load_project(s, project)
            self._allow(s, row.id, VIEWER, "open projects")
            count = s.scalar(select(func.count(Document.id)).where(Document.project_id == row.id)) or 0
            return _project_info(row, count)

    def list_projects(self) -> list[ProjectInfo]:
        """All projects; for a bound user, only those where the user is a member."""
        with self._tx() as s:
            counts = dict(s.execute(select(Document.project_id, func.count(Document.id))
                                    .group_by(Document.project_id)).all())
            query = select(Project).order_by(Project.name)
            if self.user is not None:
                query = query.where(Project.id.in_(member_projects(self.user)))
            rows = s.scalars(query).all()
            return [_project_info(p, counts.get(p.id, 0)) for p in rows]

    def rename_project(self, project: int | str, new_name: str) -> ProjectInfo:
        new_name = _clean_name(new_name)
        try:
            with self._tx() as s:
                row = _load_project(s, project)
                self._allow(s, row.id, OWNER, "rename projects")
                row.name = new_name
                s.flush()
                count = s.scalar(select(func.count(Document.id)).where(Document.project_id == row.id)) or 0
                return _project_info(row, count)
        except IntegrityError as exc:
            raise DuplicateError(f"a project named {new_name!r} already exists") from exc

    def delete_project(self, project: int | str) -> None:
        """Delete a project with all its documents, runs, beads, review log and quotes."""
        with self._tx() as s:
            row = _load_project(s, project)
            self._allow(s, row.id, OWNER, "delete projects")
            s.execute(delete(Project).where(Project.id == row.id))

    # ------------------------------------------------------------------ documents
    def import_document(self, project: int | str, doc: PlainDocument,
                        raw_bytes: bytes | None = None) -> tuple[DocumentInfo, bool]:
        """Store a read document in a project; returns (document, created).

        Identity is the SHA-256 of the original bytes: of ``raw_bytes`` when given (pass the upload's
        bytes), else ``doc.sha256``, else of the text. Importing the same file twice into a project
        gives back the first copy, ``created=False``.
        """
        if raw_bytes is not None:
            sha = hashlib.sha256(raw_bytes).hexdigest()
        else:
            sha = doc.sha256 or hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
        _check_document_names(doc)
        n = len(doc.text)
        for sentence in doc.sentences:
            if not (0 <= sentence.start <= sentence.end <= n):
                raise DataError(f"sentence {sentence.index} has offsets outside the text")
        try:
            with self._tx() as s:
                project_row = _load_project(s, project)
                self._allow(s, project_row.id, REVIEWER, "import documents")
                existing = s.scalar(select(Document).where(Document.project_id == project_row.id,
                                                           Document.sha256 == sha))
                if existing is not None:
                    return _document_info(existing, _count_sentences(s, existing.id)), False
                # Text is stored with NUL as U+FFFD (storable_text: same length, offsets stay right).
                row = Document(
                    project_id=project_row.id,
                    language=doc.lang,
                    sha256=sha,
                    source_name=doc.source_name or "",
                    text=storable_text(doc.text),
                    paragraphs=storable([dataclasses.asdict(p) for p in doc.paragraphs]),
                    footnotes=storable([_jsonable(dataclasses.asdict(f))
                                        for _, f in sorted(doc.footnotes.items())]),
                    language_guess=storable(_jsonable(dataclasses.asdict(doc.language))) if doc.language
                    else None,
                )
                row.sentences = [
                    Sentence(index=x.index, sid=x.id, paragraph=x.paragraph, start=x.start, end=x.end,
                             text=storable_text(x.text), footnotes=list(x.footnotes))
                    for x in doc.sentences
                ]
                row.quotes = [
                    Quote(index=q.index, qid=q.id, paragraph=q.paragraph, start=q.start, end=q.end,
                          text=storable_text(q.text), marks=storable_text(q.marks), depth=q.depth,
                          footnote=q.footnote)
                    for q in doc.quotes
                ]
                s.add(row)
                s.flush()
                return _document_info(row, len(doc.sentences)), True
        except IntegrityError:
            # The same file imported by someone else at the same moment: theirs wins, ours is that one.
            with self._tx() as s:
                project_id = _load_project(s, project).id
                self._allow(s, project_id, REVIEWER, "import documents")
                existing = s.scalar(select(Document).join(Project).where(
                    Document.sha256 == sha, Project.id == project_id))
                if existing is None:
                    raise
                return _document_info(existing, _count_sentences(s, existing.id)), False

    def list_documents(self, project: int | str) -> list[DocumentInfo]:
        with self._tx() as s:
            project_row = _load_project(s, project)
            self._allow(s, project_row.id, VIEWER, "list documents")
            counts = dict(s.execute(
                select(Sentence.document_id, func.count(Sentence.id)).join(Document)
                .where(Document.project_id == project_row.id).group_by(Sentence.document_id)).all())
            rows = s.scalars(select(Document).where(Document.project_id == project_row.id)
                             .order_by(Document.id)).all()
            return [_document_info(d, counts.get(d.id, 0)) for d in rows]

    def get_document(self, document_id: int) -> DocumentInfo:
        with self._tx() as s:
            row = _load(s, Document, document_id, "document")
            self._allow(s, row.project_id, VIEWER, "open documents")
            return _document_info(row, _count_sentences(s, row.id))

    def load_document(self, document_id: int) -> PlainDocument:
        """The stored document as the plain ``corpora.types.Document`` the aligner takes."""
        with self._tx() as s:
            row = _load(s, Document, document_id, "document")
            self._allow(s, row.project_id, VIEWER, "open documents")
            footnotes = {}
            for f in row.footnotes or []:
                footnotes[int(f["number"])] = Footnote(number=int(f["number"]), text=f["text"],
                                                       urls=tuple(f.get("urls") or ()))
            guess = row.language_guess
            return PlainDocument(
                text=row.text,
                lang=row.language,
                paragraphs=[Paragraph(**p) for p in row.paragraphs or []],
                sentences=[PlainSentence(id=x.sid, index=x.index, paragraph=x.paragraph, start=x.start,
                                         end=x.end, text=x.text, footnotes=tuple(x.footnotes or ()))
                           for x in row.sentences],
                quotes=[PlainQuote(id=q.qid, index=q.index, paragraph=q.paragraph, start=q.start, end=q.end,
                                   text=q.text, marks=q.marks, depth=q.depth, footnote=q.footnote)
                        for q in row.quotes],
                footnotes=footnotes,
                language=LanguageGuess(**guess) if guess else None,
                source_name=row.source_name,
                sha256=row.sha256,
            )

    def set_document_language(self, document_id: int, language: str) -> DocumentInfo:
        """The reviewer overrides the detected language."""
        with self._tx() as s:
            row = _load(s, Document, document_id, "document")
            self._allow(s, row.project_id, REVIEWER, "change a document's language")
            row.language = _checked_name(language, "a language code", _LANGUAGE_MAX)
            return _document_info(row, _count_sentences(s, row.id))

    def delete_document(self, document_id: int) -> None:
        """Delete a document and every run that aligned it."""
        with self._tx() as s:
            row = _load(s, Document, document_id, "document")
            self._allow(s, row.project_id, OWNER, "delete documents")
            s.execute(delete(Document).where(Document.id == document_id))

    # ------------------------------------------------------------------ runs
    def store_run(self, source_document_id: int, target_document_id: int, alignment: Alignment,
                  drift: Sequence[Any] | Any | None = None, *, actor: str | None = None,
                  keep_confirmed: bool = True) -> RunInfo:
        """Store an alignment of two documents as their new current run, in one transaction.

        ``drift`` (optional): one entry per bead, either ``alignment.drift.BeadDrift`` (or a
        ``DriftReport``; its signals are kept as evidence, with their spans) or anything with
        ``kinds``, ``reasons``, ``evidence`` and ``drift_score`` (attributes or mapping keys).
        The previous run of the pair stays, no longer current. With ``keep_confirmed``, a new bead
        equal to a bead confirmed in the previous run is stored confirmed (reviewer and note
        carried over); pass ``confirmed_anchors`` to the aligner so that it keeps them. If anything
        fails half-way, nothing at all is stored.
        """
        if drift is not None and not isinstance(drift, Sequence) and hasattr(drift, "beads"):
            drift = drift.beads  # a whole drift report
        if drift is not None and len(drift) != len(alignment.beads):
            raise DataError(f"{len(drift)} drift results for {len(alignment.beads)} beads")
        with self._tx() as s:
            source = _load(s, Document, source_document_id, "document", for_update=True)
            target = _load(s, Document, target_document_id, "document")
            if source.project_id != target.project_id:
                raise DataError("the two documents belong to different projects")
            self._allow(s, source.project_id, REVIEWER, "store alignments")
            n_source, n_target = _count_sentences(s, source.id), _count_sentences(s, target.id)
            carried: dict[tuple[tuple[int, ...], tuple[int, ...]], Bead] = {}
            previous = s.scalars(select(AlignmentRun).where(
                AlignmentRun.source_document_id == source.id,
                AlignmentRun.target_document_id == target.id,
                AlignmentRun.is_current.is_(True))).all()
            for old in previous:
                if keep_confirmed:
                    for b in s.scalars(select(Bead).where(Bead.run_id == old.id, Bead.active.is_(True),
                                                          Bead.status == "confirmed")):
                        carried[(tuple(b.source_ids), tuple(b.target_ids))] = b
                old.is_current = False
            run = AlignmentRun(project_id=source.project_id, source_document_id=source.id,
                               target_document_id=target.id, model=alignment.model or "",
                               params=_jsonable(dict(alignment.params)),
                               created_by=self.user if self.user is not None else actor, is_current=True)
            s.add(run)
            s.flush()
            automatic: list[list[list[int]]] = []
            rows = []
            for i, pair in enumerate(alignment.beads):
                src = [int(x) for x in pair.source_ids]
                tgt = [int(x) for x in pair.target_ids]
                if not src and not tgt:
                    raise DataError(f"bead {i} links no sentence at all")
                if any(not 0 <= x < n_source for x in src) or any(not 0 <= x < n_target for x in tgt):
                    raise DataError(f"bead {i} points past the end of a document")
                drift_score, kinds, reasons, evidence = _drift_parts(drift[i] if drift is not None else None)
                bead = Bead(run_id=run.id, order=i * ORDER_STEP, active=True, source_ids=src,
                            target_ids=tgt, score=_float(pair.score), similarity=_float(pair.similarity),
                            drift_score=drift_score, kinds=kinds, reasons=reasons, evidence=evidence,
                            status="automatic")
                old_bead = carried.get((tuple(src), tuple(tgt)))
                if old_bead is not None:
                    bead.status, bead.reviewer, bead.note = "confirmed", old_bead.reviewer, old_bead.note
                else:
                    automatic.append([src, tgt])
                rows.append(bead)
            run.automatic = automatic
            s.add_all(rows)
            s.flush()
            return _run_info(run, len(rows))

    def current_run(self, source_document_id: int, target_document_id: int) -> RunInfo | None:
        """The run a reviewer works on for this document pair (None before the first alignment)."""
        with self._tx() as s:
            if self.user is not None:
                source = _load(s, Document, source_document_id, "document")
                self._allow(s, source.project_id, VIEWER, "see alignments")
            run = s.scalar(select(AlignmentRun).where(
                AlignmentRun.source_document_id == source_document_id,
                AlignmentRun.target_document_id == target_document_id,
                AlignmentRun.is_current.is_(True)).order_by(AlignmentRun.id.desc()).limit(1))
            return _run_info(run, _count_beads(s, run.id)) if run else None

    def list_runs(self, project: int | str, current_only: bool = False) -> list[RunInfo]:
        """Runs of a project, newest first."""
        with self._tx() as s:
            project_row = _load_project(s, project)
            self._allow(s, project_row.id, VIEWER, "see alignments")
            query = select(AlignmentRun).where(AlignmentRun.project_id == project_row.id)
            if current_only:
                query = query.where(AlignmentRun.is_current.is_(True))
            runs = s.scalars(query.order_by(AlignmentRun.id.desc())).all()
            return [_run_info(r, _count_beads(s, r.id)) for r in runs]

    def get_run(self, run_id: int) -> RunInfo:
        with self._tx() as s:
            run = _load(s, AlignmentRun, run_id, "run")
            self._allow(s, run.project_id, VIEWER, "see alignments")
            return _run_info(run, _count_beads(s, run.id))

    def set_current_run(self, run_id: int) -> RunInfo:
        """Make an older run of a pair the current one again (e.g. after comparing)."""
        with self._tx() as s:
            run = _load(s, AlignmentRun, run_id, "run")
            self._allow(s, run.project_id, REVIEWER, "choose the current alignment")
            for other in s.scalars(select(AlignmentRun).where(
                    AlignmentRun.source_document_id == run.source_document_id,
                    AlignmentRun.target_document_id == run.target_document_id)):
                other.is_current = other.id == run.id
            return _run_info(run, _count_beads(s, run.id))

    def confirmed_anchors(self, run_id: int) -> list[AlignedPair]:
        """The confirmed beads of a run, for the aligner to keep when re-aligning the pair."""
        with self._tx() as s:
            run = _load(s, AlignmentRun, run_id, "run")
            self._allow(s, run.project_id, VIEWER, "see alignments")
            beads = s.scalars(select(Bead).where(Bead.run_id == run_id, Bead.active.is_(True),
                                                 Bead.status == "confirmed").order_by(Bead.order)).all()
            return [AlignedPair(tuple(b.source_ids), tuple(b.target_ids), b.score or 0.0,
                                b.similarity or 0.0) for b in beads]

    # ------------------------------------------------------------------ reading beads
    def list_beads(self, run_id: int, flt: BeadFilter | None = None) -> list[BeadView]:
        """The active beads of a run in order, filtered (see ``BeadFilter``)."""
        with self._tx() as s:
            run = _load(s, AlignmentRun, run_id, "run")
            self._allow(s, run.project_id, VIEWER, "see alignments")
            beads = s.scalars(select(Bead).where(Bead.run_id == run_id, Bead.active.is_(True))
                              .order_by(Bead.order)).all()
            views = _views(s, run, beads)
        return [v for v in views if _matches(v, flt)] if flt else views

    def get_bead(self, bead_id: int) -> BeadView:
        with self._tx() as s:
            bead = _load_bead(s, bead_id)
            self._allow(s, bead.run.project_id, VIEWER, "see alignments")
            return _views(s, bead.run, [bead])[0]

    def beads_for_export(self, run_id: int, flt: BeadFilter | str | None = None) -> list[dict[str, Any]]:
        """Rows for the exporters: plain dicts, JSON-ready.

        ``flt`` is a ``BeadFilter`` or one of "all", "flagged", "reviewed" (a reviewer approved it) or a
        bead status ("confirmed", ...). Each row: id, order, source_ids, target_ids, source, target
        (sentence texts), source_sids, target_sids, score, similarity, drift_score, kinds, reasons,
        evidence, status, reviewer, note, changed_by, changed_at (ISO text), model, source_lang,
        target_lang, run_id.
        """
        run = self.get_run(run_id)
        langs = self._languages(run)
        rows = []
        for v in self.list_beads(run_id, _export_filter(flt)):
            row = dataclasses.asdict(v)
            for key in ("source_ids", "target_ids", "source", "target", "source_sids", "target_sids",
                        "kinds", "reasons"):
                row[key] = list(row[key])
            row["changed_at"] = v.changed_at.isoformat() if v.changed_at else None
            row["source_lang"], row["target_lang"] = langs
            rows.append(row)
        return rows

    def aligned_corpus(self, run_id: int, flt: BeadFilter | str | None = None):  # type: ignore[no-untyped-def]
        """The run as ``corpora.aligned.AlignedCorpus``, the shape the exporters write."""
        from corpora.aligned import AlignedBead, AlignedCorpus

        run = self.get_run(run_id)
        with self._tx() as s:
            source = _load(s, Document, run.source_document_id, "document")
            target = _load(s, Document, run.target_document_id, "document")
            project_name = source.project.name
            names = (source.source_name, target.source_name)
            langs = (source.language, target.language)
        beads = [
            AlignedBead(source_ids=list(v.source_ids), target_ids=list(v.target_ids), source=list(v.source),
                        target=list(v.target), score=v.score or 0.0, drift_score=v.drift_score or 0.0,
                        kinds=list(v.kinds), reasons=list(v.reasons), status=v.status,
                        reviewer=v.reviewer or "", note=v.note or "",
                        evidence=_evidence_lines(v.evidence, v.source, v.target))
            for v in self.list_beads(run_id, _export_filter(flt))
        ]
        return AlignedCorpus(source_lang=langs[0], target_lang=langs[1], beads=beads, model=run.model,
                             name=project_name, source_name=names[0], target_name=names[1])

    def _languages(self, run: RunInfo) -> tuple[str, str]:
        with self._tx() as s:
            return (_load(s, Document, run.source_document_id, "document").language,
                    _load(s, Document, run.target_document_id, "document").language)

    # ------------------------------------------------------------------ review actions
    def confirm(self, bead_id: int, *, actor: str, expected_version: int | None = None) -> BeadView:
        """The reviewer accepts the bead as it is."""
        actor = self._actor(actor)
        return self._review("confirm", bead_id, actor, expected_version,
                            lambda s, b: [_with(b, status="confirmed", reviewer=actor)])

    def reject(self, bead_id: int, *, actor: str, expected_version: int | None = None) -> BeadView:
        """The reviewer says this link is wrong (without saying yet what is right)."""
        actor = self._actor(actor)
        return self._review("reject", bead_id, actor, expected_version,
                            lambda s, b: [_with(b, status="rejected", reviewer=actor)])

    def set_note(self, bead_id: int, note: str | None, *, actor: str,
                 expected_version: int | None = None) -> BeadView:
        """Attach (or, with an empty note, remove) the reviewer's note."""
        actor = self._actor(actor)
        return self._review("note", bead_id, actor, expected_version,
                            lambda s, b: [_with(b, note=storable_text(note) if note else None)])

    def merge_with_next(self, bead_id: int, *, actor: str, expected_version: int | None = None) -> BeadView:
        """Join this bead and the next one into one bead."""
        actor = self._actor(actor)

        def change(s: Session, b: Bead) -> list[dict[str, Any]]:
            nxt = _neighbour(s, b, after=True, active_only=True)
            if nxt is None:
                raise ReviewError("the last bead has no next bead to merge with")
            _remember(s, nxt)
            return [_with(b, source_ids=sorted(set(b.source_ids) | set(nxt.source_ids)),
                          target_ids=sorted(set(b.target_ids) | set(nxt.target_ids)),
                          **_edited(actor)),
                    _with(nxt, active=False)]

        return self._review("merge", bead_id, actor, expected_version, change)

    def split(self, bead_id: int, source_cut: int, target_cut: int, *, actor: str,
              expected_version: int | None = None) -> tuple[BeadView, BeadView]:
        """Cut a bead in two: the first ``source_cut`` source and ``target_cut`` target sentences stay."""
        actor = self._actor(actor)

        def change(s: Session, b: Bead) -> list[dict[str, Any]]:
            src, tgt = list(b.source_ids), list(b.target_ids)
            if not (0 <= source_cut <= len(src) and 0 <= target_cut <= len(tgt)):
                raise ReviewError(f"cannot cut a {len(src)}:{len(tgt)} bead at {source_cut}/{target_cut}")
            first, second = (src[:source_cut], tgt[:target_cut]), (src[source_cut:], tgt[target_cut:])
            if not any(first) or not any(second):
                raise ReviewError("a split must leave at least one sentence on each side of the cut")
            return [_with(b, source_ids=first[0], target_ids=first[1], **_edited(actor)),
                    _new_bead(b, _order_between(s, b, after=True), second[0], second[1], actor)]

        views = self._review("split", bead_id, actor, expected_version, change, all_views=True)
        return views[0], views[1]

    def relink(self, bead_id: int, source_ids: Iterable[int], target_ids: Iterable[int], *, actor: str,
               expected_version: int | None = None) -> BeadView:
        """Set which sentences this bead links; other beads of the run give those sentences up.

        A bead left with no sentence becomes inactive. Sentences this bead lets go of are never
        dropped from the alignment: they get beads of their own right after it (source ones 1:0,
        target ones 0:1, status ``automatic``), for the reviewer to link or mark.
        """
        actor = self._actor(actor)
        src, tgt = sorted({int(x) for x in source_ids}), sorted({int(x) for x in target_ids})
        if not src and not tgt:
            raise ReviewError("a bead must link at least one sentence")

        def change(s: Session, b: Bead) -> list[dict[str, Any]]:
            run = b.run
            n_source = _count_sentences(s, run.source_document_id)
            n_target = _count_sentences(s, run.target_document_id)
            if any(not 0 <= x < n_source for x in src) or any(not 0 <= x < n_target for x in tgt):
                raise ReviewError("re-link points at a sentence that does not exist")
            targets = [_with(b, source_ids=src, target_ids=tgt, **_edited(actor))]
            released_src = [x for x in b.source_ids if x not in src]
            released_tgt = [x for x in b.target_ids if x not in tgt]
            if released_src or released_tgt:
                after = _order_between(s, b, after=True)
                if released_src:
                    targets.append(_new_bead(b, (b.order + after) / 2 if released_tgt else after,
                                             released_src, [], actor, status="automatic"))
                if released_tgt:
                    targets.append(_new_bead(b, after, [], released_tgt, actor, status="automatic"))
            others = s.scalars(select(Bead).where(Bead.run_id == run.id, Bead.active.is_(True),
                                                  Bead.id != b.id).order_by(Bead.id)).all()
            for other in others:
                keep_src = [x for x in other.source_ids if x not in src]
                keep_tgt = [x for x in other.target_ids if x not in tgt]
                if keep_src == list(other.source_ids) and keep_tgt == list(other.target_ids):
                    continue
                _remember(s, other)
                if not keep_src and not keep_tgt:
                    targets.append(_with(other, active=False))
                else:  # what was reviewed is gone: the rest needs a look again
                    targets.append(_with(other, source_ids=keep_src, target_ids=keep_tgt,
                                         status="automatic", reviewer=None))
            return targets

        return self._review("relink", bead_id, actor, expected_version, change)

    def mark_omission(self, bead_id: int, *, actor: str, expected_version: int | None = None) -> BeadView:
        """The source sentences of this bead have no translation; its target sentences, if any,
        move to a bead of their own just after it."""
        actor = self._actor(actor)

        def change(s: Session, b: Bead) -> list[dict[str, Any]]:
            if not b.source_ids:
                raise ReviewError("an omission needs source sentences; this bead has none")
            targets = [_with(b, target_ids=[], **_edited(actor, status="omission"))]
            if b.target_ids:
                targets.append(_new_bead(b, _order_between(s, b, after=True), [], list(b.target_ids),
                                         actor, status="automatic"))
            return targets

        return self._review("omission", bead_id, actor, expected_version, change)

    def mark_addition(self, bead_id: int, *, actor: str, expected_version: int | None = None) -> BeadView:
        """The target sentences of this bead translate nothing in the source; its source sentences, if
        any, move to a bead of their own just before it."""
        actor = self._actor(actor)

        def change(s: Session, b: Bead) -> list[dict[str, Any]]:
            if not b.target_ids:
                raise ReviewError("an addition needs target sentences; this bead has none")
            targets = [_with(b, source_ids=[], **_edited(actor, status="addition"))]
            if b.source_ids:
                targets.append(_new_bead(b, _order_between(s, b, after=False), list(b.source_ids), [],
                                         actor, status="automatic"))
            return targets

        return self._review("addition", bead_id, actor, expected_version, change)

    def _review(self, action: str, bead_id: int, actor: str, expected_version: int | None,
                change: Callable[[Session, Bead], list[dict[str, Any]]], all_views: bool = False) -> Any:
        actor = self._actor(actor)
        with self._tx() as s:
            bead = _load_bead(s, bead_id)
            self._allow(s, bead.run.project_id, REVIEWER, f"{action} beads")
            if not bead.active:
                raise NotFoundError(f"bead {bead_id} no longer exists (merged away or undone); reload")
            _remember(s, bead)
            if expected_version is not None and bead.version != expected_version:
                raise _conflict_error(bead.id, bead.changed_by)
            targets = change(s, bead)
            before = [_snap(b) for b in (s.get(Bead, t["id"]) for t in targets if t.get("id")) if b]
            beads = _apply(s, bead.run_id, targets, actor)
            before += [{**_snap(b), "active": False} for b, t in zip(beads, targets, strict=True)
                       if not t.get("id")]
            s.add(ReviewEvent(run_id=bead.run_id, bead_id=bead.id, action=action, actor=actor, at=utcnow(),
                              before=before, after=[_snap(b) for b in beads]))
            s.flush()
            views = _views(s, bead.run, [b for b in beads if b.active])
            return views if all_views else views[0]

    # ------------------------------------------------------------------ undo / redo / log
    def undo(self, run_id: int, *, actor: str) -> EventView | None:
        """Undo ``actor``'s last action (or redo) in this run; None when there is nothing to undo.

        Raises ``ConflictError`` when someone changed one of its beads since.
        """
        return self._replay(run_id, self._actor(actor), "undo")

    def redo(self, run_id: int, *, actor: str) -> EventView | None:
        """Redo what ``actor`` last undid in this run; None when there is nothing to redo."""
        return self._replay(run_id, self._actor(actor), "redo")

    def undo_redo_available(self, run_id: int, *, actor: str) -> tuple[bool, bool]:
        """(something to undo, something to redo) for ``actor`` in this run: for enabling buttons."""
        actor = self._actor(actor)
        with self._tx() as s:
            if self.user is not None:
                self._allow(s, _load(s, AlignmentRun, run_id, "run").project_id, VIEWER, "see alignments")
            done, undone = _stacks(s, run_id, actor)
            return bool(done), bool(undone)

    def _replay(self, run_id: int, actor: str, action: str) -> EventView | None:
        with self._tx() as s:
            run = _load(s, AlignmentRun, run_id, "run")
            self._allow(s, run.project_id, REVIEWER, f"{action} review actions")
            done, undone = _stacks(s, run_id, actor)
            stack = done if action == "undo" else undone
            if not stack:
                return None
            original = s.get(ReviewEvent, stack[-1])
            assert original is not None
            # Undo of E: from E's "after" back to its "before". Redo of an undo U: the same, on U.
            # The beads must still look as E left them. Versions cannot tell (undoing a later action
            # restores the content but moves the version on); the contents can. The version column
            # still guards the moment between this read and the write.
            expected = {snap["id"]: snap for snap in original.after}
            beads = {}
            for bead_id, snap in sorted(expected.items()):
                bead = _load(s, Bead, bead_id, "bead")
                _remember(s, bead)
                if not _same_content(_snap(bead), snap):
                    raise _conflict_error(bead.id, bead.changed_by, what=f"{action} is not possible")
                beads[bead_id] = bead
            before = [_snap(beads[i]) for i in sorted(beads)]
            targets = [dict(snap) for snap in original.before]
            after = _apply(s, run_id, targets, actor)
            event = ReviewEvent(run_id=run_id, bead_id=original.bead_id, action=action, actor=actor,
                                at=utcnow(), before=before, after=[_snap(b) for b in after],
                                ref_id=original.id)
            s.add(event)
            s.flush()
            return _event_view(event)

    def history(self, run_id: int, actor: str | None = None, limit: int | None = None) -> list[EventView]:
        """The review log of a run, newest first."""
        with self._tx() as s:
            if self.user is not None:
                self._allow(s, _load(s, AlignmentRun, run_id, "run").project_id, VIEWER, "see the review log")
            query = select(ReviewEvent).where(ReviewEvent.run_id == run_id)
            if actor is not None:
                query = query.where(ReviewEvent.actor == actor)
            query = query.order_by(ReviewEvent.id.desc())
            if limit is not None:
                query = query.limit(limit)
            return [_event_view(e) for e in s.scalars(query)]

    # ------------------------------------------------------------------ quality
    def quality(self, run_id: int) -> Quality:
        """Strict and lax precision of the run's automatic beads against reviewers' decisions so far."""
        with self._tx() as s:
            run = _load(s, AlignmentRun, run_id, "run")
            self._allow(s, run.project_id, VIEWER, "see alignments")
            rows = s.execute(select(Bead.source_ids, Bead.target_ids, Bead.status).where(
                Bead.run_id == run_id, Bead.active.is_(True))).all()
            automatic = [(tuple(src), tuple(tgt)) for src, tgt in run.automatic or []]
        gold = [(tuple(src), tuple(tgt)) for src, tgt, status in rows if status in REVIEWED_STATUSES]
        rejected = {(tuple(src), tuple(tgt)) for src, tgt, status in rows if status == "rejected"}
        gold_set = set(gold)
        covered_src = {x for src, _ in gold for x in src}
        covered_tgt = {x for _, tgt in gold for x in tgt}
        judged = strict = lax = 0
        for src, tgt in automatic:
            if (src, tgt) in rejected:
                judged += 1
                continue
            if not (set(src) <= covered_src and set(tgt) <= covered_tgt):
                continue
            judged += 1
            if (src, tgt) in gold_set:
                strict += 1
                lax += 1
            elif any(_overlaps(src, g_src) and _overlaps(tgt, g_tgt) for g_src, g_tgt in gold):
                lax += 1
        return Quality(run_id=run_id, automatic=len(automatic), judged=judged, strict_correct=strict,
                       lax_correct=lax)

    # ------------------------------------------------------------------ quotes
    def list_quotes(self, document_id: int) -> list[QuoteInfo]:
        """The quotations of a document with their stored source matches."""
        with self._tx() as s:
            doc = _load(s, Document, document_id, "document")
            self._allow(s, doc.project_id, VIEWER, "see quotations")
            quotes = s.scalars(select(Quote).where(Quote.document_id == document_id)
                               .order_by(Quote.index)).all()
            matches: dict[int, list[QuoteMatchInfo]] = {}
            if quotes:
                for m in s.scalars(select(QuoteMatch).where(QuoteMatch.quote_id.in_([q.id for q in quotes]))
                                   .order_by(QuoteMatch.id)):
                    matches.setdefault(m.quote_id, []).append(_match_info(m))
            return [QuoteInfo(id=q.id, document_id=q.document_id, index=q.index, qid=q.qid,
                              paragraph=q.paragraph, start=q.start, end=q.end, text=q.text, marks=q.marks,
                              depth=q.depth, footnote=q.footnote, matches=tuple(matches.get(q.id, ())))
                    for q in quotes]

    def store_quote_matches(self, document_id: int, matches: Iterable[QuoteMatchInput],
                            replace: bool = True) -> int:
        """Store matches of a document's quotations in source documents (one transaction).

        With ``replace``, earlier matches of this document's quotations are dropped first.
        Returns how many were stored.
        """
        with self._tx() as s:
            doc = _load(s, Document, document_id, "document")
            self._allow(s, doc.project_id, REVIEWER, "store quotation matches")
            quote_ids = dict(s.execute(select(Quote.index, Quote.id)
                                       .where(Quote.document_id == doc.id)).all())
            if replace and quote_ids:
                s.execute(delete(QuoteMatch).where(QuoteMatch.quote_id.in_(list(quote_ids.values()))))
            count = 0
            for m in matches:
                if m.quote_index not in quote_ids:
                    raise DataError(f"document {document_id} has no quotation number {m.quote_index}")
                other = _load(s, Document, m.matched_document_id, "document")
                self._allow(s, other.project_id, VIEWER, "read source documents")
                if not 0 <= m.start <= m.end <= len(other.text):
                    raise DataError("a quotation match points outside its source document")
                s.add(QuoteMatch(quote_id=quote_ids[m.quote_index], matched_document_id=other.id,
                                 start=m.start, end=m.end, score=_float(m.score),
                                 verdict=str(m.verdict or ""), reasons=_strings(m.reasons),
                                 evidence=_jsonable(m.evidence) if m.evidence is not None else None))
                count += 1
            return count


# ---------------------------------------------------------------------- helpers (module level)
def _clean_name(name: str) -> str:
    name = (name or "").strip()
    if not name:
        raise DataError("a project needs a name")
    return _checked_name(name, "a project name", _PROJECT_NAME_MAX)


def _checked_name(name: str, what: str, limit: int) -> str:
    """A name as given, or ``DataError``: names are refused, not altered, when they do not fit."""
    if len(name) > limit:
        raise DataError(f"{what} may have at most {limit} characters")
    bad = control_character(name)
    if bad is not None:
        raise DataError(f"{what} cannot contain control characters (it has {bad!r})")
    return name


def _clean_actor(actor: str) -> str:
    actor = (actor or "").strip()
    if not actor:
        raise ReviewError("every review action needs the name of who made it")
    return _checked_name(actor[:_ACTOR_MAX], "a reviewer name", _ACTOR_MAX)


def _check_document_names(doc: PlainDocument) -> None:
    """``DataError`` unless the document's name and language code can be stored as they are."""
    _checked_name(doc.source_name or "", "a document name", _DOCUMENT_NAME_MAX)
    _checked_name(doc.lang or "", "a language code", _LANGUAGE_MAX)


def _conflict_error(bead_id: int, changed_by: str | None, what: str = "") -> ConflictError:
    who = changed_by or "another reviewer"
    if what:
        message = f"{what}: bead {bead_id} was changed by {who} since; reload"
    else:
        message = f"bead {bead_id} changed by {who} since you loaded it; reload"
    return ConflictError(message, bead_id=bead_id, changed_by=changed_by)


def _load(session: Session, model: type, key: int, what: str, for_update: bool = False) -> Any:
    if for_update:
        row = session.scalar(select(model).where(model.id == key).with_for_update())  # type: ignore[attr-defined]
    else:
        row = session.get(model, key)
    if row is None:
        raise NotFoundError(f"no {what} with id {key}")
    return row


def _load_bead(session: Session, bead_id: int) -> Bead:
    """A bead with its run, in one round trip (every review action needs both)."""
    bead = session.scalar(select(Bead).options(joinedload(Bead.run)).where(Bead.id == bead_id))
    if bead is None:
        raise NotFoundError(f"no bead with id {bead_id}")
    return bead


def _load_project(session: Session, project: int | str) -> Project:
    if isinstance(project, int):
        return _load(session, Project, project, "project")
    # A name with a control character names no project (and NUL would be an error in PostgreSQL).
    query = select(Project).where(Project.name == project)
    row = None if control_character(project) else session.scalar(query)
    if row is None:
        raise NotFoundError(f"no project named {project!r}")
    return row


def _count_sentences(session: Session, document_id: int) -> int:
    return session.scalar(select(func.count(Sentence.id)).where(Sentence.document_id == document_id)) or 0


def _count_beads(session: Session, run_id: int) -> int:
    return session.scalar(select(func.count(Bead.id)).where(Bead.run_id == run_id,
                                                              Bead.active.is_(True))) or 0


def _remember(session: Session, bead: Bead) -> None:
    """Note the version we read, so a conflict at flush time can say which bead changed."""
    session.info["loaded"].setdefault(bead.id, bead.version)


def _with(bead: Bead, **changes: Any) -> dict[str, Any]:
    target = _snap(bead)
    target.update(changes)
    return target


def _edited(actor: str, status: str = "edited") -> dict[str, Any]:
    """A bead a reviewer reshaped: the machine's scores and flags no longer describe it."""
    return {"status": status, "reviewer": actor, "score": None, "similarity": None, "drift_score": None,
            "kinds": [], "reasons": [], "evidence": None}


def _new_bead(like: Bead, order: float, source_ids: list[int], target_ids: list[int], actor: str,
              status: str = "edited") -> dict[str, Any]:
    return {"id": None, "order": order, "active": True, "source_ids": source_ids, "target_ids": target_ids,
            "score": None, "similarity": None, "drift_score": None, "kinds": [], "reasons": [],
            "evidence": None, "status": status, "reviewer": actor if status != "automatic" else None,
            "note": None}


def _neighbour(session: Session, bead: Bead, after: bool, active_only: bool) -> Bead | None:
    query = select(Bead).where(Bead.run_id == bead.run_id)
    if active_only:
        query = query.where(Bead.active.is_(True))
    if after:
        query = query.where(Bead.order > bead.order).order_by(Bead.order)
    else:
        query = query.where(Bead.order < bead.order).order_by(Bead.order.desc())
    return session.scalar(query.limit(1))


def _order_between(session: Session, bead: Bead, after: bool) -> float:
    """A free place right after (or before) ``bead``; inactive beads keep their places for undo."""
    other = _neighbour(session, bead, after=after, active_only=False)
    bound = other.order if other is not None else bead.order + (ORDER_STEP if after else -ORDER_STEP)
    middle = (bead.order + bound) / 2
    if middle in (bead.order, bound):
        raise ReviewError("too many splits at one place; re-align this pair to start afresh")
    return middle


def _apply(session: Session, run_id: int, targets: list[dict[str, Any]], actor: str) -> list[Bead]:
    """Bring beads to the given snapshots (creating those without id); the version column checks that
    nobody changed them between our read and this write."""
    now = utcnow()
    out = []
    for target in targets:
        bead_id = target.get("id")
        if bead_id:
            bead = _load(session, Bead, bead_id, "bead")
            _remember(session, bead)
        else:
            bead = Bead(run_id=run_id)
            session.add(bead)
        for name in _SNAP_FIELDS:
            value = target[name]
            setattr(bead, name, list(value) if isinstance(value, list) else value)
        if bead.status not in BEAD_STATUSES:
            raise ReviewError(f"unknown bead status {bead.status!r}")
        bead.changed_by, bead.changed_at = actor, now
        out.append(bead)
    session.flush()
    return out


def _stacks(session: Session, run_id: int, actor: str) -> tuple[list[int], list[int]]:
    """Replay ``actor``'s log in this run: (events that can be undone, undo events that can be redone)."""
    done: list[int] = []
    undone: list[int] = []
    rows = session.execute(select(ReviewEvent.id, ReviewEvent.action, ReviewEvent.ref_id).where(
        ReviewEvent.run_id == run_id, ReviewEvent.actor == actor).order_by(ReviewEvent.id)).all()
    for event_id, action, ref_id in rows:
        if action == "undo":
            if ref_id in done:
                done.remove(ref_id)
            undone.append(event_id)
        elif action == "redo":
            if ref_id in undone:
                undone.remove(ref_id)
            done.append(event_id)
        else:
            done.append(event_id)
            undone.clear()
    return done, undone


def _same_content(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return all(a.get(name) == b.get(name) for name in _SNAP_FIELDS)


def _overlaps(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    return bool(set(a) & set(b)) if a or b else True


def _views(session: Session, run: AlignmentRun, beads: Sequence[Bead]) -> list[BeadView]:
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
            changed_by=b.changed_by, changed_at=b.changed_at, model=run.model))
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


def _matches(v: BeadView, flt: BeadFilter) -> bool:
    if flt.flagged_only and not v.flagged:
        return False
    if flt.kinds and not set(flt.kinds) & set(v.kinds):
        return False
    if flt.statuses and v.status not in flt.statuses:
        return False
    if flt.min_score is not None and (v.score is None or v.score < flt.min_score):
        return False
    if flt.search:
        needle = flt.search.casefold()
        haystack = [*v.source, *v.target, v.note or ""]
        if not any(needle in h.casefold() for h in haystack):
            return False
    return True


def _export_filter(flt: BeadFilter | str | None) -> BeadFilter | None:
    if flt is None or isinstance(flt, BeadFilter):
        return flt
    if flt == "all":
        return None
    if flt == "flagged":
        return BeadFilter(flagged_only=True)
    if flt == "reviewed":
        return BeadFilter(statuses=REVIEWED_STATUSES)
    if flt in BEAD_STATUSES:
        return BeadFilter(statuses=(flt,))
    raise DataError(f"unknown filter {flt!r}: use all, flagged, reviewed or a status "
                    f"({', '.join(BEAD_STATUSES)})")


def _evidence_lines(evidence: Any, source: Sequence[str], target: Sequence[str]) -> list[str]:
    """Readable evidence for exports: the words each signal points at (``Evidence.line``)."""
    if evidence is None:
        return []
    if isinstance(evidence, list):
        return [Evidence.from_dict(x).line(source, target) if isinstance(x, dict) else str(x)
                for x in evidence]
    if isinstance(evidence, dict):
        return [f"{k}: {v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)}"
                for k, v in evidence.items()]
    return [str(evidence)]


def _project_info(p: Project, documents: int) -> ProjectInfo:
    return ProjectInfo(id=p.id, name=p.name, created_at=p.created_at, documents=documents)


def _document_info(d: Document, sentences: int) -> DocumentInfo:
    return DocumentInfo(id=d.id, project_id=d.project_id, language=d.language, sha256=d.sha256,
                        source_name=d.source_name, sentences=sentences, created_at=d.created_at)


def _run_info(r: AlignmentRun, beads: int) -> RunInfo:
    return RunInfo(id=r.id, project_id=r.project_id, source_document_id=r.source_document_id,
                   target_document_id=r.target_document_id, model=r.model, params=dict(r.params or {}),
                   created_at=r.created_at, created_by=r.created_by, is_current=bool(r.is_current),
                   beads=beads)


def _event_view(e: ReviewEvent) -> EventView:
    return EventView(id=e.id, run_id=e.run_id, bead_id=e.bead_id, action=e.action, actor=e.actor, at=e.at,
                     before=list(e.before or []), after=list(e.after or []), ref_id=e.ref_id)


def _match_info(m: QuoteMatch) -> QuoteMatchInfo:
    return QuoteMatchInfo(id=m.id, quote_id=m.quote_id, matched_document_id=m.matched_document_id,
                          start=m.start, end=m.end, score=m.score, verdict=m.verdict,
                          reasons=tuple(m.reasons or ()), evidence=m.evidence)


def open_repository(url: str | None = None, user: str | None = None, auth: str | None = None) -> Repository:
    """``Repository.open``, acting as a user when ``PARALLAX_AUTH`` is a team mode (the CLI's way in).

    In a team mode the repository is bound to ``user``, else ``PARALLAX_USER``, else the OS account
    name, and every call is checked against that user's roles. In the embedded default (``none``)
    it is not bound: one local user, no roles.
    """
    import getpass

    repo = Repository.open(url)
    if auth_mode(auth) == "none":
        return repo
    try:
        name = user or getpass.getuser()
        return repo.as_user(name)
    except Exception:
        repo.close()
        raise
