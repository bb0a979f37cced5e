"""Fit the quote match confidence (``alignment/quote_confidence.py``) on project-made material.

Material: the dev triples of ``benchmarks/drift_quotes.py`` (``drift_sentences.tsv`` with its near-miss
distractors), sources shuffled into documents with seeds 3, 7 and 11; quotations in English and
French, whole sentences, clause fragments and passages; ten originals absent from every document.
For every quotation that is not a term, the nearest passage Parallax names (found or not) is a
positive when it is the quotation's source and a negative otherwise (absent sources, wrong places).
A logistic regression per model family (scikit-learn, L2, C=1) is fitted on its figures and
written, with this command and the data, to ``alignment/data/quote_confidence.json``.

``--check heldout`` reports, without fitting, how the shipped model does on the held-out triples
(``quote_heldout.tsv``): Brier score, and predicted against observed share per confidence band.

    .venv/bin/python benchmarks/quote_confidence_fit.py --models e5+use use-m3 --cache /tmp/q_cache.sqlite
    .venv/bin/python benchmarks/quote_confidence_fit.py --check heldout --models e5+use \
        --cache /tmp/q_cache.sqlite
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from drift_quotes import CORE_FORMS, build  # noqa: E402

from alignment.quote_confidence import DEFAULT_PATH, FEATURES, figures_table, load_confidence  # noqa: E402
from alignment.quotes import TERM, match_quotes  # noqa: E402
from models.base import info_of  # noqa: E402

SEEDS = (3, 7, 11)
Z_CAP = 12.0
"""z and margin are capped here: beyond it a passage stands out whatever else it says."""


def right_place(q: dict, span, where: dict) -> bool:
    """Whether ``span`` is the quotation's source (the benchmark's own rule, per form)."""
    if span is None or not q["present"]:
        return False
    if q["form"] == "passage":
        places = [where[i] for i in q["id"]]
        return (span.doc_index == places[0][0]
                and sum(k in span.sentence_ids for _, k in places) >= len(places) - 1)
    d, k = where[q["id"]]
    return span.doc_index == d and k in span.sentence_ids


def collect(encoder, material: str, seeds) -> list[tuple[object, bool, dict]]:
    """(figures, is the source, quotation) for every traced quotation of the material."""
    out = []
    for seed in seeds:
        docs, where, quotes = build(seed, material)
        for lang in ("en", "fr"):
            group = [q for q in quotes if q["lang"] == lang and q["form"] in CORE_FORMS]
            matches = match_quotes([q["text"] for q in group], lang, docs, encoder)
            for q, m in zip(group, matches, strict=True):
                if m.verdict == TERM or m.figures is None:
                    continue
                out.append((m, right_place(q, m.span or m.runner_up, where), q))
    return out


def fit(rows, z_cap: float) -> tuple[list[float], float]:
    from sklearn.linear_model import LogisticRegression

    x = figures_table([m.figures for m, _, _ in rows], z_cap)
    y = [int(ok) for _, ok, _ in rows]
    model = LogisticRegression(C=1.0, max_iter=1000).fit(x, y)
    return [float(w) for w in model.coef_[0]], float(model.intercept_[0])


def report(rows, label: str) -> dict:
    """Brier score and calibration by band of the confidence the matches carry."""
    ps = [(m.match_confidence, ok) for m, ok, _ in rows if m.match_confidence is not None]
    bands = [(0.0, 0.2), (0.2, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 0.95), (0.95, 1.01)]
    out = {"material": label, "n": len(ps),
           "brier": round(sum((p - ok) ** 2 for p, ok in ps) / max(1, len(ps)), 4), "bands": []}
    for lo, hi in bands:
        sub = [(p, ok) for p, ok in ps if lo <= p < hi]
        if sub:
            out["bands"].append({"band": f"{lo:.2f}–{min(hi, 1):.2f}", "n": len(sub),
                                 "mean_p": round(sum(p for p, _ in sub) / len(sub), 3),
                                 "observed": round(sum(ok for _, ok in sub) / len(sub), 3)})
    return out


def main(argv: list[str] | None = None) -> int:
    from models.cache import CachedEncoder
    from models.registry import load_encoder

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--models", nargs="+", default=["e5+use", "use-m3"])
    parser.add_argument("--cache", default=None)
    parser.add_argument("--check", choices=["dev", "heldout", "blind", "blind2", "blind3", "blind4"],
                        default=None,
                        help="report the shipped model's calibration on this material instead of fitting")
    parser.add_argument("--out", default=str(DEFAULT_PATH))
    args = parser.parse_args(argv)
    if args.check:
        results = []
        for name in args.models:
            encoder = CachedEncoder(load_encoder(name), path=args.cache)
            results.append({"model": name, **report(collect(encoder, args.check, SEEDS), args.check)})
        print(json.dumps(results, ensure_ascii=False, indent=1))
        return 0
    path = Path(args.out)
    data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True).stdout.strip()
    models = dict(data.get("models", {}))
    for name in args.models:
        encoder = CachedEncoder(load_encoder(name), path=args.cache)
        rows = collect(encoder, "dev", SEEDS)
        weights, intercept = fit(rows, Z_CAP)
        family = info_of(encoder).family
        models[family] = {
            "weights": dict(zip(FEATURES, [round(w, 4) for w in weights], strict=True)),
            "intercept": round(intercept, 4), "z_cap": Z_CAP,
            "provenance": {"command": f"benchmarks/quote_confidence_fit.py --models {name}",
                           "data": "benchmarks/data/drift_sentences.tsv + quote_distractors.ru.txt "
                                   f"(dev), seeds {', '.join(map(str, SEEDS))}, en and fr, "
                                   "sentence/fragment/passage quotations",
                           "rows": len(rows), "positives": sum(ok for _, ok, _ in rows),
                           "library": commit}}
        shown_weights = dict(zip(FEATURES, [round(w, 2) for w in weights], strict=True))
        print(f"{family}: {len(rows)} rows, {sum(ok for _, ok, _ in rows)} positives, weights "
              f"{shown_weights}, intercept {intercept:.2f}")
    out = {"_about": "Match confidence for quote tracing (alignment/quote_confidence.py): a logistic model "
                     "per model family over the figures of a quotation and its nearest passage, fitted by "
                     "benchmarks/quote_confidence_fit.py on project-made material only.",
           "features": list(FEATURES), "models": models, "fallback": data.get("fallback", "e5+use")}
    path.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    load_confidence.cache_clear()
    print(f"written {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
