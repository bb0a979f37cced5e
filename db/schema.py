"""The Parallax database schema (SQLAlchemy 2 typed ORM).

The migrations under ``db/migrations/versions`` create exactly these tables;
``tests/db/test_migrations.py`` checks that the two never drift apart.

Design choices worth knowing:
- Beads are never deleted by review actions: a bead merged away is marked
  ``active = False``. That keeps ids and versions monotonic, so undo/redo can
  restore a bead without ever reusing an id or a version number.
- ``Bead.version`` is SQLAlchemy's ``version_id_col``: every UPDATE checks the
  version it read, so two reviewers can never silently overwrite each other.
- ``AlignmentRun.automatic`` keeps the machine's beads as first stored, which
  is what the live quality figure compares reviewers' decisions against.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# One naming convention, so that migrations can name (and later drop) constraints on every back end.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

BEAD_STATUSES = ("automatic", "confirmed", "rejected", "edited", "omission", "addition")


def utcnow() -> datetime:
    """Timestamps are stored in UTC."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class Project(Base):
    __tablename__ = "projects"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    documents: Mapped[list[Document]] = relationship(
        back_populates="project", cascade="all, delete-orphan", passive_deletes=True
    )


class Document(Base):
    __tablename__ = "documents"
    __table_args__ = (UniqueConstraint("project_id", "sha256", name="uq_documents_project_sha256"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    language: Mapped[str] = mapped_column(String(16))
    sha256: Mapped[str] = mapped_column(String(64))
    source_name: Mapped[str] = mapped_column(String(1000), default="")
    text: Mapped[str] = mapped_column(Text)
    paragraphs: Mapped[list[Any]] = mapped_column(default=list)
    footnotes: Mapped[list[Any]] = mapped_column(default=list)
    language_guess: Mapped[dict[str, Any] | None] = mapped_column(nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    project: Mapped[Project] = relationship(back_populates="documents")
    sentences: Mapped[list[Sentence]] = relationship(
        back_populates="document", cascade="all, delete-orphan", passive_deletes=True,
        order_by="Sentence.index",
    )
    quotes: Mapped[list[Quote]] = relationship(
        back_populates="document", cascade="all, delete-orphan", passive_deletes=True,
        order_by="Quote.index",
    )


class Sentence(Base):
    __tablename__ = "sentences"
    __table_args__ = (UniqueConstraint("document_id", "index", name="uq_sentences_document_index"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    index: Mapped[int] = mapped_column(Integer)
    sid: Mapped[str] = mapped_column(String(100))
    paragraph: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    footnotes: Mapped[list[Any]] = mapped_column(default=list)

    document: Mapped[Document] = relationship(back_populates="sentences")


class AlignmentRun(Base):
    __tablename__ = "alignment_runs"
    __table_args__ = (Index("ix_alignment_runs_pair", "source_document_id", "target_document_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    source_document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    target_document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    model: Mapped[str] = mapped_column(String(300), default="")
    params: Mapped[dict[str, Any]] = mapped_column(default=dict)
    automatic: Mapped[list[Any]] = mapped_column(default=list, deferred=True)  # big; quality() only
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    is_current: Mapped[bool] = mapped_column(Boolean, default=True)

    beads: Mapped[list[Bead]] = relationship(
        back_populates="run", cascade="all, delete-orphan", passive_deletes=True, order_by="Bead.order"
    )


class Bead(Base):
    __tablename__ = "beads"
    __table_args__ = (Index("ix_beads_run_order", "run_id", "order"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("alignment_runs.id", ondelete="CASCADE"))
    order: Mapped[float] = mapped_column(Float)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    source_ids: Mapped[list[Any]] = mapped_column(default=list)
    target_ids: Mapped[list[Any]] = mapped_column(default=list)
    score: Mapped[float | None] = mapped_column(Float, nullable=True)
    similarity: Mapped[float | None] = mapped_column(Float, nullable=True)
    drift_score: Mapped[float | None] = mapped_column(Float, nullable=True)
    kinds: Mapped[list[Any]] = mapped_column(default=list)
    reasons: Mapped[list[Any]] = mapped_column(default=list)
    evidence: Mapped[dict[str, Any] | None] = mapped_column(nullable=True)
    hints: Mapped[list[Any] | None] = mapped_column(nullable=True)
    """Drift evidence below the flag cut (same form as ``evidence``), shown on request."""
    status: Mapped[str] = mapped_column(String(20), default="automatic")
    reviewer: Mapped[str | None] = mapped_column(String(200), nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    changed_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    changed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    run: Mapped[AlignmentRun] = relationship(back_populates="beads")

    __mapper_args__ = {"version_id_col": version}


class ReviewEvent(Base):
    """One entry of the append-only review log; undo and redo are entries too (``ref_id``)."""

    __tablename__ = "review_events"
    __table_args__ = (Index("ix_review_events_run_actor", "run_id", "actor"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("alignment_runs.id", ondelete="CASCADE"))
    bead_id: Mapped[int | None] = mapped_column(
        ForeignKey("beads.id", ondelete="CASCADE"), nullable=True, index=True
    )
    action: Mapped[str] = mapped_column(String(20))
    actor: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    before: Mapped[list[Any]] = mapped_column(default=list)
    after: Mapped[list[Any]] = mapped_column(default=list)
    ref_id: Mapped[int | None] = mapped_column(
        ForeignKey("review_events.id", ondelete="SET NULL"), nullable=True
    )


class Quote(Base):
    __tablename__ = "quotes"
    __table_args__ = (UniqueConstraint("document_id", "index", name="uq_quotes_document_index"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    index: Mapped[int] = mapped_column(Integer)
    qid: Mapped[str] = mapped_column(String(100))
    paragraph: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    marks: Mapped[str] = mapped_column(String(20), default="")
    depth: Mapped[int] = mapped_column(Integer, default=0)
    footnote: Mapped[int | None] = mapped_column(Integer, nullable=True)

    document: Mapped[Document] = relationship(back_populates="quotes")


class QuoteMatch(Base):
    __tablename__ = "quote_matches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    quote_id: Mapped[int] = mapped_column(ForeignKey("quotes.id", ondelete="CASCADE"), index=True)
    matched_document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    score: Mapped[float | None] = mapped_column(Float, nullable=True)
    verdict: Mapped[str] = mapped_column(String(40), default="")
    reasons: Mapped[list[Any]] = mapped_column(default=list)
    evidence: Mapped[dict[str, Any] | None] = mapped_column(nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


# ---------------------------------------------------------------------- team mode (revision 0003)
ROLES = ("viewer", "reviewer", "owner")
"""Project roles, weakest first: viewer reads and exports, reviewer also reviews and imports,
owner also manages members, renames and deletes."""


class Account(Base):
    """A person who may sign in (``PARALLAX_AUTH=password``) or be named by a proxy (``header``).

    ``password_hash`` is an Argon2id hash (never the password); accounts named by a proxy have none.
    ``failed_logins`` and ``locked_until`` slow down and then lock guessing.
    """

    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    password_hash: Mapped[str | None] = mapped_column(String(300), nullable=True)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    password_changed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class Membership(Base):
    """An account's role in one project."""

    __tablename__ = "project_members"
    __table_args__ = (
        UniqueConstraint("project_id", "account_id", name="uq_project_members_project_account"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(20))
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    added_by: Mapped[str | None] = mapped_column(String(200), nullable=True)

    account: Mapped[Account] = relationship()


class AccessEvent(Base):
    """The access log: sign-ins (good and bad), refused calls, account and membership changes.

    ``project_id`` has no foreign key on purpose: the log outlives a deleted project.
    """

    __tablename__ = "access_log"
    __table_args__ = (Index("ix_access_log_user_at", "user", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    user: Mapped[str] = mapped_column(String(200))
    event: Mapped[str] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(100), default="")
    project_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    detail: Mapped[str] = mapped_column(String(500), default="")


# ---------------------------------------------------------------------- termbase (revision 0006)
class TermRow(Base):
    """One entry of a project's termbase: {language: [terms]} that the drift checks honour."""

    __tablename__ = "term_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    terms: Mapped[dict[str, Any]] = mapped_column()
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
