"""How a project's false-alarm rate moves when its reviewers' dismissals feed its calibration.

Simulation on the injected benchmark (``drift_inject.py`` material 'dev', tuning seeds only, rate
0.05): each (seed, document) is a project. A reviewer reads the flags of the first half of the
document, as the shipped calibration raises them, and dismisses every flag of a pair where nothing
was injected ("not a drift"); the second half is then judged twice, with the shipped calibration
and with the project's (``alignment.drift_calibration.with_feedback``). Reported on the second
halves, pooled: flags per 100 untouched pairs, bead recall and precision, before and after.

The strengths come from ``benchmarks/drift_fit.py --calibrate --rows FILE`` (the same rows file), so
nothing is detected twice.

    .venv/bin/python benchmarks/drift_fit.py --calibrate --seeds 1-20 --cache /tmp/drift_cache.sqlite \\
        --rows /tmp/drift_rows.json > /dev/null
    .venv/bin/python benchmarks/drift_feedback.py --rows /tmp/drift_rows.json

It also reads the natural sets' rows (``drift_natural.py --set blind2 --rows FILE``): each (language,
document) is then a project and the writer's labels say which pairs drift.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from alignment.drift import DriftSignal, judge_signals  # noqa: E402
from alignment.drift_calibration import (  # noqa: E402
    FEEDBACK_PRIOR_FLAGS,
    KindFeedback,
    load_calibration,
    with_feedback,
)


def flagged_kinds(row: dict, calibration) -> list[str]:
    signals = [DriftSignal(k, "", strength=s, pinned=p) for k, (s, p) in row["signals"].items()]
    return judge_signals(0, signals, calibration).kinds


def figures(judged: list[tuple[dict, object]]) -> dict[str, float]:
    """Flags per 100 untouched pairs, recall and precision of (row, calibration it is judged with) pairs."""
    tp = fp = pos = untouched = 0
    for r, calibration in judged:
        flagged = bool(flagged_kinds(r, calibration))
        drifted = r["injected"] is not None
        pos += drifted
        untouched += not drifted
        tp += flagged and drifted
        fp += flagged and not drifted
    return {"false_alarms_per_100": round(100 * fp / max(1, untouched), 2),
            "recall": round(tp / max(1, pos), 3), "precision": round(tp / max(1, tp + fp), 3),
            "flags": tp + fp, "pairs": len(judged)}


def from_natural(results: list[dict]) -> list[dict]:
    """``drift_natural.py --rows`` results in the injected rows' shape: a project per (language,
    document), the writer's label as what was "injected"."""
    rows, counters = [], defaultdict(int)
    for r in results:
        doc = r["id"].split("-")[0]
        rows.append({"seed": r["lang"], "doc": doc, "index": counters[(r["lang"], doc)],
                     "injected": r["label"], "signals": r["signals"]})
        counters[(r["lang"], doc)] += 1
    return rows


def simulate(rows: list[dict], prior_flags: float = FEEDBACK_PRIOR_FLAGS) -> dict:
    shipped = load_calibration()
    projects: dict[tuple, list[dict]] = defaultdict(list)
    for r in rows:
        projects[(r["seed"], r["doc"])].append(r)
    before, after, moved = [], [], defaultdict(list)
    for beads in projects.values():
        beads.sort(key=lambda r: r["index"])
        half = len(beads) // 2
        reviewed: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for r in beads[:half]:
            for kind in flagged_kinds(r, shipped):
                reviewed[kind][0] += 1
                reviewed[kind][1] += r["injected"] is None  # a real drift's flag is kept, whatever its kind
        project = with_feedback(shipped, {k: KindFeedback(*v) for k, v in reviewed.items()}, prior_flags)
        for kind, entry in project.provenance.get("project_feedback", {}).items():
            moved[kind].append(entry["log_odds_shift"])
        before.extend((r, shipped) for r in beads[half:])
        after.extend((r, project) for r in beads[half:])  # each project's second half, its own calibration
    return {"before": figures(before), "after": figures(after),
            "mean_log_odds_shift": {k: round(sum(v) / len(v), 3) for k, v in sorted(moved.items())},
            "projects": len(projects)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", required=True, help="rows file written by drift_fit.py --calibrate --rows")
    parser.add_argument("--prior-flags", type=float, default=FEEDBACK_PRIOR_FLAGS,
                        help="pseudo-flags the shipped calibration counts for (FEEDBACK_PRIOR_FLAGS)")
    args = parser.parse_args(argv)
    rows = json.loads(Path(args.rows).read_text(encoding="utf-8"))
    if rows and "lang" in rows[0]:
        rows = from_natural(rows)
    print(json.dumps(simulate(rows, args.prior_flags), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
