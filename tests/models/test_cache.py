"""The embedding cache: same vectors back, the wrapped encoder skipped, safe across processes."""

from __future__ import annotations

import multiprocessing as mp
import sqlite3
from pathlib import Path

import numpy as np
import pytest
from models_testkit import CountingEncoder, cache_writer

from models.cache import CachedEncoder, text_key
from models.fake import HashingEncoder
from models.registry import load_encoder

TEXTS = ["The war began in the summer.", "La guerre a commencé en été.", "Война началась летом."]


def test_second_call_gives_identical_vectors_without_encoding(tmp_path: Path) -> None:
    inner = CountingEncoder()
    cached = CachedEncoder(inner, tmp_path / "emb.sqlite")
    first = cached.encode(TEXTS)
    assert len(inner.calls) == 1
    second = cached.encode(TEXTS)
    assert len(inner.calls) == 1, "the inner encoder must not run for cached texts"
    np.testing.assert_array_equal(first, second)
    np.testing.assert_array_equal(first, HashingEncoder(inner.dim).encode(TEXTS))
    assert (cached.name, cached.dim, cached.max_tokens) == (inner.name, inner.dim, inner.max_tokens)


def test_only_misses_reach_the_encoder_and_duplicates_are_encoded_once(tmp_path: Path) -> None:
    inner = CountingEncoder()
    cached = CachedEncoder(inner, tmp_path / "emb.sqlite")
    cached.encode(TEXTS[:2])
    out = cached.encode([TEXTS[2], TEXTS[0], TEXTS[2], "new"])
    assert inner.calls[1] == [TEXTS[2], "new"]
    np.testing.assert_array_equal(out[0], out[2])
    np.testing.assert_array_equal(
        out, HashingEncoder(inner.dim).encode([TEXTS[2], TEXTS[0], TEXTS[2], "new"])
    )


def test_disk_cache_survives_a_new_process_object(tmp_path: Path) -> None:
    path = tmp_path / "emb.sqlite"
    first = CachedEncoder(CountingEncoder(), path).encode(TEXTS)
    inner = CountingEncoder()
    again = CachedEncoder(inner, path).encode(TEXTS)
    assert inner.calls == []
    np.testing.assert_array_equal(first, again)


def test_memory_only_cache_and_lru_bound() -> None:
    inner = CountingEncoder()
    cached = CachedEncoder(inner, None, memory_items=2)
    cached.encode(TEXTS)
    cached.encode(TEXTS[1:])
    assert len(inner.calls) == 1  # the two most recent stayed in memory
    cached.encode(TEXTS[:1])
    assert inner.calls[-1] == TEXTS[:1]  # the oldest was evicted


def test_models_do_not_share_entries(tmp_path: Path) -> None:
    path = tmp_path / "emb.sqlite"
    CachedEncoder(CountingEncoder(dim=64), path).encode(TEXTS)
    other = CountingEncoder(dim=32)
    out = CachedEncoder(other, path).encode(TEXTS)
    assert other.encoded == TEXTS and out.shape == (3, 32)


def test_progress_counts_hits_and_misses(tmp_path: Path) -> None:
    cached = CachedEncoder(CountingEncoder(), tmp_path / "emb.sqlite")
    cached.encode(TEXTS[:2])
    calls: list[tuple[int, int]] = []
    cached.encode(TEXTS + ["four", "five"], batch_size=1, progress=lambda d, t: calls.append((d, t)))
    assert calls[0] == (2, 5) and calls[-1] == (5, 5)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_empty_input(tmp_path: Path) -> None:
    assert CachedEncoder(CountingEncoder(dim=8), tmp_path / "e.sqlite").encode([]).shape == (0, 8)


def test_registry_wraps_with_a_cache(tmp_path: Path) -> None:
    encoder = load_encoder("hashing-32", cache=tmp_path / "c.sqlite")
    assert isinstance(encoder, CachedEncoder) and encoder.dim == 32
    encoder.encode(TEXTS)
    assert (tmp_path / "c.sqlite").exists()


def test_concurrent_processes_do_not_corrupt_the_file(tmp_path: Path) -> None:
    path = tmp_path / "emb.sqlite"
    ctx = mp.get_context("spawn")
    workers = [ctx.Process(target=cache_writer, args=(str(path), w, 15)) for w in range(4)]
    for proc in workers:
        proc.start()
    for proc in workers:
        proc.join(120)
    assert [proc.exitcode for proc in workers] == [0, 0, 0, 0]
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    rows = conn.execute("SELECT text_sha256, vector FROM embeddings").fetchall()
    assert len(rows) == 15 * 20 + 4 * 15 * 20
    reference = HashingEncoder(64)
    texts = [f"shared sentence {r} {i}" for r in range(15) for i in range(20)]
    texts += [f"own {w} {r} {i}" for w in range(4) for r in range(15) for i in range(20)]
    expected = {text_key(t): v for t, v in zip(texts, reference.encode(texts), strict=True)}
    for key, blob in rows:
        np.testing.assert_array_equal(np.frombuffer(blob, dtype="<f4"), expected[bytes(key)])


@pytest.mark.parametrize("bad_blob", [b"", b"\x00" * 12])
def test_a_damaged_row_is_treated_as_a_miss(tmp_path: Path, bad_blob: bytes) -> None:
    path = tmp_path / "emb.sqlite"
    inner = CountingEncoder()
    CachedEncoder(inner, path).encode(TEXTS[:1])
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE embeddings SET vector = ?", (bad_blob,))
    fresh = CountingEncoder()
    out = CachedEncoder(fresh, path).encode(TEXTS[:1])
    assert fresh.encoded == TEXTS[:1]
    np.testing.assert_array_equal(out, HashingEncoder(64).encode(TEXTS[:1]))
