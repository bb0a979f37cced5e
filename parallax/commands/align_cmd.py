"""``parallax align SOURCE TARGET [--model M] [--json] [--format F --output FILE]``.

Reads both files (any format ``corpora.reading`` knows), aligns their sentences
and prints the beads: ids, calibrated score, and the texts. ``--json`` prints
one JSON document whose beads carry ``source``/``target`` (lists of sentences),
their ids, ``score`` and ``similarity``; ``--output`` writes an export instead
(TMX, XLIFF, TSV/CSV, JSONL, Moses; see ``parallax export``).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from corpora.errors import InputError


def add_pair_options(parser: argparse.ArgumentParser) -> None:
    """SOURCE, TARGET and the options for reading and embedding them (shared by pair verbs)."""
    parser.add_argument("source", metavar="SOURCE", help="the original text (.txt, .md, .html, .docx, .pdf)")
    parser.add_argument("target", metavar="TARGET", help="its translation")
    parser.add_argument("--model", metavar="M", help="embedding model (default: $PARALLAX_MODEL or use-m3)")
    parser.add_argument("--source-lang", metavar="XX", help="language of SOURCE (skips detection)")
    parser.add_argument("--target-lang", metavar="YY", help="language of TARGET (skips detection)")
    parser.add_argument("--lines", action="store_true",
                        help="treat each line of a text file as one sentence (no segmentation)")
    parser.add_argument("--no-cache", action="store_true", help="do not use the embedding cache")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "align",
        help="align the sentences of a text and its translation",
        description="Align two texts sentence by sentence (n:m beads, omissions and additions) and "
        "print the beads with a calibrated score.",
    )
    add_pair_options(parser)
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    try:
        from parallax.commands.export_cmd import add_output_options
    except ImportError:  # exporters not installed: align still prints
        pass
    else:
        add_output_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from models.progress import tqdm_progress
    from parallax.pipeline import read_document, run_pair

    limit = args.settings.max_upload_bytes
    source = read_document(args.source, args.source_lang, args.lines, max_bytes=limit)
    target = read_document(args.target, args.target_lang, args.lines, max_bytes=limit)
    encoder = args.settings.encoder(args.model, cache=not args.no_cache)
    with tqdm_progress("embedding", disable=not sys.stderr.isatty()) as progress:
        result = run_pair(source, target, encoder, drift=False,
                          progress=lambda _stage, done, total: progress(done, total))
    record = result.as_json((args.source, args.target))
    output = getattr(args, "output", None)
    if output or getattr(args, "export_format", None):
        if not output:
            raise InputError("--format needs --output FILE")
        from parallax.commands.export_cmd import export_alignment

        files = export_alignment(result.corpus(source_name=args.source, target_name=args.target),
                                 args.export_format, output, getattr(args, "export_filter", None))
        print(f"wrote {len(record['beads'])} beads to {', '.join(str(f) for f in files)}", file=sys.stderr)
        if not args.json:
            return 0
    if args.json:
        print(json.dumps(record, ensure_ascii=False))
        return 0
    for bead in record["beads"]:
        print(f"#{bead['index']} {bead['kind']} score {bead['score']:.2f} (cos {bead['similarity']:.2f})  "
              f"source {bead['source_ids']} target {bead['target_ids']}")
        for text in bead["source"]:
            print(f"  < {text}")
        for text in bead["target"]:
            print(f"  > {text}")
    return 0
