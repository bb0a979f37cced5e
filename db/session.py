"""Where the database lives and how to connect to it.

The URL comes from ``PARALLAX_DATABASE_URL``; without it Parallax uses one
SQLite file in the user's data folder, so a laptop needs no set-up at all. A
team points the variable at PostgreSQL (``postgresql+psycopg://...``).
``init_db`` brings any such database to the newest schema with Alembic, so the
application never creates tables behind the migrations' back.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from db.errors import DatabaseOpenError, MigrationError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def data_dir() -> Path:
    """The platform's user data folder for Parallax (``PARALLAX_DATA_DIR``, read at the edge, wins
    there: ``parallax.settings``)."""
    try:
        import platformdirs
    except ImportError:
        return Path.home() / ".local" / "share" / "parallax"
    return Path(platformdirs.user_data_dir("parallax", appauthor=False))


def sqlite_url(folder: Path) -> str:
    """The URL of the embedded database in ``folder``."""
    return f"sqlite:///{folder / 'parallax.db'}"


def database_url(url: str | None = None) -> str:
    """The URL to use: the argument (the edge passes ``PARALLAX_DATABASE_URL``), else the SQLite
    file in the user data folder."""
    url = url or ""
    if not url:
        return sqlite_url(data_dir())
    # Plain "postgresql://" would pick psycopg2, which we do not ship; psycopg 3 is the driver.
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def _on_sqlite_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def begin_write(session: Session) -> None:
    """Start ``session``'s transaction as a writer, before it reads anything it will act on.

    On SQLite this is ``BEGIN IMMEDIATE``: the database's write lock is taken now, so a second writer
    waits (up to the connection's busy timeout, 30 s) before its first read instead of reading the
    same state in parallel; pysqlite alone would begin only at the first INSERT/UPDATE/DELETE, after
    the reads a check depends on. Other transactions keep pysqlite's lazy begin, so readers never
    wait for a writer (WAL). PostgreSQL needs nothing here: its callers lock the rows they check
    with ``FOR UPDATE``.
    """
    connection = session.connection()
    if connection.dialect.name == "sqlite" and not connection.connection.dbapi_connection.in_transaction:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str | None = None, **kwargs: object) -> Engine:
    """An engine for ``url`` (see ``database_url``), with SQLite set up for WAL and foreign keys."""
    resolved = make_url(database_url(url))
    if resolved.get_backend_name() == "sqlite":
        database = resolved.database or ""
        in_memory = database in ("", ":memory:") or database.startswith("file::memory:")
        connect_args = dict(kwargs.pop("connect_args", {}) or {})  # type: ignore[call-overload]
        connect_args.setdefault("timeout", 30)
        if in_memory:
            connect_args.setdefault("check_same_thread", False)
            kwargs.setdefault("poolclass", StaticPool)
        else:
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(resolved, connect_args=connect_args, **kwargs)  # type: ignore[arg-type]
        event.listen(engine, "connect", _on_sqlite_connect)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(resolved, **kwargs)  # type: ignore[arg-type]


def alembic_config(engine: Engine | None = None):  # type: ignore[no-untyped-def]
    """An Alembic ``Config`` for our migrations (no alembic.ini needed)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    if engine is not None:
        cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False)
                            .replace("%", "%%"))
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run ``alembic upgrade <revision>`` on ``engine`` (in one transaction where the back end allows)."""
    from alembic import command

    cfg = alembic_config(engine)
    try:
        connection = engine.connect()
    except Exception as exc:  # noqa: BLE001 - any driver's "cannot connect", said in one line
        raise DatabaseOpenError(f"cannot open the database {_shown(engine)}: {_first_line(exc)}") from exc
    try:
        with connection.begin():
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, revision)
    except Exception as exc:  # noqa: BLE001 - re-raised with the reason a user can act on
        raise MigrationError(f"could not upgrade the database {_shown(engine)} to {revision}: "
                             f"{_first_line(exc)}") from exc
    finally:
        connection.close()


def _shown(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=True)


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def downgrade(engine: Engine, revision: str) -> None:
    """Run ``alembic downgrade <revision>`` on ``engine``."""
    from alembic import command

    cfg = alembic_config(engine)
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, revision)


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None for an empty database)."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str:
    """The newest revision the code knows."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def init_db(url: str | None = None, **engine_kwargs: object) -> Engine:
    """Open the database at ``url`` and bring its schema to the newest revision; returns the engine."""
    try:
        engine = make_engine(url, **engine_kwargs)
    except OSError as exc:
        raise DatabaseOpenError(f"cannot create the database folder for {database_url(url)}: {exc}") from exc
    try:
        upgrade(engine, "head")
    except Exception:
        engine.dispose()
        raise
    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions whose loaded objects stay readable after commit (we hand out plain copies anyway)."""
    return sessionmaker(engine, expire_on_commit=False)
