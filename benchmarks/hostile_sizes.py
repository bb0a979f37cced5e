"""Segmentation time on hostile sizes: long paragraphs full of "[n]" markers, up to the upload limit.

Each case is a file's bytes read by ``corpora.reading.read_bytes`` (the entry point of every upload
and ``parallax import``), in a fresh process so that its peak memory is its own:

- ``one-paragraph-N``: one line of ``Sentence number {i} is here [1].`` of N KB (issue 21, item 2:
  100/200/400 KB took 6.5 s / 29 s / 253 s before the marker lookup used bisect);
- ``seed-20mb``: the seed article (../shared/seed, footnote markers and all) with each of its
  paragraphs joined into one line and repeated up to about 1 MB, 20 such lines: 20 MB of long
  paragraphs of real prose;
- ``markers-20mb``: 20 lines of 1 MB of ``Sentence number {i} is here [1].``: more sentences than
  the per-document limit, so what is measured is how soon it is refused.

    .venv/bin/python benchmarks/hostile_sizes.py [--cases one-paragraph-100 seed-20mb ...]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SEED = ROOT.parent / "shared" / "seed" / "kowalewski-2014-06-29.en.txt"
MB = 1_000_000
CASES = ["one-paragraph-100", "one-paragraph-200", "one-paragraph-400", "seed-20mb", "markers-20mb"]


def marker_sentences(size: int, start: int = 0) -> str:
    """``Sentence number {i} is here [1].`` joined by spaces, ``size`` characters or a little more."""
    parts, length, i = [], 0, start
    while length < size:
        part = f"Sentence number {i} is here [1]."
        parts.append(part)
        length += len(part) + 1
        i += 1
    return " ".join(parts)


def seed_lines(line_size: int, lines: int) -> str:
    """The seed article's body paragraphs, each joined into lines of about ``line_size`` characters."""
    if not SEED.exists():
        raise SystemExit(f"{SEED} is not here: the seed-20mb case needs it")
    body = [line for line in SEED.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.lstrip().startswith("[")]  # not the footnote list
    article = " ".join(body)
    line = " ".join([article] * (line_size // len(article) + 1))[:line_size].rsplit(" ", 1)[0]
    return "\n".join([line] * lines)


def make(case: str) -> bytes:
    """The file of one case."""
    if case.startswith("one-paragraph-"):
        return marker_sentences(int(case.rsplit("-", 1)[1]) * 1000).encode()
    if case == "seed-20mb":
        return seed_lines(MB, 20).encode()
    if case == "markers-20mb":
        return "\n".join(marker_sentences(MB, k * 30_000) for k in range(20)).encode()
    raise SystemExit(f"unknown case {case!r}; choose from {', '.join(CASES)}")


def run_one(case: str) -> dict[str, object]:
    """Read one case's bytes; time, peak memory, and what came out (or the refusal)."""
    from corpora.errors import InputError
    from corpora.reading import read_bytes

    data = make(case)
    paragraphs = data.count(b"\n") + 1
    read_bytes(b"A warm-up. It loads the segmenter and the language models [1].", "warm-up.txt")
    started = time.perf_counter()
    try:
        doc = read_bytes(data, f"{case}.txt")
        markers = sum(len(s.footnotes) for s in doc.sentences)
        outcome = f"{len(doc.sentences):,} sentences, {markers:,} markers"
    except InputError as exc:
        outcome = f"refused: {exc}"
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"case": case, "bytes": len(data), "paragraphs": paragraphs, "seconds": round(seconds, 2),
            "peak_rss_mb": round(peak_mb), "outcome": outcome}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--cases", nargs="+", default=CASES, choices=CASES)
    parser.add_argument("--one", help=argparse.SUPPRESS)  # internal: run one case in this process
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(run_one(args.one)))
        return 0
    print("| case | size | lines | seconds | peak RSS | outcome |\n|---|---|---|---|---|---|")
    for case in args.cases:
        done = subprocess.run([sys.executable, __file__, "--one", case], capture_output=True, text=True,
                              check=False)
        if done.returncode:
            print(f"| {case} | failed: {done.stderr.strip().splitlines()[-1:]} |")
            continue
        row = json.loads(done.stdout)
        print(f"| {row['case']} | {row['bytes'] / MB:.1f} MB | {row['paragraphs']} | {row['seconds']} s | "
              f"{row['peak_rss_mb']} MB | {str(row['outcome'])[:110]} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
