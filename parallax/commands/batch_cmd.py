"""``parallax batch MANIFEST``: align and export many document pairs as a Dask job.

MANIFEST is a CSV of ``source,target[,name][,source_lang,target_lang]``. Runs on a
local Dask cluster of ``--workers`` processes, or on an existing cluster
(``--scheduler tcp://host:8786``; its workers must see the same files). Each pair's
files are written as soon as it finishes; a re-run skips finished pairs. Exit 1 if
any pair failed (each failure is listed with its reason).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from corpora.errors import InputError
from corpora.exporters import FORMATS
from parallax.batch import check_formats, read_manifest, run_batch


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "batch",
        help="align and export many document pairs (a CSV manifest) on Dask",
        description=__doc__.split("\n\n", 1)[1] if __doc__ else None,
    )
    parser.add_argument("manifest", metavar="MANIFEST",
                        help="CSV: source,target[,name][,source_lang,target_lang] per line")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="address of an existing Dask scheduler (default: start a local cluster)")
    parser.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1), metavar="N",
                        help="worker processes of the local cluster (default %(default)s)")
    parser.add_argument("--output-dir", default="parallax-batch", metavar="DIR",
                        help="where outputs and done-markers go (default ./parallax-batch)")
    parser.add_argument("--format", dest="formats", default="tmx,tsv,report", metavar="FMT[,FMT…]",
                        help=f"formats to write, comma-separated, from {', '.join(FORMATS)} "
                             "(default tmx,tsv,report)")
    parser.add_argument("--model", metavar="M", help="embedding model (default: $PARALLAX_MODEL or use-m3)")
    parser.add_argument("--terms", metavar="FILE", help="a termbase (.tbx or .csv): numbers and names inside "
                        "its terms are not drift, in every pair")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.workers < 1:
        raise InputError("--workers needs at least 1")
    formats = check_formats(args.formats.split(","))
    pairs = read_manifest(args.manifest)
    termbase = None
    if args.terms:
        from alignment.termbase import Termbase, entries_from_records
        from corpora.termfiles import read_terms

        termbase = Termbase(tuple(entries_from_records(read_terms(args.terms))))
    model = args.settings.model_for(args.model)
    bar = None
    if not args.no_progress:
        from tqdm import tqdm

        bar = tqdm(total=len(pairs), unit="pair", desc="parallax batch", file=sys.stderr, disable=None)

    def progress(done: int, total: int) -> None:
        if bar is not None:
            bar.update(done - bar.n)

    try:
        summary = run_batch(pairs, Path(args.output_dir), formats, model, scheduler=args.scheduler,
                            workers=args.workers, progress=progress, termbase=termbase)
    finally:
        if bar is not None:
            bar.close()
    if args.json:
        print(json.dumps(summary.as_dict(), ensure_ascii=False))
    else:
        print(f"done {len(summary.done)}, skipped {len(summary.skipped)} (already finished), "
              f"failed {len(summary.failed)} — {summary.seconds:.1f} s, outputs in {args.output_dir}")
        for name, reason in summary.failed.items():
            print(f"  failed {name}: {reason}")
    return 0 if summary.ok else 1
