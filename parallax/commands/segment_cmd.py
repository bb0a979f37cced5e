"""``parallax segment FILE [--lang xx] [--json] [--sentences]``: read one file and show its Document.

Useful to check how Parallax sees a text before aligning it: the language it
detected (and any doubt), how many paragraphs, sentences, quotations and
footnotes it found; ``--json`` prints the whole Document.
"""

from __future__ import annotations

import argparse
import json
from typing import Any


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "segment",
        help="read a file and show its language, paragraphs, sentences, quotations and footnotes",
        description="Read a document (.txt, .md, .html, .docx, .pdf) and print what Parallax found in it.",
    )
    parser.add_argument("file", metavar="FILE", help="the document to read")
    parser.add_argument("--lang", metavar="XX", help="language code (en, fr, ru...), skips detection")
    parser.add_argument("--json", action="store_true", help="print the whole Document as one JSON document")
    parser.add_argument("--sentences", action="store_true", help="also list the sentences, one a line")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from corpora.reading import read_file
    from corpora.serialize import document_to_dict

    doc = read_file(args.file, lang=args.lang)
    if args.json:
        print(json.dumps(document_to_dict(doc), ensure_ascii=False, indent=1))
        return 0
    language = doc.language
    how = "set by you" if language and language.overridden else f"confidence {language.confidence:.2f}"
    print(f"file: {doc.source_name}  (sha256 {doc.sha256[:12]})")
    print(f"language: {doc.lang} ({how})")
    if language and language.note and not language.overridden:
        print(f"  note: {language.note}")
    elif language and language.overridden and language.note != "set by the user":
        print(f"  note: {language.note}")
    numbers = ", ".join(str(n) for n in sorted(doc.footnotes))
    print(f"paragraphs: {len(doc.paragraphs)}")
    print(f"sentences: {len(doc.sentences)}")
    nested = sum(1 for q in doc.quotes if q.depth)
    print(f"quotations: {len(doc.quotes)} ({nested} nested)")
    print(f"footnotes: {len(doc.footnotes)}" + (f" ({numbers})" if numbers else ""))
    if args.sentences:
        for sentence in doc.sentences:
            notes = "".join(f" [{n}]" for n in sentence.footnotes)
            print(f"{sentence.id}\tp{sentence.paragraph}\t{sentence.text}{notes}")
    return 0
