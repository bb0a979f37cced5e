"""Three texts through a pivot: English ↔ French and English ↔ Russian, seen side by side.

The article is English; the French is its translation and the Russian holds the
originals of what it quotes (often only part of the text). Aligning each with
the English (the English windows are embedded once and reused) and joining the
two alignments on the English sentences gives rows: an English sentence group
with its French and its Russian counterparts where they exist.

Joining: English sentences that either alignment puts in one bead belong to one
row (so a row is the smallest English group both alignments agree on). French
or Russian sentences left unaligned (additions) become rows of their own with
no English, placed where they occur — unless they fall inside a row's span, in
which case they join that row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from alignment.aligner import AlignParams, Text, align_embeddings, embed_text, sentence_texts
from alignment.types import Alignment, Bead
from models.base import Encoder, ProgressCallback


@dataclass(frozen=True)
class ThreeWayRow:
    """English sentences with their French and Russian counterparts (either may be empty).

    ``french_score`` / ``russian_score``: the lowest calibrated score of the
    beads that make up the row on that side (None when that side has no bead here).
    """

    english_ids: tuple[int, ...]
    french_ids: tuple[int, ...] = ()
    russian_ids: tuple[int, ...] = ()
    french_score: float | None = None
    russian_score: float | None = None


@dataclass
class ThreeWayAlignment:
    """The rows plus the two pairwise alignments they were built from."""

    rows: list[ThreeWayRow]
    english_french: Alignment
    english_russian: Alignment
    model: str = ""
    params: dict[str, object] = field(default_factory=dict)


def align_three(
    english: Text,
    french: Text,
    russian: Text,
    encoder: Encoder,
    *,
    params: AlignParams | None = None,
    french_anchors: Sequence[Bead | tuple[Sequence[int], Sequence[int]]] = (),
    russian_anchors: Sequence[Bead | tuple[Sequence[int], Sequence[int]]] = (),
    progress: ProgressCallback | None = None,
) -> ThreeWayAlignment:
    """Align French and Russian to the English and join them into rows (see module docstring)."""
    params = params or AlignParams()
    texts = [sentence_texts(english), sentence_texts(french), sentence_texts(russian)]
    total = sum(len(s) for s, _ in texts)
    windows = []
    done = 0
    for sentences, _ in texts:
        base = done

        def report(d: int, t: int, base: int = base, size: int = len(sentences)) -> None:
            if progress is not None:
                progress(min(total, base + round(d / max(t, 1) * size)), total)

        windows.append(embed_text(sentences, encoder, params, report if progress else None))
        done += len(sentences)
    name = str(getattr(encoder, "name", ""))
    (_, en_par), (_, fr_par), (_, ru_par) = texts
    en_fr = align_embeddings(
        windows[0], windows[1], anchors=french_anchors, params=params,
        source_paragraphs=en_par, target_paragraphs=fr_par, model=name,
    )
    en_ru = align_embeddings(
        windows[0], windows[2], anchors=russian_anchors, params=params,
        source_paragraphs=en_par, target_paragraphs=ru_par, model=name,
    )
    rows = join_on_pivot(en_fr.beads, en_ru.beads, windows[0].n)
    return ThreeWayAlignment(rows, en_fr, en_ru, model=name, params=dict(en_fr.params))


def join_on_pivot(first: Sequence[Bead], second: Sequence[Bead], n_pivot: int) -> list[ThreeWayRow]:
    """Rows from two alignments that share their source side (the pivot, ``n_pivot`` sentences)."""
    parent = list(range(n_pivot))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for beads in (first, second):
        for bead in beads:
            ids = [i for i in bead.source_ids if 0 <= i < n_pivot]
            for i in ids[1:]:
                parent[find(i)] = find(ids[0])
    component: dict[int, int] = {}
    comp_of = []
    for i in range(n_pivot):  # numbered in order of their first sentence
        comp_of.append(component.setdefault(find(i), len(component)))
    roots = list(component)
    groups: list[list[int]] = [[] for _ in roots]
    for i in range(n_pivot):
        groups[comp_of[i]].append(i)

    sides: list[dict[str, list]] = [
        {"ids": [[] for _ in roots], "scores": [[] for _ in roots]} for _ in range(2)
    ]
    additions: list[dict[int, list[Bead]]] = [{}, {}]
    for side, beads in enumerate((first, second)):
        comps = [comp_of[b.source_ids[0]] if b.source_ids else None for b in beads]
        previous = -1
        for k, bead in enumerate(beads):
            if comps[k] is not None:
                previous = comps[k]
                sides[side]["ids"][comps[k]].extend(bead.target_ids)
                sides[side]["scores"][comps[k]].append(bead.score)
                continue
            following = next((c for c in comps[k + 1 :] if c is not None), None)
            if following is not None and following == previous:
                sides[side]["ids"][previous].extend(bead.target_ids)
                sides[side]["scores"][previous].append(bead.score)
            else:
                additions[side].setdefault(previous, []).append(bead)

    def extra_rows(after: int) -> list[ThreeWayRow]:
        rows = []
        for bead in additions[0].get(after, []):
            rows.append(ThreeWayRow((), french_ids=tuple(bead.target_ids), french_score=bead.score))
        for bead in additions[1].get(after, []):
            rows.append(ThreeWayRow((), russian_ids=tuple(bead.target_ids), russian_score=bead.score))
        return rows

    rows = extra_rows(-1)
    for c, english_ids in enumerate(groups):
        fr_scores, ru_scores = sides[0]["scores"][c], sides[1]["scores"][c]
        rows.append(
            ThreeWayRow(
                tuple(english_ids),
                tuple(sorted(sides[0]["ids"][c])),
                tuple(sorted(sides[1]["ids"][c])),
                min(fr_scores) if fr_scores else None,
                min(ru_scores) if ru_scores else None,
            )
        )
        rows.extend(extra_rows(c))
    return rows
