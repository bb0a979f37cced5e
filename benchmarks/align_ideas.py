"""Issue 20's ideas for strict F1, measured on the dev-derived tuning set only (never test).

Each idea is a variant of the default aligner; each prints dev strict / lax F1, the objective of
``benchmarks/align_tuning.py`` (mean strict F1 over dev and four re-samplings of it) and the
number of beads predicted against the gold's. What each idea is:

- ``split``: a merged bead is replaced by its best split when that is worth at most ``slack``
  less (``AlignParams.split_slack``, ``alignment.splits``).
- ``anchors``: a second similarity from lexical anchors (numbers, capitalised words compared by
  their first 5 letters, punctuation shape: ? ! ( : ; quotation marks), hashed bags per window,
  added to the margin where both windows have anchors (``AlignParams.lexical_weight``).
- ``lexicon``: a per-document lexicon bootstrapped from the first pass (hunalign's idea): word
  pairs that co-occur in confident 1:1 beads (score ≥ 0.9, Dice ≥ 0.3, twice or more); each source
  window's words mapped through it, compared with the target window's words; second pass.

    .venv/bin/python benchmarks/align_ideas.py
"""

from __future__ import annotations

import re
import sys
import unicodedata
import zlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from align_tuning import tuning_documents  # noqa: E402

from alignment.aligner import AlignParams, align_embeddings, embed_text  # noqa: E402
from alignment.evaluation import score  # noqa: E402
from alignment.types import Bead  # noqa: E402
from alignment.windows import WindowEmbeddings  # noqa: E402

DIM = 1024
_NUMBER = re.compile(r"\d+(?:[.,'’ \u00a0\u202f]\d+)*")
_NAME = re.compile(r"[^\W\d_]{5,}")
_WORD = re.compile(r"\w{3,}")
_PUNCT = {"?": "?", "!": "!", "(": "(", ":": ":", ";": ";", "«": "q", "»": "q", "„": "q", "“": "q",
          "”": "q", '"': "q"}


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def _bags(token_lists: Sequence[Sequence[tuple[str, float]]], lengths: Sequence[int]) -> WindowEmbeddings:
    out = np.zeros((len(token_lists), DIM), dtype=np.float32)
    for i, tokens in enumerate(token_lists):
        for token, weight in tokens:
            out[i, zlib.crc32(token.encode("utf-8")) % DIM] += weight
    return WindowEmbeddings.from_sentence_vectors(out, 5, lengths)


def anchors(sentence: str) -> list[tuple[str, float]]:
    """Numbers (weight 2), capitalised words inside the sentence (1), punctuation shape (0.5)."""
    out = [("n" + re.sub(r"\D", "", m.group()), 2.0) for m in _NUMBER.finditer(sentence)]
    out += [("w" + _fold(m.group())[:5], 1.0) for m in _NAME.finditer(sentence)
            if m.start() > 0 and m.group()[0].isupper()]
    return out + [("p" + _PUNCT[c], 0.5) for c in sentence if c in _PUNCT]


def anchor_bags(src: list[str], tgt: list[str], _first: list[Bead]) -> tuple[WindowEmbeddings, ...]:
    return (_bags([anchors(s) for s in src], [len(s) for s in src]),
            _bags([anchors(t) for t in tgt], [len(t) for t in tgt]))


def lexicon_bags(src: list[str], tgt: list[str], first: list[Bead], min_score: float = 0.9,
                 min_dice: float = 0.3, min_count: int = 2) -> tuple[WindowEmbeddings, WindowEmbeddings]:
    """Source words mapped through a lexicon learnt from the first pass's confident 1:1 beads."""
    s_words = [{_fold(w) for w in _WORD.findall(s)} for s in src]
    t_words = [{_fold(w) for w in _WORD.findall(t)} for t in tgt]
    c_s: Counter[str] = Counter()
    c_t: Counter[str] = Counter()
    c_st: Counter[tuple[str, str]] = Counter()
    for b in first:
        if len(b.source_ids) == 1 and len(b.target_ids) == 1 and b.score >= min_score:
            ws, wt = s_words[b.source_ids[0]], t_words[b.target_ids[0]]
            c_s.update(ws)
            c_t.update(wt)
            c_st.update((x, y) for x in ws for y in wt)
    best: dict[str, tuple[float, str]] = {}
    for (x, y), count in c_st.items():
        dice = 2 * count / (c_s[x] + c_t[y])
        if count >= min_count and dice >= min_dice and dice > best.get(x, (0.0, ""))[0]:
            best[x] = (dice, y)
    known = {y for _, y in best.values()}
    return (_bags([[(best[x][1], 1.0) for x in ws if x in best] for ws in s_words], [len(s) for s in src]),
            _bags([[(y, 1.0) for y in wt if y in known] for wt in t_words], [len(t) for t in tgt]))


Bags = Callable[[list[str], list[str], list[Bead]], tuple[WindowEmbeddings, WindowEmbeddings]]


def main() -> int:
    from models.registry import load_encoder

    encoder = load_encoder("use-m3", cache=True)
    base = AlignParams()
    docs = [(s, t, g, embed_text(s, encoder, base, None), embed_text(t, encoder, base, None))
            for _, s, t, g in tuning_documents()]
    first = [align_embeddings(sw, tw, params=base).beads for _, _, _, sw, tw in docs]

    def run(label: str, params: AlignParams, bags: Bags | None = None) -> None:
        strict, lax, beads, gold_beads = [], [], 0, 0
        for (src, tgt, gold, sw, tw), first_beads in zip(docs, first, strict=True):
            if bags is not None:
                ls, lt = bags(src, tgt, first_beads)
                sw, tw = replace(sw, lexical=ls), replace(tw, lexical=lt)
            found = align_embeddings(sw, tw, params=params).beads
            sc = score(gold, [(b.source_ids, b.target_ids) for b in found])
            strict.append(sc.strict_f1)
            lax.append(sc.lax_f1)
            beads += len(found)
            gold_beads += len(gold)
        print(f"{label:44s} dev strict {strict[0]:.4f} lax {lax[0]:.4f} | objective {np.mean(strict):.4f} "
              f"lax {np.mean(lax):.4f} | beads {beads}/{gold_beads}", flush=True)

    run("default", base)
    for slack in (0.01, 0.05, 0.1, 0.2):
        run(f"split, slack {slack}", replace(base, split_slack=slack))
    for weight, offset in ((0.05, 0.5), (0.1, 0.5), (0.2, 0.5), (0.1, 0.3), (0.2, 0.7)):
        run(f"anchors, weight {weight} offset {offset}",
            replace(base, lexical_weight=weight, lexical_offset=offset), anchor_bags)
    for weight, offset in ((0.1, 0.3), (0.2, 0.3), (0.15, 0.2), (0.3, 0.4)):
        run(f"lexicon, weight {weight} offset {offset}",
            replace(base, lexical_weight=weight, lexical_offset=offset), lexicon_bags)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
