"""Vectors for every run of 1..k consecutive sentences of one text ("windows").

An n:m bead is scored by comparing the embedding of its joined source sentences
with that of its joined target sentences, so each side needs the vector of every
window of up to ``max_size`` sentences. Each distinct window text is embedded
once (repeated lines such as "- " or photo credits share a row), which keeps the
embedding cost at about ``max_size`` encoder calls per sentence.

A window's text is cut to the characters the encoder reads (``models.base.input_chars``):
a window of very long sentences (an API caller's 1 MB "sentence") costs no more than one
the model can read whole, in memory and in time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from models.base import Encoder, ProgressCallback, input_chars, l2_normalise


@dataclass(frozen=True)
class WindowEmbeddings:
    """Window vectors of one text.

    ``vectors`` holds one unit row per distinct window; ``index[k - 1, i]`` is
    the row of the window of ``k`` sentences starting at sentence ``i`` (-1
    where it would run past the end); ``lengths[k - 1, i]`` is its length in
    characters (sum of sentence lengths plus joining spaces).
    """

    vectors: np.ndarray
    index: np.ndarray
    lengths: np.ndarray
    lexical: WindowEmbeddings | None = None
    """The same windows' lexical bags, when the aligner uses them."""

    @property
    def n(self) -> int:
        """Number of sentences."""
        return int(self.index.shape[1])

    @property
    def max_size(self) -> int:
        return int(self.index.shape[0])

    @property
    def dim(self) -> int:
        return int(self.vectors.shape[1])

    def window(self, start: int, size: int) -> np.ndarray:
        """The vector of sentences ``start .. start+size-1``; longer runs fall back to a mean."""
        if size <= 0:
            raise ValueError("empty window")
        if size <= self.max_size:
            row = int(self.index[size - 1, start])
            if row >= 0:
                return self.vectors[row]
        rows = self.index[0, start : start + size]
        return l2_normalise(self.vectors[rows].sum(axis=0))[0]

    def sentence_vectors(self) -> np.ndarray:
        """(n, dim) vectors of the single sentences (a view when no sentence repeats: no copy)."""
        if not self.n:
            return np.zeros((0, self.dim), np.float32)
        rows = self.index[0]
        if rows[0] == 0 and rows[-1] == self.n - 1 and (np.diff(rows) == 1).all():
            view = self.vectors[: self.n]
            view.flags.writeable = False
            return view
        return self.vectors[rows]

    @classmethod
    def from_sentence_vectors(
        cls, vectors: np.ndarray, max_size: int, lengths: Sequence[float] | None = None
    ) -> WindowEmbeddings:
        """Windows as the normalised sum of their sentence vectors (no encoder call).

        Cheaper than embedding each joined window and used for synthetic
        benchmarks; joined-text embeddings align better on real text.
        """
        vecs = np.asarray(vectors, dtype=np.float32)
        if vecs.ndim != 2:
            raise ValueError("sentence vectors must be a 2-d array")
        n, dim = vecs.shape
        if n:
            vecs = l2_normalise(vecs)
        sent_len = np.asarray(lengths if lengths is not None else np.ones(n), dtype=np.float64)
        index = np.full((max_size, n), -1, dtype=np.int64)
        blocks = []
        cumulative = np.vstack([np.zeros((1, dim), np.float64), np.cumsum(vecs, axis=0, dtype=np.float64)])
        row = 0
        for k in range(1, max_size + 1):
            count = n - k + 1
            if count <= 0:
                continue
            block = (cumulative[k:] - cumulative[:-k]).astype(np.float32)
            blocks.append(l2_normalise(block))
            index[k - 1, :count] = np.arange(row, row + count)
            row += count
        all_vectors = np.vstack(blocks) if blocks else np.zeros((0, dim), np.float32)
        return cls(all_vectors, index, _window_lengths(sent_len, max_size))


def _window_lengths(sentence_lengths: np.ndarray, max_size: int) -> np.ndarray:
    n = len(sentence_lengths)
    cum = np.concatenate([[0.0], np.cumsum(sentence_lengths)])
    out = np.zeros((max_size, n), dtype=np.float64)
    for k in range(1, max_size + 1):
        count = n - k + 1
        if count > 0:
            out[k - 1, :count] = cum[k:] - cum[:-k] + (k - 1)
    return out


def window_texts(
    sentences: Sequence[str], max_size: int, max_chars: int | None = None
) -> tuple[list[str], np.ndarray]:
    """Distinct joined texts of all windows and the (max_size, n) index into them.

    With ``max_chars`` each window text is its first ``max_chars`` characters, so no window
    string is longer than that, whatever the sentences.
    """
    n = len(sentences)
    index = np.full((max_size, n), -1, dtype=np.int64)
    rows: dict[str, int] = {}
    texts: list[str] = []
    pieces = [s.strip() for s in sentences]
    if max_chars is not None:  # a window's first max_chars characters need no more of any sentence
        pieces = [p[:max_chars] for p in pieces]
    for k in range(1, max_size + 1):
        for i in range(n - k + 1):
            text = " ".join(pieces[i : i + k])
            if max_chars is not None:
                text = text[:max_chars]
            row = rows.get(text)
            if row is None:
                row = rows[text] = len(texts)
                texts.append(text)
            index[k - 1, i] = row
    return texts, index


ENCODE_CHUNK = 4096
"""Window texts per encoder call (a few MB of vectors in flight)."""


def embed_windows(
    sentences: Sequence[str],
    encoder: Encoder,
    max_size: int,
    progress: ProgressCallback | None = None,
    batch_size: int = 64,
) -> WindowEmbeddings:
    """Embed every window of up to ``max_size`` sentences, each distinct text once.

    The encoder gets ``ENCODE_CHUNK`` texts at a time, written straight into one array: a long
    document's window vectors (hundreds of MB) exist once, not once more per copy an encoder makes.
    """
    texts, index = window_texts(sentences, max_size, input_chars(encoder))
    vectors = np.zeros((len(texts), int(encoder.dim)), dtype=np.float32)
    for start in range(0, len(texts), ENCODE_CHUNK):
        chunk = texts[start : start + ENCODE_CHUNK]

        def report(done: int, _total: int, start: int = start) -> None:
            if progress is not None:
                progress(start + done, len(texts))

        vectors[start : start + len(chunk)] = l2_normalise(
            encoder.encode(chunk, batch_size=batch_size, progress=report)
        )
    lengths = _window_lengths(np.array([len(s.strip()) for s in sentences], dtype=np.float64), max_size)
    return WindowEmbeddings(vectors, index, lengths)
