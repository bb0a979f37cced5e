"""``parallax drift SOURCE TARGET [--model M] [--json]``: align, then flag where the translation drifts.

Each bead gets a drift score in [0, 1], the kinds of drift found (meaning, numbers, names,
omission, addition, reversal, form), a readable reason per kind and the evidence: character
spans in the sentences concerned. The human output lists the flagged beads first, most
drifting first; ``--json`` prints one JSON document with every bead and a summary per kind.
See docs/drift.md for what each signal means and how it was tuned.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from corpora.errors import InputError


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
    parser.set_defaults(func=run)


def _read(path: str, lang: str | None, lines: bool) -> Any:
    from corpora.reading import read_file

    if not lines:
        return read_file(path, lang=lang)
    from corpora.document import build_document

    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read it as UTF-8 lines ({exc.__class__.__name__})") from None
    from corpora.types import Document, Sentence

    doc = build_document(text, lang=lang, source_name=path)
    sentences, pos = [], 0
    for k, line in enumerate(text.split("\n")):
        if line.strip():
            sentences.append(Sentence(id=f"s{k}", index=len(sentences), paragraph=len(sentences),
                                      start=pos, end=pos + len(line), text=line.strip()))
        pos += len(line) + 1
    return Document(text=text, lang=doc.lang, sentences=sentences, source_name=path)


def drift_record(alignment: Any, source: Any, target: Any, report: Any, pairs: list[Any],
                 names: tuple[str, str]) -> dict[str, Any]:
    """The JSON document of a drift run: every bead with its drift, plus the summary."""
    beads = []
    for bead, drift, pair in zip(alignment.beads, report.beads, pairs, strict=True):
        signals = []
        for s in drift.signals:
            signals.append({
                "kind": s.kind, "reason": s.reason, "strength": round(s.strength, 3),
                "source_evidence": _evidence(pair, "source", s.source_spans, bead.source_ids),
                "target_evidence": _evidence(pair, "target", s.target_spans, bead.target_ids),
            })
        beads.append({
            "index": drift.index,
            "source_ids": list(bead.source_ids),
            "target_ids": list(bead.target_ids),
            "source": list(pair.source),
            "target": list(pair.target),
            "kind": bead.kind,
            "score": round(bead.score, 4),
            "similarity": round(bead.similarity, 4),
            "drift": drift.score,
            "flagged": drift.flagged,
            "kinds": drift.kinds,
            "reasons": [f"{s.kind}: {s.reason}" for s in drift.signals],
            "signals": signals,
        })
    summary = {kind: {"count": len(idx), "beads": idx} for kind, idx in report.summary.items()}
    return {
        "source_name": names[0],
        "target_name": names[1],
        "source_lang": source.lang,
        "target_lang": target.lang,
        "model": alignment.model,
        "flagged": sum(b["flagged"] for b in beads),
        "summary": summary,
        "beads": beads,
    }


def _evidence(pair: Any, side: str, spans: tuple[tuple[int, int], ...], ids: tuple[int, ...]) -> list[dict]:
    """Joined-text spans → (document sentence index, offsets inside that sentence, text)."""
    joined = pair.source_text if side == "source" else pair.target_text
    out = []
    for start, end in spans:
        k, offset = pair.locate(side, start)
        sentence = ids[k] if k < len(ids) else None
        out.append({"sentence": sentence, "start": offset, "end": offset + (end - start),
                    "text": joined[start:end]})
    return out


def run(args: argparse.Namespace) -> int:
    from alignment.aligner import align
    from alignment.drift import detect_drift
    from alignment.drift_pipeline import bead_pairs
    from models.registry import load_encoder

    source = _read(args.source, args.source_lang, args.lines)
    target = _read(args.target, args.target_lang, args.lines)
    if not source.sentences or not target.sentences:
        raise InputError("one of the texts has no sentences")
    encoder = load_encoder(args.model, cache=not args.no_cache)
    alignment = align(source, target, encoder)
    pairs = bead_pairs(alignment, source, target)
    report = detect_drift(pairs, source.lang, target.lang, encoder=encoder)
    record = drift_record(alignment, source, target, report, pairs, (args.source, args.target))
    if args.json:
        print(json.dumps(record, ensure_ascii=False))
        return 0
    print(f"{len(record['beads'])} beads, {record['flagged']} flagged "
          f"({source.lang} → {target.lang}, {record['model'].split('|')[0]})")
    print("  " + ", ".join(f"{k} {v['count']}" for k, v in record["summary"].items()))
    flagged = sorted((b for b in record["beads"] if b["flagged"]), key=lambda b: -b["drift"])
    rest = [b for b in record["beads"] if not b["flagged"]] if args.all else []
    for bead in flagged + rest:
        print(f"\n#{bead['index']} {bead['kind']} drift {bead['drift']:.2f} "
              f"[{', '.join(bead['kinds']) or 'ok'}] source {bead['source_ids']} target {bead['target_ids']}")
        for reason in bead["reasons"]:
            print(f"  ! {reason}")
        for text in bead["source"]:
            print(f"  < {text}")
        for text in bead["target"]:
            print(f"  > {text}")
    return 0
