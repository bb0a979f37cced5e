"""Inline footnote markers such as ``[12]``: find them and mask them out of running text.

Markers are metadata, not words: sentence text and language detection work on
the text with the markers removed, while offsets still point into the raw text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# One to three digits in square brackets, with the (optional) space before it.
# "[sic]", "[Russian]" or "[1917]" are not markers.
MARKER_RE = re.compile(r"[ \u00a0\u202f]?\[(\d{1,3})\]")


@dataclass(frozen=True)
class Marker:
    """A footnote marker at ``start:end`` of the raw text (the span includes the space before it)."""

    start: int
    end: int
    number: int


@dataclass(frozen=True)
class Masked:
    """Text with markers removed, and the way back to raw offsets."""

    text: str
    raw_index: tuple[int, ...]  # raw_index[i] = raw offset of clean character i
    markers: tuple[Marker, ...]

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Raw span of the clean span ``start:end`` (end exclusive; a non-empty span)."""
        return self.raw_index[start], self.raw_index[end - 1] + 1


def find_markers(text: str) -> list[Marker]:
    """Every footnote marker in ``text``, in order."""
    return [Marker(m.start(), m.end(), int(m.group(1))) for m in MARKER_RE.finditer(text)]


def mask_markers(text: str) -> Masked:
    """Remove markers from ``text``, keeping a map from clean to raw offsets."""
    markers = find_markers(text)
    pieces: list[str] = []
    index: list[int] = []
    pos = 0
    for marker in markers:
        pieces.append(text[pos:marker.start])
        index.extend(range(pos, marker.start))
        pos = marker.end
    pieces.append(text[pos:])
    index.extend(range(pos, len(text)))
    return Masked("".join(pieces), tuple(index), tuple(markers))


def strip_markers(text: str) -> str:
    """``text`` without its footnote markers."""
    return MARKER_RE.sub("", text)
