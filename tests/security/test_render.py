"""Text from documents is shown as text: escaped once, so that it reads back exactly."""

from __future__ import annotations

import html
import random
import re

import pytest

from workbench.render import escape, highlight, inert, plain

MARKUP = "<>&\"'\\`*_[]#|~$\n"


def test_escaped_text_reads_back_exactly_and_holds_no_markup() -> None:
    rng = random.Random(7)
    alphabet = MARKUP + "abc éй ’«»"
    samples = ["Personne n'a compté les morts.", "<script>alert('x')</script>",
               "**bold** #1 [a](b) $x$ &amp;"]
    samples += ["".join(rng.choice(alphabet) for _ in range(40)) for _ in range(200)]
    for text in samples:
        shown = escape(text)
        assert html.unescape(shown.replace("<br>", "\n")) == text
        assert not set(shown.replace("<br>", "")) & set("<>\"'\\`*_[]|~$")


def test_highlighted_text_is_escaped_too() -> None:
    shown = highlight("n'a <b>12 000</b>", [(9, 15)])
    assert "<b>" not in shown and "&#x27;" in shown and "<mark" in shown


# ---------------------------------------------------------------------- names, notes and messages
# Streamlit's markdown (1.67): images and links fetch or point anywhere; GFM autolinks are found in
# the decoded text; ":material/" is replaced in the raw source; directives (":red[x]"), emoji
# shortcodes and "$math$" follow. Each case: what a user typed, the markdown ``inert`` gives.
WJ = "\u2060"  # word joiner: invisible, breaks an autolink or a shortcode in the decoded text

INERT_CASES = {
    "image": ("![t](http://127.0.0.1:8999/p.png)",
              f"!&#91;t&#93;(http&#58;{WJ}//127.0.0.1&#58;{WJ}8999/p.png)"),
    "link": ("[x](https://evil.example/a)", f"&#91;x&#93;(https&#58;{WJ}//evil.example/a)"),
    "autolink URL": ("see http://127.0.0.1:8999/a", f"see http&#58;{WJ}//127.0.0.1&#58;{WJ}8999/a"),
    "autolink www": ("www.example.com", f"www{WJ}.example.com"),
    "autolink e-mail": ("a@b.co", f"a{WJ}@b.co"),
    "material icon": (":material/warning: x", f"&#58;{WJ}material/warning&#58; x"),
    "colour directive": (":red[x]", f"&#58;{WJ}red&#91;x&#93;"),
    "emoji shortcode": (":smile:", f"&#58;{WJ}smile&#58;"),
    "math": ("$x^2$ and $$y$$", "&#36;x^2&#36; and &#36;&#36;y&#36;&#36;"),
    "bidi override": ("\u202egpj.exe", "&#91;U+202E&#93;gpj.exe"),
    "bidi isolates and marks": ("a\u2066b\u2069c\u200fd\u061ce",
                                "a&#91;U+2066&#93;b&#91;U+2069&#93;c&#91;U+200F&#93;d&#91;U+061C&#93;e"),
    "control characters": ("a\x07b\x00c\x9bd", "a&#91;U+0007&#93;b&#91;U+0000&#93;c&#91;U+009B&#93;d"),
    "line breaks": ("a\nb\r\nc\td", "a b c d"),
    "HTML": ("<img src=x onerror=alert(1)>&amp;", "&lt;img src=x onerror=alert(1)&gt;&amp;amp;"),
    "emphasis and code": ("*a* __b__ ~~c~~ `d` \\",
                          "&#42;a&#42; &#95;&#95;b&#95;&#95; &#126;&#126;c&#126;&#126; &#96;d&#96; &#92;"),
    "ordered list at the start": ("1. one", "1&#46; one"),
    "bullet at the start": ("- two", "&#45; two"),
    "heading at the start": ("# three", "&#35; three"),
    "indented code at the start": ("    four", "&#32;   four"),
    "plain words stay as they are": ("Donbass 2014, draft 3 (final)", "Donbass 2014, draft 3 (final)"),
}


@pytest.mark.parametrize("case", list(INERT_CASES))
def test_inert_makes_each_kind_of_markup_plain_text(case: str) -> None:
    typed, markdown = INERT_CASES[case]
    assert inert(typed) == markdown


def test_inert_text_reads_back_as_the_plain_text_and_holds_no_markup() -> None:
    rng = random.Random(21)
    alphabet = MARKUP + ":@/.()!-+1 wWhtp\u202e\u2066\x07é"
    samples = [typed for typed, _ in INERT_CASES.values()]
    samples += ["".join(rng.choice(alphabet) for _ in range(40)) for _ in range(300)]
    for text in samples:
        shown = inert(text)
        decoded = html.unescape(shown)
        assert decoded.replace(WJ, "") == plain(text)
        assert not set(shown) & set("<>\\`*_[]|~$:\n")  # no markdown or HTML syntax in the source
        assert not re.search(r"(?i)https?://|www\.|[\w.+-]@|:[\w+-]+:", decoded)  # no autolink, no shortcode


def test_plain_names_keep_their_text_and_lose_bidi_and_control_characters() -> None:
    assert plain("![t](http://x/p.png) :red[x]") == "![t](http://x/p.png) :red[x]"  # not markdown there
    assert plain("\u202egpj.exe") == "[U+202E]gpj.exe"
    assert plain("Отчёт\u200e.docx\n") == "Отчёт[U+200E].docx "


def test_escaped_document_text_keeps_icons_and_colour_directives_as_written() -> None:
    # the minor: ":material/warning:" showed as an icon, ":red[x]" lost its ":red"
    assert escape(":material/warning: :red[x]") == f"&#58;{WJ}material/warning&#58; &#58;{WJ}red&#91;x&#93;"
    assert escape("http://a.example/b") == f"http&#58;{WJ}//a.example/b"
