"""Form: quotation marks or footnote markers present on one side only."""

from __future__ import annotations

import re

from alignment.drift_types import BeadPair, DriftSignal, Span
from alignment.signals.base import Signal, or_nothing

_QUOTE_CHARS = re.compile(r"[«»“”„\"]|(?:^|(?<=\s))‘")
_FOOTNOTE = re.compile(r"\[\d{1,3}\]|[\u00b9\u00b2\u00b3\u2070-\u2079]+")
_WORDS = re.compile(r"\w+")
# a passage of at least this many words between marks is a quotation; fewer is a term or title
QUOTED_PASSAGE_WORDS = 4
FORM_STRENGTH = 0.6
"""A quotation (or a footnote marker) present on one side only: flagged."""
FORM_TYPOGRAPHIC = 0.35
"""Only a quoted term or title, or a lone opening mark continuing a quotation: shown, not flagged
(translations add or drop marks around « Die Alpen » or « 8000 » as house style)."""


def _longest_quoted(text: str, marks: list[tuple[int, int]]) -> int:
    """Words in the longest stretch between an opening mark and the next one (0 for a lone mark)."""
    best = 0
    for (_s, e), (s2, _e2) in zip(marks[::2], marks[1::2], strict=False):
        best = max(best, len(_WORDS.findall(text[e:s2])))
    return best


def form_signal(pair: BeadPair) -> DriftSignal | None:
    """Quotation marks or footnote markers present on one side only.

    Lost or added marks around a passage (four words or more) are flagged: a quotation is no
    longer marked as one, or something is now presented as quoted. Marks around a short term or
    title, or a single opening mark, are typography and get a strength below the flag.
    """
    reasons: list[str] = []
    src_spans: list[Span] = []
    tgt_spans: list[Span] = []
    strength = 0.0
    sq = [m.span() for m in _QUOTE_CHARS.finditer(pair.source_text)]
    tq = [m.span() for m in _QUOTE_CHARS.finditer(pair.target_text)]
    if bool(sq) != bool(tq):
        side = "source" if sq else "target"
        marks, text = (sq, pair.source_text) if sq else (tq, pair.target_text)
        if _longest_quoted(text, marks) >= QUOTED_PASSAGE_WORDS:
            reasons.append(f"quotation marks in the {side} only")
            strength = FORM_STRENGTH
        else:
            reasons.append(f"quotation marks around a term or title in the {side} only")
            strength = FORM_TYPOGRAPHIC
        (src_spans if sq else tgt_spans).extend(marks)
    if pair.source_footnotes is not None and pair.target_footnotes is not None:
        sf, tf = set(pair.source_footnotes), set(pair.target_footnotes)
    else:
        sf = {m.group() for m in _FOOTNOTE.finditer(pair.source_text)}
        tf = {m.group() for m in _FOOTNOTE.finditer(pair.target_text)}
    if sf != tf:
        reasons.append(f"footnote markers differ ({sorted(map(str, sf)) or 'none'} vs "
                       f"{sorted(map(str, tf)) or 'none'})")
        src_spans.extend(m.span() for m in _FOOTNOTE.finditer(pair.source_text))
        tgt_spans.extend(m.span() for m in _FOOTNOTE.finditer(pair.target_text))
        strength = FORM_STRENGTH
    if not reasons:
        return None
    return DriftSignal("form", "; ".join(reasons), tuple(src_spans), tuple(tgt_spans), strength)


class FormSignal(Signal):
    """Marks that quote or cite, on one side only; uncalibrated, so a hint only."""

    name = "form"
    kinds = ("form",)

    def judge(self, index: int, pair: BeadPair) -> list[DriftSignal]:
        return [or_nothing(form_signal(pair), "form", "quotation marks and footnote markers agree")]
