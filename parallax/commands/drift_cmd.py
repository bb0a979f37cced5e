"""``parallax drift SOURCE TARGET [--model M] [--json]``: align, then flag where the translation drifts.

Each bead gets a drift score in [0, 1], the kinds of drift found (meaning, numbers, names,
omission, addition, reversal, form), a readable reason per kind and the evidence: character
spans in the sentences concerned. The human output lists the flagged beads first, most
drifting first; ``--json`` prints one JSON document with every bead and a summary per kind.
See docs/drift.md for what each signal means and how it was tuned.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from corpora.errors import InputError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "drift",
        help="flag the aligned pairs where a translation drifts from its source",
        description="Align a text with its translation and flag the pairs that need a second look: "
        "low similarity for this document, changed numbers or names, omitted or added clauses, "
        "reversed negation, quotation marks or footnotes on one side only.",
    )
    from parallax.commands.align_cmd import add_pair_options

    add_pair_options(parser)
    parser.add_argument("--all", action="store_true", help="also print the beads that are not flagged")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from parallax.pipeline import read_document, run_pair

    limit = args.settings.max_upload_bytes
    source = read_document(args.source, args.source_lang, args.lines, max_bytes=limit)
    target = read_document(args.target, args.target_lang, args.lines, max_bytes=limit)
    if not source.sentences or not target.sentences:
        raise InputError("one of the texts has no sentences")
    encoder = args.settings.encoder(args.model, cache=not args.no_cache)
    record = run_pair(source, target, encoder).as_json((args.source, args.target))
    if args.json:
        print(json.dumps(record, ensure_ascii=False))
        return 0
    print(f"{len(record['beads'])} beads, {record['flagged']} flagged "
          f"({source.lang} → {target.lang}, {record['model'].split('|')[0]})")
    print("  " + ", ".join(f"{k} {v['count']}" for k, v in record["summary"].items()))
    flagged = sorted((b for b in record["beads"] if b["flagged"]), key=lambda b: -b["drift"])
    rest = [b for b in record["beads"] if not b["flagged"]] if args.all else []
    for bead in flagged + rest:
        print(f"\n#{bead['index']} {bead['kind']} drift {bead['drift']:.2f} "
              f"[{', '.join(bead['kinds']) or 'ok'}] source {bead['source_ids']} target {bead['target_ids']}")
        for reason in bead["reasons"]:
            print(f"  ! {reason}")
        for text in bead["source"]:
            print(f"  < {text}")
        for text in bead["target"]:
            print(f"  > {text}")
    return 0
