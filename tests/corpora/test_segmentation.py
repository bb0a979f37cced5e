"""Sentence segmentation in English, French and Russian, on cases we know are hard."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpora.reading import read_text
from corpora.segmentation_gold import load_gold, paragraph_text_and_starts, score
from corpora.sentences import split_sentences

GOLD = Path(__file__).parent / "data" / "segmentation"


def sentences(text: str, lang: str) -> list[str]:
    return [s.text for s in read_text(text, lang=lang).sentences]


def test_english_abbreviations_initials_ellipses_and_urls():
    text = (
        "Dr. Ward met Mr. Z. M. Kowalski at 8 p.m. on Friday. See B. Kagarlitsky, Empire, p. 12. "
        "It cost 4.5 million, i.e. twice the estimate... Nobody knew why. "
        "Details are at https://example.org/a.b/report.v2.html for anyone. It was, well… complicated. "
        "It stalled… Then the money ran out."
    )
    assert sentences(text, "en") == [
        "Dr. Ward met Mr. Z. M. Kowalski at 8 p.m. on Friday.",
        "See B. Kagarlitsky, Empire, p. 12.",
        "It cost 4.5 million, i.e. twice the estimate...",
        "Nobody knew why.",
        "Details are at https://example.org/a.b/report.v2.html for anyone.",
        "It was, well… complicated.",
        "It stalled…",
        "Then the money ran out.",
    ]


def test_english_quotes_spanning_sentences():
    text = (
        "“I must tell you the truth. Straight in the eyes!”, declared the colonel. "
        "“Why now?” asked a farmer. He wrote: “The valves leak. Nobody checks” [2]. Done."
    )
    assert sentences(text, "en") == [
        "“I must tell you the truth.",
        "Straight in the eyes!”, declared the colonel.",
        "“Why now?” asked a farmer.",
        "He wrote: “The valves leak.",
        "Nobody checks”.",
        "Done.",
    ]


def test_french_guillemets_spaces_before_punctuation_and_abbreviations():
    text = (
        "M. Girard a reçu J.-P. Roussel (cf. p. 12). « Nous ne céderons pas. Jamais ! », a-t-il dit. "
        "Pourquoi ? Parce que… Le reste, etc. et ainsi de suite ; voir l’art. 12 du contrat."
    )
    assert sentences(text, "fr") == [
        "M. Girard a reçu J.-P. Roussel (cf. p. 12).",
        "« Nous ne céderons pas.",
        "Jamais ! », a-t-il dit.",
        "Pourquoi ?",
        "Parce que…",
        "Le reste, etc. et ainsi de suite ; voir l’art. 12 du contrat.",
    ]


def test_french_narrow_no_break_spaces():
    text = "Huit jours\u202f? Les marins en doutent\u00a0! Ils attendent."
    assert len(sentences(text, "fr")) == 3


def test_russian_initials_abbreviations_and_dialogue_dash():
    text = (
        "Б. Кагарлицкий и А. С. Воронов приехали в 1978 г. в Тверь, т. е. на родину музея. "
        "Там было 4,5 тыс. экспонатов и т. д. Все удивились. "
        "«Паровоз был в ужасном состоянии. Но мы его спасли», — вспоминает она. Кто прав?.. Время покажет!"
    )
    assert sentences(text, "ru") == [
        "Б. Кагарлицкий и А. С. Воронов приехали в 1978 г. в Тверь, т. е. на родину музея.",
        "Там было 4,5 тыс. экспонатов и т. д.",
        "Все удивились.",
        "«Паровоз был в ужасном состоянии.",
        "Но мы его спасли», — вспоминает она.",
        "Кто прав?..",
        "Время покажет!",
    ]


def test_ellipsis_in_brackets_joins_the_next_sentence():
    text = "Everyone took the money! (…) Under these conditions, everyone was bought off."
    assert sentences(text, "en") == [
        "Everyone took the money!",
        "(…) Under these conditions, everyone was bought off.",
    ]


def test_footnote_markers_leave_sentence_text_and_become_metadata():
    doc = read_text("The vote was close [3]. It passed. [4] Then it failed [5][6].", lang="en")
    assert [s.text for s in doc.sentences] == ["The vote was close.", "It passed.", "Then it failed."]
    assert [s.footnotes for s in doc.sentences] == [(3,), (4,), (5, 6)]
    assert doc.text[doc.sentences[1].start:doc.sentences[1].end] == "It passed. [4]"


@pytest.mark.parametrize("lang", ["en", "fr", "ru"])
@pytest.mark.parametrize(("subset", "minimum"), [("", 0.97), ("heldout", 0.9)])
def test_boundary_f1_on_our_gold_files(lang, subset, minimum):
    paragraphs = load_gold(GOLD / subset / f"{lang}.txt")
    assert sum(len(p) for p in paragraphs) >= 20
    scores, errors = score(paragraphs, lambda text: split_sentences(text, lang))
    assert scores.f1 >= minimum, errors


def test_gold_format_offsets():
    text, starts = paragraph_text_and_starts(["One.", "Two two.", "Three."])
    assert text == "One. Two two. Three." and starts == {5, 14}
