"""The project termbase and "not a drift" on the seed article (issue 16, item 5): how the flags move.

Reports only (the seed article never tunes anything). Two measures, English → French:

1. ``parallax drift`` without and with the seed termbase (``benchmarks/data/seed-terms.csv``: Black
   Hundreds = Cent-Noirs, White Guards = Gardes blancs): flags, and name/number signals (flags and
   hints) on the sentences that hold those titles.
2. The project path: import both texts into a fresh SQLite database, align (``align_stored``: the
   one pipeline), dismiss as "not a drift" every flag that ``benchmarks/data/seed_fr_flag_verdicts.tsv``
   (one reader's verdict per flag) calls a false alarm, align again, and count flags and false alarms.

    .venv/bin/python benchmarks/termbase_seed.py [--model use-m3] [--json]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SEED = ROOT.parent / "shared" / "seed"
SOURCE, TARGET = SEED / "kowalewski-2014-06-29.en.txt", SEED / "kowalewski-2014-06-29.fr.txt"
TERMS = ROOT / "benchmarks" / "data" / "seed-terms.csv"
VERDICTS = ROOT / "benchmarks" / "data" / "seed_fr_flag_verdicts.tsv"


def verdict_of(source: str, verdicts: list[dict[str, str]]) -> str:
    hits = [v["verdict"] for v in verdicts if source.startswith(v["source_starts"])]
    return hits[0] if hits else "unread"


def file_mode(model: str | None) -> dict:
    from alignment.drift import DriftConfig, detect_drift
    from alignment.termbase import Termbase, entries_from_records
    from corpora.termfiles import read_terms
    from parallax.pipeline import run_files
    from parallax.settings import current

    encoder = current().encoder(model)
    termbase = Termbase(tuple(entries_from_records(read_terms(TERMS))))
    out = {}
    for name, tb in (("without the seed termbase", None), ("with the seed termbase", termbase)):
        result = run_files(SOURCE, TARGET, encoder, termbase=tb)
        titled = [b for b in result.beads if termbase.find(" ".join(b.source), "en")]
        out[name] = {"flagged": result.flagged, "titled_beads": len(titled),
                     "name_number_signals_on_titled": sum(e.kind in ("names", "numbers")
                                                          for b in titled for e in b.evidence + b.hints)}
        # the same beads with the encoder's word check for names off (a model or language pair
        # without it): what the termbase has to do on its own
        bare = detect_drift(result.report.pairs, "en", "fr", encoder, DriftConfig(names_by_meaning=False),
                            termbase=tb)
        titled_idx = [b.index for b in titled]
        out[name + ", names word check off"] = {
            "flagged": len(bare.flagged), "titled_beads": len(titled),
            "name_number_signals_on_titled": sum(s.kind in ("names", "numbers") for k in titled_idx
                                                 for s in bare.beads[k].signals + bare.beads[k].hints)}
    return out


def project_mode(model: str | None) -> dict:
    from corpora.reading import read_file
    from db.repository import Repository
    from parallax.workflow import align_stored

    with VERDICTS.open(encoding="utf-8", newline="") as handle:
        verdicts = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    with tempfile.TemporaryDirectory() as tmp:
        repo = Repository.open(f"sqlite:///{Path(tmp) / 'seed.db'}")
        project = repo.ensure_project("seed")
        src, _ = repo.import_document(project.id, read_file(SOURCE))
        tgt, _ = repo.import_document(project.id, read_file(TARGET))

        def counts(run_id: int) -> dict:
            flagged = [b for b in repo.list_beads(run_id) if b.flagged]
            kinds = [verdict_of(" ".join(b.source), verdicts) for b in flagged]
            return {"flagged": len(flagged), "false_alarms": kinds.count("false"),
                    "drifts": kinds.count("drift"), "unread": kinds.count("unread")}

        first = align_stored(repo, src.id, tgt.id, model=model, actor="bench")
        before = counts(first.id)
        dismissed = 0
        for bead in repo.list_beads(first.id):
            if bead.flagged and verdict_of(" ".join(bead.source), verdicts) == "false":
                repo.dismiss_flags(bead.id, actor="reader", expected_version=bead.version)
                dismissed += 1
        after_review = counts(first.id)
        second = align_stored(repo, src.id, tgt.id, model=model, actor="bench")
        rerun = counts(second.id)
        repo.close()
    return {"first_run": before, "dismissed": dismissed, "after_review": after_review, "rerun": rerun}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", help="embedding model (default: the project's, use-m3)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = {"termbase": file_mode(args.model), "dismissals": project_mode(args.model)}
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    for name, row in result["termbase"].items():
        print(f"drift {name}: {row['flagged']} flagged; name/number signals on the "
              f"{row['titled_beads']} pairs that hold the titles: {row['name_number_signals_on_titled']}")
    d = result["dismissals"]
    for name in ("first_run", "after_review", "rerun"):
        row = d[name]
        print(f"{name}: {row['flagged']} flagged = {row['drifts']} drifts + {row['false_alarms']} false "
              f"alarms + {row['unread']} unread")
    print(f"dismissed as not a drift: {d['dismissed']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
