"""Gold sentence segmentation files and boundary precision/recall/F1.

Format: one sentence per line, a blank line between paragraphs, ``#`` lines are
comments. The raw text is rebuilt by joining a paragraph's sentences with one
space and paragraphs with a newline, so every gold boundary has an offset.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Scores:
    """Boundary counts and the measures derived from them."""

    true_positive: int
    false_positive: int
    false_negative: int

    @property
    def precision(self) -> float:
        found = self.true_positive + self.false_positive
        return self.true_positive / found if found else 1.0

    @property
    def recall(self) -> float:
        gold = self.true_positive + self.false_negative
        return self.true_positive / gold if gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_gold(path: str | Path) -> list[list[str]]:
    """Paragraphs, each a list of gold sentences."""
    paragraphs: list[list[str]] = [[]]
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if not line.strip():
            if paragraphs[-1]:
                paragraphs.append([])
            continue
        paragraphs[-1].append(line.strip())
    return [p for p in paragraphs if p]


def paragraph_text_and_starts(sentences: list[str]) -> tuple[str, set[int]]:
    """The raw paragraph and the offsets where its second, third… sentences start."""
    starts, pos = set(), 0
    for i, sentence in enumerate(sentences):
        if i:
            pos += 1
            starts.add(pos)
        pos += len(sentence)
    return " ".join(sentences), starts


def score(
    paragraphs: list[list[str]], split: Callable[[str], list[tuple[int, int]]]
) -> tuple[Scores, list[str]]:
    """Boundary scores of ``split`` (paragraph -> sentence spans) on gold paragraphs, and its errors."""
    tp = fp = fn = 0
    errors: list[str] = []
    for sentences in paragraphs:
        text, gold = paragraph_text_and_starts(sentences)
        found = {start for start, _ in split(text)} - {0}
        tp += len(found & gold)
        fp += len(found - gold)
        fn += len(gold - found)
        errors += [f"extra split: …{text[max(0, p - 40):p]}|{text[p:p + 30]}…" for p in sorted(found - gold)]
        errors += [f"missed split: …{text[max(0, p - 40):p]}|{text[p:p + 30]}…" for p in sorted(gold - found)]
    return Scores(tp, fp, fn), errors
