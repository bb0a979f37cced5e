"""Drift signals as plug-ins: one interface, a default registry, and a ``signals=`` list that changes
only what its signals add."""

from __future__ import annotations

from alignment.drift import (
    BeadPair,
    DriftConfig,
    DriftSignal,
    detect_drift,
    document_stats,
    score_bead,
    signal_coverage,
)
from alignment.drift_calibration import DriftCalibration, KindMap, load_calibration
from alignment.signals import DEFAULT_SIGNALS, DocumentContext, NegationSignal, NumberSignal, Signal
from alignment.signals.omission import language_name
from models.fake import HashingEncoder
from tests.drift.test_drift import PAIRS, beads

SHOUTED = BeadPair(("The strike is over!",), ("La grève est finie.",), 0.8)
RENUMBERED = BeadPair(("The strike lasted 14 days in Minsk.",), ("La grève dura 41 jours à Minsk.",), 0.8)
RENAMED = BeadPair(("The strike began in Gomel.",), ("La grève commença à Brest.",), 0.8)


class ExclamationSignal(Signal):
    """A plug-in written for the tests: an exclamation mark on the source side only."""

    name = "exclamation"
    kinds = ("tone",)
    languages = frozenset({"en", "fr"})
    prepared_with: list[int] = []

    def prepare(self, context: DocumentContext) -> None:
        super().prepare(context)
        ExclamationSignal.prepared_with.append(len(context.pairs))

    def judge(self, index: int, pair: BeadPair) -> list[DriftSignal]:
        mark = pair.source_text.rfind("!")
        if mark < 0 or "!" in pair.target_text:
            return [DriftSignal("tone", "no exclamation lost", (), (), 0.0)]
        return [DriftSignal("tone", "an exclamation in the source only", ((mark, mark + 1),), (), 0.7)]


def test_a_plug_in_signal_shows_in_the_report_with_its_kind_and_evidence():
    ExclamationSignal.prepared_with.clear()
    report = detect_drift(beads([SHOUTED]), "en", "fr", signals=(*DEFAULT_SIGNALS, ExclamationSignal))
    assert ExclamationSignal.prepared_with == [len(PAIRS) + 1], "prepared once, for the whole document"
    last = report.beads[-1]
    tone = next(h for h in last.hints if h.kind == "tone")
    assert tone.source_spans == ((18, 19),) and SHOUTED.source_text[18:19] == "!"
    assert last.strengths["tone"] == 0.7 and not last.flagged  # no calibration knows "tone": a hint
    assert all("tone" not in [h.kind for h in b.hints] for b in report.beads[:-1])


def test_a_plug_in_kind_flags_once_the_calibration_knows_it():
    shipped = load_calibration()
    calibration = DriftCalibration({**shipped.kinds, "tone": KindMap((6.0, 0.0, 0.0), -2.0)}, shipped.cut)
    report = detect_drift(beads([SHOUTED]), "en", "fr", calibration=calibration,
                          signals=(*DEFAULT_SIGNALS, ExclamationSignal))
    assert report.beads[-1].kinds == ["tone"]
    assert report.summary["tone"] == [len(PAIRS)] and report.counts["tone"] == 1


class NotCalled(ExclamationSignal):
    def judge(self, index: int, pair: BeadPair) -> list[DriftSignal]:
        raise AssertionError("a signal that does not cover the languages is never asked")


def test_a_signal_that_does_not_cover_a_language_is_silent_and_says_so():
    shouted_ru = BeadPair(("The strike is over!",), ("Забастовка окончена.",), 0.8)
    pairs = [BeadPair(p.source, (t,), p.similarity) for p, t in zip(beads(), ["Это так."] * len(PAIRS),
                                                                      strict=True)] + [shouted_ru]
    report = detect_drift(pairs, "en", "ru", signals=(*DEFAULT_SIGNALS, NotCalled))
    assert "exclamation check: not available for ru" in report.not_checked
    assert all("tone" not in b.strengths for b in report.beads)
    assert signal_coverage("en", "ru", [NotCalled]) == ["exclamation check: not available for ru"]
    assert signal_coverage("en", "fr", [NotCalled]) == []


def test_the_negation_check_is_silent_for_macedonian_and_the_report_says_why():
    pair = BeadPair(("The mayor did not answer.",), ("Градоначалникот одговори.",), 0.8)
    report = detect_drift(beads([pair]), "en", "mk")
    assert report.not_checked[0] == "negation check: not available for mk"
    assert report.beads[-1].strengths["reversal"] == 0.0
    assert signal_coverage("en", "mk", [NegationSignal]) == ["negation check: not available for mk"]
    assert signal_coverage("en", "mk", [NumberSignal]) == [
        "number words: not available for mk (figures in digits are checked)"]


def _context(pairs: list[BeadPair]) -> DocumentContext:
    return DocumentContext(pairs, "en", "fr", document_stats(pairs, "en", "fr"), DriftConfig(),
                           encoder=HashingEncoder())


def test_every_default_signal_reports_its_raw_strength_even_on_a_faithful_pair():
    pairs = beads()
    context = _context(pairs)
    for make in DEFAULT_SIGNALS:
        signal = make()
        signal.prepare(context)
        found = signal.judge(0, pairs[0])
        assert {s.kind for s in found} == set(make.kinds), make.__name__
        assert all(0.0 <= s.strength < 0.5 and s.reason for s in found), make.__name__


def test_what_a_signal_measures_is_what_the_report_shows():
    pairs = beads([RENUMBERED])
    signal = NumberSignal()
    signal.prepare(_context(pairs))
    measured = signal.judge(len(PAIRS), RENUMBERED)[0]
    report = detect_drift(pairs, "en", "fr")
    assert measured.strength == report.beads[-1].strengths["numbers"] == 1.0
    assert measured in report.beads[-1].signals


def test_removing_a_signal_removes_only_its_kind():
    pairs = beads([RENUMBERED, RENAMED, SHOUTED])
    config = DriftConfig(names_by_meaning=False)  # the fake encoder would "translate" Gomel as Brest
    every = detect_drift(pairs, "en", "fr", encoder=HashingEncoder(), config=config)
    fewer = detect_drift(pairs, "en", "fr", encoder=HashingEncoder(), config=config,
                         signals=[s for s in DEFAULT_SIGNALS if s is not NumberSignal])
    assert every.summary["numbers"] == [len(PAIRS)] and fewer.summary["numbers"] == []
    for a, b in zip(every.beads, fewer.beads, strict=True):
        assert b.strengths == {**a.strengths, "numbers": 0.0}
        seen_a = {s.kind for s in a.signals + a.hints} - {"numbers"}
        assert {s.kind for s in b.signals + b.hints} == seen_a
        assert b.probabilities == {k: p for k, p in a.probabilities.items() if k != "numbers"}
    assert every.summary["names"] == fewer.summary["names"] == [len(PAIRS) + 1]


def test_score_bead_takes_the_same_signals():
    pairs = beads([SHOUTED])
    stats = document_stats(pairs, "en", "fr")
    alone = score_bead(len(PAIRS), SHOUTED, stats, "en", "fr", signals=[ExclamationSignal])
    assert list(alone.probabilities) == ["tone"] and alone.hints[0].source_spans == ((18, 19),)


def test_a_configured_instance_is_copied_for_each_document():
    given = ExclamationSignal()
    detect_drift(beads([SHOUTED]), "en", "fr", signals=[given])
    assert not hasattr(given, "context")


def test_language_names_come_from_babel():
    assert language_name("fr-CA", "target") == "the French"
    assert language_name("pt", "target") == "the Portuguese"
    assert language_name("xx", "target") == "the target" and language_name("", "source") == "the source"
