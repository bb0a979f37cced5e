"""Pairs per minute of ``parallax batch`` with 1 and 2 Dask workers.

Builds N document pairs by cutting the Text+Berg dev document (German ↔ French,
``../shared/bench/text-berg-de-fr``; read, never copied) into consecutive chunks,
proportionally on each side, writes them and a manifest to a temporary folder, and
runs the whole batch path (read → align → drift → TMX+TSV+report, on a fresh local
cluster each time, model load included) once per worker count. Wall time is from
``run_batch`` start to its return, so cluster start and model loading are counted.

    .venv/bin/python benchmarks/batch_throughput.py --pairs 6 --sentences 30 --model use-m3 --workers 1,2
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from parallax.batch import read_manifest, run_batch  # noqa: E402

BENCH = ROOT / ".." / "shared" / "bench" / "text-berg-de-fr"


def make_pairs(folder: Path, n: int, size: int) -> tuple[Path, int, int]:
    """Write n pairs of about ``size`` German lines (French cut in proportion) from the start of the
    dev document; returns the manifest and the lines per side."""
    de, fr = ([line.strip() for line in (BENCH / f"dev.{lang}").read_text(encoding="utf-8").splitlines()
               if line.strip()] for lang in ("de", "fr"))
    if n * size > len(de):
        raise SystemExit(f"the dev document has {len(de)} lines: ask for fewer or smaller pairs")
    ratio = len(fr) / len(de)
    rows = []
    for k in range(n):
        src = de[k * size:(k + 1) * size]
        tgt = fr[round(k * size * ratio):round((k + 1) * size * ratio)]
        (folder / f"p{k}.de.txt").write_text("\n".join(src) + "\n", encoding="utf-8")
        (folder / f"p{k}.fr.txt").write_text("\n".join(tgt) + "\n", encoding="utf-8")
        rows.append(f"p{k}.de.txt,p{k}.fr.txt,p{k},de,fr")
    manifest = folder / "manifest.csv"
    manifest.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return manifest, size, round(size * ratio)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, default=6)
    parser.add_argument("--sentences", type=int, default=30, help="German lines per pair (default 30)")
    parser.add_argument("--model", default="use-m3")
    parser.add_argument("--workers", default="1,2", help="worker counts to try, comma-separated")
    parser.add_argument("--formats", default="tmx,tsv,report")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not BENCH.is_dir():
        print(f"skipped: {BENCH} is not there", file=sys.stderr)
        return 0
    results = []
    with tempfile.TemporaryDirectory(prefix="parallax-batch-bench-") as tmp:
        manifest, de_n, fr_n = make_pairs(Path(tmp), args.pairs, args.sentences)
        pairs = read_manifest(manifest)
        for workers in [int(w) for w in args.workers.split(",")]:
            out = Path(tmp) / f"out-{workers}"
            started = time.perf_counter()
            summary = run_batch(pairs, out, args.formats.split(","), args.model, workers=workers)
            wall = time.perf_counter() - started
            if summary.failed:
                print(f"failed pairs: {summary.failed}", file=sys.stderr)
                return 1
            results.append({"workers": workers, "pairs": len(summary.done), "seconds": round(wall, 1),
                            "pairs_per_minute": round(60 * len(summary.done) / wall, 1),
                            "work_seconds": round(sum(summary.task_seconds.values()), 1),
                            "load_average": round(os.getloadavg()[0], 1)})
    report = {"model": args.model, "pairs": args.pairs, "sentences_per_pair": [de_n, fr_n],
              "formats": args.formats, "cpu_count": os.cpu_count(),
              "load_average": [round(x, 1) for x in os.getloadavg()], "results": results}
    if args.json:
        print(json.dumps(report))
    else:
        print(f"{args.pairs} pairs of ~{de_n} de / ~{fr_n} fr sentences, model {args.model}, "
              f"formats {args.formats}, {os.cpu_count()} CPUs, load {report['load_average']}")
        for r in results:
            print(f"  {r['workers']} worker(s): {r['seconds']} s, {r['pairs_per_minute']} pairs/min "
                  f"(align+drift {r['work_seconds']} s summed over pairs; load {r['load_average']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
