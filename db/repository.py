"""Every read and write the workbench and the CLI make; nothing outside ``db`` writes SQL.

Each public method is one transaction: it either happens completely or not at
all. Review actions are optimistic: they take the ``expected_version`` of the
bead the reviewer saw and raise ``ConflictError`` when someone else changed it
since; every action is written to the review log with who, when, and the beads
before and after, and undo/redo replay that log.

Beads are never deleted by review: a bead merged away becomes inactive, and
undo brings it back with its id. See ``db.schema`` for the tables.

``Repository`` is the one façade; each job lives in its own module, as a mixin of
``db.base.RepositoryCore`` (the transaction, the role check, loading rows, the checks of names):

- ``db.projects``: projects; ``db.accounts``: accounts, sign-in and project members;
- ``db.documents``: import, load, list and delete documents;
- ``db.runs``: store runs, the current run, read beads, shape a run for the exporters;
- ``db.review``: review actions, conflicts, undo/redo, the review log, the quality figure;
- ``db.quotes_store``: quotations and their matches;
- ``db.terms``: the project termbase that the drift checks honour.
"""

from __future__ import annotations

from db.access import auth_mode
from db.accounts import AccountsMixin
from db.documents import DocumentsMixin
from db.projects import ProjectsMixin
from db.quotes_store import QuotesMixin
from db.review import ReviewMixin
from db.runs import RunsMixin
from db.terms import TermsMixin


class Repository(ProjectsMixin, DocumentsMixin, RunsMixin, ReviewMixin, QuotesMixin, AccountsMixin,
                 TermsMixin):
    """The storage API. Thread-safe: every call opens its own session.

    Open one with ``Repository.open(url)`` (runs the migrations) or wrap an engine you made.

    A repository bound to a user (``as_user(name)``, or ``user=`` here) checks that user's role in
    the project on every call: viewer to read and export, reviewer to import, align and review,
    owner to manage members, rename and delete. A refusal raises ``PermissionDenied`` and is written
    to the access log; listing shows only the user's projects; every change is recorded under the
    bound user's name, whatever ``actor`` the caller passes. An unbound repository (``user=None``,
    the embedded default) checks nothing.
    """


def open_repository(url: str | None = None, user: str | None = None, auth: str | None = None) -> Repository:
    """``Repository.open``, acting as a user when ``PARALLAX_AUTH`` is a team mode (the CLI's way in).

    In a team mode the repository is bound to ``user`` (the edge passes ``PARALLAX_USER`` or
    ``--user``), else the OS account name, and every call is checked against that user's roles. In
    the embedded default (``none``) it is not bound: one local user, no roles.
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
