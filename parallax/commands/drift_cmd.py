"""``parallax drift SOURCE TARGET [--model M] [--json]``: align, then flag where the translation drifts.

``parallax drift --project P [--documents A B]`` prints the flags of a stored run instead (the pair's
current run, as ``parallax align --project`` or the workbench stored it, with the review status
of each bead), read from the database: nothing is aligned again.

Each bead gets a drift score in [0, 1], the kinds of drift found (meaning, numbers, names,
omission, addition, reversal, form), a readable reason per kind and the evidence: character
spans in the sentences concerned. The human output lists the flagged beads first, most
drifting first; ``--json`` prints one JSON document with every bead and a summary per kind.
See docs/drift.md for what each signal means and how it was tuned.

``--terms FILE`` (TBX or CSV) gives the file mode a termbase: numbers and names inside an entry
found on both sides of a pair are not drift. A project's own termbase (``parallax terms``) applies
when its pairs are aligned (``parallax align --project``); ``drift --project`` says when entries
were added after the run it shows.
"""

from __future__ import annotations

import argparse
from typing import Any

from corpora.errors import InputError
from parallax.commands.stored import run_record_verb


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "drift",
        help="flag the aligned pairs where a translation drifts from its source",
        description="Align a text with its translation and flag the pairs that need a second look: "
        "low similarity for this document, changed numbers or names, omitted or added clauses, "
        "reversed negation, quotation marks or footnotes on one side only.",
    )
    from parallax.commands.align_cmd import add_pair_options

    add_pair_options(parser)
    parser.add_argument("--all", action="store_true", help="also print the beads that are not flagged")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.add_argument("--terms", metavar="FILE", help="a termbase (.tbx or .csv) whose terms and names "
                        "are not drift (files only; a project uses its own: parallax terms import)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from parallax.commands.align_cmd import FILES_USAGE

    return run_record_verb(args, "drift", (args.source, args.target), FILES_USAGE, stored_record,
                           file_record, lambda record: print_flags(record, args.all))


def file_record(args: argparse.Namespace) -> dict[str, Any]:
    """Align the two files and judge drift: the record ``--json`` prints."""
    from parallax.pipeline import read_document, run_pair

    termbase = None
    if args.terms:
        from alignment.termbase import Termbase, entries_from_records
        from corpora.termfiles import read_terms

        termbase = Termbase(tuple(entries_from_records(read_terms(args.terms))))
    limit = args.settings.max_upload_bytes
    source = read_document(args.source, args.source_lang, args.lines, max_bytes=limit)
    target = read_document(args.target, args.target_lang, args.lines, max_bytes=limit)
    if not source.sentences or not target.sentences:
        raise InputError("one of the texts has no sentences")
    encoder = args.settings.encoder(args.model, cache=not args.no_cache)
    return run_pair(source, target, encoder, termbase=termbase).as_json((args.source, args.target))


def stored_record(args: argparse.Namespace) -> dict[str, Any]:
    """The stored current run of a project's pair, in the shape of the file mode's record (each
    bead also carries its review status, reviewer and note)."""
    from parallax.commands.stored import describe, document_pair, for_project

    if args.terms:
        raise InputError("--terms is for files; a project uses its own termbase "
                         f"(parallax terms import {args.project} FILE, then parallax align --project)")
    repo = args.settings.repository()
    try:
        if args.documents:
            source, target = document_pair(repo, args.project, args.documents, "pair")
            run = repo.current_run(source.id, target.id)
            if run is None:
                raise InputError(f"{describe(source)} → {describe(target)} has no alignment run yet; "
                                 f"run parallax align --project {args.project} --documents first")
        else:
            runs = for_project(lambda p: repo.list_runs(p, current_only=True), args.project)
            if not runs:
                raise InputError(f"project {args.project!r} has no alignment run yet; "
                                 f"run parallax align --project {args.project} first")
            if len(runs) > 1:
                pairs = ", ".join(f"#{r.source_document_id} → #{r.target_document_id}" for r in runs)
                raise InputError(f"project {args.project!r} has {len(runs)} aligned pairs ({pairs}); "
                                 "say which with --documents A B")
            run = runs[0]
            source = repo.get_document(run.source_document_id)
            target = repo.get_document(run.target_document_id)
        beads = repo.list_beads(run.id)
        newer = _terms_after(repo, run)
        feedback = repo.flag_feedback(run.project_id)
    finally:
        repo.close()
    record = stored_run_record(run, source, target, beads)
    from alignment.drift_calibration import feedback_notes

    record["project_feedback"] = feedback_notes(feedback)
    if newer:
        record["not_checked"].append(f"termbase: entries added after this run; run parallax align "
                                     f"--project {args.project} to apply them")
    return record


def _terms_after(repo: Any, run: Any) -> bool:
    """Whether the project's termbase gained entries after ``run`` was stored."""
    changed = repo.terms_changed_at(run.project_id)
    if changed is None:
        return False
    made = run.created_at
    if (changed.tzinfo is None) != (made.tzinfo is None):  # SQLite hands back naive UTC times
        changed, made = changed.replace(tzinfo=None), made.replace(tzinfo=None)
    return changed > made


def stored_run_record(run: Any, source: Any, target: Any, beads: list[Any]) -> dict[str, Any]:
    """A stored run (``db.views`` shapes) as the drift record."""
    from alignment.drift import signal_coverage
    from alignment.records import stored_dismissals, stored_evidence_lines
    from corpora.exporters.common import pair_number

    records = []
    summary: dict[str, dict[str, Any]] = {}
    for index, b in enumerate(beads):
        for kind in b.kinds:
            entry = summary.setdefault(kind, {"count": 0, "beads": []})
            entry["count"] += 1
            entry["beads"].append(index)
        records.append({
            "index": index, "pair": pair_number(index),
            "source_ids": list(b.source_ids), "target_ids": list(b.target_ids),
            "source": list(b.source), "target": list(b.target), "kind": b.kind,
            "score": round(b.score or 0.0, 4), "similarity": round(b.similarity or 0.0, 4),
            "drift": b.drift_score or 0.0, "flagged": b.flagged, "kinds": list(b.kinds),
            "reasons": list(b.reasons),
            "evidence": stored_evidence_lines(b.evidence, b.source, b.target),
            "status": b.status, "reviewer": b.reviewer, "note": b.note,
            "dismissed": [{"kind": d.kind, "by": d.by, "at": d.at, "reason": d.reason}
                          for d in stored_dismissals(b.source_ids, b.target_ids, b.hints)],
        })
    return {
        "source_name": source.source_name, "target_name": target.source_name,
        "source_lang": source.language, "target_lang": target.language, "model": run.model,
        "run_id": run.id, "source_document_id": source.id, "target_document_id": target.id,
        "flagged": sum(1 for r in records if r["flagged"]), "summary": summary,
        "not_checked": signal_coverage(source.language, target.language),
        **stored_translation(run.params), "beads": records,
    }


def stored_translation(params: dict[str, Any]) -> dict[str, Any]:
    """``{"translation": …}`` from a stored run's parameters, when the aligner judged it (runs
    stored before the check have none)."""
    from alignment.confidence import TranslationCheck

    check = TranslationCheck.from_dict((params or {}).get("translation_check"))
    return {"translation": check.as_dict()} if check is not None else {}


def print_flags(record: dict[str, Any], everything: bool) -> None:
    """The human output: a summary line, counts per kind, then the flagged beads, most drifting first
    (pair and sentence numbers from 1, as the workbench and the exports show them)."""
    from corpora.exporters.common import sentence_numbers

    print(f"{len(record['beads'])} beads, {record['flagged']} flagged "
          f"({record['source_lang']} → {record['target_lang']}, {record['model'].split('|')[0]})")
    if record["summary"]:
        print("  " + ", ".join(f"{k} {v['count']}" for k, v in record["summary"].items()))
    for note in record.get("not_checked", ()):
        print(f"  not checked: {note}")
    for line in record.get("project_feedback", ()):
        print(f"  reviewers' feedback: {line}")
    flagged = sorted((b for b in record["beads"] if b["flagged"]), key=lambda b: -b["drift"])
    rest = [b for b in record["beads"] if not b["flagged"]] if everything else []
    for bead in flagged + rest:
        status = f" ({bead['status']})" if bead.get("status", "automatic") != "automatic" else ""
        print(f"\npair {bead['pair']} {bead['kind']} drift {bead['drift']:.2f}{status} "
              f"[{', '.join(bead['kinds']) or 'ok'}] source {sentence_numbers(bead['source_ids'])} "
              f"target {sentence_numbers(bead['target_ids'])}")
        for reason in bead["reasons"]:
            print(f"  ! {reason}")
        for d in bead.get("dismissed", ()):
            print(f"  - {d['kind']}: dismissed as {d['reason']} by {d['by']} ({d['at']})")
        for text in bead["source"]:
            print(f"  < {text}")
        for text in bead["target"]:
            print(f"  > {text}")
