"""The shared batch loop and the progress adapters (no real model)."""

from __future__ import annotations

import numpy as np
import pytest

from models.batching import encode_in_batches
from models.fake import HashingEncoder
from models.progress import TqdmProgress, scaled, tqdm_progress


def _rows(texts: list[str]) -> np.ndarray:
    # un-normalised rows that remember which text they came from
    return np.array([[len(t), 1.0, float(ord(t[0]) if t else 0)] for t in texts], dtype=np.float64)


@pytest.mark.parametrize("sort_by_length", [False, True])
def test_rows_come_back_in_input_order_and_unit_norm(sort_by_length: bool) -> None:
    texts = ["ccc", "a", "bbbbbb", "dd", "e" * 10, "ff"]
    out = encode_in_batches(texts, 3, 2, _rows, sort_by_length=sort_by_length)
    expected = _rows(texts)
    expected /= np.linalg.norm(expected, axis=1, keepdims=True)
    assert out.dtype == np.float32
    np.testing.assert_allclose(out, expected, rtol=1e-6)


def test_sorting_groups_similar_lengths_into_one_batch() -> None:
    seen: list[list[str]] = []

    def spy(chunk: list[str]) -> np.ndarray:
        seen.append(chunk)
        return _rows(chunk)

    encode_in_batches(["long text", "a", "another long", "b"], 3, 2, spy, sort_by_length=True)
    assert sorted(seen[0], key=len) == ["a", "b"]


def test_progress_reaches_total_and_never_goes_back() -> None:
    calls: list[tuple[int, int]] = []
    encode_in_batches([str(i) for i in range(10)], 3, 4, _rows, lambda d, t: calls.append((d, t)))
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert calls[-1] == (10, 10) and len(calls) == 3


def test_empty_input_and_bad_batch_size() -> None:
    assert encode_in_batches([], 5, 4, _rows).shape == (0, 5)
    with pytest.raises(ValueError):
        encode_in_batches(["x"], 3, 0, _rows)


def test_tqdm_adapter_follows_the_callback(capsys: pytest.CaptureFixture[str]) -> None:
    bar = TqdmProgress(desc="test", disable=False, file=None)
    HashingEncoder(16).encode([f"s{i}" for i in range(7)], batch_size=3, progress=bar)
    assert bar.shown == (7, 7)
    bar.close()
    assert bar.shown is None
    with tqdm_progress() as progress:
        progress(2, 4)
        progress(4, 4)


def test_scaled_maps_a_subtask_onto_a_larger_job() -> None:
    calls: list[tuple[int, int]] = []
    second_half = scaled(lambda d, t: calls.append((d, t)), start=50, span=50, total=100)
    assert second_half is not None
    second_half(1, 2)
    second_half(2, 2)
    assert calls == [(75, 100), (100, 100)]
    assert scaled(None, 0, 1, 1) is None
