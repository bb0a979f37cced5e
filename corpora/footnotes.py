"""The footnote list at the end of an article: lines "[n] text", parsed into entries.

Its lines are not part of the body (they are kept out of paragraphs and
sentences, so the aligner never pairs a footnote with body text) but they stay
in ``Document.text`` and are returned as ``{number: Footnote}``.
"""

from __future__ import annotations

import re

from corpora.types import Footnote

Span = tuple[int, int]

ENTRY_RE = re.compile(r"^[ \t]*\[(\d{1,3})\](?:[ \t]+(.*)|[ \t]*)$")
URL_RE = re.compile(r"(?:https?://|ftp://|www\.)[^\s<>«»“”\"]+")
_NO_SENTENCE_END = re.compile(r"[,;:/\-–—(]\s*$")


def lines_with_spans(text: str) -> list[tuple[int, int, str]]:
    """Each line of ``text`` with its start and end offsets (end excludes the newline)."""
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return lines


def find_urls(text: str) -> tuple[str, ...]:
    """URLs in ``text``, without the punctuation that follows them."""
    return tuple(m.group(0).rstrip(".,;:!?)]") for m in URL_RE.finditer(text))


def _is_continuation(previous: str, line: str) -> bool:
    """Does ``line`` carry on the entry whose last line is ``previous``? (a second URL, a wrapped line)"""
    stripped = line.strip()
    if not stripped:
        return False
    if URL_RE.match(stripped) or stripped[0].islower():
        return True
    return bool(_NO_SENTENCE_END.search(previous))


def find_footnote_list(text: str) -> tuple[list[Span], dict[int, Footnote]]:
    """Spans of the lines that make up footnote entries, and the entries by number.

    An entry is a line starting with "[n]"; the lines right after it that
    continue it (a URL, a lower-case start, or after a line ending in a comma)
    belong to it. The first entry of a number wins if a number repeats.
    """
    spans: list[Span] = []
    entries: list[tuple[int, list[str]]] = []
    previous: str | None = None  # the last line of the current entry, if inside one
    for start, end, line in lines_with_spans(text):
        match = ENTRY_RE.match(line)
        if match:
            entries.append((int(match.group(1)), [match.group(2) or ""]))
            spans.append((start, end))
            previous = line
        elif previous is not None and _is_continuation(previous, line):
            entries[-1][1].append(line.strip())
            spans.append((start, end))
            previous = line
        else:
            previous = None
    footnotes: dict[int, Footnote] = {}
    for number, parts in entries:
        body = " ".join(p.strip() for p in parts if p.strip())
        footnotes.setdefault(number, Footnote(number, body, find_urls(body)))
    return spans, footnotes
