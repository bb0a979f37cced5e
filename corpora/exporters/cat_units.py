"""Translation units for a CAT tool's own segments, beside the bead-for-bead ones.

A CAT tool segments the document with its own rules, not Parallax's, and looks each of its segments
up in the memory. Most rule sets (OmegaT's default, like most SRX files) break only after ". ? !"
followed by white space; Parallax also breaks after a closing quotation mark ("…freedom!” The
weapons") or an ellipsis ("However… “What"). Where the two differ, a TMX that holds only the beads
has no unit for the tool's segment. So the sentence-level TMX also writes, each marked with the prop
``x-parallax-unit`` (an import skips them: they are not beads):

- ``join``: a run of beads of one paragraph whose sentences end without ". ? !", as one unit;
- ``split``: each sentence pair of an n:n bead (n ≥ 2), in order, beside the bead's joined unit;
- ``footnote``: the footnote lists, paired note for note (``corpora.footnote_pairs``).

The paragraph-level TMX (``segtype="paragraph"``) writes one unit per paragraph pair instead: the
beads grouped so that no paragraph of either side is cut, for a CAT tool that does not segment
sentences (OmegaT with sentence segmentation off).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpora.aligned import AlignedBead
from corpora.exporters.raw import segment_sentences

_ENDS_WHERE_RULES_BREAK = re.compile(r"[.?!]$")


@dataclass(frozen=True)
class CatUnit:
    """A unit that is not one bead: its kind (``join``, ``split``, ``footnote``, ``paragraph``) and
    the segment text of each side."""

    kind: str
    source: str
    target: str


def _continues(left: tuple[int, AlignedBead], right: tuple[int, AlignedBead]) -> bool:
    """Whether a CAT tool's rules would keep ``right`` in the segment that ``left`` ends."""
    (i, a), (j, b) = left, right
    sentences = segment_sentences(a, "source")
    if j != i + 1 or not sentences or not b.source or not a.source_paragraphs or not b.source_paragraphs:
        return False
    return a.source_paragraphs[-1] == b.source_paragraphs[0] and not _ENDS_WHERE_RULES_BREAK.search(
        sentences[-1])


def _joined(beads: list[AlignedBead], kind: str, sep: str = " ") -> CatUnit:
    return CatUnit(kind, sep.join(s for b in beads for s in segment_sentences(b, "source")),
                   sep.join(t for b in beads for t in segment_sentences(b, "target")))


def joined_units(beads: list[tuple[int, AlignedBead]]) -> list[CatUnit]:
    """One ``join`` unit per run of (index, bead)s that a CAT tool's rules keep in one segment."""
    units, run = [], beads[:1]
    for previous, current in zip(beads, beads[1:], strict=False):
        if _continues(previous, current):
            run.append(current)
            continue
        if len(run) > 1:
            units.append(_joined([b for _, b in run], "join"))
        run = [current]
    if len(run) > 1:
        units.append(_joined([b for _, b in run], "join"))
    return [u for u in units if u.target]


def split_units(beads: list[tuple[int, AlignedBead]]) -> list[CatUnit]:
    """One ``split`` unit per sentence pair of each n:n bead (n ≥ 2)."""
    units = []
    for _, bead in beads:
        source, target = segment_sentences(bead, "source"), segment_sentences(bead, "target")
        if len(source) == len(target) > 1:
            units.extend(CatUnit("split", s, t) for s, t in zip(source, target, strict=True))
    return units


def _paragraph_text(bead_group: list[AlignedBead], side: str) -> str:
    """The group's sentences of one side: one space within a paragraph, a line break between."""
    parts: list[tuple[int | None, str]] = []
    for bead in bead_group:
        paragraphs = bead.source_paragraphs if side == "source" else bead.target_paragraphs
        for k, sentence in enumerate(segment_sentences(bead, side)):
            paragraph = paragraphs[k] if paragraphs and k < len(paragraphs) else None
            if parts and parts[-1][0] == paragraph and paragraph is not None:
                parts[-1] = (paragraph, f"{parts[-1][1]} {sentence}")
            else:
                parts.append((paragraph, sentence))
    return "\n".join(text for _, text in parts)


def paragraph_units(beads: list[AlignedBead]) -> list[CatUnit]:
    """One ``paragraph`` unit per group of beads that share a paragraph on either side (a bead whose
    paragraphs are not known is a group of its own)."""
    groups: list[list[AlignedBead]] = []
    seen: tuple[set[int], set[int]] | None = None
    for bead in beads:
        if bead.source_paragraphs is None or bead.target_paragraphs is None:
            groups.append([bead])
            seen = None
            continue
        src, tgt = set(bead.source_paragraphs), set(bead.target_paragraphs)
        if seen is not None and (src & seen[0] or tgt & seen[1]):
            groups[-1].append(bead)
            seen[0].update(src)
            seen[1].update(tgt)
        else:
            groups.append([bead])
            seen = (src, tgt)
    return [CatUnit("paragraph", _paragraph_text(g, "source"), _paragraph_text(g, "target")) for g in groups]
