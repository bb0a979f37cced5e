"""Time of reading a TMX and an XLIFF export back (``corpora.import_tm``), for the choice of reader.

Writes N beads (the exporter tests' six kinds of bead, repeated with running ids) as TMX and XLIFF
with the exporters, then reads each back three times and keeps the fastest; peak Python memory of
one read is measured with tracemalloc.

    .venv/bin/python benchmarks/import_tm.py [--beads 5000 20000]
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.aligned import AlignedCorpus  # noqa: E402
from corpora.exporters import ExportFilter, write_tmx, write_xliff  # noqa: E402
from corpora.import_tm import read_tmx, read_xliff  # noqa: E402

sys.path.insert(0, str(ROOT / "tests" / "exports"))
from conftest import make_reviewed_corpus  # noqa: E402


def corpus_of(n: int) -> AlignedCorpus:
    """``n`` beads: the test corpus's six, repeated, with ids that keep running."""
    base = make_reviewed_corpus()
    beads = []
    for k in range(n):
        bead = base.beads[k % len(base.beads)]
        shift = 6 * (k // len(base.beads))
        beads.append(dataclasses.replace(bead, source_ids=[i + shift for i in bead.source_ids],
                                         target_ids=[i + shift for i in bead.target_ids]))
    return dataclasses.replace(base, beads=beads)


def measure(read, data: bytes) -> tuple[float, float]:
    """(fastest of three reads in seconds, Python peak MB of one read)."""
    times = []
    for _ in range(3):
        started = time.perf_counter()
        read(data)
        times.append(time.perf_counter() - started)
    tracemalloc.start()
    read(data)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return min(times), peak / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--beads", type=int, nargs="+", default=[5000, 20000])
    args = parser.parse_args()
    for n in args.beads:
        corpus = corpus_of(n)
        for name, write, read in (("tmx", write_tmx, read_tmx), ("xliff", write_xliff, read_xliff)):
            buffer = io.BytesIO()
            write(corpus, buffer, ExportFilter(include_empty=True))
            data = buffer.getvalue()
            seconds, peak = measure(read, data)
            print(f"{name:6} {n:6} beads  {len(data) / 1e6:5.1f} MB  read {seconds:6.2f} s  "
                  f"py peak {peak:6.1f} MB")


if __name__ == "__main__":
    main()
