"""The project termbase: entries that the drift checks honour (``alignment.termbase``).

Viewers read and export it; reviewers add (import, or the workbench's "add this term pair" after a
dismissed flag) and remove entries. An entry that repeats one already there is not added twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from alignment.termbase import Termbase, TermEntry
from corpora.text_safety import storable, storable_text
from db.access import REVIEWER, VIEWER
from db.base import RepositoryCore, load_row
from db.schema import TermRow, utcnow
from db.views import TermInfo


class TermsMixin(RepositoryCore):
    """The termbase of ``Repository``."""

    def list_terms(self, project: int | str) -> list[TermInfo]:
        """The project's entries, oldest first."""
        with self._tx() as s:
            row = self._project_row(s, project)
            self._allow(s, row.id, VIEWER, "see the termbase")
            rows = s.scalars(select(TermRow).where(TermRow.project_id == row.id).order_by(TermRow.id))
            return [_info(r) for r in rows]

    def termbase(self, project: int | str) -> Termbase:
        """The project's termbase, as drift reads it."""
        with self._tx() as s:
            row = self._project_row(s, project)
            self._allow(s, row.id, VIEWER, "see the termbase")
            return project_termbase(s, row.id)

    def terms_changed_at(self, project: int | str) -> datetime | None:
        """When the newest entry was added (None for an empty termbase): a run older than this
        did not see every entry."""
        with self._tx() as s:
            row = self._project_row(s, project)
            self._allow(s, row.id, VIEWER, "see the termbase")
            return s.scalar(select(func.max(TermRow.created_at)).where(TermRow.project_id == row.id))

    def add_terms(self, project: int | str, entries: Iterable[TermEntry], *,
                  actor: str | None = None) -> list[TermInfo]:
        """Add entries to the project's termbase; returns those added (repeats, and entries with
        terms in fewer than two languages, are left out)."""
        with self._tx(write=True) as s:
            row = self._project_row(s, project)
            self._allow(s, row.id, REVIEWER, "edit the termbase")
            existing = s.scalars(select(TermRow).where(TermRow.project_id == row.id)).all()
            _, added = Termbase(tuple(_entry(r) for r in existing)).with_entries(entries)
            who = self._actor(actor) if actor or self.user is not None else None
            rows = [TermRow(project_id=row.id, terms=storable({k: list(v) for k, v in e.terms.items()}),
                            note=storable_text(e.note), created_at=utcnow(), created_by=who)
                    for e in added]
            s.add_all(rows)
            s.flush()
            return [_info(r) for r in rows]

    def delete_term(self, term_id: int) -> None:
        """Remove one entry from its project's termbase."""
        with self._tx(write=True) as s:
            row = load_row(s, TermRow, term_id, "termbase entry")
            self._allow(s, row.project_id, REVIEWER, "edit the termbase")
            s.delete(row)


def _entry(row: TermRow) -> TermEntry:
    return TermEntry.of(row.terms or {}, row.note or "")


def project_termbase(session: Session, project_id: int) -> Termbase:
    """The termbase of a project, read in the caller's transaction (a review action's re-judging)."""
    rows = session.scalars(select(TermRow).where(TermRow.project_id == project_id).order_by(TermRow.id))
    return Termbase(tuple(_entry(r) for r in rows))


def _info(row: TermRow) -> TermInfo:
    return TermInfo(row.id, row.project_id, _entry(row), row.created_at, row.created_by)
