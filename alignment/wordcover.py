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

from alignment.names import names_match, translation_cut, word_encoder
from alignment.numbers import extract_numbers
from corpora.language import base_code

_WORD = re.compile(r"[^\W\d_]{3,}")

# Function words (written for Parallax): articles, pronouns, auxiliaries, prepositions,
# conjunctions and common adverbs, which say nothing about what a passage is about.
_STOP: dict[str, frozenset[str]] = {
    "en": frozenset("""
        the and but for nor yet from with into onto upon about above after again against along among
        around before behind below beneath beside besides between beyond during except inside near off
        out outside over since than through throughout till toward towards under until unto within without
        this that these those there here where when while whom whose which what who why how whether
        its his her hers him she they them their theirs our ours you your yours mine himself herself
        itself themselves ourselves was were are been being have has had having does did doing done
        will would shall should can could may might must not also only just even still very too
        then thus so such some any each every all both either neither other another more most less
        least much many few several own same one ones now ever never already once twice however
        though although because unless whereas per via""".split()),
    "fr": frozenset("""
        les des une aux du dans par pour avec sans sous sur vers chez entre depuis pendant avant après
        contre selon jusqu jusque malgré parmi près hors lors dès outre envers durant
        que qui quoi dont où quand comme ainsi alors aussi donc mais car puis encore déjà toujours
        jamais très trop peu plus moins bien tout toute tous toutes même mêmes autre autres
        ce cet cette ces celui celle ceux celles cela ceci son sa ses leur leurs notre nos votre vos
        mon ma mes ton ta tes lui elle elles eux ils nous vous soi
        est sont était étaient été être avait avaient avoir ont fut furent sera seront serait
        fait faire pas point rien aucun aucune chaque quelque quelques plusieurs tel telle tels
        telles lequel laquelle lesquels lesquelles auquel duquel desquels cependant pourtant
        tandis lorsque puisque parce quoique sinon ensuite enfin""".split()),
    "de": frozenset("""
        der die das den dem des ein eine einen einem einer eines und oder aber doch sondern denn
        mit von aus bei nach seit vor über unter zwischen gegen ohne durch für bis um auf an in
        als wie wenn weil dass daß ob damit obwohl während nachdem bevor sobald
        ist sind war waren gewesen sein hat haben hatte hatten wird werden wurde wurden worden
        kann können konnte konnten muss müssen musste soll sollte will wollte
        er sie es wir ihr ihm ihn ihnen sich sein seine seiner seinen seinem ihre ihrer ihren ihrem
        dieser diese dieses diesen diesem jener jene jenes welcher welche welches
        auch noch schon nur sehr so dann da dort hier immer nie nicht kein keine mehr weniger
        alle allem allen aller alles jeder jede jedes viele viel einige andere anderen""".split()),
    "ru": frozenset("""
        и а но или да же ли бы не ни что чтобы как так там тут где когда пока если хотя потому
        поэтому также тоже уже ещё еще лишь только очень более менее самый самая самое самые
        в во на с со к ко у о об от до по за из изо под над при про для без через между перед
        около после среди ради вокруг вместо кроме против сквозь
        он она оно они его её ее их ему ей им ими ним ней них нему нее неё мы нас нам нами
        вы вас вам вами я меня мне мной ты тебя тебе себя себе собой свой своя своё свое свои
        своего своей своих своим своими этот эта это эти этого этой этих этим этими этому
        тот та то те того той тех тем теми тому такой такая такое такие который которая которое
        которые которого которой которых которым которыми весь вся всё все всего всей всех всем
        был была было были быть будет будут есть является были""".split()),
}


def content_words(text: str, lang: str) -> list[str]:
    """The words of ``text`` that carry content: three letters or more, no function words, and
    no number words ("trentaine", "тридцати": numbers have their own check)."""
    stop = _STOP.get(base_code(lang, ""), frozenset())
    numbers = [(m.start, m.end) for m in extract_numbers(text, lang)]
    return [m.group() for m in _WORD.finditer(text)
            if m.group().lower() not in stop and not any(s < m.end() and m.start() < e for s, e in numbers)]


@lru_cache(maxsize=1)
def morph_analyzer():  # noqa: ANN201 (pymorphy3 is imported lazily)
    """The one pymorphy3 analyser (Russian dictionary forms and tags), loaded on first use."""
    import pymorphy3  # imported on first use: its dictionaries take a moment to load

    return pymorphy3.MorphAnalyzer()


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
