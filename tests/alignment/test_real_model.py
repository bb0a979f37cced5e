"""The aligner with the real default model on a short stretch of real German–French text (slow)."""

from __future__ import annotations

from pathlib import Path

import pytest

from alignment.aligner import align
from alignment.evaluation import read_gold, read_lines, score

BENCH = Path(__file__).resolve().parents[2] / ".." / "shared" / "bench" / "text-berg-de-fr"


@pytest.fixture(scope="module")
def encoder():
    from models.registry import load_encoder

    try:
        return load_encoder("use-m3")
    except Exception as exc:  # the package is a core dependency; skip only if it is really absent
        pytest.skip(f"use-m3 not available: {exc}")


def _excerpt(first: int, count: int):
    """Gold beads first..first+count-1 of the dev document, renumbered from 0."""
    gold = read_gold(BENCH / "dev.defr")[first : first + count]
    src_all, tgt_all = read_lines(BENCH / "dev.de"), read_lines(BENCH / "dev.fr")
    src_ids = [i for s, _ in gold for i in s]
    tgt_ids = [j for _, t in gold for j in t]
    s0, t0 = min(src_ids), min(tgt_ids)
    src = src_all[s0 : max(src_ids) + 1]
    tgt = tgt_all[t0 : max(tgt_ids) + 1]
    renumbered = [(tuple(i - s0 for i in s), tuple(j - t0 for j in t)) for s, t in gold]
    return src, tgt, renumbered


@pytest.mark.slow
@pytest.mark.skipif(not BENCH.is_dir(), reason="../shared/bench is not here")
def test_real_model_aligns_a_real_excerpt(encoder) -> None:
    src, tgt, gold = _excerpt(200, 50)  # dev only: never the test documents
    result = align(src, tgt, encoder)
    predicted = [(b.source_ids, b.target_ids) for b in result.beads]
    s = score(gold, predicted)
    assert s.strict_f1 > 0.85
    assert s.lax_f1 > 0.97
    gold_set = set(gold)
    matched = [b for b in result.beads if b.source_ids and b.target_ids]
    right = [b for b in matched if (b.source_ids, b.target_ids) in gold_set]
    assert sum(b.score for b in right) / len(right) > 0.8  # calibrated: right beads look right
    assert result.model.startswith("use-m3")


@pytest.mark.slow
def test_real_model_english_french_russian_rows(encoder) -> None:
    from alignment.three import align_three

    english = [
        "The shelling of the city continued through the night.",
        "Residents spent hours in basements without electricity.",
        "In the morning the mayor asked for a ceasefire.",
        "Nobody answered his appeal.",
    ]
    french = [
        "Le bombardement de la ville s'est poursuivi toute la nuit.",
        "Les habitants ont passé des heures dans les caves, sans électricité.",
        "Au matin, le maire a demandé un cessez-le-feu.",
        "Personne n'a répondu à son appel.",
    ]
    russian = ["Утром мэр попросил о прекращении огня."]
    result = align_three(english, french, russian, encoder)
    rows = {r.english_ids: r for r in result.rows if r.english_ids}
    assert [r.french_ids for r in rows.values()] == [(0,), (1,), (2,), (3,)]
    assert rows[(2,)].russian_ids == (0,)
    assert all(not r.russian_ids for k, r in rows.items() if k != (2,))
