"""The footnote list at the end of an article, and language detection."""

from __future__ import annotations

from corpora.footnotes import find_footnote_list
from corpora.language import detect_language
from corpora.reading import read_text

ARTICLE = (
    "The council met on Tuesday [1]. It voted to stop the works [2].\n"
    "A second paragraph cites a book [3].\n"
    "[1] http://example.org/minutes, http://example.org/vote\n"
    "[2] See A. Author, A Book, London 2007.\n"
    "[3] http://example.org/first,\n"
    "http://example.org/second\n"
    "Please cite the source: www.example.org\n"
)


def test_footnote_list_is_parsed_and_kept_out_of_the_body():
    doc = read_text(ARTICLE, lang="en")
    assert sorted(doc.footnotes) == [1, 2, 3]
    assert doc.footnotes[1].urls == ("http://example.org/minutes", "http://example.org/vote")
    assert doc.footnotes[2].text == "See A. Author, A Book, London 2007." and doc.footnotes[2].urls == ()
    assert doc.footnotes[3].urls == ("http://example.org/first", "http://example.org/second")
    assert [p.text for p in doc.paragraphs] == [
        "The council met on Tuesday [1]. It voted to stop the works [2].",
        "A second paragraph cites a book [3].",
        "Please cite the source: www.example.org",
    ]
    assert all("http://example.org/minutes" not in s.text for s in doc.sentences)


def test_footnote_spans_point_at_the_lines():
    spans, notes = find_footnote_list(ARTICLE)
    assert [ARTICLE[a:b][:4] for a, b in spans] == ["[1] ", "[2] ", "[3] ", "http"]
    assert sorted(notes) == [1, 2, 3]


def test_languages_detected_with_a_fixed_seed():
    english = "The council met on Tuesday and voted to stop the works on the dam by seven votes to two."
    french = "Le conseil s’est réuni mardi et a voté l’arrêt des travaux du barrage par sept voix."
    russian = "Совет собрался во вторник и проголосовал за остановку строительства плотины."
    for text, code in ((english, "en"), (french, "fr"), (russian, "ru")):
        guesses = {detect_language(text) for _ in range(3)}
        assert len(guesses) == 1  # deterministic
        guess = guesses.pop()
        assert guess.code == code and guess.confidence > 0.9 and guess.note == "" and not guess.overridden


def test_short_mixed_and_overridden():
    short = detect_language("Oui, merci.")
    assert short.code == "und" and "too short" in short.note
    paragraphs = [
        "The council met on Tuesday and voted to stop the works on the dam by seven votes to two.",
        "Совет собрался во вторник и проголосовал за остановку строительства плотины на реке.",
    ]
    mixed = detect_language("\n".join(paragraphs), paragraphs)
    assert "disagree" in mixed.note or "mixed" in mixed.note
    forced = detect_language(paragraphs[0], lang="FR")
    assert forced.code == "fr" and forced.overridden and "looks like en" in forced.note


def test_too_short_text_still_segments():
    doc = read_text("Oui, merci.")
    assert doc.lang == "und" and [s.text for s in doc.sentences] == ["Oui, merci."]
