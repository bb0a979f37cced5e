"""The aligner on hand-made documents and synthetic embeddings with a known alignment."""

from __future__ import annotations

import numpy as np
import pytest

from alignment.aligner import AlignParams, align, align_embeddings
from alignment.band import band_around, rough_path
from alignment.types import Alignment, Bead
from alignment.windows import WindowEmbeddings, window_texts
from corpora.types import Document, Paragraph, Sentence
from models.fake import HashingEncoder


def pairs(alignment: Alignment) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(b.source_ids, b.target_ids) for b in alignment.beads]


def assert_valid(alignment: Alignment, n: int, m: int) -> None:
    """Beads cover 0..n-1 and 0..m-1 exactly once, in order, with no empty bead."""
    src = [i for b in alignment.beads for i in b.source_ids]
    tgt = [j for b in alignment.beads for j in b.target_ids]
    assert src == list(range(n))
    assert tgt == list(range(m))
    assert all(b.source_ids or b.target_ids for b in alignment.beads)
    assert all(0.0 <= b.score <= 1.0 for b in alignment.beads)


def synthetic(kinds: list[tuple[int, int]], dim: int = 96, noise: float = 0.15, seed: int = 0):
    """Sentence vectors whose gold alignment is ``kinds`` (a list of a:b bead sizes).

    A bead of a source and b target sentences is made of an a×b grid of random
    "atoms": source sentence p holds row p, target sentence q holds column q, so
    both sides of the bead sum to the same vector while no single pair of
    sentences matches alone. Lengths grow with the atoms, as real text does.
    """
    rng = np.random.default_rng(seed)
    src, tgt, src_len, tgt_len, gold = [], [], [], [], []
    i = j = 0
    for a, b in kinds:
        atoms = rng.normal(size=(max(a, 1), max(b, 1), dim))
        for p in range(a):
            part = atoms[p] if b else atoms[p, :1]
            src.append(part.sum(0) + noise * rng.normal(size=dim) * np.sqrt(len(part)))
            src_len.append(35.0 * len(part) + rng.integers(0, 10))
        for q in range(b):
            part = atoms[:, q] if a else atoms[:1, q]
            tgt.append(part.sum(0) + noise * rng.normal(size=dim) * np.sqrt(len(part)))
            tgt_len.append(38.0 * len(part) + rng.integers(0, 10))
        gold.append((tuple(range(i, i + a)), tuple(range(j, j + b))))
        i, j = i + a, j + b
    s = WindowEmbeddings.from_sentence_vectors(np.array(src), 5, src_len)
    t = WindowEmbeddings.from_sentence_vectors(np.array(tgt), 5, tgt_len)
    return s, t, gold


MIXED = (
    [(1, 1)] * 6 + [(1, 2)] + [(1, 1)] * 4 + [(2, 1)] + [(1, 1)] * 3 + [(0, 1)] + [(1, 1)] * 5
    + [(1, 0)] + [(1, 1)] * 4 + [(2, 2)] + [(1, 1)] * 3 + [(1, 3)] + [(1, 1)] * 6
)


def test_synthetic_n_to_m_beads_are_recovered_exactly() -> None:
    s, t, gold = synthetic(MIXED)
    result = align_embeddings(s, t)
    assert_valid(result, s.n, t.n)
    assert pairs(result) == gold


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_long_synthetic_document_with_noise_is_mostly_right(seed: int) -> None:
    rng = np.random.default_rng(seed)
    menu = [(1, 1)] * 20 + [(1, 2), (2, 1), (0, 1), (1, 0), (2, 2), (1, 3), (3, 1)]
    kinds = [menu[k] for k in rng.integers(0, len(menu), size=400)]
    s, t, gold = synthetic(kinds, noise=0.3, seed=seed)
    result = align_embeddings(s, t)
    assert_valid(result, s.n, t.n)
    right = len(set(pairs(result)) & set(gold))
    assert right / len(gold) > 0.95


def test_rough_path_band_contains_the_true_path_on_a_long_text() -> None:
    kinds = ([(1, 1)] * 30 + [(1, 2)] + [(0, 1)] * 3) * 60
    s, t, gold = synthetic(kinds, noise=0.2, seed=5)
    path = rough_path(s.sentence_vectors(), t.sentence_vectors(), max_cells=20_000)  # forces 3+ levels
    band = band_around(path, s.n, t.n, AlignParams().band_radius)
    i = j = 0
    for src, tgt in gold:
        i, j = i + len(src), j + len(tgt)
        assert band.contains(i, j)
    assert band.size < 40 * (s.n + 1)  # a band, not the whole table


def test_confirmed_anchors_are_kept_exactly() -> None:
    s, t, gold = synthetic(MIXED)
    # force a wrong 2:1 bead and a 0:1 on a sentence that has a true partner
    wrong = ((3, 4), (3,))
    forced_skip = ((), (10,))
    result = align_embeddings(s, t, anchors=[Bead(*wrong), forced_skip])
    assert_valid(result, s.n, t.n)
    got = pairs(result)
    assert wrong in got and forced_skip in got
    anchored = [b for b in result.beads if (b.source_ids, b.target_ids) == wrong]
    assert anchored[0].score == 1.0
    # far from the anchors the alignment is unchanged
    assert [p for p in got if p[0] and p[0][0] > 20] == [p for p in gold if p[0] and p[0][0] > 20]


def test_anchors_matching_the_truth_leave_the_gaps_right() -> None:
    s, t, gold = synthetic(MIXED)
    anchors = gold[::4]
    result = align_embeddings(s, t, anchors=anchors)
    assert pairs(result) == gold


def test_bad_anchors_are_refused() -> None:
    s, t, _ = synthetic(MIXED)
    with pytest.raises(ValueError, match="cross"):
        align_embeddings(s, t, anchors=[((1,), (5,)), ((3,), (2,))])
    with pytest.raises(ValueError, match="outside"):
        align_embeddings(s, t, anchors=[((1,), (500,))])
    with pytest.raises(ValueError, match="consecutive"):
        align_embeddings(s, t, anchors=[((1, 3), (1,))])


def test_calibrated_scores_separate_right_beads_from_a_scrambled_stretch() -> None:
    s, t, gold = synthetic([(1, 1)] * 60, noise=0.2, seed=7)
    # replace target sentences 20..29 by unrelated vectors: no true partner any more
    rng = np.random.default_rng(8)
    vecs = t.sentence_vectors().copy()
    vecs[20:30] = rng.normal(size=(10, vecs.shape[1]))
    t2 = WindowEmbeddings.from_sentence_vectors(vecs, 5, t.lengths[0])
    result = align_embeddings(s, t2, anchors=[((k,), (k,)) for k in range(20, 30)])
    free = [b for b in result.beads if not 20 <= b.source_ids[0] < 30]
    assert min(b.score for b in free) > 0.8
    # the same sentences, now judged without anchors: low scores or left unaligned
    result = align_embeddings(s, t2)
    scrambled = [b for b in result.beads if b.source_ids and b.target_ids and 20 <= b.target_ids[0] < 30]
    assert all(b.score < 0.5 for b in scrambled)
    assert result.params["calibration"]["temperature"] > 0


@pytest.mark.parametrize(
    ("n", "m"), [(0, 0), (0, 3), (3, 0), (1, 1), (1, 4), (4, 1)]
)
def test_empty_and_one_sentence_sides_give_a_valid_alignment(n: int, m: int) -> None:
    src = [f"the river rose on day {k} of the storm" for k in range(n)]
    tgt = [f"the river rose on day {k} of the storm" for k in range(m)]
    result = align(src, tgt, HashingEncoder())
    assert_valid(result, n, m)
    if n == m == 1:
        assert pairs(result) == [((0,), (0,))]


SOURCE = [
    "The old bridge over the river was closed in March after engineers found deep cracks.",
    "Traffic now crosses ten kilometres further north.",
    "Shopkeepers in the town centre say their sales have fallen by a third since then, and several "
    "cafes have shortened their opening hours.",
    "The council promised a temporary footbridge by the summer.",
    "Nobody has seen any building work yet.",
    "Officials declined to comment.",
    "Meanwhile the ferry service has doubled its crossings.",
    "Tickets are free for residents until the bridge reopens.",
]
TARGET = [
    "The old bridge over the river was closed in March after engineers found deep cracks.",
    "Traffic now crosses ten kilometres further north.",
    "Shopkeepers in the town centre say their sales have fallen by a third since then.",  # 1:2
    "Several cafes have shortened their opening hours.",
    # 2:1
    "The council promised a temporary footbridge by the summer. Nobody has seen any building work yet.",
    "Picture credit: J. Kowalczyk, 2019.",  # 0:1
    # "Officials declined to comment." has no counterpart: 1:0
    "Meanwhile the ferry service has doubled its crossings.",
    "Tickets are free for residents until the bridge reopens.",
]
EXPECTED = [
    ((0,), (0,)), ((1,), (1,)), ((2,), (2, 3)), ((3, 4), (4,)), ((), (5,)), ((5,), ()),
    ((6,), (6,)), ((7,), (7,)),
]


def test_hand_made_document_with_1to2_2to1_0to1_1to0() -> None:
    result = align(SOURCE, TARGET, HashingEncoder())
    assert_valid(result, len(SOURCE), len(TARGET))
    assert pairs(result) == EXPECTED
    assert result.model == "hashing-256"


def _document(paragraphs: list[list[str]], lang: str) -> Document:
    sentences, paras, k, pos = [], [], 0, 0
    for p, texts in enumerate(paragraphs):
        start = pos
        for text in texts:
            sentences.append(Sentence(f"s{k}", k, p, pos, pos + len(text), text))
            pos += len(text) + 1
            k += 1
        paras.append(Paragraph(p, start, pos, " ".join(texts)))
    text = " ".join(s.text for s in sentences)
    return Document(text=text, lang=lang, paragraphs=paras, sentences=sentences)


def test_documents_with_paragraphs_align_and_paragraph_hints_are_soft() -> None:
    src = _document([SOURCE[:2], SOURCE[2:5], SOURCE[5:]], "en")
    tgt = _document([TARGET[:2], TARGET[2:5], TARGET[5:]], "en")
    result = align(src, tgt, HashingEncoder())
    assert pairs(result) == EXPECTED
    # paragraphs that disagree with the content do not force a wrong alignment
    tgt_bad = _document([TARGET[:3], TARGET[3:]], "en")
    assert pairs(align(src, tgt_bad, HashingEncoder())) == EXPECTED
    # ... but they are read: weighted heavily, they change the result
    heavy = AlignParams(paragraph_weight=5.0)
    assert pairs(align(src, tgt_bad, HashingEncoder(), params=heavy)) != EXPECTED
    assert pairs(align(src, tgt, HashingEncoder(), params=heavy)) == EXPECTED


def test_each_distinct_window_is_embedded_once() -> None:
    texts, index = window_texts(["a", "b", "a", "b"], 3)
    assert texts.count("a b") == 1
    assert index[1, 0] == index[1, 2]
    assert (index[2, 2:] == -1).all()

    class Counting(HashingEncoder):
        calls = 0

        def encode(self, texts, batch_size=32, progress=None):  # type: ignore[override]
            Counting.calls += len(texts)
            return super().encode(texts, batch_size, progress)

    align(["a", "b", "a", "b"], ["a", "b"], Counting())
    distinct = len(window_texts(["a", "b", "a", "b"], 5)[0]) + len(window_texts(["a", "b"], 5)[0])
    assert Counting.calls == distinct


def test_mean_windows_option_needs_only_sentence_embeddings() -> None:
    result = align(SOURCE, TARGET, HashingEncoder(), params=AlignParams(windows="mean"))
    assert_valid(result, len(SOURCE), len(TARGET))
    assert ((0,), (0,)) in pairs(result)


def test_progress_reports_reach_the_total() -> None:
    seen: list[tuple[int, int]] = []
    align(SOURCE, TARGET, HashingEncoder(), progress=lambda d, t: seen.append((d, t)))
    assert seen and seen[-1][0] == seen[-1][1] == len(SOURCE) + len(TARGET)
