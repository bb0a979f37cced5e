"""Strict and lax precision/recall/F1 of a sentence alignment against a gold one.

Written from the definitions used by the published Text+Berg results (the
scoring of Vecalign's ``score.py``), so figures are comparable with them:

* A bead is a pair ``(source_ids, target_ids)`` of sentence-index tuples.
  Beads with both sides empty are ignored everywhere.
* **Precision** looks at *every* predicted bead, 1:0 and 0:1 included.
  - strict: right when the bead is exactly a gold bead;
  - lax: right when it is exactly a gold bead, or when it shares at least one
    source sentence *and* at least one target sentence with some gold bead.
    (So a predicted 1:0/0:1 bead only counts when it is exactly in the gold.)
* **Recall** looks only at gold beads with both sides non-empty, and matches
  them against the predicted beads with both sides non-empty, with the same
  strict / lax test (gold and prediction swap roles).
* Lax is therefore *bead overlap* on both sides, not a count of sentence-pair
  links: a predicted 3:3 bead that overlaps a gold 1:1 bead is one lax hit.
* Over several documents the counts are summed first (micro-average), then
  precision, recall and F1 are computed from the sums.

Gold files (``*.defr`` in the benchmark) hold one bead a line:
``[src indices]:[tgt indices]``, e.g. ``[4]:[5, 6, 7]`` or ``[]:[12]``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

BeadPair = tuple[tuple[int, ...], tuple[int, ...]]


@dataclass
class Counts:
    """True/false positive counts for precision (or, swapped, recall)."""

    strict_tp: int = 0
    strict_fp: int = 0
    lax_tp: int = 0
    lax_fp: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.strict_tp + other.strict_tp,
            self.strict_fp + other.strict_fp,
            self.lax_tp + other.lax_tp,
            self.lax_fp + other.lax_fp,
        )


@dataclass
class Scores:
    """Strict and lax precision, recall and F1 plus the raw counts behind them."""

    strict_precision: float
    strict_recall: float
    strict_f1: float
    lax_precision: float
    lax_recall: float
    lax_f1: float
    precision_counts: Counts = field(default_factory=Counts)
    recall_counts: Counts = field(default_factory=Counts)

    def as_dict(self) -> dict[str, float]:
        return {
            "strict_precision": self.strict_precision,
            "strict_recall": self.strict_recall,
            "strict_f1": self.strict_f1,
            "lax_precision": self.lax_precision,
            "lax_recall": self.lax_recall,
            "lax_f1": self.lax_f1,
        }


def _normalise(beads: Iterable[Sequence[Sequence[int]]]) -> list[BeadPair]:
    out = []
    for src, tgt in beads:
        pair = (tuple(int(i) for i in src), tuple(int(j) for j in tgt))
        if pair[0] or pair[1]:
            out.append(pair)
    return out


def _count(reference: list[BeadPair], predicted: list[BeadPair]) -> Counts:
    """Judge each predicted bead against the reference beads (strict and lax)."""
    exact = set(reference)
    src_owner: dict[int, list[int]] = {}
    tgt_owner: dict[int, list[int]] = {}
    for k, (src, tgt) in enumerate(reference):
        for i in src:
            src_owner.setdefault(i, []).append(k)
        for j in tgt:
            tgt_owner.setdefault(j, []).append(k)
    counts = Counts()
    for src, tgt in predicted:
        if (src, tgt) in exact:
            counts.strict_tp += 1
            counts.lax_tp += 1
            continue
        counts.strict_fp += 1
        src_hits = {k for i in src for k in src_owner.get(i, ())}
        tgt_hits = {k for j in tgt for k in tgt_owner.get(j, ())}
        if src_hits & tgt_hits:
            counts.lax_tp += 1
        else:
            counts.lax_fp += 1
    return counts


def _ratio(tp: int, fp: int) -> float:
    return tp / (tp + fp) if tp + fp else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def document_counts(
    gold: Iterable[Sequence[Sequence[int]]], predicted: Iterable[Sequence[Sequence[int]]]
) -> tuple[Counts, Counts]:
    """(precision counts, recall counts) of one document."""
    gold_beads = _normalise(gold)
    pred_beads = _normalise(predicted)
    precision = _count(gold_beads, pred_beads)
    gold_both = [b for b in gold_beads if b[0] and b[1]]
    pred_both = [b for b in pred_beads if b[0] and b[1]]
    recall = _count(pred_both, gold_both)
    return precision, recall


def scores_from_counts(precision: Counts, recall: Counts) -> Scores:
    """Precision, recall and F1 (strict and lax) from summed counts."""
    sp = _ratio(precision.strict_tp, precision.strict_fp)
    sr = _ratio(recall.strict_tp, recall.strict_fp)
    lp = _ratio(precision.lax_tp, precision.lax_fp)
    lr = _ratio(recall.lax_tp, recall.lax_fp)
    return Scores(sp, sr, _f1(sp, sr), lp, lr, _f1(lp, lr), precision, recall)


def score(
    gold: Iterable[Sequence[Sequence[int]]], predicted: Iterable[Sequence[Sequence[int]]]
) -> Scores:
    """Strict/lax scores of one document."""
    return scores_from_counts(*document_counts(gold, predicted))


def score_many(
    golds: Sequence[Iterable[Sequence[Sequence[int]]]],
    predictions: Sequence[Iterable[Sequence[Sequence[int]]]],
) -> Scores:
    """Micro-averaged scores over several documents (counts summed, then ratios)."""
    if len(golds) != len(predictions):
        raise ValueError("need one prediction per gold document")
    precision, recall = Counts(), Counts()
    for gold, pred in zip(golds, predictions, strict=True):
        p, r = document_counts(gold, pred)
        precision, recall = precision + p, recall + r
    return scores_from_counts(precision, recall)


def review_precision_counts(
    automatic: Iterable[Sequence[Sequence[int]]],
    reviewed: Iterable[Sequence[Sequence[int]]],
    rejected: Iterable[Sequence[Sequence[int]]],
) -> tuple[int, int, int]:
    """(judged, strict correct, lax correct) of a machine's beads against reviewers' decisions so far.

    Unlike ``score`` there is no complete gold: reviewers judge as they go, so only the automatic
    beads they have judged count. One is judged when a reviewer rejected it outright (then it is
    wrong), or when all its sentences lie in ``reviewed`` beads (those a reviewer decided are right).
    Strict: it equals a reviewed bead. Lax: it shares at least one source and one target sentence
    with a reviewed bead, an empty side matching an empty side (so a 1:0 bead inside a reviewed
    omission counts). The workbench's quality figure (``db.views.Quality``) is made of these counts.
    """
    gold = [(tuple(src), tuple(tgt)) for src, tgt in reviewed]
    wrong = {(tuple(src), tuple(tgt)) for src, tgt in rejected}
    gold_set = set(gold)
    covered_src = {x for src, _ in gold for x in src}
    covered_tgt = {x for _, tgt in gold for x in tgt}
    judged = strict = lax = 0
    for src, tgt in ((tuple(s), tuple(t)) for s, t in automatic):
        if (src, tgt) in wrong:
            judged += 1
            continue
        if not (set(src) <= covered_src and set(tgt) <= covered_tgt):
            continue
        judged += 1
        if (src, tgt) in gold_set:
            strict += 1
            lax += 1
        elif any(_sides_overlap(src, g_src) and _sides_overlap(tgt, g_tgt) for g_src, g_tgt in gold):
            lax += 1
    return judged, strict, lax


def _sides_overlap(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    """One side of two beads overlaps: a sentence in common, or both empty."""
    return bool(set(a) & set(b)) if a or b else True


def parse_gold_line(line: str) -> BeadPair:
    """``[1, 2]:[3]`` → ((1, 2), (3,)); raises ValueError on anything else."""
    text = line.strip()
    left, sep, right = text.partition("]:[")
    if not sep or not left.startswith("[") or not right.endswith("]"):
        raise ValueError(f"not a bead line: {line!r}")

    def ids(part: str) -> tuple[int, ...]:
        part = part.strip()
        return tuple(int(x) for x in part.split(",")) if part else ()

    return ids(left[1:]), ids(right[:-1])


def read_gold(path: str | Path) -> list[BeadPair]:
    """Read a gold alignment file (one ``[..]:[..]`` bead a line, blank lines skipped)."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [parse_gold_line(line) for line in lines if line.strip()]


@dataclass(frozen=True)
class GoldDocument:
    """One benchmark document: its two sides (one sentence a line) and its gold beads."""

    name: str
    source_path: Path
    target_path: Path
    gold_path: Path


def find_gold_documents(gold_dir: str | Path, split: str) -> list[GoldDocument]:
    """The documents of a split in a Bleualign/Vecalign-style folder.

    A gold file ``<name>.<xy>`` (e.g. ``test0.defr``) goes with ``<name>.<x>`` and
    ``<name>.<y>`` (``test0.de``, ``test0.fr``); ``split`` selects the names that
    start with it (``dev``, ``test``), in natural order (test2 before test10).
    """
    import re

    folder = Path(gold_dir)
    if not folder.is_dir():
        raise FileNotFoundError(f"no such folder: {folder}")
    found = []
    for gold in folder.iterdir():
        name, dot, ext = gold.name.partition(".")
        if not dot or not name.startswith(split) or not gold.is_file():
            continue
        for cut in range(1, len(ext)):
            src = folder / f"{name}.{ext[:cut]}"
            tgt = folder / f"{name}.{ext[cut:]}"
            if src.is_file() and tgt.is_file():
                found.append(GoldDocument(name, src, tgt, gold))
                break

    def natural(doc: GoldDocument) -> list[object]:
        return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", doc.name)]

    return sorted(found, key=natural)


def read_lines(path: str | Path) -> list[str]:
    """Sentences of a one-sentence-a-line file (line numbers are sentence ids)."""
    lines = Path(path).read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.rstrip("\r") for line in lines]


def evaluate_documents(
    documents: Sequence[GoldDocument],
    encoder: object,
    params: object | None = None,
    progress: Callable[[str, int, int], None] | None = None,
) -> dict[str, object]:
    """Align every document with ``encoder`` and score it against its gold.

    Returns the micro-averaged figures (``strict_f1``, ``lax_f1``, ``precision``
    and ``recall`` — the strict ones, as published — plus the lax ones), the
    seconds spent embedding and aligning, and per-document figures.
    ``progress(document, done, total)`` reports embedding progress.
    """
    import time

    from alignment.aligner import AlignParams, align_embeddings, embed_text

    params = params if isinstance(params, AlignParams) else AlignParams()
    golds, predictions, per_doc = [], [], []
    embed_seconds = align_seconds = 0.0
    for doc in documents:
        src, tgt = read_lines(doc.source_path), read_lines(doc.target_path)
        gold = read_gold(doc.gold_path)

        def report(done: int, total: int, name: str = doc.name) -> None:
            if progress is not None:
                progress(name, done, total)

        start = time.perf_counter()
        src_win = embed_text(src, encoder, params, report)  # type: ignore[arg-type]
        tgt_win = embed_text(tgt, encoder, params, report)  # type: ignore[arg-type]
        middle = time.perf_counter()
        alignment = align_embeddings(src_win, tgt_win, params=params, model=str(getattr(encoder, "name", "")))
        end = time.perf_counter()
        embed_seconds += middle - start
        align_seconds += end - middle
        predicted = [(b.source_ids, b.target_ids) for b in alignment.beads]
        golds.append(gold)
        predictions.append(predicted)
        one = score(gold, predicted)
        per_doc.append(
            {
                "name": doc.name,
                "source_sentences": len(src),
                "target_sentences": len(tgt),
                "gold_beads": len(gold),
                "predicted_beads": len(predicted),
                "strict_f1": round(one.strict_f1, 4),
                "lax_f1": round(one.lax_f1, 4),
                "precision": round(one.strict_precision, 4),
                "recall": round(one.strict_recall, 4),
                "embed_seconds": round(middle - start, 3),
                "align_seconds": round(end - middle, 3),
                "translation": alignment.translation.as_dict() if alignment.translation else None,
            }
        )
    total = score_many(golds, predictions)
    return {
        "strict_f1": round(total.strict_f1, 4),
        "lax_f1": round(total.lax_f1, 4),
        "precision": round(total.strict_precision, 4),
        "recall": round(total.strict_recall, 4),
        "lax_precision": round(total.lax_precision, 4),
        "lax_recall": round(total.lax_recall, 4),
        "seconds": round(embed_seconds + align_seconds, 3),
        "embed_seconds": round(embed_seconds, 3),
        "align_seconds": round(align_seconds, 3),
        "not_translations": sum(1 for d in per_doc
                                if d["translation"] and not d["translation"]["translation"]),
        "documents": per_doc,
    }
