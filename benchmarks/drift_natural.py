"""Natural translations at a realistic drift rate: flags on faithful pairs, and the labelled drifts found.

Material: ``benchmarks/data/drift_natural_blind.tsv`` (five documents of 46 English sentences, each
with a French and a Russian translation written as a professional would, with about 5 % of the
pairs in each language carrying one real drift, labelled by its writer; see the ``.md`` beside it).
Each (document, language) is scored as a whole, untouched. Reports, per language and overall:
flags per 100 faithful pairs (false alarms), recall of the labelled drifts, precision, and every
flag with its reason. The set is **blind**: scored once, on a frozen library, never tuned on.

    .venv/bin/python benchmarks/drift_natural.py [--set blind2] [--model use-m3] [--cache FILE] [--json]
        [--list FILE]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from alignment.drift import BeadPair, detect_drift  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "drift_natural_blind.tsv"
SETS = {"blind": DATA, "blind2": ROOT / "benchmarks" / "data" / "drift_natural_blind2.tsv",
        "blind3": ROOT / "benchmarks" / "data" / "drift_natural_blind3.tsv",
        "blind4": ROOT / "benchmarks" / "data" / "drift_natural_blind4.tsv",
        "blind5": ROOT / "benchmarks" / "data" / "drift_natural_blind5.tsv",
        "blind6": ROOT / "benchmarks" / "data" / "drift_natural_blind6.tsv",
        "blind7": ROOT / "benchmarks" / "data" / "drift_natural_blind7.tsv",
        "blind8": ROOT / "benchmarks" / "data" / "drift_natural_blind8.tsv",
        "blind9": ROOT / "benchmarks" / "data" / "drift_natural_blind9.tsv",
        "blind10": ROOT / "benchmarks" / "data" / "drift_natural_blind10.tsv",
        "blind11": ROOT / "benchmarks" / "data" / "drift_natural_blind11.tsv",
        "blind12": ROOT / "benchmarks" / "data" / "drift_natural_blind12.tsv",
        "blind13": ROOT / "benchmarks" / "data" / "drift_natural_blind13.tsv",
        "blind14": ROOT / "benchmarks" / "data" / "drift_natural_blind14.tsv",
        "blind15": ROOT / "benchmarks" / "data" / "drift_natural_blind15.tsv",
        "blind16": ROOT / "benchmarks" / "data" / "drift_natural_blind16.tsv",
        "blind17": ROOT / "benchmarks" / "data" / "drift_natural_blind17.tsv",
        "blind18": ROOT / "benchmarks" / "data" / "drift_natural_blind18.tsv",
        "blind19": ROOT / "benchmarks" / "data" / "drift_natural_blind19.tsv",
        "blind20": ROOT / "benchmarks" / "data" / "drift_natural_blind20.tsv",
        "blind21": ROOT / "benchmarks" / "data" / "drift_natural_blind21.tsv",
        "blind22": ROOT / "benchmarks" / "data" / "drift_natural_blind22.tsv",
        "blind23": ROOT / "benchmarks" / "data" / "drift_natural_blind23.tsv",
        "blind24": ROOT / "benchmarks" / "data" / "drift_natural_blind24.tsv",
        "blind25": ROOT / "benchmarks" / "data" / "drift_natural_blind25.tsv",
        "blind26": ROOT / "benchmarks" / "data" / "drift_natural_blind26.tsv",
        "blind27": ROOT / "benchmarks" / "data" / "drift_natural_blind27.tsv",
        "blind28": ROOT / "benchmarks" / "data" / "drift_natural_blind28.tsv",
        "blind29": ROOT / "benchmarks" / "data" / "drift_natural_blind29.tsv",
        "blind30": ROOT / "benchmarks" / "data" / "drift_natural_blind30.tsv",
        "blind31": ROOT / "benchmarks" / "data" / "drift_natural_blind31.tsv",
        "blind32": ROOT / "benchmarks" / "data" / "drift_natural_blind32.tsv",
        "blind33": ROOT / "benchmarks" / "data" / "drift_natural_blind33.tsv",
        "blind34": ROOT / "benchmarks" / "data" / "drift_natural_blind34.tsv",
        "blind35": ROOT / "benchmarks" / "data" / "drift_natural_blind35.tsv",
        "blind36": ROOT / "benchmarks" / "data" / "drift_natural_blind36.tsv",
        "blind37": ROOT / "benchmarks" / "data" / "drift_natural_blind37.tsv",
        "blind38": ROOT / "benchmarks" / "data" / "drift_natural_blind38.tsv",
        "blind39": ROOT / "benchmarks" / "data" / "drift_natural_blind39.tsv",
        "blind40": ROOT / "benchmarks" / "data" / "drift_natural_blind40.tsv",
        "blind41": ROOT / "benchmarks" / "data" / "drift_natural_blind41.tsv",
        "blind42": ROOT / "benchmarks" / "data" / "drift_natural_blind42.tsv",
        "blind43": ROOT / "benchmarks" / "data" / "drift_natural_blind43.tsv",
        "blind44": ROOT / "benchmarks" / "data" / "drift_natural_blind44.tsv",
        "blind45": ROOT / "benchmarks" / "data" / "drift_natural_blind45.tsv",
        "blind46": ROOT / "benchmarks" / "data" / "drift_natural_blind46.tsv",
        "blind47": ROOT / "benchmarks" / "data" / "drift_natural_blind47.tsv",
        "blind48": ROOT / "benchmarks" / "data" / "drift_natural_blind48.tsv",
        "blind49": ROOT / "benchmarks" / "data" / "drift_natural_blind49.tsv",
        "blind50": ROOT / "benchmarks" / "data" / "drift_natural_blind50.tsv",
        "blind51": ROOT / "benchmarks" / "data" / "drift_natural_blind51.tsv",
        "blind52": ROOT / "benchmarks" / "data" / "drift_natural_blind52.tsv",
        "blind53": ROOT / "benchmarks" / "data" / "drift_natural_blind53.tsv",
        "blind54": ROOT / "benchmarks" / "data" / "drift_natural_blind54.tsv"}


def read_rows(path: Path = DATA) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def score(rows: list[dict[str, str]], encoder: object) -> list[dict]:
    """One result per pair and language: the writer's label and what drift made of it."""
    out = []
    for lang in ("fr", "ru"):
        for doc in sorted({r["doc"] for r in rows}):
            pairs = [r for r in rows if r["doc"] == doc]
            report = detect_drift([BeadPair((r["en"],), (r[lang],)) for r in pairs], "en", lang,
                                  encoder=encoder)
            for r, bead in zip(pairs, report.beads, strict=True):
                out.append({"id": r["id"], "lang": lang, "label": r[f"drift_{lang}"] or None,
                            "note": r["note"] if r[f"drift_{lang}"] else "", "kinds": bead.kinds,
                            "reasons": [f"{s.kind}: {s.reason}" for s in bead.signals],
                            "hints": [h.kind for h in bead.hints], "score": bead.score,
                            "signals": {sg.kind: [sg.strength, sg.pinned]
                                        for sg in [*bead.signals, *bead.hints]},
                            "en": r["en"], "target": r[lang]})
    return out


def figures(results: list[dict]) -> dict:
    def of(rs: list[dict]) -> dict:
        faithful = [r for r in rs if r["label"] is None]
        drifted = [r for r in rs if r["label"] is not None]
        flagged = [r for r in rs if r["kinds"]]
        right = [r for r in drifted if r["kinds"]]
        return {"pairs": len(rs), "drifted": len(drifted), "flagged": len(flagged),
                "false_alarms": sum(1 for r in faithful if r["kinds"]),
                "false_alarms_per_100_faithful": round(100 * sum(1 for r in faithful if r["kinds"])
                                                       / max(1, len(faithful)), 2),
                "recall": round(len(right) / max(1, len(drifted)), 3),
                "precision": round(len(right) / max(1, len(flagged)), 3),
                "hinted_drifts": sum(1 for r in drifted if not r["kinds"] and r["hints"])}

    per_language = {lang: of([r for r in results if r["lang"] == lang]) for lang in ("fr", "ru")}
    return {"all": of(results), **per_language}


def flag_list(results: list[dict]) -> str:
    lines = ["| id | lang | label | kinds | reasons | source | target |", "|---|---|---|---|---|---|---|"]
    for r in results:
        if r["kinds"] or r["label"]:
            label = (r["label"] or "faithful") + (f" ({r['note']})" if r["note"] else "")
            cells = [r["id"], r["lang"], label, ", ".join(r["kinds"]) or "—", "; ".join(r["reasons"]),
                     r["en"], r["target"]]
            lines.append("| " + " | ".join(c.replace("|", "/") for c in cells) + " |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="use-m3")
    parser.add_argument("--cache", help="embedding cache file")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--list", metavar="FILE", help="write the flags and the labelled drifts (Markdown)")
    parser.add_argument("--rows", metavar="FILE", help="write every pair's result, raw strengths included "
                                                      "(JSON; benchmarks/drift_feedback.py reads it)")
    parser.add_argument("--set", choices=sorted(SETS), default="blind",
                        help="blind..blind22: scored once each (blind21, blind22 at 280de51), now seen "
                             "(docs/benchmarks.md says where); blind23, blind24 at 46a2d1e, blind25, "
                             "blind26 at fa154a2, seen since; blind27, blind28 at e95a613, seen since; "
                             "blind29, blind30 at df21848, seen since; blind31, blind32 at 884062b, "
                             "seen since; blind33, blind34 at 139871e, seen since; blind35, blind36 at "
                             "ea6d3b7, seen since; blind37, blind38 at 1e49dd1, seen since; blind39, "
                             "blind40 at 2c3f229, seen since; blind41, blind42 at 5fb36b6, seen since; "
                             "blind43, blind44 at 2ca8a24, seen since; blind45, blind46 at 0df2ba6, seen "
                             "since; blind47, blind48 at 1e3f52a, seen since; blind49, blind50 at a8a9c22, "
                             "seen since; blind51, blind52 at 656e31c, seen "
                             "since; blind53, blind54 at f049713, seen "
                             "since")
    args = parser.parse_args(argv)
    from models.cache import CachedEncoder
    from models.registry import load_encoder

    encoder = CachedEncoder(load_encoder(args.model), path=args.cache)
    results = score(read_rows(SETS[args.set]), encoder)
    result = {"model": args.model, "figures": figures(results)}
    if args.list:
        Path(args.list).write_text(flag_list(results), encoding="utf-8")
    if args.rows:
        Path(args.rows).write_text(json.dumps(results, ensure_ascii=False), encoding="utf-8")
    if args.json:
        print(json.dumps({**result, "results": results}, ensure_ascii=False))
    else:
        print(json.dumps(result, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
