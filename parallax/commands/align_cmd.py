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


def _read(path: str, lang: str | None, lines: bool) -> Any:
    from corpora.reading import read_file

    if not lines:
        return read_file(path, lang=lang)
    from alignment.evaluation import read_lines

    try:
        return read_lines(path)
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read it as UTF-8 lines ({exc.__class__.__name__})") from None


def alignment_record(alignment: Any, source: Any, target: Any, names: tuple[str, str]) -> dict[str, Any]:
    """The JSON document of an alignment (what ``--json`` prints and exporters read)."""
    from corpora.types import Document

    src = source.sentence_texts if isinstance(source, Document) else list(source)
    tgt = target.sentence_texts if isinstance(target, Document) else list(target)
    beads = [
        {
            "source_ids": list(b.source_ids),
            "target_ids": list(b.target_ids),
            "source": [src[i] for i in b.source_ids],
            "target": [tgt[j] for j in b.target_ids],
            "kind": b.kind,
            "score": round(b.score, 4),
            "similarity": round(b.similarity, 4),
        }
        for b in alignment.beads
    ]
    return {
        "source_name": names[0],
        "target_name": names[1],
        "source_lang": source.lang if isinstance(source, Document) else "",
        "target_lang": target.lang if isinstance(target, Document) else "",
        "model": alignment.model,
        "source_sentences": len(src),
        "target_sentences": len(tgt),
        "params": alignment.params,
        "beads": beads,
    }


def run(args: argparse.Namespace) -> int:
    from alignment.aligner import align
    from models.registry import load_encoder

    source = _read(args.source, args.source_lang, args.lines)
    target = _read(args.target, args.target_lang, args.lines)
    from models.progress import tqdm_progress

    encoder = load_encoder(args.model, cache=not args.no_cache)
    with tqdm_progress("embedding", disable=not sys.stderr.isatty()) as progress:
        alignment = align(source, target, encoder, progress=progress)
    record = alignment_record(alignment, source, target, (args.source, args.target))
    output = getattr(args, "output", None)
    if output or getattr(args, "export_format", None):
        if not output:
            raise InputError("--format needs --output FILE")
        from parallax.commands.export_cmd import export_alignment

        files = export_alignment(record, args.export_format, output, getattr(args, "export_filter", None))
        print(f"wrote {len(record['beads'])} beads to {', '.join(str(f) for f in files)}", file=sys.stderr)
        if not args.json:
            return 0
    if args.json:
        print(json.dumps(record, ensure_ascii=False))
        return 0
    for number, bead in enumerate(record["beads"]):
        print(f"#{number} {bead['kind']} score {bead['score']:.2f} (cos {bead['similarity']:.2f})  "
              f"source {bead['source_ids']} target {bead['target_ids']}")
        for text in bead["source"]:
            print(f"  < {text}")
        for text in bead["target"]:
            print(f"  > {text}")
    return 0
