"""Accounts: Argon2id hashes, sign-in slowed down then locked (state in the database), sessions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from db.access import LoginPolicy
from db.errors import AuthError, DataError, DuplicateError, PermissionDenied
from db.passwords import hash_password, needs_rehash, verify
from db.repository import Repository
from db.schema import AccessEvent, Account

SECRET = "correct horse battery staple"
POLICY = LoginPolicy(free_failures=2, first_delay=2.0, max_failures=5, lock_minutes=15.0)
T0 = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def test_argon2id_hashes_verify_and_are_not_the_password() -> None:
    first, second = hash_password(SECRET), hash_password(SECRET)
    assert first.startswith("$argon2id$") and second.startswith("$argon2id$")
    assert first != second, "a fresh salt each time: equal passwords give different hashes"
    for encoded in (first, second):
        assert SECRET not in encoded and SECRET.encode().hex() not in encoded
        assert verify(encoded, SECRET)
        assert not verify(encoded, SECRET + " ")
        assert not verify(encoded, "")
    assert not verify(None, SECRET) and not verify("not a hash", SECRET)
    assert not needs_rehash(first)


def test_the_database_keeps_only_the_hash(repo: Repository) -> None:
    repo.create_account("ann", SECRET)
    with pytest.raises(AuthError):
        repo.authenticate("ann", SECRET.upper(), policy=POLICY)
    assert repo.authenticate("ann", SECRET, policy=POLICY).name == "ann"
    with repo.engine.connect() as conn:
        stored = conn.scalar(select(Account.password_hash).where(Account.name == "ann"))
        log = " ".join(" ".join(str(v) for v in row) for row in conn.execute(select(AccessEvent)))
    assert stored.startswith("$argon2id$") and SECRET not in stored and verify(stored, SECRET)
    assert SECRET not in log and SECRET.upper() not in log
    assert "login_failed" in log and "login" in log


def test_short_passwords_and_duplicate_names_are_refused(repo: Repository) -> None:
    with pytest.raises(DataError, match="at least 8"):
        repo.create_account("ann", "short")
    repo.create_account("Ann", SECRET)  # names are stored in lower case
    with pytest.raises(DuplicateError):
        repo.create_account("ann", SECRET)
    with pytest.raises(DataError):
        repo.create_account("two words", SECRET)


def _fail(repo: Repository, when: datetime, password: str = "wrong password") -> AuthError:
    with pytest.raises(AuthError) as info:
        repo.authenticate("ann", password, now=when, policy=POLICY)
    return info.value


def test_failed_sign_ins_are_slowed_down_then_locked_and_recorded(repo: Repository) -> None:
    """The wait and the lock are enforced and logged, but never said: every refusal reads the same."""
    repo.create_account("ann", SECRET)
    _fail(repo, T0)
    _fail(repo, T0 + timedelta(seconds=1))
    assert repo.get_account("ann").locked_until is None
    _fail(repo, T0 + timedelta(seconds=2))
    assert repo.get_account("ann").locked_until == T0 + timedelta(seconds=4)  # waits 2 s
    # While slowed down even the right password is not looked at.
    early = _fail(repo, T0 + timedelta(seconds=3), SECRET)
    _fail(repo, T0 + timedelta(seconds=5))
    assert repo.get_account("ann").locked_until == T0 + timedelta(seconds=9)  # waits 4 s
    fifth = _fail(repo, T0 + timedelta(seconds=10))
    account = repo.get_account("ann")
    assert account.failed_logins == 5 and account.locked(T0 + timedelta(minutes=5))
    assert account.locked_until == T0 + timedelta(seconds=10, minutes=15)
    late = _fail(repo, T0 + timedelta(minutes=14), SECRET)
    # The lock is in the database: another process (a fresh repository on the same URL) sees it.
    other = Repository.open(repo.engine.url.render_as_string(hide_password=False))
    try:
        with pytest.raises(AuthError, match="^wrong user name or password$"):
            other.authenticate("ann", SECRET, now=T0 + timedelta(minutes=10), policy=POLICY)
    finally:
        other.close()
    for refusal in (early, fifth, late):
        assert str(refusal) == "wrong user name or password" and refusal.retry_after is None
    assert repo.authenticate("ann", SECRET, now=T0 + timedelta(minutes=16), policy=POLICY).failed_logins == 0
    with repo.engine.connect() as conn:
        events = [e for (e,) in conn.execute(select(AccessEvent.event).where(AccessEvent.user == "ann")
                                             .order_by(AccessEvent.id))]
    assert events.count("login_failed") == 4 and events.count("locked") == 1
    assert events.count("login_refused") == 3 and events[-1] == "login"


def test_a_locked_account_answers_like_an_unknown_name(repo: Repository) -> None:
    """Account discovery (issue 21, minor): five bad tries must not reveal that the account exists."""
    repo.create_account("ann", SECRET)
    answers = []
    for i in range(6):
        answers.append(_fail(repo, T0 + timedelta(minutes=i)))
    with pytest.raises(AuthError) as unknown:
        repo.authenticate("nobody", "wrong password", now=T0 + timedelta(minutes=6), policy=POLICY)
    answers.append(unknown.value)
    assert repo.get_account("ann").locked(T0 + timedelta(minutes=6))
    assert [(str(a), a.retry_after) for a in answers] == [("wrong user name or password", None)] * 7


def test_unknown_names_get_the_same_answer_as_wrong_passwords(repo: Repository) -> None:
    repo.create_account("ann", SECRET)
    with pytest.raises(AuthError) as unknown:
        repo.authenticate("nobody", SECRET, policy=POLICY)
    with pytest.raises(AuthError) as wrong:
        repo.authenticate("ann", "wrong password", policy=POLICY)
    assert str(unknown.value) == str(wrong.value) == "wrong user name or password"
    repo.create_account("proxyuser")  # no password: header mode only
    with pytest.raises(AuthError, match="wrong user name or password"):
        repo.authenticate("proxyuser", "", policy=POLICY)


def test_disabled_accounts_and_changed_passwords_end_sessions(repo: Repository) -> None:
    repo.create_account("ann", SECRET)
    signed_in = datetime.now(UTC) + timedelta(seconds=1)
    assert repo.session_valid("ann", signed_in)
    repo.set_password("ann", "another long password")
    assert not repo.session_valid("ann", signed_in - timedelta(seconds=2))
    assert repo.session_valid("ann", datetime.now(UTC) + timedelta(seconds=1))
    repo.set_account_enabled("ann", False)
    assert not repo.session_valid("ann", datetime.now(UTC) + timedelta(seconds=1))
    with pytest.raises(AuthError, match="disabled"):
        repo.authenticate("ann", "another long password", policy=POLICY)
    with pytest.raises(PermissionDenied):
        repo.as_user("ann").set_password("ann", "a third long password")
