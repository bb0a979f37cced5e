"""A project termbase: terms and names that a project translates one way, which drift must honour.

"Black Hundreds" = "Cent-Noirs" = "черносотенцы" is a title, not a number (~10^2) nor a lost name;
"White Guards" = "Gardes blancs" = "белогвардейцы" likewise. A reviewer who dismisses such a flag
can add the pair here, and the number and name checks then skip the words an entry covers on *both*
sides of a pair (an entry found on one side only says nothing: the other side may have lost it).

Matching is word by word and case-insensitive, tolerant of inflection: the same dictionary form
(``alignment.wordcover.dictionary_form``: pymorphy3 for Russian, simplemma for the others), else
a shared stem (the prefix rule). Its numbers and the characters allowed between the words of a
term are language data (``alignment/data/termbase.json``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from alignment import language_data
from alignment.language_data import derived
from corpora.language import primary_subtag

Span = tuple[int, int]
_WORD = re.compile(r"\w+")


def _data() -> dict[str, Any]:
    return language_data.load("termbase")


def language_key(lang: str) -> str:
    """The language an entry is filed under: the primary subtag (``en-GB`` and ``en`` are one)."""
    return primary_subtag(lang)


@dataclass(frozen=True)
class TermEntry:
    """One concept: its equivalent terms per language (several per language allowed)."""

    terms: Mapping[str, tuple[str, ...]]
    note: str = ""

    @classmethod
    def of(cls, terms: Mapping[str, Iterable[str]], note: str = "") -> TermEntry:
        """An entry from {language: terms}: codes reduced to their language, terms stripped, blanks
        and repeats (case-insensitive) dropped, languages without terms left out."""
        out: dict[str, list[str]] = {}
        for lang, values in terms.items():
            key = language_key(lang)
            if not key:
                continue
            kept = out.setdefault(key, [])
            for value in [values] if isinstance(values, str) else values:
                value = " ".join(str(value).split())
                if value and value.lower() not in {v.lower() for v in kept}:
                    kept.append(value)
        return cls({k: tuple(v) for k, v in out.items() if v}, " ".join(note.split()))

    def in_language(self, lang: str) -> tuple[str, ...]:
        return self.terms.get(language_key(lang), ())

    @property
    def languages(self) -> list[str]:
        return list(self.terms)

    def same_terms(self, other: TermEntry) -> bool:
        """Whether ``other`` names nothing this entry does not (case-insensitive): a repeat."""
        mine = {(lang, t.lower()) for lang, ts in self.terms.items() for t in ts}
        return all((lang, t.lower()) in mine for lang, ts in other.terms.items() for t in ts)

    def label(self) -> str:
        """``en: Black Hundreds · fr: Cent-Noirs``: one line for lists and messages."""
        return " · ".join(f"{lang}: {' | '.join(ts)}" for lang, ts in self.terms.items())


@dataclass(frozen=True)
class CoveredSpans:
    """What a termbase covers in one pair: spans of each side's joined text, and which entries."""

    source: tuple[Span, ...] = ()
    target: tuple[Span, ...] = ()
    entries: tuple[int, ...] = ()

    def covers(self, side: str, start: int, end: int) -> bool:
        """Whether the text at [start, end) on ``side`` overlaps a covered span."""
        spans = self.source if side == "source" else self.target
        return any(s < end and start < e for s, e in spans)

    def __bool__(self) -> bool:
        return bool(self.entries)


@dataclass(frozen=True)
class Termbase:
    """A project's entries; :meth:`covered` is what drift asks of it for one pair."""

    entries: tuple[TermEntry, ...] = field(default_factory=tuple)

    def __len__(self) -> int:
        return len(self.entries)

    def find(self, text: str, lang: str) -> dict[int, list[Span]]:
        """Per entry index, the spans of ``text`` where one of its terms in ``lang`` stands."""
        tokens = _tokens(text, lang)
        out: dict[int, list[Span]] = {}
        if not tokens:
            return out
        for k, entry in enumerate(self.entries):
            for term in entry.in_language(lang):
                spans = _occurrences(text, tokens, _term_keys(term, language_key(lang)), lang)
                if spans:
                    out.setdefault(k, []).extend(spans)
        return out

    def covered(self, source_text: str, source_lang: str, target_text: str,
                target_lang: str) -> CoveredSpans:
        """The spans of each side covered by an entry found on BOTH sides of the pair."""
        if not self.entries:
            return CoveredSpans()
        src = self.find(source_text, source_lang)
        if not src:
            return CoveredSpans()
        tgt = self.find(target_text, target_lang)
        both = sorted(set(src) & set(tgt))
        return CoveredSpans(tuple(sorted(s for k in both for s in src[k])),
                            tuple(sorted(s for k in both for s in tgt[k])), tuple(both))

    def with_entries(self, entries: Iterable[TermEntry]) -> tuple[Termbase, list[TermEntry]]:
        """This termbase with ``entries`` added, and those of them that were new (an entry
        that repeats an existing one, or one with terms in fewer than two languages, is not added)."""
        kept = list(self.entries)
        added = []
        for entry in entries:
            if len(entry.terms) < 2 or any(old.same_terms(entry) for old in kept):
                continue
            kept.append(entry)
            added.append(entry)
        return Termbase(tuple(kept)), added


def covered_per_pair(termbase: Termbase | None, pairs: Sequence[tuple[str, str]], source_lang: str,
                     target_lang: str) -> list[CoveredSpans] | None:
    """:meth:`Termbase.covered` for each (source text, target text); None without a termbase."""
    if not termbase:
        return None
    return [termbase.covered(s, source_lang, t, target_lang) for s, t in pairs]


# --- matching -----------------------------------------------------------------------------

Token = tuple[int, int, frozenset[str], str]
"""(start, end, comparison keys, folded word)."""


def _fold(word: str, lang: str) -> str:
    low = word.lower()
    for a, b in _data()["folds"].get(lang, {}).items():
        low = low.replace(a, b)
    return low


def _keys(word: str, lang: str) -> tuple[frozenset[str], str]:
    from alignment.wordcover import dictionary_form  # pymorphy3 / simplemma, loaded on first use

    folded = _fold(word, lang)
    return frozenset({folded, _fold(dictionary_form(word, lang), lang)}), folded


def _tokens(text: str, lang: str) -> list[Token]:
    key = language_key(lang)
    return [(m.start(), m.end(), *_keys(m.group(), key)) for m in _WORD.finditer(text)]


@derived(maxsize=4096)
def _term_keys(term: str, lang: str) -> tuple[tuple[frozenset[str], str], ...]:
    return tuple(_keys(w, lang) for w in _WORD.findall(term))


def _prefix_match(a: str, b: str, lang: str) -> bool:
    rules = _data()["prefix_rule"]
    rule = rules.get(lang, rules["default"])
    stem = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        stem += 1
    return (stem >= rule["min_stem"] and len(a) - stem <= rule["max_ending"]
            and len(b) - stem <= rule["max_ending"])


def _word_match(token: Token, term_word: tuple[frozenset[str], str], lang: str) -> bool:
    keys, folded = term_word
    return bool(token[2] & keys) or _prefix_match(token[3], folded, lang)


def _occurrences(text: str, tokens: list[Token], term: tuple[tuple[frozenset[str], str], ...],
                 lang: str) -> list[Span]:
    """Where the words of ``term`` stand in a row in ``text`` (only joiners between them)."""
    if not term:
        return []
    lang = language_key(lang)
    joiners, max_gap = set(_data()["joiners"]), _data()["max_gap"]
    out = []
    n = len(term)
    for i in range(len(tokens) - n + 1):
        run = tokens[i:i + n]
        if not all(_word_match(tok, word, lang) for tok, word in zip(run, term, strict=True)):
            continue
        gaps = (text[a[1]:b[0]] for a, b in zip(run, run[1:], strict=False))
        if all(len(g) <= max_gap and set(g) <= joiners for g in gaps):
            out.append((run[0][0], run[-1][1]))
    return out


def evidence_phrases(text: str, spans: Iterable[Span]) -> list[str]:
    """The words a flag points at, as candidate terms for the termbase: words that stand together
    are joined, and widened to the capitalised or hyphen-joined words they stand with ("Hundreds"
    → "Black Hundreds", "Cent" → "Cent-Noirs"), so that a reviewer has the term to confirm."""
    words = list(_WORD.finditer(text))
    marked = [any(s < m.end() and m.start() < e for s, e in spans) for m in words]
    joiners, max_gap = set(_data()["joiners"]), _data()["max_gap"]

    def joined(k: int) -> bool:  # words k and k + 1 stand together
        gap = text[words[k].end():words[k + 1].start()]
        return len(gap) <= max_gap and set(gap) <= joiners

    def widens(k: int, into: int) -> bool:
        gap = text[words[min(k, into)].end():words[max(k, into)].start()]
        return "-" in gap or words[into].group()[:1].isupper()

    changed = True
    while changed:
        changed = False
        for k in range(len(words)):
            for n in (k - 1, k + 1):
                if marked[k] and 0 <= n < len(words) and not marked[n] and joined(min(k, n)) and widens(k, n):
                    marked[n] = changed = True
    phrases: list[str] = []
    start = None
    for k, on in enumerate(marked):
        if on and start is None:
            start = k
        if on and (k + 1 == len(words) or not marked[k + 1] or not joined(k)):
            phrase = text[words[start].start():words[k].end()]
            if phrase not in phrases:
                phrases.append(phrase)
            start = None
    return phrases


# --- files (TBX, CSV: ``corpora.termfiles``) ------------------------------------------------

def entries_from_records(records: Iterable[Any]) -> list[TermEntry]:
    """Entries from ``corpora.termfiles.TermRecord`` (what a TBX or CSV file holds)."""
    return [TermEntry.of(r.terms, r.note) for r in records]


def records_of(entries: Iterable[TermEntry]) -> list[Any]:
    """Entries as ``corpora.termfiles.TermRecord``, for writing a TBX or CSV file."""
    from corpora.termfiles import TermRecord

    return [TermRecord({k: list(v) for k, v in e.terms.items()}, e.note) for e in entries]
