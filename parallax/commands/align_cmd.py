"""``parallax align SOURCE TARGET [--model M] [--json] [--format F --output FILE]``
or ``parallax align --project P [--documents A B] [--model M] [--json]``.

Reads both files (any format ``corpora.reading`` knows), aligns their sentences
and prints the beads: ids, calibrated score, and the texts. ``--json`` prints
one JSON document whose beads carry ``source``/``target`` (lists of sentences),
their ids, ``score`` and ``similarity``; ``--output`` writes an export instead
(TMX, XLIFF, TSV/CSV, JSONL, Moses; see ``parallax export``).

With ``--project`` it aligns two documents stored in a project (``parallax import``) through
``parallax.workflow.align_stored``, as the workbench does: drift is judged, the beads a reviewer
confirmed in the pair's current run are kept as anchors, and the result becomes the pair's current
run, which ``parallax export P`` writes.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from corpora.errors import InputError
from parallax.commands.stored import (
    UsageError,
    add_project_options,
    project_mode,
    usage_exit,
    warn_not_translation,
)

FILES_USAGE = "SOURCE and TARGET files"


def add_pair_options(parser: argparse.ArgumentParser) -> None:
    """SOURCE, TARGET (or ``--project``) and the options for reading and embedding them (shared by
    pair verbs)."""
    parser.add_argument("source", metavar="SOURCE", nargs="?",
                        help="the original text (.txt, .md, .html, .docx, .pdf)")
    parser.add_argument("target", metavar="TARGET", nargs="?", help="its translation")
    add_project_options(parser, "with --project: the source and target documents (id or name; default: "
                        "the project's two documents, the first imported as the source)")
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
    try:
        stored = project_mode(args, (args.source, args.target), FILES_USAGE)
    except UsageError as exc:
        return usage_exit("align", exc)
    if stored:
        return run_stored(args)
    return run_files(args)


def run_stored(args: argparse.Namespace) -> int:
    """Align two stored documents and store the run (the pair's new current run)."""
    from models.progress import tqdm_progress
    from parallax.commands.drift_cmd import stored_translation
    from parallax.commands.stored import describe, document_pair
    from parallax.workflow import align_stored

    if getattr(args, "output", None) or getattr(args, "export_format", None):
        raise InputError("with --project the run is stored; write it with parallax export "
                         f"{args.project} --output FILE")
    repo = args.settings.repository()
    try:
        source, target = document_pair(repo, args.project, args.documents, "two to align")
        with tqdm_progress("aligning", disable=not sys.stderr.isatty()) as progress:
            run = align_stored(repo, source.id, target.id, model=args.model,
                               progress=lambda _stage, done, total: progress(done, total),
                               settings=args.settings, cache=not args.no_cache)
        beads = repo.list_beads(run.id)
    finally:
        repo.close()
    record = {
        "project": args.project, "run_id": run.id, "model": run.model,
        "source_document": {"id": source.id, "name": source.source_name, "lang": source.language},
        "target_document": {"id": target.id, "name": target.source_name, "lang": target.language},
        "beads": len(beads), "flagged": sum(1 for b in beads if b.flagged),
        "anchors": sum(1 for b in beads if b.status == "confirmed"),
        **stored_translation(run.params),
    }
    warn_not_translation("align", record)
    if args.json:
        print(json.dumps(record, ensure_ascii=False))
        return 0
    print(f"aligned {describe(source)} → {describe(target)}: run {run.id}, {record['beads']} beads, "
          f"{record['flagged']} flagged, {record['anchors']} confirmed kept as anchors "
          f"({run.model.split('|')[0]})")
    return 0


def run_files(args: argparse.Namespace) -> int:
    """Align two files and print (or export) the beads; nothing is stored."""
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
    warn_not_translation("align", record)
    output = getattr(args, "output", None)
    if output or getattr(args, "export_format", None):
        if not output:
            raise InputError("--format needs --output FILE")
        from parallax.commands.export_cmd import export_alignment

        corpus = result.corpus(source_name=args.source, target_name=args.target)
        files = export_alignment(corpus, args.export_format, output, getattr(args, "export_filter", None))
        print(f"wrote {len(record['beads'])} beads to {', '.join(str(f) for f in files)}", file=sys.stderr)
        if not args.json:
            return 0
    if args.json:
        print(json.dumps(record, ensure_ascii=False))
        return 0
    from corpora.exporters.common import sentence_numbers

    for bead in record["beads"]:  # pair and sentence numbers from 1, as the workbench shows them
        print(f"pair {bead['pair']} {bead['kind']} score {bead['score']:.2f} (cos {bead['similarity']:.2f})  "
              f"source {sentence_numbers(bead['source_ids'])} target {sentence_numbers(bead['target_ids'])}")
        for text in bead["source"]:
            print(f"  < {text}")
        for text in bead["target"]:
            print(f"  > {text}")
    return 0
