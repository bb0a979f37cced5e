"""The drift combiner's calibration: per-kind P from raw strengths, P(drift), and the flag cut.

Every weight and threshold lives in one file, ``alignment/drift_calibration.json``, written by
``benchmarks/drift_fit.py --calibrate`` (each entry names the command and the data that produced
it); this module is its one loader. A kind's calibrated probability is a logistic function of its
raw strength ``s``: ``P_k = σ(b + w₁·s + w₂·logit(s) + w₃·pinned)``, fitted one-vs-rest on injected
documents at the realistic base rate (5 % of pairs perturbed). A kind with no entry (``form``: no
injected data calibrates it) has P = 0 and only ever gives hints. P(drift) is the noisy-OR of the
kinds' P, ``1 - Π (1 - P_k)``; a bead is flagged when it reaches ``cut``, chosen on the training
documents where bead F1 is best among the cuts that give untouched pairs at most the stated
number of flags per 100.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

KINDS = ("meaning", "numbers", "names", "omission", "addition", "reversal", "form")
CALIBRATION_FILE = Path(__file__).with_name("drift_calibration.json")
FEATURES = ("strength", "logit strength", "pinned")
_EPS = 1e-3


class CalibrationError(ValueError):
    """The calibration file is missing or malformed (one line says which entry)."""


def features(strength: float, pinned: bool) -> tuple[float, float, float]:
    """The inputs of a kind's logistic map, in :data:`FEATURES` order."""
    s = min(1.0 - _EPS, max(_EPS, float(strength)))
    return (float(strength), math.log(s / (1.0 - s)), 1.0 if pinned else 0.0)


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


@dataclass(frozen=True)
class KindMap:
    """One kind's logistic map from (strength, logit strength, pinned) to P."""

    weights: tuple[float, float, float]
    bias: float

    def probability(self, strength: float, pinned: bool) -> float:
        if strength <= 0:
            return 0.0
        x = self.bias + sum(w * f for w, f in zip(self.weights, features(strength, pinned), strict=True))
        return _sigmoid(x)


@dataclass(frozen=True)
class DriftCalibration:
    """Per-kind maps and the cut on P(drift) above which a bead is flagged."""

    kinds: Mapping[str, KindMap]
    cut: float
    provenance: Mapping[str, Any] = field(default_factory=dict)

    def kind_probability(self, kind: str, strength: float, pinned: bool = True) -> float:
        """Calibrated P that this kind drifted, from its raw strength (0 for an uncalibrated kind)."""
        m = self.kinds.get(kind)
        return m.probability(strength, pinned) if m is not None else 0.0

    def combine(self, probabilities: Iterable[float]) -> float:
        """P(drift): noisy-OR of the kinds' P, to four decimals."""
        rest = 1.0
        for p in probabilities:
            rest *= 1.0 - p
        return round(1.0 - rest, 4)


def parse_calibration(data: Mapping[str, Any], where: str = "calibration") -> DriftCalibration:
    """A calibration from its JSON form; :class:`CalibrationError` names the bad entry."""
    try:
        kinds = {}
        for kind, entry in dict(data["kinds"]).items():
            if kind not in KINDS:
                raise CalibrationError(f"{where}: unknown drift kind {kind!r}")
            w = tuple(float(v) for v in entry["weights"])
            if len(w) != len(FEATURES):
                raise CalibrationError(f"{where}: kinds.{kind}.weights needs {len(FEATURES)} numbers")
            kinds[kind] = KindMap(w, float(entry["bias"]))  # type: ignore[arg-type]
        cut = float(data["cut"]["value"])
    except CalibrationError:
        raise
    except (KeyError, TypeError, ValueError) as exc:
        raise CalibrationError(f"{where}: malformed drift calibration ({type(exc).__name__})") from None
    if not 0.0 < cut < 1.0:
        raise CalibrationError(f"{where}: cut {cut} is not a probability in (0, 1)")
    return DriftCalibration(kinds, cut, {k: v for k, v in data.items() if k not in ("kinds",)})


@lru_cache(maxsize=4)
def _load(path: str) -> DriftCalibration:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise CalibrationError(f"{path}: cannot read the drift calibration ({type(exc).__name__})") from None
    return parse_calibration(data, path)


def load_calibration(path: str | Path | None = None) -> DriftCalibration:
    """The drift calibration (the shipped file unless ``path``), read once per path."""
    return _load(str(path or CALIBRATION_FILE))


@dataclass(frozen=True)
class KindFeedback:
    """What a project's reviewers did with one kind of flag: how many they looked at, and how many
    of those they dismissed as "not a drift"."""

    reviewed: int
    dismissed: int


FEEDBACK_PRIOR_FLAGS = 3.0
"""The shipped calibration counts as this many reviewed flags of each kind (see :func:`with_feedback`).
Chosen with ``benchmarks/drift_feedback.py`` on the seen natural sets (a reviewer dismisses the false
flags of each document's first half; the second half judged again): at 3, blind2 went from 5.09
→ 3.70 false alarms per 100 faithful pairs at the same recall (0.571), blind 9.63 → 8.72 with recall
0.583 → 0.500; at 2 blind lost a third of its recall (0.333); at 5 and 10 nothing moved. The
injected tuning seeds do not move at any of them (0.32 per 100 before and after)."""
FEEDBACK_MAX_SHIFT = 3.0
"""The most a project's feedback moves a kind's log-odds, either way."""


def kind_precision(calibration: DriftCalibration, kind: str) -> float | None:
    """The precision of ``kind``'s flags on the data the calibration was fitted on (None: not known)."""
    figures = calibration.provenance.get("cut", {}).get("training_figures", {}).get("kinds", {})
    value = figures.get(kind, {}).get("precision")
    return float(value) if value else None


def with_feedback(calibration: DriftCalibration, feedback: Mapping[str, KindFeedback],
                  prior_flags: float = FEEDBACK_PRIOR_FLAGS) -> DriftCalibration:
    """The calibration as a project's reviewers have found it: each kind's log-odds moved by how much
    the project's precision for that kind (kept flags over reviewed ones, with the shipped precision
    as ``prior_flags`` pseudo-flags) differs from the shipped precision. A kind reviewers keep
    dismissing ("Hundreds" read as a number in a history of the Black Hundreds) flags less in that
    project's next runs; the cut and every other kind stay as they were."""
    kinds = dict(calibration.kinds)
    shifts: dict[str, float] = {}
    for kind, fb in feedback.items():
        prior = kind_precision(calibration, kind)
        if kind not in kinds or prior is None or fb.reviewed <= 0:
            continue
        kept = max(0, fb.reviewed - fb.dismissed)
        precision = (kept + prior_flags * prior) / (fb.reviewed + prior_flags)
        shift = _logit(precision) - _logit(prior)
        shift = max(-FEEDBACK_MAX_SHIFT, min(FEEDBACK_MAX_SHIFT, shift))
        kinds[kind] = KindMap(kinds[kind].weights, kinds[kind].bias + shift)
        shifts[kind] = round(shift, 3)
    if not shifts:
        return calibration
    provenance = {**calibration.provenance, "project_feedback": {
        k: {"reviewed": feedback[k].reviewed, "dismissed": feedback[k].dismissed, "log_odds_shift": v}
        for k, v in shifts.items()}}
    return DriftCalibration(kinds, calibration.cut, provenance)


def _logit(p: float) -> float:
    p = min(1.0 - _EPS, max(_EPS, p))
    return math.log(p / (1.0 - p))


def feedback_notes(feedback: Mapping[str, KindFeedback],
                   calibration: DriftCalibration | None = None) -> list[str]:
    """What a project's reviewers taught its calibration, one line per kind they moved ("names: 5 of 6
    reviewed flags dismissed, flagged less readily in this project's next runs"), for the CLI and
    the workbench alike."""
    moved = with_feedback(calibration or load_calibration(), feedback).provenance.get("project_feedback", {})
    lines = []
    for kind, entry in sorted(moved.items()):
        if abs(entry["log_odds_shift"]) < 0.05:
            continue
        way = "less" if entry["log_odds_shift"] < 0 else "more"
        lines.append(f"{kind}: {entry['dismissed']} of {entry['reviewed']} reviewed flags dismissed, "
                     f"flagged {way} readily in this project's next runs")
    return lines
