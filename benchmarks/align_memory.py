"""Peak memory and time of aligning very long sentences and very long paragraphs (issue 21, item 3).

Each case runs in its own process and reports that process's peak RSS (``ru_maxrss``: text,
model and aligner together) and the growth of the peak during ``align`` alone.

Cases (``--case``):
- ``sentence``: one sentence of N KB a side (words, no sentence end), as an API caller may pass it;
- ``paragraph``: a single paragraph of N KB a side cut into sentences: ``--ends`` gives it sentence
  ends (~70-character sentences), without them it is cut at white space into pieces of at most
  ``corpora.limits.MAX_SENTENCE_CHARS`` characters, as segmentation does.

Models: ``use-m3`` and ``e5+use`` are the real ones; ``fake-512`` and ``fake-896`` are deterministic
stand-ins with the dimensions and reading cut of use-m3 and e5+use (vectors from the sentence numbers
a text contains), for sizes the real models take hours on a laptop CPU.

    .venv/bin/python benchmarks/align_memory.py                 # the table in docs/benchmarks.md
    .venv/bin/python benchmarks/align_memory.py --only sentence:1000:use-m3 --json
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from models.base import ProgressCallback, clip_texts, input_chars, l2_normalise  # noqa: E402

DEFAULT_CASES = [
    "sentence:200:use-m3",
    "sentence:1000:use-m3",
    "sentence:1000:e5+use",
    "sentence:5000:use-m3",
    "paragraph-ends:100:use-m3",
    "paragraph-ends:5000:fake-512",
    "paragraph-ends:5000:fake-896",
    "paragraph:5000:fake-512",
    "paragraph:5000:fake-896",
]

EN = "river city bridge people market winter summer house road train night morning garden letter".split()
FR = "rivière ville pont gens marché hiver été maison route train nuit matin jardin lettre".split()
NUMBER = re.compile(r"\d+")


class NumberEncoder:
    """Deterministic stand-in: a text's vector is the sum of one random vector per number in it.

    Sentence i of either side carries the number i, so translations match and joined windows
    behave like joined sentences; it reads ``max_tokens * 8`` characters, like the real models.
    """

    def __init__(self, dim: int, max_tokens: int) -> None:
        self.dim, self.max_tokens = dim, max_tokens
        self.name = f"fake-{dim}"

    def encode(
        self, texts: list[str], batch_size: int = 32, progress: ProgressCallback | None = None
    ) -> np.ndarray:
        texts = clip_texts(list(texts), input_chars(self))
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for number in NUMBER.findall(text)[:8]:
                out[row] += np.random.default_rng(int(number)).standard_normal(self.dim, dtype=np.float32)
        return l2_normalise(out)


def words(vocab: list[str], count: int, seed: int) -> str:
    rng = np.random.default_rng(seed)
    return " ".join(vocab[k] for k in rng.integers(len(vocab), size=count))


def paragraph_sentences(vocab: list[str], size_kb: int, ends: bool, seed: int) -> list[str]:
    """Sentences of one N KB paragraph: with sentence ends, or cut at white space (see module doc)."""
    from corpora.limits import MAX_SENTENCE_CHARS

    rng = np.random.default_rng(seed)
    sentences, total, i = [], 0, 0
    while total < size_kb * 1000:
        body = " ".join(vocab[k] for k in rng.integers(len(vocab), size=8))
        sentence = f"{i} {body}" + ("." if ends else ",")
        sentences.append(sentence)
        total += len(sentence) + 1
        i += 1
    if ends:
        return sentences
    pieces, current, length = [], [], 0
    for sentence in sentences:  # one long run without sentence ends, cut at white space
        if length + len(sentence) + 1 > MAX_SENTENCE_CHARS and current:
            pieces.append(" ".join(current))
            current, length = [], 0
        current.append(sentence)
        length += len(sentence) + 1
    return pieces + ([" ".join(current)] if current else [])


def load(model: str):
    if model.startswith("fake-"):
        dim = int(model.split("-")[1])
        return NumberEncoder(dim, 2048 if dim == 512 else 512)
    from models.registry import load_encoder

    return load_encoder(model)


def child(case: str) -> dict:
    from alignment.aligner import align

    kind, size, model = case.split(":")
    size_kb = int(size)
    if kind == "sentence":
        source = [words(EN, size_kb * 1000 // 6, 1)[: size_kb * 1000]]
        target = [words(FR, size_kb * 1000 // 6, 2)[: size_kb * 1000]]
    else:
        source = paragraph_sentences(EN, size_kb, kind == "paragraph-ends", 1)
        target = paragraph_sentences(FR, size_kb, kind == "paragraph-ends", 2)
    encoder = load(model)
    encoder.encode(["warm up: the weights load before the peak is taken"])
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    result = align(source, target, encoder)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "case": case,
        "chars_per_side": sum(len(s) for s in source),
        "sentences": [len(source), len(target)],
        "beads": len(result.beads),
        "seconds": round(seconds, 1),
        "peak_rss_mb": round(peak),
        "align_growth_mb": round(peak - before),
    }


def _line(row: dict) -> str:
    if "error" in row:
        return f"{row['case']:<30} {row['error']}"
    sizes = f"{row['sentences'][0]:>6} sent.  {row['seconds']:>7.1f} s"
    return f"{row['case']:<30} {sizes}  peak {row['peak_rss_mb']:>5} MB  (align +{row['align_growth_mb']} MB)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", help="cases KIND:KB:MODEL (default: the docs table)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child)))
        return
    rows = []
    for case in args.only or DEFAULT_CASES:
        run = subprocess.run(
            [sys.executable, __file__, "--child", case], capture_output=True, text=True, check=False
        )
        if run.returncode:
            rows.append({"case": case, "error": (run.stderr.strip().splitlines() or ["?"])[-1]})
        else:
            rows.append(json.loads(run.stdout.strip().splitlines()[-1]))
        if not args.json:
            print(_line(rows[-1]), flush=True)
    if args.json:
        print(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
