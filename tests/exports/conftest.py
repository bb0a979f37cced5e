"""A reviewed alignment with every case an exporter must survive."""

from __future__ import annotations

import pytest

from corpora.aligned import AlignedBead, AlignedCorpus


def make_reviewed_corpus() -> AlignedCorpus:
    """Mixed statuses, n:m beads, an omission and an addition, awkward characters."""
    beads = [
        AlignedBead([0], [0], ["Strelkov said: “We hold Sloviansk” & <more>."],
                    ["Strelkov a dit : « Nous tenons Slaviansk » & <plus>."],
                    0.93, 0.05, [], [], "confirmed", "anna", "checked against the video"),
        AlignedBead([1, 2], [1], ["About 120 000 people left.", "Most went to Russia."],
                    ["Environ 12 000 personnes sont parties, surtout en Russie."],
                    0.71, 0.82, ["number"], ["number differs: 120 000 vs 12 000"], "automatic",
                    evidence=["120 000", "12 000"]),
        AlignedBead([3], [2, 3], ["He did not sign\tthe paper."], ["Il a signé.", "Le papier, oui."],
                    0.44, 0.9, ["negation", "addition"], ["negation lost", "target adds a clause"],
                    "rejected", "boris", "line one\nline two"),
        AlignedBead([4], [], ["This sentence was dropped."], [], 0.0, 1.0, ["omission"],
                    ["no target sentence"], "automatic"),
        AlignedBead([], [4], [], ["Phrase ajoutée par le traducteur."], 0.0, 1.0, ["addition"],
                    ["no source sentence"], "edited", "anna"),
        AlignedBead([5], [5], ["Донецк | Donetsk — “quoted”, 'single'."], ["Donetsk, « cité »."],
                    0.88, 0.1, [], [], "confirmed", "anna", ""),
    ]
    return AlignedCorpus("en", "fr", beads, model="hashing-256", name="kowalewski",
                         source_name="article.en.txt", target_name="article.fr.txt")


@pytest.fixture
def corpus() -> AlignedCorpus:
    return make_reviewed_corpus()
