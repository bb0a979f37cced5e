"""Errors raised by the storage layer, each with a message a user (or the UI) can show as is."""

from __future__ import annotations


class StorageError(Exception):
    """Base class of everything ``db`` raises on purpose."""


class NotFoundError(StorageError, LookupError):
    """A project, document, run or bead that does not exist (or no longer does)."""


class DuplicateError(StorageError):
    """A name that must be unique is already taken (e.g. a project name)."""


class ReviewError(StorageError, ValueError):
    """A review action that makes no sense here (merge the last bead, split at an empty cut...)."""


class ConflictError(StorageError):
    """Someone else changed the row since the caller loaded it; reload and try again.

    ``bead_id`` names the bead, ``changed_by`` who changed it last (when known).
    """

    def __init__(self, message: str, bead_id: int | None = None, changed_by: str | None = None):
        super().__init__(message)
        self.bead_id = bead_id
        self.changed_by = changed_by


class MigrationError(StorageError):
    """The database schema could not be brought up to date."""


class DataError(StorageError, ValueError):
    """Data handed to the repository does not fit (a bead pointing past the last sentence...)."""


class DatabaseOpenError(StorageError):
    """The database cannot be reached or created (bad URL, server down, folder not writable)."""


class PermissionDenied(StorageError, PermissionError):
    """The acting user lacks the role this needs in this project (or is no member of it).

    ``user``, ``project_id``, ``action`` and ``needed`` say who tried what; the attempt is written to
    the access log before this is raised.
    """

    def __init__(self, message: str, *, user: str = "", project_id: int | None = None, action: str = "",
                 needed: str = ""):
        super().__init__(message)
        self.user = user
        self.project_id = project_id
        self.action = action
        self.needed = needed


class AuthError(StorageError):
    """A sign-in that failed: wrong name or password, account disabled or locked for a while.

    ``Repository.authenticate`` says "wrong user name or password" for an unknown name, a wrong
    password and a locked or slowed-down account alike, and leaves ``retry_after`` (seconds) None:
    a wait shown only for real accounts would tell which names exist. The access log has the reason.
    """

    def __init__(self, message: str, retry_after: float | None = None):
        super().__init__(message)
        self.retry_after = retry_after
