"""Accounts, sign-in and project members: the team-mode half of the repository.

``Repository`` inherits these methods. Account administration (create, disable, set a password,
unlock, read the access log) belongs to whoever holds the database URL: it needs a repository that
is not bound to a user (``parallax users``); a bound repository is refused. Members are managed by
a project's owners. Sign-in failures are counted in the database: after a few, each attempt must
wait longer, then the account is locked for a while (``db.access.LoginPolicy``); every sign-in, good
or bad, and every refused call goes to the access log.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from corpora.text_safety import storable_text
from db.access import OWNER, VIEWER, LoginPolicy, allows, check_role, normalise_user_name
from db.errors import AuthError, DataError, DuplicateError, NotFoundError, PermissionDenied
from db.passwords import hash_password, needs_rehash, verify
from db.schema import AccessEvent, Account, Membership, Project, utcnow

WRONG_LOGIN = "wrong user name or password"
ADMIN = "administrator"
"""The name written to the access log for changes made through an unbound repository (the CLI)."""


@dataclass(frozen=True)
class AccountInfo:
    name: str
    enabled: bool
    has_password: bool
    created_at: datetime
    failed_logins: int
    locked_until: datetime | None
    last_login_at: datetime | None

    def locked(self, now: datetime | None = None) -> bool:
        return self.locked_until is not None and self.locked_until > (now or utcnow())


@dataclass(frozen=True)
class MemberInfo:
    project_id: int
    user: str
    role: str
    added_at: datetime
    added_by: str | None


@dataclass(frozen=True)
class AccessEntry:
    at: datetime
    user: str
    event: str
    action: str
    project_id: int | None
    detail: str


def aware(moment: datetime | None) -> datetime | None:
    """SQLite hands timestamps back without their zone; they were stored in UTC."""
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment


def _account_info(row: Account) -> AccountInfo:
    return AccountInfo(name=row.name, enabled=bool(row.enabled), has_password=row.password_hash is not None,
                       created_at=aware(row.created_at) or utcnow(), failed_logins=row.failed_logins or 0,
                       locked_until=aware(row.locked_until), last_login_at=aware(row.last_login_at))


def _member_info(m: Membership) -> MemberInfo:
    return MemberInfo(project_id=m.project_id, user=m.account.name, role=m.role,
                      added_at=aware(m.added_at) or utcnow(), added_by=m.added_by)


def _check_password(password: str, policy: LoginPolicy) -> str:
    if not isinstance(password, str) or len(password) < policy.min_password:
        raise DataError(f"a password needs at least {policy.min_password} characters")
    if len(password) > 1024:
        raise DataError("a password may have at most 1024 characters")
    return password


def _wait_text(seconds: float) -> str:
    if seconds >= 90:
        return f"{round(seconds / 60)} minutes"
    return f"{max(1, round(seconds))} s"


def log_event(session: Session, user: str, event: str, action: str = "", project_id: int | None = None,
              detail: str = "") -> None:
    """One access-log row, in the caller's transaction. Never give it a password.

    The free text goes through ``storable_text``: a refusal that quotes what a user typed is logged too.
    """
    session.add(AccessEvent(user=storable_text((user or "?")[:200]), event=event[:40],
                            action=storable_text(action[:100]), project_id=project_id,
                            detail=storable_text(detail[:500]), at=utcnow()))


class AccountsMixin:
    """Accounts, sign-in and members; see the module's docstring."""

    user: str | None

    if TYPE_CHECKING:  # provided by Repository
        def _tx(self, write: bool = False) -> AbstractContextManager[Session]: ...
        def _allow(self, s: Session, project_id: int, needed: str, action: str) -> None: ...
        def _project_row(self, s: Session, project: int | str) -> Project: ...

    # ------------------------------------------------------------------ accounts (administration)
    def _admin_only(self, s: Session, action: str) -> None:
        if self.user is not None:
            raise PermissionDenied(
                f"{self.user} may not {action}: accounts are managed by the administrator with "
                "`parallax users`", user=self.user, action=action, needed=ADMIN)

    def _account_row(self, s: Session, name: str, lock: bool = False) -> Account:
        query = select(Account).where(Account.name == normalise_user_name(name))
        row = s.scalar(query.with_for_update() if lock else query)
        if row is None:
            raise NotFoundError(f"no account named {normalise_user_name(name)!r}; "
                                "add it with `parallax users add NAME`")
        return row

    def create_account(self, name: str, password: str | None = None,
                       policy: LoginPolicy | None = None) -> AccountInfo:
        """A new enabled account; without a password it can only be named by a trusted proxy."""
        name = normalise_user_name(name)
        encoded = hash_password(_check_password(password, policy or LoginPolicy())) \
            if password is not None else None
        with self._tx() as s:
            self._admin_only(s, "create accounts")
            if s.scalar(select(Account.id).where(Account.name == name)) is not None:
                raise DuplicateError(f"an account named {name!r} already exists")
            row = Account(name=name, password_hash=encoded, enabled=True, failed_logins=0,
                          password_changed_at=utcnow() if encoded else None)
            s.add(row)
            log_event(s, ADMIN, "account_created", detail=name)
            s.flush()
            return _account_info(row)

    def ensure_account(self, name: str) -> AccountInfo:
        """The account of a user named by a trusted proxy, created (without password) on first sight."""
        name = normalise_user_name(name)
        with self._tx() as s:
            if self.user != name:
                self._admin_only(s, "create accounts")
            row = s.scalar(select(Account).where(Account.name == name))
            if row is None:
                row = Account(name=name, password_hash=None, enabled=True, failed_logins=0)
                s.add(row)
                log_event(s, name, "account_created", detail="first seen through the trusted proxy")
                s.flush()
            return _account_info(row)

    def get_account(self, name: str) -> AccountInfo:
        """One account (a bound repository sees only its own)."""
        with self._tx() as s:
            if self.user != normalise_user_name(name):
                self._admin_only(s, "see other accounts")
            return _account_info(self._account_row(s, name))

    def list_accounts(self) -> list[AccountInfo]:
        with self._tx() as s:
            self._admin_only(s, "list accounts")
            return [_account_info(a) for a in s.scalars(select(Account).order_by(Account.name))]

    def set_password(self, name: str, password: str, policy: LoginPolicy | None = None) -> AccountInfo:
        """Set a new password; sessions signed in before this end at their next page load."""
        encoded = hash_password(_check_password(password, policy or LoginPolicy()))
        with self._tx() as s:
            self._admin_only(s, "set passwords")
            row = self._account_row(s, name)
            row.password_hash, row.password_changed_at = encoded, utcnow()
            row.failed_logins, row.locked_until = 0, None
            log_event(s, ADMIN, "password_set", detail=row.name)
            return _account_info(row)

    def set_account_enabled(self, name: str, enabled: bool) -> AccountInfo:
        """Disable (or enable again) an account: a disabled account can do nothing at all."""
        with self._tx() as s:
            self._admin_only(s, "disable or enable accounts")
            row = self._account_row(s, name)
            row.enabled = bool(enabled)
            log_event(s, ADMIN, "account_enabled" if enabled else "account_disabled", detail=row.name)
            return _account_info(row)

    def unlock_account(self, name: str) -> AccountInfo:
        """Lift a lock-out now (failed sign-ins forgotten)."""
        with self._tx() as s:
            self._admin_only(s, "unlock accounts")
            row = self._account_row(s, name)
            row.failed_logins, row.locked_until = 0, None
            log_event(s, ADMIN, "account_unlocked", detail=row.name)
            return _account_info(row)

    def access_log(self, user: str | None = None, limit: int = 200) -> list[AccessEntry]:
        """The newest entries of the access log (all, or one user's)."""
        with self._tx() as s:
            self._admin_only(s, "read the access log")
            query = select(AccessEvent).order_by(AccessEvent.id.desc()).limit(limit)
            if user is not None:
                query = query.where(AccessEvent.user == normalise_user_name(user))
            return [AccessEntry(aware(e.at) or utcnow(), e.user, e.event, e.action, e.project_id, e.detail)
                    for e in s.scalars(query)]

    # ------------------------------------------------------------------ sign-in
    def authenticate(self, name: str, password: str, *, now: datetime | None = None,
                     policy: LoginPolicy | None = None) -> AccountInfo:
        """Check a password; returns the account or raises ``AuthError`` (one line, safe to show).

        A locked or slowed-down account is refused without looking at the password. The check of the
        lock and the count of failures happen in one transaction that holds the account (``FOR
        UPDATE`` on PostgreSQL, the write lock taken before the first read on SQLite), so parallel
        guesses wait for each other and each sees the others' failures.

        Every refusal except "disabled" (said only after the right password) is the same
        ``WRONG_LOGIN``, with no ``retry_after``, and spends the same hashing time: whether a name is
        an account, or a locked one, cannot be told from outside. The access log says which it was.
        """
        policy = policy or LoginPolicy()
        now = now or utcnow()
        try:
            name = normalise_user_name(name)
        except DataError:
            verify(None, password or "")
            raise AuthError(WRONG_LOGIN) from None
        refusal: AuthError | None = None
        decoy = False  # refused before the password was checked: hash a decoy after the transaction
        with self._tx(write=True) as s:
            row = s.scalar(select(Account).where(Account.name == name).with_for_update())
            locked = aware(row.locked_until) if row is not None else None
            if row is None or row.password_hash is None:
                log_event(s, name, "login_failed", detail="no such account or no password")
                refusal, decoy = AuthError(WRONG_LOGIN), True
            elif locked is not None and now < locked:
                log_event(s, name, "login_refused", detail=f"locked after {row.failed_logins} failures, "
                          f"for {_wait_text((locked - now).total_seconds())} more")
                refusal, decoy = AuthError(WRONG_LOGIN), True
            elif not verify(row.password_hash, password or ""):
                s.execute(update(Account).where(Account.id == row.id)
                          .values(failed_logins=Account.failed_logins + 1))
                s.refresh(row)
                wait_for = policy.wait_after(row.failed_logins)
                row.locked_until = now + wait_for if wait_for else None
                is_lock = row.failed_logins >= policy.max_failures
                waits = f"; waits {_wait_text(wait_for.total_seconds())}" if wait_for else ""
                log_event(s, name, "locked" if is_lock else "login_failed",
                          detail=f"{row.failed_logins} failures in a row{waits}")
                refusal = AuthError(WRONG_LOGIN)
            elif not row.enabled:
                log_event(s, name, "login_refused", detail="account disabled")
                refusal = AuthError("this account is disabled; ask the administrator")
            else:
                row.failed_logins, row.locked_until, row.last_login_at = 0, None, now
                if needs_rehash(row.password_hash):
                    row.password_hash = hash_password(password)
                log_event(s, name, "login")
                info = _account_info(row)
        if decoy:  # outside the transaction: the account (SQLite: the database) is not held meanwhile
            verify(None, password or "")
        if refusal is not None:
            raise refusal
        return info

    def session_valid(self, name: str, signed_in_at: datetime) -> bool:
        """Whether a session signed in at ``signed_in_at`` may go on: the account still exists, is
        enabled, and its password has not been changed since."""
        with self._tx() as s:
            row = s.scalar(select(Account).where(Account.name == normalise_user_name(name)))
            if row is None or not row.enabled:
                return False
            changed = aware(row.password_changed_at)
            return changed is None or changed <= signed_in_at

    # ------------------------------------------------------------------ members
    def my_role(self, project: int | str) -> str | None:
        """The acting user's role in the project (None: not a member); unbound: ``owner``."""
        with self._tx() as s:
            row = self._project_row(s, project)
            if self.user is None:
                return OWNER
            return _role(s, self.user, row.id)[1]

    def list_members(self, project: int | str) -> list[MemberInfo]:
        with self._tx() as s:
            row = self._project_row(s, project)
            self._allow(s, row.id, VIEWER, "see the members")
            return [_member_info(m) for m in _members(s, row.id)]

    def add_member(self, project: int | str, user: str, role: str) -> MemberInfo:
        """Give an account a role in the project (or change its role). Owners only."""
        role = check_role(role)
        with self._tx(write=True) as s:
            row, account, member = self._membership(s, project, user)
            if member is not None and member.role == OWNER and role != OWNER:
                _keep_an_owner(s, row.id, account.id)
            if member is None:
                member = Membership(project_id=row.id, account_id=account.id, role=role, added_at=utcnow(),
                                    added_by=self.user or ADMIN)
                s.add(member)
            member.role = role
            log_event(s, self.user or ADMIN, "member_set", "manage members", row.id,
                      f"{account.name}: {role}")
            s.flush()
            s.refresh(member)
            return _member_info(member)

    def _membership(self, s: Session, project: int | str,
                    user: str) -> tuple[Project, Account, Membership | None]:
        """(project, account, the account's membership or None), for an owner changing members.

        Changes of members are serialised per project (``_lock_members``) before the caller's role is
        checked, so two owners taking each other's role at once cannot both pass "another owner is
        left": the second sees the first's change, and is refused.
        """
        row = self._project_row(s, project)
        _lock_members(s, row.id)
        self._allow(s, row.id, OWNER, "manage members")
        account = self._account_row(s, user)
        member = s.scalar(select(Membership).where(Membership.project_id == row.id,
                                                   Membership.account_id == account.id))
        return row, account, member

    def remove_member(self, project: int | str, user: str) -> None:
        """Take an account out of the project; the last owner stays."""
        with self._tx(write=True) as s:
            row, account, member = self._membership(s, project, user)
            if member is None:
                raise NotFoundError(f"{account.name} is not a member of project {row.name!r}")
            if member.role == OWNER:
                _keep_an_owner(s, row.id, account.id)
            s.delete(member)
            log_event(s, self.user or ADMIN, "member_removed", "manage members", row.id, account.name)


# ---------------------------------------------------------------------- helpers
def _role(s: Session, user: str, project_id: int) -> tuple[bool | None, str | None]:
    """(account enabled — None when there is no such account, role in the project or None)."""
    row = s.execute(
        select(Account.enabled, Membership.role).select_from(Account)
        .outerjoin(Membership, (Membership.account_id == Account.id) & (Membership.project_id == project_id))
        .where(Account.name == user)).first()
    if row is None:
        return None, None
    enabled, role = bool(row[0]), row[1]
    return enabled, role if enabled else None


def role_check(s: Session, user: str, project_id: int, needed: str, action: str) -> None:
    """Raise ``PermissionDenied`` unless ``user`` has at least ``needed`` in the project."""
    cache: dict[int, tuple[bool | None, str | None]] = s.info.setdefault("roles", {})
    if project_id not in cache:
        cache[project_id] = _role(s, user, project_id)
    enabled, role = cache[project_id]
    if allows(role, needed):
        return
    name = s.scalar(select(Project.name).where(Project.id == project_id))
    if enabled is None:
        why = f"there is no account named {user!r}"
    elif not enabled:
        why = f"the account {user!r} is disabled"
    elif role is None:
        why = f"{user} is not a member of it"
    else:
        why = f"{user} is a {role} there"
    raise PermissionDenied(f"{user} may not {action} (project {name!r}): that needs the {needed} role, "
                           f"and {why}", user=user, project_id=project_id, action=action, needed=needed)


def member_projects(user: str) -> Any:
    """The ids of the projects where ``user`` (an enabled account) is a member, as a subquery."""
    return (select(Membership.project_id).join(Account, Account.id == Membership.account_id)
            .where(Account.name == user, Account.enabled.is_(True)))


def _members(s: Session, project_id: int) -> Iterator[Membership]:
    query = (select(Membership).join(Account, Account.id == Membership.account_id)
             .where(Membership.project_id == project_id).order_by(Account.name))
    yield from s.scalars(query)


def _lock_members(s: Session, project_id: int) -> None:
    """Hold the project row until the transaction ends (PostgreSQL: ``FOR NO KEY UPDATE``, which
    does not block inserts that reference the project). SQLite ignores it: there the transaction
    holds the database's write lock from its start (``_tx(write=True)``)."""
    s.execute(select(Project.id).where(Project.id == project_id).with_for_update(key_share=True))


def _keep_an_owner(s: Session, project_id: int, leaving_account_id: int) -> None:
    others = s.scalar(select(func.count(Membership.id)).where(
        Membership.project_id == project_id, Membership.role == OWNER,
        Membership.account_id != leaving_account_id)) or 0
    if not others:
        raise DataError("a project keeps at least one owner; make someone else owner first")
