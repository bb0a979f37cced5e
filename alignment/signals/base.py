"""The plug-in interface every drift signal implements.

A signal is a class. Drift detection makes one instance of it per document, checks that it
:meth:`~Signal.covers` the language pair (a signal that does not is silent, and its note goes to
the report's ``not_checked``), calls :meth:`~Signal.prepare` once with the document's
:class:`DocumentContext`, then :meth:`~Signal.judge` once per bead. ``judge`` returns the signal's
raw measurement for each kind it emits, with its evidence spans, whether or not it will be
flagged — strength 0 when it saw nothing — so nothing needs to run a signal a second time to
know what it measured. The calibrated combiner (``alignment.drift.judge_signals``) then sorts the
kept signals into flags and hints.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import ClassVar

from alignment.drift_types import BeadPair, ClauseCoverage, DocumentStats, DriftConfig, DriftSignal
from alignment.termbase import CoveredSpans
from corpora.language import base_code
from models.base import Encoder


@dataclass
class DocumentContext:
    """What a signal may read about the whole document, computed once before any bead is judged.

    The per-bead mappings are keyed by bead index (a bead without an entry has none).
    """

    pairs: Sequence[BeadPair]
    """The document's beads as judged (similarities filled in)."""
    source_lang: str
    target_lang: str
    stats: DocumentStats
    config: DriftConfig
    coverage: Mapping[int, ClauseCoverage | None] = field(default_factory=dict)
    """Per bead, its clause coverage (partial similarity; none without an encoder)."""
    covered: Mapping[int, CoveredSpans | None] = field(default_factory=dict)
    """Per bead, the words a project termbase covers on both sides (none without a termbase)."""
    encoder: Encoder | None = None
    """The run's encoder, for a signal that needs more embeddings in :meth:`Signal.prepare`."""
    translated_names: Mapping[int, set[tuple[str, int]] | None] | None = None
    """Name mentions whose translation the encoder already found, when a caller computed them
    (``alignment.drift.score_bead``); None: the names signal looks for them itself."""


class Signal:
    """One drift check. Subclass it, set the class attributes, implement :meth:`judge`."""

    name: ClassVar[str] = ""
    """What the reader calls the check ("negation"): the start of its coverage notes."""
    kinds: ClassVar[tuple[str, ...]] = ()
    """The drift kinds its :class:`DriftSignal`\\ s carry."""
    languages: ClassVar[frozenset[str] | None] = None
    """The base language codes it reads; None for every language."""
    judges_unpaired: ClassVar[bool] = False
    """Whether it judges a bead one side of which is empty (only omission and addition do)."""

    context: DocumentContext

    def covers_language(self, lang: str) -> bool:
        """Whether this check reads ``lang`` at all."""
        return self.languages is None or base_code(lang) in self.languages

    def covers(self, source_lang: str, target_lang: str) -> bool:
        """Whether it runs on this language pair: it must read both languages."""
        return self.covers_language(source_lang) and self.covers_language(target_lang)

    def not_covered_note(self, lang: str) -> str:
        """The note the report shows for a language this check does not read."""
        return f"{self.name} check: not available for {lang}"

    def partial_note(self, lang: str) -> str | None:
        """A note for a language this check reads only in part (None: read in full)."""
        return None

    def prepare(self, context: DocumentContext) -> None:
        """Once per document, before any bead: keep the context, compute what needs all beads."""
        self.context = context

    def judge(self, index: int, pair: BeadPair) -> list[DriftSignal]:
        """The raw measurement of bead ``index`` for each kind this check emits, with its evidence
        spans, flagged or not (strength 0 where it saw nothing)."""
        raise NotImplementedError

    def keeps(self, signal: DriftSignal) -> bool:
        """Whether a judged signal goes to the combiner: by default when it saw something."""
        return signal.strength > 0


SignalSpec = type[Signal] | Signal
"""A signal given to drift detection: its class, or a configured instance (copied per document)."""


def instantiate(signals: Sequence[SignalSpec]) -> list[Signal]:
    """Fresh instances for one document, so two documents judged at once never share state."""
    return [spec() if isinstance(spec, type) else copy.copy(spec) for spec in signals]


def coverage_notes(source_lang: str, target_lang: str, signals: Sequence[SignalSpec]) -> list[str]:
    """Per language of the pair: what no signal reads there, then what is read only in part."""
    active = instantiate(signals)
    notes: list[str] = []
    for lang in dict.fromkeys(base_code(x) for x in (source_lang, target_lang)):
        notes += [s.not_covered_note(lang) for s in active if not s.covers_language(lang)]
        notes += [note for s in active if s.covers_language(lang) and (note := s.partial_note(lang))]
    return notes


def or_nothing(found: DriftSignal | None, kind: str, reason: str) -> DriftSignal:
    """``found``, or a strength-0 signal saying what was checked and found in order: a check that
    saw nothing still reports its raw strength."""
    return found if found is not None else DriftSignal(kind, reason, (), (), 0.0)
