"""The stored-project mode shared by ``align``, ``drift`` and ``quotes``: ``--project P [--documents …]``.

The same verbs work on files (positional arguments) or on documents already imported into a
project of the database (``parallax import``), so that import → align → export works from the
command line as it does in the workbench. Documents are named by id or by their stored name.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from corpora.errors import InputError

USAGE_EXIT = 2
T = TypeVar("T")


class UsageError(Exception):
    """Files and ``--project`` mixed, or neither given: a usage error (exit 2, one line)."""


def add_project_options(parser: argparse.ArgumentParser, documents_help: str,
                        documents_nargs: int | str = 2, metavar: str | tuple[str, ...] = ("A", "B")) -> None:
    """``--project``, ``--documents`` and ``--user`` (the stored mode acts as a user, like ``import``:
    the CLI puts ``--user`` into ``args.settings``)."""
    parser.add_argument("--project", metavar="P",
                        help="work on documents stored in this project (name or id) instead of files")
    parser.add_argument("--documents", nargs=documents_nargs, metavar=metavar, help=documents_help)
    parser.add_argument("--user", metavar="NAME", help="with --project: act as this user (default: "
                        "PARALLAX_USER, else your login name); in a team mode that user's project roles "
                        "apply")


def project_mode(args: argparse.Namespace, files: Sequence[str | None], files_usage: str) -> bool:
    """True for ``--project``; raises ``UsageError`` when files and ``--project`` are mixed or
    neither is complete."""
    given = [f for f in files if f]
    if args.project is not None:
        if given:
            raise UsageError(f"give either {files_usage} or --project P, not both")
        return True
    if getattr(args, "documents", None):
        raise UsageError("--documents needs --project P")
    if len(given) < len(files):
        raise UsageError(f"give {files_usage}, or --project P for documents stored in the database")
    return False


def run_record_verb(args: argparse.Namespace, verb: str, files: Sequence[str | None], files_usage: str,
                    stored: Callable[[argparse.Namespace], dict[str, Any]],
                    from_files: Callable[[argparse.Namespace], dict[str, Any]],
                    show: Callable[[dict[str, Any]], None]) -> int:
    """A verb that builds one record from files or from a project, then prints it as JSON
    (``--json``) or for people (``show``)."""
    try:
        record = stored(args) if project_mode(args, files, files_usage) else from_files(args)
    except UsageError as exc:
        return usage_exit(verb, exc)
    warn_not_translation(verb, record)
    if args.json:
        print(json.dumps(record, ensure_ascii=False))
    else:
        show(record)
    return 0


def warn_not_translation(verb: str, record: dict[str, Any]) -> None:
    """On stderr, when the aligner judged that the two texts are not translations of each other
    (``record["translation"]``, as ``alignment.confidence.TranslationCheck.as_dict`` writes it)."""
    check = record.get("translation")
    if isinstance(check, dict) and check.get("warning"):
        print(f"parallax {verb}: warning: {check['warning']}", file=sys.stderr)


def usage_exit(verb: str, exc: UsageError) -> int:
    """Print a usage error in one line, the way the CLI prints its errors, and give exit code 2."""
    print(f"parallax {verb}: {exc}", file=sys.stderr)
    return USAGE_EXIT


def describe(doc: Any) -> str:
    """``#3 article.fr.txt (fr)``: how a stored document is named in messages."""
    return f"#{doc.id} {doc.source_name or 'document'} ({doc.language})"


def for_project(call: Callable[[int | str], T], project: str) -> T:
    """``call(project)`` with the project named by its name, else (when the name is all digits and
    no project has it) by its id, as ``parallax export PROJECT`` reads it."""
    from db.errors import NotFoundError

    try:
        return call(project)
    except NotFoundError:
        if not project.isdigit():
            raise
        return call(int(project))


def project_documents(repo: Any, project: str) -> list[Any]:
    """The project's documents, oldest first."""
    return list(for_project(repo.list_documents, project))


def find_document(documents: Sequence[Any], wanted: str, project: str) -> Any:
    """A document of the project by id (``3`` or ``#3``) or by its stored name (or that name's
    last path part); one line naming the project's documents when none or several fit."""
    key = wanted.strip().lstrip("#")
    if key.isdigit():
        hits = [d for d in documents if d.id == int(key)]
    else:
        hits = [d for d in documents if d.source_name == wanted]
        if not hits:
            hits = [d for d in documents if (d.source_name or "").rsplit("/", 1)[-1] == wanted]
    if len(hits) == 1:
        return hits[0]
    if hits:
        raise InputError(f"{wanted!r} names {len(hits)} documents of project {project!r}: "
                         f"{listing(hits)}; give the id instead")
    raise InputError(f"project {project!r} has no document {wanted!r}; its documents: {listing(documents)}")


def listing(documents: Sequence[Any]) -> str:
    return ", ".join(describe(d) for d in documents) or "none"


def document_pair(repo: Any, project: str, names: Sequence[str] | None, what: str) -> tuple[Any, Any]:
    """The two documents ``--documents A B`` names, or, without it, the project's two documents
    when it has exactly two (the first imported is the source)."""
    documents = project_documents(repo, project)
    if names:
        first, second = (find_document(documents, n, project) for n in names)
        if first.id == second.id:
            raise InputError(f"--documents names {describe(first)} twice; give two different documents")
        return first, second
    if len(documents) == 2:
        return documents[0], documents[1]
    raise InputError(f"project {project!r} has {len(documents)} documents; say which {what} with "
                     f"--documents: {listing(documents)}")
