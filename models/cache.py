"""An embedding cache in front of any encoder: unchanged sentences are never encoded twice.

Keys are (encoder name, sha256 of the text); the encoder name carries the model
version, so a new model never reads an old model's vectors. Vectors live in
memory (a bounded LRU) and in a SQLite file (WAL journal, busy timeout), which
several processes may read and write at once.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from models.base import Encoder, EncoderInfo, ProgressCallback, clip_texts, info_of, input_chars, word_level

_SCHEMA = """
CREATE TABLE IF NOT EXISTS embeddings (
    model TEXT NOT NULL,
    text_sha256 BLOB NOT NULL,
    dim INTEGER NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (model, text_sha256)
) WITHOUT ROWID
"""
_LOOKUP_CHUNK = 500  # keys per SELECT ... IN (...), under SQLite's variable limit


def text_key(text: str) -> bytes:
    """The cache key of a text: sha256 of its UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).digest()


class CachedEncoder:
    """Wraps an encoder; looks vectors up in memory, then on disk, and encodes only the misses.

    It has the wrapped encoder's ``name``, ``dim`` and ``max_tokens``: callers cannot
    tell the difference except in speed. ``path=None`` keeps the cache in memory only.
    """

    def __init__(self, inner: Encoder, path: str | Path | None = None, memory_items: int = 100_000) -> None:
        self.inner = inner
        self._words: CachedEncoder | None = None
        self.name = inner.name
        self.path = Path(path) if path is not None else None
        self.memory_items = memory_items
        self._memory: OrderedDict[bytes, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._conn_pid: int | None = None
        self.hits = 0
        self.misses = 0

    @property
    def dim(self) -> int:
        return self.inner.dim

    @property
    def info(self) -> EncoderInfo:
        return info_of(self.inner)

    def words(self) -> Encoder:
        """The wrapped encoder's word-level encoder, behind this same cache (file and all)."""
        inner_words = word_level(self.inner)
        if inner_words is self.inner:
            return self
        if self._words is None:
            self._words = CachedEncoder(inner_words, path=self.path,  # type: ignore[arg-type]
                                        memory_items=self.memory_items)
        return self._words

    @property
    def max_tokens(self) -> int:
        return self.inner.max_tokens

    # -- storage ---------------------------------------------------------------------------------
    def _connection(self) -> sqlite3.Connection | None:
        """One connection per process (a connection must not cross a fork)."""
        if self.path is None:
            return None
        if self._conn is not None and self._conn_pid == os.getpid():
            return self._conn
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(self.path), timeout=60, check_same_thread=False, isolation_level=None)
        conn.execute("PRAGMA busy_timeout = 60000")
        _set_up(conn)
        self._conn, self._conn_pid = conn, os.getpid()
        return conn

    def _remember(self, key: bytes, vector: np.ndarray) -> None:
        self._memory[key] = vector
        self._memory.move_to_end(key)
        while len(self._memory) > self.memory_items:
            self._memory.popitem(last=False)

    def _read_disk(self, keys: list[bytes]) -> dict[bytes, np.ndarray]:
        conn = self._connection()
        found: dict[bytes, np.ndarray] = {}
        if conn is None or not keys:
            return found
        for start in range(0, len(keys), _LOOKUP_CHUNK):
            chunk = keys[start : start + _LOOKUP_CHUNK]
            marks = ",".join("?" * len(chunk))
            query = (
                "SELECT text_sha256, dim, vector FROM embeddings"
                f" WHERE model = ? AND text_sha256 IN ({marks})"
            )
            rows = conn.execute(query, [self.name, *chunk]).fetchall()
            for key, dim, blob in rows:
                if dim == self.dim and len(blob) == 4 * dim:
                    found[bytes(key)] = np.frombuffer(blob, dtype="<f4").astype(np.float32)
        return found

    def _write_disk(self, items: Iterable[tuple[bytes, np.ndarray]]) -> None:
        conn = self._connection()
        if conn is None:
            return
        rows = [(self.name, key, int(vec.shape[0]), vec.astype("<f4").tobytes()) for key, vec in items]
        if not rows:
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.executemany(
                "INSERT OR IGNORE INTO embeddings (model, text_sha256, dim, vector) VALUES (?, ?, ?, ?)", rows
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    # -- the Encoder interface -------------------------------------------------------------------
    def encode(
        self,
        texts: list[str],
        batch_size: int = 32,
        progress: ProgressCallback | None = None,
    ) -> np.ndarray:
        """Unit-norm float32 rows; only texts seen nowhere before reach the wrapped encoder.

        A text is keyed by the characters the encoder reads of it (``input_chars``), so a huge
        text is not hashed whole and its key names exactly what was encoded.
        """
        texts = clip_texts(list(texts), input_chars(self.inner))
        keys = [text_key(t) for t in texts]
        with self._lock:
            found = {k: self._memory[k] for k in set(keys) if k in self._memory}
            for key in found:
                self._memory.move_to_end(key)
            from_disk = self._read_disk([k for k in dict.fromkeys(keys) if k not in found])
            for key, vector in from_disk.items():
                self._remember(key, vector)
            found.update(from_disk)
        missing: dict[bytes, str] = {}
        for key, text in zip(keys, texts, strict=True):
            if key not in found and key not in missing:
                missing[key] = text
        total = len(texts)
        cached = sum(1 for k in keys if k in found)
        self.hits += cached
        self.misses += total - cached
        if progress is not None and cached:
            progress(cached, total)
        if missing:

            def report(done: int, _total: int) -> None:
                if progress is not None:
                    progress(min(total, cached + done), total)

            vectors = self.inner.encode(list(missing.values()), batch_size=batch_size, progress=report)
            new = dict(zip(missing.keys(), np.asarray(vectors, dtype=np.float32), strict=True))
            with self._lock:
                self._write_disk(new.items())
                for key, vector in new.items():
                    self._remember(key, vector)
            found.update(new)
            if progress is not None:
                progress(total, total)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([found[k] for k in keys]).astype(np.float32, copy=False)

    def close(self) -> None:
        """Close the SQLite connection (it reopens on the next ``encode``)."""
        with self._lock:
            if self._conn is not None and self._conn_pid == os.getpid():
                self._conn.close()
            self._conn = None


def _set_up(conn: sqlite3.Connection, patience_s: float = 60.0) -> None:
    """WAL mode and the table, retried while another process holds the file.

    SQLite answers "database is locked" at once, without waiting for the busy timeout, when
    several processes switch a new file to WAL together; a short back-off settles it.
    """
    deadline = time.monotonic() + patience_s
    delay = 0.01
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute(_SCHEMA)
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.5)
