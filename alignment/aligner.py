"""The n:m sentence aligner.

How a pair of texts is aligned (``align`` → ``align_embeddings``):

1. **Windows.** Every run of 1..``max_size`` consecutive sentences on each side
   is embedded once (``alignment.windows``); a bead of a source sentences and b
   target sentences is scored by the cosine of the two joined windows.
2. **Rough path, then band.** A 1:1 path is found coarse to fine over pooled
   sentence vectors (``alignment.band.rough_path``); the exact search then looks
   only at DP nodes within ``band_radius`` of it, so time and memory grow
   linearly with the length of the texts.
3. **Bead value.** For a bead (I, J) of sizes (a, b)::

       margin = cos(I, J) - margin_weight * (ref(I) + ref(J)) / 2
       value  = (margin - offset) * (a + b) / 2
                - length_weight * |log((len J + 10) / (len I + 10)) - log(doc ratio)|
                - merge_penalty * (a + b - 2) - paragraph terms

   ``ref(W)`` is the mean of the ``margin_k`` best similarities window W has
   with any window it could be paired with in the band: the hubness correction
   (a window that looks like everything around it earns nothing from looking
   like this one). The value is per sentence, so one 2:2 bead and two 1:1
   beads compete fairly; ``merge_penalty`` is the price of each extra sentence
   in a bead. Leaving a sentence unaligned (1:0, 0:1) is worth ``skip``.
   Paragraph hints (only when both sides have more than one paragraph): a bead
   that crosses a paragraph break on one side, or starts a paragraph on one
   side only, pays ``paragraph_weight``.
4. **Dynamic programme** over the band (``alignment._kernels.band_dp``),
   maximising the total value; beads 0:1, 1:0 and every a:b with a, b <= ``max_size``
   and a + b <= ``max_total``.
5. **Confirmed anchors** are kept exactly: the texts are cut at every anchor
   with both sides and only the gaps are aligned; a confirmed 1:0 or 0:1 bead
   forces that sentence to stay unaligned inside its gap.
6. **Scores**: a forward–backward pass over the same band gives each chosen
   bead's marginal probability under all paths; a logistic map fitted on the
   development data turns it into P(bead exactly right) (``alignment.calibration``).
   Each bead keeps its raw cosine in ``similarity`` (for a 1:0 / 0:1 bead: the
   best cosine the sentence reaches with the 6 sentences around its place).

Default parameters were tuned on the Text+Berg development document only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace

import numpy as np
from threadpoolctl import threadpool_limits

from alignment import _kernels
from alignment.band import Band, band_around, band_similarities, rough_path
from alignment.calibration import TEMPERATURE, Calibration, fit_plausibility
from alignment.confidence import TranslationCheck, check_translation
from alignment.splits import split_merged
from alignment.types import Alignment, Bead
from alignment.windows import WindowEmbeddings, embed_windows
from corpora.types import Document
from models.base import Encoder, ProgressCallback

Text = Document | Sequence[str]
AnchorLike = Bead | tuple[Sequence[int], Sequence[int]]


@dataclass(frozen=True)
class AlignParams:
    """Every knob of the aligner (recorded with each alignment)."""

    max_size: int = 5
    """Most sentences on one side of a bead."""
    max_total: int = 6
    """Most sentences in a bead, both sides together."""
    skip: float = -0.35
    """Value of leaving one sentence unaligned."""
    margin_weight: float = 0.75
    margin_k: int = 3
    offset: float = -0.16
    length_weight: float = 0.28
    merge_penalty: float = 0.14
    paragraph_weight: float = 0.1
    skip_adapt: float = 1.0
    skip_floor: float = 0.5
    temperature: float = TEMPERATURE
    """Of the path distribution whose bead marginals feed the calibrated score."""
    band_radius: int = 8
    rough_radius: int = 4
    rough_skip: float = -0.1
    rough_max_cells: int = 250_000
    windows: str = "joined"
    split_slack: float = 0.0
    lexical_weight: float = 0.0
    lexical_offset: float = 0.0
    """A merged bead is split when its best split inside it is worth at most this much less."""
    """"joined": embed the joined text of each window; "mean": pool sentence vectors (cheaper)."""

    def bead_types(self) -> list[tuple[int, int]]:
        """Every a:b with both sides non-empty, small ones first."""
        types = [
            (a, b)
            for a in range(1, self.max_size + 1)
            for b in range(1, self.max_size + 1)
            if a + b <= self.max_total
        ]
        return sorted(types, key=lambda t: (t[0] + t[1], t))


def sentence_texts(text: Text) -> tuple[list[str], np.ndarray | None]:
    """A text's sentences and, for a Document, the paragraph of each (soft hints to the aligner)."""
    if isinstance(text, Document):
        return text.sentence_texts, np.asarray(text.paragraph_of_sentence, dtype=np.int64)
    return [str(s) for s in text], None


def align(
    source: Text,
    target: Text,
    encoder: Encoder,
    *,
    anchors: Sequence[AnchorLike] = (),
    params: AlignParams | None = None,
    progress: ProgressCallback | None = None,
) -> Alignment:
    """Align two texts (Documents or lists of sentences) with ``encoder``.

    ``anchors`` are beads a reviewer confirmed: they are kept exactly and only
    the stretches between them are re-aligned. ``progress(done, total)``
    reports embedding progress over both texts.
    """
    params = params or AlignParams()
    src_sents, src_par = sentence_texts(source)
    tgt_sents, tgt_par = sentence_texts(target)
    src_win = embed_text(src_sents, encoder, params, _shifted(progress, 0, len(src_sents) + len(tgt_sents)))
    tgt_win = embed_text(
        tgt_sents, encoder, params, _shifted(progress, len(src_sents), len(src_sents) + len(tgt_sents))
    )
    return align_embeddings(
        src_win,
        tgt_win,
        anchors=anchors,
        params=params,
        source_paragraphs=src_par,
        target_paragraphs=tgt_par,
        model=str(getattr(encoder, "name", "")),
    )


def _shifted(progress: ProgressCallback | None, base: int, total: int) -> ProgressCallback | None:
    """Map one side's encode progress onto the sentences of both sides."""
    if progress is None:
        return None

    def report(done: int, side_total: int) -> None:
        side = total - base if base else total
        progress(min(total, base + round(done / max(side_total, 1) * side)), total)

    return report


def embed_text(
    sentences: list[str], encoder: Encoder, params: AlignParams, progress: ProgressCallback | None
) -> WindowEmbeddings:
    """The window embeddings of one text, as ``align`` makes them (for callers that align many
    pairs or three texts from the same embeddings)."""
    if params.windows == "mean":
        vecs = encoder.encode(sentences, progress=progress) if sentences else np.zeros((0, encoder.dim))
        lengths = [len(s.strip()) for s in sentences]
        return WindowEmbeddings.from_sentence_vectors(
            np.asarray(vecs, dtype=np.float32).reshape(len(sentences), -1), params.max_size, lengths
        )
    return embed_windows(sentences, encoder, params.max_size, progress)


def align_embeddings(
    source: WindowEmbeddings,
    target: WindowEmbeddings,
    *,
    anchors: Sequence[AnchorLike] = (),
    params: AlignParams | None = None,
    source_paragraphs: Sequence[int] | np.ndarray | None = None,
    target_paragraphs: Sequence[int] | np.ndarray | None = None,
    model: str = "",
) -> Alignment:
    """Align two texts given their window embeddings (the part without any model).

    Paragraph numbers per sentence, when given for both sides, act as soft hints.
    """
    with threadpool_limits(limits=1, user_api="blas"):
        # the products here are small: extra BLAS threads only add overhead
        return _align_embeddings(
            source, target, anchors, params or AlignParams(), source_paragraphs, target_paragraphs, model
        )


def _align_embeddings(
    source: WindowEmbeddings,
    target: WindowEmbeddings,
    anchors: Sequence[AnchorLike],
    params: AlignParams,
    source_paragraphs: Sequence[int] | np.ndarray | None,
    target_paragraphs: Sequence[int] | np.ndarray | None,
    model: str,
) -> Alignment:
    if params.max_size > source.max_size or params.max_size > target.max_size:
        params = replace(params, max_size=min(source.max_size, target.max_size))
    n, m = source.n, target.n
    fixed, forced_src, forced_tgt = _check_anchors(anchors, n, m)
    ctx = _Context(source, target, params, _paragraph_starts(source_paragraphs, target_paragraphs, n, m))
    ctx.forced_src[list(forced_src)] = True
    ctx.forced_tgt[list(forced_tgt)] = True

    beads: list[_Found] = []
    s0 = t0 = 0
    for src_ids, tgt_ids in fixed + [((n,), (m,))]:
        s1, t1 = src_ids[0], tgt_ids[0]
        beads.extend(_align_gap(ctx, s0, s1, t0, t1))
        if s1 < n or t1 < m:
            beads.append(_Found(src_ids, tgt_ids, fixed=True))
        s0, t0 = src_ids[-1] + 1, tgt_ids[-1] + 1
    out, calibration, check = _score(ctx, beads)
    record = asdict(params)
    record["calibration"] = calibration.as_dict()
    record["translation_check"] = check.as_dict()
    return Alignment(beads=out, model=model, params=record, translation=check)


class _Context:
    """What every gap of one document shares."""

    def __init__(
        self,
        source: WindowEmbeddings,
        target: WindowEmbeddings,
        params: AlignParams,
        starts: tuple[np.ndarray, np.ndarray] | None,
    ) -> None:
        self.source = source
        self.target = target
        self.params = params
        self.types = params.bead_types()
        self.starts = starts
        total_s = float(source.lengths[0].sum()) if source.n else 0.0
        total_t = float(target.lengths[0].sum()) if target.n else 0.0
        self.log_ratio = float(np.log((total_t + 1.0) / (total_s + 1.0)))
        self.forced_src = np.zeros(source.n, dtype=bool)
        self.forced_tgt = np.zeros(target.n, dtype=bool)
        self.path: np.ndarray | None = None
        self.null_level = 0.0
        self.scale = 1.0
        if source.n and target.n:
            src_vectors, tgt_vectors = source.sentence_vectors(), target.sentence_vectors()
            self.path = _rough(src_vectors, tgt_vectors, params)
            self.null_level, self.scale = _similarity_levels(src_vectors, tgt_vectors, self.path)
            del src_vectors, tgt_vectors  # copies of (n, dim): not kept for the gaps
            self.log_ratio = _length_ratio(source.lengths[0], target.lengths[0], self.path, self.log_ratio)


MIN_LEVEL_PAIRS = 8


def _rough(src: np.ndarray, tgt: np.ndarray, p: AlignParams) -> np.ndarray:
    return rough_path(
        src, tgt, skip=p.rough_skip, margin_k=p.margin_k, radius=p.rough_radius, max_cells=p.rough_max_cells
    )


def _length_ratio(src_len: np.ndarray, tgt_len: np.ndarray, path: np.ndarray, fallback: float) -> float:
    """Typical log length ratio target/source of sentence pairs on the rough path.

    Taken from matched pairs rather than whole-text totals, so a target that
    translates only part of the source (quoted originals) is not thought wordier.
    """
    steps = np.diff(path, axis=0)
    diag = path[:-1][(steps[:, 0] == 1) & (steps[:, 1] == 1)]
    if len(diag) == 0:
        return fallback
    ratios = np.log((tgt_len[diag[:, 1]] + 10.0) / (src_len[diag[:, 0]] + 10.0))
    return float(np.median(ratios))


def _similarity_levels(src: np.ndarray, tgt: np.ndarray, path: np.ndarray) -> tuple[float, float]:
    """(typical cosine of unrelated sentences, typical gap up to translations) in this document.

    Translations: the 1:1 steps of the rough path; unrelated: the same source
    sentences against targets 3 and 6 sentences away (in a short text: every
    pair off the path). All similarities are measured in these units, so the
    parameters mean the same for a model that puts unrelated pairs at 0.1 (USE)
    and one that puts them at 0.8 (e5). A text too short to tell keeps raw cosines.
    """
    steps = np.diff(path, axis=0)
    diag = path[:-1][(steps[:, 0] == 1) & (steps[:, 1] == 1)]
    if len(diag) == 0:
        return 0.0, 1.0
    i, j = diag[:, 0], diag[:, 1]
    matched = np.einsum("ij,ij->i", src[i], tgt[j])
    if len(diag) >= MIN_LEVEL_PAIRS:
        shifted = []
        for delta in (-6, -3, 3, 6):
            ok = (j + delta >= 0) & (j + delta < len(tgt))
            shifted.append(np.einsum("ij,ij->i", src[i[ok]], tgt[j[ok] + delta]))
        unrelated = np.concatenate(shifted)
    else:
        rows = np.arange(min(len(src), 200))
        table = src[rows] @ tgt[: 200 * 50].T
        off_path = np.ones(table.shape, dtype=bool)
        keep = i < len(rows)
        off_path[i[keep], np.minimum(j[keep], table.shape[1] - 1)] = False
        unrelated = table[off_path]
    if len(unrelated) == 0:
        return 0.0, 1.0
    null = float(np.median(unrelated))
    match = float(np.median(matched))
    return null, max(match - null, 0.05)


def _paragraph_starts(
    src_par: Sequence[int] | np.ndarray | None, tgt_par: Sequence[int] | np.ndarray | None, n: int, m: int
) -> tuple[np.ndarray, np.ndarray] | None:
    """Which sentences open a paragraph, when both sides have real paragraphs."""
    if src_par is None or tgt_par is None:
        return None
    sp = np.asarray(src_par, dtype=np.int64)
    tp = np.asarray(tgt_par, dtype=np.int64)
    if len(sp) != n or len(tp) != m or len(np.unique(sp)) < 2 or len(np.unique(tp)) < 2:
        return None
    s_start = np.ones(n, dtype=bool)
    t_start = np.ones(m, dtype=bool)
    s_start[1:] = sp[1:] != sp[:-1]
    t_start[1:] = tp[1:] != tp[:-1]
    return s_start, t_start


def _check_anchors(
    anchors: Sequence[AnchorLike], n: int, m: int
) -> tuple[list[tuple[tuple[int, ...], tuple[int, ...]]], set[int], set[int]]:
    """Validate confirmed beads: contiguous, in range, not overlapping, in order."""
    fixed = []
    forced_src: set[int] = set()
    forced_tgt: set[int] = set()
    seen_s: set[int] = set()
    seen_t: set[int] = set()
    for anchor in anchors:
        src, tgt = (anchor.source_ids, anchor.target_ids) if isinstance(anchor, Bead) else anchor
        src = tuple(sorted(int(i) for i in src))
        tgt = tuple(sorted(int(j) for j in tgt))
        for ids, size, side in ((src, n, "source"), (tgt, m, "target")):
            if ids and (ids[0] < 0 or ids[-1] >= size):
                raise ValueError(f"anchor {src}:{tgt} points outside the {side} ({size} sentences)")
            if ids and ids != tuple(range(ids[0], ids[-1] + 1)):
                raise ValueError(f"anchor {src}:{tgt} is not a run of consecutive sentences")
        if seen_s & set(src) or seen_t & set(tgt):
            raise ValueError(f"anchor {src}:{tgt} overlaps another anchor")
        seen_s.update(src)
        seen_t.update(tgt)
        if src and tgt:
            fixed.append((src, tgt))
        elif src:
            forced_src.update(src)
        elif tgt:
            forced_tgt.update(tgt)
    fixed.sort()
    for (s_a, t_a), (s_b, t_b) in zip(fixed, fixed[1:], strict=False):
        if t_a[-1] >= t_b[0]:
            raise ValueError(f"anchors {s_a}:{t_a} and {s_b}:{t_b} cross each other")
    return fixed, forced_src, forced_tgt


@dataclass(frozen=True)
class _Found:
    """A bead as the search found it: ids, whether confirmed, and its marginal.

    ``marginal``: the share of the band's path weight that passes through this
    bead (NaN where nothing was searched, e.g. a stretch with one side empty).
    """

    source_ids: tuple[int, ...]
    target_ids: tuple[int, ...]
    fixed: bool = False
    marginal: float = float("nan")


def _align_gap(ctx: _Context, s0: int, s1: int, t0: int, t1: int) -> list[_Found]:
    """Align source s0..s1-1 with target t0..t1-1 (global ids in the result)."""
    n, m = s1 - s0, t1 - t0
    if n <= 0 and m <= 0:
        return []
    if n <= 0 or m <= 0:
        return [_Found((i,), ()) for i in range(s0, s1)] + [_Found((), (j,)) for j in range(t0, t1)]
    p = ctx.params
    src, tgt = ctx.source, ctx.target
    src_index = src.index[: p.max_size, s0:s1]
    tgt_index = tgt.index[: p.max_size, t0:t1]
    if ctx.path is not None and (n, m) == (src.n, tgt.n):
        path = ctx.path
    else:
        path = _rough(src.vectors[src_index[0]], tgt.vectors[tgt_index[0]], p)
    band = band_around(path, n, m, p.band_radius)
    types = [(a, b) for a, b in ctx.types if a <= n and b <= m]
    values, skip_s, skip_t = bead_values(ctx, band, types, s0, t0, src_index, tgt_index)
    type_a = np.array([a for a, _ in types], dtype=np.int64)
    type_b = np.array([b for _, b in types], dtype=np.int64)
    back, _ = _kernels.band_dp(band.lo, band.hi, band.off, type_a, type_b, values, skip_s, skip_t)
    rows = _kernels.trace_back(band.lo, band.off, type_a, type_b, back, n, m)
    if p.split_slack > 0:
        rows = split_merged(rows, band, types, values, skip_s, skip_t, p.split_slack)
    marginals = _kernels.bead_marginals(
        band.lo, band.hi, band.off, type_a, type_b, values, skip_s, skip_t, p.temperature, rows
    )
    found = []
    for (i, a, j, b), marginal in zip(rows.tolist(), marginals.tolist(), strict=True):
        src_ids = tuple(range(s0 + i, s0 + i + a))
        found.append(_Found(src_ids, tuple(range(t0 + j, t0 + j + b)), marginal=marginal))
    return found


def bead_values(
    ctx: _Context,
    band: Band,
    types: list[tuple[int, int]],
    s0: int,
    t0: int,
    src_index: np.ndarray,
    tgt_index: np.ndarray,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Value of every bead of every type ending at a band node, and of each skip.

    See the module docstring. Returns (values[type, node], skip_src, skip_tgt).
    """
    p = ctx.params
    n, m = band.n, band.m
    # similarities of every window pair (also sizes no bead uses) feed the margin references
    all_types = list(types) + [
        (a, b)
        for a in range(1, min(p.max_size, n) + 1)
        for b in range(1, min(p.max_size, m) + 1)
        if (a, b) not in types
    ]
    sims = band_similarities(ctx.source.vectors, src_index, ctx.target.vectors, tgt_index, band, all_types)
    impossible = sims <= _kernels.NEG / 2
    sims -= np.float32(ctx.null_level)  # in place: sims is (types, band nodes), the largest array here
    sims /= np.float32(ctx.scale)
    sims[impossible] = _kernels.NEG
    del impossible
    type_a = np.array([a for a, _ in all_types], dtype=np.int64)
    type_b = np.array([b for _, b in all_types], dtype=np.int64)
    ref_s, ref_t = _kernels.window_refs(
        band.lo, band.hi, band.off, type_a, type_b, sims, n, m, p.max_size, p.margin_k
    )
    rows, cols = band.cells()
    src_len = ctx.source.lengths[:, s0 : s0 + n]
    tgt_len = ctx.target.lengths[:, t0 : t0 + m]
    forced_s = np.concatenate([[0], np.cumsum(ctx.forced_src[s0 : s0 + n])])
    forced_t = np.concatenate([[0], np.cumsum(ctx.forced_tgt[t0 : t0 + m])])
    if ctx.starts is not None:
        s_start = ctx.starts[0][s0 : s0 + n]
        t_start = ctx.starts[1][t0 : t0 + m]
        s_inner = np.concatenate([[0], np.cumsum(s_start)])
        t_inner = np.concatenate([[0], np.cumsum(t_start)])
    lexical = _lexical_similarities(ctx, band, types, s0, t0)
    values = np.empty((len(types), band.size), dtype=np.float32)
    for t, (a, b) in enumerate(types):
        sim = sims[t].astype(np.float64)
        valid = sim > _kernels.NEG / 2
        valid &= (rows >= a) & (cols >= b)
        i = np.where(valid, rows - a, 0)
        j = np.where(valid, cols - b, 0)
        margin = sim - p.margin_weight * 0.5 * (ref_s[a - 1, i] + ref_t[b - 1, j])
        log_len = np.log((tgt_len[b - 1, j] + 10.0) / (src_len[a - 1, i] + 10.0)) - ctx.log_ratio
        if lexical is not None:
            lex_sims, has_s, has_t = lexical
            both = has_s[a - 1, s0 + i] & has_t[b - 1, t0 + j]
            margin += np.where(both, p.lexical_weight * (lex_sims[t] - p.lexical_offset), 0.0)
        value = (margin - p.offset) * (a + b) / 2.0
        value -= p.length_weight * np.abs(log_len) + p.merge_penalty * (a + b - 2)
        if ctx.starts is not None and p.paragraph_weight:
            crossings = (s_inner[i + a] - s_inner[i + 1]) + (t_inner[j + b] - t_inner[j + 1])
            mismatch = s_start[i] != t_start[j]
            value -= p.paragraph_weight * (crossings + 0.5 * mismatch)
        valid &= (forced_s[i + a] - forced_s[i] == 0) & (forced_t[j + b] - forced_t[j] == 0)
        values[t] = np.where(valid, value, _kernels.NEG)
    skip_s = p.skip + p.skip_adapt * np.maximum(0.0, p.skip_floor - ref_s[0])
    skip_t = p.skip + p.skip_adapt * np.maximum(0.0, p.skip_floor - ref_t[0])
    return values, skip_s, skip_t


def _lexical_similarities(
    ctx: _Context, band: Band, types: list[tuple[int, int]], s0: int, t0: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """Cosines of the windows' lexical bags per bead type and node, and which windows have a bag
    at all (None when unused). See ``AlignParams.lexical_weight``."""
    src, tgt = ctx.source.lexical, ctx.target.lexical
    if not ctx.params.lexical_weight or src is None or tgt is None:
        return None
    k = ctx.params.max_size
    sims = band_similarities(src.vectors, src.index[:k, s0:], tgt.vectors, tgt.index[:k, t0:], band, types)
    has_s = src.vectors.any(axis=1)[src.index[:k]]
    has_t = tgt.vectors.any(axis=1)[tgt.index[:k]]
    return sims.astype(np.float64), has_s, has_t


def _pair_cosines(
    src: WindowEmbeddings, tgt: WindowEmbeddings, s0: np.ndarray, a: np.ndarray, t0: np.ndarray, b: np.ndarray
) -> np.ndarray:
    """Cosine of source window (s0, a) and target window (t0, b), many at once."""
    out = np.zeros(len(s0))
    small = (a <= src.max_size) & (b <= tgt.max_size)
    if small.any():
        rows_s = src.index[a[small] - 1, s0[small]]
        rows_t = tgt.index[b[small] - 1, t0[small]]
        out[small] = np.einsum("ij,ij->i", src.vectors[rows_s], tgt.vectors[rows_t])
    for k in np.flatnonzero(~small):  # only confirmed beads can be longer than a window
        out[k] = float(src.window(int(s0[k]), int(a[k])) @ tgt.window(int(t0[k]), int(b[k])))
    return out


def _score(ctx: _Context, beads: list[_Found]) -> tuple[list[Bead], Calibration, TranslationCheck]:
    """Raw similarity of each bead and its calibrated probability (see ``alignment.calibration``)."""
    src, tgt = ctx.source, ctx.target
    count = len(beads)
    a = np.array([len(f.source_ids) for f in beads], dtype=np.int64)
    b = np.array([len(f.target_ids) for f in beads], dtype=np.int64)
    s0 = np.array([f.source_ids[0] if f.source_ids else 0 for f in beads], dtype=np.int64)
    t0 = np.array([f.target_ids[0] if f.target_ids else 0 for f in beads], dtype=np.int64)
    fixed = np.array([f.fixed for f in beads], dtype=bool)
    marginal = np.array([f.marginal for f in beads], dtype=np.float64)
    both = (a > 0) & (b > 0)
    sims = np.zeros(count)
    sims[both] = _pair_cosines(src, tgt, s0[both], a[both], t0[both], b[both])

    # an unaligned sentence: its raw best cosine with the 6 sentences around its place on the other side
    pos_s = np.concatenate([[0], np.cumsum(a)[:-1]]) if count else np.zeros(0, np.int64)
    pos_t = np.concatenate([[0], np.cumsum(b)[:-1]]) if count else np.zeros(0, np.int64)
    for side_has, own, other_pos, own_win, other_win in (
        ((a > 0) & (b == 0), s0, pos_t, src, tgt),
        ((a == 0) & (b > 0), t0, pos_s, tgt, src),
    ):
        k = np.flatnonzero(side_has)
        if not len(k) or not other_win.n:
            sims[k] = -1.0
            continue
        best = np.full(len(k), -1.0)
        own_vec = own_win.vectors[own_win.index[0, own[k]]]
        for delta in range(-3, 3):
            j = other_pos[k] + delta
            ok = (j >= 0) & (j < other_win.n)
            vec = other_win.vectors[other_win.index[0, np.clip(j, 0, other_win.n - 1)]]
            cos = np.einsum("ij,ij->i", own_vec, vec)
            best = np.where(ok, np.maximum(best, cos), best)
        sims[k] = best

    # the document's own wrong pairs: each aligned bead against same-size target windows nearby
    free = np.flatnonzero(both & ~fixed & (a <= src.max_size) & (b <= tgt.max_size))
    shifted = np.full((len(free), 4), np.nan)
    for col, (sign, extra) in enumerate(((-1, 2), (1, 2), (-1, 5), (1, 5))):
        j = t0[free] + sign * (b[free] + extra)
        ok = (j >= 0) & (j + b[free] <= tgt.n)
        k = free[ok]
        shifted[ok, col] = _pair_cosines(src, tgt, s0[k], a[k], j[ok], b[k])
    # column by column, as the shifted pairs were always pooled
    plausibility = fit_plausibility(sims[free], shifted.T[np.isfinite(shifted.T)])
    check = check_translation(sims[free], shifted, a[free] + b[free], src.n, tgt.n)
    calibration = Calibration(plausibility, temperature=ctx.params.temperature)
    marginal = np.where(np.isfinite(marginal), marginal, 1.0)  # no choice was made: nothing to doubt
    scores = np.where(
        both, calibration.matched(marginal, a, b, sims), calibration.skipped(marginal, sims)
    )
    scores[fixed] = 1.0
    out = [
        Bead(tuple(f.source_ids), tuple(f.target_ids), score=float(scores[k]), similarity=float(sims[k]))
        for k, f in enumerate(beads)
    ]
    return out, calibration, check
