"""Drift over a whole alignment of two documents: what the pipeline tells the signals."""

from __future__ import annotations

from alignment.drift import BeadPair, name_signal
from alignment.drift_pipeline import bead_pairs, headings
from alignment.names import build_name_context
from alignment.types import Alignment, Bead
from corpora.reading import read_text

EN = ("Who Owns the Vesna?\n\nThe Vesna is a small river. Its valley is quiet.\n\n"
      "A Dam for Korval\n\nThe company wants to build a dam near Korval.")
FR = ("À qui appartient la Vesna ?\n\nLa Vesna est une petite rivière. Sa vallée est calme.\n\n"
      "Un barrage pour Korval\n\nLa société veut construire un barrage près de Korval.")


def test_headings_are_short_paragraphs_of_their_own_without_a_full_stop():
    doc = read_text(EN, lang="en")
    found = [doc.sentences[k].text for k in sorted(headings(doc))]
    assert found == ["Who Owns the Vesna?", "A Dam for Korval"]


def test_a_title_cased_word_of_a_heading_is_not_taken_for_a_name():
    src, tgt = read_text(EN, lang="en"), read_text(FR, lang="fr")
    alignment = Alignment([Bead((k,), (k,), 0.8, 0.9) for k in range(len(src.sentences))])
    pairs = bead_pairs(alignment, src, tgt)
    assert pairs[0].heading and not pairs[1].heading
    ctx = build_name_context([p.source_text for p in pairs], [p.target_text for p in pairs], "en", "fr")
    assert name_signal(pairs[0], "en", "fr", ctx) is None  # "Owns" is title case, not a name
    # the same words outside a heading are still read as a name with no counterpart
    plain = BeadPair(pairs[0].source, pairs[0].target)
    assert name_signal(plain, "en", "fr", ctx) is not None
