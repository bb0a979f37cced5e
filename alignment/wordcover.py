"""Word coverage: how many of a quotation's content words have a counterpart in a passage.

Sentence encoders score a passage that keeps a quotation's frame and changes one clause ("…
lived in barracks by the river" against "… жили в общежитии в городе") as close as a true
translation. Looking word by word tells them apart more often: a content word of the quotation
is *covered* when the passage has a word that translates it (single words compared by the
encoder that judges words, see :func:`alignment.names.word_encoder`, both sides also reduced to
their dictionary form) or, for a capitalised word, a name that matches it by spelling
(:func:`alignment.names.names_match`). Function words and numbers are left out: numbers have
their own check.

Russian is reduced to dictionary forms by pymorphy3, other languages by simplemma.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from alignment import language_data
from alignment.names import names_match, translation_cut, word_encoder
from alignment.numbers import extract_numbers
from corpora.language import base_code

_WORD = re.compile(r"[^\W\d_]{3,}")

def content_words(text: str, lang: str) -> list[str]:
    """The words of ``text`` that carry content: three letters or more, no function words, and
    no number words ("trentaine", "тридцати": numbers have their own check). Function words are
    data (``data/wordcover.json``)."""
    stop = language_data.words("wordcover", "function_words", base_code(lang, ""))
    numbers = [(m.start, m.end) for m in extract_numbers(text, lang)]
    return [m.group() for m in _WORD.finditer(text)
            if m.group().lower() not in stop and not any(s < m.end() and m.start() < e for s, e in numbers)]


@lru_cache(maxsize=1)
def morph_analyzer():  # noqa: ANN201 (pymorphy3 is imported lazily)
    """The one pymorphy3 analyser (Russian dictionary forms and tags), loaded on first use."""
    import pymorphy3  # imported on first use: its dictionaries take a moment to load

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=100_000)
def russian_part_of_speech(word: str) -> str | None:
    """The part of speech of a Russian word's likeliest reading (pymorphy3's tag: ADJF, PRTS, …)."""
    return morph_analyzer().parse(word)[0].tag.POS


@lru_cache(maxsize=100_000)
def dictionary_form(word: str, lang: str) -> str:
    """The word's lemma, in lower case (the word itself for a language the lemmatiser lacks)."""
    low = word.lower()
    lang = base_code(lang, "")
    if lang == "ru":
        return morph_analyzer().parse(low)[0].normal_form
    import simplemma  # imported on first use, like pymorphy3

    try:
        return str(simplemma.lemmatize(low, lang=lang))
    except (ValueError, KeyError):  # a language simplemma does not know
        return low


def _forms(word: str, lang: str) -> set[str]:
    return {word, word.lower(), dictionary_form(word, lang)}


@dataclass(frozen=True)
class WordCoverage:
    """The share of a quotation's content words with a counterpart in a passage."""

    share: float
    words: int
    missing: tuple[str, ...]


class WordVectors:
    """Single-word vectors from one encoder, each word encoded once."""

    def __init__(self, encoder: object) -> None:
        self.encoder = encoder
        self._cache: dict[str, np.ndarray] = {}

    def __call__(self, words: Iterable[str]) -> np.ndarray:
        words = list(words)
        missing = sorted({w for w in words if w not in self._cache})
        if missing:
            for w, v in zip(missing, self.encoder.encode(missing), strict=True):  # type: ignore[attr-defined]
                self._cache[w] = np.asarray(v, dtype=np.float32)
        return np.array([self._cache[w] for w in words]) if words else np.zeros((0, 1), dtype=np.float32)


def word_coverage(
    quote: str, quote_lang: str, passage: str, passage_lang: str, encoder: object,
    vectors: WordVectors | None = None,
) -> WordCoverage | None:
    """How much of ``quote`` the ``passage`` has words for; None when it cannot be judged
    (no content words, or a language pair the word check has no calibration for)."""
    cut = translation_cut(encoder, quote_lang, passage_lang)
    words = content_words(quote, quote_lang)
    others = sorted(set(_WORD.findall(passage)))
    if cut is None or not words or not others:
        return None
    vectors = vectors or WordVectors(word_encoder(encoder))
    other_forms = sorted({f for w in others for f in _forms(w, passage_lang)})
    other_vecs = vectors(other_forms)
    capitals = [w for w in others if w[:1].isupper()]
    missing: list[str] = []
    for word in words:
        if word[:1].isupper() and any(names_match(word, c) for c in capitals):
            continue
        best = float(np.max(vectors(sorted(_forms(word, quote_lang))) @ other_vecs.T))
        if best < cut:
            missing.append(word)
    return WordCoverage(1.0 - len(missing) / len(words), len(words), tuple(missing))


def covered_share(items: Sequence[tuple[str, str, str, str]], encoder: object) -> list[WordCoverage | None]:
    """:func:`word_coverage` for many (quote, quote_lang, passage, passage_lang), words encoded once."""
    vectors = WordVectors(word_encoder(encoder))
    forms = {f for q, ql, p, pl in items for w in content_words(q, ql) for f in _forms(w, ql)}
    forms |= {f for q, ql, p, pl in items for w in _WORD.findall(p) for f in _forms(w, pl)}
    vectors(sorted(forms))  # one batch
    return [word_coverage(q, ql, p, pl, encoder, vectors) for q, ql, p, pl in items]
