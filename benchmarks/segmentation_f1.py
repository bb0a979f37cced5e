"""Sentence-boundary precision, recall and F1 per language on our own gold files.

Two gold sets per language, both written for Parallax: ``dev`` (the rules were
written against it) and ``held-out`` (written afterwards, never used to tune).
Parallax's segmenter (a third-party segmenter plus our fixes) is compared with
the raw third-party segmenters and with the fixes alone, for the record.

    .venv/bin/python benchmarks/segmentation_f1.py [--errors]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.segmentation_gold import Scores, load_gold, score  # noqa: E402
from corpora.sentences import DEFAULT_ENGINE, split_sentences  # noqa: E402

GOLD = ROOT / "tests" / "corpora" / "data" / "segmentation"
SETS = {"dev": GOLD, "held-out": GOLD / "heldout"}
ENGINES = ["razdel", "pysbd", "sentencex"]


def measure(lang: str, engine: str | None, fix: bool, gold_dir: Path) -> tuple[Scores, list[str]]:
    """Scores of one configuration on one gold file (``engine=None``: Parallax's default)."""
    chosen = engine or DEFAULT_ENGINE.get(lang, "razdel")

    def split(text: str) -> list[tuple[int, int]]:
        return split_sentences(text, lang, chosen, fix)

    return score(load_gold(gold_dir / f"{lang}.txt"), split)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list the boundaries Parallax gets wrong")
    args = parser.parse_args(argv)
    systems: list[tuple[str, str | None, bool]] = [("**parallax** (razdel + fixes)", None, True)]
    systems += [(f"{e} + fixes", e, True) for e in ENGINES[1:]]
    systems += [(f"{e} (raw)", e, False) for e in ENGINES]
    systems += [("fixes alone (no segmenter)", "none", True)]
    print("| segmenter | lang | dev P | dev R | dev F1 | held-out P | held-out R | held-out F1 |")
    print("|---|---|---|---|---|---|---|---|")
    errors: list[str] = []
    for name, engine, fix in systems:
        for lang in ("en", "fr", "ru"):
            cells = []
            for set_name, gold_dir in SETS.items():
                scores, errs = measure(lang, engine, fix, gold_dir)
                cells += [f"{scores.precision:.3f}", f"{scores.recall:.3f}", f"{scores.f1:.3f}"]
                if engine is None:
                    errors += [f"{lang} {set_name}: {e}" for e in errs]
            print(f"| {name} | {lang} | " + " | ".join(cells) + " |")
    for lang in ("en", "fr", "ru"):
        counts = [sum(len(p) - 1 for p in load_gold(d / f"{lang}.txt")) for d in SETS.values()]
        print(f"\n{lang}: gold boundaries dev {counts[0]}, held-out {counts[1]}", end="")
    print()
    if args.errors:
        print("\nParallax's errors:")
        print("\n".join(f"  {e}" for e in errors) or "  none")
    return 0


if __name__ == "__main__":
    sys.exit(main())
