"""Every ``PARALLAX_*`` setting, declared once: its default, its meaning, how its value is checked.

The settings are read here, once, at the edge (the CLI, the workbench, a batch worker) and handed
to the rest as arguments (the upload limit to the readers, a ``ModelSetup`` to the model loader, a
user name to the repository), so that the core never reads the environment. ``parallax settings``
prints the table with the values in force.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corpora.errors import InputError
from corpora.limits import MAX_UPLOAD_MB
from models.base import Encoder
from models.registry import DEFAULT_MODEL, QUOTE_MODEL
from models.setup import ModelSetup


def _text(raw: str) -> str:
    return raw


def _path(raw: str) -> Path:
    return Path(raw).expanduser()


def _positive_number(raw: str) -> float:
    try:
        value = float(raw)
    except ValueError:
        raise ValueError("is not a number") from None
    if value <= 0:
        raise ValueError("must be a positive number")
    return value


def _positive_int(raw: str) -> int:
    if not raw.isdigit() or int(raw) < 1:
        raise ValueError("must be a whole number of at least 1")
    return int(raw)


def _flag(raw: str) -> bool:
    value = raw.lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    raise ValueError("must be 1/true/yes or 0/false/no")


def _choice(*allowed: str) -> Callable[[str], str]:
    def parse(raw: str) -> str:
        value = raw.lower()
        if value not in allowed:
            raise ValueError(f"must be one of {', '.join(allowed)}")
        return value
    return parse


@dataclass(frozen=True)
class Setting:
    """One environment variable: what it is called, its default (None: none), what it means."""

    name: str
    attribute: str
    default: Any
    help: str
    parse: Callable[[str], Any] = _text
    secret: bool = False


TABLE: tuple[Setting, ...] = (
    Setting("PARALLAX_DATABASE_URL", "database_url", None,
            "the database: a SQLite file in the data folder unless set; postgresql+psycopg://… for a team",
            secret=True),
    Setting("PARALLAX_DATA_DIR", "data_dir", None,
            "folder of the default SQLite database (default: the user data folder)", _path),
    Setting("PARALLAX_MODEL", "model", DEFAULT_MODEL,
            "embedding model: use-m3, e5+use, e5-small-q4, e5-small or a sentence-transformers folder"),
    Setting("PARALLAX_QUOTE_MODEL", "quote_model", None,
            "model for quote tracing (default: PARALLAX_MODEL when set, else e5+use)"),
    Setting("PARALLAX_CACHE_DIR", "cache_dir", None,
            "converted models and the embedding cache (default: the user cache folder)", _path),
    Setting("PARALLAX_THREADS", "threads", None,
            "threads one model may use (default: one per core; a batch sets it per worker)", _positive_int),
    Setting("PARALLAX_ALLOW_DOWNLOAD", "allow_download", False,
            "let a sentence-transformers model that is not on this machine be downloaded", _flag),
    Setting("PARALLAX_MAX_UPLOAD_MB", "max_upload_mb", MAX_UPLOAD_MB,
            "largest file accepted, in MB, counted after decompression", _positive_number),
    Setting("PARALLAX_USER", "user", None,
            "who the CLI and the single-user workbench act as (default: your login name)"),
    Setting("PARALLAX_AUTH", "auth", "none",
            "who is who: none (one local user), password (accounts) or header (a signing-in proxy)",
            _choice("none", "password", "header")),
    Setting("PARALLAX_AUTH_HEADER", "auth_header", "X-Forwarded-User",
            "the header in which a trusted proxy names the user (header mode)"),
    Setting("PARALLAX_TRUSTED_PROXIES", "trusted_proxies", "",
            "addresses or networks whose user header is believed (header mode), e.g. 127.0.0.1,::1"),
    Setting("PARALLAX_LOGIN_MAX_FAILURES", "login_max_failures", 5,
            "failed sign-ins before an account is locked (password mode)", _positive_int),
    Setting("PARALLAX_LOGIN_LOCK_MINUTES", "login_lock_minutes", 15.0,
            "how long a locked account stays locked (password mode)", _positive_number),
    Setting("PARALLAX_SESSION_IDLE_MINUTES", "session_idle_minutes", 30.0,
            "a signed-in session ends after this many idle minutes", _positive_number),
    Setting("PARALLAX_SESSION_MAX_HOURS", "session_max_hours", 12.0,
            "a signed-in session ends this many hours after signing in", _positive_number),
    Setting("PARALLAX_PG_BINDIR", "pg_bindir", None,
            "folder of PostgreSQL's programs, for the tests' private server (default: searched)", _path),
)
BY_NAME = {s.name: s for s in TABLE}


@dataclass(frozen=True)
class Settings:
    """The values in force; build it with ``Settings.from_env()`` (or with keywords in tests)."""

    database_url: str | None = None
    data_dir: Path | None = None
    model: str = DEFAULT_MODEL
    quote_model: str | None = None
    cache_dir: Path | None = None
    threads: int | None = None
    allow_download: bool = False
    max_upload_mb: float = MAX_UPLOAD_MB
    user: str | None = None
    auth: str = "none"
    auth_header: str = "X-Forwarded-User"
    trusted_proxies: str = ""
    login_max_failures: int = 5
    login_lock_minutes: float = 15.0
    session_idle_minutes: float = 30.0
    session_max_hours: float = 12.0
    pg_bindir: Path | None = None
    given: frozenset[str] = field(default=frozenset(), compare=False)
    """Names of the variables that were set (the rest are defaults)."""

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Read and check every setting; a bad value is one ``InputError`` naming the variable."""
        environ = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        given = set()
        for setting in TABLE:
            raw = (environ.get(setting.name) or "").strip()
            if not raw:
                continue
            try:
                values[setting.attribute] = setting.parse(raw)
            except ValueError as exc:
                shown = "…" if setting.secret else repr(raw)
                raise InputError(f"{setting.name}={shown} {exc}; {setting.help}") from None
            given.add(setting.name)
        return cls(**values, given=frozenset(given))

    def database(self) -> str | None:
        """The database URL to open: ``PARALLAX_DATABASE_URL``, else the SQLite file in
        ``PARALLAX_DATA_DIR`` when that is set, else None (the SQLite file in the user data folder)."""
        if self.database_url:
            return self.database_url
        from db.session import sqlite_url

        return sqlite_url(self.data_dir) if self.data_dir else None

    def repository(self) -> Any:
        """The repository, acting as ``local_user()`` with that user's roles in a team mode."""
        from db.repository import open_repository

        return open_repository(self.database(), user=self.local_user(), auth=self.auth)

    def login_policy(self) -> Any:
        """When failed sign-ins slow down and lock an account (``db.access.LoginPolicy``)."""
        from db.access import LoginPolicy

        return LoginPolicy(max_failures=self.login_max_failures, lock_minutes=self.login_lock_minutes)

    def session_policy(self) -> Any:
        """When a signed-in workbench session ends (``parallax.identity.SessionPolicy``)."""
        from parallax.identity import SessionPolicy

        return SessionPolicy(idle_minutes=self.session_idle_minutes, max_hours=self.session_max_hours)

    def data_folder(self) -> Path:
        """The user data folder (``PARALLAX_DATA_DIR`` wins): the default database, workbench state."""
        from db.session import data_dir

        return self.data_dir or data_dir()

    @property
    def max_upload_bytes(self) -> int:
        return int(self.max_upload_mb * 1024 * 1024)

    def model_for(self, requested: str | None = None) -> str:
        """The model a run uses: the one asked for, else ``PARALLAX_MODEL``, else the default."""
        return (requested or "").strip() or self.model

    def quote_model_for(self, requested: str | None = None) -> str:
        """The model quote tracing uses: the one asked for, else ``PARALLAX_QUOTE_MODEL``, else
        ``PARALLAX_MODEL`` when it was set, else the quote default (better at "no source found")."""
        if (requested or "").strip():
            return requested.strip()  # type: ignore[union-attr]
        if self.quote_model:
            return self.quote_model
        return self.model if "PARALLAX_MODEL" in self.given else QUOTE_MODEL

    def local_user(self) -> str:
        """Who acts when nobody signs in: ``PARALLAX_USER`` (or ``--user``), else the login name."""
        if self.user:
            return self.user
        try:
            return getpass.getuser()
        except Exception:  # noqa: BLE001 - no passwd entry in some containers
            return "local"

    def acting_as(self, user: str | None) -> Settings:
        """These settings with ``--user`` in force (the CLI's way to name who acts)."""
        if not user:
            return self
        from dataclasses import replace

        return replace(self, user=user)

    def model_setup(self) -> ModelSetup:
        """What the model back ends need from here: the cache folder, threads, downloads."""
        return ModelSetup(cache_dir=self.cache_dir, threads=self.threads, allow_download=self.allow_download)

    def encoder(self, requested: str | None = None, *, cache: bool = True, quote: bool = False) -> Encoder:
        """The encoder a run uses (``quote``: the one quote tracing uses), with the embedding cache
        in front unless ``cache`` is off."""
        from models.registry import load_encoder

        name = self.quote_model_for(requested) if quote else self.model_for(requested)
        return load_encoder(name, cache=cache, setup=self.model_setup())

    def rows(self) -> list[tuple[str, str, str, str]]:
        """(name, value in force, default, meaning) per setting; secrets are not shown."""
        out = []
        for setting in TABLE:
            value = getattr(self, setting.attribute)
            shown = "" if value is None else str(value)
            if setting.secret and shown:
                shown = "(set)"
            default = "" if setting.default is None else str(setting.default)
            out.append((setting.name, shown, default, setting.help))
        return out


def current() -> Settings:
    """The settings of this process, read from the environment now."""
    return Settings.from_env()
