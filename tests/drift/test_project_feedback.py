"""A project's reviewers teach its drift calibration: kinds they keep dismissing flag less there."""

from __future__ import annotations

from alignment.drift import DriftSignal, judge_signals
from alignment.drift_calibration import KindFeedback, load_calibration, with_feedback


def names_flag() -> list[DriftSignal]:
    return [DriftSignal("names", "name “Hundreds” in the source has no counterpart", strength=1.0)]


def test_without_feedback_the_shipped_calibration_is_used_as_it_is():
    shipped = load_calibration()
    assert with_feedback(shipped, {}) is shipped
    assert with_feedback(shipped, {"names": KindFeedback(0, 0)}) is shipped


def test_a_kind_the_reviewers_keep_dismissing_stops_flagging_in_that_project():
    shipped = load_calibration()
    assert judge_signals(0, names_flag(), shipped).kinds == ["names"]
    project = with_feedback(shipped, {"names": KindFeedback(reviewed=5, dismissed=5)})
    bead = judge_signals(0, names_flag(), project)
    assert bead.kinds == [] and [h.kind for h in bead.hints] == ["names"], "still shown as a hint"
    assert project.provenance["project_feedback"]["names"]["dismissed"] == 5


def test_one_dismissal_is_not_enough_to_silence_a_kind():
    project = with_feedback(load_calibration(), {"names": KindFeedback(reviewed=1, dismissed=1)})
    assert judge_signals(0, names_flag(), project).kinds == ["names"]


def test_feedback_on_one_kind_leaves_the_others_and_the_cut_alone():
    shipped = load_calibration()
    project = with_feedback(shipped, {"names": KindFeedback(reviewed=8, dismissed=8)})
    assert project.cut == shipped.cut
    assert project.kinds["numbers"] == shipped.kinds["numbers"]
    assert project.kind_probability("names", 1.0) < shipped.kind_probability("names", 1.0)


def test_flags_the_reviewers_kept_raise_the_kind_a_little():
    shipped = load_calibration()
    project = with_feedback(shipped, {"reversal": KindFeedback(reviewed=10, dismissed=0)})
    assert shipped.kind_probability("reversal", 0.8) < project.kind_probability("reversal", 0.8)


def test_the_cli_says_in_words_which_kinds_the_reviewers_moved():
    from alignment.drift_calibration import feedback_notes

    lines = feedback_notes({"names": KindFeedback(reviewed=6, dismissed=5), "numbers": KindFeedback(0, 0)})
    assert lines == ["names: 5 of 6 reviewed flags dismissed, "
                     "flagged less readily in this project's next runs"]
