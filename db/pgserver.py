"""A throw-away PostgreSQL server on loopback, for tests and benchmarks.

It runs the server's own ``initdb`` and ``pg_ctl`` (Debian puts them in
``/usr/lib/postgresql/<version>/bin``) in a temporary folder, trusts local
connections only, listens on 127.0.0.1 and a free port, and removes everything
on ``stop``. As root it runs them as the ``postgres`` user (``initdb`` refuses
to run as root). When none of that is possible it raises
``PostgresUnavailable`` whose message says why, so tests can skip and say so.
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import os
import pwd
import shlex
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

ENV_BINDIR = "PARALLAX_PG_BINDIR"


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL server could be started here; the message says why."""


def find_bindir() -> Path | None:
    """Folder holding ``initdb`` and ``pg_ctl``: $PARALLAX_PG_BINDIR, Debian's newest, or the PATH."""
    candidates: list[Path] = []
    if os.environ.get(ENV_BINDIR):
        candidates.append(Path(os.environ[ENV_BINDIR]))

    def version(path: str) -> tuple[int, ...]:
        name = Path(path).parents[1].name
        return tuple(int(p) for p in name.split(".") if p.isdigit())

    debian = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=version, reverse=True)
    candidates += [Path(p).parent for p in debian]
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).parent)
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ThrowawayPostgres:
    """Start with ``start()`` (or ``with``), connect with ``url``, and ``stop()`` to remove it all.

    ``fast=True`` turns off fsync and synchronous commit: right for tests, wrong for figures that
    claim to measure a real server (the load benchmark keeps the defaults).
    """

    def __init__(self, user: str = "parallax", fast: bool = True, max_connections: int = 100):
        self.user = user
        self.fast = fast
        self.max_connections = max_connections
        self.port: int | None = None
        self.folder: Path | None = None
        self._run_as: str | None = None
        self._bindir: Path | None = None

    # -- running the server's tools --------------------------------------------------------------
    def _cmd(self, args: list[str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
        if self._run_as:
            line = " ".join(shlex.quote(a) for a in args)
            argv = ["su", self._run_as, "-s", "/bin/sh", "-c", line]
        else:
            argv = args
        return subprocess.run(argv, capture_output=True, text=True, timeout=timeout, check=False)

    def _check(self, args: list[str], what: str, timeout: float = 120) -> None:
        result = self._cmd(args, timeout)
        if result.returncode != 0:
            tail = (result.stderr or result.stdout).strip().splitlines()[-3:]
            raise PostgresUnavailable(f"{what} failed: {' | '.join(tail)}")

    @property
    def url(self) -> str:
        """SQLAlchemy URL of the ``postgres`` database of this server."""
        return self.url_for("postgres")

    def url_for(self, database: str) -> str:
        if self.port is None:
            raise PostgresUnavailable("the server is not started")
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{database}"

    def start(self) -> str:
        """Create a cluster and start it; returns ``url``. Raises ``PostgresUnavailable``."""
        bindir = find_bindir()
        if bindir is None:
            raise PostgresUnavailable(
                "no PostgreSQL server binaries (initdb, pg_ctl) found; install the 'postgresql' package "
                f"or set {ENV_BINDIR}"
            )
        self._bindir = bindir
        if os.geteuid() == 0:
            try:
                pwd.getpwnam("postgres")
            except KeyError as exc:
                raise PostgresUnavailable("running as root, and no 'postgres' user to run as") from exc
            if not shutil.which("su"):
                raise PostgresUnavailable("running as root and 'su' is missing")
            self._run_as = "postgres"
        self.folder = Path(tempfile.mkdtemp(prefix="parallax-pg-"))
        if self._run_as:
            shutil.chown(self.folder, user=self._run_as)
        data = self.folder / "data"
        self._check([str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", self.user,
                     "-E", "UTF8", "--locale=C.UTF-8"], "initdb")
        options = [f"-k {self.folder}", "-c listen_addresses=127.0.0.1",
                   f"-c max_connections={self.max_connections}"]
        if self.fast:
            options += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
        last_error: PostgresUnavailable | None = None
        for _attempt in range(3):  # a port found free may be taken before the server binds it
            self.port = _free_port()
            try:
                self._check([str(bindir / "pg_ctl"), "-D", str(data), "-l", str(self.folder / "log"), "-w",
                             "-t", "60", "-o", " ".join([f"-p {self.port}", *options]), "start"],
                            "pg_ctl start")
                atexit.register(self.stop)
                return self.url
            except PostgresUnavailable as exc:
                last_error = exc
        self.stop()
        assert last_error is not None
        raise last_error

    def stop(self) -> None:
        """Stop the server (if running) and delete its folder."""
        if self.folder is None:
            return
        data = self.folder / "data"
        if self._bindir is not None and (data / "postmaster.pid").exists():
            with contextlib.suppress(Exception):
                self._cmd([str(self._bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"], 60)
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder = None
        self.port = None

    def __enter__(self) -> ThrowawayPostgres:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- databases --------------------------------------------------------------------------------
    def create_database(self, name: str, template: str | None = None) -> str:
        """CREATE DATABASE ``name`` (optionally as a copy of ``template``); returns its URL."""
        import psycopg
        from psycopg import sql

        with psycopg.connect(host="127.0.0.1", port=self.port, user=self.user, dbname="postgres",
                             autocommit=True) as conn:
            statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
            if template:
                statement = sql.SQL("{} TEMPLATE {}").format(statement, sql.Identifier(template))
            conn.execute(statement)
        return self.url_for(name)

    def drop_database(self, name: str) -> None:
        import psycopg
        from psycopg import sql

        with psycopg.connect(host="127.0.0.1", port=self.port, user=self.user, dbname="postgres",
                             autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
