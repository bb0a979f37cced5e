"""Several encoders as one: weighted concatenation of their unit vectors.

The cosine of two concatenated vectors ``[sqrt(w1)·a, sqrt(w2)·b]`` is
``w1·cos_a + w2·cos_b`` (weights summing to 1), i.e. an average of the two
models' scores. Weighting each model by 1/(spread of its unrelated-pair
cosines) averages *standardised* scores, so e5 (scores packed near 0.8) is not
drowned by USE (scores spread from 0 to 0.8).
"""

from __future__ import annotations

import numpy as np

from models.base import (
    Encoder,
    EncoderInfo,
    ProgressCallback,
    clip_texts,
    info_of,
    input_chars,
    l2_normalise,
    word_level,
)

E5_USE_WEIGHTS = (0.8, 0.2)
"""e5, USE. Standard deviations of unrelated-pair cosines on benchmarks/data/en_fr_ru.tsv
(en-fr, en-ru, fr-ru): e5-small-q4 0.020-0.025, use-m3 0.087-0.090, so weights 1/sd
normalised are about 0.8 / 0.2 (``python benchmarks/models_compare.py`` prints them)."""


class ConcatEncoder:
    """Concatenates the (weighted) vectors of its parts; its name lists them all."""

    def __init__(self, parts: list[tuple[Encoder, float]], name: str | None = None,
                 family: str = "concat") -> None:
        if not parts:
            raise ValueError("ConcatEncoder needs at least one encoder")
        total = sum(weight for _, weight in parts)
        if total <= 0 or any(weight < 0 for _, weight in parts):
            raise ValueError("encoder weights must be non-negative and not all zero")
        self.parts = [(encoder, weight / total) for encoder, weight in parts]
        self.dim = sum(encoder.dim for encoder, _ in self.parts)
        self.max_tokens = min(encoder.max_tokens for encoder, _ in self.parts)
        self.name = name or "concat(" + ";".join(f"{w:.3g}*{e.name}" for e, w in self.parts) + ")"
        infos = [info_of(e) for e, _ in self.parts]
        covered = [i.languages for i in infos if i.languages is not None]
        self.info = EncoderInfo(family, ";".join(i.version for i in infos),
                                frozenset.intersection(*covered) if covered else None,
                                judges_words=any(i.judges_words for i in infos))

    def words(self) -> Encoder:
        """The part that judges single words (USE inside "e5+use"), else the whole.

        Sentence-level strengths do not carry over to words: e5 packs all single-word scores close
        together, so inside "e5+use" it blurs what USE alone separates (docs/benchmarks.md).
        """
        for encoder, _ in self.parts:
            if info_of(encoder).judges_words:
                return word_level(encoder)  # type: ignore[return-value]
        return self

    def encode(
        self,
        texts: list[str],
        batch_size: int = 32,
        progress: ProgressCallback | None = None,
    ) -> np.ndarray:
        """Unit-norm float32 rows; progress counts each text once per part.

        Every part reads the same characters: those the shortest-reading part reads.
        """
        texts = clip_texts(list(texts), input_chars(self))
        total = len(texts) * len(self.parts)
        blocks = []
        for index, (encoder, weight) in enumerate(self.parts):
            offset = index * len(texts)

            def report(done: int, _total: int, offset: int = offset) -> None:
                if progress is not None:
                    progress(offset + done, total)

            vectors = encoder.encode(texts, batch_size=batch_size, progress=report)
            blocks.append(np.asarray(vectors, dtype=np.float32) * np.float32(np.sqrt(weight)))
        joined = np.concatenate(blocks, axis=1) if texts else np.zeros((0, self.dim), dtype=np.float32)
        return l2_normalise(joined) if texts else joined

