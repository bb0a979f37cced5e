"""The one interface every embedding back end implements."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

import numpy as np

ProgressCallback = Callable[[int, int], None]
"""Called as ``progress(done, total)`` while a long encode runs."""


@dataclass(frozen=True)
class EncoderInfo:
    """What a back end is, for the checks that depend on it (never parsed out of ``name``)."""

    family: str
    """The model family a setting is tuned for: "use-m3", "e5-small-q4", "e5+use", "st", "hashing"."""
    version: str = ""
    """Package version and weights hash, as recorded with results."""
    languages: frozenset[str] | None = None
    """ISO 639-1 codes the model was trained on; None when it covers about a hundred or more."""
    judges_words: bool = False
    """Whether single words are compared reliably (trained down to short phrases)."""


@runtime_checkable
class Encoder(Protocol):
    """Turns sentences into unit-norm float32 vectors.

    ``name`` identifies the model and its version (recorded with every result),
    ``dim`` is the vector size and ``max_tokens`` the longest input it reads:
    every encoder reads only the first :func:`input_chars` characters of a text.
    ``info`` says what it is; ``words()`` is the encoder the word-level checks use (itself, or
    the part of a combination that judges single words), behind the same embedding cache.
    """

    name: str
    dim: int
    max_tokens: int
    info: EncoderInfo

    def encode(
        self,
        texts: list[str],
        batch_size: int = 32,
        progress: ProgressCallback | None = None,
    ) -> np.ndarray: ...

    def words(self) -> Encoder: ...


def info_of(encoder: object) -> EncoderInfo:
    """``encoder.info``; a stand-in without one (a test double) is an unknown family."""
    info = getattr(encoder, "info", None)
    return info if isinstance(info, EncoderInfo) else EncoderInfo(family="unknown")


def word_level(encoder: object) -> object:
    """The encoder for single words: ``encoder.words()``, or the encoder itself for a stand-in."""
    words = getattr(encoder, "words", None)
    return words() if callable(words) else encoder


def l2_normalise(vectors: np.ndarray, in_place: bool = False) -> np.ndarray:
    """Rows scaled to unit length (zero rows stay zero); always float32.

    ``in_place`` scales a float32 array the caller owns without a copy (a document's window
    vectors are hundreds of MB).
    """
    vectors = np.asarray(vectors, dtype=np.float32)
    if vectors.ndim == 1:
        vectors = vectors[None, :]
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    if in_place:
        vectors /= norms
        return vectors
    return (vectors / norms).astype(np.float32, copy=False)


CHARS_PER_TOKEN = 8
"""A generous bound on the characters one token covers (about 4 in European prose). An encoder is
handed at most ``max_tokens * CHARS_PER_TOKEN`` characters of a text: no less than the model reads,
and no more, so one huge text (a 1 MB "sentence") costs the memory and time of a long sentence,
not memory in proportion to its length."""


def input_chars(encoder: Encoder) -> int:
    """Characters of one text that ``encoder`` reads: the rest is cut before tokenizing."""
    return int(encoder.max_tokens) * CHARS_PER_TOKEN


def clip_texts(texts: list[str], limit: int) -> list[str]:
    """``texts`` with each cut to its first ``limit`` characters (short texts are the same objects).

    Every encoder and the embedding cache cut the same way, so a cached vector is keyed by exactly
    the text that was read.
    """
    return [text if len(text) <= limit else text[:limit] for text in texts]
