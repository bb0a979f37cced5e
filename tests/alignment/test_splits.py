"""The measured-but-off variants of issue 20: split decisions per bead, a second (lexical) similarity."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from alignment.aligner import AlignParams, align_embeddings
from alignment.band import full_band
from alignment.splits import split_merged
from alignment.windows import WindowEmbeddings


def test_a_merged_bead_is_split_only_when_its_split_is_nearly_as_good() -> None:
    band = full_band(2, 2)
    types = [(1, 1), (2, 2)]
    values = np.full((2, band.size), -5.0, dtype=np.float32)
    node = band.off[2] + 2 - band.lo[2]  # node (2, 2)
    values[1, node] = 1.0  # the 2:2 bead ending there
    values[0, band.off[1] + 1 - band.lo[1]] = 0.48  # 1:1 (0, 0)
    values[0, node] = 0.48  # 1:1 (1, 1)
    skips = np.full(2, -1.0)
    merged = np.array([[0, 2, 0, 2]])
    assert split_merged(merged, band, types, values, skips, skips, 0.01).tolist() == [[0, 2, 0, 2]]
    split = split_merged(merged, band, types, values, skips, skips, 0.1)
    assert split.tolist() == [[0, 1, 0, 1], [1, 1, 1, 1]]


def _windows(vectors: np.ndarray) -> WindowEmbeddings:
    return WindowEmbeddings.from_sentence_vectors(vectors.astype(np.float32), 5, [60] * len(vectors))


def test_a_lexical_similarity_counts_only_when_weighted_and_both_windows_have_one() -> None:
    rng = np.random.default_rng(5)
    source = rng.normal(size=(40, 32))
    source /= np.linalg.norm(source, axis=1, keepdims=True)
    target = source + 0.3 * rng.normal(size=(40, 32))
    src, tgt = _windows(source), _windows(target)
    # bags that say source i matches target (i + 1): a strong enough weight must follow them somewhere
    bags_s, bags_t = np.zeros((40, 40)), np.zeros((40, 40))
    bags_s[np.arange(40), np.arange(40)] = 1.0
    bags_t[np.arange(1, 40), np.arange(39)] = 1.0
    src_l, tgt_l = replace(src, lexical=_windows(bags_s)), replace(tgt, lexical=_windows(bags_t))
    plain = align_embeddings(src, tgt).beads
    assert align_embeddings(src_l, tgt_l).beads == plain  # weight 0: unused
    shifted = align_embeddings(src_l, tgt_l, params=AlignParams(lexical_weight=5.0, lexical_offset=0.5)).beads
    assert [(b.source_ids, b.target_ids) for b in shifted] != [(b.source_ids, b.target_ids) for b in plain]
