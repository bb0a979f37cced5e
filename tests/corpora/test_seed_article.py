"""The real case: the Kowalewski article and its French version, read from ../shared/seed.

Expected numbers below were counted by reading the text, not by running the code:
body paragraphs = 47 lines before the footnote list + 1 line after it; footnote
entries = the lines starting "[n]"; quotations = opening marks in the body
(EN: 103 “, 23 «, 1 ‘; FR: 104 «, 23 “), each one quotation or one paragraph's
piece of the multi-paragraph Strelkov speech (4 pieces left open at paragraph end).
"""

from __future__ import annotations

import re

import pytest

from corpora.reading import read_file

FOOTNOTES = {1, 2, 8, 10, 11, 12, 13, 19, 20, 21, 29, 32, 35}


@pytest.fixture(scope="module")
def en_doc(seed):
    return read_file(seed("kowalewski-2014-06-29.en.txt"))


@pytest.fixture(scope="module")
def fr_doc(seed):
    return read_file(seed("kowalewski-2014-06-29.fr.txt"))


def quote_starting(doc, prefix: str):
    matches = [q for q in doc.quotes if q.text.startswith(prefix)]
    assert len(matches) == 1, [q.text[:40] for q in matches]
    return matches[0]


def test_english_structure(en_doc, invariants):
    invariants(en_doc)
    assert en_doc.lang == "en" and en_doc.language.note == ""
    assert len(en_doc.paragraphs) == 48
    assert en_doc.paragraphs[2].text == "Social-imperialism and imaginary revolution"
    assert en_doc.paragraphs[-1].text.startswith("In propagating and/or republishing")
    assert not any(re.search(r"\[\d+\]", s.text) for s in en_doc.sentences)
    assert not any(s.text.startswith("[") or "rabkor.ru/analysis" in s.text for s in en_doc.sentences)


def test_english_footnote_list(en_doc):
    assert set(en_doc.footnotes) == FOOTNOTES
    assert len(en_doc.footnotes[1].urls) == 3
    assert en_doc.footnotes[20].urls[1].startswith("http://rys-arhipelag.ucoz.ru/")  # the continuation line
    assert en_doc.footnotes[13].urls[0].endswith("2014-05-31-242")  # no trailing full stop
    assert en_doc.footnotes[10].text == "Ibid."
    assert "Empire of the Periphery" in en_doc.footnotes[2].text


def test_english_sentences_with_markers(en_doc):
    first = next(s for s in en_doc.sentences if s.text.startswith("On April 22, Boris Kagarlitsky"))
    assert first.footnotes == (1,) and first.text.endswith("Russian interference”.")
    assert any(s.text == "“I must tell you the truth." for s in en_doc.sentences)
    assert any(s.text == "Straight in the eyes!”, declared Strelkov." for s in en_doc.sentences)
    mister = [s for s in en_doc.sentences if "Mr. Akhmetov" in s.text]
    assert len(mister) == 1 and mister[0].text.startswith("Kosvintsev wrote:")


def test_english_quotations(en_doc):
    assert len(en_doc.quotes) == 103 + 23 + 1
    assert quote_starting(en_doc, "the successful uprising of hundreds of thousands").footnote == 1
    assert quote_starting(en_doc, "today’s Russian elites").footnote == 8
    assert quote_starting(en_doc, "There is no question of nationalizing them").footnote == 13
    assert quote_starting(en_doc, "I consider myself a supporter of the autocratic monarchy").footnote == 24
    assert quote_starting(en_doc, "Putin is a traitor").footnote == 40
    assert quote_starting(en_doc, "new-Russian").footnote is None
    assert quote_starting(en_doc, "fascist junta").footnote is None
    well = quote_starting(en_doc, "well over 40")
    assert well.marks == "‘’" and well.depth == 1
    speech = [q for q in en_doc.quotes if q.part_of]
    assert len(speech) == 5 and {q.footnote for q in speech} == {20}
    assert speech[0].text.startswith("When I was still in Crimea")
    assert speech[-1].text.endswith("Silence! Not one!")


def test_french_version(fr_doc, en_doc, invariants):
    invariants(fr_doc)
    assert fr_doc.lang == "fr"
    assert len(fr_doc.paragraphs) == len(en_doc.paragraphs)
    assert set(fr_doc.footnotes) == FOOTNOTES
    assert len(fr_doc.quotes) == 104 + 23
    assert quote_starting(fr_doc, "le soulèvement victorieux de centaines de milliers").footnote == 1
    assert any(s.text == "« Je dois vous dire la vérité." for s in fr_doc.sentences)
    assert not any(re.search(r"\[\d+\]", s.text) for s in fr_doc.sentences)
    # the segmentations of the two versions stay close, paragraph by paragraph
    for p in range(len(en_doc.paragraphs)):
        en_n = sum(1 for s in en_doc.sentences if s.paragraph == p)
        fr_n = sum(1 for s in fr_doc.sentences if s.paragraph == p)
        assert abs(en_n - fr_n) <= 2, (p, en_n, fr_n)
