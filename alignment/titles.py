"""Changed titles: "Deputy Minister of Culture" quoted as "the Minister of Culture", an acting
director as the director, a Prime Minister as a minister of defence.

A name check sees nothing here (no name differs) and the sentence embeddings barely move, yet
the claim is about someone else. The rank words are data (``data/titles.json``): a rank on one
side with none of its kind on the other is a changed title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from alignment import language_data
from alignment.language_data import derived
from corpora.language import base_code

RESOURCE = "titles"


@dataclass(frozen=True)
class RankWord:
    """A rank word of a title ("deputy", «заместитель») and where it stands."""

    rank: str
    text: str
    start: int
    end: int


@derived
def _patterns() -> dict[str, dict[str, tuple[re.Pattern[str], ...]]]:
    ranks = language_data.entry(RESOURCE, "ranks")
    return {rank: {lang: tuple(re.compile(p) for p in pats) for lang, pats in by_lang.items()}
            for rank, by_lang in ranks.items()}


def titles_cover(lang: str) -> bool:
    """Whether the rank words of ``lang`` are known."""
    lang = base_code(lang, "")
    return all(lang in by_lang for by_lang in _patterns().values())


def rank_words(text: str, lang: str) -> list[RankWord]:
    """The rank words of ``text``, in order (none for a language without data)."""
    lang = base_code(lang, "")
    low = text.lower()
    found = {(rank, m.start(), m.end())
             for rank, by_lang in _patterns().items() for p in by_lang.get(lang, ()) for m in p.finditer(low)}
    return [RankWord(rank, text[s:e], s, e) for rank, s, e in sorted(found, key=lambda f: f[1])]


def title_changes(source: str, source_lang: str, target: str, target_lang: str,
                  ) -> tuple[list[RankWord], list[RankWord]]:
    """Rank words of each side whose rank the other side never uses."""
    if not (titles_cover(source_lang) and titles_cover(target_lang)):
        return [], []
    src, tgt = rank_words(source, source_lang), rank_words(target, target_lang)
    src_ranks, tgt_ranks = {r.rank for r in src}, {r.rank for r in tgt}
    return [r for r in src if r.rank not in tgt_ranks], [r for r in tgt if r.rank not in src_ranks]
