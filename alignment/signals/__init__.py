"""Drift signals as plug-ins: one module per check, one interface (:class:`Signal`), one registry.

:data:`DEFAULT_SIGNALS` is the list ``alignment.drift.detect_drift``, ``score_bead`` and
``signal_coverage`` use unless given ``signals=``; its order is the order in which a bead's
signals reach the combiner. How to write a signal: docs/architecture.md ("Drift signals").
"""

from __future__ import annotations

from alignment.signals.base import DocumentContext, Signal, SignalSpec, instantiate
from alignment.signals.form import FormSignal
from alignment.signals.meaning import MeaningSignal
from alignment.signals.names import NameSignal
from alignment.signals.negation import NegationSignal
from alignment.signals.numbers import NumberSignal
from alignment.signals.omission import OmissionAdditionSignal

DEFAULT_SIGNALS: tuple[type[Signal], ...] = (
    MeaningSignal,
    OmissionAdditionSignal,
    NumberSignal,
    NameSignal,
    NegationSignal,
    FormSignal,
)

__all__ = [
    "DEFAULT_SIGNALS",
    "DocumentContext",
    "FormSignal",
    "MeaningSignal",
    "NameSignal",
    "NegationSignal",
    "NumberSignal",
    "OmissionAdditionSignal",
    "Signal",
    "SignalSpec",
    "instantiate",
]
