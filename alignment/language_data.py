"""The one reader of language data: word lists, tables and patterns per language, kept in JSON files.

Number words, months, negators, names' stop-lists, exonyms, transliteration schemes and the like
are data, not code (``alignment/data/*.json``), so that a language is added by writing its entries,
and a check covers exactly the languages its file lists (:func:`languages_of`).

Every file is a JSON object with an ``"_about"`` key saying what it holds and where the entries
come from; entries per language sit under ``"languages"``, keyed by base language code. A missing
or malformed file, or a missing key, raises :class:`LanguageDataError` naming the file and the key.

Readers that build something from the data (a regular expression, a merged table) cache it with
:func:`derived`, so that :func:`use_directory` (tests, trying a new language's data) clears it too.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

PACKAGE_DATA = Path(__file__).with_name("data")
"""Where the data files ship (package data of ``alignment``)."""

_directory = PACKAGE_DATA
_clearers: list[Callable[[], None]] = []
F = TypeVar("F", bound=Callable[..., Any])


class LanguageDataError(ValueError):
    """A language-data file is missing, is not valid JSON, or lacks a key a reader needs."""


def derived(func: F | None = None, *, maxsize: int | None = None) -> Any:
    """Cache ``func`` (something built from the data, or read through it) like ``lru_cache``, and
    forget it when the data directory changes. Use as ``@derived`` or ``@derived(maxsize=…)``."""

    def wrap(f: F) -> F:
        cached = lru_cache(maxsize=maxsize)(f)
        _clearers.append(cached.cache_clear)
        return cached  # type: ignore[return-value]

    return wrap(func) if func is not None else wrap


def data_directory() -> Path:
    """The directory the data files are read from now."""
    return _directory


@contextmanager
def use_directory(directory: Path | str) -> Iterator[None]:
    """Read the data files from ``directory`` inside the ``with`` block (a copy with a language
    added, a malformed file in a test), then from where they were read before."""
    global _directory
    previous = _directory
    _directory = Path(directory)
    _clear()
    try:
        yield
    finally:
        _directory = previous
        _clear()


def _clear() -> None:
    for clear in _clearers:
        clear()


def path_of(resource: str) -> Path:
    """The file that holds ``resource`` ("numbers" → ``data/numbers.json``)."""
    return _directory / f"{resource}.json"


@derived
def load(resource: str) -> dict[str, Any]:
    """The whole data file ``resource``, read once."""
    path = path_of(resource)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise LanguageDataError(f"{path}: language data file cannot be read ({exc.strerror or exc})") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise LanguageDataError(f"{path}: not valid JSON ({where}: {exc.msg})") from exc
    if not isinstance(data, dict):
        raise LanguageDataError(f"{path}: expected a JSON object at the top, found {type(data).__name__}")
    if not isinstance(data.get("_about"), str) or not data["_about"].strip():
        raise LanguageDataError(f"{path}: key '_about' missing (what the file holds, where it comes from)")
    return data


def entry(resource: str, *keys: str) -> Any:
    """The value at ``keys`` inside ``resource`` ("negation", "languages", "en", "cues")."""
    value: Any = load(resource)
    for depth, key in enumerate(keys):
        if not isinstance(value, dict) or key not in value:
            where = ".".join(keys[: depth + 1])
            raise LanguageDataError(f"{path_of(resource)}: key '{where}' missing")
        value = value[key]
    return value


def languages_of(resource: str) -> frozenset[str]:
    """The languages ``resource`` has entries for: what a check reading it covers."""
    return frozenset(k for k in entry(resource, "languages") if not k.startswith("_"))


def language(resource: str, lang: str) -> dict[str, Any]:
    """The entries of ``resource`` for one language (empty for a language it does not cover)."""
    value = entry(resource, "languages").get(lang, {})
    if not isinstance(value, dict):
        raise LanguageDataError(f"{path_of(resource)}: key 'languages.{lang}' is not an object")
    return value


def per_language(resource: str, key: str) -> dict[str, Any]:
    """``key`` of every language of ``resource`` that has it: {lang: value}."""
    return {lang: entries[key] for lang, entries in entry(resource, "languages").items()
            if not lang.startswith("_") and isinstance(entries, dict) and key in entries}


def words(resource: str, key: str, lang: str) -> frozenset[str]:
    """The word list ``key`` of one language (empty where the language has none)."""
    return frozenset(language(resource, lang).get(key, ()))


def words_in_order(resource: str, key: str, lang: str) -> tuple[str, ...]:
    """The list ``key`` of one language as written (its order matters: regular-expression alternatives)."""
    return tuple(language(resource, lang).get(key, ()))


def all_words(resource: str, key: str) -> frozenset[str]:
    """The word list ``key`` of every language together, for readers that do not know the language."""
    return frozenset(w for values in per_language(resource, key).values() for w in values)
