"""Hedged against certain: "вполне возможен" (quite possible) rendered "inevitable".

A claim hedged on one side (perhaps, possibly, вероятно, возможен) and asserted as certain on
the other (inevitable, certainly, неизбежен, наверняка) says something else; a hedge dropped
without a word of certainty in its place is too common in faithful translations to count. The
words are data (``data/modality.json``).
"""

from __future__ import annotations

import re

from alignment import language_data
from corpora.language import base_code


def _data() -> dict:
    return language_data.load("modality")


def modal_words(text: str, lang: str, kind: str, as_claim: bool = False) -> list[tuple[str, int, int]]:
    """(words, start, end) of each ``kind`` ("hedge" or "certain") word or phrase of ``text``.

    ``as_claim``: only the hedges that surely hedge, for a check that holds them against the other
    side's certainty: a hedge phrase before a past participle ("may be used") may be a passive modal
    of permission and is left out; it still counts as a hedge the other side may share ("may be
    postponed" = «может быть, перенесут»)."""
    found = find_entries(text, _data()[kind].get(base_code(lang, ""), []))
    if kind != "hedge" or not as_claim:
        return found
    return [w for w in found if not passive_modal(text, lang, w)]


def passive_modal(text: str, lang: str, entry: tuple[str, int, int]) -> bool:
    """Whether a hedge phrase found in ``text`` stands before a past participle ("may be used",
    «может быть продлён»): a passive modal of permission or possibility, not 'perhaps'."""
    passive = _data()["claims"].get("passive_modal", {}).get(base_code(lang, ""))
    if not passive:
        return False
    following = re.match(r"\s+([^\W\d_]+)", text[entry[2]:])
    word = following.group(1).lower() if following is not None else ""
    return entry[0].lower() in passive["phrases"] and bool(word) and (
        word.endswith(tuple(passive["participle_endings"])) or word in passive.get("participles", ()))


def find_entries(text: str, entries: list[str]) -> list[tuple[str, int, int]]:
    """(words, start, end) of each entry of a word list of ``data/modality.json`` found in ``text``."""
    low = text.lower().replace("’", "'")
    out = []
    for entry in entries:
        if entry.startswith("^"):  # a pattern at the sentence's start: "^говорят,(?! что)" (they say, …)
            found = re.compile(r"[\W_]*(" + entry[1:] + ")").match(low)
            if found:
                out.append((text[found.start(1):found.end(1)], found.start(1), found.end(1)))
            continue
        if entry.startswith("~"):  # a pattern anywhere: «в целом» before an adverb (on the whole)
            out.extend((text[m.start():m.end()], m.start(), m.end()) for m in re.finditer(entry[1:], low))
            continue
        whole = entry.endswith("$")
        phrase = re.escape(entry[:-1] if whole else entry)
        # a phrase that starts with a mark (", говорят,": said in parenthesis) starts right after a word
        lead = r"(?<![^\W_])" if entry[:1].isalnum() else ""
        pattern = lead + phrase + (r"(?![^\W_])" if whole else r"[^\W_]*")
        out.extend((text[m.start():m.end()], m.start(), m.end()) for m in re.finditer(pattern, low))
    return sorted(set(out), key=lambda w: w[1])


def modality_contrast(source: str, source_lang: str, target: str, target_lang: str) -> str | None:
    """Why the two sides disagree on how certain the claim is, or None."""
    for a, a_lang, b, b_lang, side, other in ((source, source_lang, target, target_lang, "source", "target"),
                                              (target, target_lang, source, source_lang, "target", "source")):
        hedges = modal_words(a, a_lang, "hedge", as_claim=True)
        sure = modal_words(b, b_lang, "certain")
        if hedges and sure and not modal_words(b, b_lang, "hedge") and not modal_words(a, a_lang, "certain"):
            return (f"the {side} hedges (“{hedges[0][0]}”) where the {other} is certain (“{sure[0][0]}”)")
    return None
