"""Signing in to the workbench: nothing in the embedded mode, a form with ``PARALLAX_AUTH=password``,
the trusted proxy's header with ``PARALLAX_AUTH=header``.

``signed_in(repo)`` is called once at the top of the app: it returns the repository bound to the
signed-in user (every call then checks that user's role in the project, in ``db``), or shows the
sign-in form and stops the page. The password is never stored in the session nor logged: the form
clears on submit and only the user name and times are kept.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

import streamlit as st

from db.errors import AuthError, StorageError
from db.repository import Repository
from parallax.identity import header_identity, trusted_proxies
from parallax.settings import Settings, current
from workbench.render import inert, plain

_KEY = "parallax_signed_in"
_NOTICE = "parallax_sign_in_notice"
_LOGGED = "parallax_header_refusal_logged"


def signed_in(repo: Repository) -> Repository:
    """The repository acting as the signed-in user; in the embedded mode ``repo`` itself."""
    settings = current()
    if settings.auth == "none":
        return repo
    if settings.auth == "header":
        return _through_proxy(repo, settings)
    return _with_password(repo, settings)


def can_review(repo: Repository, run_id: int) -> bool:
    """Whether the acting user may review the beads of this run (the buttons show only then)."""
    if repo.user is None:
        return True
    try:
        return repo.my_role(repo.get_run(run_id).project_id) in ("reviewer", "owner")
    except StorageError:
        return False


def _through_proxy(repo: Repository, settings: Settings) -> Repository:
    peer = st.context.ip_address or "127.0.0.1"  # Streamlit reports a loopback peer as None
    name = header_identity(st.context.headers, peer, trusted_proxies(settings.trusted_proxies),
                           settings.auth_header)
    if name is None:
        st.error("Not signed in. This workbench is run behind an authenticating reverse proxy, which must "
                 "name the user; ask the administrator (PARALLAX_TRUSTED_PROXIES, PARALLAX_AUTH_HEADER).")
        st.stop()
    account = repo.ensure_account(name)
    if not account.enabled:
        st.error(f"The account “{inert(name)}” is disabled; ask the administrator.")
        st.stop()
    _badge(name, sign_out=False)
    return repo.as_user(name)


def _with_password(repo: Repository, settings: Settings) -> Repository:
    policy = settings.session_policy()
    now = time.time()
    session = st.session_state.get(_KEY)
    if session is not None:
        reason = policy.expired(session["since"], session["seen"], now)
        if reason is None and not repo.session_valid(session["user"], datetime.fromtimestamp(session["since"],
                                                                                                UTC)):
            reason = "your account was changed (password or access); sign in again"
        if reason is None:
            session["seen"] = now
            if _badge(session["user"], sign_out=True):
                st.session_state.pop(_KEY, None)
                st.session_state[_NOTICE] = "Signed out."
                st.rerun()
            return repo.as_user(session["user"])
        st.session_state.pop(_KEY, None)
        st.session_state[_NOTICE] = reason[:1].upper() + reason[1:] + "."
    _sign_in_form(repo, settings)
    st.stop()
    raise AssertionError("st.stop() returns only in tests")  # pragma: no cover


def _sign_in_form(repo: Repository, settings: Settings) -> None:
    st.title("Parallax")
    notice = st.session_state.pop(_NOTICE, None)
    if notice:
        st.info(inert(notice))
    with st.form("sign_in", clear_on_submit=True):
        name = st.text_input("User name", key="sign_in_name")
        password = st.text_input("Password", type="password", key="sign_in_password")
        submitted = st.form_submit_button("Sign in", type="primary")
    if not submitted:
        return
    try:
        account = repo.authenticate(name, password, policy=settings.login_policy())
    except AuthError as exc:
        st.error(inert(exc))
        return
    finally:
        del password
    now = time.time()
    st.session_state[_KEY] = {"user": account.name, "since": now, "seen": now}
    st.rerun()


def _badge(name: str, sign_out: bool) -> bool:
    """The signed-in user in the sidebar; True when "Sign out" was pressed."""
    with st.sidebar:
        st.text(f"Signed in as {plain(name)}")  # plain text: a name is never rendered as markup
        return bool(sign_out and st.button("Sign out", key="sign_out"))
