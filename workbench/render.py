"""Showing document text safely: everything from a document is escaped before display.

Streamlit markdown with ``unsafe_allow_html`` is used only for the colour and
highlight markup that this module itself writes around escaped text.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

KIND_COLOURS = {
    "meaning": "#b45309", "numbers": "#b91c1c", "names": "#7c3aed", "omission": "#0369a1",
    "addition": "#0f766e", "reversal": "#be185d", "form": "#4b5563", "length": "#0369a1",
    "clause": "#0369a1",
}


_INERT = str.maketrans({**{ch: html.escape(ch, quote=True) for ch in "&<>\"'"},
                       **{ch: f"&#{ord(ch)};" for ch in "\\`*_[]#|~$"}, "\n": "<br>"})


def escape(text: str) -> str:
    """Text as inert HTML (no tag, entity or markdown syntax survives).

    One pass over the characters: replacing "#" after ``html.escape`` broke the entities it had
    written (an apostrophe showed as "&#x27;").
    """
    return (text or "").translate(_INERT)


def _merge(spans: Iterable[Sequence[int]], length: int) -> list[tuple[int, int]]:
    clean = sorted((max(0, int(a)), min(length, int(b))) for a, b in spans if int(b) > int(a))
    merged: list[tuple[int, int]] = []
    for a, b in clean:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def highlight(text: str, spans: Iterable[Sequence[int]] = ()) -> str:
    """Escaped ``text`` with the given character spans wrapped in ``<mark>``."""
    parts, pos = [], 0
    for a, b in _merge(spans, len(text)):
        parts.append(escape(text[pos:a]))
        parts.append(f"<mark>{escape(text[a:b])}</mark>")
        pos = b
    parts.append(escape(text[pos:]))
    return "".join(parts)


def badge(kind: str) -> str:
    colour = KIND_COLOURS.get(kind, "#374151")
    return (f'<span style="background:{colour};color:white;border-radius:0.5em;padding:0 0.45em;'
            f'font-size:0.8em;margin-right:0.3em">{escape(kind)}</span>')


def drift_colour(drift_score: float | None) -> str:
    """A row background from white (no drift) to warm red (strong drift)."""
    d = max(0.0, min(1.0, float(drift_score or 0.0)))
    d = 0.0 if d < 0.2 else (d - 0.2) / 0.8  # faint drift stays white: colour draws the eye
    red, green, blue = 255, int(255 - 120 * d), int(255 - 140 * d)
    return f"rgb({red},{green},{blue})"


def evidence_spans(evidence: object, side: str) -> list[tuple[int, int]]:
    """Spans on one side ("source"/"target") from stored drift evidence, whatever its nesting."""
    spans: list[tuple[int, int]] = []
    items = evidence if isinstance(evidence, list) else [evidence]
    for item in items:
        if isinstance(item, dict):
            for pair in item.get(f"{side}_spans") or ():
                if isinstance(pair, (list, tuple)) and len(pair) == 2:
                    spans.append((int(pair[0]), int(pair[1])))
    return spans
