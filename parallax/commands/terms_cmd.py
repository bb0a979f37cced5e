"""``parallax terms import|export|list P …``: a project's termbase, which the drift checks honour.

An entry is a concept with its terms per language ("Black Hundreds" = "Cent-Noirs" =
"черносотенцы"); numbers and names inside an entry found on both sides of a pair are not drift.
Files are TBX (``.tbx``) or CSV (``.csv``: one column per language, named in the first row,
several terms in a cell separated by ``|``, an optional ``note`` column); see
``corpora/termfiles.py``. New entries apply from the pair's next run (``parallax align --project``).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from corpora.errors import InputError
from parallax.commands.stored import for_project


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "terms", help="a project's termbase (import, export, list): terms the drift checks honour",
        description="Terms and names a project translates one way (Black Hundreds = Cent-Noirs). Numbers "
        "and names inside an entry found on both sides of a pair are not flagged as drift.")
    verbs = parser.add_subparsers(dest="terms_verb", metavar="ACTION", required=True)
    for name, help_text in (("import", "add the entries of a TBX or CSV file to the project's termbase"),
                            ("export", "write the project's termbase to a TBX or CSV file"),
                            ("list", "print the project's termbase")):
        sub = verbs.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("project", metavar="P", help="project name (or id)")
        if name != "list":
            sub.add_argument("file", metavar="FILE", help="a .tbx or .csv file")
        sub.add_argument("--json", action="store_true", help="print one JSON document")
        sub.add_argument("--user", metavar="NAME", help="act as this user (default: PARALLAX_USER, else "
                         "your login name); in a team mode that user's project roles apply")
        sub.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from corpora.termfiles import read_terms, term_format

    if args.terms_verb != "list":
        term_format(args.file)  # a bad file name is refused before the database is opened
    records = read_terms(args.file) if args.terms_verb == "import" else None
    repo = args.settings.repository()
    try:
        if args.terms_verb == "import":
            result = _import(repo, args, records)
        elif args.terms_verb == "export":
            result = _export(repo, args)
        else:
            result = _list(repo, args)
    finally:
        repo.close()
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    return 0


def _import(repo: Any, args: argparse.Namespace, records: Any) -> dict[str, Any]:
    from alignment.termbase import entries_from_records

    entries = entries_from_records(records)
    added = for_project(lambda p: repo.add_terms(p, entries, actor=args.settings.local_user()), args.project)
    total = len(for_project(repo.list_terms, args.project))
    if not args.json:
        print(f"{args.file}: {len(added)} of {len(entries)} entries added to project {args.project!r} "
              f"(the others were there already or name fewer than two languages); {total} in its termbase. "
              f"They apply from the next run: parallax align --project {args.project}")
    return {"project": args.project, "file": args.file, "read": len(entries), "added": len(added),
            "entries": total}


def _export(repo: Any, args: argparse.Namespace) -> dict[str, Any]:
    from alignment.termbase import records_of
    from corpora.termfiles import term_format, terms_bytes

    terms = for_project(repo.list_terms, args.project)
    data = terms_bytes(records_of(t.entry for t in terms), term_format(args.file))
    try:
        Path(args.file).write_bytes(data)
    except OSError as exc:
        raise InputError(f"{args.file}: cannot write it ({exc.strerror or exc})") from None
    if not args.json:
        print(f"{args.file}: {len(terms)} entries of project {args.project!r} written")
    return {"project": args.project, "file": args.file, "entries": len(terms)}


def _list(repo: Any, args: argparse.Namespace) -> dict[str, Any]:
    from corpora.text_safety import display_name

    terms = for_project(repo.list_terms, args.project)
    if not args.json:
        print(f"{len(terms)} entries in the termbase of project {args.project!r}")
        for t in terms:
            note = f" — {t.entry.note}" if t.entry.note else ""
            who = f" (added by {t.created_by})" if t.created_by else ""
            print(display_name(f"#{t.id} {t.entry.label()}{note}{who}"))
    return {"project": args.project, "entries": [
        {"id": t.id, "terms": {k: list(v) for k, v in t.entry.terms.items()}, "note": t.entry.note,
         "created_by": t.created_by, "created_at": t.created_at.isoformat()} for t in terms]}
