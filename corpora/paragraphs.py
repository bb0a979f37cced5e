"""Paragraph spans: one per line, or one per blank-line block when lines are hard-wrapped.

Most texts we get have one paragraph a line (the seed article, pasted text,
what the HTML/DOCX/PDF readers produce). A plain-text file wrapped at a fixed
width instead separates paragraphs by blank lines; we tell the two apart by
how many lines inside blocks stop mid-sentence.
"""

from __future__ import annotations

import re

from corpora.footnotes import lines_with_spans

Span = tuple[int, int]

_TERMINAL = re.compile(r"[.!?…:;\"”»’)\]]\s*$")
_STRUCTURAL = re.compile(r"^\s*(?:[-*•+]\s|\d{1,3}[.)]\s|#{1,6}\s|\[\d{1,3}\])")


def is_wrapped(lines: list[str | None]) -> bool:
    """True when blank-line blocks are paragraphs whose lines are wrapped mid-sentence.

    ``None`` stands for a line that is not body text (a footnote entry): neither blank nor text.
    """
    if not any(line is not None and not line.strip() for line in lines):
        return False
    inner = open_ended = 0
    for line, following in zip(lines, lines[1:], strict=False):
        if line and line.strip() and following and following.strip():
            inner += 1
            open_ended += not _TERMINAL.search(line)
    return inner >= 2 and open_ended / inner >= 0.5


def find_paragraphs(text: str, skip: list[Span] | None = None) -> list[Span]:
    """Spans of the paragraphs of ``text``, leaving out the lines in ``skip`` (the footnote list)."""
    skipped = set(skip or [])
    lines = lines_with_spans(text)
    wrapped = is_wrapped([None if (s, e) in skipped else line for s, e, line in lines])
    body = [(s, e, line if (s, e) not in skipped else "") for s, e, line in lines]
    spans: list[Span] = []
    current: Span | None = None
    for start, end, line in body:
        if not line.strip():
            current = _close(current, spans)
            continue
        if current is None or not wrapped or _STRUCTURAL.match(line):
            _close(current, spans)
            current = (start, end)
        else:
            current = (current[0], end)
    _close(current, spans)
    return [_trim(text, span) for span in spans]


def _close(current: Span | None, spans: list[Span]) -> None:
    if current is not None:
        spans.append(current)


def _trim(text: str, span: Span) -> Span:
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
