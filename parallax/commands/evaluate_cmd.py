"""``parallax evaluate --gold-dir DIR --split dev|test [--model M] [--json]``: score the aligner.

Aligns every document of the split (one sentence a line, gold beads in
``<name>.<xy>`` files, as in the Text+Berg benchmark) and prints strict/lax
precision, recall and F1, micro-averaged over the documents, with the seconds
spent. Tune on ``dev`` only; ``test`` is for reporting.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from corpora.errors import InputError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "evaluate",
        help="align a gold-standard benchmark split and print strict/lax F1",
        description="Align each document of a benchmark split and score it against the gold alignment "
        "(strict and lax precision/recall/F1, micro-averaged, Vecalign score.py definitions).",
    )
    parser.add_argument("--gold-dir", required=True, metavar="DIR",
                        help="folder with <name>.<x>, <name>.<y> and gold <name>.<xy> files")
    parser.add_argument("--split", required=True, metavar="SPLIT",
                        help="which documents: the name prefix (dev, test)")
    parser.add_argument("--model", metavar="M", help="embedding model (default: $PARALLAX_MODEL or use-m3)")
    parser.add_argument("--no-cache", action="store_true", help="do not use the embedding cache")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from alignment.evaluation import evaluate_documents, find_gold_documents

    try:
        documents = find_gold_documents(args.gold_dir, args.split)
    except FileNotFoundError as exc:
        raise InputError(str(exc)) from None
    if not documents:
        raise InputError(f"no '{args.split}' documents with gold alignments in {args.gold_dir}")
    from models.progress import TqdmProgress

    encoder = args.settings.encoder(args.model, cache=not args.no_cache)
    bar = TqdmProgress("embedding", disable=not sys.stderr.isatty())

    def progress(_name: str, done: int, total: int) -> None:
        bar(done, total)
        if done >= total:  # one bar per text side
            bar.close()

    try:
        result = evaluate_documents(documents, encoder, progress=progress)
    finally:
        bar.close()
    result = {"model": args.settings.model_for(args.model), "model_id": encoder.name, "split": args.split,
              **result}
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0
    print(f"model {result['model']} on {len(documents)} '{args.split}' document(s)")
    print(f"{'document':<12}{'strict F1':>10}{'lax F1':>8}{'P':>8}{'R':>8}{'beads':>7}")
    for doc in result["documents"]:
        print(f"{doc['name']:<12}{doc['strict_f1']:>10.4f}{doc['lax_f1']:>8.4f}{doc['precision']:>8.4f}"
              f"{doc['recall']:>8.4f}{doc['gold_beads']:>7}")
    print(f"{'all':<12}{result['strict_f1']:>10.4f}{result['lax_f1']:>8.4f}{result['precision']:>8.4f}"
          f"{result['recall']:>8.4f}")
    if result["not_translations"]:
        print(f"{result['not_translations']} document(s) judged not translations of each other")
    print(f"seconds: {result['seconds']} (embedding {result['embed_seconds']}, aligning "
          f"{result['align_seconds']})", file=sys.stderr)
    return 0
