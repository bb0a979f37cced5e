"""Quotations: marks, nesting, apostrophes, multi-paragraph quotations, cited footnotes."""

from __future__ import annotations

from corpora.reading import read_text


def quotes(text: str, lang: str = "en"):
    return read_text(text, lang=lang).quotes


def test_english_nested_and_apostrophes():
    found = quotes(
        "Kagarlitsky’s reply: “it’s the ‘people’s’ choice, not the «Kremlin’s»” [4]. "
        "The farmers’ union did not answer."
    )
    assert [(q.text, q.marks, q.depth) for q in found] == [
        ("it’s the ‘people’s’ choice, not the «Kremlin’s»", "“”", 0),
        ("people’s", "‘’", 1),
        ("Kremlin’s", "«»", 1),
    ]
    assert [q.footnote for q in found] == [4, 4, 4]


def test_straight_quotes_and_spans():
    doc = read_text('He said "we will wait" and then "we will see". Rock \'n\' roll is no quote.', lang="en")
    assert [q.text for q in doc.quotes] == ["we will wait", "we will see"]
    first = doc.quotes[0]
    assert doc.text[first.start:first.end] == '"we will wait"'
    assert first.paragraph == 0 and first.footnote is None and first.id == "q0"


def test_french_guillemets_with_spaces_and_inner_english_quotes():
    found = quotes("Il affirme que « le “soulèvement” n’existe pas » [7]. Puis « rien ».", lang="fr")
    assert [(q.text, q.depth, q.footnote) for q in found] == [
        ("le “soulèvement” n’existe pas", 0, 7),
        ("soulèvement", 1, 7),
        ("rien", 0, None),
    ]


def test_russian_low_quotes_inside_guillemets():
    found = quotes("Он написал: «Спасибо за „живой“ паровоз!» [2]", lang="ru")
    assert [(q.text, q.marks, q.depth, q.footnote) for q in found] == [
        ("Спасибо за „живой“ паровоз!", "«»", 0, 2),
        ("живой", "„“", 1, 2),
    ]


def test_quote_spanning_sentences_and_the_nearest_following_marker():
    doc = read_text(
        "He wrote: “The valves leak. The gauges lie.” Others agreed [8]. "
        "A second paragraph sentence.\nNew paragraph, “unrelated”, no marker here.",
        lang="en",
    )
    assert doc.quotes[0].text == "The valves leak. The gauges lie."
    assert doc.quotes[0].footnote == 8  # nearest marker after it in the same paragraph
    assert doc.quotes[1].footnote is None  # markers of other paragraphs do not count


def test_multi_paragraph_quotation_pieces_cite_the_last_marker():
    text = (
        "The colonel said:\n"
        "“First paragraph of the speech, with a note on the ataman Anhel [19].\n"
        "“Second paragraph, still quoting.\n"
        "“Last paragraph. Not one!” [20].\n"
        "Commentary, with an “unrelated” phrase."
    )
    found = quotes(text)
    pieces = [q for q in found if q.part_of]
    assert [q.paragraph for q in pieces] == [1, 2, 3]
    assert {q.part_of for q in pieces} == {pieces[0].id}
    assert [q.marks for q in pieces] == ["“", "“", "“”"]
    assert all(q.footnote == 20 for q in pieces)
    assert found[-1].text == "unrelated" and found[-1].part_of is None


def test_unbalanced_marks_are_not_quotations():
    assert quotes("An opening “ with nothing after. And a closing ” alone.") == []
    assert quotes("In the ’90s and the ‘80s we met.") == []
