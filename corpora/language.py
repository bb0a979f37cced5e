"""Language of a text: langdetect with a fixed seed, and a note when the guess is weak.

Detection is random by design in langdetect; the seed makes the same text give
the same answer every time. Short texts and texts whose paragraphs disagree
are flagged in ``note`` rather than guessed silently; a language the user gives
always wins.
"""

from __future__ import annotations

import re
from collections import Counter

from corpora.errors import InputError
from corpora.footnotes import URL_RE
from corpora.markers import strip_markers
from corpora.types import LanguageGuess

MIN_LETTERS = 20  # below this, langdetect's answer is noise
MIN_CONFIDENCE = 0.8  # top probability under this: say the text is mixed or uncertain
MIN_PARAGRAPH_LETTERS = 40  # paragraphs shorter than this are not voted on
MAX_VOTERS = 120  # paragraphs sampled for the agreement check
MAX_CHARS = 50_000  # characters given to the whole-text detector
_LETTERS = re.compile(r"[^\W\d_]+")


def base_code(lang: str | None, default: str = "en") -> str:
    """The first two letters of a language code in lower case (``"en-US"`` → ``"en"``): the key of the
    checks' per-language word lists. ``default`` stands in when no language is given."""
    return (lang or default)[:2].lower()


def primary_subtag(code: str | None) -> str:
    """The language of a tag without region or script (``"en-US"``, ``"EN_gb"`` → ``"en"``), for telling
    whether two tags name the same language."""
    return (code or "").strip().lower().replace("_", "-").split("-")[0]


def count_letters(text: str) -> int:
    """How many alphabetic characters ``text`` has."""
    return len(text) - len(_LETTERS.sub("", text))


def _clean(text: str) -> str:
    return URL_RE.sub(" ", strip_markers(text))


def _probabilities(text: str) -> list[tuple[str, float]]:
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    try:
        return [(guess.lang, guess.prob) for guess in detect_langs(text)]
    except LangDetectException:
        return []


def detect_language(text: str, paragraphs: list[str] | None = None, lang: str | None = None) -> LanguageGuess:
    """Guess the language of ``text`` (its ``paragraphs`` vote too); ``lang`` overrides the guess."""
    cleaned = _clean(text[: MAX_CHARS * 2])
    letters = count_letters(cleaned)
    if lang:
        code = lang.strip().lower()
        if not re.fullmatch(r"[a-z]{2,3}(?:-[a-z]{2,4})?", code):
            raise InputError(f"language {lang!r} is not a language code; use a code such as en, fr or ru")
        guessed = _probabilities(cleaned[:MAX_CHARS]) if letters >= MIN_LETTERS else []
        note = "set by the user"
        if guessed and guessed[0][0] != code and guessed[0][1] >= MIN_CONFIDENCE:
            note += f" (the text looks like {guessed[0][0]}, {guessed[0][1]:.2f})"
        return LanguageGuess(code, 1.0, note, overridden=True)
    if letters < MIN_LETTERS:
        return LanguageGuess(
            "und", 0.0, f"too short to detect the language ({letters} letters); set the language by hand"
        )
    guessed = _probabilities(cleaned[:MAX_CHARS])
    if not guessed:
        return LanguageGuess("und", 0.0, "no language could be detected; set the language by hand")
    code, confidence = guessed[0]
    notes = []
    if confidence < MIN_CONFIDENCE:
        listed = ", ".join(f"{c} {p:.2f}" for c, p in guessed[:3])
        notes.append(f"uncertain or mixed: {listed}")
    shares = paragraph_shares(paragraphs or [])
    if shares and shares.get(code, 0.0) < MIN_CONFIDENCE:
        ranked = sorted(shares.items(), key=lambda kv: -kv[1])[:3]
        listed = ", ".join(f"{c} {share:.0%}" for c, share in ranked)
        notes.append(f"paragraphs disagree ({listed} of the text)")
    if notes:
        notes.append("set the language by hand if the guess is wrong")
    return LanguageGuess(code, round(confidence, 4), "; ".join(notes))


def paragraph_shares(paragraphs: list[str]) -> dict[str, float]:
    """Share of letters, per detected language, over the paragraphs long enough to vote."""
    voters = [p for p in paragraphs if len(p) >= MIN_PARAGRAPH_LETTERS]
    if len(voters) > MAX_VOTERS:
        step = len(voters) / MAX_VOTERS
        voters = [voters[int(i * step)] for i in range(MAX_VOTERS)]
    voters = [p for p in (_clean(p) for p in voters) if count_letters(p) >= MIN_PARAGRAPH_LETTERS]
    if len(voters) < 2:
        return {}
    weights: Counter[str] = Counter()
    for paragraph in voters:
        guessed = _probabilities(paragraph[:2000])
        if guessed:
            weights[guessed[0][0]] += count_letters(paragraph)
    total = sum(weights.values())
    return {code: weight / total for code, weight in weights.items()} if total else {}
