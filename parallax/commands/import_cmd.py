"""``parallax import FILE... [--project NAME] [--lang xx]``: read documents and store them in the database.

All files are read (and segmented) first; only when every one of them could be read is anything
stored, so a bad file in the list leaves the database as it was. Importing the same file twice
into a project is harmless: the first copy is kept (identity = SHA-256 of the file's bytes).
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path
from typing import Any

from corpora.errors import InputError

DEFAULT_PROJECT = "default"


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "import",
        help="store documents in the database (PARALLAX_DATABASE_URL)",
        description="Read documents (txt, md, html, docx, pdf...) and store them, segmented, in a project "
                    "of the database named by PARALLAX_DATABASE_URL (default: a SQLite file in your data "
                    "folder).",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="documents to import")
    parser.add_argument("--project", default=DEFAULT_PROJECT,
                        help=f"project to import into, created if missing (default: {DEFAULT_PROJECT})")
    parser.add_argument("--lang", metavar="XX", help="language code of the documents (skips detection)")
    parser.add_argument("--json", action="store_true", help="print the result as one JSON document")
    parser.set_defaults(func=run)


def read_for_import(path: Path, lang: str | None, max_bytes: int):  # type: ignore[no-untyped-def]
    """The corpora reader (a separate function so that tests can stand in for it)."""
    try:
        from corpora.reading import read_file
    except ImportError as exc:
        raise InputError(f"reading files is not available in this installation ({exc})") from None
    return read_file(path, lang=lang, max_bytes=max_bytes)


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def run(args: argparse.Namespace) -> int:
    if args.lang is not None and not (args.lang.replace("-", "").isalpha() and 2 <= len(args.lang) <= 12):
        raise InputError(f"--lang {args.lang!r} is not a language code (e.g. en, fr, ru)")
    paths = [Path(f) for f in args.files]
    for path in paths:
        if not path.is_file():
            raise InputError(f"{path}: no such file")
    documents = []
    for path in paths:
        doc = read_for_import(path, args.lang, args.settings.max_upload_bytes)
        if args.lang:
            doc.lang = args.lang
        doc.sha256 = _file_sha256(path)  # identity is the file's bytes, not the text read from them
        if not doc.source_name:
            doc.source_name = path.name
        documents.append((path, doc))

    results = []
    repo = args.settings.repository()
    try:
        project = repo.ensure_project(args.project)
        for path, doc in documents:
            info, created = repo.import_document(project.id, doc)
            results.append({"file": str(path), "document_id": info.id, "created": created,
                            "language": info.language, "sentences": info.sentences,
                            "quotes": len(doc.quotes), "sha256": info.sha256})
    finally:
        repo.close()

    if args.json:
        print(json.dumps({"project": project.name, "project_id": project.id, "documents": results},
                         ensure_ascii=False, indent=2))
    else:
        for r in results:
            what = "imported as" if r["created"] else "already there (same content) as"
            print(f"{r['file']}: {what} document {r['document_id']} in project {project.name!r} "
                  f"({r['language']}, {r['sentences']} sentences, {r['quotes']} quotations)")
    return 0
