"""Password hashing with Argon2id (argon2-cffi, RFC 9106 parameters); the password itself is never kept.

``verify`` takes the same time whether or not the account exists (``verify(None, ...)`` checks a
throw-away hash), so that timing does not tell which names are accounts.
"""

from __future__ import annotations

from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

_HASHER = PasswordHasher()  # Argon2id, RFC 9106 "low memory" profile: t=3, m=64 MiB, p=4


def hash_password(password: str) -> str:
    """An encoded Argon2id hash (``$argon2id$v=19$m=...``) with a fresh random salt."""
    return _HASHER.hash(password)


@lru_cache(maxsize=1)
def _decoy() -> str:
    return _HASHER.hash("a password nobody has: only here to spend the same time")


def verify(encoded: str | None, password: str) -> bool:
    """Whether ``password`` matches the hash; False for no hash (after spending the same time)."""
    try:
        return _HASHER.verify(encoded or _decoy(), password) and encoded is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(encoded: str) -> bool:
    """True when the hash was made with weaker parameters than today's: rehash at the next sign-in."""
    try:
        return _HASHER.check_needs_rehash(encoded)
    except InvalidHashError:
        return True
