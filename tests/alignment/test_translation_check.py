"""The document-level verdict: do the two texts look like translations of each other at all?"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from alignment.aligner import align_embeddings
from alignment.confidence import NOT_TRANSLATION, TranslationCheck
from alignment.windows import WindowEmbeddings

SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "seed"


def _windows(vectors: np.ndarray) -> WindowEmbeddings:
    return WindowEmbeddings.from_sentence_vectors(vectors.astype(np.float32), 5, [60] * len(vectors))


def _unit(rng: np.random.Generator, n: int, dim: int = 64) -> np.ndarray:
    v = rng.normal(size=(n, dim))
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_a_translation_passes_and_unrelated_texts_are_told_apart() -> None:
    rng = np.random.default_rng(3)
    source = _unit(rng, 80)
    translation = source + 0.5 * _unit(rng, 80)
    translation /= np.linalg.norm(translation, axis=1, keepdims=True)
    unrelated = _unit(rng, 80)

    good = align_embeddings(_windows(source), _windows(translation)).translation
    assert good is not None and good.judged and good.translation and good.warning == ""
    bad = align_embeddings(_windows(source), _windows(unrelated))
    assert bad.translation is not None and bad.translation.judged and not bad.translation.translation
    assert NOT_TRANSLATION in bad.translation.warning
    assert bad.params["translation_check"]["translation"] is False  # a stored run keeps it


def test_texts_too_short_to_tell_get_no_warning() -> None:
    rng = np.random.default_rng(4)
    check = align_embeddings(_windows(_unit(rng, 6)), _windows(_unit(rng, 6))).translation
    assert check is not None and not check.judged and check.warning == ""


def test_the_stored_form_reads_back_and_older_runs_have_none() -> None:
    check = TranslationCheck(True, False, 0.1, 1.5)
    assert TranslationCheck.from_dict(check.as_dict()) == check
    assert TranslationCheck.from_dict(None) is None
    assert TranslationCheck.from_dict({"calibration": 1}) is None


@pytest.mark.slow
@pytest.mark.skipif(not SEED.is_dir(), reason="../shared/seed is not here")
def test_the_seed_article_against_an_unrelated_russian_source_is_not_a_translation(capsys) -> None:
    from parallax.cli import main

    english = str(SEED / "kowalewski-2014-06-29.en.txt")
    for verb in ("align", "drift"):
        assert main([verb, english, str(SEED / "ru" / "drugie-avtory.ru.txt"), "--json"]) == 0
        out, err = capsys.readouterr()
        assert NOT_TRANSLATION in err, verb
        assert json.loads(out)["translation"]["translation"] is False
    assert main(["align", english, str(SEED / "kowalewski-2014-06-29.fr.txt"), "--json"]) == 0
    out, err = capsys.readouterr()
    assert NOT_TRANSLATION not in err
    record = json.loads(out)["translation"]
    assert record["judged"] and record["translation"] and not record["warning"]
