"""Real models: a translation scores higher than a non-translation (en-fr, en-ru)."""

from __future__ import annotations

import numpy as np
import pytest
from models_testkit import parallel_sentences

from models.registry import DEFAULT_MODEL, load_encoder

MODELS = list(dict.fromkeys([DEFAULT_MODEL, "use-m3", "e5-small-q4"]))


@pytest.fixture(scope="module")
def triples() -> list[tuple[str, str, str]]:
    rows = parallel_sentences()
    return rows[::5]  # 8 triples spread over the file: enough to see it, cheap to encode


@pytest.mark.slow
@pytest.mark.parametrize("name", MODELS)
def test_translation_pairs_beat_non_pairs(name: str, triples: list[tuple[str, str, str]]) -> None:
    encoder = load_encoder(name)
    en, fr, ru = (encoder.encode([t[i] for t in triples]) for i in range(3))
    for target in (fr, ru):
        sims = en @ target.T
        pairs = np.diag(sims)
        others = np.where(np.eye(len(triples), dtype=bool), -np.inf, sims)
        # every English sentence is closer to its own translation than to any other sentence
        assert (pairs > others.max(axis=1)).all(), (name, pairs, others.max(axis=1))
    assert np.allclose(np.linalg.norm(en, axis=1), 1.0, atol=1e-4) and en.dtype == np.float32
