"""Races on the storage layer (issue 21, items 4 and 5), on SQLite and PostgreSQL.

Threads start together at a barrier, on loopback only (the throw-away PostgreSQL server of
``tests/db/conftest.py`` or a SQLite file), in bounded loops, each with a timeout.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from functools import partial
from typing import Any

import pytest
from security_kit import PASSWORD

import db.accounts
from db.access import LoginPolicy
from db.errors import AuthError, DataError, PermissionDenied
from db.repository import Repository

THREADS = 8
ROUNDS = 8
# No slow-down before the lock: the only limit is "5 failures, then locked for 15 minutes".
POLICY = LoginPolicy(free_failures=5, max_failures=5, lock_minutes=15.0)


def _together(calls: list[Callable[[], Any]], timeout: float = 60.0) -> list[Any]:
    """Run the calls in threads released at once by a barrier; each result or the exception raised."""
    barrier = threading.Barrier(len(calls))
    results: list[Any] = [None] * len(calls)

    def worker(i: int) -> None:
        barrier.wait(timeout)
        try:
            results[i] = calls[i]()
        except Exception as exc:  # noqa: BLE001 - the test looks at what each call raised
            results[i] = exc

    threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(len(calls))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout)
    assert not any(t.is_alive() for t in threads), "a thread did not finish"
    return results


def test_parallel_wrong_passwords_are_stopped_by_the_lock(repo: Repository,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """8 sign-ins with a wrong password at once: 5 passwords are checked, then the account is locked."""
    repo.create_account("ann", PASSWORD)
    checked: list[str] = []
    real_verify = db.accounts.verify

    def counting_verify(encoded: str | None, password: str) -> bool:
        if encoded is not None:  # a real password check, not the decoy for unknown or locked names
            checked.append(password)
        return real_verify(encoded, password)

    monkeypatch.setattr(db.accounts, "verify", counting_verify)
    results = _together([partial(repo.authenticate, "ann", f"wrong password {i}", policy=POLICY)
                         for i in range(THREADS)])
    assert all(isinstance(r, AuthError) for r in results), results
    assert len(checked) == 5
    assert {str(r) for r in results} == {"wrong user name or password"}
    account = repo.get_account("ann")
    assert account.failed_logins == 5 and account.locked()
    with pytest.raises(AuthError, match="^wrong user name or password$"):
        repo.authenticate("ann", PASSWORD, policy=POLICY)
    assert len(checked) == 5, "a locked account's password is not looked at"


def _owners(repo: Repository, project_id: int) -> set[str]:
    return {m.user for m in repo.list_members(project_id) if m.role == "owner"}


@pytest.mark.parametrize("how", ["remove", "demote"])
def test_two_owners_removing_each_other_leave_an_owner(repo: Repository, monkeypatch: pytest.MonkeyPatch,
                                                       how: str) -> None:
    """Two owners take each other's ownership at once, 8 rounds: one wins, the other is refused."""
    real_check = db.accounts._keep_an_owner

    def slow_check(*args: Any) -> None:
        real_check(*args)
        time.sleep(0.05)  # widen the gap between "another owner is left" and the change itself

    monkeypatch.setattr(db.accounts, "_keep_an_owner", slow_check)
    for name in ("olga", "otto"):
        repo.create_account(name, PASSWORD)
    olga, otto = repo.as_user("olga"), repo.as_user("otto")
    for round_ in range(ROUNDS):
        project = olga.create_project(f"Donbass {round_}")
        olga.add_member(project.id, "otto", "owner")
        if how == "remove":
            calls = [partial(olga.remove_member, project.id, "otto"),
                     partial(otto.remove_member, project.id, "olga")]
        else:
            calls = [partial(olga.add_member, project.id, "otto", "reviewer"),
                     partial(otto.add_member, project.id, "olga", "reviewer")]
        results = _together(calls)
        refused = [r for r in results if isinstance(r, Exception)]
        assert len(refused) == 1, f"round {round_}: {results}"
        assert isinstance(refused[0], PermissionDenied | DataError), refused[0]
        assert len(_owners(repo, project.id)) == 1, f"round {round_}: the project lost its owners"
