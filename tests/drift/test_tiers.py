"""Two tiers (issue 16): flags only above the calibrated cut, everything weaker as hints.

The length ratio alone never flags; an omission or addition flag names the clause that has no
counterpart. Hints travel in ``BeadDrift``, ``BeadRecord`` and the CLI's JSON, never under kinds.
"""

from __future__ import annotations

import json

import pytest

from alignment.drift import BeadPair, DriftSignal, detect_drift, judge_signals
from alignment.drift_calibration import CalibrationError, load_calibration, parse_calibration
from alignment.records import BeadRecord, Evidence, hint_evidence
from parallax.cli import main
from tests.drift.test_drift import PAIRS

FAITHFUL = PAIRS[:8]


def _document(extra: BeadPair) -> list[BeadPair]:
    return [BeadPair((s,), (t,), 0.8 + 0.01 * (k % 3)) for k, (s, t) in enumerate(FAITHFUL)] + [extra]


def test_a_faithful_pair_that_is_only_shorter_gets_no_flag_at_most_a_hint():
    # the issue's own false alarm: French terser than English, nothing missing
    pair = BeadPair(("Without it there is no salvation.",), ("Sans elle, point de salut.",), 0.8)
    bead = detect_drift(_document(pair), "en", "fr").beads[-1]
    assert bead.kinds == [] and not bead.flagged
    omission = [h for h in bead.hints if h.kind == "omission"]
    assert omission and not omission[0].pinned
    assert "no clause stands out" in omission[0].reason


def test_an_unpinned_omission_never_flags_even_at_full_strength():
    loud = DriftSignal("omission", "the French is shorter than usual", (), ((0, 10),), 0.99, pinned=False)
    bead = judge_signals(0, [loud])
    assert not bead.flagged and bead.hints == [loud] and bead.score == 0.0
    pinned = DriftSignal("omission", "the French has no counterpart for «x»", ((0, 10),), (), 1.0)
    assert judge_signals(0, [pinned]).kinds == ["omission"]


def test_a_figure_changed_is_still_flagged_with_the_weak_rest_as_hints():
    pair = BeadPair(("The mine employed 2 500 workers before the war.",),
                    ("La mine employait 25 000 ouvriers avant la guerre.",), 0.8)
    bead = detect_drift(_document(pair), "en", "fr").beads[-1]
    assert bead.kinds == ["numbers"]
    assert all(h.kind != "numbers" for h in bead.hints)
    assert bead.score >= load_calibration().cut


def test_bead_records_carry_hints_in_the_stored_drift():
    pair = BeadPair(("Without it there is no salvation.",), ("Sans elle, point de salut.",), 0.8)
    bead = detect_drift(_document(pair), "en", "fr").beads[-1]
    hints = hint_evidence(bead)
    assert [h.kind for h in hints] == [h.kind for h in bead.hints] and hints
    record = BeadRecord(0, [0], [0], list(pair.source), list(pair.target), hints=hints)
    stored = record.stored_drift()
    assert stored["kinds"] == [] and stored["hints"][0]["kind"] == hints[0].kind
    assert Evidence.from_dict(stored["hints"][0]) == Evidence.from_dict(hints[0].as_dict())


def test_the_calibration_file_names_its_command_and_data():
    data = json.loads(load_calibration.__globals__["CALIBRATION_FILE"].read_text(encoding="utf-8"))
    for entry in [*data["kinds"].values(), data["cut"]]:
        assert "drift_fit.py --calibrate" in entry["command"] and "seeds 1-20" in entry["data"]
    assert "form" not in data["kinds"]  # nothing injected calibrates form: hints only


def test_a_malformed_calibration_is_a_one_line_error():
    with pytest.raises(CalibrationError, match="unknown drift kind 'colour'"):
        parse_calibration({"kinds": {"colour": {"weights": [0, 1, 0], "bias": 0}}, "cut": {"value": 0.3}})
    with pytest.raises(CalibrationError, match="cut 1.5 is not a probability"):
        parse_calibration({"kinds": {}, "cut": {"value": 1.5}})
    with pytest.raises(CalibrationError, match="malformed drift calibration"):
        parse_calibration({"kinds": {}})


def test_cli_json_has_hints_apart_from_kinds(tmp_path, capsys):
    source = "\n\n".join([*(s for s, _ in FAITHFUL), "Without it there is no salvation."]) + "\n"
    target = "\n\n".join([*(t for _, t in FAITHFUL), "Sans elle, point de salut."]) + "\n"
    s, t = tmp_path / "s.txt", tmp_path / "t.txt"
    s.write_text(source, encoding="utf-8")
    t.write_text(target, encoding="utf-8")
    assert main(["drift", str(s), str(t), "--model", "hashing", "--no-cache", "--json",
                 "--source-lang", "en", "--target-lang", "fr"]) == 0
    beads = json.loads(capsys.readouterr().out)["beads"]
    assert all("hints" in b for b in beads)
    hinted = [b for b in beads if b["hints"]]
    assert hinted  # the fake encoder's similarities leave weak evidence somewhere
    hint = hinted[0]["hints"][0]
    assert {"kind", "reason", "strength", "source_evidence", "target_evidence"} <= set(hint)
    for b in beads:  # a kind is a flag or a hint, never both
        assert not {h["kind"] for h in b["hints"]} & set(b["kinds"])
