"""``parallax export``: write an alignment as TMX, XLIFF, TSV/CSV, JSONL, Moses or a drift report.

From a file (``--from ALIGN.json``: what ``parallax align --json`` prints, or any
file the importers read: .tmx, .tsv, .csv, .jsonl) or from a project in the
database (``parallax export PROJECT``). ``export_alignment`` is the function the
``align`` verb calls for its ``--format/--output`` options.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Mapping
from pathlib import Path

from corpora.aligned import AlignedCorpus
from corpora.errors import InputError
from corpora.exporters import FORMATS, ExportFilter, export_corpus, format_for, parse_filter
from corpora.exporters.report import flagged
from corpora.import_tm import corpus_from_json, read_alignment
from parallax.settings import Settings

FORMAT_HELP = ", ".join(FORMATS)


def export_alignment(
    corpus: AlignedCorpus | Mapping[str, object],
    fmt: str | None,
    output: str | os.PathLike[str],
    flt: ExportFilter | str | None = None,
) -> list[Path]:
    """Write an alignment (an ``AlignedCorpus`` or the dict ``parallax align --json`` prints)
    to ``output``; ``fmt`` defaults to what the extension implies. Returns the files written."""
    if not isinstance(corpus, AlignedCorpus):
        corpus = corpus_from_json(corpus, "alignment")
    if isinstance(flt, str) or flt is None:
        flt = parse_filter(flt)
    return export_corpus(corpus, fmt, output, flt)


def add_output_options(parser: argparse.ArgumentParser) -> None:
    """The ``--format/--output/--filter`` options, shared with ``align`` and ``batch``."""
    parser.add_argument("--format", dest="export_format", metavar="FORMAT",
                        help=f"one of {FORMAT_HELP} (default: from the --output extension)")
    parser.add_argument("--output", metavar="FILE",
                        help="file to write (for moses: a base name; <base>.<lang> files are written)")
    parser.add_argument("--filter", dest="export_filter", default="all", metavar="SPEC",
                        help="which beads: all | confirmed | min-score=0.8 | pair=en-fr | no-rejected | "
                             "empty | no-empty; combine with commas (default all)")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export",
        help="write an alignment as TMX, XLIFF, TSV/CSV, JSONL, Moses or a drift report",
        description="Export a project's reviewed alignment from the database, or convert an alignment "
                    "file (parallax align --json output, .tmx, .tsv, .csv, .jsonl) to another format. "
                    "'--format tmx-paragraph' writes one unit per paragraph pair; '--format srx "
                    "--output parallax.srx' writes Parallax's segmentation rules for a CAT tool.",
    )
    parser.add_argument("project", nargs="?", metavar="PROJECT",
                        help="project name or id in the database (PARALLAX_DATABASE_URL)")
    parser.add_argument("--from", "--from-json", dest="source_file", metavar="FILE",
                        help="read the alignment from this file instead of the database")
    parser.add_argument("--run", type=int, metavar="ID", help="export this alignment run of the project")
    parser.add_argument("--source-lang", metavar="XX", help="source language, when the file does not say")
    parser.add_argument("--target-lang", metavar="YY", help="target language, when the file does not say")
    parser.add_argument("--json", action="store_true", help="print what was written as JSON")
    add_output_options(parser)
    parser.set_defaults(func=run)


def _from_database(project: str, run_id: int | None, settings: Settings) -> list[tuple[str, AlignedCorpus]]:
    """The project's current runs (or ``run_id``) as corpora (their beads carry the documents' raw
    sentences, which the CAT formats write: ``corpora.exporters.raw``)."""
    from db.errors import NotFoundError

    repo = settings.repository()
    try:
        if run_id is not None:
            run_ids = [run_id]
        else:
            try:
                runs = repo.list_runs(project, current_only=True)
            except NotFoundError:
                if not project.isdigit():
                    raise
                runs = repo.list_runs(int(project), current_only=True)
            run_ids = [r.id for r in runs]
        if not run_ids:
            raise InputError(f"project {project!r} has no alignment run yet; align a pair first")
        out = []
        for rid in run_ids:
            corpus = repo.aligned_corpus(rid)
            out.append((f"run{rid}", corpus))
        return out
    finally:
        repo.close()


def _outputs_for(output: str, names: list[str]) -> list[Path]:
    """One output per corpus: the path itself for one, ``<stem>-<name><suffix>`` for several."""
    path = Path(output)
    if len(names) == 1:
        return [path]
    return [path.with_name(f"{path.stem}-{name}{path.suffix}") for name in names]


def _write_srx(args: argparse.Namespace) -> int:
    """``--format srx``: Parallax's segmentation rules, which depend on no alignment."""
    from corpora.exporters.srx import write_srx

    if args.project or args.source_file:
        raise InputError("--format srx writes Parallax's segmentation rules; give no PROJECT or --from")
    write_srx(args.output)
    if args.json:
        print(json.dumps({"written": [{"files": [args.output], "format": "srx"}]}))
    else:
        print(f"wrote Parallax's segmentation rules (SRX 2.0) to {args.output}", file=sys.stderr)
    return 0


def run(args: argparse.Namespace) -> int:
    if not args.output:
        raise InputError("say where to write: --output FILE")
    if (args.export_format or "").lower().strip() == "srx" or (
            not args.export_format and str(args.output).lower().endswith(".srx")):
        return _write_srx(args)
    if bool(args.project) == bool(args.source_file):
        raise InputError("give either a PROJECT (from the database) or --from FILE, not both or neither")
    export_format = format_for(args.output, args.export_format)
    flt = parse_filter(args.export_filter)
    if args.source_file:
        corpus = read_alignment(args.source_file, args.source_lang, args.target_lang)
        corpora = [(Path(args.source_file).stem, corpus)]
    else:
        corpora = _from_database(args.project, args.run, args.settings)
        for _, corpus in corpora:
            corpus.source_lang = args.source_lang or corpus.source_lang
            corpus.target_lang = args.target_lang or corpus.target_lang
    written = []
    outputs = _outputs_for(args.output, [name for name, _ in corpora])
    for (name, corpus), output in zip(corpora, outputs, strict=True):
        files = export_corpus(corpus, export_format.name, output, flt)
        beads = len(export_format.select(corpus, flt))
        if export_format.name.startswith("report"):
            beads = len(flagged(corpus, flt))
        written.append({"name": name, "files": [str(f) for f in files], "beads": beads,
                        "format": export_format.name})
        if not args.json:
            print(f"wrote {beads} beads to {', '.join(str(f) for f in files)}", file=sys.stderr)
    if args.json:
        print(json.dumps({"written": written}, ensure_ascii=False))
    return 0
