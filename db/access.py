"""Who may do what: the authentication mode, user names, project roles, the sign-in policy.

``PARALLAX_AUTH`` picks the mode: ``none`` (the embedded default: one local user, no roles),
``password`` (accounts with Argon2id hashes in the database) or ``header`` (an authenticating reverse
proxy names the user). In the two team modes every repository call is made as a named user and is
checked against that user's role in the project (see ``Repository.as_user``).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import timedelta

from db.errors import DataError
from db.schema import ROLES

ENV_AUTH = "PARALLAX_AUTH"
AUTH_MODES = ("none", "password", "header")
VIEWER, REVIEWER, OWNER = ROLES
RANK = {role: rank for rank, role in enumerate(ROLES)}
MAX_NAME = 200


def auth_mode(value: str | None = None) -> str:
    """The mode named by ``value`` (``PARALLAX_AUTH``, read at the edge; default ``none``); a typo
    is an error, not a silent fall-back to no authentication."""
    raw = (value or "").strip().lower() or "none"
    if raw not in AUTH_MODES:
        raise DataError(f"{ENV_AUTH}={raw!r} is not a mode Parallax knows; "
                        f"use one of {', '.join(AUTH_MODES)}")
    return raw


def normalise_user_name(name: str | None) -> str:
    """A user name as stored: trimmed, lower case, no spaces or control characters, at most 200 long.

    Lower case because proxies and people spell the same login differently (``Ann`` / ``ann``).
    """
    cleaned = unicodedata.normalize("NFC", (name or "").strip()).lower()
    if not cleaned:
        raise DataError("a user name cannot be empty")
    if len(cleaned) > MAX_NAME:
        raise DataError(f"a user name may have at most {MAX_NAME} characters")
    if any(ch.isspace() or unicodedata.category(ch).startswith("C") for ch in cleaned):
        raise DataError("a user name cannot contain spaces or control characters")
    return cleaned


def check_role(role: str) -> str:
    """A valid role name (``viewer``, ``reviewer`` or ``owner``)."""
    role = (role or "").strip().lower()
    if role not in RANK:
        raise DataError(f"unknown role {role!r}: use one of {', '.join(ROLES)}")
    return role


def allows(role: str | None, needed: str) -> bool:
    """Whether ``role`` (None: not a member) is at least ``needed``."""
    return role is not None and RANK.get(role, -1) >= RANK[needed]


@dataclass(frozen=True)
class LoginPolicy:
    """How guessing is slowed and stopped.

    After ``free_failures`` failed sign-ins in a row, each further attempt has to wait
    ``first_delay`` seconds, doubling each time; at ``max_failures`` the account is locked for
    ``lock_minutes``. A successful sign-in resets the count. The state lives in the database, so
    it holds across browser sessions, workbench processes and servers.
    """

    free_failures: int = 2
    first_delay: float = 2.0
    max_failures: int = 5
    lock_minutes: float = 15.0
    min_password: int = 8

    def wait_after(self, failures: int) -> timedelta | None:
        """How long the account must rest after ``failures`` failures in a row (None: no wait)."""
        if failures >= self.max_failures:
            return timedelta(minutes=self.lock_minutes)
        if failures > self.free_failures:
            return timedelta(seconds=self.first_delay * 2 ** (failures - self.free_failures - 1))
        return None
