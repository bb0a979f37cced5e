"""The one ``clip`` and the language-code helpers the checks, the importers and the CLI share."""

from __future__ import annotations

from corpora.excerpt import clip
from corpora.language import base_code, primary_subtag


def test_clip_keeps_short_texts_and_ends_cut_ones_with_an_ellipsis():
    assert clip("abcdef", 6) == "abcdef"
    assert clip("abcdefg", 6) == "abcde…"  # six characters, the last one the ellipsis
    assert clip("line one\nline   two", 60) == "line one\nline   two"
    assert clip("line one\nline   two", 60, one_line=True) == "line one line two"
    assert clip("a\n\n b c d e", 6, one_line=True) == "a b c…"


def test_base_code_is_two_lower_case_letters_with_each_callers_default():
    assert base_code("en-US") == "en"
    assert base_code("RU") == "ru"
    assert base_code(None) == "en" and base_code("") == "en"
    assert base_code(None, "") == "" and base_code("fr_CA", "") == "fr"


def test_primary_subtag_drops_region_and_script():
    assert primary_subtag("EN_gb") == "en"
    assert primary_subtag(" fr-CA ") == "fr"
    assert primary_subtag("sr-Latn-RS") == "sr"
    assert primary_subtag("fil-PH") == "fil"  # three letters stay three
    assert primary_subtag(None) == ""
