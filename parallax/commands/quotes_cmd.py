"""``parallax quotes TEXT SOURCE_FILE... [--model M] [--json]``: trace quotations to their originals.

For each quotation of TEXT (at least ``--min-words`` words, or citing a footnote), the best
span of the SOURCE_FILEs (one to a few sentences, or part of one) with its file and character
offsets, a match score (a robust z-score against all candidate spans, and the margin over the
next best), and a verdict: faithful, drifted (with reasons), or no source found.
``--link 13=borodai.ru.txt`` says that footnote 13 cites that file: it is searched first.
"""

from __future__ import annotations

import argparse
import json
import re
from typing import Any

from corpora.errors import InputError
from corpora.excerpt import clip


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "quotes",
        help="find each quotation's original passage and judge its fidelity",
        description="Find, for each quotation of TEXT, the passage of the SOURCE_FILEs it translates, "
        "and say whether it renders it faithfully.",
    )
    parser.add_argument("text", metavar="TEXT", help="the text whose quotations are checked")
    parser.add_argument("sources", metavar="SOURCE_FILE", nargs="+", help="source-language documents")
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
                **_span_record(m.span), "score": round(m.score, 4), "z": round(m.z, 2),
                "margin_z": round(m.margin_z, 2)},
            "nearest": _span_record(m.runner_up) if m.span is None else None,
            "z": round(m.z, 2),
            "margin_z": round(m.margin_z, 2),
            "drift": m.drift_score,
            "word_coverage": None if m.word_coverage is None else round(m.word_coverage, 2),
            "kinds": sorted({s.kind for s in m.signals}),
            "reasons": m.reasons,
            "linked_document": m.linked_document,
        })
    counts: dict[str, int] = {}
    for r in records:
        counts[r["verdict"]] = counts.get(r["verdict"], 0) + 1
    record = {"text": args.text, "lang": text.lang, "sources": list(args.sources),
              "model": encoder.name, "quotations": len(records), "verdicts": counts, "quotes": records}
    if args.json:
        print(json.dumps(record, ensure_ascii=False))
        return 0
    print(f"{len(records)} quotations in {args.text} ({text.lang}) against {len(sources)} source file(s): "
          + ", ".join(f"{k} {v}" for k, v in counts.items()))
    for r in records:
        fn = f" [{r['footnote']}]" if r["footnote"] is not None else ""
        print(f"\n{r['id']}{fn} {r['verdict'].upper()}  z {r['z']:.1f}, margin {r['margin_z']:.1f}")
        print(f"  “{clip(r['text'], 160, one_line=True)}”")
        if r["match"]:
            m = r["match"]
            print(f"  ← {m['file']} [{m['start']}:{m['end']}] “{clip(m['text'], 160, one_line=True)}”")
        for reason in r["reasons"]:
            print(f"  ! {reason}")
    return 0
