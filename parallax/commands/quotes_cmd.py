"""``parallax quotes TEXT SOURCE_FILE... [--model M] [--json]``: trace quotations to their originals.

For each quotation of TEXT (at least ``--min-words`` words, or citing a footnote), the best
span of the SOURCE_FILEs (one to a few sentences, or part of one) with its file and character
offsets, a match score (a robust z-score against all candidate spans, and the margin over the
next best), and a verdict: faithful, drifted (with reasons), or no source found.
``--link 13=borodai.ru.txt`` says that footnote 13 cites that file: it is searched first.

``parallax quotes --project P [--documents TEXT SOURCE...]`` traces the quotations of a document
stored in a project in the project's source documents, through ``parallax.workflow.trace_quotes_stored``
as the workbench does, and stores what it found (``--link N=DOC`` names a stored document).
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any

from alignment.figures import shown, stored
from alignment.quote_confidence import describe
from alignment.quote_parts import part_records
from corpora.errors import InputError
from corpora.excerpt import clip
from parallax.commands.stored import add_project_options, run_record_verb

FILES_USAGE = "TEXT and SOURCE_FILE files"


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "quotes",
        help="find each quotation's original passage and judge its fidelity",
        description="Find, for each quotation of TEXT, the passage of the SOURCE_FILEs it translates, "
        "and say whether it renders it faithfully.",
    )
    parser.add_argument("text", metavar="TEXT", nargs="?", help="the text whose quotations are checked")
    parser.add_argument("sources", metavar="SOURCE_FILE", nargs="*", help="source-language documents")
    parser.add_argument("--model", metavar="M",
                        help="embedding model (default: $PARALLAX_QUOTE_MODEL, $PARALLAX_MODEL or e5+use, "
                        "the better one at saying 'no source found')")
    parser.add_argument("--lang", metavar="XX", help="language of TEXT (skips detection)")
    parser.add_argument("--source-lang", metavar="YY", help="language of the SOURCE_FILEs (skips detection)")
    parser.add_argument("--link", metavar="N=FILE", action="append", default=[],
                        help="footnote N cites FILE (repeatable); its quotations are looked for there first")
    parser.add_argument("--min-words", type=int, default=6, metavar="K",
                        help="skip quotations shorter than K words that cite no footnote (default 6)")
    parser.add_argument("--no-cache", action="store_true", help="do not use the embedding cache")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    add_project_options(parser, "with --project: the quoting document, then its source documents (ids or "
                        "names; default: the project's two documents, the first imported quoting the "
                        "second)", "+", "DOC")
    parser.set_defaults(func=run)


def parse_links(values: list[str]) -> dict[int, str]:
    """``["13=borodai.ru.txt", …]`` → ``{13: "borodai.ru.txt"}``."""
    links: dict[int, str] = {}
    for value in values:
        m = re.fullmatch(r"\s*(\d+)\s*=\s*(.+?)\s*", value)
        if not m:
            raise InputError(f"--link {value!r}: write it as N=FILE, for example 13=borodai.ru.txt")
        links[int(m.group(1))] = m.group(2)
    return links


def selected_quotes(doc: Any, min_words: int) -> list[Any]:
    """Top-level quotations worth tracing: long enough, or citing a footnote."""
    return [q for q in doc.quotes
            if q.depth == 0 and (q.footnote is not None or len(q.text.split()) >= min_words)]


def _span_record(span: Any, score: float | None = None) -> dict[str, Any] | None:
    if span is None:
        return None
    return {"file": span.doc_name, "start": span.start, "end": span.end,
            "sentence_ids": list(span.sentence_ids), "text": span.text}


def run(args: argparse.Namespace) -> int:
    files = (args.text, args.sources[0] if args.sources else None)
    return run_record_verb(args, "quotes", files, FILES_USAGE, stored_record, file_record, print_quotes)


def stored_record(args: argparse.Namespace) -> dict[str, Any]:
    """Trace a stored document's quotations in stored sources, store the outcome, and give the
    record the file mode prints (files named ``name #id``, ``document`` and ``sources`` by id)."""
    from alignment.quotes import NOT_FOUND
    from models.progress import tqdm_progress
    from parallax.commands.stored import describe, document_pair, find_document, project_documents
    from parallax.workflow import trace_quotes_stored

    repo = args.settings.repository()
    try:
        if args.documents and len(args.documents) > 1:
            documents = project_documents(repo, args.project)
            text, *sources = (find_document(documents, name, args.project) for name in args.documents)
            if text.id in {s.id for s in sources}:
                raise InputError(f"{describe(text)} cannot quote itself; give other source documents")
        elif args.documents:
            raise InputError("--documents needs the quoting document and at least one source document")
        else:
            text, source = document_pair(repo, args.project, None, "quotes which (TEXT SOURCE...)")
            sources = [source]
        links = {n: find_document(sources, name, args.project).id
                 for n, name in parse_links(args.link).items()}
        with tqdm_progress("quotes", unit="quote", disable=not sys.stderr.isatty()) as progress:
            trace_quotes_stored(repo, text.id, [s.id for s in sources], footnote_links=links,
                                model=args.model, progress=lambda _stage, done, total: progress(done, total),
                                settings=args.settings, cache=not args.no_cache)
        quotes = repo.list_quotes(text.id)
        texts = {s.id: repo.load_document(s.id).text for s in sources}
    finally:
        repo.close()
    names = {s.id: f"{s.source_name or 'document'} #{s.id}" for s in sources}
    records = []
    for q in quotes:
        m = q.matches[0] if q.matches else None
        evidence = (m.evidence or {}) if m is not None else {}
        span = None if m is None else {"file": names.get(m.matched_document_id, f"#{m.matched_document_id}"),
                                       "document_id": m.matched_document_id, "start": m.start, "end": m.end,
                                       "text": texts.get(m.matched_document_id, "")[m.start:m.end]}
        found = span is not None and not evidence.get("nearest")
        records.append({
            "id": q.qid, "text": q.text, "start": q.start, "end": q.end, "footnote": q.footnote,
            "verdict": m.verdict if m is not None else NOT_FOUND,
            "match": {**span, "score": m.score} if found else None,  # type: ignore[dict-item]
            "nearest": None if found else span,
            "z": evidence.get("z"), "margin_z": evidence.get("margin_z"),
            "word_coverage": evidence.get("word_coverage"), "kinds": evidence.get("kinds", []),
            "match_confidence": evidence.get("match_confidence"), "drift": evidence.get("drift"),
            "reasons": list(m.reasons) if m is not None else [],
        })
    return {"text": f"{text.source_name or 'document'} #{text.id}", "lang": text.language,
            "document": {"id": text.id, "name": text.source_name, "lang": text.language},
            "sources": [names[s.id] for s in sources], "model": args.settings.quote_model_for(args.model),
            "quotations": len(records), "verdicts": _counts(records), "quotes": records}


def _counts(records: list[dict[str, Any]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for r in records:
        counts[r["verdict"]] = counts.get(r["verdict"], 0) + 1
    return counts


def file_record(args: argparse.Namespace) -> dict[str, Any]:
    """Read the files and trace TEXT's quotations in the SOURCE_FILEs (nothing is stored)."""
    from alignment.quotes import match_quotes
    from corpora.reading import read_file

    links = parse_links(args.link)
    limit = args.settings.max_upload_bytes
    text = read_file(args.text, lang=args.lang, max_bytes=limit)
    sources = [read_file(path, lang=args.source_lang, max_bytes=limit) for path in args.sources]
    known = {p for p in args.sources}
    for n, name in links.items():
        if not any(name == p or p.endswith("/" + name) or p.endswith(name) for p in known):
            raise InputError(f"--link {n}={name}: {name} is not one of the SOURCE_FILEs")
    quotes = selected_quotes(text, args.min_words)
    encoder = args.settings.encoder(args.model, cache=not args.no_cache, quote=True)
    matches = match_quotes(quotes, text.lang, sources, encoder, footnote_links=links,
                           source_names=list(args.sources))
    records = []
    for q, m in zip(quotes, matches, strict=True):
        note = text.footnotes.get(q.footnote) if q.footnote is not None else None
        records.append({
            "id": q.id,
            "text": q.text,
            "start": q.start,
            "end": q.end,
            "footnote": q.footnote,
            "footnote_text": note.text if note is not None else None,
            "verdict": m.verdict,
            "match": None if m.span is None else {
                **_span_record(m.span), "score": round(m.score, 4), "z": stored(m.z),
                "margin_z": stored(m.margin_z)},
            "nearest": _span_record(m.runner_up) if m.span is None else None,
            "z": stored(m.z),
            "margin_z": stored(m.margin_z),
            "drift": m.drift_score,
            "match_confidence": None if m.match_confidence is None else round(m.match_confidence, 2),
            "word_coverage": None if m.word_coverage is None else round(m.word_coverage, 2),
            "kinds": sorted({s.kind for s in m.signals}),
            "reasons": m.reasons,
            "linked_document": m.linked_document,
            "parts": part_records(m.parts),
        })
    return {"text": args.text, "lang": text.lang, "sources": list(args.sources),
            "model": encoder.name, "quotations": len(records), "verdicts": _counts(records),
            "quotes": records}


def print_quotes(record: dict[str, Any]) -> None:
    """The human output: a summary line, then each quotation, its verdict and the passage found."""
    print(f"{record['quotations']} quotations in {record['text']} ({record['lang']}) against "
          f"{len(record['sources'])} source file(s): "
          + ", ".join(f"{k} {v}" for k, v in record["verdicts"].items()))
    for r in record["quotes"]:
        fn = f" [{r['footnote']}]" if r["footnote"] is not None else ""
        z = "" if r["z"] is None else f"  z {shown(r['z'])}, margin {shown(r['margin_z'])}"
        print(f"\n{r['id']}{fn} {r['verdict'].upper()}{z}")
        print(f"  “{clip(r['text'], 160, one_line=True)}”")
        if r.get("match_confidence") is not None:
            which = "passage" if r["match"] else "nearest passage"
            drift = (f"; P(drift) {r['drift']:.2f}" if r["match"] and isinstance(r.get("drift"), float)
                     else "")
            print(f"  {which}: {describe(r['match_confidence'])}{drift}")
        if r["match"]:
            m = r["match"]
            print(f"  ← {m['file']} [{m['start']}:{m['end']}] “{clip(m['text'], 160, one_line=True)}”")
        for reason in r["reasons"]:
            print(f"  ! {reason}")
        for part in r.get("parts") or []:
            passage = part["passage"]
            where = (f"{part['found']}, z {shown(part['z'])}: [{passage['start']}:{passage['end']}]"
                     if passage else "no passage")
            print(f"    part {part['part']} ({where}) “{clip(part['text'], 90, one_line=True)}”")
