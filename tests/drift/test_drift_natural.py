"""The natural-set scorer counts false alarms on faithful pairs and the labelled drifts it finds."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "drift_natural.py"


def _module():
    spec = importlib.util.spec_from_file_location("drift_natural", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _r(lang, label, kinds, hints=()):
    return {"lang": lang, "label": label, "kinds": list(kinds), "hints": list(hints)}


def test_figures_on_a_hand_made_example():
    results = [_r("fr", None, []), _r("fr", None, ["names"]), _r("fr", "numbers", ["numbers"]),
               _r("fr", "omission", [], ["omission"]), _r("ru", None, []), _r("ru", "names", [])]
    figures = _module().figures(results)
    assert figures["fr"] == {"pairs": 4, "drifted": 2, "flagged": 2, "false_alarms": 1,
                             "false_alarms_per_100_faithful": 50.0, "recall": 0.5, "precision": 0.5,
                             "hinted_drifts": 1}
    assert figures["all"]["false_alarms_per_100_faithful"] == 33.33 and figures["all"]["recall"] == 0.333
    assert figures["ru"]["flagged"] == 0 and figures["ru"]["precision"] == 0.0


def test_the_blind_set_has_the_documented_shape():
    rows = _module().read_rows()
    assert len(rows) == 230 and len({r["id"] for r in rows}) == 230
    for lang in ("fr", "ru"):
        assert sum(1 for r in rows if r[f"drift_{lang}"]) == 12  # 5.2 %, as its .md says


def test_every_natural_set_loads_with_a_realistic_drift_rate():
    module = _module()
    kinds = {"", "numbers", "names", "reversal", "omission", "addition", "meaning", "hedge", "form"}
    for name, path in module.SETS.items():
        rows = module.read_rows(path)
        assert len(rows) >= 200, name
        for lang in ("fr", "ru"):
            labels = [r[f"drift_{lang}"].strip() for r in rows]
            assert set(labels) <= kinds, (name, set(labels) - kinds)
            assert 0.02 <= sum(bool(x) for x in labels) / len(rows) <= 0.06, (name, lang)
