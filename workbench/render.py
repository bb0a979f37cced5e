"""Showing user text safely: names, notes, messages and document text are displayed as text, never as markup.

Streamlit renders markdown almost everywhere: headers, alerts (``st.success``...), captions,
widget labels (checkbox, button, text input), radio options and tab labels. Its markdown also
knows images and links (``![t](http://...)`` makes every viewer's browser fetch the URL), GFM
autolinks found in the decoded text, ``:material/icon:``, ``:red[x]`` directives, emoji
shortcodes and ``$math$``. ``inert`` turns any user text into markdown that shows exactly that
text; ``plain`` is for the spots that show plain text (selectbox options, ``st.text``, tables).
Streamlit markdown with ``unsafe_allow_html`` is used only for the colour and highlight markup
that this module itself writes around escaped text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence

from corpora.text_safety import display_name

KIND_COLOURS = {
    "meaning": "#b45309", "numbers": "#b91c1c", "names": "#7c3aed", "omission": "#0369a1",
    "addition": "#0f766e", "reversal": "#be185d", "form": "#4b5563", "length": "#0369a1",
    "clause": "#0369a1",
}


WORD_JOINER = "\u2060"  # invisible: breaks an autolink or a shortcode in the decoded text
# Tabs and line breaks: a name is one line.
_BREAKS = re.compile("\r\n|[\t\n\r\u2028\u2029]")
# Markdown syntax as character references: CommonMark decodes them into text that is never
# syntax. The colon stops ``:material/...:`` (replaced in the raw source), directives and emoji.
_INERT = str.maketrans({**{ch: html.escape(ch, quote=True) for ch in "&<>\"'"},
                       **{ch: f"&#{ord(ch)};" for ch in "\\`*_[]#|~$:"}, "\n": "<br>"})
# GFM autolinks (http://, www., a@b.c) and emoji shortcodes are matched on the decoded text, where
# character references no longer help: a word joiner after a colon that starts a word, between
# "www" and its dot, and before "@" breaks each of them without a visible change.
_AUTOLINK = re.compile(r"(?<=:)(?=\S)|(?<=[wW]{3})(?=\.)|(?=@)")
# A line that starts with "- ", "+ ", "1. " or indentation would become a list or a code block.
_LINE_START = re.compile(r"(\d*)([-+=.)\s])")


def plain(text: str) -> str:
    """``text`` for a plain-text spot (a selectbox option, ``st.text``, a table cell of names).

    Tabs and line breaks become spaces; bidirectional and other control characters are written as
    ``[U+202E]`` (``corpora.text_safety.display_name``, the one rule for names), so a name cannot
    reorder or hide what is shown and the reader sees that something was there.
    """
    return display_name(_BREAKS.sub(" ", text or ""))


def escape(text: str) -> str:
    """Text as inert HTML for ``unsafe_allow_html`` markdown (no tag, entity or markdown syntax survives).

    Document text keeps its line breaks (``<br>``) and its bidirectional marks (right-to-left
    scripts need them). One pass over the characters: replacing "#" after ``html.escape`` broke
    the entities it had written (an apostrophe showed as "&#x27;").
    """
    return _AUTOLINK.sub(WORD_JOINER, text or "").translate(_INERT)


def inert(text: object) -> str:
    """Any user text (a name, a note, a message that quotes one) as markdown that shows exactly it.

    For ``st.markdown``/``st.header``/``st.success``/``st.caption``, widget labels, radio options
    and tab labels, with or without ``unsafe_allow_html``. The text is ``plain`` first.
    """
    shown = escape(plain("" if text is None else str(text)))
    start = _LINE_START.match(shown)
    if start and (start.group(2) in ".)") == bool(start.group(1)):
        shown = f"{start.group(1)}&#{ord(start.group(2))};{shown[start.end():]}"
    return shown


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


def legend() -> str:
    """The colour key of the pair list: row background by drift strength, a badge per drift kind."""
    ramp = "".join(f'<span style="background:{drift_colour(d)};padding:0 0.6em;border:1px solid #e5e7eb">'
                   "&nbsp;</span>" for d in (0.0, 0.4, 0.7, 1.0))
    return (f"<small>Colours: row {ramp} from no drift to strong drift · "
            + " ".join(badge(kind) for kind in KIND_COLOURS) + "</small>")


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
