"""A byte-for-byte snapshot of what drift detection says, to prove a refactor changed nothing.

Runs ``detect_drift`` on fixed material — the injected benchmark documents of seeds 1–3
(``benchmarks/drift_inject.py``, default rate and sampling), the seed article (English–French,
aligned with the same model; once more with a small termbase) and a small English–Macedonian
document scored without an encoder (so the coverage notes and the digit-only number check are in
the snapshot too) — and
writes every bead's score, kinds, strengths and calibrated P (rounded to 6 decimals), flags and
hints (kind, reason, spans, strength, pinned) and each document's ``not_checked`` notes to one JSON
file. Run it before and after a change and compare the files with ``cmp``: equal bytes, same results.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/drift_snapshot.py --cache /tmp/plug_cache.sqlite \\
        --out /tmp/drift_before.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from drift_inject import build_cases  # noqa: E402

from alignment.drift import BeadPair, DriftReport, DriftSignal, detect_drift  # noqa: E402
from alignment.termbase import Termbase, TermEntry  # noqa: E402

SEED = ROOT / ".." / "shared" / "seed" / "kowalewski-2014-06-29"
SEEDS = (1, 2, 3)
TERMS = Termbase((TermEntry.of({"en": ["Black Hundreds"], "fr": ["Cent-Noirs"]}),
                  TermEntry.of({"en": "a thousand times", "fr": "cent fois"}),
                  TermEntry.of({"en": "Bosnia", "fr": "Croatie"})))
"""Terms that cover some of the seed article's number and name signals (so the termbase path counts)."""
DIGITS = 6
MACEDONIAN = (
    ("The river rose by 3 metres in 2014.", "Реката се крена за 3 метри во 2014 година."),
    ("The mayor did not answer the journalists.", "Градоначалникот им одговори на новинарите."),
    ("Twelve families left the village.", "Дванаесет семејства го напуштија селото."),
    ("Nobody came to the meeting in Skopje.", "Никој не дојде на средбата во Скопје."),
    ("The dam was built in 1956.", "Браната е изградена во 1953 година."),
)


def _signal(signal: DriftSignal) -> dict:
    return {"kind": signal.kind, "reason": signal.reason, "strength": round(signal.strength, DIGITS),
            "pinned": signal.pinned, "source_spans": [list(s) for s in signal.source_spans],
            "target_spans": [list(s) for s in signal.target_spans]}


def report_json(name: str, report: DriftReport) -> dict:
    """Everything a reader of the report sees, rounded so that the file is stable text."""
    beads = [{"index": b.index, "score": round(b.score, DIGITS), "kinds": b.kinds,
              "strengths": {k: round(v, DIGITS) for k, v in b.strengths.items()},
              "probabilities": {k: round(v, DIGITS) for k, v in b.probabilities.items()},
              "flags": [_signal(s) for s in b.signals], "hints": [_signal(s) for s in b.hints]}
             for b in report.beads]
    return {"document": name, "source_lang": report.source_lang, "target_lang": report.target_lang,
            "not_checked": report.not_checked, "beads": beads}


def snapshot(encoder) -> list[dict]:
    from alignment.drift_pipeline import drift_for_alignment
    from parallax.pipeline import read_document

    out = []
    for seed in SEEDS:
        for name, sl, tl, injected in build_cases(seed, 0.05, "dev", "exact"):
            pairs = [BeadPair((x.source,), (x.target,)) for x in injected]
            out.append(report_json(f"seed {seed}: {name}",
                                   detect_drift(pairs, sl, tl, encoder=encoder)))
    source = read_document(SEED.with_name(SEED.name + ".en.txt"), "en")
    target = read_document(SEED.with_name(SEED.name + ".fr.txt"), "fr")
    from alignment.aligner import align

    alignment = align(source, target, encoder)
    out.append(report_json("seed article en→fr", drift_for_alignment(alignment, source, target, encoder)))
    out.append(report_json("seed article en→fr, with a termbase",
                           drift_for_alignment(alignment, source, target, encoder, termbase=TERMS)))
    pairs = [BeadPair((s,), (t,), 0.8 + 0.01 * (k % 3)) for k, (s, t) in enumerate(MACEDONIAN)]
    out.append(report_json("en→mk, no encoder", detect_drift(pairs, "en", "mk")))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", default=None, help="encoder (default: the project's default model)")
    parser.add_argument("--cache", default=None, help="embedding cache file (SQLite) to reuse between runs")
    parser.add_argument("--out", required=True, help="the JSON file to write")
    args = parser.parse_args(argv)
    from models.cache import CachedEncoder
    from models.registry import load_encoder

    encoder = load_encoder(args.model)
    if args.cache:
        encoder = CachedEncoder(encoder, path=args.cache)
    text = json.dumps(snapshot(encoder), ensure_ascii=False, indent=1, sort_keys=True)
    Path(args.out).write_text(text + "\n", encoding="utf-8")
    print(f"{args.out}: {text.count(chr(10)) + 1} lines")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
